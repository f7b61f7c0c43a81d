// Plain text and Markdown: decoded (TextDecoder.h), line endings made LF, and for Markdown
// the headings and fenced code blocks found. The text is kept as it is otherwise.
#include "knowledge/ExtractorParts.h"
#include "knowledge/TextDecoder.h"

namespace limitless::knowledge::detail {

namespace {

struct Line {
    qsizetype start = 0;
    qsizetype end = 0; // before its '\n'
};

QList<Line> splitLines(const QString& text)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), start);
        if (nl < 0)
            nl = text.size();
        lines.append({start, nl});
        start = nl + 1;
    }
    return lines;
}

// Columns of leading white space (a tab to the next multiple of 4), and where it ends.
int indentOf(QStringView line, qsizetype* contentAt)
{
    int columns = 0;
    qsizetype i = 0;
    for (; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char(' '))
            ++columns;
        else if (line.at(i) == QLatin1Char('\t'))
            columns += 4 - columns % 4;
        else
            break;
    }
    *contentAt = i;
    return columns;
}

qsizetype runOf(QStringView s, QChar c)
{
    qsizetype n = 0;
    while (n < s.size() && s.at(n) == c)
        ++n;
    return n;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// An ATX heading: up to three spaces, 1–6 '#', then a space, a tab or the end of the line.
// The optional closing run of '#' (after a space) is not part of the title.
bool atxHeading(QStringView rest, int* level, QString* title)
{
    const qsizetype hashes = runOf(rest, QLatin1Char('#'));
    if (hashes < 1 || hashes > 6)
        return false;
    if (hashes < rest.size() && rest.at(hashes) != QLatin1Char(' ') &&
        rest.at(hashes) != QLatin1Char('\t'))
        return false;
    QStringView t = rest.mid(hashes).trimmed();
    qsizetype closing = t.size();
    while (closing > 0 && t.at(closing - 1) == QLatin1Char('#'))
        --closing;
    if (closing == 0)
        t = {};
    else if (closing < t.size() &&
             (t.at(closing - 1) == QLatin1Char(' ') || t.at(closing - 1) == QLatin1Char('\t')))
        t = t.left(closing).trimmed();
    *level = int(hashes);
    *title = t.toString();
    return true;
}

// A setext underline: '=' (level 1) or '-' (level 2) only, trailing white space allowed.
int setextLevel(QStringView rest)
{
    const QStringView t = rest.trimmed();
    if (t.isEmpty())
        return 0;
    const QChar c = t.at(0);
    if ((c != QLatin1Char('=') && c != QLatin1Char('-')) || runOf(t, c) != t.size())
        return 0;
    return c == QLatin1Char('=') ? 1 : 2;
}

// Lines that start a block of their own and so are no paragraph a setext underline could
// turn into a heading: list items, block quotes, thematic breaks, HTML, tables.
bool startsOtherBlock(QStringView rest)
{
    if (rest.isEmpty())
        return false;
    const QChar c = rest.at(0);
    if (c == QLatin1Char('>') || c == QLatin1Char('<') || c == QLatin1Char('|'))
        return true;
    if ((c == QLatin1Char('-') || c == QLatin1Char('*') || c == QLatin1Char('+')) &&
        (rest.size() == 1 || rest.at(1) == QLatin1Char(' ') || rest.at(1) == QLatin1Char('\t')))
        return true;
    qsizetype digits = 0;
    while (digits < rest.size() && digits < 9 && rest.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < rest.size() &&
        (rest.at(digits) == QLatin1Char('.') || rest.at(digits) == QLatin1Char(')')) &&
        (digits + 1 == rest.size() || rest.at(digits + 1) == QLatin1Char(' ')))
        return true;
    return false;
}

} // namespace

