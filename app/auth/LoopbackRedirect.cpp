#include "auth/LoopbackRedirect.h"

#include "auth/AuthLog.h"
#include "auth/ErrorMapper.h"

#include <QTcpSocket>
#include <QUrlQuery>

namespace limitless::auth {

namespace {
constexpr qsizetype kMaxRequestBytes = 16 * 1024;
}

LoopbackRedirect::LoopbackRedirect(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackRedirect::onNewConnection);
}

LoopbackRedirect::~LoopbackRedirect() = default;

bool LoopbackRedirect::listen(quint16 port)
{
    m_done = false;
    if (m_server.listen(QHostAddress::LocalHost, port))
        return true;
    m_error = AuthError::make(AuthError::Kind::OAuthFailed,
                              tr("Port %1 on this computer is in use.").arg(port));
    m_error.serverMessage = m_server.errorString();
    return false;
}

void LoopbackRedirect::close()
{
    m_server.close();
}

QUrl LoopbackRedirect::redirectUri() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server.serverPort());
    u.setPath(QStringLiteral("/callback"));
    return u;
}

void LoopbackRedirect::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackRedirect::onReadyRead(QTcpSocket* socket)
{
    // Only the request line and headers matter; the browser sends no body with GET.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    socket->setProperty("buffer", buffer);
    if (!buffer.contains("\r\n\r\n"))
        return;
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
        respond(socket, 405, tr("Not allowed"), {});
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    if (target.path() != QLatin1String("/callback") || m_done) {
        respond(socket, 404, tr("Not found"), {});
        return;
    }
    m_done = true;
    const QUrlQuery query(target);
    const QString code = ErrorMapper::formValue(query, QStringLiteral("code"));
    if (query.hasQueryItem(QStringLiteral("error")) ||
        query.hasQueryItem(QStringLiteral("error_code")) || code.isEmpty()) {
        AuthError e = query.hasQueryItem(QStringLiteral("error")) ||
                              query.hasQueryItem(QStringLiteral("error_code"))
                          ? ErrorMapper::fromRedirect(query)
                          : AuthError::make(AuthError::Kind::OAuthFailed);
        respond(socket, 200, tr("Sign-in failed"),
                tr("The sign-in did not complete. Return to Limitless to see why."));
        qCInfo(lcAuth).noquote() << "browser sign-in failed:" << e.toString();
        m_server.close();
        emit failed(e);
        return;
    }
    respond(socket, 200, tr("Signed in"),
            tr("You are signed in. You can close this tab and return to Limitless."));
    m_server.close();
    emit codeReceived(code);
}

void LoopbackRedirect::respond(QTcpSocket* socket, int status, const QString& title,
                               const QString& text)
{
    const QString html =
        QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "</head><body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1>"
                       "<p>%2</p></body></html>")
            .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    const QByteArray body = html.toUtf8();
    const QByteArray reason = status == 200   ? "OK"
                              : status == 404 ? "Not Found"
                                              : "Method Not Allowed";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The URL held a one-time code: keep it out of caches and referrers.
    response += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n";
    response += "Connection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace limitless::auth
