#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace limitless::maintenance {

// What the retention run removes (the seed's "Data Retention & Cleanup"): checkpoints of
// conversations finished ('complete', 'nurture') more than `checkpointDays` ago, analytics
// events older than `eventDays`, conversations without a message for more than
// `inactiveDays` (with their events and checkpoints; never one that has a payment). All
// relative to `asOf` (now, unless a test or the owner names another moment).
struct RetentionPolicy {
    QDateTime asOf;
    int checkpointDays = 90;
    int eventDays = 730;
    int inactiveDays = 365;
    int batchSize = 2000; // rows per delete or restore transaction

    QDateTime checkpointCutoff() const { return asOf.addDays(-checkpointDays); }
    QDateTime eventCutoff() const { return asOf.addDays(-eventDays); }
    QDateTime inactiveCutoff() const { return asOf.addDays(-inactiveDays); }

    QJsonObject toJson() const;
    static RetentionPolicy fromJson(const QJsonObject& o);
    // A cutoff as the SQL parameter the queries cast with ::timestamp (UTC, no zone).
    static QString sqlTime(const QDateTime& t);
};

// The tables a run archives, in the order rows are deleted (dependants first); a restore
// goes the other way.
inline QStringList retentionTables()
{
    return {QStringLiteral("checkpoint_writes"), QStringLiteral("checkpoint_blobs"),
            QStringLiteral("checkpoints"), QStringLiteral("analytics_events"),
            QStringLiteral("conversations")};
}

} // namespace limitless::maintenance
