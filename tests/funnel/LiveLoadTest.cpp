// The live path end to end with two processes: `limitless simulate` inserts events as the agent
// does (each with its campaign counter), and the dashboard's main window on the Funnel page
// follows it (LiveLoadBench, the benchmark's own driver, run briefly here).
#include "CliRun.h"
#include "FunnelFixture.h"
#include "TestDatabase.h"

#include "LiveLoadBench.h"

#include <catch2/catch.hpp>

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
    CHECK(summary.value(QStringLiteral("events")).toInteger() == 60);
    CHECK(summary.value(QStringLiteral("seconds")).toDouble() >= 1.4);

    CHECK(scalar(*conn, QStringLiteral("select count(*) from analytics_events")) == before + 60);
    // Never into playground campaigns; every counted type bumped its counter in step.
    CHECK(scalar(*conn, QStringLiteral("select count(*) from analytics_events e join campaigns c "
                                       "on c.id = e.campaign_id where c.platform = 'playground' "
                                       "and e.created_at > '2026-01-01'")) == 0);
    CHECK(scalar(*conn, QString::fromLatin1(kCounterGap)) == gapBefore);

    QFile f(log);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    REQUIRE(lines.size() == 60);
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
        CHECK(scalar(*conn, QStringLiteral("select count(*) from analytics_events")) ==
              before + 60);
    }
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
    CHECK(r.inserted == 80);
    CHECK(r.displayedAtEnd == 80);
    CHECK(r.notDisplayed == 0);
    CHECK(r.delaysMs.size() == 80);
    CHECK(r.refreshes >= 2); // followed along, not only at the end
    INFO(r.countsDetail.toStdString());
    CHECK(r.countsEqual);
    CHECK_FALSE(r.stallsMs.isEmpty());
    CHECK(bench.finalWindow().size() == QSize(1280, 800));
}
