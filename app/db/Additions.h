#pragma once

#include "db/QueryResult.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace limitless::db {

class PgConnection;

// Which of the dashboard's additions a database has (app/db/migrations/additions, installed
// by `limitless migrate`). Every page works without them, more slowly or by polling; this says
// which way to go. Read from the catalog only, so any role can probe it, whoever installed
// what, and whether or not the role may read the bookkeeping.
struct Additions {
    Q_DECLARE_TR_FUNCTIONS(Additions)

public:
    bool probed = false;          // false until a connection answered the probe
    bool schema = false;          // schema "limitless" exists
    bool rowSecurity = false;     // the seed's tables have row-level security with policies
    bool notifications = false;   // change notifications (live updates instead of polling)
    bool rollups = false;         // the funnel's roll-up tables and functions
    bool messageCount = false;    // limitless_message_count() for transcripts
    bool threadAccess = false;    // owner-scoped thread reads (limitless.thread_latest…)
    bool knowledge = false;       // the knowledge base's ingest state, test questions, text index
    bool agentPlayground = false; // the agent playground's prompts, scenarios, thread functions
    bool retention = false;       // data retention: owner-scoped checkpoint functions, and the
                                  // campaign totals' count of archived events

    bool all() const
    {
        return schema && rowSecurity && notifications && rollups && messageCount && threadAccess &&
               knowledge && agentPlayground && retention;
    }
    bool none() const
    {
        return !rowSecurity && !notifications && !rollups && !messageCount && !threadAccess &&
               !knowledge && !agentPlayground && !retention;
    }
    // Translated names of what is missing ("funnel roll-ups", …).
    QStringList missing() const;
    // One line for a status bar or a note: "all installed", "missing: …".
    QString summary() const;

    // One statement; columns in the order of the flags above.
    static QString probeSql();
    static Additions fromResult(const QueryResult& result);
    static Additions probe(PgConnection& connection);

    // What to run to install them.
    static QString installCommand() { return QStringLiteral("limitless migrate"); }
};

} // namespace limitless::db

Q_DECLARE_METATYPE(limitless::db::Additions)
