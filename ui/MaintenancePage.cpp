#include "MaintenancePage.h"
#include "PageHeader.h"

#include "MessageBox.h"
#include "db/Database.h"
#include "maintenance/RetentionRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace limitless::ui {

using maintenance::RetentionCounts;
using maintenance::RetentionJob;
using maintenance::RetentionOutcome;
using maintenance::RetentionProgress;
using maintenance::RetentionRunner;

namespace {

QString tableLabel(const QString& table)
{
    if (table == QLatin1String("conversations"))
        return MaintenancePage::tr("Conversations (inactive over a year)");
    if (table == QLatin1String("analytics_events"))
        return MaintenancePage::tr(
            "Analytics events (older than two years, or of those conversations)");
    if (table == QLatin1String("checkpoints"))
        return MaintenancePage::tr("Checkpoints (finished over 90 days ago)");
    if (table == QLatin1String("checkpoint_blobs"))
        return MaintenancePage::tr("Checkpoint blobs");
    if (table == QLatin1String("checkpoint_writes"))
        return MaintenancePage::tr("Checkpoint writes");
    return table;
}

QString phaseLabel(const QString& phase)
{
    if (phase == QLatin1String("archiving"))
        return MaintenancePage::tr("Archiving");
    if (phase == QLatin1String("deleting"))
        return MaintenancePage::tr("Deleting");
    if (phase == QLatin1String("restoring"))
        return MaintenancePage::tr("Restoring");
    return phase;
}

QTableWidget* makeTable(const QStringList& headings, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headings.size()), parent);
    t->setHorizontalHeaderLabels(headings);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headings.size(); ++c)
        t->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return t;
}

QTableWidgetItem* number(qint64 n)
{
    auto* item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

MaintenancePage::MaintenancePage(db::Database* database, QWidget* parent)
    : QWidget(parent), m_database(database), m_archiveDir(RetentionRunner::defaultArchiveDir()),
      m_subtitle(new QLabel(this)), m_policyText(new QLabel(this)),
      m_countsTable(makeTable({tr("Table"), tr("Rows to archive and delete")}, this)),
      m_note(new QLabel(this)), m_count(new QPushButton(tr("Count again"), this)),
      m_apply(new QPushButton(tr("Archive and delete…"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_folder(new QLabel(this)),
      m_archives(makeTable({tr("Archive"), tr("Created"), tr("Rows"), tr("State")}, this)),
      m_restore(new QPushButton(tr("Restore…"), this))
{
    setObjectName(QStringLiteral("maintenancePage"));
    auto* title = PageHeader::makeTitle(tr("Maintenance"), this);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setText(tr("Data retention"));
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(title, 0, Qt::AlignBaseline);
    header->addWidget(m_subtitle, 0, Qt::AlignBaseline);
    header->addStretch(1);

    m_policyText->setWordWrap(true);
    m_policyText->setText(
        tr("Checkpoints of conversations finished (complete or nurture) more than 90 days ago, "
           "analytics events older than two years and conversations without a message for over "
           "a year are first written to a compressed archive that you keep, then deleted in "
           "batches. A conversation with a payment is kept; payments are never touched."));
    m_countsTable->setObjectName(QStringLiteral("retentionCounts"));
    m_countsTable->setAccessibleName(tr("Rows past their retention period, per table"));
    m_note->setObjectName(QStringLiteral("retentionNote"));
    m_note->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("retentionApply"));
    m_cancel->setObjectName(QStringLiteral("retentionCancel"));
    m_count->setObjectName(QStringLiteral("retentionCount"));
    m_progress->setObjectName(QStringLiteral("retentionProgress"));
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("retentionStatus"));
    m_status->setWordWrap(true);
    m_cancel->setEnabled(false);
    m_apply->setEnabled(false);

    auto* retention = new QGroupBox(tr("Data retention"), this);
    auto* rl = new QVBoxLayout(retention);
    rl->addWidget(m_policyText);
    rl->addWidget(m_countsTable, 1);
    rl->addWidget(m_note);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_apply);
    rl->addLayout(buttons);
    rl->addWidget(m_progress);
    rl->addWidget(m_status);

    m_archives->setObjectName(QStringLiteral("retentionArchives"));
    m_archives->setAccessibleName(tr("Retention archives"));
    m_restore->setObjectName(QStringLiteral("retentionRestore"));
    m_restore->setEnabled(false);
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* archives = new QGroupBox(tr("Archives"), this);
    auto* al = new QVBoxLayout(archives);
    al->addWidget(m_folder);
    al->addWidget(m_archives, 1);
    auto* restoreRow = new QHBoxLayout;
    restoreRow->addStretch(1);
    restoreRow->addWidget(m_restore);
    al->addLayout(restoreRow);

    // In a scroll area: a short window (or a longer translation of the explanations) scrolls
    // the page instead of laying the buttons over the table.
    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("maintenanceContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(retention, 3);
    layout->addWidget(archives, 2);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("maintenanceScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_count, &QPushButton::clicked, this, &MaintenancePage::refresh);
    connect(m_apply, &QPushButton::clicked, this, &MaintenancePage::confirmApply);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_status->setText(tr("Stopping after the current batch…"));
    });
    connect(m_restore, &QPushButton::clicked, this, &MaintenancePage::confirmRestore);
    connect(m_archives, &QTableWidget::itemSelectionChanged, this, [this] {
        m_restore->setEnabled(!m_archives->selectedItems().isEmpty() && m_job && !m_job->busy());
    });
    setArchiveDir(m_archiveDir);
}

void MaintenancePage::setArchiveDir(const QString& dir)
{
    m_archiveDir = dir;
    if (m_job)
        m_job->setArchiveDir(dir);
    m_folder->setText(tr("Archives are kept in %1").arg(QDir::toNativeSeparators(dir)));
}

void MaintenancePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        refresh();
    }
}

