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
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <array>
#include <cmath>
#include <csignal>

namespace limitless::cli {

namespace {

// lupdate files this namespace's tr() calls under "limitless::cli": translated there.
QString tr(const char* text)
{
    return QCoreApplication::translate("limitless::cli", text);
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

// What one run has inserted per funnel stage (clicks, started, qualified, pitched, paid), so
// that no stage outgrows the one before it: a real funnel never does, and the Funnel page
// flags one that does as bad data.
using RunStages = std::array<qint64, 5>;

int stageOf(const char* type)
{
    static const char* const order[] = {"campaign_click", "conversation_started", "qualified",
                                        "pitch_delivered", "payment_completed"};
    for (int k = 0; k < 5; ++k)
        if (qstrcmp(type, order[k]) == 0)
            return k;
    return -1; // objections are not a stage
}

// `type`, or the deepest earlier stage that still fits under the one before it.
const char* fitFunnel(const char* type, const RunStages& done)
{
    static const char* const order[] = {"campaign_click", "conversation_started", "qualified",
                                        "pitch_delivered", "payment_completed"};
    int k = stageOf(type);
    if (k < 0)
        return type;
    while (k > 0 && done[k] + 1 > done[k - 1])
        --k;
    return order[k];
}

void countStage(const char* type, RunStages& done)
{
    if (const int k = stageOf(type); k >= 0)
        ++done[k];
}

// One statement, one transaction: the event and, for the stages the campaigns count, the
// counter (so the data-quality check stays clean).
// A payment event comes with what the backend records around it: the lead's conversation
// (link sent, paid) and its completed payments row, so "payment link sent" and "paid" agree.
const char* const kInsertPayment = R"SQL(
with c as (
    select id, code from campaigns where id = $1),
conv as (
    insert into conversations (id, instagram_handle, email, campaign_id, campaign_code,
                               current_stage, qualified, pitch_delivered, payment_link_sent,
                               payment_completed, preferred_plan)
    select 'sim-' || gen_random_uuid()::text, '@sim_' || substr(md5(random()::text), 1, 8),
           'lead-' || substr(md5(random()::text), 1, 8) || '@example.invalid', c.id, c.code,
           'complete', true, true, true, true, 'option2'
    from c
    returning id, instagram_handle, email, campaign_id),
pay as (
    insert into payments (conversation_id, campaign_id, instagram_handle, email,
                          stripe_session_id, plan, amount_monthly, currency, payment_status,
                          created_at, completed_at)
    select conv.id, conv.campaign_id, conv.instagram_handle, conv.email,
           'cs_sim_' || replace(gen_random_uuid()::text, '-', ''), 'option2', $4, 'usd',
           'completed', now() at time zone 'UTC', now() at time zone 'UTC'
    from conv
    returning conversation_id),
e as (
    insert into analytics_events (campaign_id, conversation_id, event_type, event_data, created_at)
    select $1, pay.conversation_id, $2, $3::jsonb, now() at time zone 'UTC' from pay
    returning campaign_id, event_type)
update campaigns c set total_conversions = total_conversions + 1
from e
where c.id = e.campaign_id
returning c.id
)SQL";

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
    // Event i is due at i / rate seconds; every event due before the end is sent (0.5 per
    // second for 3 s: at 0 s and 2 s). The run ends at --duration whatever was reached.
    const qint64 total = qint64(std::ceil(rate * duration - 1e-9));
    const qint64 durationNs = qint64(duration * 1e9);
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
    bool behind = false;
    QHash<QString, RunStages> stages; // per campaign, what this run has inserted
    for (qint64 i = 0; i < total && !g_stop; ++i) {
        if (clock.nsecsElapsed() >= durationNs) {
            behind = true; // the server (or this machine) cannot take the rate
            break;
        }
        // On schedule: event i is due at i × interval; late ones go at once (no burst beyond).
        const qint64 dueNs = qint64(double(i) * intervalMs * 1e6);
        const qint64 waitNs = dueNs - clock.nsecsElapsed();
        if (waitNs > 0)
            QThread::usleep(quint64(waitNs / 1000));
        const QString campaign = ids.at(rng.bounded(int(ids.size())));
        const char* type = fitFunnel(pickType(rng), stages[campaign]);
        const bool payment = qstrcmp(type, "payment_completed") == 0;
        const int amount = payment ? rng.bounded(1, 10) * 9700 : 0;
        const QString data = qstrcmp(type, "objection_raised") == 0
                                 ? QStringLiteral(R"({"objection_type":"%1"})")
                                       .arg(QString::fromLatin1(kObjections[rng.bounded(4)]))
                             : payment ? QStringLiteral(R"({"amount":%1})").arg(amount)
                                       : QStringLiteral("{}");
        const qint64 sent = clock.nsecsElapsed();
        const db::QueryResult r =
            payment ? conn->exec(QString::fromLatin1(kInsertPayment),
                                 {campaign, QString::fromLatin1(type), data, amount})
                    : conn->exec(QString::fromLatin1(kInsert),
                                 {campaign, QString::fromLatin1(type), data});
        const qint64 committedMs = QDateTime::currentMSecsSinceEpoch();
        if (!r.ok()) {
            writeLog();
            return cli.fail(tr("Event %1 was not inserted (%2 were): %3")
                                .arg(i + 1)
                                .arg(done)
                                .arg(r.error.userMessage()));
        }
        latencies.append(double(clock.nsecsElapsed() - sent) / 1e6);
        countStage(type, stages[campaign]);
        ++done;
        if (log.isOpen())
            lines += QByteArray::number(committedMs) + ' ' + QByteArray::number(done) + '\n';
    }
    // The run lasts --duration: after the last event, wait for the end (unless interrupted).
    while (!g_stop && !behind && clock.nsecsElapsed() < durationNs)
        QThread::usleep(
            quint64(std::min<qint64>(50000, (durationNs - clock.nsecsElapsed()) / 1000)));
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
            {QStringLiteral("target_rate"), rate},
            {QStringLiteral("rate_kept"), !behind},
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
    if (behind)
        cli.err() << tr("The rate of %1 per second could not be kept: %2 of %3 events were "
                        "inserted in %4 s.")
                         .arg(rate)
                         .arg(done)
                         .arg(total)
                         .arg(duration)
                  << Qt::endl;
    return 0;
}

} // namespace limitless::cli
