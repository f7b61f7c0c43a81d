// Row-level security as the app meets it: a login role without BYPASSRLS that is a member of
// `authenticated`, switching to it in each transaction with the signed-in user's JWT claims.
// Owner A must not read or write owner B's rows in any owner-data table.
#include "TestDatabase.h"

#include "db/Migrator.h"
#include "db/PgConnection.h"

#include "CatchQt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <tuple>

using limitless::db::DbError;
using limitless::db::PgConnection;
using limitless::db::QueryResult;

namespace {

const QString kUserA = QStringLiteral("0b5d5a52-0a11-4c5e-9a4e-6d1f3b0a0001");
const QString kUserB = QStringLiteral("0b5d5a52-0a11-4c5e-9a4e-6d1f3b0a0002");

// What each table needs for the checks. Table and column names come from this fixed list only.
struct TableCase {
    QString table;
    QString ownId;        // a row of owner A
    QString othersId;     // a row of owner B
    QString touch;        // a column an update may set to itself
    QString insertOthers; // inserts a row that belongs (at least partly) to owner B
    QString moveToOthers; // re-points owner A's row at owner B's data
};

const QList<TableCase> kCases = {
    {QStringLiteral("owners"), QStringLiteral("owner-a"), QStringLiteral("owner-b"),
     QStringLiteral("name"),
     QStringLiteral("insert into owners (id, email, name, supabase_user_id) values ('owner-x', "
                    "'x@example.com', 'X', '0b5d5a52-0a11-4c5e-9a4e-6d1f3b0a0002')"),
     QStringLiteral("update owners set supabase_user_id = '0b5d5a52-0a11-4c5e-9a4e-6d1f3b0a0099' "
                    "where id = 'owner-a'")},
    {QStringLiteral("campaigns"), QStringLiteral("camp-a"), QStringLiteral("camp-b"),
     QStringLiteral("name"),
     QStringLiteral("insert into campaigns (id, code, name, owner_id) values ('camp-x', 'CODEX', "
                    "'X', 'owner-b')"),
     QStringLiteral("update campaigns set owner_id = 'owner-b' where id = 'camp-a'")},
    {QStringLiteral("documents"), QStringLiteral("doc-a"), QStringLiteral("doc-b"),
     QStringLiteral("filename"),
     QStringLiteral("insert into documents (id, filename, file_type, file_size, storage_url, "
                    "storage_bucket, owner_id) values ('doc-x', 'x.pdf', 'pdf', 1, 'gs://b/x', "
                    "'b', 'owner-b')"),
     QStringLiteral("update documents set owner_id = 'owner-b' where id = 'doc-a'")},
    {QStringLiteral("document_embeddings"), QStringLiteral("emb-a"), QStringLiteral("emb-b"),
     QStringLiteral("chunk_text"),
     QStringLiteral("insert into document_embeddings (id, document_id, chunk_index, chunk_text, "
                    "embedding) values ('emb-x', 'doc-b', 7, 'x', "
                    "array_fill(0.25::real, array[1536]))"),
     QStringLiteral("update document_embeddings set document_id = 'doc-b' where id = 'emb-a'")},
    {QStringLiteral("conversations"), QStringLiteral("conv-a"), QStringLiteral("conv-b"),
     QStringLiteral("current_stage"),
     QStringLiteral("insert into conversations (id, instagram_handle, campaign_id, "
                    "campaign_code, current_stage) values ('conv-x', '@x', 'camp-b', 'CODEB', "
                    "'greeting')"),
     QStringLiteral("update conversations set campaign_id = 'camp-b' where id = 'conv-a'")},
    {QStringLiteral("analytics_events"), QStringLiteral("ev-a"), QStringLiteral("ev-b"),
     QStringLiteral("event_type"),
     QStringLiteral("insert into analytics_events (id, conversation_id, campaign_id, event_type) "
                    "values ('ev-x', 'conv-b', 'camp-b', 'qualified')"),
     QStringLiteral("update analytics_events set campaign_id = 'camp-b' where id = 'ev-a'")},
    {QStringLiteral("payments"), QStringLiteral("pay-a"), QStringLiteral("pay-b"),
     QStringLiteral("payment_status"),
     QStringLiteral("insert into payments (id, conversation_id, campaign_id, instagram_handle, "
                    "email, stripe_session_id, plan, amount_monthly, payment_status) values "
                    "('pay-x', 'conv-b', 'camp-b', '@x', 'x@example.com', 'cs_x', 'option1', "
                    "9900, 'pending')"),
     QStringLiteral("update payments set campaign_id = 'camp-b' where id = 'pay-a'")},
};

// Rows only a superuser could see: mixed or missing references.
const QStringList kMixedInserts = {
    // An event of A's campaign about B's lead, and the reverse.
    QStringLiteral("insert into analytics_events (id, conversation_id, campaign_id, event_type) "
                   "values ('ev-y', 'conv-b', 'camp-a', 'qualified')"),
    QStringLiteral("insert into analytics_events (id, conversation_id, campaign_id, event_type) "
                   "values ('ev-y', 'conv-a', 'camp-b', 'qualified')"),
    // An event that refers to nobody.
    QStringLiteral("insert into analytics_events (id, event_type) values ('ev-y', 'orphan')"),
    // A payment on A's campaign for B's lead.
    QStringLiteral("insert into payments (id, conversation_id, campaign_id, instagram_handle, "
                   "email, stripe_session_id, plan, amount_monthly, payment_status) values "
                   "('pay-y', 'conv-b', 'camp-a', '@y', 'y@example.com', 'cs_y', 'option1', "
                   "9900, 'pending')"),
};

const char* kSeedData = R"(
insert into owners (id, email, name, supabase_user_id) values
  ('owner-a', 'a@example.com', 'Owner A', '0b5d5a52-0a11-4c5e-9a4e-6d1f3b0a0001'),
  ('owner-b', 'b@example.com', 'Owner B', '0b5d5a52-0a11-4c5e-9a4e-6d1f3b0a0002');
insert into campaigns (id, code, name, owner_id) values
  ('camp-a', 'CODEA', 'A campaign', 'owner-a'), ('camp-b', 'CODEB', 'B campaign', 'owner-b');
insert into documents (id, filename, file_type, file_size, storage_url, storage_bucket, owner_id)
values ('doc-a', 'a.pdf', 'pdf', 10, 'gs://b/a.pdf', 'b', 'owner-a'),
       ('doc-b', 'b.pdf', 'pdf', 10, 'gs://b/b.pdf', 'b', 'owner-b');
insert into document_embeddings (id, document_id, chunk_index, chunk_text, embedding) values
  ('emb-a', 'doc-a', 0, 'a', array_fill(0.5::real, array[1536])),
  ('emb-b', 'doc-b', 0, 'b', array_fill(0.5::real, array[1536]));
insert into conversations (id, instagram_handle, campaign_id, campaign_code, current_stage) values
  ('conv-a', '@lead_a', 'camp-a', 'CODEA', 'greeting'),
  ('conv-b', '@lead_b', 'camp-b', 'CODEB', 'greeting');
insert into analytics_events (id, conversation_id, campaign_id, event_type) values
  ('ev-a', 'conv-a', 'camp-a', 'conversation_started'),
  ('ev-b', 'conv-b', 'camp-b', 'conversation_started'),
  ('ev-mixed', 'conv-b', 'camp-a', 'qualified'),
  ('ev-orphan', null, null, 'campaign_click');
insert into payments (id, conversation_id, campaign_id, instagram_handle, email,
                      stripe_session_id, plan, amount_monthly, payment_status) values
  ('pay-a', 'conv-a', 'camp-a', '@lead_a', 'a@lead.example', 'cs_a', 'option1', 9900, 'completed'),
  ('pay-b', 'conv-b', 'camp-b', '@lead_b', 'b@lead.example', 'cs_b', 'option2', 4900, 'completed');
)";

