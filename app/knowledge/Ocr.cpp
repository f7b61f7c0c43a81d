#include "knowledge/Ocr.h"

#include "knowledge/ExtractorParts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

#include <dlfcn.h>

#include <string>
#include <vector>

namespace limitless::knowledge {

namespace {

// Tesseract's own chatter (warnings about resolution, "Estimating resolution…") goes nowhere;
// whether recognition worked shows in its result.
int initQuietly(tesseract::TessBaseAPI& api, const QString& languages)
{
    std::vector<std::string> names{"debug_file"};
    std::vector<std::string> values{"/dev/null"};
    return api.Init(nullptr, languages.toUtf8().constData(), tesseract::OEM_DEFAULT, nullptr, 0,
                    &names, &values, false);
}

// Debian builds Tesseract with OpenMP, and its LSTM code asks for up to ten threads per loop
// (num_threads clauses, which OMP_NUM_THREADS does not cap). On two cores those threads spin
// against each other and the rest of the app: a page took 14–17 s instead of 4 s. With
// max-active-levels 0, every parallel region this thread starts runs on this thread alone;
// OpenMP keeps the setting per thread, so nothing else in the process is affected. Where
// Tesseract was built without OpenMP there is no such function and nothing to do; it is
// looked up at run time so that the build needs no OpenMP of its own.
void useOneOpenMpThread()
{
    using SetMaxActiveLevels = void (*)(int);
    if (void* symbol = dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"))
        reinterpret_cast<SetMaxActiveLevels>(symbol)(0);
}

bool cancelRequested(void* flag, int /*words*/)
{
    return static_cast<const std::atomic_bool*>(flag)->load();
}

} // namespace

OcrEngine::OcrEngine(const QStringList& wanted)
{
    if (wanted.isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    // Tesseract skips the languages after the first that it cannot load, but fails when the
    // first is missing: then find one that loads, only to learn where the data lives.
    bool loaded = initQuietly(*api, wanted.join(QLatin1Char('+'))) == 0;
    for (qsizetype i = 1; !loaded && i < wanted.size(); ++i)
        loaded = initQuietly(*api, wanted.at(i)) == 0;
    if (!loaded) {
        m_missing = wanted;
        qCInfo(lcExtract).noquote()
            << "OCR unavailable: no language data for" << wanted.join(QLatin1Char('+'));
        return;
    }
    const QDir data(QString::fromLocal8Bit(api->GetDatapath()));
    for (const QString& lang : wanted) {
        if (QFileInfo::exists(data.filePath(lang + QLatin1String(".traineddata"))))
            m_languages << lang;
        else
            m_missing << lang;
    }
    const QString loadedNow = QString::fromUtf8(api->GetInitLanguagesAsString());
    if (loadedNow != m_languages.join(QLatin1Char('+'))) {
        api->End();
        if (m_languages.isEmpty() || initQuietly(*api, m_languages.join(QLatin1Char('+'))) != 0) {
            m_missing = wanted;
            m_languages.clear();
            return;
        }
    }
    api->SetPageSegMode(tesseract::PSM_AUTO);
    m_api = std::move(api);
    qCDebug(lcExtract).noquote() << "OCR with" << m_languages.join(QLatin1Char('+')) << "from"
                                 << data.path() << "ready in" << timer.elapsed() << "ms";
}

OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->End();
}

QString OcrEngine::recognise(const uchar* pixels, int width, int height, int bytesPerLine, int dpi,
                             const std::atomic_bool* cancel, bool* cancelled)
{
    *cancelled = false;
    if (!m_api)
        return {};
    QElapsedTimer timer;
    timer.start();
    useOneOpenMpThread();
    m_api->SetImage(pixels, width, height, 1, bytesPerLine);
    m_api->SetSourceResolution(dpi);
    tesseract::ETEXT_DESC monitor;
    if (cancel) {
        monitor.cancel = &cancelRequested;
        monitor.cancel_this = const_cast<std::atomic_bool*>(cancel);
    }
    const int rc = m_api->Recognize(&monitor);
    if (cancel && cancel->load()) {
        m_api->Clear();
        *cancelled = true;
        return {};
    }
    QString text;
    if (rc == 0) {
        const std::unique_ptr<char[]> utf8(m_api->GetUTF8Text());
        if (utf8)
            text = QString::fromUtf8(utf8.get());
        qCDebug(lcExtract) << "OCR page of" << width << "x" << height << "pixels in"
                           << timer.elapsed() << "ms, mean confidence" << m_api->MeanTextConf();
    }
    m_api->Clear();
    return text;
}

} // namespace limitless::knowledge
