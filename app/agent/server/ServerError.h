#pragma once

#include <QCoreApplication>
#include <QString>

namespace limitless::knowledge {
struct HttpAnswer;
}

namespace limitless::agent::server {

// What went wrong talking to a LangGraph API server, as the owner should read it. `message`
// is translated and specific (it quotes the server's own words where it gave some); `detail`
// keeps the server's text as it came, for logs and the CLI's JSON.
struct ServerError {
    Q_DECLARE_TR_FUNCTIONS(ServerError)

public:
    enum class Kind {
        None,
        Network,           // refused, unreachable, timed out
        Auth,              // 401/403: the API key is missing or refused
        NotFound,          // 404: an unknown thread, assistant or checkpoint
        Busy,              // 422: the thread is already running a task
        BadRequest,        // 400: the server rejected the request's fields
        NodeFailed,        // a node raised (HTTP 200 with `event: error` or `__error__`)
        StreamDropped,     // the stream broke off and could not be resumed
        Server,            // 5xx
        BadResponse,       // not the JSON / SSE the API documents
        UnknownCheckpoint, // a fork from a checkpoint that is not in the thread's history
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;
    QString detail;

    explicit operator bool() const { return kind != Kind::None; }
    // "network", "auth", "not_found", "busy", … (the CLI's JSON error code).
    QString code() const;

    static ServerError make(Kind kind, const QString& message, int status = 0,
                            const QString& detail = {});
    // The error an HTTP exchange came to (None for a 2xx). `what` names the request for the
    // message ("the thread 1234…", "the assistant sales_agent").
    static ServerError fromAnswer(const knowledge::HttpAnswer& answer, const QString& what);
    // The server's words in an error body: text/plain as is, JSON `detail`, `message`, `error`
    // or a ZodError's issues ("path: message").
    static QString serverText(const QByteArray& body);
};

} // namespace limitless::agent::server
