#include "DemoDatabase.h"

#include "TestDatabase.h"
#include "db/Migrator.h"
#include "demo/DemoLoader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

namespace limitless::test {

namespace {

QString resourceText(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

void require(const db::QueryResult& r)
{
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
}

} // namespace

QString bootstrapDatabase(const QString& name, bool withOwner)
{
    const QString url = freshDatabase(name);
    auto conn = connect(url);
    require(conn->execScript(resourceText(QStringLiteral(":/sandbox/sql/auth.sql"))));
    // LangGraph's DDL block by block (v6..v8 build indexes concurrently: no transaction).
    const QStringList blocks = resourceText(QStringLiteral(":/sandbox/sql/langgraph.sql"))
                                   .split(QRegularExpression(QStringLiteral("^-- v(\\d+)\\s*$"),
                                                             QRegularExpression::MultilineOption));
    for (int v = 0; v + 1 < blocks.size(); ++v) {
        require(conn->execScript(blocks[v + 1].trimmed()));
        require(conn->exec(QStringLiteral("insert into checkpoint_migrations (v) values ($1) "
                                          "on conflict do nothing"),
                           {v}));
    }
    QStringList applied;
    const db::DbError migrated = db::Migrator(*conn).migrate(&applied);
    INFO(migrated.toString().toStdString());
    REQUIRE_FALSE(migrated.isError());
    if (withOwner)
        require(conn->exec(
            QStringLiteral("insert into owners (email, name, instagram_handle, supabase_user_id) "
                           "values ($1, $2, $3, gen_random_uuid()::text)"),
            {QStringLiteral("owner@sandbox.test"), QStringLiteral("Alex Rivera"),
             QStringLiteral("@alexrivera.growth")}));
    return url;
}

QString demoFixtureUrl()
{
    static const QString cached = demoDatabaseUrl(QStringLiteral("demo_fixture"));
    return cached;
}

QString demoDatabaseUrl(const QString& name)
{
    auto maintenance = connect(urlFor(QStringLiteral("postgres")));
    // Session-level lock: held while this process checks and, if needed, builds the database.
    require(maintenance->exec(QStringLiteral("select pg_advisory_lock(7346011)")));
    bool ready = false;
    const auto exists =
        maintenance->exec(QStringLiteral("select 1 from pg_database where datname = $1"), {name});
    require(exists);
    if (exists.rowCount() == 1) {
        auto conn = connect(urlFor(name));
        const auto r = conn->exec(QStringLiteral(
            "select to_regclass('campaigns') is not null and exists (select 1 from campaigns)"));
        ready = r.ok() && r.scalar().toBool();
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
    }
    require(maintenance->exec(QStringLiteral("select pg_advisory_unlock(7346011)")));
    return urlFor(name);
}

} // namespace limitless::test
