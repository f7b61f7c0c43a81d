// `limitless simulate`: live traffic for the dashboard. Inserts analytics events at a steady
// rate as the sales agent's backend does (each event with its campaign counter in one
// transaction), so that the owner — or the live-load benchmark — can watch the pages follow.
#include "cli/Cli.h"

#include "bench/DbBench.h"
#include "db/PgConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <csignal>

namespace limitless::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

volatile std::sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

// The mix of a busy day: mostly clicks, fewer of each later stage.
struct EventKind {
    const char* type;
    int weight;
};
constexpr EventKind kKinds[] = {
    {"campaign_click", 50}, {"conversation_started", 20}, {"qualified", 8},
    {"pitch_delivered", 8}, {"objection_raised", 10},     {"payment_completed", 4},
};
constexpr const char* kObjections[] = {"price", "timing", "trust", "need"};

const char* pickType(QRandomGenerator& rng)
{
    int total = 0;
    for (const EventKind& k : kKinds)
        total += k.weight;
    int r = rng.bounded(total);
    for (const EventKind& k : kKinds) {
        if (r < k.weight)
            return k.type;
        r -= k.weight;
    }
    return kKinds[0].type;
}

// One statement, one transaction: the event and, for the stages the campaigns count, the
// counter (so the data-quality check stays clean).
const char* const kInsert = R"SQL(
with e as (
    insert into analytics_events (campaign_id, event_type, event_data, created_at)
    values ($1, $2, $3::jsonb, now() at time zone 'UTC')
    returning campaign_id, event_type)
update campaigns c set
    total_clicks = total_clicks + (e.event_type = 'campaign_click')::int,
    total_conversations = total_conversations + (e.event_type = 'conversation_started')::int,
    total_qualified = total_qualified + (e.event_type = 'qualified')::int,
    total_conversions = total_conversions + (e.event_type = 'payment_completed')::int
from e
where c.id = e.campaign_id
returning c.id
)SQL";

} // namespace

