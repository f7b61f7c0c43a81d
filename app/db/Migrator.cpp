#include "db/Migrator.h"

#include "core/Logging.h"
#include "db/PgConnection.h"

#include <QFile>
#include <QSet>

namespace limitless::db {

namespace {

const QString kBookkeeping = QStringLiteral("\"limitless\".\"schema_migrations\"");
const QString kCreateSchema = QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"limitless\"");
const QString kCreateTable = QStringLiteral(
    "CREATE TABLE IF NOT EXISTS \"limitless\".\"schema_migrations\" ("
    "\"set_name\" text NOT NULL, \"tag\" text NOT NULL, \"hash\" text NOT NULL, "
    "\"created_at\" bigint NOT NULL, \"applied_at\" timestamp with time zone DEFAULT now() NOT "
    "NULL, PRIMARY KEY (\"set_name\", \"tag\"))");
// Any role may see which additions a database has.
const QString kGrants =
    QStringLiteral("GRANT USAGE ON SCHEMA \"limitless\" TO PUBLIC; "
                   "GRANT SELECT ON \"limitless\".\"schema_migrations\" TO PUBLIC");

// The hashes in the file's order; the first is the old 0001_create_owners.sql.
const QStringList& legacyHashes()
{
    static const QStringList hashes = [] {
        QStringList out;
        QFile f(QStringLiteral(":/db/legacy_migration_hashes.txt"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray& line : f.readAll().split('\n')) {
            const QByteArray t = line.trimmed();
            if (!t.isEmpty() && !t.startsWith('#'))
                out << QString::fromLatin1(t);
        }
        return out;
    }();
    return hashes;
}

} // namespace

Migrator::Migrator(PgConnection& connection, MigrationSet seed, MigrationSet additions)
    : m_conn(connection), m_seed(std::move(seed)), m_additions(std::move(additions))
{}

QString Migrator::setName(const MigrationSet& set)
{
    return set.folder().section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
}

DbError Migrator::refusal(const QString& message) const
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

QList<Migrator::Row> Migrator::readRows(bool* bookkeeping, DbError* error)
{
    QList<Row> rows;
    const QueryResult exists = m_conn.exec(
        QStringLiteral("select to_regclass('\"limitless\".\"schema_migrations\"') is not null"));
    if (!exists.ok()) {
        *error = exists.error;
        return rows;
    }
    *bookkeeping = exists.scalar().toBool();
    if (!*bookkeeping)
        return rows;
    const QueryResult r = m_conn.exec(QStringLiteral(
        "select set_name, tag, hash, created_at from %1 order by created_at").arg(kBookkeeping));
    if (!r.ok()) {
        *error = r.error;
        return rows;
    }
    for (int i = 0; i < r.rowCount(); ++i)
        rows.append({r.value(i, 0).toString(), r.value(i, 1).toString(), r.value(i, 2).toString(),
                     r.value(i, 3).toLongLong()});
    return rows;
}

QList<Migration> Migrator::pendingOf(const MigrationSet& set, const QList<Row>& rows,
                                     DbError* error) const
{
    const QString name = setName(set);
    qint64 latest = 0;
    QSet<QString> applied;
    for (const Row& row : rows) {
        if (row.set != name)
            continue;
        const Migration* known = set.findByTag(row.tag);
        if (!known) {
            *error = refusal(
                tr("The database has the dashboard's migration %1/%2, which this build does not "
                   "know: a newer version of the app installed it. Nothing was changed. Update "
                   "the app on this computer, then run limitless migrate again.")
                    .arg(name, row.tag));
            return {};
        }
        if (known->hash != row.hash) {
            *error = refusal(
                tr("The migration file %1/%2 has changed since it was applied to this database "
                   "(hash applied: %3, file: %4). Applied migrations are never edited, so this "
                   "build cannot vouch for the database. Nothing was changed; use the build "
                   "that applied it, or a newer one.")
                    .arg(name, known->fileName(), row.hash, known->hash));
            return {};
        }
        applied.insert(row.tag);
        latest = std::max(latest, known->createdAt);
    }
    QList<Migration> pending;
    for (const Migration& m : set.migrations()) {
        if (applied.contains(m.tag))
            continue;
        if (m.createdAt < latest) {
            *error = refusal(tr("The migration %1/%2 is older than the newest one applied to "
                                "this database but was never applied. Nothing was changed; "
                                "this build's migrations are out of order.")
                                 .arg(name, m.fileName()));
            return {};
        }
        pending.append(m);
    }
    return pending;
}

DbError Migrator::checkLegacy(Plan* plan)
{
    // The web project's journal: a role that may not read it cannot have written ours into it
    // either (earlier versions migrated as the tables' owner), so unreadable means "not ours".
    // pg_class is readable by anyone; to_regclass() on a schema without USAGE is not.
    const QueryResult exists = m_conn.exec(QStringLiteral(
        "select coalesce((select has_table_privilege(c.oid, 'SELECT') "
        "and has_schema_privilege(n.oid, 'USAGE') from pg_class c "
        "join pg_namespace n on n.oid = c.relnamespace "
        "where n.nspname = 'drizzle' and c.relname = '__drizzle_migrations'), false)"));
    if (!exists.ok())
        return exists.error;
    if (!exists.scalar().toBool())
        return {};
    const QueryResult r =
        m_conn.exec(QStringLiteral("select hash from \"drizzle\".\"__drizzle_migrations\""));
    if (!r.ok())
        return r.error;
    const QStringList& legacy = legacyHashes();
    const QSet<QString> ours(legacy.cbegin(), legacy.cend());
    int found = 0;
    bool first = false;
    for (int i = 0; i < r.rowCount(); ++i) {
        const QString hash = r.value(i, 0).toString();
        found += ours.contains(hash) ? 1 : 0;
        first = first || (!legacy.isEmpty() && hash == legacy.first());
    }
    // An earlier version always applied its 0001 first; files it shares with today's seed set
    // (0004_enable_pgvector) may sit in a web project's journal and mean nothing here.
    if (first) {
        plan->legacy = true;
        plan->notes << tr("An earlier version of the dashboard recorded its migrations in "
                          "drizzle.__drizzle_migrations (%1 rows) and kept its roll-ups in "
                          "schema public. They move to schema limitless; the roll-ups are "
                          "rebuilt from the events and payments, no data is lost.")
                           .arg(found);
    }
    return {};
}

DbError Migrator::checkForeignObjects(bool bookkeeping)
{
    if (bookkeeping)
        return {};
    // No bookkeeping of ours, so nothing in schema "limitless" is ours either.
    const QueryResult r = m_conn.exec(QStringLiteral(
        "select string_agg(name, ', ' order by name) from ("
        " select c.relname::text as name from pg_class c join pg_namespace n on n.oid = "
        " c.relnamespace where n.nspname = 'limitless' "
        " union all select p.proname::text || '()' from pg_proc p join pg_namespace n on n.oid = "
        " p.pronamespace where n.nspname = 'limitless' "
        " and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')"
        " union all select t.typname::text from pg_type t join pg_namespace n on n.oid = "
        " t.typnamespace where n.nspname = 'limitless' and t.typrelid = 0 and t.typelem = 0"
        " and not exists (select 1 from pg_depend d where d.objid = t.oid and d.deptype = 'e')"
        ") x"));
    if (!r.ok())
        return r.error;
    const QString names = r.scalar().toString();
    if (names.isEmpty())
        return {};
    return refusal(
        tr("Schema \"limitless\" already exists and holds objects that the dashboard did not "
           "create (%1); it has no record of installing anything there. The dashboard keeps its "
           "additions in that schema and will not mix them with someone else's objects. Nothing "
           "was changed. Find out who made them; if they are not needed, drop the schema, then "
           "run limitless migrate again.")
            .arg(names));
}

DbError Migrator::checkPrivileges(const Plan& plan)
{
    if (plan.pending.isEmpty() && !plan.legacy)
        return {};
    const QueryResult r = m_conn.exec(
        QStringLiteral(
            "select current_user::text, "
            "to_regnamespace('limitless') is not null or "
            " has_database_privilege(current_database(), 'CREATE'), "
            "has_schema_privilege('public', 'CREATE'), "
            "(select string_agg(c.relname || ' (' || pg_get_userbyid(c.relowner) || ')', ', ' "
            " order by c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
            " where n.nspname = 'public' and c.relname::text = any($1::text[]) "
            " and not pg_has_role(current_user, c.relowner, 'USAGE'))"),
        {SeedSchema::tableNames()});
    if (!r.ok())
        return r.error;
    const QString role = r.value(0, 0).toString();
    if (!r.value(0, 1).toBool())
        return refusal(tr("The role %1 may not create schemas in this database, and the "
                          "dashboard's additions go into a schema of their own (\"limitless\"). "
                          "Nothing was changed. Run limitless migrate as the database's owner "
                          "(on Supabase: the postgres role, direct connection or session "
                          "pooler). Until then every page works without the additions, "
                          "more slowly.")
                           .arg(role));
    if (plan.seed == Plan::Seed::Create && !r.value(0, 2).toBool())
        return refusal(tr("The role %1 may not create tables in schema public, so it cannot "
                          "create the seed's tables. Nothing was changed. Run limitless migrate "
                          "as the database's owner.")
                           .arg(role));
    const QString notOwned = r.value(0, 3).toString();
    if (plan.seed != Plan::Seed::Create && !notOwned.isEmpty())
        return refusal(tr("The role %1 does not own the seed's tables %2, and the dashboard's "
                          "additions put row-level security, indexes and triggers on them. "
                          "Nothing was changed. Run limitless migrate as the tables' owner (on "
                          "Supabase: the postgres role). Until then every page works without "
                          "the additions, more slowly.")
                           .arg(role, notOwned));
    return {};
}

Migrator::Plan Migrator::inspect(DbError* error)
{
    Plan plan;
    *error = {};
    for (const MigrationSet* set : {&m_seed, &m_additions}) {
        if (!set->isValid()) {
            *error = set->error();
            return plan;
        }
    }
    if ((*error = checkLegacy(&plan)))
        return plan;

    bool bookkeeping = false;
    const QList<Row> rows = readRows(&bookkeeping, error);
    if (*error)
        return plan;
    if ((*error = checkForeignObjects(bookkeeping)))
        return plan;

    const SeedSchema::Comparison seed = SeedSchema::compare(m_conn, error);
    if (*error)
        return plan;
    bool seedRecorded = false;
    for (const Row& row : rows)
        seedRecorded = seedRecorded || row.set == setName(m_seed);

    if (seed.nonePresent()) {
        if (seedRecorded) {
            *error = refusal(tr("The dashboard's bookkeeping says it created the seed's tables "
                                "in this database, but none of them exists any more (someone "
                                "dropped them). Nothing was changed. Restore the database from "
                                "a backup, or drop schema limitless to start afresh."));
            return plan;
        }
        plan.seed = Plan::Seed::Create;
        plan.pending = pendingOf(m_seed, rows, error);
        if (*error)
            return plan;
    } else if (!seed.allPresent()) {
        *error = refusal(tr("The database has some of the seed's tables (%1) but not the others "
                            "(%2). The dashboard creates the seed's tables only on a database "
                            "that has none of them, and works only on one that has all seven. "
                            "Nothing was changed. Let the web project's migrations finish "
                            "(drizzle-kit migrate), then run limitless migrate again.")
                             .arg(seed.present.join(QStringLiteral(", ")),
                                  seed.missing.join(QStringLiteral(", "))));
        return plan;
    } else {
        plan.seed = seedRecorded ? Plan::Seed::Ours : Plan::Seed::Adopt;
        if (seedRecorded) {
            pendingOf(m_seed, rows, error); // changed or unknown seed files are refused too
            if (*error)
                return plan;
        }
        if (!seed.conflicts.isEmpty()) {
            *error = refusal(
                tr("The seed's tables are here, but they differ from the seed where the "
                   "dashboard reads and writes: %1. Nothing was changed. These columns belong to "
                   "the web project's schema; bring them back to the seed's definition there "
                   "(a drizzle-kit migration), then run limitless migrate again.")
                    .arg(seed.conflicts.join(QStringLiteral("; "))));
            return plan;
        }
        plan.seedWarnings = seed.warnings;
    }

    for (const Row& row : rows)
        plan.appliedAdditions += row.set == setName(m_additions) ? 1 : 0;
    plan.pending += pendingOf(m_additions, rows, error);
    if (*error)
        return plan;
    *error = checkPrivileges(plan);
    return plan;
}

Migrator::Plan Migrator::plan(DbError* error)
{
    DbError e;
    Plan p = inspect(&e);
    if (error)
        *error = e;
    if (e)
        p.pending.clear();
    return p;
}

DbError Migrator::convertLegacy()
{
    // The roll-ups are derived data (rebuilt by the additions from events and payments); the
    // functions are recreated in schema limitless. Policies, the chunk constraint and the
    // indexes on the seed's tables stay: the additions find them and leave them.
    const QString sql = QStringLiteral(R"(
DROP TABLE IF EXISTS public.analytics_daily_counts, public.analytics_campaign_totals,
	public.analytics_payment_counts, public.analytics_link_state CASCADE;
DO $$
DECLARE
	f regprocedure;
BEGIN
	FOR f IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
		WHERE n.nspname = 'public' AND p.proname LIKE 'limitless\_%'
	LOOP
		EXECUTE format('DROP FUNCTION %s CASCADE', f);
	END LOOP;
END
$$;
)");
    if (DbError e = run(sql))
        return e;
    const QStringList& hashes = legacyHashes();
    const QueryResult del = m_conn.exec(
        QStringLiteral("delete from \"drizzle\".\"__drizzle_migrations\" where hash = any($1::text[])"),
        {hashes});
    if (!del.ok())
        return del.error;
    // The journal table was the dashboard's alone when nothing else is left in it.
    return run(QStringLiteral(R"(
DO $$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM "drizzle"."__drizzle_migrations") THEN
		DROP TABLE "drizzle"."__drizzle_migrations";
		IF NOT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = 'drizzle') THEN
			DROP SCHEMA "drizzle";
		END IF;
	END IF;
END
$$;
)"));
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
            e.message = tr("Migration %1 failed at statement %2 of %3, and nothing was changed: "
                           "%4")
                            .arg(m.qualifiedTag() + QStringLiteral(".sql"))
                            .arg(i + 1)
                            .arg(count)
                            .arg(q.error.message);
            return e;
        }
    }
    const QueryResult rec = m_conn.exec(
        QStringLiteral("insert into %1 (set_name, tag, hash, created_at) values ($1, $2, $3, $4)")
            .arg(kBookkeeping),
        {m.set, m.tag, m.hash, m.createdAt});
    return rec.error;
}

