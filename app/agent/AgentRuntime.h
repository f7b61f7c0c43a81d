#pragma once

#include "agent/AgentGraph.h"
#include "agent/AgentState.h"
#include "agent/Policy.h"
#include "agent/PromptSet.h"
#include "agent/ThreadStore.h"
#include "db/DbError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <memory>

namespace limitless::db {
class PgConnection;
}
namespace limitless::knowledge {
class Retriever;
}

namespace limitless::agent {

// What one turn did. On failure (`error` set) nothing was stored and `state` is the state
// before the turn.
struct TurnResult {
    QString threadId;
    QString reply;                    // the agent's messages of this turn, joined by blank lines
    QStringList replies;              // each AI message of the turn
    AgentState state;                 // after the turn
    QStringList nodePath;             // the nodes that ran, in order
    QStringList edgePath;             // the edges taken (GraphEdge::id)
    QList<RetrievedChunk> chunks;     // retrieved in this turn, with their scores
    QList<ToolCall> toolCalls;        // the policy's calls the runtime carried out
    QList<ToolCall> refusedToolCalls; // outside the node's allowed set: not carried out
    QString checkpointId;             // the turn's last checkpoint
    QString paymentLink;              // a test link where one was sent
    QStringList notices; // translated: truncation, refused calls, simulated payment, …
    bool truncated = false;
    int promptVersion = 0;
    QString error;    // translated, specific; '' = the turn was stored
    QStringList next; // the run stopped at an interrupt before these nodes (a server's graph)
    PolicyErrorKind policyError = PolicyErrorKind::None;
    db::DbError dbError;
    bool ok() const { return error.isEmpty(); }
};

// What a fork changes in the chosen checkpoint's state.
struct ForkEdit {
    int messageIndex = -1; // ≥ 0: that message's text becomes `messageText`
    QString messageText;
    QVariantMap fields; // channel name → new value (current_stage, qualified, email, …)
};

// The local agent runtime: runs the graph's nodes with a policy, retrieval from the owner's
// documents, and guard rails, and stores every turn LangGraph-compatibly (ThreadStore).
// Blocking: use it on a worker thread or from the command line, one call at a time.
class AgentRuntime {
    Q_DECLARE_TR_FUNCTIONS(AgentRuntime)

public:
    static constexpr int kMaxLeadChars = 4000;

    // `retriever` may be null (no retrieval: the result says so). `claims` empty: the
    // session's role acts for `ownerId`.
    AgentRuntime(db::PgConnection& connection, QString ownerId, QByteArray claims, Policy& policy,
                 knowledge::Retriever* retriever = nullptr);
    ~AgentRuntime();

    void setPrompts(const PromptSet& prompts) { m_prompts = prompts; }
    const PromptSet& prompts() const { return m_prompts; }
    // The clock the turn's timestamps come from (milliseconds since the epoch); tests fix it.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // A new playground thread for `campaignCode` (the campaign under test; empty = none):
    // the conversation lives under the owner's playground campaign. Returns the thread id, or
    // '' with *error.
    QString startThread(const QString& campaignCode, QString* error);
    // The lead writes `text`; the agent answers. `fromCheckpoint` empty: continue from the
    // newest checkpoint (after a fork: the fork).
    TurnResult sendMessage(const QString& threadId, const QString& text,
                           const std::function<void(const QString& delta)>& onToken = {},
                           const std::atomic_bool* cancel = nullptr,
                           const QString& fromCheckpoint = {});
    // The checkout of the thread's test link completes (simulated; no money moves).
    TurnResult simulatePayment(const QString& threadId);
    // A new checkpoint whose parent is `checkpointId`, with the edit applied (metadata source
    // "update"); the old branch stays. Returns the new checkpoint id, or '' with *error.
    QString fork(const QString& threadId, const QString& checkpointId, const ForkEdit& edit,
                 QString* error);
    QList<CheckpointInfo> history(const QString& threadId, QString* error);
    ThreadSnapshot state(const QString& threadId, const QString& checkpointId, QString* error);
    db::DbError deleteThread(const QString& threadId);

    static const QList<GraphNode>& graphNodes() { return AgentGraph::nodes(); }
    static const QList<GraphEdge>& graphEdges() { return AgentGraph::edges(); }
    // The tools a node offers the policy.
    static QList<ToolSpec> toolsFor(const QString& node);

private:
    struct Turn;
    bool runNode(Turn& turn, const GraphNode& node,
                 const std::function<void(const QString&)>& onToken,
                 const std::atomic_bool* cancel);
    bool applyToolCall(Turn& turn, const GraphNode& node, const ToolCall& call);
    QList<RetrievedChunk> retrieve(Turn& turn, const GraphNode& node);
    TurnResult finish(Turn& turn);
    qint64 now() const;

    db::PgConnection& m_conn;
    QString m_ownerId;
    QByteArray m_claims;
    Policy& m_policy;
    knowledge::Retriever* m_retriever;
    std::unique_ptr<ThreadStore> m_store;
    // The payment link a node's send_payment_link call created (runNode writes its messages).
    struct PendingLink {
        QByteArray callId;
        QByteArray args; // normalised: plan, e-mail and the catalogue's amounts
        QByteArray session;
        QByteArray url;
    };
    PendingLink m_pendingLink;
    // The campaign under test per thread started here (recorded in conversation_started).
    QHash<QString, QString> m_testedCampaigns;
    PromptSet m_prompts;
    std::function<qint64()> m_clock;
};

} // namespace limitless::agent