QString claimsFor(const QString& sub)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("sub"), sub},
                                  {QStringLiteral("role"), QStringLiteral("authenticated")}})
            .toJson(QJsonDocument::Compact));
}

// Runs `sql` as the signed-in user `sub` the way the app does, then rolls back.
QueryResult asUser(PgConnection& conn, const QString& sub, const QString& sql,
                   const QVariantList& params = {})
{
    REQUIRE(conn.execScript(QStringLiteral("begin")).ok());
    const QueryResult claims = conn.exec(
        QStringLiteral("select set_config('request.jwt.claims', $1, true)"), {claimsFor(sub)});
    REQUIRE(claims.ok());
    REQUIRE(conn.execScript(QStringLiteral("set local role authenticated")).ok());
    const QueryResult r = conn.exec(sql, params);
    REQUIRE(conn.execScript(QStringLiteral("rollback")).ok());
    return r;
}

QSet<QString> ids(const QueryResult& r)
{
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
    QSet<QString> out;
    for (int i = 0; i < r.rowCount(); ++i)
        out.insert(r.value(i, 0).toString());
    return out;
}

} // namespace

TEST_CASE("row-level security keeps every owner to their own rows")
{
    const QString dbName = QStringLiteral("mig_rls");
    const QString adminUrl = limitless::test::freshDatabase(dbName);
    auto admin = limitless::test::connect(adminUrl);
    {
        const DbError e = limitless::db::Migrator(*admin).migrate();
        INFO(e.toString().toStdString());
        REQUIRE_FALSE(e.isError());
    }
    REQUIRE(admin->execScript(QString::fromUtf8(kSeedData)).ok());

    // A login role like the app's limitless_app: no BYPASSRLS, no privileges of its own,
    // allowed to become `authenticated`. Roles are cluster-wide: recreate it each run.
    REQUIRE(admin->execScript(QStringLiteral("drop role if exists mig_rls_login")).ok());
    REQUIRE(admin
                ->execScript(QStringLiteral("create role mig_rls_login login noinherit "
                                            "nobypassrls password 'mig-rls-login'"))
                .ok());
    REQUIRE(admin->execScript(QStringLiteral("grant authenticated to mig_rls_login")).ok());
    QUrl url(limitless::test::urlFor(dbName, QStringLiteral("mig_rls_login")));
    url.setPassword(QStringLiteral("mig-rls-login"));
    auto conn = limitless::test::connect(url.toString());
    REQUIRE(conn->exec(QStringLiteral("select rolbypassrls or rolsuper from pg_roles where "
                                      "rolname = current_user"))
                .scalar()
                .toBool() == false);

    for (const TableCase& t : kCases) {
        INFO("table " << t.table.toStdString());
        // Table and column names come from kCases; values are always parameters.
        const QString selectIds = QStringLiteral("select id from ") + t.table;

        // Each owner reads exactly their own rows.
        CHECK(ids(asUser(*conn, kUserA, selectIds)) == QSet<QString>{t.ownId});
        CHECK(ids(asUser(*conn, kUserB, selectIds)) == QSet<QString>{t.othersId});
        // No claims, or claims of a stranger: nothing.
        CHECK(ids(asUser(*conn, QStringLiteral("0b5d5a52-0a11-4c5e-9a4e-6d1f3b0a0099"), selectIds))
                  .isEmpty());

        // B's rows can be neither updated nor deleted by A (they are invisible: 0 rows)…
        const QString update =
            QStringLiteral("update %1 set %2 = %2 where id = $1").arg(t.table, t.touch);
        QueryResult r = asUser(*conn, kUserA, update, {t.othersId});
        CHECK(r.ok());
        CHECK(r.affectedRows == 0);
        r = asUser(*conn, kUserA, QStringLiteral("delete from %1 where id = $1").arg(t.table),
                   {t.othersId});
        CHECK(r.ok());
        CHECK(r.affectedRows == 0);
        // …while A's own row can.
        r = asUser(*conn, kUserA, update, {t.ownId});
        CHECK(r.ok());
        CHECK(r.affectedRows == 1);

        // A cannot create rows for B, nor hand an own row over to B.
        r = asUser(*conn, kUserA, t.insertOthers);
        INFO(r.error.toString().toStdString());
        CHECK(r.error.kind == DbError::Kind::PermissionDenied);
        CHECK(r.error.sqlState == QStringLiteral("42501"));
        r = asUser(*conn, kUserA, t.moveToOthers);
        INFO(r.error.toString().toStdString());
        CHECK(r.error.kind == DbError::Kind::PermissionDenied);
    }

    for (const QString& sql : kMixedInserts) {
        INFO(sql.toStdString());
        for (const QString& user : {kUserA, kUserB})
            CHECK(asUser(*conn, user, sql).error.kind == DbError::Kind::PermissionDenied);
    }

    // And A can work normally in A's own space.
    QueryResult r = asUser(*conn, kUserA,
                           QStringLiteral("insert into campaigns (code, name, owner_id) values "
                                          "('CODEA2', 'Another', 'owner-a')"));
    INFO(r.error.toString().toStdString());
    CHECK(r.ok());
    r = asUser(*conn, kUserA,
               QStringLiteral("insert into analytics_events (conversation_id, campaign_id, "
                              "event_type) values ('conv-a', 'camp-a', 'qualified')"));
    INFO(r.error.toString().toStdString());
    CHECK(r.ok());

    // Nothing leaked into the data: the superuser still sees exactly the seeded rows.
    CHECK(admin->exec(QStringLiteral("select count(*) from campaigns")).scalar().toInt() == 2);
    CHECK(admin->exec(QStringLiteral("select supabase_user_id from owners where id = 'owner-a'"))
              .scalar()
              .toString() == kUserA);
    conn.reset();
    admin->execScript(QStringLiteral("drop owned by mig_rls_login"));
    admin->execScript(QStringLiteral("drop role if exists mig_rls_login"));
}

