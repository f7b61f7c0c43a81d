#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace limitless::agent::server {

// Where a LangGraph API server is and what to ask it for: enough for a worker thread to make a
// ServerClient of its own (a client belongs to the thread that made it). The key is kept in
// memory only, as the session that connected with it keeps it.
struct ServerEndpoint {
    QUrl url;
    QByteArray apiKey;
    QString assistantId; // an assistant id or a graph id

    bool isSet() const { return url.isValid() && !url.host().isEmpty(); }
};

} // namespace limitless::agent::server