int runSimulate(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless simulate"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(
        tr("Inserts analytics events at a steady rate into the campaigns (playground ones "
           "excluded), each with its campaign counter in one transaction, as the sales agent "
           "does. Open the Funnel page to watch it live. Stops after --duration or on Ctrl+C."));
    p.addOption({QStringLiteral("rate"), tr("Events per second (default 10)."), QStringLiteral("N"),
                 QStringLiteral("10")});
    p.addOption({QStringLiteral("duration"), tr("Seconds to run (default 60)."),
                 QStringLiteral("S"), QStringLiteral("60")});
    p.addOption({QStringLiteral("seed"), tr("Random seed (default 1)."), QStringLiteral("N"),
                 QStringLiteral("1")});
    p.addOption({QStringLiteral("log"),
                 tr("Write one line per committed event: UTC milliseconds since the epoch when "
                    "the commit returned, and the event's number (1, 2, …)."),
                 tr("FILE")});
    cli.addCommonOptions();
    cli.setMaxPositional(0);
    if (!cli.parse(args))
        return cli.exitCode();
    bool okRate = false, okDuration = false, okSeed = false;
    const double rate = p.value(QStringLiteral("rate")).toDouble(&okRate);
    const double duration = p.value(QStringLiteral("duration")).toDouble(&okDuration);
    const quint32 seed = p.value(QStringLiteral("seed")).toUInt(&okSeed);
    if (!okRate || rate <= 0 || rate > 10000)
        return cli.fail(tr("--rate must be a number of events per second in (0, 10000]."), 2);
    if (!okDuration || duration <= 0)
        return cli.fail(tr("--duration must be a positive number of seconds."), 2);
    if (!okSeed)
        return cli.fail(tr("--seed must be a non-negative integer."), 2);

    QFile log;
    if (p.isSet(QStringLiteral("log"))) {
        log.setFileName(p.value(QStringLiteral("log")));
        if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            return cli.fail(tr("Cannot write %1: %2").arg(log.fileName(), log.errorString()));
    }

    auto conn = cli.connect();
    if (!conn)
        return cli.exitCode();
    const db::QueryResult campaigns = conn->exec(QStringLiteral(
        "select id from campaigns where platform is distinct from 'playground' order by id"));
    if (!campaigns.ok())
        return cli.fail(campaigns.error.userMessage());
    QStringList ids;
    for (int r = 0; r < campaigns.rowCount(); ++r)
        ids << campaigns.value(r, 0).toString();
    if (ids.isEmpty())
        return cli.fail(tr("No campaigns to simulate traffic for: create one, or load the demo "
                           "business with `limitless demo-data`."));

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QRandomGenerator rng(seed);
    const qint64 total = qint64(rate * duration);
    const double intervalMs = 1000.0 / rate;
    QVector<double> latencies;
    latencies.reserve(int(std::min<qint64>(total, 1 << 24)));
    QByteArray lines;
    // The log is written at the end (no file I/O between inserts), and also when an insert fails:
    // the events committed before it are in the database and belong in the log.
    auto writeLog = [&]() -> bool {
        return !log.isOpen() || (log.write(lines) == lines.size() && log.flush());
    };
    QElapsedTimer clock;
    clock.start();
    qint64 done = 0;
    for (qint64 i = 0; i < total && !g_stop; ++i) {
        // On schedule: event i is due at i × interval; late ones go at once (no burst beyond).
        const qint64 dueNs = qint64(double(i) * intervalMs * 1e6);
        const qint64 waitNs = dueNs - clock.nsecsElapsed();
        if (waitNs > 0)
            QThread::usleep(quint64(waitNs / 1000));
        const char* type = pickType(rng);
        const QString data = qstrcmp(type, "objection_raised") == 0
                                 ? QStringLiteral(R"({"objection_type":"%1"})")
                                       .arg(QString::fromLatin1(kObjections[rng.bounded(4)]))
                             : qstrcmp(type, "payment_completed") == 0
                                 ? QStringLiteral(R"({"amount":%1})").arg(rng.bounded(1, 10) * 9700)
                                 : QStringLiteral("{}");
        const qint64 sent = clock.nsecsElapsed();
        const db::QueryResult r =
            conn->exec(QString::fromLatin1(kInsert),
                       {ids.at(rng.bounded(int(ids.size()))), QString::fromLatin1(type), data});
        const qint64 committedMs = QDateTime::currentMSecsSinceEpoch();
        if (!r.ok()) {
            writeLog();
            return cli.fail(tr("Event %1 was not inserted (%2 were): %3")
                                .arg(i + 1)
                                .arg(done)
                                .arg(r.error.userMessage()));
        }
        latencies.append(double(clock.nsecsElapsed() - sent) / 1e6);
        ++done;
        if (log.isOpen())
            lines += QByteArray::number(committedMs) + ' ' + QByteArray::number(done) + '\n';
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!writeLog())
        return cli.fail(tr("Cannot write %1: %2").arg(log.fileName(), log.errorString()));

    const double achieved = seconds > 0 ? double(done) / seconds : 0;
    std::sort(latencies.begin(), latencies.end());
    auto percentile = [&](double q) {
        return latencies.isEmpty() ? 0.0 : bench::DbBench::percentile(latencies, q);
    };
    if (cli.json()) {
        cli.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("events"), done},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("rate"), achieved},
            {QStringLiteral("insert_p50_ms"), percentile(0.50)},
            {QStringLiteral("insert_p95_ms"), percentile(0.95)},
            {QStringLiteral("insert_max_ms"), percentile(1.0)},
            {QStringLiteral("interrupted"), bool(g_stop)},
        }));
    } else {
        cli.out() << tr("Inserted %1 events in %2 s (%3 per second); insert and commit p50 %4 "
                        "ms, p95 %5 ms, max %6 ms.")
                         .arg(done)
                         .arg(seconds, 0, 'f', 1)
                         .arg(achieved, 0, 'f', 1)
                         .arg(percentile(0.50), 0, 'f', 2)
                         .arg(percentile(0.95), 0, 'f', 2)
                         .arg(percentile(1.0), 0, 'f', 2)
                  << "\n";
    }
    return 0;
}

} // namespace limitless::cli
