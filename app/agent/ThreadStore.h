#pragma once

#include "agent/AgentState.h"
#include "db/DbError.h"
#include "langgraph/CheckpointWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace limitless::db {
class PgConnection;
}

namespace limitless::agent {

// A thread (= conversations.id = LangGraph thread_id) at one checkpoint, with its
// conversation row's identity.
struct ThreadSnapshot {
    QString threadId;
    QString campaignId;
    QString campaignCode;
    QString instagramHandle;
    QDateTime createdAt;
    bool conversationStarted = false; // a conversation_started event exists (first turn done)
    // The checkpoint (empty: the thread has none yet).
    QString checkpointId;
    QByteArray checkpointJson; // checkpoints.checkpoint as text
    int step = -2;             // metadata.step (-2: no checkpoint)
    AgentState state;
};

// One checkpoint of a thread's history: the tree of branches (each points at its parent).
struct CheckpointInfo {
    QString checkpointId;
    QString parentId; // '' = root
    QDateTime time;
    QString source; // input | loop | update | fork
    int step = 0;
    QString stage;
    int messageCount = 0;
};

// An analytics event the turn writes (event_data as the demo writes it).
struct AgentEvent {
    QString type;
    QByteArray dataJson;
};

// Everything one turn stores, written in one transaction.
struct TurnWrite {
    ThreadSnapshot parent; // the checkpoint the turn continued from
    // The turn's rows (CheckpointWriter continuing the parent): checkpoints, blobs and the
    // writes of each task.
    QList<langgraph::CheckpointWriter::CheckpointRow> checkpoints;
    QList<langgraph::CheckpointWriter::BlobRow> blobs;
    QList<langgraph::CheckpointWriter::WriteRow> writes;
    AgentState state; // the state after the turn (the conversations row)
    QList<AgentEvent> events;
    qint64 atMsecs = 0; // last_message_at (and completed_at where it completes)
};

// Reads and writes the agent's threads: checkpoints in LangGraph.js PostgresSaver format
// through the owner-scoped functions of the additions (limitless.agent_*), the conversations
// row and the analytics events, under the owner's claims (empty claims: the session's role
// acts for the owner, as on the command line).
class ThreadStore {
    Q_DECLARE_TR_FUNCTIONS(ThreadStore)

public:
    ThreadStore(db::PgConnection& connection, QString ownerId, QByteArray claims);

    // The thread at `checkpointId`, or at its newest checkpoint when empty. A thread with no
    // checkpoint yet comes back with its conversation row's identity and an empty state.
    ThreadSnapshot load(const QString& threadId, const QString& checkpointId, db::DbError* error);
    QList<CheckpointInfo> history(const QString& threadId, db::DbError* error);

    // The checkpoints, their tasks' writes, the conversations row (all state columns,
    // total_messages, last_message_at, completed_at) and the events: all or nothing.
    db::DbError write(const TurnWrite& turn);

    // The owner's playground campaign (platform `playground`), made on first use.
    QString playgroundCampaign(db::DbError* error);
    // Creates the conversations row of a new playground thread; returns its id.
    QString createThread(const QString& campaignId, qint64 atMsecs, db::DbError* error);
    // Deletes a playground thread: its checkpoints, events and conversation row.
    db::DbError deleteThread(const QString& threadId);

    // Why the database cannot hold agent threads ('' when it can): the additions' functions
    // are missing.
    QString unavailableReason();

    QString ownerId() const { return m_ownerId; }

private:
    db::PgConnection& m_conn;
    QString m_ownerId;
    QByteArray m_claims;
};

} // namespace limitless::agent
