#include "db/Migrator.h"

#include "core/Logging.h"
#include "db/PgConnection.h"

#include <QSet>

namespace limitless::db {

namespace {

// drizzle-orm's PgDialect.migrate() issues exactly these two statements (pg-core/dialect.js),
// so a database set up by either side has the same bookkeeping table.
const QString kCreateSchema = QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"drizzle\"");
const QString kCreateTable = QStringLiteral(R"(
			CREATE TABLE IF NOT EXISTS "drizzle"."__drizzle_migrations" (
				id SERIAL PRIMARY KEY,
				hash text NOT NULL,
				created_at bigint
			)
		)");
const QString kTableExists =
    QStringLiteral("select to_regclass('\"drizzle\".\"__drizzle_migrations\"') is not null");
const QString kSelectApplied = QStringLiteral(
    "select id, hash, created_at from \"drizzle\".\"__drizzle_migrations\" order by id");
const QString kInsertApplied = QStringLiteral(
    "insert into \"drizzle\".\"__drizzle_migrations\" (\"hash\", \"created_at\") values ($1, $2)");

} // namespace

Migrator::Migrator(PgConnection& connection, MigrationSet migrations)
    : m_conn(connection), m_set(std::move(migrations))
{}

DbError Migrator::migrationError(const QString& message) const
{
    DbError e;
    e.kind = DbError::Kind::Migration;
    e.message = message;
    return e;
}

DbError Migrator::run(const QString& sql)
{
    return m_conn.execScript(sql).error;
}

QList<Migrator::AppliedRow> Migrator::readApplied(DbError* error)
{
    QList<AppliedRow> rows;
    const QueryResult exists = m_conn.exec(kTableExists);
    if (!exists.ok()) {
        *error = exists.error;
        return rows;
    }
    if (!exists.scalar().toBool())
        return rows;
    const QueryResult r = m_conn.exec(kSelectApplied);
    if (!r.ok()) {
        *error = r.error;
        return rows;
    }
    for (int i = 0; i < r.rowCount(); ++i) {
        AppliedRow row;
        row.id = r.value(i, 0).toLongLong();
        row.hash = r.value(i, 1).toString();
        const QVariant createdAt = r.value(i, 2);
        row.hasCreatedAt = createdAt.isValid();
        row.createdAt = createdAt.toLongLong();
        rows.append(row);
    }
    return rows;
}

QList<Migrator::AppliedRow> Migrator::applied(DbError* error)
{
    DbError e;
    const QList<AppliedRow> rows = readApplied(&e);
    if (error)
        *error = e;
    return rows;
}

QList<Migration> Migrator::plan(const QList<AppliedRow>& rows, DbError* error) const
{
    qint64 latest = 0;
    QSet<qint64> appliedAt;
    for (const AppliedRow& row : rows) {
        if (!row.hasCreatedAt) {
            *error = migrationError(
                tr("The database records an applied migration without a created_at (row %1 of "
                   "drizzle.__drizzle_migrations); neither this app nor drizzle-kit can tell "
                   "which migration it stands for. Refusing to migrate.")
                    .arg(row.id));
            return {};
        }
        const Migration* known = m_set.findByCreatedAt(row.createdAt);
        if (!known) {
            *error = migrationError(
                tr("The database was migrated by a newer version of the app or of the web "
                   "project: it records an applied migration (created_at %1, hash %2) that this "
                   "build does not know. Refusing to migrate; update the app.")
                    .arg(row.createdAt)
                    .arg(row.hash));
            return {};
        }
        if (known->hash != row.hash) {
            *error = migrationError(
                tr("The migration file %1 has changed since it was applied to this database "
                   "(hash applied: %2, file: %3). Applied migrations must never be edited: "
                   "restore the file and put the change in a new migration. Refusing to "
                   "migrate.")
                    .arg(known->fileName(), row.hash, known->hash));
            return {};
        }
        appliedAt.insert(row.createdAt);
        latest = std::max(latest, row.createdAt);
    }
    QList<Migration> pending;
    for (const Migration& m : m_set.migrations()) {
        if (m.createdAt > latest) {
            pending.append(m);
        } else if (!appliedAt.contains(m.createdAt)) {
            *error = migrationError(
                tr("The migration file %1 is older than the newest migration applied to this "
                   "database but was never applied; drizzle-kit would skip it for ever. Give it "
                   "a newer \"when\" in the journal. Refusing to migrate.")
                    .arg(m.fileName()));
            return {};
        }
    }
    return pending;
}