void markdownStructure(const QString& text, QList<SectionSpan>* sections,
                       QList<AtomicSpan>* codeBlocks)
{
    const QList<Line> lines = splitLines(text);
    SectionList found;
    QList<AtomicSpan> code;

    qsizetype i = 0;
    // YAML front matter: "---" on the first line up to the next "---" or "...".
    if (!lines.isEmpty() &&
        QStringView(text).mid(lines[0].start, lines[0].end - lines[0].start).trimmed() ==
            QLatin1String("---")) {
        for (qsizetype j = 1; j < lines.size(); ++j) {
            const QStringView l =
                QStringView(text).mid(lines[j].start, lines[j].end - lines[j].start).trimmed();
            if (l == QLatin1String("---") || l == QLatin1String("...")) {
                i = j + 1;
                break;
            }
        }
    }

    bool inFence = false;
    QChar fenceChar;
    qsizetype fenceLength = 0;
    qsizetype fenceStart = 0;
    qsizetype paragraphStart = -1; // where the open paragraph starts, -1 when none is open
    QStringList paragraph;

    for (; i < lines.size(); ++i) {
        const Line& ln = lines.at(i);
        const QStringView line = QStringView(text).mid(ln.start, ln.end - ln.start);
        qsizetype at = 0;
        const int indent = indentOf(line, &at);
        const QStringView rest = line.mid(at);

        if (inFence) {
            // The closing fence: the same character, at least as many, nothing after but
            // white space.
            const qsizetype run = runOf(rest, fenceChar);
            if (indent <= 3 && run >= fenceLength && rest.mid(run).trimmed().isEmpty()) {
                code.append({fenceStart, ln.end});
                inFence = false;
            }
            continue;
        }

        if (indent <= 3 &&
            (rest.startsWith(QLatin1String("```")) || rest.startsWith(QLatin1String("~~~")))) {
            const QChar c = rest.at(0);
            const qsizetype run = runOf(rest, c);
            // A backtick fence's info string has no backtick.
            if (c != QLatin1Char('`') || !rest.mid(run).contains(QLatin1Char('`'))) {
                inFence = true;
                fenceChar = c;
                fenceLength = run;
                fenceStart = ln.start;
                paragraphStart = -1;
                paragraph.clear();
                continue;
            }
        }

        if (isBlank(line)) {
            paragraphStart = -1;
            paragraph.clear();
            continue;
        }

        if (indent >= 4) { // indented code, or a paragraph's continuation line
            if (paragraphStart >= 0)
                paragraph.append(rest.trimmed().toString());
            continue;
        }

        int level = 0;
        QString title;
        if (atxHeading(rest, &level, &title)) {
            found.open(title, level, ln.start);
            paragraphStart = -1;
            paragraph.clear();
            continue;
        }

        if (paragraphStart >= 0) {
            level = setextLevel(rest);
            if (level > 0) {
                found.open(paragraph.join(QLatin1Char(' ')), level, paragraphStart);
                paragraphStart = -1;
                paragraph.clear();
                continue;
            }
            if (startsOtherBlock(rest)) { // a list item or a quote interrupts it
                paragraphStart = -1;
                paragraph.clear();
            } else {
                paragraph.append(rest.trimmed().toString());
            }
            continue;
        }

        if (!startsOtherBlock(rest) && setextLevel(rest) == 0) {
            paragraphStart = ln.start;
            paragraph = {rest.trimmed().toString()};
        }
    }
    if (inFence) // a fence never closed runs to the end of the document
        code.append({fenceStart, text.size()});

    if (sections)
        *sections = found.finish(text.size());
    if (codeBlocks)
        *codeBlocks = code;
}

ExtractedText extractText(const QByteArray& bytes, FileKind kind, ExtractError* error)
{
    ExtractedText result;
    const DecodedText decoded = decodeText(bytes);
    if (!decoded.looksLikeText()) {
        *error = ExtractError::make(ExtractError::Kind::Unsupported,
                                    ExtractError::tr("This file holds binary data further on, so "
                                                     "it is not a text file."));
        return {};
    }
    if (decoded.unknownEncoding(bytes.size())) {
        *error = ExtractError::make(ExtractError::Kind::Unsupported,
                                    ExtractError::tr("This text is not in UTF-8, UTF-16 or "
                                                     "Latin-1 (Windows-1252): save it as UTF-8 "
                                                     "and add it again."));
        return {};
    }
    result.text = normaliseLineEndings(decoded.text);
    if (result.text.trimmed().isEmpty()) {
        *error = ExtractError::make(ExtractError::Kind::Empty,
                                    ExtractError::tr("This file holds no text, only white "
                                                     "space."));
        return {};
    }

    switch (decoded.encoding) {
    case DecodedText::Encoding::Windows1252:
        result.notes << ExtractNote::tr("Decoded as Latin-1 (Windows-1252): the file is not "
                                        "UTF-8.");
        break;
    case DecodedText::Encoding::Utf16LE:
    case DecodedText::Encoding::Utf16BE:
        result.notes << ExtractNote::tr("Decoded as UTF-16.");
        break;
    case DecodedText::Encoding::Utf8:
        break;
    }
    if (decoded.invalidSequences > 0)
        result.notes << ExtractNote::tr("%n invalid byte sequence(s) were replaced with �.",
                                        nullptr, decoded.invalidSequences);

    if (kind == FileKind::Markdown)
        markdownStructure(result.text, &result.sections, &result.atomic);
    return result;
}

} // namespace limitless::knowledge::detail
