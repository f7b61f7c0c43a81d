#pragma once

#include "db/DbError.h"
#include "maintenance/RetentionPolicy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace limitless::db {
class PgConnection;
}

namespace limitless::maintenance {

// Rows a retention run would archive and delete, per table (the dry run).
struct RetentionCounts {
    qint64 conversations = 0;
    qint64 conversationsKeptPaid = 0; // inactive long enough, kept for their payment
    qint64 analyticsEvents = 0;
    qint64 threads = 0; // conversations whose checkpoints go
    qint64 checkpoints = 0;
    qint64 checkpointBlobs = 0;
    qint64 checkpointWrites = 0;

    qint64 total() const
    {
        return conversations + analyticsEvents + checkpoints + checkpointBlobs + checkpointWrites;
    }
    qint64 forTable(const QString& table) const;
    QJsonObject toJson() const;
};

// Counts what a retention run would remove for one owner, without changing anything. Every
// query names the owner (the CLI connects as a maintenance role) and runs under the owner's
// claims when there are any (row-level security; LangGraph's tables through the owner-scoped
// functions of additions/0011).
class RetentionPlanner {
public:
    RetentionPlanner(db::PgConnection& conn, QString ownerId, QByteArray claims = {})
        : m_conn(conn), m_ownerId(std::move(ownerId)), m_claims(std::move(claims))
    {}

    db::DbError plan(const RetentionPolicy& policy, RetentionCounts* counts);

private:
    db::PgConnection& m_conn;
    QString m_ownerId;
    QByteArray m_claims;
};

// The text of app/maintenance/queries/<name>.sql.
QString retentionSql(const QString& name);

} // namespace limitless::maintenance
