// FunnelModel on the live path: it loads under row-level security (the roll-up's own policy),
// and when a separate connection inserts events the model shows the new numbers, pushed by
// NOTIFY, without a reset.
#include "FunnelFixture.h"
#include "TestDatabase.h"

#include "FunnelModel.h"
#include "analytics/FunnelQuery.h"
#include "analytics/SalesAlerts.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace limitless;
using analytics::FunnelStage;
using analytics::StageCounts;

namespace {

qint64 countAt(const models::FunnelModel& m, FunnelStage s,
               int column = models::FunnelModel::CountColumn)
{
    return m.data(m.index(int(s), column), models::FunnelModel::RawRole).toLongLong();
}

} // namespace

TEST_CASE("FunnelModel loads under RLS and follows inserts from another connection",
          "[funnel][model][db]")
{
    const QString url = test::createFunnelFixture(QStringLiteral("funnel_live"));
    auto writer = test::connect(url);

    db::Database database;
    database.setClaims(R"({"sub":"00000000-0000-0000-0000-000000000001","role":"authenticated"})");
    database.open(url);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return database.state() == db::ConnectionState::Connected &&
                   database.liveUpdatesAvailable();
        },
        15000));

    models::FunnelModel model(&database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    analytics::FunnelRequest request;
    request.timeZone = "Europe/Berlin";
    request.primary = {{}, QDate(2025, 3, 10), QDate(2025, 3, 12)};
    request.comparison = analytics::FunnelScope{
        {QString::fromLatin1(test::kCampaignB)}, QDate(2025, 3, 10), QDate(2025, 3, 12)};
    model.setRequest(request);
    REQUIRE(QTest::qWaitFor([&] { return model.isLoaded() && !model.isLoading(); }, 10000));
    INFO(model.lastError().toString().toStdString());
    REQUIRE(model.rowCount() == analytics::kStageCount);
    CHECK(model.report().primary.totals == StageCounts{6, 4, 3, 2, 2, 1});
    CHECK(model.report().comparison->totals == StageCounts{2, 1, 1, 1, 1, 0});
    CHECK(countAt(model, FunnelStage::Paid) == 1);
    CHECK(model.data(model.index(int(FunnelStage::Paid), models::FunnelModel::FromPreviousColumn))
              .toString()
              .contains(QLatin1Char('%')));
    CHECK(model.isLive());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QElapsedTimer sinceInsert;
    sinceInsert.start();
    const db::QueryResult ins = writer->exec(QStringLiteral(
        "insert into analytics_events (conversation_id, campaign_id, event_type, created_at) "
        "values (null, 'fx-camp-b', 'campaign_click', '2025-03-12 10:00'), "
        "(null, 'fx-camp-b', 'campaign_click', '2025-03-12 10:01'), "
        "('a3', 'fx-camp-a', 'qualified', '2025-03-12 10:02')"));
    REQUIRE(ins.ok());
    REQUIRE(QTest::qWaitFor([&] { return countAt(model, FunnelStage::Clicks) == 8; }, 5000));
    const qint64 delayMs = sinceInsert.elapsed();
    WARN("insert to model update: " << delayMs << " ms");
    CHECK(delayMs < 1000);
    CHECK(countAt(model, FunnelStage::Qualified) == 4);
    CHECK(countAt(model, FunnelStage::Clicks, models::FunnelModel::CompareCountColumn) == 4);
    CHECK(resets.isEmpty());
    CHECK_FALSE(changes.isEmpty());

    // The model's numbers equal a recount straight from the events (superuser, no roll-up).
    QList<db::Statement> st{db::Statement(QStringLiteral("select 1"))};
    st += analytics::FunnelQuery::scopeStatements(request, request.primary, true);
    analytics::FunnelRequest single = request;
    single.comparison.reset();
    db::DbError e;
    const auto recount = analytics::FunnelQuery::parse(single, writer->execPipeline(st), &e);
    REQUIRE(recount);
    CHECK(recount->primary.totals == model.report().primary.totals);
}

