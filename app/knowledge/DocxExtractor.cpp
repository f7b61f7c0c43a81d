// DOCX: the ZIP's directory checked against the limits before anything is inflated, then
// word/document.xml read as paragraphs, headings (sections), list items and table rows (atomic
// spans), with word/styles.xml and word/numbering.xml for what the paragraphs refer to.
#include "knowledge/ExtractorParts.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <array>
#include <climits>

namespace limitless::knowledge::detail {

namespace {

using Kind = ExtractError::Kind;

const QLatin1String kDocumentPart("word/document.xml");
const QLatin1String kStylesPart("word/styles.xml");
const QLatin1String kNumberingPart("word/numbering.xml");

QString formattedSize(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(std::min<quint64>(bytes, quint64(LLONG_MAX))), 1,
                                       QLocale::DataSizeTraditionalFormat);
}

ExtractError bombError(const QString& why)
{
    return ExtractError::make(Kind::ZipBomb,
                              ExtractError::tr("%1 It was refused before it was inflated: it "
                                               "looks like a zip bomb.")
                                  .arg(why));
}

// The limits, from the ZIP's central directory alone.
ExtractError checkDirectory(QuaZip& zip, const ExtractOptions& opts)
{
    const int entries = zip.getEntriesCount();
    if (entries < 0)
        return ExtractError::make(Kind::Corrupt,
                                  ExtractError::tr("This DOCX is damaged: the table of contents "
                                                   "of its ZIP container cannot be read."));
    if (entries > opts.docxMaxEntries)
        return bombError(ExtractError::tr("This DOCX holds %1 files, more than the %2 allowed.")
                             .arg(entries)
                             .arg(opts.docxMaxEntries));
    quint64 total = 0;
    const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
    for (const QuaZipFileInfo64& info : infos) {
        const quint64 size = info.uncompressedSize;
        const quint64 packed = std::max<quint64>(info.compressedSize, 1);
        if (size > kDocxRatioFloor && size / packed > kDocxMaxRatio)
            return bombError(
                ExtractError::tr("The part %1 of this DOCX would inflate from %2 "
                                 "to %3.")
                    .arg(info.name, formattedSize(info.compressedSize), formattedSize(size)));
        total += size;
        if (total > opts.docxMaxUncompressed)
            return bombError(ExtractError::tr("This DOCX would inflate to more than %1, the "
                                              "limit.")
                                 .arg(formattedSize(opts.docxMaxUncompressed)));
    }
    return {};
}

// One part of the package, inflated; `found` false when there is none of that name.
QByteArray readPart(QuaZip& zip, const QString& name, const ExtractOptions& opts, bool* found,
                    ExtractError* error)
{
    *found = zip.setCurrentFile(name, QuaZip::csInsensitive);
    if (!*found)
        return {};
    QuaZipFileInfo64 info;
    zip.getCurrentFileInfo(&info);
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = (info.flags & 1)
                     ? ExtractError::make(Kind::Encrypted,
                                          ExtractError::tr("The text of this DOCX is encrypted "
                                                           "inside its ZIP container."))
                     : ExtractError::make(Kind::Corrupt,
                                          ExtractError::tr("This DOCX is damaged: %1 cannot be "
                                                           "opened.")
                                              .arg(name));
        return {};
    }
    QByteArray data;
    // The directory's sizes were checked; minizip stops at the declared size, and this caps
    // what is read should it not.
    const qint64 cap = qint64(std::min<quint64>(opts.docxMaxUncompressed, quint64(LLONG_MAX - 1)));
    while (!file.atEnd()) {
        if (isCancelled(opts)) {
            *error = cancelledError();
            return {};
        }
        const QByteArray block = file.read(1 << 16);
        if (block.isEmpty())
            break;
        data.append(block);
        if (data.size() > cap) {
            *error = bombError(ExtractError::tr("The part %1 of this DOCX inflates to more than "
                                                "its directory declares.")
                                   .arg(name));
            return {};
        }
    }
    file.close();
    if (file.getZipError() != UNZ_OK) {
        *error = ExtractError::make(Kind::Corrupt,
                                    ExtractError::tr("This DOCX is damaged: %1 does not inflate "
                                                     "to what was stored (checksum error).")
                                        .arg(name));
        return {};
    }
    return data;
}