bool MaintenancePage::ensureJob()
{
    if (!m_database || m_database->conninfo().isEmpty()) {
        m_status->setText(tr("Not connected to a database."));
        return false;
    }
    if (m_job && m_job->busy())
        return true;
    if (!m_job || m_jobConninfo != m_database->conninfo() || m_jobClaims != m_database->claims()) {
        delete m_job;
        m_jobConninfo = m_database->conninfo();
        m_jobClaims = m_database->claims();
        m_job = new RetentionJob(m_jobConninfo, m_jobClaims, this);
        m_job->setArchiveDir(m_archiveDir);
        connect(m_job, &RetentionJob::planned, this, &MaintenancePage::showCounts);
        connect(m_job, &RetentionJob::progress, this, &MaintenancePage::showProgress);
        connect(m_job, &RetentionJob::finished, this, &MaintenancePage::showFinished);
        connect(m_job, &RetentionJob::failed, this, &MaintenancePage::showFailure);
    }
    return true;
}

maintenance::RetentionPolicy MaintenancePage::policy() const
{
    maintenance::RetentionPolicy p;
    p.asOf = m_asOf.isValid() ? m_asOf : QDateTime::currentDateTimeUtc();
    return p;
}

void MaintenancePage::refresh()
{
    if (!ensureJob() || m_job->busy())
        return;
    setBusy(true, false);
    m_status->setText(tr("Counting…"));
    m_job->plan(policy());
}

void MaintenancePage::setBusy(bool busy, bool cancellable)
{
    m_count->setEnabled(!busy);
    m_apply->setEnabled(!busy && (m_counts.total() > 0 || m_note->property("pending").toBool()));
    m_cancel->setEnabled(busy && cancellable);
    m_restore->setEnabled(!busy && !m_archives->selectedItems().isEmpty());
    m_progress->setVisible(busy && cancellable);
}

void MaintenancePage::showCounts(const RetentionCounts& counts, const QString& pendingRun)
{
    m_counts = counts;
    const QStringList tables = maintenance::retentionTables();
    m_countsTable->setRowCount(int(tables.size()) + 1);
    int row = 0;
    for (auto it = tables.crbegin(); it != tables.crend(); ++it, ++row) {
        m_countsTable->setItem(row, 0, new QTableWidgetItem(tableLabel(*it)));
        m_countsTable->setItem(row, 1, number(counts.forTable(*it)));
    }
    m_countsTable->setItem(row, 0, new QTableWidgetItem(tr("Payments (never deleted)")));
    m_countsTable->setItem(row, 1, number(0));
    // Six rows: show them all rather than a scroll bar.
    int height = m_countsTable->horizontalHeader()->height() + 2 * m_countsTable->frameWidth();
    for (int r = 0; r < m_countsTable->rowCount(); ++r)
        height += m_countsTable->rowHeight(r);
    m_countsTable->setMinimumHeight(height);
    QStringList notes;
    if (counts.conversationsKeptPaid > 0)
        notes << tr("Kept because of a payment: %n inactive conversation(s).", nullptr,
                    int(counts.conversationsKeptPaid));
    if (!pendingRun.isEmpty())
        notes << tr("An earlier run was interrupted: “Archive and delete” resumes it.");
    m_note->setProperty("pending", !pendingRun.isEmpty());
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_status->setText(
        counts.total() == 0 && pendingRun.isEmpty()
            ? tr("Nothing is due for archiving as of %1.")
                  .arg(QLocale().toString(policy().asOf.toLocalTime(), QLocale::ShortFormat))
            : tr("Counted as of %1.")
                  .arg(QLocale().toString(policy().asOf.toLocalTime(), QLocale::ShortFormat)));
    setBusy(false, false);
    listArchives();
    emit countsShown();
}

