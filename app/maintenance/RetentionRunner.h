#pragma once

#include "maintenance/RetentionJournal.h"
#include "maintenance/RetentionPolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace limitless::db {
class PgConnection;
}

namespace limitless::maintenance {

class ArchiveReader;
class ArchiveWriter;

// Where a run or a restore is: phase "archiving" / "deleting" / "restoring", the table, rows
// done and the table's total.
struct RetentionProgress {
    QString phase;
    QString table;
    qint64 done = 0;
    qint64 total = 0;
    int batches = 0; // batches committed in this call so far (all tables)
};

// What a run or a restore did.
struct RetentionOutcome {
    QString archivePath;
    bool resumed = false;            // an interrupted run was continued
    bool cancelled = false;          // stopped on request; the journal holds where
    QHash<QString, qint64> archived; // rows per table in the archive
    QHash<QString, qint64> changed;  // rows deleted (apply) or inserted (restore) per table
    qint64 keptPaid = 0;             // inactive conversations kept for their payments
    QJsonObject toJson() const;
};

// An archive in the archive directory, as the Maintenance page lists it.
struct ArchiveInfo {
    QString path;
    QDateTime createdAt;
    QString phase; // of its journal: "deleting" = interrupted, "done", or empty
    QHash<QString, qint64> rows;
    qint64 totalRows() const;
};

// Runs the retention policy for one owner: writes every row that goes into an archive
// (ArchiveWriter), then deletes exactly the archived rows in batches of policy.batchSize,
// one transaction each, recording each committed batch in the run's journal. A cancelled or
// failed run resumes on the next apply() in the same directory. restore() puts an archive's
// rows back, idempotently. Payments are never read or written. Blocking: run it on a worker
// thread with its own connection; cancel through the flag.
class RetentionRunner {
    Q_DECLARE_TR_FUNCTIONS(RetentionRunner)

public:
    using ProgressFn = std::function<void(const RetentionProgress&)>;

    RetentionRunner(db::PgConnection& conn, QString ownerId, QByteArray claims = {})
        : m_conn(conn), m_ownerId(std::move(ownerId)), m_claims(std::move(claims))
    {}

    // Checked between batches; set it from any thread.
    void setCancelFlag(const std::atomic_bool* flag) { m_cancel = flag; }
    // Called on the runner's thread after every page archived and every batch committed.
    void setProgress(ProgressFn fn) { m_progress = std::move(fn); }

    // Resumes the owner's unfinished run in `archiveDir` if there is one (its own policy),
    // otherwise starts a new run with `policy`. Returns false with `error` on failure; a
    // cancel is not a failure (outcome->cancelled).
    bool apply(const RetentionPolicy& policy, const QString& archiveDir, RetentionOutcome* outcome,
               QString* error);
    // Puts an archive's rows back for this owner; rows that exist are left as they are.
    bool restore(const QString& archivePath, RetentionOutcome* outcome, QString* error);

    // Where archives are kept unless the owner names a folder: the user's data folder,
    // shared by the dashboard and the CLI (…/limitless/archives).
    static QString defaultArchiveDir();
    // The owner's unfinished run's journal in `archiveDir`, or empty.
    static QString pendingJournal(const QString& archiveDir, const QString& ownerId);
    // The owner's archives in `archiveDir`, newest first.
    static QList<ArchiveInfo> archives(const QString& archiveDir, const QString& ownerId);

private:
    bool archive(RetentionJournal& journal, RetentionOutcome* outcome, QString* error);
    bool archiveConversations(ArchiveWriter& writer, const RetentionPolicy& policy, qint64* rows,
                              QString* error);
    bool archiveThreads(ArchiveWriter& writer, const RetentionPolicy& policy,
                        QHash<QString, qint64>* rows, QString* error);
    bool archiveEvents(ArchiveWriter& writer, const RetentionPolicy& policy, qint64* rows,
                       QString* error);
    bool deleteArchived(RetentionJournal& journal, RetentionOutcome* outcome, QString* error);
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void report(const RetentionProgress& p) const
    {
        if (m_progress)
            m_progress(p);
    }

    db::PgConnection& m_conn;
    QString m_ownerId;
    QByteArray m_claims;
    const std::atomic_bool* m_cancel = nullptr;
    ProgressFn m_progress;
    int m_batches = 0;
};

} // namespace limitless::maintenance
