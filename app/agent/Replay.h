#pragma once

#include "agent/AgentState.h"
#include "agent/PromptSet.h"
#include "agent/ThreadStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace limitless::db {
class PgConnection;
}
namespace limitless::knowledge {
class Retriever;
}

namespace limitless::agent {

class Policy;

// Where one side of a replay got the conversation.
struct ReplaySide {
    QString threadId;
    QString stageReached;
    bool qualified = false;
    bool paymentLinkSent = false;
    int leadTurns = 0;
    int messages = 0;

    static ReplaySide of(const QString& threadId, const AgentState& state);
    QJsonObject toJson() const;
};

// One continued turn: the original's lead message, the original agent's answer and ours.
struct ReplayTurn {
    int turn = 0; // 1-based lead turn of the original
    QString lead;
    QString originalReply;
    QString replayReply;
    QString replayStage; // after our turn
    QString error;       // our turn failed ('' = answered)
};

struct ReplayResult {
    QString originalThreadId;
    QString replayThreadId;
    int copiedTurns = 0;          // lead turns copied before continuing
    int totalTurns = 0;           // the original's lead turns
    QString copiedFromCheckpoint; // the original's checkpoint whose state the copy starts with
    // Details read from copied lead messages newer than that checkpoint (business_type, …).
    QStringList filledFields;
    int promptVersion = 0;
    QString policy;
    ReplaySide original;
    ReplaySide replay;
    QList<ReplayTurn> turns;
    QString error; // translated; '' = every remaining lead turn was answered

    bool ok() const { return error.isEmpty(); }
    QJsonObject toJson() const;
};

// "Replay in playground": copies a real conversation's messages up to a chosen lead turn into
// a new playground thread (its first checkpoint written LangGraph-compatibly through
// ThreadStore, the state as the original's checkpoint history had it at that point), then
// feeds the original's remaining lead messages one by one to the runtime with the current
// prompts, documents and policy, and sets the result beside the original.
class Replay {
    Q_DECLARE_TR_FUNCTIONS(Replay)

public:
    Replay(db::PgConnection& connection, QString ownerId, QByteArray claims, Policy& policy,
           knowledge::Retriever* retriever = nullptr);

    void setPrompts(const PromptSet& prompts) { m_prompts = prompts; }
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // Copies the first `turn` lead turns (0 = only what precedes the lead's first message) and
    // continues. A conversation that cannot be read, or a `turn` beyond its lead turns, gives
    // an error and no thread.
    ReplayResult run(const QString& conversationId, int turn);

    // What a replay starts from: the conversation read, its lead turns counted (in *out: the
    // original's side, totalTurns, copiedTurns, copiedFromCheckpoint, filledFields) and the
    // state as it was after the first `turn` lead turns, copied messages included. False with
    // out->error when the conversation cannot be read or `turn` is out of range. Also used by
    // the replay on a LangGraph server.
    static bool copiedState(db::PgConnection& connection, const QString& ownerId,
                            const QByteArray& claims, const QString& conversationId, int turn,
                            ReplayResult* out, AgentState* state,
                            ThreadSnapshot* original = nullptr);

    // The index of the first message not copied when `turn` lead turns are kept: the index of
    // the (turn+1)-th human message, or the message count.
    static int cutIndex(const QList<langgraph::LcMessage>& messages, int turn);
    // The AI messages that answered each human message, joined by blank lines (one per human).
    static QStringList replies(const QList<langgraph::LcMessage>& messages);

private:
    qint64 now() const;

    db::PgConnection& m_conn;
    QString m_ownerId;
    QByteArray m_claims;
    Policy& m_policy;
    knowledge::Retriever* m_retriever;
    PromptSet m_prompts;
    std::function<qint64()> m_clock;
};

} // namespace limitless::agent
