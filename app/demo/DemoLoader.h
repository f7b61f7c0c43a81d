#pragma once

#include "db/DbError.h"
#include "demo/DemoTypes.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace limitless::db {
class PgConnection;
}

namespace limitless::demo {

// Writes the demo business (DemoBusiness) into a migrated database that has LangGraph's
// checkpoint tables, in one transaction, with COPY for everything large.
//
// The owner is the database's only owner when there is exactly one (the sandbox's local
// account); otherwise the demo owner "owner-001" is used, created if missing.
//
// Triggers: when the session is a superuser the load runs with
// `session_replication_role = replica`, which skips the row triggers (the pg_notify triggers
// would otherwise queue one notification per COPY row, a million for a large load) and the
// foreign-key checks; the generator guarantees the references. Without superuser rights the
// triggers run as usual. Campaign counters are written at the end, equal to the event counts.
class DemoLoader {
    Q_DECLARE_TR_FUNCTIONS(DemoLoader)

public:
    struct Report {
        bool skipped = false; // --if-empty found campaigns
        QString ownerId;
        bool ownerCreated = false;
        qint64 nowMsecs = 0;
        qint64 campaigns = 0;
        qint64 conversations = 0;
        qint64 events = 0;
        qint64 payments = 0;
        qint64 documents = 0;
        qint64 chunks = 0;
        qint64 checkpoints = 0;
        qint64 blobs = 0;
        QString embeddingType; // "vector" or "real[]"
        bool triggersBypassed = false;
        bool rollupsRebuilt = false; // the dashboard's roll-ups were recomputed after the load
        double seconds = 0;
    };
    using Progress = std::function<void(const QString&)>;

    explicit DemoLoader(db::PgConnection& conn) : m_conn(conn) {}

    // Run the row triggers even as superuser (live listeners then see every loaded row; a
    // large load takes longer). Off by default.
    void setKeepTriggers(bool keep) { m_keepTriggers = keep; }

    // Loads the business for `options`. With `ifEmpty`, a database that already has campaigns
    // is left alone (report->skipped); without it such a database is an error, because the
    // demo's ids and codes would collide with a previous load.
    db::DbError load(const DemoOptions& options, bool ifEmpty, Report* report,
                     const Progress& progress = {});

private:
    db::PgConnection& m_conn;
    bool m_keepTriggers = false;
};

} // namespace limitless::demo