bool isWordNamespace(QStringView uri)
{
    return uri == QLatin1String("http://schemas.openxmlformats.org/wordprocessingml/2006/main") ||
           uri == QLatin1String("http://purl.oclc.org/ooxml/wordprocessingml/main");
}

bool isW(const QXmlStreamReader& r, const char* localName)
{
    return r.name() == QLatin1String(localName) && isWordNamespace(r.namespaceUri());
}

// w:val and the like: WordprocessingML qualifies its attributes.
QString wAttr(const QXmlStreamReader& r, const char* localName)
{
    for (const QXmlStreamAttribute& a : r.attributes())
        if (a.name() == QLatin1String(localName) &&
            (isWordNamespace(a.namespaceUri()) || a.namespaceUri().isEmpty()))
            return a.value().toString();
    return {};
}

struct NumberingRef {
    QString numId; // "0" switches numbering off
    int ilvl = -1; // -1: not given
};

struct Style {
    QString name;
    QString basedOn;
    int outlineLevel = -1; // 0-based; 9 is body text
    NumberingRef numbering;
};

struct ListLevel {
    QString format = QStringLiteral("decimal"); // w:numFmt
    QString text;                               // w:lvlText, "%1." or "%1.%2"
    int start = 1;
};

struct Numbering {
    QHash<QString, std::array<ListLevel, 9>> abstracts; // by w:abstractNumId
    QHash<QString, QString> numToAbstract;              // w:numId → w:abstractNumId
    QHash<QString, QHash<int, int>> startOverrides;     // w:numId → ilvl → start
};

int levelIndex(const QString& value)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    return ok && v >= 0 && v <= 8 ? v : -1;
}

// w:numPr's children; the reader is on <w:numPr>, and is left on its end.
NumberingRef readNumPr(QXmlStreamReader& r)
{
    NumberingRef ref;
    while (r.readNextStartElement()) {
        if (isW(r, "ilvl"))
            ref.ilvl = levelIndex(wAttr(r, "val"));
        else if (isW(r, "numId"))
            ref.numId = wAttr(r, "val");
        r.skipCurrentElement();
    }
    return ref;
}

QHash<QString, Style> parseStyles(const QByteArray& xml)
{
    QHash<QString, Style> styles;
    QXmlStreamReader r(xml);
    QString current;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (isW(r, "style")) {
            current = wAttr(r, "styleId");
            styles.insert(current, Style());
        } else if (current.isEmpty()) {
            continue;
        } else if (isW(r, "name")) {
            styles[current].name = wAttr(r, "val");
        } else if (isW(r, "basedOn")) {
            styles[current].basedOn = wAttr(r, "val");
        } else if (isW(r, "outlineLvl")) {
            bool ok = false;
            const int v = wAttr(r, "val").toInt(&ok);
            if (ok)
                styles[current].outlineLevel = v;
        } else if (isW(r, "numPr")) {
            styles[current].numbering = readNumPr(r);
        } else if (isW(r, "rPr")) {
            r.skipCurrentElement();
        }
    }
    // A damaged styles part costs the headings it would have named, not the document.
    if (r.hasError())
        qCInfo(lcExtract).noquote() << "styles.xml:" << r.errorString();
    return styles;
}

