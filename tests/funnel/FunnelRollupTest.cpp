// The hourly roll-up (migrations 0011 + 0012) stays exactly equal to a recount of
// analytics_events: under concurrent inserts from several connections, and after updates and
// deletes.
#include "FunnelFixture.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

#include <atomic>
#include <thread>
#include <vector>

using namespace limitless;

namespace {

// Rows of the roll-up that a recount disagrees with (both directions); 0 = exactly equal.
qint64 differences(db::PgConnection& c)
{
    const db::QueryResult r = c.exec(QStringLiteral(R"SQL(
with recount as (
    select created_at::date as day, extract(hour from created_at)::smallint as hour, campaign_id,
           event_type, limitless_analytics_detail(event_type, event_data) as detail,
           count(*)::bigint as count
    from analytics_events group by 1, 2, 3, 4, 5),
rollup as (
    select day, hour, campaign_id, event_type, detail, count from analytics_daily_counts
    where count <> 0)
select count(*) from (
    (select * from recount except all select * from rollup)
    union all
    (select * from rollup except all select * from recount)) d
)SQL"));
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
    return r.scalar().toLongLong();
}

const char* const kTypes[] = {"campaign_click", "conversation_started", "qualified",
                              "objection_raised", "payment_completed"};
const char* const kObjections[] = {"price", "timing", "trust"};

} // namespace

TEST_CASE("the roll-up equals a recount under concurrent inserts", "[funnel][db][rollup]")
{
    const QString url = test::createFunnelFixture(QStringLiteral("funnel_rollup"));
    auto admin = test::connect(url);
    REQUIRE(differences(*admin) == 0);

    constexpr int kWriters = 4;
    constexpr int kStatements = 150;
    std::atomic<int> failures{0};
    std::atomic<int> deadlocks{0};
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            db::DbError openError;
            auto conn = db::PgConnection::open(url, &openError);
            if (!conn) {
                ++failures;
                return;
            }
            QRandomGenerator rng(quint32(1000 + w));
            for (int i = 0; i < kStatements; ++i) {
                // 1–5 events per statement over few hours and campaigns, so writers keep
                // hitting the same roll-up rows (the case that needs ON CONFLICT to be exact).
                const int n = rng.bounded(1, 6);
                QStringList campaigns, types, data, times;
                for (int k = 0; k < n; ++k) {
                    campaigns << QString::fromLatin1(rng.bounded(2) ? test::kCampaignA
                                                                    : test::kCampaignB);
                    const char* type = kTypes[rng.bounded(5)];
                    types << QString::fromLatin1(type);
                    data << QStringLiteral(R"({"objection_type":"%1"})")
                                .arg(QString::fromLatin1(kObjections[rng.bounded(3)]));
                    times << QStringLiteral("2025-03-1%1 %2:%3")
                                 .arg(rng.bounded(3))
                                 .arg(22 + rng.bounded(2))
                                 .arg(rng.bounded(60), 2, 10, QLatin1Char('0'));
                }
                const db::QueryResult r = conn->exec(
                    QStringLiteral("insert into analytics_events (campaign_id, event_type, "
                                   "event_data, created_at) select * from unnest($1::text[], "
                                   "$2::text[], $3::jsonb[], $4::timestamp[])"),
                    {campaigns, types, data, times});
                if (r.error.sqlState == QLatin1String("40P01"))
                    ++deadlocks; // rolled back as a whole: the recount will not see it either
                else if (!r.ok())
                    ++failures;
            }
        });
    }
    for (std::thread& t : writers)
        t.join();
    CHECK(failures == 0);
    CHECK(deadlocks == 0);
    const db::QueryResult total =
        admin->exec(QStringLiteral("select count(*) from analytics_events"));
    CHECK(total.scalar().toLongLong() > 22 + kWriters * kStatements);
    CHECK(differences(*admin) == 0);

    SECTION("updates and deletes keep it exact")
    {
        auto run = [&](const char* sql) {
            const db::QueryResult r = admin->exec(QString::fromLatin1(sql));
            INFO(r.error.toString().toStdString());
            REQUIRE(r.ok());
        };
        run("update analytics_events set created_at = created_at + interval '1 hour' "
            "where event_type = 'qualified'");
        run("update analytics_events set event_data = '{\"objection_type\":\"other\"}' "
            "where event_type = 'objection_raised' and created_at::date = '2025-03-11'");
        run("update analytics_events set campaign_id = 'fx-camp-p' where event_type = "
            "'campaign_click' and created_at < '2025-03-11'");
        run("delete from analytics_events where event_type = 'payment_completed' and "
            "created_at::date = '2025-03-12'");
        CHECK(differences(*admin) == 0);
        run("select limitless_analytics_daily_rebuild()");
        CHECK(differences(*admin) == 0);
    }
}