DbError Migrator::migrate(QStringList* appliedTags, bool dryRun)
{
    Plan p;
    const DbError e = migrate(&p, dryRun);
    if (appliedTags) {
        appliedTags->clear();
        if (!e)
            for (const Migration& m : p.pending)
                appliedTags->append(m.qualifiedTag());
    }
    return e;
}

DbError Migrator::migrate(Plan* planOut, bool dryRun)
{
    if (dryRun) {
        DbError e;
        const Plan p = plan(&e);
        if (planOut)
            *planOut = p;
        return e;
    }
    if (m_conn.transactionStatus() != PQTRANS_IDLE)
        return refusal(tr("Migrations must run outside any open transaction, so that they "
                          "commit or roll back as one."));
    if (DbError e = run(QStringLiteral("BEGIN")))
        return e;
    Plan p;
    const DbError e = [&]() -> DbError {
        // Only warnings and errors: "already exists, skipping" notices are expected.
        QueryResult r = m_conn.exec(
            QStringLiteral("select set_config('client_min_messages', 'warning', true)"));
        if (!r.ok())
            return r.error;
        // Held until commit or rollback; a second migrator waits here and then sees our rows.
        r = m_conn.exec(QStringLiteral("select pg_advisory_xact_lock($1)"), {kAdvisoryLockKey});
        if (!r.ok())
            return r.error;
        DbError err;
        p = inspect(&err);
        if (err)
            return err;
        if (p.pending.isEmpty() && !p.legacy)
            return run(QStringLiteral("COMMIT"));
        if (p.legacy)
            if (DbError le = convertLegacy())
                return le;
        if (DbError se = run(kCreateSchema))
            return se;
        if (DbError te = run(kCreateTable))
            return te;
        if (DbError ge = run(kGrants))
            return ge;
        for (const Migration& m : p.pending) {
            qCInfo(lcMigrate) << "applying" << m.qualifiedTag();
            if (DbError applyError = apply(m))
                return applyError;
        }
        return run(QStringLiteral("COMMIT"));
    }();
    if (e) {
        if (m_conn.transactionStatus() != PQTRANS_IDLE)
            run(QStringLiteral("ROLLBACK"));
        qCWarning(lcMigrate) << "migration failed:" << e.toString();
        return e;
    }
    if (planOut)
        *planOut = p;
    return {};
}

} // namespace limitless::db