Numbering parseNumbering(const QByteArray& xml)
{
    Numbering n;
    QXmlStreamReader r(xml);
    QString abstractId;
    QString numId;
    int level = -1;
    int overrideLevel = -1;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (isW(r, "abstractNum"))
                abstractId.clear();
            else if (isW(r, "num"))
                numId.clear();
            else if (isW(r, "lvl"))
                level = -1;
            else if (isW(r, "lvlOverride"))
                overrideLevel = -1;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (isW(r, "abstractNum")) {
            abstractId = wAttr(r, "abstractNumId");
            n.abstracts.insert(abstractId, {});
        } else if (isW(r, "num")) {
            numId = wAttr(r, "numId");
        } else if (isW(r, "abstractNumId") && !numId.isEmpty()) {
            n.numToAbstract.insert(numId, wAttr(r, "val"));
        } else if (isW(r, "lvl") && !abstractId.isEmpty()) {
            level = levelIndex(wAttr(r, "ilvl"));
        } else if (isW(r, "lvlOverride") && !numId.isEmpty()) {
            overrideLevel = levelIndex(wAttr(r, "ilvl"));
        } else if (isW(r, "startOverride") && overrideLevel >= 0) {
            n.startOverrides[numId].insert(overrideLevel, wAttr(r, "val").toInt());
        } else if (level >= 0 && !abstractId.isEmpty()) {
            ListLevel& l = n.abstracts[abstractId][level];
            if (isW(r, "start"))
                l.start = wAttr(r, "val").toInt();
            else if (isW(r, "numFmt"))
                l.format = wAttr(r, "val");
            else if (isW(r, "lvlText"))
                l.text = wAttr(r, "val");
            else if (isW(r, "pPr") || isW(r, "rPr"))
                r.skipCurrentElement();
        }
    }
    if (r.hasError())
        qCInfo(lcExtract).noquote() << "numbering.xml:" << r.errorString();
    return n;
}

QString roman(int n, bool upper)
{
    static const std::array<std::pair<int, const char*>, 13> table = {{{1000, "m"},
                                                                       {900, "cm"},
                                                                       {500, "d"},
                                                                       {400, "cd"},
                                                                       {100, "c"},
                                                                       {90, "xc"},
                                                                       {50, "l"},
                                                                       {40, "xl"},
                                                                       {10, "x"},
                                                                       {9, "ix"},
                                                                       {5, "v"},
                                                                       {4, "iv"},
                                                                       {1, "i"}}};
    if (n <= 0 || n >= 4000)
        return QString::number(n);
    QString out;
    for (const auto& [value, digits] : table)
        for (; n >= value; n -= value)
            out += QLatin1String(digits);
    return upper ? out.toUpper() : out;
}

QString letters(int n, bool upper)
{
    if (n <= 0)
        return QString::number(n);
    // Word's letters: a…z, then aa…zz, aaa…
    const QChar c(char16_t((upper ? 'A' : 'a') + (n - 1) % 26));
    return QString((n - 1) / 26 + 1, c);
}

QString formatNumber(int n, const QString& format)
{
    if (format == QLatin1String("lowerLetter"))
        return letters(n, false);
    if (format == QLatin1String("upperLetter"))
        return letters(n, true);
    if (format == QLatin1String("lowerRoman"))
        return roman(n, false);
    if (format == QLatin1String("upperRoman"))
        return roman(n, true);
    if (format == QLatin1String("decimalZero") && n < 10)
        return QLatin1Char('0') + QString::number(n);
    return QString::number(n);
}

enum class Block { None, Paragraph, ListItem, TableRow };

class DocumentReader {
public:
    DocumentReader(QHash<QString, Style> styles, Numbering numbering)
        : m_styles(std::move(styles)), m_numbering(std::move(numbering))
    {}

    // Reads word/document.xml; false with `error` set when its XML is broken.
    bool read(const QByteArray& xml, const ExtractOptions& opts, ExtractError* error);
    ExtractedText result();

private:
    struct Paragraph {
        QString text;
        QString style;
        NumberingRef numbering;
        bool hasNumbering = false;
        int outlineLevel = -1;
    };

    void readParagraphProperties(QXmlStreamReader& r);
    void finishParagraph();
    void finishRow();
    qsizetype append(const QString& line, Block kind);
    int headingLevel(const QString& styleId) const;
    NumberingRef styleNumbering(const QString& styleId) const;
    QString listMarker(const NumberingRef& ref);

    QHash<QString, Style> m_styles;
    Numbering m_numbering;
    QHash<QString, std::array<int, 9>> m_counters; // per w:numId; 0 = not started

    QString m_text;
    Block m_last = Block::None;
    SectionList m_sections;
    QList<AtomicSpan> m_atomic;

