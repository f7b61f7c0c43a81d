// The asynchronous database layer against the real test cluster.
#include "db/Database.h"
#include "TestDatabase.h"
#include "db/PgConnection.h"
#include "sandbox/Sandbox.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace limitless;
using namespace limitless::db;

namespace {

bool waitFor(const std::function<bool()>& f, int ms = 15000)
{
    return QTest::qWaitFor(f, ms);
}

void openAndWait(Database& db, const QString& url)
{
    db.open(url);
    REQUIRE(waitFor([&] { return db.state() == ConnectionState::Connected; }));
}

struct Capture {
    bool done = false;
    QueryResult result;
    Database::Callback cb()
    {
        return [this](const QueryResult& r) {
            result = r;
            done = true;
        };
    }
};

QByteArray claimsFor(const QString& sub)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("sub"), sub},
                                     {QStringLiteral("role"), QStringLiteral("authenticated")}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("the GUI event loop keeps ticking while a 2-second query runs")
{
    Database db;
    openAndWait(db, test::adminUrl());
    QElapsedTimer clock;
    qint64 last = 0, maxGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        maxGap = std::max(maxGap, now - last);
        last = now;
    });
    Capture c;
    clock.start();
    ticker.start();
    db.query(Statement(QStringLiteral("select pg_sleep(2)")), nullptr, c.cb());
    REQUIRE(waitFor([&] { return c.done; }, 20000));
    ticker.stop();
    INFO("largest gap between timer ticks: " << maxGap << " ms over " << clock.elapsed() << " ms");
    CHECK(c.result.ok());
    CHECK(clock.elapsed() >= 1900);
    CHECK(maxGap < 50);
}

TEST_CASE("a batch runs in one round trip and keeps the order of results")
{
    Database db;
    openAndWait(db, test::adminUrl());
    bool done = false;
    QList<QueryResult> results;
    db.batch({Statement(QStringLiteral("select 1::int as a")),
              Statement(QStringLiteral("select $1::text as b"), {QStringLiteral("two")}),
              Statement(QStringLiteral("select now() at time zone 'utc' as c"))},
             nullptr, [&](const QList<QueryResult>& r) {
                 results = r;
                 done = true;
             });
    REQUIRE(waitFor([&] { return done; }));
    REQUIRE(results.size() == 3);
    CHECK(results[0].scalar().toLongLong() == 1);
    CHECK(results[1].scalar().toString() == QStringLiteral("two"));
    CHECK(results[2].scalar().toDateTime().isValid());
}

TEST_CASE("server errors arrive typed, with SQLSTATE and detail")
{
    Database db;
    openAndWait(db, test::adminUrl());
    Capture syntax;
    db.query(Statement(QStringLiteral("selec 1")), nullptr, syntax.cb());
    REQUIRE(waitFor([&] { return syntax.done; }));
    CHECK(syntax.result.error.sqlState == QStringLiteral("42601"));

    bool done = false;
    QList<QueryResult> r;
    db.batch(
        {Statement(QStringLiteral("create temp table t_uni (k int primary key)")),
         Statement(QStringLiteral("insert into t_uni values (1), (1)"))},
        nullptr,
        [&](const QList<QueryResult>& res) {
            r = res;
            done = true;
        },
        Access::Write);
    REQUIRE(waitFor([&] { return done; }));
    REQUIRE(r.size() == 2);
    CHECK(r[1].error.kind == DbError::Kind::UniqueViolation);
    CHECK(r[1].error.detail.contains(QStringLiteral("(k)=(1)")));
    CHECK_FALSE(r[1].error.userMessage().isEmpty());
}

