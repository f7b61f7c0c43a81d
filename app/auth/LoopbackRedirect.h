#pragma once

#include "auth/AuthError.h"

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace limitless::auth {

// The loopback end of a browser sign-in (RFC 8252 §7.3): listens on 127.0.0.1 only, on a
// free port (or a fixed one the project's redirect allow-list names), and takes the first
// GET /callback. A `code` there is the authorization code; an `error` is the reason the
// sign-in failed. The browser gets a short page telling the owner to return to the app.
class LoopbackRedirect : public QObject {
    Q_OBJECT

public:
    explicit LoopbackRedirect(QObject* parent = nullptr);
    ~LoopbackRedirect() override;

    // Starts listening; false (with error()) when the port is taken.
    bool listen(quint16 port = 0);
    void close();
    bool isListening() const { return m_server.isListening(); }
    // http://127.0.0.1:<port>/callback
    QUrl redirectUri() const;
    const AuthError& error() const { return m_error; }

signals:
    void codeReceived(const QString& code);
    void failed(const limitless::auth::AuthError& error);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, int status, const QString& title, const QString& text);

    QTcpServer m_server;
    AuthError m_error;
    bool m_done = false;
};

} // namespace limitless::auth
