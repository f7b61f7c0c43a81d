// `limitless maintenance retention|restore|archives`: the seed's data retention from the
// command line (docs/maintenance.md). The CLI connects as a maintenance role, so the owner is
// named (--owner-email) or the database's only one; every query is scoped to that owner.
#include "cli/Cli.h"
#include "cli/TextTable.h"

#include "db/Additions.h"
#include "db/PgConnection.h"
#include "maintenance/RetentionPlanner.h"
#include "maintenance/RetentionRunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <csignal>

namespace limitless::cli {

using maintenance::RetentionCounts;
using maintenance::RetentionOutcome;
using maintenance::RetentionPolicy;
using maintenance::RetentionRunner;

namespace {

// lupdate files this namespace's tr() calls under "limitless::cli": translated there.
QString tr(const char* text)
{
    return QCoreApplication::translate("limitless::cli", text);
}

std::atomic_bool g_cancel{false};

void onSignal(int)
{
    g_cancel = true;
}

QString tableLabel(const QString& table)
{
    if (table == QLatin1String("conversations"))
        return tr("conversations");
    if (table == QLatin1String("analytics_events"))
        return tr("analytics events");
    if (table == QLatin1String("checkpoints"))
        return tr("checkpoints");
    if (table == QLatin1String("checkpoint_blobs"))
        return tr("checkpoint blobs");
    if (table == QLatin1String("checkpoint_writes"))
        return tr("checkpoint writes");
    return table;
}

void printOutcome(Cli& cli, const RetentionOutcome& o, bool restore)
{
    TextTable t;
    t.addColumn(tr("table"));
    t.addColumn(tr("archived"), TextTable::Align::Right);
    t.addColumn(restore ? tr("restored") : tr("deleted"), TextTable::Align::Right);
    for (const QString& table : maintenance::retentionTables())
        t.addRow({tableLabel(table), QString::number(o.archived.value(table)),
                  QString::number(o.changed.value(table))});
    t.print(cli.out());
}

} // namespace

int runMaintenance(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless maintenance"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(
        tr("Data retention. `retention --dry-run` counts, per table, what the retention policy "
           "removes: checkpoints of conversations finished (complete, nurture) more than 90 "
           "days ago, analytics events older than two years, conversations without a message for "
           "over a year (with their events and checkpoints; a conversation with a payment is "
           "kept, and payments are never touched). `retention --apply` first writes all of it "
           "to a compressed archive, then deletes it in batches; an interrupted apply (Ctrl+C, a "
           "lost connection) resumes where it stopped on the next --apply. `restore ARCHIVE` "
           "puts an archive's rows back (rows that exist are left alone). `archives` lists the "
           "owner's archives."));
    p.addPositionalArgument(QStringLiteral("action"), tr("retention, restore or archives"));
    p.addPositionalArgument(QStringLiteral("archive"), tr("the archive to restore"));
    p.addOption({QStringLiteral("dry-run"), tr("Only count what would be archived and deleted.")});
    p.addOption(
        {QStringLiteral("apply"), tr("Archive, then delete (or resume an interrupted run).")});
    p.addOption({QStringLiteral("as-of"),
                 tr("Apply the policy as of this time (ISO 8601, UTC; default now)."),
                 QStringLiteral("time")});
    p.addOption({QStringLiteral("batch-size"), tr("Rows per delete transaction (default 2000)."),
                 QStringLiteral("n")});
    p.addOption(
        {QStringLiteral("archive-dir"),
         tr("Folder of the archives (default %1).").arg(RetentionRunner::defaultArchiveDir()),
         QStringLiteral("dir")});
    p.addOption({QStringLiteral("owner-email"),
                 tr("The owner to act for (default: the database's only owner)."),
                 QStringLiteral("email")});
    cli.addCommonOptions();
    cli.setMaxPositional(2);
    if (!cli.parse(args))
        return cli.exitCode();
    const QString action = p.positionalArguments().value(0);
    if (action != QLatin1String("retention") && action != QLatin1String("restore") &&
        action != QLatin1String("archives"))
        return cli.fail(tr("Say what to do: retention, restore or archives."), ExitUsage);
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    const bool apply = p.isSet(QStringLiteral("apply"));
    if (action == QLatin1String("retention") && dryRun == apply)
        return cli.fail(tr("Say --dry-run or --apply (one of them)."), ExitUsage);
    if (action == QLatin1String("restore") && p.positionalArguments().size() != 2)
        return cli.fail(tr("Name the archive to restore."), ExitUsage);

    RetentionPolicy policy;
    policy.asOf = QDateTime::currentDateTimeUtc();
    if (p.isSet(QStringLiteral("as-of"))) {
        policy.asOf = QDateTime::fromString(p.value(QStringLiteral("as-of")), Qt::ISODateWithMs);
        if (!policy.asOf.isValid())
            return cli.fail(tr("--as-of is not an ISO 8601 time (2026-01-31T00:00:00Z)."),
                            ExitUsage);
    }
    if (p.isSet(QStringLiteral("batch-size"))) {
        bool ok = false;
        policy.batchSize = p.value(QStringLiteral("batch-size")).toInt(&ok);
        if (!ok || policy.batchSize < 1 || policy.batchSize > 100000)
            return cli.fail(tr("--batch-size must be a number from 1 to 100000."), ExitUsage);
    }
    const QString dir = p.isSet(QStringLiteral("archive-dir"))
                            ? p.value(QStringLiteral("archive-dir"))
                            : RetentionRunner::defaultArchiveDir();

