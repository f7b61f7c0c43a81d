#include "knowledge/OpenAiEmbeddings.h"

#include "knowledge/OpenAiApi.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cmath>
#include <cstring>

namespace limitless::knowledge {

struct OpenAiEmbeddings::Attempt {
    EmbedError error; // None: body holds a 2xx answer
    bool retryable = false;
    int retryAfterMs = -1; // the server's hint, if it gave one
    QByteArray body;
};

namespace {

constexpr int kPollMs = 50; // how often `cancel` is looked at while waiting

bool cancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load();
}

EmbedError makeError(EmbedError::Kind kind, const QString& message, int status = 0)
{
    EmbedError e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = status;
    return e;
}

EmbedError cancelledError()
{
    return makeError(EmbedError::Kind::Cancelled, EmbedError::tr("Embedding was cancelled."));
}

// Waits `ms`, polling `cancel`; false when cancelled.
bool waitFor(int ms, const std::atomic_bool* cancel)
{
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    done.setTimerType(Qt::PreciseTimer); // a Retry-After is a minimum: no early wake-up
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled(cancel))
            loop.quit();
    });
    done.start(std::max(0, ms));
    poll.start(kPollMs);
    if (!cancelled(cancel))
        loop.exec();
    return !cancelled(cancel);
}

bool decodeVector(const QJsonValue& v, QVector<float>* out)
{
    out->clear();
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        out->reserve(a.size());
        for (const QJsonValue& x : a) {
            if (!x.isDouble())
                return false;
            out->append(float(x.toDouble()));
        }
        return true;
    }
    if (v.isString()) { // encoding_format "base64": little-endian float32
        const QByteArray raw = QByteArray::fromBase64(v.toString().toLatin1());
        if (raw.size() % 4 != 0)
            return false;
        out->resize(raw.size() / 4);
        std::memcpy(out->data(), raw.constData(), size_t(raw.size()));
        return true;
    }
    return false;
}

} // namespace

OpenAiEmbeddings::OpenAiEmbeddings(QUrl baseUrl, QString model, int dimensions, QString apiKey,
                                   Options options)
    : m_baseUrl(std::move(baseUrl)), m_model(std::move(model)), m_dimensions(dimensions),
      m_apiKey(std::move(apiKey)), m_options(std::move(options))
{}

QUrl OpenAiEmbeddings::endpoint() const
{
    return openAiEndpoint(m_baseUrl, QStringLiteral("embeddings"));
}

QList<std::pair<int, int>> OpenAiEmbeddings::batches(const QStringList& texts, int maxInputs,
                                                     qsizetype maxChars)
{
    QList<std::pair<int, int>> out;
    maxInputs = std::max(1, maxInputs);
    int first = 0;
    qsizetype chars = 0;
    for (int i = 0; i < texts.size(); ++i) {
        const qsizetype len = texts[i].size();
        if (i > first && (i - first >= maxInputs || chars + len > maxChars)) {
            out.append({first, i});
            first = i;
            chars = 0;
        }
        chars += len;
    }
    if (first < texts.size())
        out.append({first, int(texts.size())});
    return out;
}

OpenAiEmbeddings::Attempt OpenAiEmbeddings::post(QNetworkAccessManager& nam, const QByteArray& body,
                                                 const std::atomic_bool* cancel) const
{
    Attempt a;
    QNetworkRequest request(endpoint());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", m_options.userAgent);
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);

    QNetworkReply* reply = nam.post(request, body);
    bool timedOut = false;
    bool stopped = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    timeout.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled(cancel)) {
            stopped = true;
            reply->abort();
        }
    });
    timeout.start(std::max(1, m_options.requestTimeoutMs));
    poll.start(kPollMs);
    if (!reply->isFinished())
        loop.exec();
    timeout.stop();
    poll.stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        a.body = reply->readAll();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netMessage = reply->errorString();
    a.retryAfterMs =
        openAiRetryAfterMs(reply->rawHeader("retry-after-ms"), reply->rawHeader("Retry-After"));
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    reply->deleteLater();

    if (stopped) {
        a.error = cancelledError();
        return a;
    }
    if (timedOut) {
        a.error = makeError(EmbedError::Kind::Network,
                            EmbedError::tr("The embedding service did not answer within %1 s.")
                                .arg(m_options.requestTimeoutMs / 1000.0, 0, 'g', 3));
        a.retryable = true;
        return a;
    }
    if (status == 0) { // no HTTP answer: refused, reset, DNS, TLS
        a.error = makeError(EmbedError::Kind::Network,
                            EmbedError::tr("Could not reach the embedding service at %1: %2")
                                .arg(endpoint().toDisplayString(), netMessage));
        a.retryable = netError != QNetworkReply::HostNotFoundError &&
                      netError != QNetworkReply::SslHandshakeFailedError &&
                      netError != QNetworkReply::ProtocolUnknownError;
        return a;
    }
    if (status >= 200 && status < 300)
        return a;

    const OpenAiServerError se = openAiServerErrorOf(a.body, reason);
    if (status == 401) {
        a.error = makeError(
            EmbedError::Kind::Auth,
            EmbedError::tr("The embedding service refused the API key: %1").arg(se.message),
            status);
    } else if (status == 403) {
        a.error = makeError(
            EmbedError::Kind::Auth,
            EmbedError::tr("The embedding service refused access: %1").arg(se.message), status);
    } else if (status == 429 && se.code == QStringLiteral("insufficient_quota")) {
        a.error = makeError(
            EmbedError::Kind::RateLimited,
            EmbedError::tr("The embedding service's quota is used up: %1").arg(se.message), status);
    } else if (status == 429) {
        a.error = makeError(
            EmbedError::Kind::RateLimited,
            EmbedError::tr("The embedding service is rate-limiting requests: %1").arg(se.message),
            status);
        a.retryable = true;
    } else if (status >= 500 || status == 408 || status == 409) {
        a.error = makeError(EmbedError::Kind::Server,
                            EmbedError::tr("The embedding service failed (HTTP %1): %2")
                                .arg(status)
                                .arg(se.message),
                            status);
        a.retryable = true;
    } else {
        a.error = makeError(EmbedError::Kind::Server,
                            EmbedError::tr("The embedding service refused the request (HTTP %1): "
                                           "%2")
                                .arg(status)
                                .arg(se.message),
                            status);
    }
    return a;
}

