// The Funnel page offscreen at 1280×800 on the demo business: single and comparison mode show
// the numbers FunnelQuery computes, drill-through asks for exactly the counted conversations,
// exports write PNG, SVG and CSV. Screenshots go to <build>/screenshots/ for review.
#include "DemoDatabase.h"
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include "FunnelCharts.h"
#include "FunnelModel.h"
#include "FunnelPage.h"
#include "Theme.h"
#include "analytics/FunnelQuery.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace limitless;
using analytics::FunnelStage;
using ui::FunnelPage;

namespace {

bool waitLoaded(models::FunnelModel& m)
{
    return QTest::qWaitFor([&] { return m.isLoaded() && !m.isLoading(); }, 15000);
}

analytics::FunnelReport recount(db::PgConnection& conn, const analytics::FunnelRequest& r)
{
    db::DbError e;
    const auto report = analytics::FunnelQuery::parse(
        r, conn.execPipeline(analytics::FunnelQuery::statements(r)), &e);
    INFO(e.toString().toStdString());
    REQUIRE(report);
    return *report;
}

} // namespace

TEST_CASE("the funnel page on the demo business, single and comparison", "[funnel][gui][db]")
{
    test::IsolatedSettings settings;
    ui::Theme::apply(*qApp);
    const QString url = test::demoFixtureUrl();
    auto conn = test::connect(url);

    db::Database database;
    database.open(url);
    REQUIRE(
        QTest::qWaitFor([&] { return database.state() == db::ConnectionState::Connected; }, 15000));

    FunnelPage page(&database);
    page.resize(1280, 800);
    page.setTimeZone("Europe/Berlin");
    // 21:00 UTC on 31 May is 23:00 in Berlin: "today" is still the 31st there.
    page.setNow(QDateTime::fromMSecsSinceEpoch(test::kDemoNowMsecs, Qt::UTC).addSecs(-3 * 3600));
    page.setPeriod(FunnelPage::Period::Last30);
    page.show();
    REQUIRE(waitLoaded(*page.model()));
    INFO(page.model()->lastError().toString().toStdString());

    const analytics::FunnelRequest single = page.currentRequest();
    CHECK(single.primary.to == QDate(2025, 5, 31));
    CHECK(single.primary.from == QDate(2025, 5, 2));
    const auto expected = recount(*conn, single);
    CHECK(page.model()->report().primary.totals == expected.primary.totals);
    CHECK(expected.primary.count(FunnelStage::Clicks) > 0);
    CHECK(expected.primary.count(FunnelStage::Paid) > 0);
    QTest::qWait(300);
    test::saveScreenshot(page, QStringLiteral("funnel-single"));

    SECTION("comparison: the two busiest campaigns side by side, then the previous period")
    {
        QList<std::pair<qint64, QString>> byClicks;
        for (const analytics::FunnelCampaign& c : expected.campaigns)
            byClicks.append({c.counted[0], c.id});
        std::sort(byClicks.rbegin(), byClicks.rend());
        REQUIRE(byClicks.size() >= 2);
        page.setCampaign(byClicks[0].second);
        page.setComparison(FunnelPage::Compare::Campaign, byClicks[1].second);
        REQUIRE(QTest::qWaitFor(
            [&] { return page.model()->hasComparison() && !page.model()->isLoading(); }, 15000));
        const auto r = recount(*conn, page.currentRequest());
        REQUIRE(r.comparison);
        CHECK(page.model()->report().primary.totals == r.primary.totals);
        CHECK(page.model()->report().comparison->totals == r.comparison->totals);
        CHECK(r.primary.totals != r.comparison->totals);
        QTest::qWait(300);
        test::saveScreenshot(page, QStringLiteral("funnel-compare-campaigns"));

        page.setComparison(FunnelPage::Compare::PreviousPeriod);
        REQUIRE(QTest::qWaitFor(
            [&] {
                return !page.model()->isLoading() && page.model()->report().comparison &&
                       page.model()->report().comparison->scope.to == QDate(2025, 5, 1);
            },
            15000));
        const auto p = recount(*conn, page.currentRequest());
        CHECK(page.model()->report().comparison->totals == p.comparison->totals);
        QTest::qWait(300);
        test::saveScreenshot(page, QStringLiteral("funnel-compare-periods"));
    }

    SECTION("drill-through asks for exactly the counted conversations")
    {
        QSignalSpy asked(&page, &FunnelPage::conversationsRequested);
        emit page.charts()->stageClicked(false, int(FunnelStage::Qualified));
        REQUIRE(asked.count() == 1);
        const auto f = asked.at(0).at(0).value<conversations::ConversationFilter>();
        CHECK(f.eventType == QStringLiteral("qualified"));
        CHECK(f.eventFrom == page.model()->report().primary.range.start);
        CHECK(f.eventTo == page.model()->report().primary.range.end);
        const db::QueryResult n = conn->exec(
            QStringLiteral("select count(distinct conversation_id) from analytics_events "
                           "where event_type = $1 and created_at >= $2 and created_at < $3"),
            {f.eventType, f.eventFrom, f.eventTo});
        CHECK(n.scalar().toLongLong() == expected.primary.count(FunnelStage::Qualified));

        emit page.charts()->stageClicked(false, int(FunnelStage::LinkSent));
        REQUIRE(asked.wait(5000));
        const auto links = asked.last().at(0).value<conversations::ConversationFilter>();
        CHECK(links.conversationIds.size() == expected.primary.count(FunnelStage::LinkSent));

        emit page.charts()->dayClicked(int(FunnelStage::Started), QDate(2025, 5, 20));
        const auto day = asked.last().at(0).value<conversations::ConversationFilter>();
        CHECK(day.eventType == QStringLiteral("conversation_started"));
        CHECK(day.eventFrom == QDateTime(QDate(2025, 5, 19), QTime(22, 0), Qt::UTC));
        CHECK(day.eventTo == QDateTime(QDate(2025, 5, 20), QTime(22, 0), Qt::UTC));
    }

    SECTION("every chart exports as PNG and SVG, its data as CSV")
    {
        QTemporaryDir dir;
        for (auto chart :
             {FunnelPage::Chart::Funnel, FunnelPage::Chart::Daily, FunnelPage::Chart::Objections,
              FunnelPage::Chart::ObjectionTypes, FunnelPage::Chart::Revenue}) {
            const QString base = dir.filePath(QString::number(int(chart)));
            REQUIRE(page.exportImage(chart, base + QStringLiteral(".png")));
            REQUIRE(page.exportImage(chart, base + QStringLiteral(".svg")));
            REQUIRE(page.exportCsv(chart, base + QStringLiteral(".csv")));
            QFile svg(base + QStringLiteral(".svg"));
            REQUIRE(svg.open(QIODevice::ReadOnly));
            CHECK(svg.readAll().contains("<svg"));
            QFile csv(base + QStringLiteral(".csv"));
            REQUIRE(csv.open(QIODevice::ReadOnly));
            CHECK(csv.readLine().startsWith("scope,"));
            CHECK(QImage(base + QStringLiteral(".png")).width() > 100);
        }
        QFile funnel(dir.filePath(QStringLiteral("0.csv")));
        REQUIRE(funnel.open(QIODevice::ReadOnly));
        const QByteArray text = funnel.readAll();
        CHECK(text.contains("qualified," +
                            QByteArray::number(expected.primary.count(FunnelStage::Qualified))));
    }
}
