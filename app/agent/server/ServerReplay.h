#pragma once

#include "agent/Replay.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace limitless::db {
class PgConnection;
}

namespace limitless::agent::server {

class ServerClient;
struct GraphShape;

// "Replay on the server": a real conversation from the database replayed on the agent a
// LangGraph API server runs. Its messages up to a chosen lead turn, with the state they had
// (Replay::copiedState), go into a new server thread as one state update (POST
// /threads/{id}/state, counted as written by a node that ends the graph, so the next input
// starts a fresh turn); then the original's remaining lead messages are streamed one by one,
// interrupts resumed, and the result is set beside the original (ReplayResult, policy
// "server:<assistant>"). Blocking: a worker thread or the CLI.
class ServerReplay {
    Q_DECLARE_TR_FUNCTIONS(ServerReplay)

public:
    ServerReplay(db::PgConnection& connection, QString ownerId, QByteArray claims,
                 ServerClient& client, QString assistantId);

    ReplayResult run(const QString& conversationId, int turn);

    // The node a copied state is written as: the node named `stage` when an edge leads from it
    // to the end, else the first node that ends the graph ('' when none does).
    static QString endingNode(const GraphShape& graph, const QString& stage);

private:
    db::PgConnection& m_conn;
    QString m_ownerId;
    QByteArray m_claims;
    ServerClient& m_client;
    QString m_assistant;
};

} // namespace limitless::agent::server