    Paragraph m_paragraph;
    int m_paragraphDepth = 0; // text boxes nest paragraphs in paragraphs
    int m_runDepth = 0;
    int m_tableDepth = 0;
    QStringList m_cells;
    QString m_cell;
};

int DocumentReader::headingLevel(const QString& styleId) const
{
    static const QRegularExpression headingName(QStringLiteral("^heading\\s*([1-9])$"),
                                                QRegularExpression::CaseInsensitiveOption);
    QString id = styleId;
    for (int depth = 0; depth < 10 && !id.isEmpty(); ++depth) {
        const auto it = m_styles.constFind(id);
        const QString name = it != m_styles.cend() ? it->name : QString();
        // By name first: Word names its built-in styles in English whatever the styleId says
        // (a German Word writes styleId "berschrift1", name "heading 1").
        for (const QString& candidate : {name, id}) {
            const QRegularExpressionMatch m = headingName.match(candidate);
            if (m.hasMatch())
                return m.captured(1).toInt();
            if (candidate.compare(QLatin1String("title"), Qt::CaseInsensitive) == 0)
                return 1;
        }
        if (it == m_styles.cend())
            return 0;
        if (it->outlineLevel >= 0 && it->outlineLevel <= 8)
            return it->outlineLevel + 1;
        id = it->basedOn;
    }
    return 0;
}

NumberingRef DocumentReader::styleNumbering(const QString& styleId) const
{
    QString id = styleId;
    for (int depth = 0; depth < 10 && !id.isEmpty(); ++depth) {
        const auto it = m_styles.constFind(id);
        if (it == m_styles.cend())
            break;
        if (!it->numbering.numId.isEmpty())
            return it->numbering;
        id = it->basedOn;
    }
    return {};
}

QString DocumentReader::listMarker(const NumberingRef& ref)
{
    const int ilvl = std::max(ref.ilvl, 0);
    const auto abstractId = m_numbering.numToAbstract.constFind(ref.numId);
    if (abstractId == m_numbering.numToAbstract.cend() ||
        !m_numbering.abstracts.contains(*abstractId))
        return QStringLiteral("-");
    const std::array<ListLevel, 9>& levels = m_numbering.abstracts[*abstractId];
    std::array<int, 9>& counters = m_counters[ref.numId];
    const ListLevel& level = levels[ilvl];
    if (counters[ilvl] == 0)
        counters[ilvl] = m_numbering.startOverrides.value(ref.numId).value(ilvl, level.start);
    else
        ++counters[ilvl];
    for (int deeper = ilvl + 1; deeper < 9; ++deeper)
        counters[deeper] = 0;

    // A bullet drawn as nothing marks a paragraph that continues the item before it (pandoc
    // writes list continuations so): no marker, only the indentation.
    if (level.format == QLatin1String("bullet"))
        return level.text.trimmed().isEmpty() && !level.text.isEmpty() ? QString()
                                                                       : QStringLiteral("-");
    if (level.format == QLatin1String("none"))
        return {};
    if (level.text.isEmpty())
        return formatNumber(counters[ilvl], level.format) + QLatin1Char('.');
    QString marker = level.text;
    for (int k = 0; k < 9; ++k) {
        const QString placeholder = QLatin1Char('%') + QString::number(k + 1);
        if (marker.contains(placeholder))
            marker.replace(placeholder,
                           formatNumber(std::max(counters[k], levels[k].start), levels[k].format));
    }
    return marker;
}

qsizetype DocumentReader::append(const QString& line, Block kind)
{
    if (!m_text.isEmpty())
        m_text += (kind == m_last && kind != Block::Paragraph) ? QLatin1String("\n")
                                                               : QLatin1String("\n\n");
    const qsizetype start = m_text.size();
    m_text += line;
    m_last = kind;
    return start;
}

void DocumentReader::readParagraphProperties(QXmlStreamReader& r)
{
    while (r.readNextStartElement()) {
        if (isW(r, "pStyle")) {
            m_paragraph.style = wAttr(r, "val");
        } else if (isW(r, "numPr")) {
            m_paragraph.numbering = readNumPr(r);
            m_paragraph.hasNumbering = true;
            continue; // readNumPr left the reader on </w:numPr>
        } else if (isW(r, "outlineLvl")) {
            bool ok = false;
            const int v = wAttr(r, "val").toInt(&ok);
            if (ok)
                m_paragraph.outlineLevel = v;
        }
        r.skipCurrentElement();
    }
}

