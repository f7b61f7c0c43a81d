#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <utility>

class QTcpSocket;

namespace limitless::test {

// A loopback HTTP/1.1 server for stand-ins of remote APIs: it reads each request (headers and a
// Content-Length body, several per connection), records it with its arrival time and hands it
// to answer(), which a stand-in implements as the real API answers.
class LoopbackHttpServer : public QObject {
    Q_OBJECT

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct Request {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QJsonObject json;
        qint64 receivedMs = 0; // since the server started
        QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    };

    explicit LoopbackHttpServer(QObject* parent = nullptr);
    ~LoopbackHttpServer() override;

    bool start(); // 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    QList<Request> recorded() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }

    static QByteArray reasonPhrase(int status);
    // A whole answer with Content-Length.
    static void send(QTcpSocket* socket, int status, const QByteArray& body,
                     const Headers& headers = {},
                     const QByteArray& contentType = "application/json");
    // {"error": {"message", "type", "param": null, "code"}} as OpenAI documents its errors
    // (`type` and `code` null when empty).
    static QByteArray openAiErrorBody(const QString& message, const QByteArray& type,
                                      const QByteArray& code);

protected:
    virtual void answer(QTcpSocket* socket, const Request& request) = 0;

private:
    void onReadyRead(QTcpSocket* socket);

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace limitless::test
