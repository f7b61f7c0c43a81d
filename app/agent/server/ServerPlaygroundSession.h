#pragma once

#include "agent/PlaygroundBackend.h"
#include "agent/server/ServerEndpoint.h"

#include <QByteArray>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <memory>

namespace limitless::agent::server {

class ServerPlaygroundWorker;

// The Agent playground on an agent a LangGraph API server runs (a deployment, or `langgraph
// dev` on the owner's machine): the server's threads, runs streamed over SSE with the reply
// token by token and the node that runs, the state and the checkpoint history from the server,
// forks by a state update (the checkpoint checked against the history first) or by running
// from an older checkpoint, interrupts shown and resumed, a running run cancelled on the
// server. The graph drawn is the server's own (/assistants/{id}/graph).
//
// A worker thread holds the ServerClient; nothing here waits on the network on the GUI thread.
// Failures (a node that raised, 422 already running, 404, 401/403, a dropped stream) come back
// as the requests' error texts (ServerError's messages).
class ServerPlaygroundSession : public PlaygroundBackend {
    Q_OBJECT

public:
    explicit ServerPlaygroundSession(QObject* parent = nullptr);
    ~ServerPlaygroundSession() override;

    // Connects to the server (Test connection, the assistant, its graph); readyChanged() and
    // problemChanged() say how it went. `assistantId` empty: the server's first assistant.
    void connectTo(const QUrl& url, const QByteArray& apiKey, const QString& assistantId = {});
    QUrl url() const { return m_url; }
    QString assistantId() const { return m_assistant; }
    QString serverVersion() const { return m_version; }
    // The server, key and assistant (the resolved one once connected), for work on another
    // worker (the playground's replay and scenarios on the server).
    ServerEndpoint endpoint() const { return {m_url, m_apiKey, m_assistant}; }

    QString kind() const override { return QStringLiteral("server"); }
    bool supports(Feature feature) const override { return feature == Interrupts; }
    QString description() const override;
    bool isReady() const override { return m_ready; }
    QString problem() const override { return m_problem; }
    QString unavailableReason() const override { return {}; }
    bool isBusy() const override { return m_turns > 0; }
    QList<GraphNode> graphNodes() const override { return m_nodes; }
    QList<GraphEdge> graphEdges() const override { return m_edges; }

    quint64 listThreads() override;
    quint64 startThread(const QString& campaignCode) override;
    quint64 sendMessage(const QString& threadId, const QString& text,
                        const QString& fromCheckpoint = {}) override;
    quint64 resume(const QString& threadId) override;
    void cancel() override;
    quint64 loadHistory(const QString& threadId) override;
    quint64 loadState(const QString& threadId, const QString& checkpointId = {}) override;
    quint64 fork(const QString& threadId, const QString& checkpointId,
                 const ForkEdit& edit) override;
    quint64 deleteThread(const QString& threadId) override;

private:
    template <typename Job> void run(Job&& job);
    quint64 runTurn(const QString& threadId, const QString& text, const QString& fromCheckpoint,
                    bool resume);
    void turnDone();

    QThread m_thread;
    ServerPlaygroundWorker* m_worker;
    quint64 m_nextRequest = 1;
    QUrl m_url;
    QByteArray m_apiKey;
    QString m_assistant;
    QString m_version;
    bool m_ready = false;
    QString m_problem;
    int m_turns = 0;
    QList<GraphNode> m_nodes;
    QList<GraphEdge> m_edges;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace limitless::agent::server
