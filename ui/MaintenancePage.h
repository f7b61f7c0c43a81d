#pragma once

#include "maintenance/RetentionJob.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace limitless::db {
class Database;
}

namespace limitless::ui {

// The Maintenance page: the seed's data retention for the signed-in owner. Shows the dry
// run's counts per table, archives and deletes after a confirmation (on a worker, with
// progress and Cancel; an interrupted run resumes), lists the owner's archives and restores
// one. The work is maintenance::RetentionJob's; nothing here touches SQL.
class MaintenancePage : public QWidget {
    Q_OBJECT

public:
    explicit MaintenancePage(db::Database* database, QWidget* parent = nullptr);

    // Where archives go (default: RetentionRunner::defaultArchiveDir()); tests use their own.
    void setArchiveDir(const QString& dir);
    // The moment the policy is applied as of (default: now, at each count); tests fix it.
    void setAsOf(const QDateTime& asOf) { m_asOf = asOf; }

    // Counts again (the dry run).
    void refresh();
    maintenance::RetentionJob* job() const { return m_job; }

signals:
    void countsShown();
    void applyFinished(bool ok);
    void restoreFinished(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool ensureJob();
    maintenance::RetentionPolicy policy() const;
    void confirmApply();
    void confirmRestore();
    void showCounts(const maintenance::RetentionCounts& counts, const QString& pendingRun);
    void showProgress(const maintenance::RetentionProgress& progress);
    void showFinished(const maintenance::RetentionOutcome& outcome, const QString& error);
    void showFailure(const QString& error);
    void listArchives();
    void setBusy(bool busy, bool cancellable);

    db::Database* m_database;
    QPointer<maintenance::RetentionJob> m_job;
    QString m_jobConninfo;
    QByteArray m_jobClaims;
    QString m_archiveDir;
    QDateTime m_asOf;
    bool m_restoring = false;
    bool m_shownOnce = false;
    maintenance::RetentionCounts m_counts;

    QLabel* m_subtitle;
    QLabel* m_policyText;
    QTableWidget* m_countsTable;
    QLabel* m_note;
    QPushButton* m_count;
    QPushButton* m_apply;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_folder;
    QTableWidget* m_archives;
    QPushButton* m_restore;
};

} // namespace limitless::ui
