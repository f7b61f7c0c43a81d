// `limitless funnel`: the funnel page's stage counts and conversions on the command line, from
// the same queries (analytics/FunnelQuery), so both show the same numbers.
#include "cli/Cli.h"

#include "db/Additions.h"
#include "cli/TextTable.h"

#include "analytics/FunnelQuery.h"
#include "db/PgConnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace limitless::cli {

namespace {

using analytics::FunnelStage;

// lupdate files this namespace's tr() calls under "limitless::cli": translated there.
QString tr(const char* text)
{
    return QCoreApplication::translate("limitless::cli", text);
}

QJsonValue ratio(double r)
{
    return r < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(r);
}

QString percent(double r)
{
    return r < 0 ? QStringLiteral("–") : QString::number(r * 100.0, 'f', 1) + QLatin1Char('%');
}

QJsonObject seriesJson(const analytics::FunnelSeries& s, const analytics::FunnelReport& report)
{
    QJsonArray stages;
    for (int i = 0; i < analytics::kStageCount; ++i) {
        const auto st = FunnelStage(i);
        stages.append(QJsonObject{{QStringLiteral("stage"), analytics::stageKey(st)},
                                  {QStringLiteral("count"), s.count(st)},
                                  {QStringLiteral("from_previous"), ratio(s.fromPrevious(st))},
                                  {QStringLiteral("from_top"), ratio(s.fromTop(st))}});
    }
    QJsonArray campaigns;
    for (const QString& id : s.scope.campaignIds) {
        const analytics::FunnelCampaign* c = report.campaign(id);
        campaigns.append(c ? c->code : id);
    }
    return QJsonObject{{QStringLiteral("from"), s.scope.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), s.scope.to.toString(Qt::ISODate)},
                       {QStringLiteral("utc_start"), s.range.start.toString(Qt::ISODate)},
                       {QStringLiteral("utc_end"), s.range.end.toString(Qt::ISODate)},
                       {QStringLiteral("campaigns"), campaigns},
                       {QStringLiteral("source"),
                        s.fromRollup ? QStringLiteral("rollup") : QStringLiteral("events")},
                       {QStringLiteral("stages"), stages}};
}

void printSeries(QTextStream& out, const analytics::FunnelSeries& s,
                 const analytics::FunnelReport& report)
{
    QStringList codes;
    for (const QString& id : s.scope.campaignIds) {
        const analytics::FunnelCampaign* c = report.campaign(id);
        codes.append(c ? c->code : id);
    }
    out << tr("Campaigns: %1; days %2 – %3 (%4)")
               .arg(codes.isEmpty() ? tr("all") : terminalSafe(codes.join(QStringLiteral(", "))),
                    s.scope.from.toString(Qt::ISODate), s.scope.to.toString(Qt::ISODate),
                    QString::fromLatin1(report.request.timeZone))
        << "\n";
    // Translated headings and stage labels differ in length: the table sizes the columns.
    using Align = TextTable::Align;
    TextTable table;
    table.addColumn(tr("stage"), Align::Left, 20);
    table.addColumn(tr("count"), Align::Right, 8);
    table.addColumn(tr("from previous"), Align::Right);
    table.addColumn(tr("from top"), Align::Right);
    for (int i = 0; i < analytics::kStageCount; ++i) {
        const auto st = FunnelStage(i);
        table.addRow({analytics::stageLabel(st), QString::number(s.count(st)),
                      percent(s.fromPrevious(st)), percent(s.fromTop(st))});
    }
    table.setIndent(2);
    table.print(out);
}

} // namespace

