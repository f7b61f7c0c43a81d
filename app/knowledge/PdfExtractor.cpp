// PDF: the text layer of each page with poppler; pages without one rendered and recognised
// with Tesseract; the outline, where there is one, as sections.
#include "knowledge/ExtractorParts.h"
#include "knowledge/Ocr.h"
#include "knowledge/TextDecoder.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>

#include <poppler-qt6.h>

#include <cmath>
#include <mutex>
#include <optional>

namespace limitless::knowledge::detail {

namespace {

using Kind = ExtractError::Kind;

constexpr int kOcrDpi = 300;
// A page is rendered at kOcrDpi unless that makes more pixels than this (a poster, a plan).
constexpr double kOcrMaxPixels = 40e6;

void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString& message, const QVariant&) {
                qCDebug(lcExtract).noquote() << "poppler:" << message;
            },
            QVariant());
    });
}

// Whether the file ends as a complete PDF does: "%%EOF" in its last kilobyte.
bool hasEndMarker(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const qint64 size = file.size();
    file.seek(std::max<qint64>(0, size - 1024));
    return file.readAll().contains("%%EOF");
}

// Ligatures (U+FB00–FB06) as their letters, so that "ﬁle" is found by "file".
QString unfoldLigatures(const QString& text)
{
    static const char* const kLigatures[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFB00 && u <= 0xFB06)
            out.append(QLatin1String(kLigatures[u - 0xFB00]));
        else
            out.append(c);
    }
    return out;
}

// A page's text, tidied: LF line ends, no form feeds or other control characters, no white
// space at the ends of lines or of the page, ligatures unfolded, and composed (NFC): TeX
// writes "Möller" as o and a combining diaeresis, which a search for "Möller" would miss.
QString tidyPageText(const QString& raw)
{
    QString text =
        unfoldLigatures(normaliseLineEndings(raw)).normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c == QLatin1Char('\f'))
            out.append(QLatin1Char('\n'));
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\t') ||
                 c.category() != QChar::Other_Control)
            out.append(c);
    }
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        line.truncate(end);
    }
    out = lines.join(QLatin1Char('\n'));
    // Leading blank lines go; the first line's indentation stays.
    qsizetype first = 0;
    while (first < out.size() && out.at(first).isSpace())
        ++first;
    if (first == out.size())
        return {};
    out.remove(0, out.lastIndexOf(QLatin1Char('\n'), first) + 1);
    while (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

struct OutlineEntry {
    QString title;
    int level = 1;
    int page = 0; // 1-based
};

void flattenOutline(const QVector<Poppler::OutlineItem>& items, int level, QList<OutlineEntry>* out)
{
    for (const Poppler::OutlineItem& item : items) {
        const auto dest = item.destination();
        const QString title = item.name().simplified();
        if (dest && dest->pageNumber() > 0 && !title.isEmpty())
            out->append({title, std::min(level, 9), dest->pageNumber()});
        if (item.hasChildren())
            flattenOutline(item.children(), level + 1, out);
    }
}

// Where on its page an outline entry's heading is: the start of the first line in
// [from, to) that holds the title and otherwise at most a section number (a running header
// such as "Chapter 7: Reference   8" is not the heading). nullopt when no line qualifies.
std::optional<qsizetype> findHeading(const QString& text, const QString& title, qsizetype from,
                                     qsizetype to)
{
    QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& w : words)
        w = QRegularExpression::escape(w);
    const QRegularExpression re(words.join(QLatin1String("\\s+")),
                                QRegularExpression::CaseInsensitiveOption);
    // "7", "7.1.2", "A.3", "IV.": a section number, or nothing.
    static const QRegularExpression numberOnly(
        QStringLiteral("^\\s*([0-9]+|[A-Z]|[IVXivx]+)?(\\.[0-9]+)*\\.?\\s*$"));
    auto it = re.globalMatch(QStringView(text).left(to), from);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), m.capturedStart()) + 1;
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), m.capturedEnd());
        if (lineEnd < 0 || lineEnd > to)
            lineEnd = to;
        const QString rest = text.mid(lineStart, m.capturedStart() - lineStart) +
                             text.mid(m.capturedEnd(), lineEnd - m.capturedEnd());
        if (numberOnly.match(rest).hasMatch() && lineStart >= from)
            return lineStart;
    }
    return std::nullopt;
}

