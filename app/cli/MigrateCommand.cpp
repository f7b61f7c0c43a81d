// `limitless migrate`: lists the migrations a database lacks and applies them in one
// transaction, with the same bookkeeping as `drizzle-kit migrate`.
#include "cli/Cli.h"

#include "db/Migrator.h"
#include "db/PgConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace limitless::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
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
        tr("Lists the database migrations that the database lacks and applies them, all in one "
           "transaction. Keeps drizzle-kit's bookkeeping (drizzle.__drizzle_migrations), so the "
           "web project's `drizzle-kit migrate` and this command agree on what is applied. "
           "Refuses a database whose applied migrations differ from this build's."));
    cli.addCommonOptions();
    p.addOption(
        {QStringLiteral("dry-run"), tr("Only list the pending migrations; change nothing.")});
    cli.setMaxPositional(0);
    if (!cli.parse(args))
        return cli.exitCode();
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));

    auto conn = cli.connect();
    if (!conn)
        return cli.exitCode();

    db::Migrator migrator(*conn);
    db::DbError error;
    const QList<db::Migration> pending = migrator.pending(&error);
    if (error)
        return cli.fail(error);
    const int alreadyApplied = int(migrator.migrations().migrations().size() - pending.size());

    QStringList applied;
    if (!dryRun && !pending.isEmpty()) {
        if (db::DbError e = migrator.migrate(&applied))
            return cli.fail(tr("Nothing was applied: %1").arg(e.toString()));
    }

    if (cli.json()) {
        QJsonArray pendingJson;
        for (const db::Migration& m : pending)
            pendingJson.append(QJsonObject{{QStringLiteral("tag"), m.tag},
                                           {QStringLiteral("created_at"), m.createdAt},
                                           {QStringLiteral("hash"), m.hash}});
        cli.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("dry_run"), dryRun},
                        {QStringLiteral("pending"), pendingJson},
                        {QStringLiteral("applied"), QJsonArray::fromStringList(applied)},
                        {QStringLiteral("already_applied"), alreadyApplied},
                        {QStringLiteral("embedding_type"), embeddingType(*conn)}}));
        return 0;
    }

    QTextStream& out = cli.out();
    if (pending.isEmpty()) {
        out << QCoreApplication::translate("Cli",
                                           "The database is up to date (%n migration(s) applied).",
                                           nullptr, alreadyApplied)
            << Qt::endl;
        return 0;
    }
    out << tr("Pending migrations:") << Qt::endl;
    for (const db::Migration& m : pending)
        out << "  " << m.tag << "  (" << whenText(m.createdAt) << ")" << Qt::endl;
    if (dryRun) {
        out << tr("Dry run: nothing was applied.") << Qt::endl;
        return 0;
    }
    out << QCoreApplication::translate("Cli", "Applied %n migration(s) in one transaction.",
                                       nullptr, int(applied.size()))
        << Qt::endl;
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
