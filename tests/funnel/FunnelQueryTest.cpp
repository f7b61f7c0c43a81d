// The funnel's queries against a hand-computed fixture (FunnelFixture.cpp): stage counts,
// conversions without division by zero, local-day boundaries in three zones, comparison mode,
// playground exclusion, data quality and drill-through returning exactly the counted set.
#include "FunnelFixture.h"
#include "TestDatabase.h"

#include "analytics/FunnelCsv.h"
#include "analytics/FunnelQuery.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace limitless;
using analytics::FunnelQuery;
using analytics::FunnelRequest;
using analytics::FunnelScope;
using analytics::FunnelStage;
using analytics::StageCounts;

namespace {

// Every case only reads the fixture; ctest runs each case as its own process, possibly in
// parallel, so each case names its own database (the first name wins within one process).
std::unique_ptr<db::PgConnection> g_fixture;

void useFixture(const char* name)
{
    if (!g_fixture)
        g_fixture = test::connect(test::createFunnelFixture(QString::fromLatin1(name)));
}

db::PgConnection& fixture()
{
    REQUIRE(g_fixture);
    return *g_fixture;
}

analytics::FunnelReport run(const FunnelRequest& request)
{
    db::DbError error;
    const auto report = FunnelQuery::parse(
        request, fixture().execPipeline(FunnelQuery::statements(request)), &error);
    INFO(error.toString().toStdString());
    REQUIRE(report);
    return *report;
}

FunnelRequest request(const char* zone, QDate from, QDate to, QStringList campaigns = {})
{
    FunnelRequest r;
    r.timeZone = zone;
    r.primary = FunnelScope{campaigns, from, to};
    return r;
}

const QDate d10(2025, 3, 10), d11(2025, 3, 11), d12(2025, 3, 12);
const QString A = QString::fromLatin1(test::kCampaignA);
const QString B = QString::fromLatin1(test::kCampaignB);

// The conversations the Conversations page selects for a drill-through filter, written from the
// filter's documented meaning (an event of that type in [eventFrom, eventTo) on one of the
// campaigns; playground campaigns only when asked).
QSet<QString> selectedBy(const conversations::ConversationFilter& f)
{
    const db::QueryResult r = fixture().exec(
        QStringLiteral("select distinct v.id from conversations v "
                       "join campaigns c on c.id = v.campaign_id "
                       "where exists (select 1 from analytics_events e where e.conversation_id = "
                       "v.id and e.event_type = $1 and e.created_at >= $2 and e.created_at < $3) "
                       "and ($4::text[] is null or v.campaign_id = any($4::text[])) "
                       "and ($5::boolean or c.platform is distinct from 'playground')"),
        {f.eventType, f.eventFrom, f.eventTo,
         f.campaignIds.isEmpty() ? QVariant() : QVariant(f.campaignIds), f.includePlayground});
    REQUIRE(r.ok());
    QSet<QString> ids;
    for (int i = 0; i < r.rowCount(); ++i)
        ids.insert(r.value(i, 0).toString());
    return ids;
}

} // namespace

