#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace limitless::knowledge {

// Tesseract for the pages of a PDF that have no text layer. One engine per extraction: a
// TessBaseAPI must not be shared between threads. Tesseract's data is found the standard way:
// TESSDATA_PREFIX when set, otherwise the path Tesseract was built with.
class OcrEngine {
public:
    // Loads the languages of `wanted` that are installed (e.g. {"eng", "deu", "spa"}).
    explicit OcrEngine(const QStringList& wanted);
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    bool isReady() const { return m_api != nullptr; }
    QStringList languages() const { return m_languages; } // loaded
    QStringList missing() const { return m_missing; }     // wanted but not installed

    // The text of an 8-bit grayscale image scanned at `dpi`. Stops early, returning an empty
    // string and setting `*cancelled`, when `cancel` becomes true.
    QString recognise(const uchar* pixels, int width, int height, int bytesPerLine, int dpi,
                      const std::atomic_bool* cancel, bool* cancelled);

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    QStringList m_languages;
    QStringList m_missing;
};

} // namespace limitless::knowledge