void DocumentReader::finishParagraph()
{
    Paragraph p = std::exchange(m_paragraph, {});
    if (m_tableDepth > 0) {
        const QString text = p.text.simplified();
        if (!text.isEmpty())
            m_cell += (m_cell.isEmpty() ? QString() : QStringLiteral(" ")) + text;
        return;
    }
    // White space at the ends of lines and of the paragraph goes; tabs inside stay.
    QStringList lines = p.text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    QString text = lines.join(QLatin1Char('\n'));
    while (!text.isEmpty() && text.front().isSpace())
        text.remove(0, 1);
    if (text.isEmpty())
        return;

    const int level =
        p.outlineLevel >= 0 && p.outlineLevel <= 8 ? p.outlineLevel + 1 : headingLevel(p.style);
    if (level > 0 && p.outlineLevel != 9) {
        const QString title = text.simplified();
        m_sections.open(title, level, append(title, Block::Paragraph));
        return;
    }
    NumberingRef numbering = p.hasNumbering ? p.numbering : styleNumbering(p.style);
    if (p.hasNumbering && numbering.ilvl < 0) // a numId without ilvl: the style's level
        numbering.ilvl = styleNumbering(p.style).ilvl;
    if (!numbering.numId.isEmpty() && numbering.numId != QLatin1String("0")) {
        const int ilvl = std::max(numbering.ilvl, 0);
        const QString marker = listMarker(numbering);
        const QString indent(2 * ilvl, QLatin1Char(' '));
        text.replace(QLatin1Char('\n'), QLatin1Char('\n') + indent + QLatin1String("  "));
        append(indent + (marker.isEmpty() ? QStringLiteral("  ") : marker + QLatin1Char(' ')) +
                   text,
               Block::ListItem);
        return;
    }
    append(text, Block::Paragraph);
}

void DocumentReader::finishRow()
{
    QStringList cells = std::exchange(m_cells, {});
    bool any = false;
    for (const QString& c : std::as_const(cells))
        any = any || !c.isEmpty();
    if (!any)
        return;
    const QString line = cells.join(QLatin1String(" | "));
    const qsizetype start = append(line, Block::TableRow);
    m_atomic.append({start, start + line.size()});
}

