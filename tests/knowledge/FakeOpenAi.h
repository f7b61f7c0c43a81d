#pragma once

#include "LoopbackHttpServer.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace limitless::test {

// A loopback HTTP/1.1 server that answers POST /v1/embeddings as OpenAI documents it: the
// success body {"object": "list", "data": [{"object": "embedding", "index", "embedding"}],
// "model", "usage"}, errors as {"error": {"message", "type", "param", "code"}} with OpenAI's
// status codes and texts, and Retry-After / retry-after-ms headers on 429.
//
// Scriptable: each request takes the next queued reply (a success once the queue is empty).
// Every request is recorded (headers, JSON body, arrival time) for the tests to inspect.
// A successful answer's vectors are OfflineEmbedder::embedOne(input) for 1536 dimensions,
// else deterministic unnormalised numbers; by default the data list comes in reverse order
// (clients must order by "index").
class FakeOpenAi : public LoopbackHttpServer {
    Q_OBJECT

public:
    struct Reply {
        enum class Kind { Success, Error, Hang, BadJson };
        Kind kind = Kind::Success;
        int status = 200;
        QByteArray errorType; // "invalid_request_error", "server_error", …
        QByteArray errorCode; // "invalid_api_key", "rate_limit_exceeded", … or empty (null)
        QString message;
        QList<std::pair<QByteArray, QByteArray>> headers;
        int dimensions = 0; // a success with vectors of this length (0: the server's)
    };
    // As OpenAI answers them.
    static Reply success(int dimensions = 0);
    static Reply rateLimited(int retryAfterSeconds); // 429 with Retry-After
    static Reply rateLimitedMs(int retryAfterMs);    // 429 with retry-after-ms only
    static Reply quotaExceeded();                    // 429 insufficient_quota
    static Reply serverError(int status = 500);
    static Reply invalidApiKey(); // 401
    static Reply hang();          // reads the request, never answers
    static Reply badJson();       // 200 with an HTML page

    struct Request : LoopbackHttpServer::Request {
        QStringList inputs() const;
    };

    explicit FakeOpenAi(int dimensions = 1536, QObject* parent = nullptr);

    QUrl baseUrl() const; // http://127.0.0.1:<port>/v1

    void enqueue(const Reply& reply) { m_script.append(reply); }
    void enqueue(const Reply& reply, int times);
    void setReverseOrder(bool reverse) { m_reverse = reverse; }

    QList<Request> requests() const;

protected:
    void answer(QTcpSocket* socket, const LoopbackHttpServer::Request& request) override;

private:
    int m_dimensions;
    bool m_reverse = true;
    QList<Reply> m_script;
};

} // namespace limitless::test
