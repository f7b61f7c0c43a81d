#pragma once

#include "db/Additions.h"
#include "db/QueryResult.h"
#include "db/Statement.h"
#include "langgraph/Transcript.h"

#include <QList>

namespace limitless::db {
class PgConnection;
}

namespace limitless::conversations {

// Loads a conversation's transcript from LangGraph's checkpoint tables (thread id =
// conversation id): two statements sent together in one round trip — the newest checkpoint
// with its blobs, and the checkpoints at which the stage changed — then decoded by
// langgraph::TranscriptReader. Works on the asynchronous Database (statements() + decode())
// and on a blocking PgConnection (load()).
//
// Where the dashboard's additions are installed, the thread is read through their
// owner-scoped functions (a signed-in owner sees only their own threads; LangGraph's tables
// need no grant to the dashboard's sessions). Without them it reads LangGraph's tables
// directly (the role needs SELECT on them) and counts messages in the app.
class TranscriptLoader {
public:
    static QList<db::Statement> statements(const QString& threadId,
                                           const db::Additions& additions);
    // `results` are the answers to statements(); a failed query gives a Transcript whose error
    // says so.
    static langgraph::Transcript decode(const QString& threadId,
                                        const QList<db::QueryResult>& results);
    static langgraph::Transcript load(db::PgConnection& connection, const QString& threadId);
};

} // namespace limitless::conversations
