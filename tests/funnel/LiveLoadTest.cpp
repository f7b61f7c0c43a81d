// The live path end to end with two processes: `limitless simulate` inserts events as the agent
// does (each with its campaign counter), and the dashboard's main window on the Funnel page
// follows it (LiveLoadBench, the benchmark's own driver, run briefly here).
#include "CliRun.h"
#include "FunnelFixture.h"
#include "TestDatabase.h"

#include "LiveLoadBench.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace limitless;

namespace {

test::CliRun simulate(const QString& url, const QStringList& args)
{
    return test::runLimitless(QStringList{QStringLiteral("simulate"), QStringLiteral("--db"), url} +
                              args);
}

qint64 scalar(db::PgConnection& c, const QString& sql)
{
    const db::QueryResult r = c.exec(sql);
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
    return r.scalar().toLongLong();
}

// Stored counters minus the events of the same types, summed over the non-playground campaigns.
const char* const kCounterGap = R"SQL(
select sum(c.total_clicks + c.total_conversations + c.total_qualified + c.total_conversions)
     - (select count(*) from analytics_events e join campaigns k on k.id = e.campaign_id
        where k.platform <> 'playground'
          and e.event_type in ('campaign_click', 'conversation_started', 'qualified',
                               'payment_completed'))
from campaigns c where c.platform <> 'playground'
)SQL";

} // namespace

TEST_CASE("limitless simulate inserts events with their counters at the asked rate",
          "[funnel][db][cli]")
{
    const QString url = test::createFunnelFixture(QStringLiteral("funnel_simulate"));
    auto conn = test::connect(url);
    const qint64 before = scalar(*conn, QStringLiteral("select count(*) from analytics_events"));
    const qint64 gapBefore = scalar(*conn, QString::fromLatin1(kCounterGap));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString log = dir.filePath(QStringLiteral("events.log"));
    const test::CliRun r = simulate(url, {QStringLiteral("--rate"), QStringLiteral("40"),
                                          QStringLiteral("--duration"), QStringLiteral("1.5"),
                                          QStringLiteral("--log"), log, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    // Every event due in 1.5 s at 40/s, unless this machine could not keep the rate (it then
    // says so and stops at the end of the duration anyway).
    const qint64 n = summary.value(QStringLiteral("events")).toInteger();
    const bool kept = summary.value(QStringLiteral("rate_kept")).toBool();
    CHECK(n == (kept ? 60 : n));
    CHECK(n > 0);
    CHECK(n <= 60);
    if (!kept)
        CHECK(r.err.contains(QStringLiteral("could not be kept")));
    CHECK(summary.value(QStringLiteral("seconds")).toDouble() >= 1.4);

    CHECK(scalar(*conn, QStringLiteral("select count(*) from analytics_events")) == before + n);
    // Never into playground campaigns; every counted type bumped its counter in step.
    CHECK(scalar(*conn, QStringLiteral("select count(*) from analytics_events e join campaigns c "
                                       "on c.id = e.campaign_id where c.platform = 'playground' "
                                       "and e.created_at > '2026-01-01'")) == 0);
    CHECK(scalar(*conn, QString::fromLatin1(kCounterGap)) == gapBefore);

    QFile f(log);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    REQUIRE(lines.size() == n);
    qint64 previous = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).split(' ');
        REQUIRE(fields.size() == 2);
        CHECK(fields.at(1).toLongLong() == i + 1);
        CHECK(fields.at(0).toLongLong() >= previous);
        previous = fields.at(0).toLongLong();
    }

    SECTION("bad options are refused before anything is written")
    {
        const test::CliRun bad = simulate(url, {QStringLiteral("--rate"), QStringLiteral("0")});
        CHECK(bad.exitCode == 2);
        CHECK(bad.err.contains(QStringLiteral("--rate")));
        CHECK(scalar(*conn, QStringLiteral("select count(*) from analytics_events")) == before + n);
    }
}

