#include "AgentDatabase.h"

#include "DemoDatabase.h"
#include "TestDatabase.h"
#include "demo/DemoLoader.h"

#include <catch2/catch.hpp>

#include <QHash>

namespace limitless::test {

namespace {

void require(const db::QueryResult& r)
{
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
}

} // namespace

QString agentDemoDatabase(const QString& name)
{
    static QHash<QString, QString> cached;
    if (cached.contains(name))
        return cached.value(name);
    auto maintenance = connect(urlFor(QStringLiteral("postgres")));
    const qint64 lock = 7346100 + qint64(qHash(name) % 1000);
    require(maintenance->exec(QStringLiteral("select pg_advisory_lock($1)"), {lock}));
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
    require(maintenance->exec(QStringLiteral("select pg_advisory_unlock($1)"), {lock}));
    cached.insert(name, urlFor(name));
    return cached.value(name);
}

QString onlyOwner(const QString& url)
{
    auto conn = connect(url);
    const auto r = conn->exec(QStringLiteral("select id from owners"));
    require(r);
    REQUIRE(r.rowCount() == 1);
    return r.scalar().toString();
}

} // namespace limitless::test