TEST_CASE("funnel stage counts match the hand-computed fixture", "[funnel][db]")
{
    useFixture("fq_counts");
    const auto report = run(request("Europe/Berlin", d10, d12));
    const auto& s = report.primary;
    CHECK(s.fromRollup);
    // Playground excluded: A 4 + B 2 clicks; a1 a2 a3 b1 started; a1 a2 b1 qualified; a1 b1
    // pitched; a1 b1 got a link (b1's second checkout session is the same link stage); a1 paid.
    CHECK(s.totals == StageCounts{6, 4, 3, 2, 2, 1});
    CHECK(s.fromPrevious(FunnelStage::Clicks) == Approx(1.0));
    CHECK(s.fromPrevious(FunnelStage::Started) == Approx(4.0 / 6.0));
    CHECK(s.fromPrevious(FunnelStage::Paid) == Approx(0.5));
    CHECK(s.fromTop(FunnelStage::Qualified) == Approx(0.5));
    CHECK(s.fromTop(FunnelStage::Paid) == Approx(1.0 / 6.0));

    CHECK(s.daily.size() == 3);
    CHECK(s.daily.value(d10) == StageCounts{1, 1, 1, 1, 1, 1});
    CHECK(s.daily.value(d11) == StageCounts{4, 3, 2, 1, 1, 0});
    CHECK(s.daily.value(d12) == StageCounts{1, 0, 0, 0, 0, 0});
    CHECK(s.objectionsDaily.value(d10) == 1);
    CHECK(s.objectionsDaily.value(d11) == 2);
    CHECK(s.objectionTypes.value(QStringLiteral("price")) == 2);
    CHECK(s.objectionTypes.value(QStringLiteral("timing")) == 1);
    CHECK(s.topObjections().first().first == QStringLiteral("price"));

    REQUIRE(s.revenue.size() == 1);
    CHECK(s.revenue.first().campaignId == A);
    CHECK(s.revenue.first().cents == 69700);
    CHECK(s.revenue.first().currency == QStringLiteral("usd"));
}

TEST_CASE("funnel days follow the owner's time zone", "[funnel][db]")
{
    useFixture("fq_zones");
    SECTION("UTC: the 23:30 events stay on the 10th")
    {
        const auto s = run(request("UTC", d10, d12)).primary;
        CHECK(s.totals == StageCounts{6, 4, 3, 2, 2, 1});
        CHECK(s.daily.value(d10) == StageCounts{2, 2, 2, 1, 1, 1});
        CHECK(s.daily.value(d11) == StageCounts{3, 2, 1, 1, 1, 0});
        CHECK(s.objectionsDaily.value(d10) == 2);
    }
    SECTION("Berlin, one day: 23:30 UTC on the 10th is 00:30 on the 11th")
    {
        const auto s = run(request("Europe/Berlin", d11, d11)).primary;
        CHECK(s.range.start == QDateTime(d10, QTime(23, 0), Qt::UTC));
        CHECK(s.range.end == QDateTime(d11, QTime(23, 0), Qt::UTC));
        CHECK(s.totals == StageCounts{4, 3, 2, 1, 1, 0});
    }
    SECTION("Kolkata (+05:30): local midnight inside a UTC hour, still from the roll-up")
    {
        const auto s = run(request("Asia/Kolkata", d10, d12)).primary;
        CHECK(s.fromRollup);
        CHECK(s.range.start == QDateTime(QDate(2025, 3, 9), QTime(18, 30), Qt::UTC));
        CHECK(s.totals == StageCounts{6, 4, 3, 2, 2, 1});
        // 23:30 UTC on the 10th = 05:00 on the 11th; 10:00 UTC = 15:30 on the 10th.
        CHECK(s.daily.value(d10) == StageCounts{1, 1, 1, 1, 1, 1});
        CHECK(s.daily.value(d11)[0] == 4);
    }
    SECTION("local mean time (Amsterdam 1930, +00:19:32) is counted from the events")
    {
        const db::QueryResult r = fixture().exec(QStringLiteral(
            "insert into analytics_events (campaign_id, event_type, created_at) values "
            "('fx-camp-a', 'campaign_click', '1930-03-10 23:30'), "
            "('fx-camp-a', 'campaign_click', '1930-03-10 23:50')"));
        REQUIRE(r.ok());
        const QDate m10(1930, 3, 10), m11(1930, 3, 11);
        const auto s = run(request("Europe/Amsterdam", m10, m11)).primary;
        CHECK_FALSE(s.fromRollup);
        CHECK(s.range.start == QDateTime(QDate(1930, 3, 9), QTime(23, 40, 28), Qt::UTC));
        // 23:30 UTC = 23:49:32 on the 10th; 23:50 UTC = 00:09:32 on the 11th.
        CHECK(s.daily.value(m10)[0] == 1);
        CHECK(s.daily.value(m11)[0] == 1);
        const db::QueryResult undo = fixture().exec(
            QStringLiteral("delete from analytics_events where created_at < '1931-01-01'"));
        REQUIRE(undo.ok());
    }
    SECTION("the roll-up and the events agree wherever both can answer")
    {
        for (const char* zone :
             {"UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Asia/Kolkata",
              "Asia/Kathmandu", "Pacific/Chatham", "Australia/Lord_Howe", "Pacific/Kiritimati"}) {
            FunnelRequest r = request(zone, d10, d12);
            const auto viaRollup = run(r).primary;
            QList<db::Statement> st{db::Statement(QStringLiteral("select 1"))};
            st += FunnelQuery::scopeStatements(r, r.primary, true);
            db::DbError e;
            const auto viaEvents = FunnelQuery::parse(r, fixture().execPipeline(st), &e);
            REQUIRE(viaEvents);
            INFO(zone);
            CHECK(viaRollup.totals == viaEvents->primary.totals);
            CHECK(viaRollup.daily == viaEvents->primary.daily);
            CHECK(viaRollup.objectionTypes == viaEvents->primary.objectionTypes);
            CHECK(viaRollup.objectionsDaily == viaEvents->primary.objectionsDaily);
            REQUIRE(viaRollup.revenue.size() == viaEvents->primary.revenue.size());
            for (int i = 0; i < viaRollup.revenue.size(); ++i) {
                CHECK(viaRollup.revenue.at(i).cents == viaEvents->primary.revenue.at(i).cents);
                CHECK(viaRollup.revenue.at(i).payments ==
                      viaEvents->primary.revenue.at(i).payments);
            }
        }
    }
}