void MaintenancePage::confirmApply()
{
    if (!m_job || m_job->busy())
        return;
    const bool pending = m_note->property("pending").toBool();
    const QString text =
        pending ? tr("Resume the interrupted run? Its archive is complete; the rest of its rows "
                     "will be deleted.")
                : tr("Archive and then delete %n row(s)? They can be restored from the archive. "
                     "Payments are kept.",
                     nullptr, int(std::min<qint64>(m_counts.total(), INT_MAX)));
    MessageBox::question(this, tr("Archive and delete"), text, [this](MessageBox::Button answer) {
        if (answer != QMessageBox::Yes || !ensureJob() || m_job->busy())
            return;
        m_restoring = false;
        setBusy(true, true);
        m_progress->setRange(0, 0);
        m_status->setText(tr("Starting…"));
        m_job->apply(policy());
    });
}

void MaintenancePage::confirmRestore()
{
    const auto selected = m_archives->selectedItems();
    if (selected.isEmpty() || !ensureJob() || m_job->busy())
        return;
    const QString path =
        m_archives->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
    MessageBox::question(
        this, tr("Restore"),
        tr("Put the rows of %1 back? Rows that exist already are left as they are.")
            .arg(QFileInfo(path).fileName()),
        [this, path](MessageBox::Button answer) {
            if (answer != QMessageBox::Yes || !ensureJob() || m_job->busy())
                return;
            m_restoring = true;
            setBusy(true, true);
            m_progress->setRange(0, 0);
            m_status->setText(tr("Restoring…"));
            m_job->restore(path);
        });
}

void MaintenancePage::showProgress(const RetentionProgress& p)
{
    if (p.total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * p.done / p.total));
    } else {
        m_progress->setRange(0, 0);
    }
    m_status->setText(
        tr("%1 %2: %3")
            .arg(phaseLabel(p.phase), tableLabel(p.table),
                 p.total > 0
                     ? tr("%1 of %2").arg(QLocale().toString(p.done), QLocale().toString(p.total))
                     : QLocale().toString(p.done)));
}

void MaintenancePage::showFinished(const RetentionOutcome& outcome, const QString& error)
{
    const bool restoring = m_restoring;
    setBusy(false, false);
    qint64 changed = 0;
    for (const qint64 n : outcome.changed)
        changed += n;
    if (!error.isEmpty())
        m_status->setText(restoring ? tr("The restore failed: %1").arg(error)
                                    : tr("The run stopped: %1 It resumes on the next “Archive and "
                                         "delete”.")
                                          .arg(error));
    else if (outcome.cancelled)
        m_status->setText(restoring
                              ? tr("Restore cancelled; it can be run again.")
                              : tr("Cancelled. “Archive and delete” resumes where it stopped."));
    else
        m_status->setText(restoring ? tr("Restored %n row(s).", nullptr, int(changed))
                                    : tr("Archived and deleted %n row(s).", nullptr, int(changed)));
    const QString status = m_status->text();
    if (restoring)
        emit restoreFinished(error.isEmpty() && !outcome.cancelled);
    else
        emit applyFinished(error.isEmpty() && !outcome.cancelled);
    refresh();
    // Keep the outcome visible while the counts refresh.
    m_status->setText(status);
}

void MaintenancePage::showFailure(const QString& error)
{
    setBusy(false, false);
    m_status->setText(error);
}

void MaintenancePage::listArchives()
{
    const QList<maintenance::ArchiveInfo> list =
        m_job ? m_job->archives() : QList<maintenance::ArchiveInfo>{};
    m_archives->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const auto& info = list[row];
        auto* name = new QTableWidgetItem(QFileInfo(info.path).fileName());
        name->setData(Qt::UserRole, info.path);
        name->setToolTip(QDir::toNativeSeparators(info.path));
        m_archives->setItem(row, 0, name);
        m_archives->setItem(row, 1,
                            new QTableWidgetItem(QLocale().toString(info.createdAt.toLocalTime(),
                                                                    QLocale::ShortFormat)));
        m_archives->setItem(row, 2, number(info.totalRows()));
        m_archives->setItem(row, 3,
                            new QTableWidgetItem(info.phase == QLatin1String("done")
                                                     ? tr("Applied")
                                                     : tr("Interrupted")));
    }
}

} // namespace limitless::ui