TEST_CASE("a running query can be cancelled, and a queued one is dropped")
{
    Database db;
    openAndWait(db, test::adminUrl());
    Capture running, queued;
    const RequestId a =
        db.query(Statement(QStringLiteral("select pg_sleep(30)")), nullptr, running.cb());
    const RequestId b = db.query(Statement(QStringLiteral("select 1")), nullptr, queued.cb());
    QTest::qWait(300); // let the first one start
    QElapsedTimer t;
    t.start();
    db.cancel(b);
    db.cancel(a);
    REQUIRE(waitFor([&] { return running.done && queued.done; }));
    CHECK(t.elapsed() < 5000);
    CHECK(running.result.error.kind == DbError::Kind::Cancelled);
    CHECK(queued.result.error.kind == DbError::Kind::Cancelled);
    // The connection is still usable afterwards.
    Capture after;
    db.query(Statement(QStringLiteral("select 42")), nullptr, after.cb());
    REQUIRE(waitFor([&] { return after.done; }));
    CHECK(after.result.scalar().toLongLong() == 42);
}

TEST_CASE("a callback whose context object is gone is dropped")
{
    Database db;
    openAndWait(db, test::adminUrl());
    bool called = false;
    auto* context = new QObject;
    db.query(Statement(QStringLiteral("select pg_sleep(0.2)")), context,
             [&](const QueryResult&) { called = true; });
    delete context;
    Capture marker;
    db.query(Statement(QStringLiteral("select 1")), nullptr, marker.cb());
    REQUIRE(waitFor([&] { return marker.done; }));
    CHECK_FALSE(called);
}

TEST_CASE("NOTIFY reaches a Qt signal")
{
    Database db;
    QSignalSpy live(&db, &Database::liveUpdatesChanged);
    db.listen(QStringLiteral("limitless_test_channel"));
    openAndWait(db, test::adminUrl());
    REQUIRE(waitFor([&] { return db.liveUpdatesAvailable(); }));
    QSignalSpy spy(&db, &Database::notification);
    auto other = test::connect(test::adminUrl());
    REQUIRE(other
                ->exec(QStringLiteral("select pg_notify('limitless_test_channel', $1)"),
                       {QStringLiteral("{\"table\":\"campaigns\",\"id\":\"c1\"}")})
                .ok());
    REQUIRE(waitFor([&] { return spy.count() >= 1; }, 5000));
    CHECK(spy.at(0).at(0).toString() == QStringLiteral("limitless_test_channel"));
    CHECK(spy.at(0).at(1).toString().contains(QStringLiteral("\"c1\"")));
}

TEST_CASE("after pg_terminate_backend, reads are retried and writes report an unknown outcome")
{
    Database db;
    db.setReconnectDelays({50, 100, 200});
    openAndWait(db, test::adminUrl());
    auto admin = test::connect(test::adminUrl());
    REQUIRE(admin->exec(QStringLiteral("create table if not exists t_reconnect (k int)")).ok());
    REQUIRE(admin->exec(QStringLiteral("truncate t_reconnect")).ok());

    auto backendPid = [&] {
        Capture c;
        db.query(Statement(QStringLiteral("select pg_backend_pid()")), nullptr, c.cb());
        REQUIRE(waitFor([&] { return c.done; }));
        REQUIRE(c.result.ok());
        return c.result.scalar().toLongLong();
    };
    auto kill = [&](qint64 pid) {
        REQUIRE(admin->exec(QStringLiteral("select pg_terminate_backend($1::int)"), {pid}).ok());
        // Wait until the server has really ended that backend.
        REQUIRE(waitFor([&] {
            return admin
                       ->exec(QStringLiteral(
                                  "select count(*) from pg_stat_activity where pid = $1::int"),
                              {pid})
                       .scalar()
                       .toLongLong() == 0;
        }));
    };

    SECTION("a read succeeds after reconnecting")
    {
        const qint64 pid = backendPid();
        kill(pid);
        Capture read;
        db.query(Statement(QStringLiteral("select 7")), nullptr, read.cb());
        REQUIRE(waitFor([&] { return read.done; }));
        CHECK(read.result.ok());
        CHECK(read.result.scalar().toLongLong() == 7);
        CHECK(backendPid() != pid);
    }
    SECTION("a write is not repeated silently")
    {
        kill(backendPid());
        Capture write;
        db.query(Statement(QStringLiteral("insert into t_reconnect values (1)")), nullptr,
                 write.cb(), Access::Write);
        REQUIRE(waitFor([&] { return write.done; }));
        CHECK(write.result.error.kind == DbError::Kind::WriteOutcomeUnknown);
        CHECK_FALSE(write.result.error.userMessage().isEmpty());
        // It was not applied behind the caller's back, and the connection comes back.
        REQUIRE(waitFor([&] { return db.state() == ConnectionState::Connected; }));
        CHECK(
            admin->exec(QStringLiteral("select count(*) from t_reconnect")).scalar().toLongLong() ==
            0);
        Capture again;
        db.query(Statement(QStringLiteral("select 1")), nullptr, again.cb());
        REQUIRE(waitFor([&] { return again.done; }));
        CHECK(again.result.ok());
    }
}