QList<SectionSpan> outlineSections(const Poppler::Document& doc, const ExtractedText& result)
{
    QList<OutlineEntry> entries;
    flattenOutline(doc.outline(), 1, &entries);
    SectionList sections;
    qsizetype last = 0;
    for (const OutlineEntry& e : std::as_const(entries)) {
        if (e.page > result.pages.size())
            continue;
        const PageSpan& page = result.pages.at(e.page - 1);
        const qsizetype from = std::max(last, page.start);
        if (from > page.end)
            continue; // the outline goes back to an earlier page: out of order, left out
        const qsizetype start = findHeading(result.text, e.title, from, page.end).value_or(from);
        sections.open(e.title, e.level, start);
        last = start;
    }
    return sections.finish(result.text.size());
}

std::unique_ptr<Poppler::Document> open(const QString& path, const ExtractOptions& opts,
                                        ExtractError* error)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc) {
        *error = hasEndMarker(path)
                     ? ExtractError::make(Kind::Corrupt,
                                          ExtractError::tr("This PDF is damaged: its structure "
                                                           "cannot be read."))
                     : ExtractError::make(Kind::Corrupt,
                                          ExtractError::tr("This PDF is incomplete: it stops "
                                                           "before its end, as if cut off while "
                                                           "it was downloaded or copied."));
        return nullptr;
    }
    if (doc->isLocked()) {
        if (opts.pdfPassword.isEmpty()) {
            *error = ExtractError::make(Kind::Encrypted,
                                        ExtractError::tr("This PDF is protected by a password."));
            return nullptr;
        }
        // Poppler takes the password as Latin-1; PDFs with AES-256 use UTF-8.
        const QByteArray latin1 = opts.pdfPassword.toLatin1();
        const QByteArray utf8 = opts.pdfPassword.toUtf8();
        doc->unlock(latin1, latin1);
        if (doc->isLocked() && utf8 != latin1)
            doc->unlock(utf8, utf8);
        if (doc->isLocked()) {
            *error = ExtractError::make(Kind::WrongPassword,
                                        ExtractError::tr("The password for this PDF is wrong."));
            return nullptr;
        }
    }
    if (doc->numPages() <= 0) {
        *error = ExtractError::make(Kind::Corrupt, ExtractError::tr("This PDF is damaged: no page "
                                                                    "can be found in it."));
        return nullptr;
    }
    return doc;
}

} // namespace