TEST_CASE("an empty period or zero clicks never divides by zero", "[funnel][db]")
{
    useFixture("fq_empty");
    const auto empty = run(request("Europe/Berlin", QDate(2024, 1, 1), QDate(2024, 1, 7))).primary;
    CHECK(empty.totals == StageCounts{});
    CHECK(empty.daily.size() == 7);
    for (int i = 0; i < analytics::kStageCount; ++i) {
        CHECK(empty.fromPrevious(FunnelStage(i)) < 0);
        CHECK(empty.fromTop(FunnelStage(i)) < 0);
    }
    // A campaign with nothing on that day.
    const auto none = run(request("Europe/Berlin", d12, d12, {B})).primary;
    CHECK(none.totals == StageCounts{});
    CHECK(none.fromTop(FunnelStage::Started) < 0);
}

TEST_CASE("comparison mode: two campaigns, or one campaign in two periods", "[funnel][db]")
{
    useFixture("fq_compare");
    FunnelRequest twoCampaigns = request("Europe/Berlin", d10, d12, {A});
    twoCampaigns.comparison = FunnelScope{{B}, d10, d12};
    const auto r1 = run(twoCampaigns);
    REQUIRE(r1.comparison);
    CHECK(r1.primary.totals == StageCounts{4, 3, 2, 1, 1, 1});
    CHECK(r1.comparison->totals == StageCounts{2, 1, 1, 1, 1, 0});
    CHECK(r1.comparison->fromPrevious(FunnelStage::Paid) == Approx(0.0));

    FunnelRequest twoPeriods = request("Europe/Berlin", d10, d10, {A});
    twoPeriods.comparison = FunnelScope{{A}, d11, d11};
    const auto r2 = run(twoPeriods);
    CHECK(r2.primary.totals == StageCounts{1, 1, 1, 1, 1, 1});
    CHECK(r2.comparison->totals == StageCounts{2, 2, 1, 0, 0, 0});
}

TEST_CASE("playground campaigns are excluded unless asked for", "[funnel][db]")
{
    useFixture("fq_playground");
    FunnelRequest r = request("UTC", d10, d12);
    r.includePlayground = true;
    CHECK(run(r).primary.totals == StageCounts{7, 5, 4, 2, 2, 1});
}