TEST_CASE("limitless simulate lasts its duration and writes a consistent funnel",
          "[funnel][db][cli]")
{
    const QString url = test::createFunnelFixture(QStringLiteral("funnel_simulate_rules"));
    auto conn = test::connect(url);
    const QString runStart = QStringLiteral("'%1'").arg(
        QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs));

    // Half an event a second for 3 s: at 0 s and 2 s, and the run lasts 3 s.
    test::CliRun slow = simulate(url, {QStringLiteral("--rate"), QStringLiteral("0.5"),
                                       QStringLiteral("--duration"), QStringLiteral("3"),
                                       QStringLiteral("--json")});
    INFO(slow.err.toStdString());
    REQUIRE(slow.exitCode == 0);
    QJsonObject o = QJsonDocument::fromJson(slow.out).object();
    CHECK(o.value(QStringLiteral("events")).toInteger() == 2);
    CHECK(o.value(QStringLiteral("seconds")).toDouble() >= 2.9);

    // A rate no connection can keep: the run still ends at its duration and says so.
    test::CliRun fast = simulate(url, {QStringLiteral("--rate"), QStringLiteral("10000"),
                                       QStringLiteral("--duration"), QStringLiteral("0.5"),
                                       QStringLiteral("--json")});
    REQUIRE(fast.exitCode == 0);
    o = QJsonDocument::fromJson(fast.out).object();
    CHECK(o.value(QStringLiteral("seconds")).toDouble() < 1.5);
    const bool kept = o.value(QStringLiteral("rate_kept")).toBool();
    CHECK(kept == (o.value(QStringLiteral("events")).toInteger() == 5000));
    if (!kept)
        CHECK(fast.err.contains(QStringLiteral("could not be kept")));

    // Every payment event of the run has its conversation and completed payment, and no stage
    // of the run is larger than the one before it, per campaign.
    const QString since = QStringLiteral(" and e.created_at > ") + runStart;
    CHECK(scalar(*conn, QStringLiteral("select count(*) from analytics_events e "
                                       "where e.event_type = 'payment_completed'") +
                            since) ==
          scalar(*conn, QStringLiteral("select count(*) from analytics_events e join payments p "
                                       "on p.conversation_id = e.conversation_id "
                                       "and p.payment_status = 'completed' "
                                       "join conversations c on c.id = e.conversation_id "
                                       "and c.payment_completed and c.payment_link_sent "
                                       "where e.event_type = 'payment_completed'") +
                            since));
    CHECK(scalar(*conn, QStringLiteral(R"SQL(
        with k as (
            select campaign_id,
                   count(*) filter (where event_type = 'campaign_click') as s0,
                   count(*) filter (where event_type = 'conversation_started') as s1,
                   count(*) filter (where event_type = 'qualified') as s2,
                   count(*) filter (where event_type = 'pitch_delivered') as s3,
                   count(*) filter (where event_type = 'payment_completed') as s4
            from analytics_events e where true )SQL") +
                            since + QStringLiteral(R"SQL( group by campaign_id)
        select count(*) from k where s1 > s0 or s2 > s1 or s3 > s2 or s4 > s3)SQL")) == 0);
}

TEST_CASE("the dashboard follows a second process's inserts live and exactly", "[funnel][db][gui]")
{
    const QString url = test::createFunnelFixture(QStringLiteral("funnel_live_load"));
    ui::LiveLoadBench::Setup setup;
    setup.url = url;
    // As the fixture's owner: the page runs under row-level security.
    setup.claims = QByteArrayLiteral(
        R"({"sub":"00000000-0000-0000-0000-000000000001","role":"authenticated"})");
    setup.simulator = QStringLiteral(LIMITLESS_BINARY_DIR "/limitless");
    setup.rate = 40;
    setup.seconds = 2;
    setup.timeZone = "Europe/Berlin";
    setup.warmUpSeconds = 0.5;
    ui::LiveLoadBench bench(setup);
    QSignalSpy finished(&bench, &ui::LiveLoadBench::finished);
    bench.start();
    REQUIRE(finished.wait(60000));

    const ui::LiveLoadBench::Result& r = bench.result();
    INFO(r.error.toStdString());
    REQUIRE(r.error.isEmpty());
    // 80 events are due; a loaded machine may insert fewer in the 2 s (simulate then says so).
    CHECK(r.inserted > 40);
    CHECK(r.inserted <= 80);
    CHECK(r.displayedAtEnd == r.inserted);
    CHECK(r.notDisplayed == 0);
    CHECK(r.delaysMs.size() == r.inserted);
    CHECK(r.refreshes >= 2); // followed along, not only at the end
    INFO(r.countsDetail.toStdString());
    CHECK(r.countsEqual);
    CHECK_FALSE(r.stallsMs.isEmpty());
    CHECK(bench.finalWindow().size() == QSize(1280, 800));
}