ExtractedText extractPdf(const QString& path, const ExtractOptions& opts, ExtractError* error)
{
    routePopplerMessages();
    std::unique_ptr<Poppler::Document> doc = open(path, opts, error);
    if (!doc)
        return {};
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);

    const int pageCount = doc->numPages();
    reportProgress(opts, 0, pageCount);
    std::unique_ptr<OcrEngine> ocr; // made when the first page without text needs it
    QStringList pageTexts;
    QList<bool> pageOcr;
    int unreadable = 0;
    int withoutText = 0; // no text layer, and OCR off, unavailable or finding nothing
    for (int i = 0; i < pageCount; ++i) {
        if (isCancelled(opts)) {
            *error = cancelledError();
            return {};
        }
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        QString text;
        bool byOcr = false;
        if (!page) {
            ++unreadable;
        } else {
            text = tidyPageText(page->text(QRectF()));
            if (text.trimmed().isEmpty() && opts.ocr) {
                if (!ocr)
                    ocr = std::make_unique<OcrEngine>(opts.ocrLanguages);
                if (ocr->isReady()) {
                    const QSizeF points = page->pageSizeF();
                    const double pixelsAt300 =
                        points.width() * points.height() * (kOcrDpi / 72.0) * (kOcrDpi / 72.0);
                    const int dpi = pixelsAt300 > kOcrMaxPixels
                                        ? int(kOcrDpi * std::sqrt(kOcrMaxPixels / pixelsAt300))
                                        : kOcrDpi;
                    const QImage image =
                        page->renderToImage(dpi, dpi).convertToFormat(QImage::Format_Grayscale8);
                    if (!image.isNull()) {
                        bool cancelled = false;
                        text = tidyPageText(ocr->recognise(image.constBits(), image.width(),
                                                           image.height(), image.bytesPerLine(),
                                                           dpi, opts.cancel, &cancelled));
                        if (cancelled) {
                            *error = cancelledError();
                            return {};
                        }
                        byOcr = !text.trimmed().isEmpty();
                    }
                }
            }
            if (text.trimmed().isEmpty()) {
                text.clear();
                ++withoutText;
            }
        }
        pageTexts << text;
        pageOcr << byOcr;
        reportProgress(opts, i + 1, pageCount);
    }

    ExtractedText result;
    // Pages joined by a blank line, which belongs to the page before it; an empty page adds
    // nothing and gets an empty span.
    qsizetype lastWithText = -1;
    for (qsizetype i = 0; i < pageTexts.size(); ++i)
        if (!pageTexts.at(i).isEmpty())
            lastWithText = i;
    for (qsizetype i = 0; i < pageTexts.size(); ++i) {
        PageSpan span;
        span.number = int(i + 1);
        span.start = result.text.size();
        span.ocr = pageOcr.at(i);
        result.text += pageTexts.at(i);
        if (!pageTexts.at(i).isEmpty() && i < lastWithText)
            result.text += QLatin1String("\n\n");
        span.end = result.text.size();
        result.pages.append(span);
        if (span.ocr)
            ++result.ocrPages;
    }

    const bool ocrMissing = opts.ocr && ocr && !ocr->isReady();
    if (result.text.isEmpty()) {
        QString message;
        if (unreadable == pageCount)
            message = ExtractError::tr("This PDF is damaged: none of its pages can be read.");
        else if (!opts.ocr)
            message = ExtractError::tr("This PDF has no text layer (it looks scanned), and "
                                       "recognising text in scans (OCR) is turned off.");
        else if (ocrMissing)
            message = ExtractError::tr("This PDF has no text layer (it looks scanned), and no "
                                       "OCR language data is installed to read it.");
        else
            message = ExtractError::tr("No text was found in this PDF, not even by OCR.");
        *error = ExtractError::make(unreadable == pageCount ? Kind::Corrupt : Kind::Empty, message);
        return {};
    }

    if (result.ocrPages > 0)
        result.notes << ExtractNote::tr("%n page(s) recognised by OCR", nullptr, result.ocrPages);
    if (ocr && !ocr->missing().isEmpty() && ocr->isReady())
        result.notes << ExtractNote::tr("OCR ran without these languages, whose data is not "
                                        "installed: %1")
                            .arg(ocr->missing().join(QLatin1String(", ")));
    if (withoutText > 0) {
        if (!opts.ocr)
            result.notes << ExtractNote::tr("%n page(s) without a text layer left out: OCR is "
                                            "turned off",
                                            nullptr, withoutText);
        else if (ocrMissing)
            result.notes << ExtractNote::tr("%n page(s) without a text layer left out: no OCR "
                                            "language data is installed",
                                            nullptr, withoutText);
        else
            result.notes << ExtractNote::tr("%n page(s) without any text", nullptr, withoutText);
    }
    if (unreadable > 0)
        result.notes << ExtractNote::tr("%n page(s) could not be read", nullptr, unreadable);
    if (!hasEndMarker(path))
        result.notes << ExtractNote::tr("This PDF seems cut off at its end; the pages that "
                                        "could be read were taken.");

    result.sections = outlineSections(*doc, result);
    return result;
}

} // namespace limitless::knowledge::detail
