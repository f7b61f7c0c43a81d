#include "ConversationsTestDatabase.h"

#include "DemoDatabase.h"
#include "TestDatabase.h"
#include "demo/DemoLoader.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

namespace limitless::test {

namespace {
void require(const db::QueryResult& r)
{
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
}
} // namespace

QString conversationsDatabase(const QString& name, bool rebuild)
{
    auto maintenance = connect(urlFor(QStringLiteral("postgres")));
    require(maintenance->exec(QStringLiteral("select pg_advisory_lock(7346012)")));
    bool ready = false;
    if (!rebuild) {
        const auto exists = maintenance->exec(
            QStringLiteral("select 1 from pg_database where datname = $1"), {name});
        require(exists);
        if (exists.rowCount() == 1) {
            auto conn = connect(urlFor(name));
            const auto r =
                conn->exec(QStringLiteral("select to_regclass('conversations') is not null and "
                                          "exists (select 1 from conversations)"));
            ready = r.ok() && r.scalar().toBool();
        }
    }
    if (!ready) {
        const QString url = bootstrapDatabase(name, true);
        auto conn = connect(url);
        demo::DemoOptions options;
        options.seed = kDemoSeed;
        options.nowMsecs = kDemoNowMsecs;
        demo::DemoLoader::Report report;
        const db::DbError e = demo::DemoLoader(*conn).load(options, false, &report);
        INFO(e.toString().toStdString());
        REQUIRE_FALSE(e.isError());
        require(conn->exec(
            QStringLiteral("grant select, insert, update, delete on checkpoints, checkpoint_blobs, "
                           "checkpoint_writes to authenticated")));
    }
    require(maintenance->exec(QStringLiteral("select pg_advisory_unlock(7346012)")));
    return urlFor(name);
}

QString conversationsAppUrl(const QString& name)
{
    QUrl url(appUrl());
    url.setPath(QStringLiteral("/") + name);
    return url.toString();
}

void openConversationsDatabase(db::Database& db, const QString& name)
{
    auto conn = connect(urlFor(name));
    const auto owner = conn->exec(
        QStringLiteral("select supabase_user_id, email from owners order by id limit 1"));
    require(owner);
    REQUIRE(owner.rowCount() == 1);
    const QJsonObject claims{{QStringLiteral("sub"), owner.value(0, 0).toString()},
                             {QStringLiteral("role"), QStringLiteral("authenticated")},
                             {QStringLiteral("email"), owner.value(0, 1).toString()}};
    db.setClaims(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    db.open(conversationsAppUrl(name));
    REQUIRE(QTest::qWaitFor([&] { return db.state() == db::ConnectionState::Connected; }, 15000));
    REQUIRE(QTest::qWaitFor([&] { return db.liveUpdatesAvailable(); }, 15000));
}

} // namespace limitless::test
