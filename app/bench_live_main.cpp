// `limitless-bench-live`: the live-load run (docs/benchmarks.md). Thin: options and the report;
// the run itself is ui/LiveLoadBench. Needs a display (offscreen by default).
#include "BenchApplication.h"
#include "LiveLoadBench.h"
#include "bench/DbBench.h"
#include "bench/OwnerClaims.h"
#include "db/PgConnection.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>

using limitless::ui::LiveLoadBench;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BenchLive", text);
}

double percentile(QVector<double> v, double q)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return limitless::bench::DbBench::percentile(v, q);
}

QByteArray ownerClaims(const QString& url, QString* error)
{
    limitless::db::DbError e;
    auto conn = limitless::db::PgConnection::open(url, &e);
    if (!conn) {
        *error = e.userMessage();
        return {};
    }
    return limitless::bench::firstOwnerClaims(*conn, error);
}

} // namespace

int main(int argc, char** argv)
{
    limitless::ui::BenchApplication app(argc, argv, QStringLiteral("limitless-bench-live"));

    QCommandLineParser p;
    p.setApplicationDescription(
        tr("The live-load run: the dashboard on the Funnel page (last 90 days) while `limitless "
           "simulate` inserts events from a second process. Reports the GUI loop's stalls, the "
           "delay from insert to display, memory growth, and the final figures against a "
           "recount. Best on `limitless demo-data --scale large` loaded for today."));
    p.addHelpOption();
    p.addOption(
        {QStringLiteral("db"), tr("PostgreSQL URL (default: LIMITLESS_DATABASE_URL)."), tr("url")});
    p.addOption({QStringLiteral("rate"), tr("Events per second (default 100)."),
                 QStringLiteral("N"), QStringLiteral("100")});
    p.addOption({QStringLiteral("duration"), tr("Seconds of inserts (default 60)."),
                 QStringLiteral("S"), QStringLiteral("60")});
    p.addOption({QStringLiteral("tz"), tr("IANA time zone of the days (default: the system's)."),
                 tr("ZONE")});
    p.addOption({QStringLiteral("no-rls"),
                 tr("Run the page as the connection's role instead of as the first owner.")});
    p.addOption({QStringLiteral("json"), tr("Print the figures as JSON.")});
    p.addOption({QStringLiteral("screenshot"),
                 tr("Save the window as it was at the end of the run (PNG)."), tr("FILE")});
    p.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    LiveLoadBench::Setup setup;
    setup.url = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db"))
                                              : qEnvironmentVariable("LIMITLESS_DATABASE_URL");
    if (setup.url.isEmpty()) {
        err << tr("No database: pass --db or set LIMITLESS_DATABASE_URL.") << "\n";
        return 2;
    }
    if (const QString problem = limitless::db::PgConnection::connectionStringProblem(setup.url);
        !problem.isEmpty()) {
        err << tr("The database is not a PostgreSQL connection URL (%1).").arg(problem) << "\n";
        return 2;
    }
    bool okRate = false, okSeconds = false;
    setup.rate = p.value(QStringLiteral("rate")).toDouble(&okRate);
    setup.seconds = p.value(QStringLiteral("duration")).toDouble(&okSeconds);
    if (!okRate || setup.rate <= 0 || !okSeconds || setup.seconds <= 0) {
        err << tr("--rate and --duration must be positive numbers.") << "\n";
        return 2;
    }
    setup.timeZone = p.isSet(QStringLiteral("tz")) ? p.value(QStringLiteral("tz")).toUtf8()
                                                   : QTimeZone::systemTimeZoneId();
    if (!QTimeZone(setup.timeZone).isValid()) {
        err << tr("Unknown time zone: %1").arg(QString::fromUtf8(setup.timeZone)) << "\n";
        return 2;
    }
    setup.simulator =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("limitless"));
    if (!p.isSet(QStringLiteral("no-rls"))) {
        QString error;
        setup.claims = ownerClaims(setup.url, &error);
        if (setup.claims.isEmpty()) {
            err << error << "\n";
            return 1;
        }
    }

    LiveLoadBench bench(setup);
    QObject::connect(&bench, &LiveLoadBench::finished, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    bench.start();
    QApplication::exec();

    const LiveLoadBench::Result& r = bench.result();
    if (!r.error.isEmpty()) {
        err << r.error << "\n";
        return 1;
    }
    if (p.isSet(QStringLiteral("screenshot")) &&
        !bench.finalWindow().save(p.value(QStringLiteral("screenshot")))) {
        err << tr("Cannot write %1").arg(p.value(QStringLiteral("screenshot"))) << "\n";
        return 1;
    }
    const double stallP99 = percentile(r.stallsMs, 0.99);
    const double stallMax = percentile(r.stallsMs, 1.0);
    const double delayP50 = percentile(r.delaysMs, 0.50);
    const double delayP95 = percentile(r.delaysMs, 0.95);
    const double delayMax = percentile(r.delaysMs, 1.0);
    const double growth =
        r.rssStartMb > 0 ? (r.rssEndMb - r.rssStartMb) / r.rssStartMb * 100.0 : 0.0;
    qint64 longStalls = 0;
    double longStallMs = 0;
    for (double v : r.stallsMs) {
        if (v >= 16) {
            ++longStalls;
            longStallMs += v;
        }
    }
    const bool stallPass = stallP99 < 16;
    const bool delayPass = r.notDisplayed == 0 && delayP95 < 1000;
    const bool memoryPass = growth < 10;
    const bool allPass = stallPass && delayPass && memoryPass && r.countsEqual;

    if (p.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(QJsonObject{
                                 {QStringLiteral("platform"), r.platform},
                                 {QStringLiteral("rate"), setup.rate},
                                 {QStringLiteral("seconds"), setup.seconds},
                                 {QStringLiteral("inserted"), r.inserted},
                                 {QStringLiteral("displayed"), r.displayedAtEnd},
                                 {QStringLiteral("refreshes"), r.refreshes},
                                 {QStringLiteral("stall_samples"), int(r.stallsMs.size())},
                                 {QStringLiteral("stall_p50_ms"), percentile(r.stallsMs, 0.50)},
                                 {QStringLiteral("stall_p99_ms"), stallP99},
                                 {QStringLiteral("stall_max_ms"), stallMax},
                                 {QStringLiteral("stalls_over_16ms"), longStalls},
                                 {QStringLiteral("stalls_over_16ms_total_ms"), longStallMs},
                                 {QStringLiteral("delay_p50_ms"), delayP50},
                                 {QStringLiteral("delay_p95_ms"), delayP95},
                                 {QStringLiteral("delay_max_ms"), delayMax},
                                 {QStringLiteral("not_displayed"), r.notDisplayed},
                                 {QStringLiteral("rss_start_mb"), r.rssStartMb},
                                 {QStringLiteral("rss_end_mb"), r.rssEndMb},
                                 {QStringLiteral("rss_growth_percent"), growth},
                                 {QStringLiteral("counts_equal_recount"), r.countsEqual},
                                 {QStringLiteral("counts_detail"), r.countsDetail},
                                 {QStringLiteral("simulator"), r.simulatorOutput},
                                 {QStringLiteral("pass"), allPass},
                             })
                   .toJson();
        return allPass ? 0 : 1;
    }
    auto verdict = [](bool ok) { return ok ? QStringLiteral("PASS") : QStringLiteral("MISS"); };
    out << tr("Live-load run on %1: %2 events/s for %3 s from a second process; the Funnel page "
              "(last 90 days, all campaigns) live at 1280×800.")
               .arg(r.platform)
               .arg(setup.rate)
               .arg(setup.seconds)
        << "\n"
        << tr("Simulator: %1").arg(r.simulatorOutput) << "\n"
        << tr("Refreshes shown while inserting: %1; inserted %2, displayed %3.")
               .arg(r.refreshes)
               .arg(r.inserted)
               .arg(r.displayedAtEnd)
        << "\n\n";
    out << tr("GUI-loop stall (1 ms probe, %1 samples): p50 %2 ms, p99 %3 ms, max %4 ms  "
              "(target p99 < 16 ms) %5")
               .arg(r.stallsMs.size())
               .arg(percentile(r.stallsMs, 0.50), 0, 'f', 2)
               .arg(stallP99, 0, 'f', 2)
               .arg(stallMax, 0, 'f', 2)
               .arg(verdict(stallPass))
        << "\n"
        << tr("  stalls of 16 ms or more: %1, %2 ms in all over %3 s")
               .arg(longStalls)
               .arg(longStallMs, 0, 'f', 0)
               .arg(setup.seconds)
        << "\n";
    out << tr("Insert → display: p50 %1 ms, p95 %2 ms, max %3 ms, never shown %4  (target p95 "
              "< 1000 ms) %5")
               .arg(delayP50, 0, 'f', 0)
               .arg(delayP95, 0, 'f', 0)
               .arg(delayMax, 0, 'f', 0)
               .arg(r.notDisplayed)
               .arg(verdict(delayPass))
        << "\n";
    out << tr("Resident memory: %1 MB → %2 MB (%3 %)  (target < 10 %) %4")
               .arg(r.rssStartMb, 0, 'f', 1)
               .arg(r.rssEndMb, 0, 'f', 1)
               .arg(growth, 0, 'f', 1)
               .arg(verdict(memoryPass))
        << "\n";
    out << tr("Final figures equal a recount from analytics_events: %1 %2")
               .arg(r.countsEqual ? tr("yes") : tr("no (%1)").arg(r.countsDetail))
               .arg(verdict(r.countsEqual))
        << "\n";
    return allPass ? 0 : 1;
}
