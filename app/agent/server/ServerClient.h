#pragma once

#include "agent/server/ServerError.h"
#include "agent/server/ServerTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace limitless::knowledge {
struct HttpAnswer;
class BlockingHttp;
} // namespace limitless::knowledge

namespace limitless::agent::server {

// A blocking client for the LangGraph API server (LangGraph Platform, a self-hosted server,
// `langgraphjs dev` / `langgraph dev`): assistants, threads, state and history, forks, runs
// streamed over SSE or waited for, interrupts resumed, runs cancelled.
//
// Every call runs to completion on the calling thread, which must be a worker thread or the
// CLI (never the GUI thread); create the client on the thread that uses it. Each call returns
// its result and reports failure in `error` (ServerError::Kind::None when it worked). The API
// key, when set, goes in the `x-api-key` header; it never appears in a message.
class ServerClient {
    Q_DECLARE_TR_FUNCTIONS(ServerClient)

public:
    explicit ServerClient(QUrl baseUrl, QByteArray apiKey = {});
    ~ServerClient();
    ServerClient(const ServerClient&) = delete;
    ServerClient& operator=(const ServerClient&) = delete;

    QUrl baseUrl() const { return m_base; }
    // Milliseconds without a byte before a request is given up (a stream's default is longer:
    // a model may think for a while between events).
    void setTimeouts(int requestMs, int streamMs);
    // How often a dropped stream is picked up again (0: report it at once).
    void setStreamResumeAttempts(int attempts) { m_resumeAttempts = attempts; }

    // GET /ok
    bool ok(ServerError* error);
    // GET /info
    ServerInfo info(ServerError* error);
    // "Test connection": /ok, then /info; the error says which step failed.
    ServerInfo testConnection(ServerError* error);

    // POST /assistants/search
    QList<Assistant> searchAssistants(ServerError* error, const QString& graphId = {},
                                      int limit = 100);
    // GET /assistants/{id}/graph (a graph id works in place of an assistant id).
    GraphShape graph(const QString& assistantId, ServerError* error, bool xray = false);

    // Threads.
    ServerThread createThread(const QJsonObject& metadata, ServerError* error,
                              const QString& threadId = {});
    QList<ServerThread> searchThreads(ServerError* error, const QJsonObject& metadata = {},
                                      int limit = 50, int offset = 0);
    ServerThread thread(const QString& threadId, ServerError* error);
    bool deleteThread(const QString& threadId, ServerError* error);

    // GET /threads/{id}/state[/{checkpoint}]
    StateSnapshot state(const QString& threadId, ServerError* error,
                        const QString& checkpointId = {});
    // POST /threads/{id}/history: newest first, every branch.
    QList<StateSnapshot> history(const QString& threadId, ServerError* error, int limit = 1000);
    // Forks by editing state: POST /threads/{id}/state with `values` counted as written by
    // `asNode`, from `checkpointId` (empty: the head). The checkpoint is first looked up in the
    // thread's history: the server accepts an unknown id and silently makes an empty orphan
    // checkpoint the thread's head, so an unknown one is refused here (UnknownCheckpoint).
    // Returns the new checkpoint's id.
    QString updateState(const QString& threadId, const QJsonObject& values, const QString& asNode,
                        ServerError* error, const QString& checkpointId = {});

    // POST /threads/{id}/runs/stream with stream_mode values, updates, messages-tuple and debug.
    // Tokens reach `callbacks.onToken` as they arrive. A node that raises ends in NodeFailed
    // (the server still answers 200); a stream that breaks off is picked up again from the
    // last event (the run is created resumable) and reported as StreamDropped when it cannot
    // be. Raising `cancel` stops reading and cancels the run on the server.
    RunOutcome stream(const QString& threadId, const RunRequest& request,
                      const StreamCallbacks& callbacks, ServerError* error,
                      const std::atomic_bool* cancel = nullptr);
    // POST /threads/{id}/runs/wait: the final values (keep-alive newlines before the JSON are
    // skipped; `__error__` becomes NodeFailed; at an interrupt the state is read to fill in
    // values and `next`).
    RunOutcome wait(const QString& threadId, const RunRequest& request, ServerError* error,
                    const std::atomic_bool* cancel = nullptr);
    // POST /threads/{id}/runs/{run}/cancel (action interrupt); `wait` until it has stopped.
    bool cancelRun(const QString& threadId, const QString& runId, ServerError* error,
                   bool wait = true);
    // GET /threads/{id}/runs: [{run_id, status, …}], newest first.
    QJsonArray runs(const QString& threadId, ServerError* error);

private:
    struct Stream;
    knowledge::HttpAnswer call(const QByteArray& verb, const QString& path, const QJsonValue& body,
                               int timeoutMs, const std::atomic_bool* cancel = nullptr,
                               const QList<QPair<QByteArray, QByteArray>>& headers = {},
                               QIODevice* sink = nullptr);
    QJsonValue callJson(const QByteArray& verb, const QString& path, const QJsonValue& body,
                        const QString& what, ServerError* error);
    // After a 422 on a run: the JS server says "already running" for a thread that does not
    // exist either; tell the two apart.
    ServerError busyOrMissing(const QString& threadId, const ServerError& busy);

    QUrl m_base;
    QByteArray m_apiKey;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<knowledge::BlockingHttp> m_http;
    int m_requestMs = 30000;
    int m_streamMs = 300000;
    int m_resumeAttempts = 3;
};

// "the thread 01a24958-…" for messages.
QString describeThread(const QString& threadId);

} // namespace limitless::agent::server