int OpenAiEmbeddings::backoffFor(const Attempt& attempt, int tryNumber) const
{
    if (attempt.retryAfterMs >= 0)
        return attempt.retryAfterMs;
    return openAiBackoffMs(tryNumber, m_options.backoffMs, m_options.maxBackoffMs);
}

EmbedError OpenAiEmbeddings::parse(const QByteArray& body, int count,
                                   QList<QVector<float>>* out) const
{
    auto bad = [](const QString& why) { return makeError(EmbedError::Kind::BadResponse, why); };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return bad(EmbedError::tr("The embedding service answered with something other than "
                                  "JSON."));
    const QJsonValue data = doc.object().value(QStringLiteral("data"));
    if (!data.isArray())
        return bad(EmbedError::tr("The embedding service's answer has no list of vectors."));
    const QJsonArray items = data.toArray();
    if (items.size() != count)
        return bad(EmbedError::tr("The embedding service returned %1 vectors for %2 texts.")
                       .arg(items.size())
                       .arg(count));
    QList<QVector<float>> vectors(count);
    QList<bool> filled(count, false);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        const int index = item.value(QStringLiteral("index")).toInt(int(i));
        if (index < 0 || index >= count || filled[index])
            return bad(EmbedError::tr("The embedding service's answer numbers its vectors "
                                      "wrongly."));
        QVector<float> v;
        if (!decodeVector(item.value(QStringLiteral("embedding")), &v) || v.isEmpty())
            return bad(EmbedError::tr("The embedding service's answer holds a vector that is "
                                      "not a list of numbers."));
        if (v.size() != m_dimensions)
            return makeError(EmbedError::Kind::Dimension,
                             EmbedError::tr("The model returned %1-dimensional vectors; the "
                                            "database column holds %2.")
                                 .arg(v.size())
                                 .arg(m_dimensions));
        double norm = 0;
        for (float x : v)
            norm += double(x) * double(x);
        norm = std::sqrt(norm);
        if (!std::isfinite(norm) || norm == 0)
            return bad(EmbedError::tr("The embedding service returned an empty vector."));
        if (std::abs(norm - 1.0) > 1e-4) {
            const double inv = 1.0 / norm;
            for (float& x : v)
                x = float(x * inv);
        }
        vectors[index] = std::move(v);
        filled[index] = true;
    }
    *out += vectors;
    return {};
}

QList<QVector<float>> OpenAiEmbeddings::embed(const QStringList& texts, EmbedError* error,
                                              const std::atomic_bool* cancel,
                                              const std::function<void(int, int)>& progress)
{
    EmbedError local;
    EmbedError& err = error ? *error : local;
    err = {};
    QList<QVector<float>> out;
    out.reserve(texts.size());
    QNetworkAccessManager nam;
    qint64 waitedMs = 0;
    const int total = int(texts.size());

    for (const auto& [first, last] : batches(texts, m_options.maxInputs, m_options.maxChars)) {
        if (cancelled(cancel)) {
            err = cancelledError();
            return {};
        }
        QJsonArray input;
        for (int i = first; i < last; ++i) {
            // The API refuses empty strings; a blank chunk still needs its place.
            const QString& t = texts[i];
            input.append(t.trimmed().isEmpty() ? QStringLiteral(" ") : t);
        }
        QJsonObject request{{QStringLiteral("model"), m_model},
                            {QStringLiteral("input"), input},
                            {QStringLiteral("encoding_format"), QStringLiteral("float")}};
        if (m_options.sendDimensions)
            request.insert(QStringLiteral("dimensions"), m_dimensions);
        const QByteArray body = QJsonDocument(request).toJson(QJsonDocument::Compact);

        for (int tryNumber = 1;; ++tryNumber) {
            const Attempt a = post(nam, body, cancel);
            if (!a.error) {
                const EmbedError pe = parse(a.body, last - first, &out);
                if (pe) {
                    err = pe;
                    return {};
                }
                break;
            }
            if (a.error.kind == EmbedError::Kind::Cancelled || !a.retryable ||
                tryNumber >= std::max(1, m_options.maxAttempts)) {
                err = a.error;
                return {};
            }
            const int wait = backoffFor(a, tryNumber);
            if (waitedMs + wait > m_options.maxTotalWaitMs) {
                err = a.error;
                return {};
            }
            if (!waitFor(wait, cancel)) {
                err = cancelledError();
                return {};
            }
            waitedMs += wait;
        }
        if (progress)
            progress(last, total);
    }
    return out;
}

} // namespace limitless::knowledge