TEST_CASE("data quality compares stored counters with the events", "[funnel][db]")
{
    useFixture("fq_quality");
    const auto report = run(request("UTC", d10, d12));
    const analytics::FunnelCampaign* a = report.campaign(A);
    const analytics::FunnelCampaign* b = report.campaign(B);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->consistent());
    CHECK_FALSE(b->consistent());
    CHECK(b->stored[0] == 5);
    CHECK(b->counted[0] == 2);
}

TEST_CASE("drill-through selects exactly the counted conversations", "[funnel][db]")
{
    useFixture("fq_drill");
    for (const char* zone : {"Europe/Berlin", "UTC"}) {
        for (bool playground : {false, true}) {
            FunnelRequest r = request(zone, d10, d12);
            r.includePlayground = playground;
            const auto report = run(r);
            for (FunnelStage st : {FunnelStage::Started, FunnelStage::Qualified,
                                   FunnelStage::Pitched, FunnelStage::Paid}) {
                const auto f = FunnelQuery::drillThrough(r, r.primary, st);
                INFO(zone << " " << analytics::stageKey(st).toStdString() << " " << playground);
                CHECK(selectedBy(f).size() == report.primary.count(st));
                // And per day.
                for (auto it = report.primary.daily.cbegin(); it != report.primary.daily.cend();
                     ++it) {
                    const auto fd = FunnelQuery::drillThrough(r, r.primary, st, it.key());
                    CHECK(selectedBy(fd).size() == it.value()[int(st)]);
                }
            }
            const db::QueryResult links =
                fixture().exec(FunnelQuery::linkConversations(r, r.primary));
            REQUIRE(links.ok());
            CHECK(FunnelQuery::conversationIds(links) ==
                  QStringList{QStringLiteral("a1"), QStringLiteral("b1")});
        }
    }
    const auto f = FunnelQuery::drillThrough(request("Europe/Berlin", d11, d11, {A}),
                                             FunnelScope{{A}, d11, d11}, FunnelStage::Qualified);
    CHECK(selectedBy(f) == QSet<QString>{QStringLiteral("a2")});
}

TEST_CASE("the CSV exports carry the figures of the charts", "[funnel][db]")
{
    useFixture("fq_csv");
    FunnelRequest r = request("Europe/Berlin", d10, d12, {A});
    r.comparison = FunnelScope{{B}, d10, d12};
    const auto report = run(r);
    const QByteArray funnel = analytics::FunnelCsv::funnel(report);
    CHECK(funnel.startsWith("scope,from,to,stage,count,from_previous,from_top\r\n"));
    CHECK(funnel.contains("A,2025-03-10,2025-03-12,qualified,2,0.6667,0.5000\r\n"));
    CHECK(funnel.contains("B,2025-03-10,2025-03-12,paid,0,0.0000,0.0000\r\n"));
    const QByteArray daily = analytics::FunnelCsv::daily(report);
    CHECK(daily.contains("A,2025-03-11,2,2,1,0,0,0,1\r\n"));
    CHECK(analytics::FunnelCsv::objections(report).contains("B,price,1\r\n"));
    CHECK(analytics::FunnelCsv::revenue(report).contains("A,AAA,Alpha,usd,1,69700\r\n"));
    CHECK(analytics::FunnelCsv::dataQuality(report).contains("BBB,total_clicks,5,2\r\n"));
    CHECK(analytics::FunnelCsv::field(QStringLiteral("a,\"b\"")) == "\"a,\"\"b\"\"\"");
    // Campaign names and objection types come from people: no formulas in the funnel's CSV.
    CHECK(analytics::FunnelCsv::field(QStringLiteral("=1+1")) == "\"'=1+1\"");
    CHECK(analytics::FunnelCsv::field(QStringLiteral("@x")) == "\"'@x\"");

    // Nothing to divide by: an empty field, not a number.
    const auto empty = run(request("UTC", QDate(2024, 1, 1), QDate(2024, 1, 1)));
    CHECK(analytics::FunnelCsv::funnel(empty).contains("A,2024-01-01,2024-01-01,paid,0,,\r\n"));
}