TEST_CASE("LangGraph's threads are read only through the owner-scoped functions")
{
    const QString dbName = QStringLiteral("mig_rls_threads");
    auto admin = limitless::test::connect(limitless::test::migratedDatabase(dbName));
    REQUIRE(admin->execScript(QString::fromUtf8(kSeedData)).ok());
    // LangGraph's tables as its PostgresSaver creates them, with one thread per owner's lead,
    // granted to nobody but their owner (the agent server's role).
    const auto lg = admin->execScript(QStringLiteral(R"(
create table checkpoints (thread_id text not null, checkpoint_ns text not null default '',
  checkpoint_id text not null, parent_checkpoint_id text, type text, checkpoint jsonb not null,
  metadata jsonb not null default '{}', primary key (thread_id, checkpoint_ns, checkpoint_id));
create table checkpoint_blobs (thread_id text not null, checkpoint_ns text not null default '',
  channel text not null, version text not null, type text not null, blob bytea,
  primary key (thread_id, checkpoint_ns, channel, version));
insert into checkpoints (thread_id, checkpoint_id, checkpoint) values
  ('conv-a', '1', '{"v":1,"ts":"2026-12-01T10:00:00Z","channel_values":{"current_stage":"greeting"},"channel_versions":{"messages":"1"}}'),
  ('conv-b', '1', '{"v":1,"ts":"2026-12-01T10:00:00Z","channel_values":{"current_stage":"greeting"},"channel_versions":{"messages":"1"}}');
insert into checkpoint_blobs (thread_id, channel, version, type, blob) values
  ('conv-a', 'messages', '1', 'json', convert_to('[]', 'UTF8')),
  ('conv-b', 'messages', '1', 'json', convert_to('[]', 'UTF8'));
)"));
    INFO(lg.error.toString().toStdString());
    REQUIRE(lg.ok());
    REQUIRE(admin->execScript(QStringLiteral("drop role if exists mig_threads_login")).ok());
    REQUIRE(admin
                ->execScript(QStringLiteral("create role mig_threads_login login noinherit "
                                            "nobypassrls password 'mig-threads-login'"))
                .ok());
    REQUIRE(admin->execScript(QStringLiteral("grant authenticated to mig_threads_login")).ok());
    QUrl url(limitless::test::urlFor(dbName, QStringLiteral("mig_threads_login")));
    url.setPassword(QStringLiteral("mig-threads-login"));
    auto conn = limitless::test::connect(url.toString());

    const QString latest = QStringLiteral("select checkpoint_id from limitless.thread_latest($1)");
    const QString history =
        QStringLiteral("select checkpoint_id from limitless.thread_stage_history($1)");
    for (const auto& [user, own, other] :
         {std::tuple{kUserA, QStringLiteral("conv-a"), QStringLiteral("conv-b")},
          std::tuple{kUserB, QStringLiteral("conv-b"), QStringLiteral("conv-a")}}) {
        INFO(own.toStdString());
        QueryResult r = asUser(*conn, user, latest, {own});
        INFO(r.error.toString().toStdString());
        CHECK(r.rowCount() == 1);
        CHECK(asUser(*conn, user, history, {own}).rowCount() == 1);
        // The other owner's thread does not exist, as far as this owner can tell.
        CHECK(asUser(*conn, user, latest, {other}).rowCount() == 0);
        CHECK(asUser(*conn, user, history, {other}).rowCount() == 0);
        // And LangGraph's tables themselves are out of reach.
        r = asUser(*conn, user, QStringLiteral("select count(*) from checkpoints"));
        CHECK(r.error.sqlState == QStringLiteral("42501"));
        r = asUser(*conn, user, QStringLiteral("select count(*) from checkpoint_blobs"));
        CHECK(r.error.sqlState == QStringLiteral("42501"));
    }
    // Claims of a stranger: nothing.
    CHECK(asUser(*conn, QStringLiteral("0b5d5a52-0a11-4c5e-9a4e-6d1f3b0a0099"), latest,
                 {QStringLiteral("conv-a")})
              .rowCount() == 0);
    // A login role that bypasses row-level security anyway (the owner on the command line)
    // reads every thread without claims.
    CHECK(admin->exec(latest, {QStringLiteral("conv-b")}).rowCount() == 1);

    conn.reset();
    admin->execScript(QStringLiteral("drop owned by mig_threads_login"));
    admin->execScript(QStringLiteral("drop role if exists mig_threads_login"));
}