QList<Migration> Migrator::pending(DbError* error)
{
    DbError e = m_set.error();
    QList<Migration> result;
    if (!e) {
        const QList<AppliedRow> rows = readApplied(&e);
        if (!e)
            result = plan(rows, &e);
    }
    if (error)
        *error = e;
    return e ? QList<Migration>() : result;
}

DbError Migrator::apply(const Migration& m)
{
    const qsizetype count = m.statements.size();
    for (qsizetype i = 0; i < count; ++i) {
        // The simple query protocol, one piece at a time, as drizzle's node-postgres session
        // sends them. A piece that is empty or only comments is not an error there either.
        PgResultPtr r(PQexec(m_conn.raw(), m.statements.at(i).toUtf8().constData()));
        if (r && PQresultStatus(r.get()) == PGRES_EMPTY_QUERY)
            continue;
        const QueryResult q = m_conn.convert(r.get());
        if (!q.ok()) {
            DbError e = q.error;
            e.message = tr("Migration %1 failed at statement %2 of %3: %4")
                            .arg(m.fileName())
                            .arg(i + 1)
                            .arg(count)
                            .arg(q.error.message);
            return e;
        }
    }
    const QueryResult rec = m_conn.exec(kInsertApplied, {m.hash, m.createdAt});
    return rec.error;
}

DbError Migrator::migrate(QStringList* appliedTags, bool dryRun)
{
    if (appliedTags)
        appliedTags->clear();
    if (!m_set.isValid())
        return m_set.error();
    if (dryRun) {
        DbError e;
        const QList<Migration> todo = pending(&e);
        if (!e && appliedTags)
            for (const Migration& m : todo)
                appliedTags->append(m.tag);
        return e;
    }
    if (m_conn.transactionStatus() != PQTRANS_IDLE)
        return migrationError(tr("Migrations must run outside any open transaction, so that "
                                 "they commit or roll back as one."));

    if (DbError e = run(QStringLiteral("BEGIN")))
        return e;
    QStringList done;
    const DbError e = [&]() -> DbError {
        // Only warnings and errors: "already exists, skipping" notices are expected on re-runs.
        QueryResult r = m_conn.exec(
            QStringLiteral("select set_config('client_min_messages', 'warning', true)"));
        if (!r.ok())
            return r.error;
        // Held until commit or rollback; a second migrator waits here and then sees our rows.
        r = m_conn.exec(QStringLiteral("select pg_advisory_xact_lock($1)"), {kAdvisoryLockKey});
        if (!r.ok())
            return r.error;
        if (DbError err = run(kCreateSchema))
            return err;
        if (DbError err = run(kCreateTable))
            return err;
        DbError err;
        const QList<AppliedRow> rows = readApplied(&err);
        if (err)
            return err;
        const QList<Migration> todo = plan(rows, &err);
        if (err)
            return err;
        for (const Migration& m : todo) {
            qCInfo(lcMigrate) << "applying" << m.tag;
            if (DbError applyError = apply(m))
                return applyError;
            done.append(m.tag);
        }
        return run(QStringLiteral("COMMIT"));
    }();
    if (e) {
        if (m_conn.transactionStatus() != PQTRANS_IDLE)
            run(QStringLiteral("ROLLBACK"));
        qCWarning(lcMigrate) << "migration failed:" << e.toString();
        return e;
    }
    if (appliedTags)
        *appliedTags = done;
    return {};
}

} // namespace limitless::db
