#include "maintenance/RetentionPlanner.h"

#include "db/Claims.h"
#include "db/PgConnection.h"

#include <QFile>

namespace limitless::maintenance {

QString retentionSql(const QString& name)
{
    QFile f(QStringLiteral(":/maintenance/queries/%1.sql").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing query resource %s", qPrintable(name));
    return QString::fromUtf8(f.readAll());
}

qint64 RetentionCounts::forTable(const QString& table) const
{
    if (table == QLatin1String("conversations"))
        return conversations;
    if (table == QLatin1String("analytics_events"))
        return analyticsEvents;
    if (table == QLatin1String("checkpoints"))
        return checkpoints;
    if (table == QLatin1String("checkpoint_blobs"))
        return checkpointBlobs;
    if (table == QLatin1String("checkpoint_writes"))
        return checkpointWrites;
    return 0;
}

QJsonObject RetentionCounts::toJson() const
{
    return {{QStringLiteral("conversations"), conversations},
            {QStringLiteral("conversations_kept_paid"), conversationsKeptPaid},
            {QStringLiteral("analytics_events"), analyticsEvents},
            {QStringLiteral("threads"), threads},
            {QStringLiteral("checkpoints"), checkpoints},
            {QStringLiteral("checkpoint_blobs"), checkpointBlobs},
            {QStringLiteral("checkpoint_writes"), checkpointWrites},
            {QStringLiteral("payments"), 0}};
}

db::DbError RetentionPlanner::plan(const RetentionPolicy& policy, RetentionCounts* counts)
{
    const db::Statement s(retentionSql(QStringLiteral("retention_plan")),
                          {m_ownerId, RetentionPolicy::sqlTime(policy.checkpointCutoff()),
                           RetentionPolicy::sqlTime(policy.eventCutoff()),
                           RetentionPolicy::sqlTime(policy.inactiveCutoff())});
    const db::QueryResult r = db::execWithClaims(m_conn, {s}, m_claims).value(0);
    if (!r.ok())
        return r.error;
    if (r.rowCount() != 1)
        return db::DbError::client(QStringLiteral("the retention plan returned no row"));
    RetentionCounts c;
    c.conversations = r.value(0, QStringLiteral("conversations")).toLongLong();
    c.conversationsKeptPaid = r.value(0, QStringLiteral("conversations_kept_paid")).toLongLong();
    c.analyticsEvents = r.value(0, QStringLiteral("analytics_events")).toLongLong();
    c.threads = r.value(0, QStringLiteral("threads")).toLongLong();
    c.checkpoints = r.value(0, QStringLiteral("checkpoints")).toLongLong();
    c.checkpointBlobs = r.value(0, QStringLiteral("checkpoint_blobs")).toLongLong();
    c.checkpointWrites = r.value(0, QStringLiteral("checkpoint_writes")).toLongLong();
    *counts = c;
    return {};
}

} // namespace limitless::maintenance