    auto conn = cli.connect();
    if (!conn)
        return cli.exitCode();
    const QString owner = cli.resolveOwner(*conn, p.value(QStringLiteral("owner-email")));
    if (owner.isEmpty())
        return cli.exitCode() ? cli.exitCode() : ExitFailed;

    if (action == QLatin1String("archives")) {
        const auto list = RetentionRunner::archives(dir, owner);
        if (cli.json()) {
            QJsonArray a;
            for (const auto& info : list) {
                QJsonObject rows;
                for (auto it = info.rows.begin(); it != info.rows.end(); ++it)
                    rows.insert(it.key(), it.value());
                a.append(QJsonObject{
                    {QStringLiteral("path"), info.path},
                    {QStringLiteral("created_at"), info.createdAt.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("phase"), info.phase},
                    {QStringLiteral("rows"), rows}});
            }
            cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("archives"), a}}));
            return ExitOk;
        }
        TextTable t({tr("archive"), tr("created"), tr("rows"), tr("state")});
        for (const auto& info : list)
            t.addRow({info.path, info.createdAt.toUTC().toString(Qt::ISODate),
                      QString::number(info.totalRows()),
                      info.phase == QLatin1String("done") ? tr("applied")
                                                          : tr("interrupted: --apply resumes")});
        t.print(cli.out());
        if (list.isEmpty())
            cli.out() << tr("No archives in %1.").arg(dir) << "\n";
        return ExitOk;
    }

    if (!db::Additions::probe(*conn).retention)
        return cli.fail(tr("This database lacks the dashboard's data retention functions: run "
                           "`%1` first.")
                            .arg(db::Additions::installCommand()));

    if (action == QLatin1String("retention") && dryRun) {
        RetentionCounts counts;
        if (const db::DbError e = maintenance::RetentionPlanner(*conn, owner).plan(policy, &counts))
            return cli.fail(e);
        const QString pending = RetentionRunner::pendingJournal(dir, owner);
        if (cli.json()) {
            QJsonObject o{{QStringLiteral("as_of"), policy.asOf.toUTC().toString(Qt::ISODate)},
                          {QStringLiteral("counts"), counts.toJson()},
                          {QStringLiteral("total"), counts.total()},
                          {QStringLiteral("interrupted_run"), pending}};
            cli.printJson(QJsonDocument(o));
            return ExitOk;
        }
        cli.out() << tr("Retention as of %1 (dry run, nothing changed):")
                         .arg(policy.asOf.toUTC().toString(Qt::ISODate))
                  << "\n";
        TextTable t;
        t.addColumn(tr("table"));
        t.addColumn(tr("rows to archive and delete"), TextTable::Align::Right);
        for (const QString& table : maintenance::retentionTables())
            t.addRow({tableLabel(table), QString::number(counts.forTable(table))});
        t.addRow({tr("payments"), QStringLiteral("0")});
        t.print(cli.out());
        if (counts.conversationsKeptPaid > 0)
            cli.out() << tr("Inactive conversations kept for their payments: %1.")
                             .arg(counts.conversationsKeptPaid)
                      << "\n";
        if (!pending.isEmpty())
            cli.out() << tr("An interrupted run is waiting: --apply resumes it (%1).").arg(pending)
                      << "\n";
        return ExitOk;
    }

    RetentionRunner runner(*conn, owner);
    runner.setCancelFlag(&g_cancel);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    if (!cli.json())
        runner.setProgress([&cli](const maintenance::RetentionProgress& pr) {
            cli.err() << "\r" << pr.phase << " " << tableLabel(pr.table) << ": " << pr.done;
            if (pr.total > 0)
                cli.err() << " / " << pr.total;
            cli.err() << "        ";
            cli.err().flush();
        });
    RetentionOutcome outcome;
    QString error;
    const bool restore = action == QLatin1String("restore");
    const bool ok = restore ? runner.restore(p.positionalArguments().value(1), &outcome, &error)
                            : runner.apply(policy, dir, &outcome, &error);
    if (!cli.json())
        cli.err() << "\n";
    if (!ok) {
        cli.setErrorDetails(outcome.toJson());
        return cli.fail(error);
    }
    if (outcome.cancelled) {
        cli.setErrorDetails(outcome.toJson());
        return cli.fail(
            restore ? tr("Interrupted: the restore can be run again (rows already "
                         "back are left as they are).")
                    : tr("Interrupted: run --apply again to resume (%1).").arg(outcome.archivePath),
            ExitFailed, QStringLiteral("interrupted"));
    }
    if (cli.json()) {
        cli.printJson(QJsonDocument(outcome.toJson()));
        return ExitOk;
    }
    cli.out() << (restore ? tr("Restored from %1:") : tr("Archived to %1 and deleted:"))
                     .arg(outcome.archivePath)
              << "\n";
    if (outcome.resumed)
        cli.out() << tr("(an interrupted run was resumed)") << "\n";
    printOutcome(cli, outcome, restore);
    if (!restore && outcome.keptPaid > 0)
        cli.out() << tr("Inactive conversations kept for their payments: %1.").arg(outcome.keptPaid)
                  << "\n";
    return ExitOk;
}

} // namespace limitless::cli
