#pragma once

#include "maintenance/RetentionPlanner.h"
#include "maintenance/RetentionRunner.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace limitless::maintenance {

// Runs the retention planner, an apply or a restore on a worker thread with a connection of
// its own (conninfo and claims of the signed-in session), for the Maintenance page: results
// and progress arrive as signals on the thread that owns the job; cancel() stops an apply
// between two batches (it resumes later). One operation at a time.
class RetentionJob : public QObject {
    Q_OBJECT

public:
    RetentionJob(QString conninfo, QByteArray claims, QObject* parent = nullptr);
    ~RetentionJob() override;

    void setArchiveDir(const QString& dir) { m_archiveDir = dir; }
    QString archiveDir() const { return m_archiveDir; }
    bool busy() const { return m_busy; }

    void plan(const RetentionPolicy& policy);
    void apply(const RetentionPolicy& policy);
    void restore(const QString& archivePath);
    void cancel() { m_cancel->store(true); }

    // The owner's archives (reads the folder; quick).
    QList<ArchiveInfo> archives() const;
    QString ownerId() const { return m_ownerId; }

signals:
    void planned(const limitless::maintenance::RetentionCounts& counts, const QString& pendingRun);
    void progress(const limitless::maintenance::RetentionProgress& progress);
    void finished(const limitless::maintenance::RetentionOutcome& outcome, const QString& error);
    void failed(const QString& error);

private:
    enum class Kind { Plan, Apply, Restore };
    void start(Kind kind, const RetentionPolicy& policy, const QString& archivePath);

    QString m_conninfo;
    QByteArray m_claims;
    QString m_archiveDir;
    QString m_ownerId;
    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace limitless::maintenance

Q_DECLARE_METATYPE(limitless::maintenance::RetentionCounts)
Q_DECLARE_METATYPE(limitless::maintenance::RetentionProgress)
Q_DECLARE_METATYPE(limitless::maintenance::RetentionOutcome)