TEST_CASE("SalesAlerts announces qualified leads and completed payments, not playground ones",
          "[funnel][alerts][db]")
{
    const QString url = test::createFunnelFixture(QStringLiteral("funnel_alerts"));
    auto writer = test::connect(url);
    db::Database database;
    database.setClaims(R"({"sub":"00000000-0000-0000-0000-000000000001","role":"authenticated"})");
    // Subscribed before connecting, so its LISTEN is in place before the writer inserts (a
    // LISTEN issued after the connection is up could still be on its way).
    analytics::SalesAlerts alerts(&database);
    database.open(url);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return database.state() == db::ConnectionState::Connected &&
                   database.liveUpdatesAvailable();
        },
        15000));
    QList<analytics::SalesAlerts::Alert> received;
    QObject::connect(&alerts, &analytics::SalesAlerts::alert,
                     [&](const analytics::SalesAlerts::Alert& a) { received.append(a); });

    const db::QueryResult ins = writer->exec(QStringLiteral(
        "insert into analytics_events (conversation_id, campaign_id, event_type, event_data) "
        "values ('p1', 'fx-camp-p', 'qualified', '{}'), "
        "('a3', 'fx-camp-a', 'qualified', '{}'), "
        "('a3', 'fx-camp-a', 'pitch_delivered', '{}'), "
        "('b1', 'fx-camp-b', 'payment_completed', "
        "'{\"amount\":29700,\"currency\":\"usd\"}')"));
    REQUIRE(ins.ok());
    REQUIRE(QTest::qWaitFor([&] { return received.size() >= 2; }, 5000));
    QTest::qWait(300); // nothing else may arrive (playground, pitch_delivered)
    REQUIRE(received.size() == 2);
    std::sort(received.begin(), received.end(),
              [](const auto& x, const auto& y) { return x.conversationId < y.conversationId; });
    CHECK(received[0].kind == analytics::SalesAlerts::Kind::Qualified);
    CHECK(received[0].conversationId == QStringLiteral("a3"));
    CHECK(received[0].instagramHandle == QStringLiteral("lead_a3"));
    CHECK(received[0].campaignName == QStringLiteral("Alpha"));
    CHECK(received[1].kind == analytics::SalesAlerts::Kind::PaymentCompleted);
    CHECK(received[1].conversationId == QStringLiteral("b1"));
    CHECK(received[1].amountCents == 29700);
    CHECK(received[1].currency == QStringLiteral("usd"));
}

TEST_CASE("FunnelModel counts from the source tables where the roll-ups are not installed",
          "[funnel][db]")
{
    const QString url = test::createFunnelFixture(QStringLiteral("funnel_no_rollups"), false);
    auto admin = test::connect(url);
    db::Database database;
    database.open(url);
    REQUIRE(QTest::qWaitFor([&] { return database.serverInfo().additions.probed; }, 15000));
    CHECK_FALSE(database.serverInfo().additions.rollups);
    models::FunnelModel model(&database);
    analytics::FunnelRequest request;
    request.timeZone = "Europe/Berlin";
    request.primary.from = QDate(2025, 3, 1);
    request.primary.to = QDate(2025, 3, 31);
    model.setRequest(request);
    const bool loaded =
        QTest::qWaitFor([&] { return !model.isLoading() && model.isLoaded(); }, 15000);
    INFO(model.lastError().toString().toStdString());
    REQUIRE(loaded);
    const analytics::FunnelReport& report = model.report();
    CHECK_FALSE(report.request.useRollups);
    CHECK_FALSE(report.primary.fromRollup);
    // The same figures as the roll-up-free counting queries run directly.
    analytics::FunnelRequest raw = request;
    raw.useRollups = false;
    db::DbError e;
    const auto expected =
        analytics::FunnelQuery::parse(raw, admin->execPipeline(analytics::FunnelQuery::statements(raw)), &e);
    INFO(e.toString().toStdString());
    REQUIRE(expected);
    CHECK(report.primary.totals == expected->primary.totals);
    CHECK(report.primary.count(analytics::FunnelStage::Clicks) > 0);
    CHECK(report.primary.objectionTypes == expected->primary.objectionTypes);
    CHECK(report.campaigns.size() == 3);
}
