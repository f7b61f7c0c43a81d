#include "agent/BenchChatStandIn.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <chrono>
#include <functional>
#include <memory>

namespace limitless::agent {

namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QByteArray chunk(const QJsonObject& delta, const QJsonValue& finish = QJsonValue::Null)
{
    const QJsonObject o{{QStringLiteral("id"), QStringLiteral("chatcmpl-bench")},
                        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                        {QStringLiteral("created"), 1760000000},
                        {QStringLiteral("model"), QStringLiteral("bench-stand-in")},
                        {QStringLiteral("choices"),
                         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                {QStringLiteral("delta"), delta},
                                                {QStringLiteral("finish_reason"), finish}}}}};
    const QByteArray event = "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n\n";
    return QByteArray::number(event.size(), 16) + "\r\n" + event + "\r\n";
}

QByteArray rawChunk(const QByteArray& event)
{
    return QByteArray::number(event.size(), 16) + "\r\n" + event + "\r\n";
}

// One connection: reads a request (headers, then Content-Length bytes) and answers it.
void serve(QTcpSocket* socket, const QStringList& tokens, const std::function<void(qint64)>& sent)
{
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [=] {
        buffer->append(socket->readAll());
        for (;;) {
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            qsizetype length = 0;
            for (const QByteArray& line : lines)
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
            buffer->remove(0, end + 4 + length);
            if (request.value(0) != "POST" || !request.value(1).endsWith("/chat/completions")) {
                const QByteArray body =
                    R"({"error":{"message":"Unknown request URL. Please check the URL for )"
                    R"(typos.","type":"invalid_request_error","param":null,"code":"unknown_url"}})";
                socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
                continue;
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                          "Transfer-Encoding: chunked\r\nCache-Control: no-cache\r\n\r\n");
            sent(steadyNs());
            socket->write(chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                            {QStringLiteral("content"), QString()}}));
            socket->flush();
            for (const QString& t : tokens) {
                socket->write(chunk(QJsonObject{{QStringLiteral("content"), t}}));
                socket->flush();
            }
            socket->write(chunk(QJsonObject{}, QStringLiteral("stop")));
            socket->write(rawChunk("data: [DONE]\n\n"));
            socket->write("0\r\n\r\n");
            socket->flush();
        }
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace

BenchChatStandIn::BenchChatStandIn(QStringList tokens) : m_tokens(std::move(tokens))
{
    m_thread.setObjectName(QStringLiteral("bench-chat-stand-in"));
}

BenchChatStandIn::~BenchChatStandIn()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_server, [s = m_server] { delete s; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

bool BenchChatStandIn::start(QString* error)
{
    m_thread.start();
    bool ok = false;
    auto* server = new QTcpServer;
    server->moveToThread(&m_thread);
    m_server = server;
    QMetaObject::invokeMethod(
        server,
        [&] {
            ok = server->listen(QHostAddress::LocalHost, 0);
            if (!ok) {
                *error = server->errorString();
                return;
            }
            m_port = server->serverPort();
            QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
                while (QTcpSocket* s = server->nextPendingConnection())
                    serve(s, m_tokens, [this](qint64 ns) {
                        QMutexLocker lock(&m_mutex);
                        m_firstBytes.append(ns);
                    });
            });
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

QUrl BenchChatStandIn::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
}

QList<qint64> BenchChatStandIn::firstByteTimes() const
{
    QMutexLocker lock(&m_mutex);
    return m_firstBytes;
}

} // namespace limitless::agent