int runFunnel(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless funnel"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(
        tr("Prints the funnel's stage counts and conversions as the Funnel page shows them: "
           "clicks, conversations, qualified, pitch delivered, payment link sent, paid. Days are "
           "local days of --tz; by default the last 30 days up to today."));
    cli.addCommonOptions();
    p.addOption({QStringLiteral("campaign"), tr("Only this campaign (its code)."), tr("CODE")});
    p.addOption({QStringLiteral("compare"),
                 tr("Compare with this campaign (its code), side by side."), tr("CODE")});
    p.addOption({QStringLiteral("from"), tr("First local day (YYYY-MM-DD)."), tr("DATE")});
    p.addOption({QStringLiteral("to"), tr("Last local day (YYYY-MM-DD), included."), tr("DATE")});
    p.addOption({QStringLiteral("compare-from"),
                 tr("Compare with another period starting on this day (same campaigns, or the "
                    "--compare campaign)."),
                 tr("DATE")});
    p.addOption(
        {QStringLiteral("compare-to"), tr("Last day of the comparison period."), tr("DATE")});
    p.addOption({QStringLiteral("tz"), tr("IANA time zone of the days (default: the system's)."),
                 tr("ZONE")});
    p.addOption({QStringLiteral("include-playground"),
                 tr("Count conversations of 'playground' campaigns too.")});
    cli.setMaxPositional(0);
    if (!cli.parse(args))
        return cli.exitCode();

    // Options that mean nothing alone, or nothing together.
    if (p.isSet(QStringLiteral("compare-to")) && !p.isSet(QStringLiteral("compare-from")))
        return cli.fail(tr("--compare-to needs --compare-from (the first day of the comparison "
                           "period)."),
                        ExitUsage);
    if (p.isSet(QStringLiteral("compare")) && !p.isSet(QStringLiteral("compare-from")) &&
        p.value(QStringLiteral("compare"))
                .compare(p.value(QStringLiteral("campaign")), Qt::CaseInsensitive) == 0)
        return cli.fail(tr("--compare names the same campaign as --campaign: compare it with "
                           "another campaign, or with another period (--compare-from)."),
                        ExitUsage);

    analytics::FunnelRequest request;
    request.timeZone = p.isSet(QStringLiteral("tz")) ? p.value(QStringLiteral("tz")).toUtf8()
                                                     : QTimeZone::systemTimeZoneId();
    if (!QTimeZone(request.timeZone).isValid())
        return cli.fail(tr("Unknown time zone: %1").arg(QString::fromUtf8(request.timeZone)), 2);
    request.includePlayground = p.isSet(QStringLiteral("include-playground"));
    const QTimeZone zone = request.zone();

    // A malformed date and a well-formed one that is not in the calendar get their own
    // messages: "2026-13-45" is not a typing slip in the format.
    QString dateProblem;
    auto date = [&](const char* option, QDate fallback, bool* ok) {
        const QString name = QString::fromLatin1(option);
        if (!p.isSet(name))
            return fallback;
        const QString text = p.value(name).trimmed();
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid()) {
            *ok = false;
            static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            if (dateProblem.isEmpty())
                dateProblem = shape.match(text).hasMatch()
                                  ? tr("--%1: %2 is not a day of the calendar.").arg(name, text)
                                  : tr("--%1 must be a date as YYYY-MM-DD, not '%2'.")
                                        .arg(name, terminalSafe(text.left(40)));
        }
        return d;
    };
    bool ok = true;
    const analytics::FunnelScope last30 =
        analytics::FunnelRequest::lastDays(30, zone, QDateTime::currentDateTimeUtc());
    request.primary.to = date("to", last30.to, &ok);
    request.primary.from = date("from", request.primary.to.addDays(-29), &ok);
    if (!ok)
        return cli.fail(dateProblem, ExitUsage);
    if (request.primary.from > request.primary.to)
        return cli.fail(tr("--from must not be after --to."), ExitUsage);
    analytics::FunnelScope other;
    if (p.isSet(QStringLiteral("compare-from"))) {
        const qint64 length = request.primary.from.daysTo(request.primary.to);
        other.from = date("compare-from", {}, &ok);
        other.to = date("compare-to", other.from.addDays(length), &ok);
        if (!ok)
            return cli.fail(dateProblem, ExitUsage);
        if (other.from > other.to)
            return cli.fail(tr("--compare-from must not be after --compare-to."), ExitUsage);
    }

    auto conn = cli.connect();
    if (!conn)
        return cli.exitCode();

    // Campaign codes → ids (the queries take ids).
    const db::QueryResult campaigns = conn->exec(
        QStringLiteral("select code, id from campaigns where code = any($1::text[])"),
        {QStringList{p.value(QStringLiteral("campaign")), p.value(QStringLiteral("compare"))}});
    if (!campaigns.ok())
        return cli.fail(campaigns.error);
    auto idFor = [&](const QString& code) {
        for (int r = 0; r < campaigns.rowCount(); ++r) {
            if (campaigns.value(r, 0).toString() == code)
                return campaigns.value(r, 1).toString();
        }
        return QString();
    };
    for (const char* option : {"campaign", "compare"}) {
        const QString name = QString::fromLatin1(option);
        if (p.isSet(name) && idFor(p.value(name)).isEmpty())
            return cli.notFound(tr("No campaign with code %1.").arg(p.value(name)));
    }
    if (p.isSet(QStringLiteral("campaign")))
        request.primary.campaignIds = {idFor(p.value(QStringLiteral("campaign")))};
    if (p.isSet(QStringLiteral("compare")) || p.isSet(QStringLiteral("compare-from"))) {
        analytics::FunnelScope comparison = request.primary;
        if (p.isSet(QStringLiteral("compare")))
            comparison.campaignIds = {idFor(p.value(QStringLiteral("compare")))};
        if (p.isSet(QStringLiteral("compare-from"))) {
            comparison.from = other.from;
            comparison.to = other.to;
        }
        request.comparison = comparison;
    }

    const db::Additions additions = db::Additions::probe(*conn);
    request.useRollups = additions.rollups;
    if (!additions.rollups && !cli.json())
        cli.err() << tr("Note: the dashboard's funnel roll-ups are not installed in this "
                        "database, so every figure is counted from the events and payments "
                        "(slower on a large database). `limitless migrate` installs them.")
                  << Qt::endl;
    db::DbError error;
    const auto report = analytics::FunnelQuery::parse(
        request, conn->execPipeline(analytics::FunnelQuery::statements(request)), &error);
    if (!report)
        return cli.fail(error);

    if (cli.json()) {
        QJsonObject o{{QStringLiteral("time_zone"), QString::fromUtf8(request.timeZone)},
                      {QStringLiteral("include_playground"), request.includePlayground},
                      {QStringLiteral("primary"), seriesJson(report->primary, *report)}};
        if (report->comparison)
            o.insert(QStringLiteral("comparison"), seriesJson(*report->comparison, *report));
        cli.printJson(QJsonDocument(o));
        return 0;
    }
    QTextStream& out = cli.out();
    printSeries(out, report->primary, *report);
    if (report->comparison) {
        out << "\n";
        printSeries(out, *report->comparison, *report);
    }
    out.flush();
    return 0;
}

} // namespace limitless::cli
