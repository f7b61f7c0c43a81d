// The dashboard as a guest on a database whose seed tables it did not make: it installs only
// its additions and never writes the web project's journal; it refuses, changing nothing, what
// it cannot work with; and it converts a database set up by an earlier version of itself.
#include "MigrationFolder.h"
#include "TestDatabase.h"

#include "db/Additions.h"
#include "db/Migrator.h"
#include "db/PgConnection.h"

#include "CatchQt.h"

#include <QUrl>

using limitless::db::Additions;
using limitless::db::DbError;
using limitless::db::Migration;
using limitless::db::MigrationSet;
using limitless::db::Migrator;
using limitless::db::PgConnection;

namespace {

// Applies a migration set the way drizzle-kit migrate does (statements, then its journal row),
// standing in for the web project's own migrations of the same tables.
void drizzleMigrate(PgConnection& conn, const MigrationSet& set)
{
    REQUIRE(set.isValid());
    REQUIRE(conn.execScript(QStringLiteral(
                                "create schema if not exists drizzle; create table if not "
                                "exists drizzle.__drizzle_migrations (id serial primary key, "
                                "hash text not null, created_at bigint)"))
                .ok());
    for (const Migration& m : set.migrations()) {
        for (const QString& statement : m.statements) {
            if (statement.trimmed().isEmpty())
                continue;
            const auto r = conn.execScript(statement);
            INFO(m.tag.toStdString() << ": " << r.error.toString().toStdString());
            REQUIRE(r.ok());
        }
        REQUIRE(conn.exec(QStringLiteral("insert into drizzle.__drizzle_migrations (hash, "
                                         "created_at) values ($1, $2)"),
                          {m.hash, m.createdAt})
                    .ok());
    }
}

QString journal(PgConnection& conn)
{
    const auto r = conn.exec(QStringLiteral(
        "select string_agg(id || ':' || hash || ':' || created_at, ',' order by id) "
        "from drizzle.__drizzle_migrations"));
    REQUIRE(r.ok());
    return r.scalar().toString();
}

// Everything a migration could change, as one hash: relations, columns, types, defaults,
// constraints, indexes, policies, triggers, functions and schemas.
QString fingerprint(PgConnection& conn)
{
    const auto r = conn.exec(QStringLiteral(R"(
select md5(string_agg(x, E'\n' order by x)) from (
  select 'ns ' || nspname::text from pg_namespace
  union all select 'rel ' || c.oid::regclass::text || ' ' || c.relkind::text || ' ' || c.relrowsecurity::text
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
  union all select 'col ' || a.attrelid::regclass::text || '.' || a.attname::text || ' '
      || format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull::text || ' '
      || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
    from pg_attribute a join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and a.attnum > 0
      and not a.attisdropped
  union all select 'con ' || conname::text || ' ' || pg_get_constraintdef(oid) from pg_constraint
    where connamespace::regnamespace::text not in ('pg_catalog', 'information_schema')
  union all select 'pol ' || tablename::text || ' ' || policyname::text || ' ' || coalesce(qual, '')
    from pg_policies
  union all select 'trg ' || tgname::text from pg_trigger where not tgisinternal
  union all select 'fn ' || p.oid::regprocedure::text from pg_proc p
    join pg_namespace n on n.oid = p.pronamespace
    where n.nspname not in ('pg_catalog', 'information_schema')
) t(x))"));
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
    return r.scalar().toString();
}

// The seed's tables as someone else made them (the seed's files through drizzle's bookkeeping).
std::unique_ptr<PgConnection> webProjectDatabase(const QString& name)
{
    auto conn = limitless::test::connect(limitless::test::freshDatabase(name));
    drizzleMigrate(*conn, MigrationSet::builtinSeed());
    return conn;
}

void requireRefusal(PgConnection& conn, const QString& expected)
{
    const QString before = fingerprint(conn);
    const QString journalBefore = journal(conn);
    DbError e;
    Migrator(conn).plan(&e);
    INFO(e.message.toStdString());
    CHECK(e.kind == DbError::Kind::Migration);
    CHECK(e.message.contains(expected));
    CHECK(e.message.contains(QStringLiteral("Nothing was changed")));
    e = Migrator(conn).migrate();
    CHECK(e.kind == DbError::Kind::Migration);
    CHECK(e.message.contains(expected));
    CHECK(fingerprint(conn) == before);
    CHECK(journal(conn) == journalBefore);
}

} // namespace

TEST_CASE("seed tables someone else made get the additions, and their journal stays as it is")
{
    auto conn = webProjectDatabase(QStringLiteral("guest_adopt"));
    const QString before = journal(*conn);
    Migrator::Plan plan;
    const DbError e = Migrator(*conn).migrate(&plan);
    INFO(e.toString().toStdString());
    REQUIRE_FALSE(e.isError());
    CHECK(plan.seed == Migrator::Plan::Seed::Adopt);
    CHECK(plan.pending.size() == MigrationSet::builtinAdditions().migrations().size());
    for (const Migration& m : plan.pending)
        CHECK(m.set == QStringLiteral("additions"));
    CHECK(journal(*conn) == before);
    CHECK(Additions::probe(*conn).all());
    CHECK(conn->exec(QStringLiteral("select count(*) from limitless.schema_migrations where "
                                    "set_name = 'seed'"))
              .scalar()
              .toInt() == 0);
    // A second run has nothing to do.
    QStringList tags;
    REQUIRE_FALSE(Migrator(*conn).migrate(&tags).isError());
    CHECK(tags.isEmpty());
}

TEST_CASE("tolerated differences from the seed are reported, not refused")
{
    auto conn = webProjectDatabase(QStringLiteral("guest_warnings"));
    REQUIRE(conn->execScript(QStringLiteral("alter table campaigns alter column platform set not "
                                            "null; drop index idx_documents_category; "
                                            "alter table campaigns add column utm_source text"))
                .ok());
    Migrator::Plan plan;
    const DbError e = Migrator(*conn).migrate(&plan);
    INFO(e.toString().toStdString());
    REQUIRE_FALSE(e.isError());
    CHECK(plan.seedWarnings.contains(
        QStringLiteral("campaigns.platform is NOT NULL, the seed allows NULL")));
    CHECK(plan.seedWarnings.contains(QStringLiteral("index idx_documents_category on documents is "
                                                    "missing")));
    CHECK(plan.seedWarnings.size() == 2); // the extra column is the web project's business
}

TEST_CASE("a database the dashboard cannot work with is refused, and nothing changes")
{
    SECTION("a seed column of another type")
    {
        auto conn = webProjectDatabase(QStringLiteral("guest_retyped"));
        REQUIRE(conn->execScript(QStringLiteral("alter table campaigns alter column total_clicks "
                                                "type bigint"))
                    .ok());
        requireRefusal(*conn, QStringLiteral("campaigns.total_clicks is bigint, the seed has "
                                             "integer"));
    }
    SECTION("a seed column missing")
    {
        auto conn = webProjectDatabase(QStringLiteral("guest_missing_column"));
        REQUIRE(conn->execScript(QStringLiteral("alter table documents drop column tags")).ok());
        requireRefusal(*conn, QStringLiteral("documents.tags is missing"));
    }
    SECTION("some seed tables only")
    {
        auto conn = webProjectDatabase(QStringLiteral("guest_partial"));
        REQUIRE(conn->execScript(QStringLiteral("drop table payments")).ok());
        requireRefusal(*conn, QStringLiteral("(payments)"));
    }
    SECTION("someone else's table where the additions go")
    {
        auto conn = webProjectDatabase(QStringLiteral("guest_foreign"));
        REQUIRE(conn->execScript(QStringLiteral("create schema limitless; create table "
                                                "limitless.analytics_daily_counts (x int)"))
                    .ok());
        requireRefusal(*conn, QStringLiteral("analytics_daily_counts"));
    }
    SECTION("a role that does not own the seed's tables")
    {
        const QString name = QStringLiteral("guest_not_owner");
        auto admin = webProjectDatabase(name);
        REQUIRE(admin->execScript(QStringLiteral("drop role if exists guest_login")).ok());
        REQUIRE(admin
                    ->execScript(QStringLiteral(
                        "create role guest_login login password 'guest-login'; grant create on "
                        "database guest_not_owner to guest_login; grant usage on schema public, "
                        "drizzle to guest_login; grant select on all tables in schema public, "
                        "drizzle to guest_login"))
                    .ok());
        QUrl url(limitless::test::urlFor(name, QStringLiteral("guest_login")));
        url.setPassword(QStringLiteral("guest-login"));
        auto conn = limitless::test::connect(url.toString());
        const QString before = fingerprint(*admin);
        const DbError e = Migrator(*conn).migrate();
        INFO(e.message.toStdString());
        CHECK(e.message.contains(QStringLiteral("does not own the seed's tables")));
        CHECK(e.message.contains(QStringLiteral("campaigns")));
        CHECK(fingerprint(*admin) == before);
        conn.reset();
        admin->execScript(QStringLiteral("drop owned by guest_login"));
        admin->execScript(QStringLiteral("drop role if exists guest_login"));
    }
}

TEST_CASE("a database set up by an earlier version is converted, and nothing is lost")
{
    auto conn = limitless::test::connect(
        limitless::test::freshDatabase(QStringLiteral("guest_legacy")));
    // The earlier version kept its migrations in drizzle's journal and its roll-ups in public.
    drizzleMigrate(*conn, MigrationSet::load(limitless::test::sourcePath(
                              QStringLiteral("tests/migrate/legacy"))));
    REQUIRE(conn->execScript(QStringLiteral(R"(
insert into owners (id, email, name, supabase_user_id) values
  ('owner-a', 'a@example.com', 'A', '0b5d5a52-0a11-4c5e-9a4e-6d1f3b0a0001');
insert into campaigns (id, code, name, owner_id) values ('camp-a', 'CODEA', 'A', 'owner-a');
insert into conversations (id, instagram_handle, campaign_id, campaign_code, current_stage,
  payment_link_sent) values ('conv-a', '@a', 'camp-a', 'CODEA', 'close', true);
insert into analytics_events (conversation_id, campaign_id, event_type, created_at) values
  ('conv-a', 'camp-a', 'conversation_started', '2026-11-01 10:00'),
  ('conv-a', 'camp-a', 'qualified', '2026-11-01 10:20'),
  ('conv-a', 'camp-a', 'payment_completed', '2026-11-02 09:00');
insert into payments (conversation_id, campaign_id, instagram_handle, email, stripe_session_id,
  plan, amount_monthly, payment_status, created_at, completed_at) values
  ('conv-a', 'camp-a', '@a', 'a@example.com', 'cs_a', 'option1', 29700, 'completed',
   '2026-11-02 08:00', '2026-11-02 09:00');
)"))
                .ok());
    const auto counts = [&] {
        return conn
            ->exec(QStringLiteral("select (select count(*) from owners) || '/' || (select "
                                  "count(*) from analytics_events) || '/' || (select count(*) "
                                  "from payments)"))
            .scalar()
            .toString();
    };
    const QString rows = counts();

    Migrator::Plan plan;
    const DbError e = Migrator(*conn).migrate(&plan);
    INFO(e.toString().toStdString());
    REQUIRE_FALSE(e.isError());
    CHECK(plan.legacy);
    CHECK(plan.seed == Migrator::Plan::Seed::Adopt);
    CHECK(counts() == rows);
    // The earlier version's journal was the dashboard's alone: gone with its schema.
    CHECK(conn->exec(QStringLiteral("select to_regnamespace('drizzle') is null")).scalar().toBool());
    // Nothing of the dashboard's left in public; everything in limitless, and complete.
    CHECK(conn->exec(QStringLiteral("select count(*) from pg_proc where pronamespace = "
                                    "'public'::regnamespace and proname like 'limitless%'"))
              .scalar()
              .toInt() == 0);
    CHECK(conn->exec(QStringLiteral("select to_regclass('public.analytics_daily_counts') is null"))
              .scalar()
              .toBool());
    CHECK(Additions::probe(*conn).all());
    // The roll-ups were rebuilt from the events and payments.
    CHECK(conn->exec(QStringLiteral("select sum(count) from limitless.analytics_daily_counts"))
              .scalar()
              .toInt() == 3);
    CHECK(conn->exec(QStringLiteral("select sum(cents) from limitless.analytics_payment_counts "
                                    "where kind = 'revenue'"))
              .scalar()
              .toLongLong() == 29700); // amounts are stored in cents
    CHECK(conn->exec(QStringLiteral("select count(*) from limitless.analytics_payment_counts "
                                    "where kind = 'link'"))
              .scalar()
              .toInt() == 1);
}
