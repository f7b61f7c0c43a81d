#pragma once

#include "knowledge/Extracted.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace limitless::knowledge {

struct ExtractOptions {
    qint64 maxBytes = 50LL * 1024 * 1024; // larger files are refused (TooLarge)
    QString pdfPassword;                  // for a PDF that needs one to open
    bool ocr = true; // recognise PDF pages that have no text layer with Tesseract
    // Tesseract's language codes, tried in this order; those whose data is not installed are
    // left out (and named in a note).
    QStringList ocrLanguages = {QStringLiteral("eng"), QStringLiteral("deu"),
                                QStringLiteral("spa")};
    const std::atomic_bool* cancel = nullptr; // polled between pages and during OCR
    // Called as the work goes on: PDF pages done out of the total; (0, 1) and (1, 1) for the
    // other kinds. Called on the extracting thread.
    std::function<void(int done, int total)> progress;
    // A DOCX whose ZIP directory declares more than this in all (or a single member inflating
    // more than kDocxMaxRatio:1 to over kDocxRatioFloor bytes), or more entries, is refused as a
    // zip bomb before anything is inflated.
    quint64 docxMaxUncompressed = 200ULL * 1024 * 1024;
    int docxMaxEntries = 10000;
};

// The compression ratio above which one DOCX member counts as a zip bomb, when it would
// inflate to more than kDocxRatioFloor bytes. Word's own XML compresses about 10:1; a run of
// zeros 1000:1.
constexpr quint64 kDocxMaxRatio = 100;
constexpr quint64 kDocxRatioFloor = 10ULL * 1024 * 1024;

// Turns a PDF, DOCX, text or Markdown file into one text with pages, sections and atomic spans
// pointing into it exactly (Extracted.h). The file is sniffed first (FileSniffer): a file whose
// content and name disagree, or that is none of the four, is refused. Blocking: call it on a
// worker thread, never the GUI thread. Safe to run on several threads at once (each call has
// its own poppler document and Tesseract engine). On failure `error` is set and the result is
// empty; on success `error` is cleared.
ExtractedText extract(const QString& path, const ExtractOptions& opts, ExtractError* error);

} // namespace limitless::knowledge
