#include "FakeOpenAi.h"

#include "knowledge/OfflineEmbedder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace limitless::test {

namespace {

QStringList inputsOf(const QJsonObject& json)
{
    QStringList out;
    const QJsonValue input = json.value(QStringLiteral("input"));
    if (input.isString())
        return {input.toString()};
    for (const QJsonValue& v : input.toArray())
        out << v.toString();
    return out;
}

} // namespace

QStringList FakeOpenAi::Request::inputs() const
{
    return inputsOf(json);
}

FakeOpenAi::Reply FakeOpenAi::success(int dimensions)
{
    Reply r;
    r.dimensions = dimensions;
    return r;
}

FakeOpenAi::Reply FakeOpenAi::rateLimited(int retryAfterSeconds)
{
    Reply r;
    r.kind = Reply::Kind::Error;
    r.status = 429;
    r.errorType = "requests";
    r.errorCode = "rate_limit_exceeded";
    r.message = QStringLiteral("Rate limit reached for text-embedding-3-small in organization "
                               "org-test on requests per min (RPM): Limit 3000, Used 3000, "
                               "Requested 1. Please try again in %1s.")
                    .arg(retryAfterSeconds);
    r.headers = {{"retry-after", QByteArray::number(retryAfterSeconds)},
                 {"x-ratelimit-limit-requests", "3000"},
                 {"x-ratelimit-remaining-requests", "0"},
                 {"x-ratelimit-reset-requests", QByteArray::number(retryAfterSeconds) + "s"}};
    return r;
}

FakeOpenAi::Reply FakeOpenAi::rateLimitedMs(int retryAfterMs)
{
    Reply r = rateLimited(1);
    r.headers = {{"retry-after-ms", QByteArray::number(retryAfterMs)}};
    return r;
}

FakeOpenAi::Reply FakeOpenAi::quotaExceeded()
{
    Reply r;
    r.kind = Reply::Kind::Error;
    r.status = 429;
    r.errorType = "insufficient_quota";
    r.errorCode = "insufficient_quota";
    r.message = QStringLiteral("You exceeded your current quota, please check your plan and "
                               "billing details.");
    return r;
}

FakeOpenAi::Reply FakeOpenAi::serverError(int status)
{
    Reply r;
    r.kind = Reply::Kind::Error;
    r.status = status;
    r.errorType = "server_error";
    r.message = QStringLiteral("The server had an error while processing your request. Sorry "
                               "about that!");
    return r;
}

FakeOpenAi::Reply FakeOpenAi::invalidApiKey()
{
    Reply r;
    r.kind = Reply::Kind::Error;
    r.status = 401;
    r.errorType = "invalid_request_error";
    r.errorCode = "invalid_api_key";
    r.message = QStringLiteral("Incorrect API key provided: sk-wrong***7890. You can find your "
                               "API key at https://platform.openai.com/account/api-keys.");
    return r;
}

FakeOpenAi::Reply FakeOpenAi::hang()
{
    Reply r;
    r.kind = Reply::Kind::Hang;
    return r;
}

FakeOpenAi::Reply FakeOpenAi::badJson()
{
    Reply r;
    r.kind = Reply::Kind::BadJson;
    return r;
}

FakeOpenAi::FakeOpenAi(int dimensions, QObject* parent)
    : LoopbackHttpServer(parent), m_dimensions(dimensions)
{}

QUrl FakeOpenAi::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port()));
}

void FakeOpenAi::enqueue(const Reply& reply, int times)
{
    for (int i = 0; i < times; ++i)
        m_script.append(reply);
}

QList<FakeOpenAi::Request> FakeOpenAi::requests() const
{
    QList<Request> out;
    for (const LoopbackHttpServer::Request& r : recorded()) {
        Request f;
        static_cast<LoopbackHttpServer::Request&>(f) = r;
        out.append(f);
    }
    return out;
}

void FakeOpenAi::answer(QTcpSocket* socket, const LoopbackHttpServer::Request& request)
{
    const Reply reply = m_script.isEmpty() ? success() : m_script.takeFirst();
    if (request.method != "POST" || request.path != "/v1/embeddings") {
        send(socket, 404,
             openAiErrorBody(
                 QStringLiteral("Invalid URL (%1 %2)")
                     .arg(QString::fromUtf8(request.method), QString::fromUtf8(request.path)),
                 "invalid_request_error", {}),
             {});
        return;
    }
    switch (reply.kind) {
    case Reply::Kind::Hang:
        return;
    case Reply::Kind::BadJson:
        send(socket, 200, "<html><body>Welcome to nginx!</body></html>", reply.headers,
             "text/html");
        return;
    case Reply::Kind::Error:
        send(socket, reply.status, openAiErrorBody(reply.message, reply.errorType, reply.errorCode),
             reply.headers);
        return;
    case Reply::Kind::Success:
        break;
    }

    const int dims = reply.dimensions > 0 ? reply.dimensions : m_dimensions;
    const QStringList inputs = inputsOf(request.json);
    QJsonArray data;
    int tokens = 0;
    for (int i = 0; i < inputs.size(); ++i) {
        QJsonArray embedding;
        if (dims == knowledge::OfflineEmbedder::kDimensions) {
            for (float x : knowledge::OfflineEmbedder::embedOne(inputs[i]))
                embedding.append(double(x));
        } else {
            const size_t seed = qHash(inputs[i]);
            for (int k = 0; k < dims; ++k)
                embedding.append(double((seed >> (k % 32)) & 0xff) / 64.0 + 0.25);
        }
        tokens += int(inputs[i].size() / 4 + 1);
        const QJsonObject item{{QStringLiteral("object"), QStringLiteral("embedding")},
                               {QStringLiteral("index"), i},
                               {QStringLiteral("embedding"), embedding}};
        if (m_reverse)
            data.prepend(item);
        else
            data.append(item);
    }
    const QJsonObject body{
        {QStringLiteral("object"), QStringLiteral("list")},
        {QStringLiteral("data"), data},
        {QStringLiteral("model"), request.json.value(QStringLiteral("model"))},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), tokens},
                                              {QStringLiteral("total_tokens"), tokens}}}};
    send(socket, 200, QJsonDocument(body).toJson(QJsonDocument::Compact), reply.headers);
}

} // namespace limitless::test
