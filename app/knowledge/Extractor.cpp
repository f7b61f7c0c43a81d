#include "knowledge/Extractor.h"

#include "knowledge/ExtractorParts.h"
#include "knowledge/FileSniffer.h"

#include <QElapsedTimer>
#include <QFile>

// Poppler's and Tesseract's own complaints go to debug, off unless asked for.
Q_LOGGING_CATEGORY(lcExtract, "limitless.knowledge.extract", QtInfoMsg)

namespace limitless::knowledge {

namespace detail {

void SectionList::open(const QString& title, int level, qsizetype start)
{
    while (!m_open.isEmpty() && m_sections.at(m_open.last()).level >= level) {
        m_sections[m_open.last()].end = start;
        m_open.removeLast();
    }
    SectionSpan s;
    s.title = title;
    s.level = level;
    s.start = start;
    s.end = start;
    m_sections.append(s);
    m_open.append(m_sections.size() - 1);
}

QList<SectionSpan> SectionList::finish(qsizetype end)
{
    for (const qsizetype i : std::as_const(m_open))
        m_sections[i].end = end;
    m_open.clear();
    return std::exchange(m_sections, {});
}

bool isCancelled(const ExtractOptions& opts)
{
    return opts.cancel && opts.cancel->load();
}

ExtractError cancelledError()
{
    return ExtractError::make(ExtractError::Kind::Cancelled,
                              ExtractError::tr("Reading the document was cancelled."));
}

void reportProgress(const ExtractOptions& opts, int done, int total)
{
    if (opts.progress)
        opts.progress(done, total);
}

} // namespace detail

ExtractedText extract(const QString& path, const ExtractOptions& opts, ExtractError* error)
{
    ExtractError failure;
    const auto fail = [&](const ExtractError& e) {
        if (error)
            *error = e;
        qCInfo(lcExtract).noquote() << "refused" << path << e.code() << e.message;
        return ExtractedText();
    };
    if (detail::isCancelled(opts))
        return fail(detail::cancelledError());

    QElapsedTimer timer;
    timer.start();
    const FileSniffer::Result sniffed = FileSniffer::sniff(path, &failure, opts.maxBytes);
    if (failure)
        return fail(failure);

    ExtractedText result;
    switch (sniffed.kind) {
    case FileKind::Pdf:
        result = detail::extractPdf(path, opts, &failure);
        break;
    case FileKind::Docx:
        detail::reportProgress(opts, 0, 1);
        result = detail::extractDocx(path, opts, &failure);
        break;
    case FileKind::Text:
    case FileKind::Markdown: {
        detail::reportProgress(opts, 0, 1);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ExtractError::make(
                ExtractError::Kind::Io,
                ExtractError::tr("This file cannot be read: %1").arg(file.errorString())));
        const QByteArray bytes = file.read(opts.maxBytes + 1);
        if (bytes.size() > opts.maxBytes) // it grew since it was sniffed
            return fail(ExtractError::make(
                ExtractError::Kind::TooLarge,
                ExtractError::tr("This file grew past the size limit while it was read.")));
        result = detail::extractText(bytes, sniffed.kind, &failure);
        break;
    }
    case FileKind::Unknown:
        break;
    }
    if (failure)
        return fail(failure);
    if (sniffed.kind != FileKind::Pdf)
        detail::reportProgress(opts, 1, 1);
    result.kind = sniffed.kind;
    qCInfo(lcExtract).noquote() << "extracted" << path << fileTypeName(result.kind)
                                << result.text.size() << "characters," << result.pages.size()
                                << "pages," << result.sections.size() << "sections,"
                                << result.ocrPages << "by OCR, in" << timer.elapsed() << "ms";
    if (error)
        *error = ExtractError();
    return result;
}

} // namespace limitless::knowledge