TEST_CASE("connection failures are reported, not hung on")
{
    SECTION("nothing listening")
    {
        Database db;
        QSignalSpy errors(&db, &Database::errorOccurred);
        db.open(QStringLiteral("postgresql://127.0.0.1:1/none?connect_timeout=3"));
        Capture c;
        db.query(Statement(QStringLiteral("select 1")), nullptr, c.cb());
        REQUIRE(waitFor([&] { return c.done; }));
        CHECK(c.result.error.kind == DbError::Kind::ConnectionRefused);
        REQUIRE(waitFor([&] { return errors.count() >= 1; }));
        db.close();
    }
    SECTION("a role that may not log in")
    {
        Database db;
        db.open(test::urlFor(QStringLiteral("limitless"), QStringLiteral("no_such_role")));
        REQUIRE(waitFor([&] { return db.state() == ConnectionState::Failed; }));
        CHECK(db.lastError().kind == DbError::Kind::AuthenticationFailed);
    }
}

TEST_CASE("with claims set, every request runs under row-level security")
{
    const sandbox::Sandbox box(test::sandboxDir());
    const auto st = box.status();
    REQUIRE_FALSE(st.ownerUserId.isEmpty());
    Database db;
    openAndWait(db, test::appUrl());
    CHECK(db.serverInfo().userName == QStringLiteral("limitless_app"));
    CHECK(db.serverInfo().serverVersion.startsWith(QStringLiteral("15")));

    SECTION("the signed-in owner sees their own row")
    {
        db.setClaims(claimsFor(st.ownerUserId));
        Capture c;
        db.query(Statement(QStringLiteral("select email from owners")), nullptr, c.cb());
        REQUIRE(waitFor([&] { return c.done; }));
        REQUIRE(c.result.ok());
        REQUIRE(c.result.rowCount() == 1);
        CHECK(c.result.scalar().toString() == st.ownerEmail);
    }
    SECTION("another user sees nothing")
    {
        db.setClaims(claimsFor(QStringLiteral("00000000-0000-4000-8000-000000000001")));
        Capture c;
        db.query(Statement(QStringLiteral("select count(*) from owners")), nullptr, c.cb());
        REQUIRE(waitFor([&] { return c.done; }));
        REQUIRE(c.result.ok());
        CHECK(c.result.scalar().toLongLong() == 0);
    }
    SECTION("without claims the application role has no access at all")
    {
        Capture c;
        db.query(Statement(QStringLiteral("select count(*) from owners")), nullptr, c.cb());
        REQUIRE(waitFor([&] { return c.done; }));
        CHECK(c.result.error.kind == DbError::Kind::PermissionDenied);
    }
    SECTION("a failed statement rolls the transaction back and the connection stays usable")
    {
        db.setClaims(claimsFor(st.ownerUserId));
        Capture bad, good;
        db.query(Statement(QStringLiteral("select 1/0")), nullptr, bad.cb());
        db.query(Statement(QStringLiteral("select current_user")), nullptr, good.cb());
        REQUIRE(waitFor([&] { return bad.done && good.done; }));
        CHECK(bad.result.error.sqlState == QStringLiteral("22012"));
        REQUIRE(good.result.ok());
        CHECK(good.result.scalar().toString() == QStringLiteral("authenticated"));
    }
}