bool DocumentReader::read(const QByteArray& xml, const ExtractOptions& opts, ExtractError* error)
{
    static const QLatin1String mcNamespace(
        "http://schemas.openxmlformats.org/markup-compatibility/2006");
    QXmlStreamReader r(xml);
    qint64 tokens = 0;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if ((++tokens & 0xFFFF) == 0 && isCancelled(opts)) {
            *error = cancelledError();
            return false;
        }
        if (token == QXmlStreamReader::StartElement) {
            if (r.name() == QLatin1String("Fallback") && r.namespaceUri() == mcNamespace) {
                r.skipCurrentElement(); // the same content again, for older readers
                continue;
            }
            if (!isWordNamespace(r.namespaceUri()))
                continue;
            const QStringView name = r.name();
            if (name == QLatin1String("p")) {
                if (m_paragraphDepth > 0 && !m_paragraph.text.isEmpty())
                    m_paragraph.text += QLatin1Char(' ');
                ++m_paragraphDepth;
            } else if (name == QLatin1String("pPr")) {
                if (m_paragraphDepth == 1)
                    readParagraphProperties(r);
                else
                    r.skipCurrentElement();
            } else if (name == QLatin1String("r")) {
                ++m_runDepth;
            } else if (name == QLatin1String("t")) {
                const QString t = r.readElementText(QXmlStreamReader::SkipChildElements);
                if (m_paragraphDepth > 0)
                    m_paragraph.text += t;
            } else if (name == QLatin1String("tab")) {
                if (m_runDepth > 0)
                    m_paragraph.text += QLatin1Char('\t');
            } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
                if (m_runDepth > 0)
                    m_paragraph.text += QLatin1Char('\n');
            } else if (name == QLatin1String("noBreakHyphen")) {
                m_paragraph.text += QLatin1Char('-');
            } else if (name == QLatin1String("delText") || name == QLatin1String("instrText") ||
                       name == QLatin1String("delInstrText") || name == QLatin1String("moveFrom") ||
                       name == QLatin1String("rPr") || name == QLatin1String("sectPr") ||
                       name == QLatin1String("tblPr") || name == QLatin1String("tblGrid") ||
                       name == QLatin1String("trPr") || name == QLatin1String("tcPr")) {
                // Deleted or moved-away text, field codes, and properties: no text to show.
                r.skipCurrentElement();
            } else if (name == QLatin1String("tbl")) {
                if (m_tableDepth == 0 && m_paragraphDepth == 0)
                    m_last = Block::None; // a new table starts after a blank line
                ++m_tableDepth;
            } else if (name == QLatin1String("tr")) {
                if (m_tableDepth == 1)
                    m_cells.clear();
            } else if (name == QLatin1String("tc")) {
                if (m_tableDepth == 1)
                    m_cell.clear();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (!isWordNamespace(r.namespaceUri()))
                continue;
            const QStringView name = r.name();
            if (name == QLatin1String("p")) {
                if (m_paragraphDepth > 0 && --m_paragraphDepth == 0)
                    finishParagraph();
            } else if (name == QLatin1String("r")) {
                m_runDepth = std::max(0, m_runDepth - 1);
            } else if (name == QLatin1String("tc")) {
                if (m_tableDepth == 1)
                    m_cells << std::exchange(m_cell, {});
            } else if (name == QLatin1String("tr")) {
                if (m_tableDepth == 1)
                    finishRow();
            } else if (name == QLatin1String("tbl")) {
                m_tableDepth = std::max(0, m_tableDepth - 1);
                if (m_tableDepth == 0)
                    m_last = Block::None;
            }
        }
    }
    if (r.hasError()) {
        *error = ExtractError::make(Kind::Corrupt,
                                    ExtractError::tr("The text of this DOCX is damaged: %1 is "
                                                     "not well-formed XML (line %2: %3).")
                                        .arg(QString(kDocumentPart))
                                        .arg(r.lineNumber())
                                        .arg(r.errorString()));
        return false;
    }
    return true;
}

ExtractedText DocumentReader::result()
{
    ExtractedText out;
    out.sections = m_sections.finish(m_text.size());
    out.atomic = std::move(m_atomic);
    out.text = std::move(m_text);
    return out;
}

} // namespace

ExtractedText extractDocx(const QString& path, const ExtractOptions& opts, ExtractError* error)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = ExtractError::make(Kind::Corrupt,
                                    ExtractError::tr("This DOCX is damaged: the table of contents "
                                                     "of its ZIP container cannot be read."));
        return {};
    }
    *error = checkDirectory(zip, opts);
    if (*error)
        return {};

    bool found = false;
    const QByteArray document = readPart(zip, kDocumentPart, opts, &found, error);
    if (*error)
        return {};
    if (!found) {
        *error = ExtractError::make(Kind::Corrupt,
                                    ExtractError::tr("This DOCX has no word/document.xml, the "
                                                     "part that holds its text: it is damaged or "
                                                     "not a Word document."));
        return {};
    }
    const QByteArray styles = readPart(zip, kStylesPart, opts, &found, error);
    if (*error)
        return {};
    const QByteArray numbering = readPart(zip, kNumberingPart, opts, &found, error);
    if (*error)
        return {};
    zip.close();

    DocumentReader reader(parseStyles(styles), parseNumbering(numbering));
    if (!reader.read(document, opts, error))
        return {};
    ExtractedText result = reader.result();
    if (result.text.trimmed().isEmpty()) {
        *error =
            ExtractError::make(Kind::Empty, ExtractError::tr("This Word document holds no text."));
        return {};
    }
    return result;
}

} // namespace limitless::knowledge::detail
