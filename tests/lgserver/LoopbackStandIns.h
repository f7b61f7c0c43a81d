#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

// Loopback servers for what the dev server cannot show. Both run on the thread that created
// them, so a blocking ServerClient call on that thread (which drives a local event loop)
// serves them too.

// A deployment with auth in front of it: answers every request with `status` and a JSON body
// in the LangGraph server's error shape ({"detail": …}, as its auth middleware and the Python
// server's HTTPException send), and keeps the last request's head to check the x-api-key header.
class AuthStandIn : public QTcpServer {
public:
    AuthStandIn(int status, QByteArray detail);
    QUrl url() const;
    QByteArray lastRequestHead() const { return m_lastHead; }

private:
    int m_status;
    QByteArray m_detail;
    QByteArray m_lastHead;
};

// A TCP proxy in front of the dev server that drops the first connection whose answer has
// carried `marker`, once; later connections pass untouched (a network that breaks mid-stream).
class CuttingProxy : public QTcpServer {
public:
    CuttingProxy(QUrl upstream, QByteArray marker);
    QUrl url() const;
    int cuts() const { return m_cuts; }
    int connections() const { return m_connections; }

private:
    QUrl m_upstream;
    QByteArray m_marker;
    int m_cuts = 0;
    int m_connections = 0;
};
