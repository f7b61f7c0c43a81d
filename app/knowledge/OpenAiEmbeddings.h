#pragma once

#include "knowledge/Embedder.h"

#include <QByteArray>
#include <QUrl>

#include <utility>

class QNetworkAccessManager;

namespace limitless::knowledge {

// How OpenAiEmbeddings batches, retries and waits.
struct OpenAiEmbeddingsOptions {
    int maxInputs = 96;           // texts per request (the API takes up to 2048)
    qsizetype maxChars = 250000;  // characters per request (~62k tokens; limit 300k)
    int maxAttempts = 5;          // tries per batch, the first included
    int maxTotalWaitMs = 120000;  // back-off waiting per embed() call
    int requestTimeoutMs = 60000; // one request, sending to the last byte received
    int backoffMs = 500;          // first back-off without a server hint; doubles
    int maxBackoffMs = 20000;     // cap of one back-off without a server hint
    bool sendDimensions = false;  // send "dimensions" (text-embedding-3-* shorten)
    QByteArray userAgent = "LimitlessDashboard";
};

// The OpenAI embeddings API (POST {baseUrl}/embeddings), or a local server that speaks it
// (Ollama, LM Studio, llama.cpp, vLLM…). Blocking: each embed() call runs its own
// QNetworkAccessManager and event loop in the calling worker thread.
//
// - Texts go in batches of at most maxInputs texts and maxChars characters (one longer text
//   goes alone), as {"model", "input": [...], "encoding_format": "float"}.
// - The answer's vectors are put in order by their "index" and L2-normalised where the server
//   did not; a vector of another length than dimensions() is a Dimension error.
// - 429 (except "insufficient_quota"), 408, 409 and 5xx answers, timeouts and dropped
//   connections are tried again after a back-off: the server's retry-after-ms or Retry-After
//   header where given, else exponential from backoffMs with jitter; at most maxAttempts
//   tries per batch and maxTotalWaitMs of waiting per call. Then RateLimited, Server or
//   Network.
// - 401 and 403 are Auth errors carrying the server's message; other 4xx are Server errors
//   (the request itself was refused: an unknown model, a text too long); an answer that is
//   not the documented JSON is BadResponse.
// - `cancel` is polled during requests, between batches and during back-off waits.
class OpenAiEmbeddings final : public Embedder {
public:
    using Options = OpenAiEmbeddingsOptions;

    // `baseUrl` like "https://api.openai.com/v1"; `apiKey` may be empty for a local server.
    OpenAiEmbeddings(QUrl baseUrl, QString model, int dimensions, QString apiKey,
                     Options options = {});

    QString model() const override { return m_model; }
    int dimensions() const override { return m_dimensions; }
    const Options& options() const { return m_options; }
    void setOptions(const Options& options) { m_options = options; }
    QUrl endpoint() const;

    QList<QVector<float>> embed(const QStringList& texts, EmbedError* error,
                                const std::atomic_bool* cancel = nullptr,
                                const std::function<void(int, int)>& progress = {}) override;

    // [first, last) index ranges of the requests `texts` are sent in.
    static QList<std::pair<int, int>> batches(const QStringList& texts, int maxInputs,
                                              qsizetype maxChars);

private:
    struct Attempt;
    Attempt post(QNetworkAccessManager& nam, const QByteArray& body,
                 const std::atomic_bool* cancel) const;
    EmbedError parse(const QByteArray& body, int count, QList<QVector<float>>* out) const;
    int backoffFor(const Attempt& attempt, int tryNumber) const;

    QUrl m_baseUrl;
    QString m_model;
    int m_dimensions;
    QString m_apiKey;
    Options m_options;
};

} // namespace limitless::knowledge
