// `limitless bench funnel`: the funnel page's refresh time on the roll-up against the same
// figures counted from analytics_events, in one run (analytics/FunnelBench).
#include "cli/Cli.h"

#include "analytics/FunnelBench.h"
#include "bench/OwnerClaims.h"
#include "db/PgConnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace limitless::cli {

namespace {

// lupdate files this namespace's tr() calls under "limitless::cli": translated there.
QString tr(const char* text)
{
    return QCoreApplication::translate("limitless::cli", text);
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

} // namespace

int runBenchFunnel(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless bench funnel"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(
        tr("Times the Funnel page's full refresh (funnel, daily series, objections, revenue and "
           "the data-quality counts for the last 90 local days, one round trip) and the same "
           "figures counted straight from analytics_events, in the same run. Best on "
           "`limitless demo-data --scale large`."));
    p.addPositionalArgument(QStringLiteral("funnel"), tr("The benchmark's name."));
    p.addOption({QStringLiteral("iterations"), tr("Measured refreshes (default 200)."),
                 QStringLiteral("N"), QStringLiteral("200")});
    p.addOption({QStringLiteral("tz"), tr("IANA time zone of the days (default: the system's)."),
                 tr("ZONE")});
    p.addOption({QStringLiteral("as-owner"),
                 tr("Run every refresh as the database's first owner under row-level security, "
                    "as the app does (default: the connection's own role).")});
    cli.addCommonOptions();
    cli.setMaxPositional(1); // "funnel"
    if (!cli.parse(args))
        return cli.exitCode();
    analytics::FunnelBench::Setup setup;
    bool ok = false;
    setup.iterations = p.value(QStringLiteral("iterations")).toInt(&ok);
    if (!ok || setup.iterations < 1)
        return cli.fail(tr("--iterations must be a positive integer."), 2);
    setup.timeZone = p.isSet(QStringLiteral("tz")) ? p.value(QStringLiteral("tz")).toUtf8()
                                                   : QTimeZone::systemTimeZoneId();
    if (!QTimeZone(setup.timeZone).isValid())
        return cli.fail(tr("Unknown time zone: %1").arg(QString::fromUtf8(setup.timeZone)), 2);

    auto conn = cli.connect();
    if (!conn)
        return cli.exitCode();
    if (p.isSet(QStringLiteral("as-owner"))) {
        QString error;
        setup.claims = bench::firstOwnerClaims(*conn, &error);
        if (setup.claims.isEmpty())
            return cli.fail(error);
    }
    analytics::FunnelBench bench(*conn);
    QList<analytics::FunnelBench::Figure> figures;
    analytics::FunnelBench::Info info;
    if (const db::DbError e = bench.run(setup, &figures, &info))
        return cli.fail(e.toString());

    bool allPass = info.resultsEqual;
    double ours = 0, peer = 0;
    for (const auto& f : figures) {
        allPass = allPass && f.pass();
        if (f.key == QLatin1String("refresh"))
            ours = f.p50Ms;
        if (f.key == QLatin1String("refresh_raw"))
            peer = f.p50Ms;
    }
    const double ratio = ours > 0 ? peer / ours : 0;
    const QString missed = !info.resultsEqual
                               ? tr("The roll-ups and analytics_events give different figures.")
                           : allPass ? QString()
                                     : tr("Some figures missed their targets.");

    if (cli.json()) {
        QJsonArray list;
        for (const auto& f : figures)
            list.append(QJsonObject{{QStringLiteral("key"), f.key},
                                    {QStringLiteral("title"), f.title},
                                    {QStringLiteral("n"), f.samples},
                                    {QStringLiteral("min_ms"), f.minMs},
                                    {QStringLiteral("p50_ms"), f.p50Ms},
                                    {QStringLiteral("p95_ms"), f.p95Ms},
                                    {QStringLiteral("max_ms"), f.maxMs},
                                    {QStringLiteral("target_ms"), f.targetMs},
                                    {QStringLiteral("peer"), f.peer},
                                    {QStringLiteral("pass"), f.pass()}});
        return cli.finish(
            QJsonObject{
                {QStringLiteral("benchmark"), QStringLiteral("funnel")},
                {QStringLiteral("server_version"), info.serverVersion},
                {QStringLiteral("analytics_events"), info.events},
                {QStringLiteral("conversations"), info.conversations},
                {QStringLiteral("rollup_rows"), info.rollupRows},
                {QStringLiteral("time_zone"), QString::fromUtf8(setup.timeZone)},
                {QStringLiteral("from"), info.request.primary.from.toString(Qt::ISODate)},
                {QStringLiteral("to"), info.request.primary.to.toString(Qt::ISODate)},
                {QStringLiteral("event_indexes"), QJsonArray::fromStringList(info.eventIndexes)},
                {QStringLiteral("results_equal"), info.resultsEqual},
                {QStringLiteral("peer_to_rollup_p50"), ratio},
                {QStringLiteral("row_level_security"), info.underRls},
                {QStringLiteral("pass"), allPass},
                {QStringLiteral("results"), list}},
            missed, QStringLiteral("targets_missed"));
    }
    QTextStream& out = cli.out();
    out << tr("Funnel benchmark: PostgreSQL %1; %2 analytics events, %3 conversations, %4 "
              "roll-up rows; local days %5 – %6 in %7.")
               .arg(info.serverVersion)
               .arg(info.events)
               .arg(info.conversations)
               .arg(info.rollupRows)
               .arg(info.request.primary.from.toString(Qt::ISODate),
                    info.request.primary.to.toString(Qt::ISODate),
                    QString::fromUtf8(setup.timeZone))
        << "\n"
        << tr("Indexes on analytics_events: %1").arg(info.eventIndexes.join(QStringLiteral(", ")))
        << "\n"
        << (info.underRls ? tr("Refreshes run as the first owner under row-level security.")
                          : tr("Refreshes run as the connection's role (no row-level security)."))
        << "\n"
        << tr("Roll-up and events give the same figures: %1")
               .arg(info.resultsEqual ? tr("yes") : tr("NO"))
        << "\n\n";
    out << tr("query").leftJustified(52) << QStringLiteral("N").rightJustified(5)
        << tr("min ms").rightJustified(9) << tr("p50 ms").rightJustified(9)
        << tr("p95 ms").rightJustified(9) << tr("max ms").rightJustified(9)
        << tr("target").rightJustified(8) << "\n";
    for (const auto& f : figures)
        out << f.title.leftJustified(52) << QString::number(f.samples).rightJustified(5)
            << ms(f.minMs).rightJustified(9) << ms(f.p50Ms).rightJustified(9)
            << ms(f.p95Ms).rightJustified(9) << ms(f.maxMs).rightJustified(9)
            << (f.targetMs > 0 ? QStringLiteral("<") + QString::number(f.targetMs)
                               : (f.peer ? tr("peer") : QStringLiteral("–")))
                   .rightJustified(8)
            << "  " << (f.targetMs > 0 ? (f.pass() ? tr("PASS") : tr("MISS")) : QString()) << "\n";
    out << "\n"
        << tr("Refresh, from analytics_events / from the roll-ups at p50: %1×")
               .arg(QString::number(ratio, 'f', 1))
        << "\n";
    out.flush();
    return cli.finish({}, missed, QStringLiteral("targets_missed"));
}

} // namespace limitless::cli
