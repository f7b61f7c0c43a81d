#include "FakeOpenAi.h"

#include "knowledge/OfflineEmbedder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace limitless::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QJsonValue orNull(const QByteArray& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromUtf8(s));
}

} // namespace

QStringList FakeOpenAi::Request::inputs() const
{
    QStringList out;
    const QJsonValue input = json.value(QStringLiteral("input"));
    if (input.isString())
        return {input.toString()};
    for (const QJsonValue& v : input.toArray())
        out << v.toString();
    return out;
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

FakeOpenAi::FakeOpenAi(int dimensions, QObject* parent) : QObject(parent), m_dimensions(dimensions)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeOpenAi::~FakeOpenAi()
{
    // The sockets are the server's children: they go before the buffers their signals use.
    m_server.close();
    for (QTcpSocket* socket : m_server.findChildren<QTcpSocket*>()) {
        socket->disconnect(this);
        delete socket;
    }
}

bool FakeOpenAi::start()
{
    m_clock.start();
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeOpenAi::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort()));
}

void FakeOpenAi::enqueue(const Reply& reply, int times)
{
    for (int i = 0; i < times; ++i)
        m_script.append(reply);
}

void FakeOpenAi::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request r;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                 lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        r.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        r.json = QJsonDocument::fromJson(r.body).object();
        r.receivedMs = m_clock.elapsed();
        m_requests.append(r);
        answer(socket, r);
    }
}

void FakeOpenAi::send(QTcpSocket* socket, int status, const QByteArray& body,
                      const QList<std::pair<QByteArray, QByteArray>>& headers,
                      const QByteArray& contentType)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                     "\r\nContent-Type: " + contentType +
                     "\r\nContent-Length: " + QByteArray::number(body.size()) +
                     "\r\nopenai-processing-ms: 12\r\nx-request-id: req_test\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + body;
    socket->write(out);
}

void FakeOpenAi::answer(QTcpSocket* socket, const Request& request)
{
    const Reply reply = m_script.isEmpty() ? success() : m_script.takeFirst();
    if (request.method != "POST" || request.path != "/v1/embeddings") {
        const QJsonObject err{
            {QStringLiteral("message"),
             QStringLiteral("Invalid URL (%1 %2)")
                 .arg(QString::fromUtf8(request.method), QString::fromUtf8(request.path))},
            {QStringLiteral("type"), QStringLiteral("invalid_request_error")},
            {QStringLiteral("param"), QJsonValue::Null},
            {QStringLiteral("code"), QJsonValue::Null}};
        send(socket, 404, QJsonDocument(QJsonObject{{QStringLiteral("error"), err}}).toJson(), {});
        return;
    }
    switch (reply.kind) {
    case Reply::Kind::Hang:
        return;
    case Reply::Kind::BadJson:
        send(socket, 200, "<html><body>Welcome to nginx!</body></html>", reply.headers,
             "text/html");
        return;
    case Reply::Kind::Error: {
        const QJsonObject err{{QStringLiteral("message"), reply.message},
                              {QStringLiteral("type"), orNull(reply.errorType)},
                              {QStringLiteral("param"), QJsonValue::Null},
                              {QStringLiteral("code"), orNull(reply.errorCode)}};
        send(socket, reply.status,
             QJsonDocument(QJsonObject{{QStringLiteral("error"), err}}).toJson(), reply.headers);
        return;
    }
    case Reply::Kind::Success:
        break;
    }

    const int dims = reply.dimensions > 0 ? reply.dimensions : m_dimensions;
    const QStringList inputs = request.inputs();
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
