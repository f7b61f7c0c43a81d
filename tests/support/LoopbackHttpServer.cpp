#include "LoopbackHttpServer.h"

#include <QJsonDocument>
#include <QTcpSocket>

namespace limitless::test {

namespace {

QJsonValue orNull(const QByteArray& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromUtf8(s));
}

} // namespace

QByteArray LoopbackHttpServer::reasonPhrase(int status)
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

QByteArray LoopbackHttpServer::openAiErrorBody(const QString& message, const QByteArray& type,
                                               const QByteArray& code)
{
    const QJsonObject err{{QStringLiteral("message"), message},
                          {QStringLiteral("type"), orNull(type)},
                          {QStringLiteral("param"), QJsonValue::Null},
                          {QStringLiteral("code"), orNull(code)}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), err}}).toJson();
}

LoopbackHttpServer::LoopbackHttpServer(QObject* parent) : QObject(parent)
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

LoopbackHttpServer::~LoopbackHttpServer()
{
    // The sockets are the server's children: they go before the buffers their signals use.
    m_server.close();
    for (QTcpSocket* socket : m_server.findChildren<QTcpSocket*>()) {
        socket->disconnect(this);
        delete socket;
    }
}

bool LoopbackHttpServer::start()
{
    m_clock.start();
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void LoopbackHttpServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = m_buffers.value(socket) + socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
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
            break;
        r.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        r.json = QJsonDocument::fromJson(r.body).object();
        r.receivedMs = m_clock.elapsed();
        m_requests.append(r);
        m_buffers[socket] = buffer;
        answer(socket, r);
        // An answer may close the connection (a stand-in that drops it).
        if (!m_buffers.contains(socket) || socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
    m_buffers[socket] = buffer;
}

void LoopbackHttpServer::send(QTcpSocket* socket, int status, const QByteArray& body,
                              const Headers& headers, const QByteArray& contentType)
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

} // namespace limitless::test
