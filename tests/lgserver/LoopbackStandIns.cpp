#include "LoopbackStandIns.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <memory>

AuthStandIn::AuthStandIn(int status, QByteArray detail)
    : m_status(status), m_detail(std::move(detail))
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* s = nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                *buffer += s->readAll();
                const int end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                m_lastHead = buffer->left(end);
                const QByteArray body = "{\"detail\":\"" + m_detail + "\"}";
                const QByteArray reason = m_status == 401 ? "Unauthorized" : "Forbidden";
                s->write("HTTP/1.1 " + QByteArray::number(m_status) + " " + reason +
                         "\r\nContent-Type: application/json\r\nContent-Length: " +
                         QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                s->disconnectFromHost();
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
}

QUrl AuthStandIn::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

CuttingProxy::CuttingProxy(QUrl upstream, QByteArray marker)
    : m_upstream(std::move(upstream)), m_marker(std::move(marker))
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* down = nextPendingConnection()) {
            ++m_connections;
            auto* up = new QTcpSocket(down);
            auto pending = std::make_shared<QByteArray>();
            auto seen = std::make_shared<QByteArray>();
            const bool mayCut = m_cuts == 0;
            up->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
            connect(up, &QTcpSocket::connected, down, [up, pending] {
                up->write(*pending);
                pending->clear();
            });
            connect(down, &QTcpSocket::readyRead, down, [up, down, pending] {
                const QByteArray b = down->readAll();
                if (up->state() == QAbstractSocket::ConnectedState)
                    up->write(b);
                else
                    *pending += b;
            });
            connect(up, &QTcpSocket::readyRead, down, [this, up, down, seen, mayCut] {
                const QByteArray b = up->readAll();
                if (mayCut && m_cuts == 0) {
                    *seen += b;
                    const int at = seen->indexOf(m_marker);
                    if (at >= 0) {
                        // Pass what came before the marker, then break the connection.
                        const qsizetype before = b.size() - (seen->size() - at);
                        if (before > 0)
                            down->write(b.left(before));
                        down->flush();
                        ++m_cuts;
                        down->abort();
                        up->abort();
                        down->deleteLater();
                        return;
                    }
                }
                down->write(b);
            });
            connect(up, &QTcpSocket::disconnected, down, [down] { down->disconnectFromHost(); });
            connect(down, &QTcpSocket::disconnected, down, &QObject::deleteLater);
        }
    });
}

QUrl CuttingProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}
