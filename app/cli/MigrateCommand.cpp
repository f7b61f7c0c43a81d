// `limitless migrate`: installs the dashboard's additions next to the seed's tables (creating
// those only on an empty database), in one transaction, with the dashboard's own bookkeeping.
#include "cli/Cli.h"

#include "db/Additions.h"
#include "db/Migrator.h"
#include "db/PgConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace limitless::cli {

namespace {

// lupdate files this namespace's tr() calls under "limitless::cli": translated there.
QString tr(const char* text)
{
    return QCoreApplication::translate("limitless::cli", text);
}

QString whenText(qint64 createdAt)
{
    return QDateTime::fromMSecsSinceEpoch(createdAt, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// How the embeddings column came out: vector(1536) with pgvector, real[] without.
QString embeddingType(db::PgConnection& conn)
{
    const db::QueryResult r =
        conn.exec(QStringLiteral("select format_type(a.atttypid, a.atttypmod) from pg_attribute a "
                                 "where a.attrelid = to_regclass('public.document_embeddings') "
                                 "and a.attname = 'embedding' and not a.attisdropped"));
    return r.ok() ? r.scalar().toString() : QString();
}

} // namespace

int runMigrate(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless migrate"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(
        tr("Installs the dashboard's additions (row-level security, live-update notifications, "
           "funnel roll-ups, indexes, transcript functions) in a database, all in one "
           "transaction. On a database where the seed's tables exist (made by the web "
           "project's drizzle-kit migrations) it checks them against the seed and adds only "
           "the dashboard's own objects, kept in schema \"limitless\" with their own "
           "bookkeeping; the web project's drizzle.__drizzle_migrations is never touched. On an "
           "empty database it creates the seed's tables first. Refuses, changing nothing, what "
           "it cannot vouch for."));
    cli.addCommonOptions();
    p.addOption(
        {QStringLiteral("dry-run"), tr("Only list what would be done; change nothing.")});
    cli.setMaxPositional(0);
    if (!cli.parse(args))
        return cli.exitCode();
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));

    auto conn = cli.connect();
    if (!conn)
        return cli.exitCode();

    db::Migrator migrator(*conn);
    db::Migrator::Plan plan;
    if (db::DbError e = migrator.migrate(&plan, dryRun))
        return cli.fail(e);
    const db::Additions additions = db::Additions::probe(*conn);
    const QString seedState = plan.seed == db::Migrator::Plan::Seed::Create ? QStringLiteral("created")
                              : plan.seed == db::Migrator::Plan::Seed::Adopt
                                  ? QStringLiteral("found")
                                  : QStringLiteral("ours");

    if (cli.json()) {
        QJsonArray pendingJson;
        QStringList tags;
        for (const db::Migration& m : plan.pending) {
            pendingJson.append(QJsonObject{{QStringLiteral("tag"), m.qualifiedTag()},
                                           {QStringLiteral("created_at"), m.createdAt},
                                           {QStringLiteral("hash"), m.hash}});
            tags << m.qualifiedTag();
        }
        cli.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("seed_tables"),
             dryRun && plan.seed == db::Migrator::Plan::Seed::Create ? QStringLiteral("absent")
                                                                     : seedState},
            {QStringLiteral("pending"), pendingJson},
            {QStringLiteral("applied"), QJsonArray::fromStringList(dryRun ? QStringList() : tags)},
            {QStringLiteral("already_applied"), plan.appliedAdditions},
            {QStringLiteral("legacy_converted"), plan.legacy && !dryRun},
            {QStringLiteral("seed_warnings"), QJsonArray::fromStringList(plan.seedWarnings)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes)},
            {QStringLiteral("additions"), additions.summary()},
            {QStringLiteral("embedding_type"), embeddingType(*conn)}}));
        return 0;
    }

    QTextStream& out = cli.out();
    switch (plan.seed) {
    case db::Migrator::Plan::Seed::Create:
        out << (dryRun ? tr("The database has none of the seed's tables: they would be created.")
                       : tr("The database had none of the seed's tables: they were created."))
            << Qt::endl;
        break;
    case db::Migrator::Plan::Seed::Adopt:
        out << tr("The seed's seven tables are here and match the seed (made by the web "
                  "project); the dashboard leaves them to it.")
            << Qt::endl;
        break;
    case db::Migrator::Plan::Seed::Ours:
        out << tr("The seed's seven tables are here (created by the dashboard).") << Qt::endl;
        break;
    }
    for (const QString& w : plan.seedWarnings)
        out << tr("  Note: %1").arg(w) << Qt::endl;
    for (const QString& n : plan.notes)
        out << n << Qt::endl;
    if (plan.pending.isEmpty() && !plan.legacy) {
        out << QCoreApplication::translate(
                   "Cli", "The dashboard's additions are up to date (%n migration(s) applied).",
                   nullptr, plan.appliedAdditions)
            << Qt::endl;
        return 0;
    }
    out << (dryRun ? tr("Would apply:") : tr("Applied:")) << Qt::endl;
    for (const db::Migration& m : plan.pending)
        out << "  " << m.qualifiedTag() << "  (" << whenText(m.createdAt) << ")" << Qt::endl;
    if (dryRun) {
        out << tr("Dry run: nothing was changed.") << Qt::endl;
        return 0;
    }
    out << QCoreApplication::translate("Cli", "Applied %n migration(s) in one transaction.",
                                       nullptr, int(plan.pending.size()))
        << Qt::endl;
    out << tr("Dashboard additions: %1.").arg(additions.summary()) << Qt::endl;
    const QString type = embeddingType(*conn);
    if (type.startsWith(QLatin1String("vector")))
        out << tr("Embeddings: %1 with an HNSW index (pgvector).").arg(type) << Qt::endl;
    else if (!type.isEmpty())
        out << tr("Embeddings: %1 (pgvector is not available; the app searches exactly, "
                  "in-process).")
                   .arg(type)
            << Qt::endl;
    return 0;
}

} // namespace limitless::cli
