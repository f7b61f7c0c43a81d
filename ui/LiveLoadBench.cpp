#include "LiveLoadBench.h"

#include "FunnelModel.h"
#include "FunnelPage.h"
#include "MainWindow.h"
#include "analytics/FunnelQuery.h"
#include "bench/LoopProbe.h"
#include "db/Database.h"
#include "db/PgConnection.h"

#include <QDateTime>
#include <QFile>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>

namespace limitless::ui {

using analytics::FunnelSeries;
using analytics::FunnelStage;

namespace {

constexpr int kLoadTimeoutMs = 120000;
constexpr int kCatchUpTimeoutMs = 10000;

struct Recount {
    QString error;
    bool equal = false;
    QString detail;
};

QString describe(const analytics::StageCounts& c)
{
    QStringList parts;
    for (qint64 v : c)
        parts << QString::number(v);
    return parts.join(QLatin1Char('/'));
}

// The page's figures against the same request counted straight from analytics_events and
// payments (the queries the roll-ups are checked against), on a connection of its own.
Recount recount(const QString& url, const analytics::FunnelRequest& request,
                const FunnelSeries& shown)
{
    Recount out;
    db::DbError error;
    auto conn = db::PgConnection::open(url, &error);
    if (!conn) {
        out.error = error.userMessage();
        return out;
    }
    const auto report = analytics::FunnelQuery::parse(
        request,
        conn->execPipeline(analytics::FunnelQuery::scopeStatements(request, request.primary,
                                                                   /*forceRaw=*/true)),
        &error, /*withCampaigns=*/false);
    if (!report) {
        out.error = error.userMessage();
        return out;
    }
    const FunnelSeries& truth = report->primary;
    QStringList diffs;
    if (truth.totals != shown.totals)
        diffs << QStringLiteral("totals shown %1, recount %2")
                     .arg(describe(shown.totals), describe(truth.totals));
    if (truth.daily != shown.daily)
        diffs << QStringLiteral("daily series differ");
    if (truth.objectionsDaily != shown.objectionsDaily)
        diffs << QStringLiteral("objections per day differ");
    if (truth.objectionTypes != shown.objectionTypes)
        diffs << QStringLiteral("objection types differ");
    out.equal = diffs.isEmpty();
    out.detail = diffs.join(QStringLiteral("; "));
    return out;
}

} // namespace

LiveLoadBench::LiveLoadBench(Setup setup, QObject* parent)
    : QObject(parent), m_setup(std::move(setup))
{
    m_result.platform = QGuiApplication::platformName();
}

LiveLoadBench::~LiveLoadBench()
{
    if (m_simulator.state() != QProcess::NotRunning) {
        m_simulator.kill();
        m_simulator.waitForFinished(3000);
    }
}

void LiveLoadBench::start()
{
    if (!m_tmp.isValid())
        return fail(tr("Cannot create a temporary directory: %1").arg(m_tmp.errorString()));
    m_db = std::make_unique<db::Database>();
    if (!m_setup.claims.isEmpty())
        m_db->setClaims(m_setup.claims);
    m_window = std::make_unique<MainWindow>(m_db.get());
    m_window->resize(1280, 800);
    m_window->showPage(MainWindow::Page::Funnel);
    m_window->show();

    FunnelPage* page = m_window->funnelPage();
    page->setTimeZone(m_setup.timeZone);
    page->setPeriod(FunnelPage::Period::Last90);
    // Connected after the page's own handlers: when this runs, the page shows the figures.
    connect(page->model(), &models::FunnelModel::reportChanged, this,
            &LiveLoadBench::onReportChanged);
    connect(page->model(), &models::FunnelModel::errorOccurred, this,
            [this](const db::DbError& e) { fail(tr("The page failed: %1").arg(e.userMessage())); });
    QTimer::singleShot(kLoadTimeoutMs, this, [this] {
        if (!m_loaded)
            fail(tr("The Funnel page did not load within %1 s.").arg(kLoadTimeoutMs / 1000));
    });
    m_db->open(m_setup.url);
}

qint64 LiveLoadBench::displayedEvents() const
{
    const FunnelSeries& s = m_window->funnelPage()->model()->report().primary;
    qint64 n = 0;
    for (int i = 0; i < analytics::kStageCount; ++i) {
        if (FunnelStage(i) != FunnelStage::LinkSent) // from payments, not events
            n += s.totals[i];
    }
    for (qint64 v : s.objectionTypes)
        n += v;
    return n;
}

void LiveLoadBench::onReportChanged()
{
    if (m_done)
        return;
    if (!m_loaded) {
        m_loaded = true;
        QTimer::singleShot(int(m_setup.warmUpSeconds * 1000), this, &LiveLoadBench::beginLoad);
        return;
    }
    if (!m_running)
        return;
    // After the events already queued (the page's repaint among them).
    QTimer::singleShot(0, this, [this] {
        if (m_done)
            return;
        m_shown.append({QDateTime::currentMSecsSinceEpoch(), displayedEvents() - m_baseline});
        ++m_result.refreshes;
        if (m_simulator.state() == QProcess::NotRunning && m_result.inserted > 0 &&
            m_shown.last().second >= m_result.inserted)
            finish();
    });
}

void LiveLoadBench::beginLoad()
{
    if (m_done)
        return;
    m_baseline = displayedEvents();
    m_result.rssStartMb = bench::residentMemoryMb();
    m_probe = std::make_unique<bench::LoopProbe>();
    m_probe->start();
    m_running = true;
    connect(&m_simulator, &QProcess::finished, this, &LiveLoadBench::onSimulatorFinished);
    connect(&m_simulator, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(tr("Cannot start %1: %2").arg(m_setup.simulator, m_simulator.errorString()));
    });
    m_simulator.setProcessChannelMode(QProcess::SeparateChannels);
    m_simulator.start(m_setup.simulator,
                      {QStringLiteral("simulate"), QStringLiteral("--db"), m_setup.url,
                       QStringLiteral("--rate"), QString::number(m_setup.rate),
                       QStringLiteral("--duration"), QString::number(m_setup.seconds),
                       QStringLiteral("--log"), m_tmp.filePath(QStringLiteral("events.log"))});
}

void LiveLoadBench::onSimulatorFinished()
{
    if (m_done)
        return;
    m_result.simulatorOutput = QString::fromUtf8(m_simulator.readAllStandardOutput()).trimmed();
    if (m_simulator.exitStatus() != QProcess::NormalExit || m_simulator.exitCode() != 0)
        return fail(tr("The simulator failed: %1")
                        .arg(QString::fromUtf8(m_simulator.readAllStandardError()).trimmed()));
    QFile log(m_tmp.filePath(QStringLiteral("events.log")));
    if (!log.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the simulator's log: %1").arg(log.errorString()));
    qint64 last = 0;
    for (const QByteArray& line : log.readAll().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() != 2)
            continue;
        m_commits.append({f.at(0).toLongLong(), f.at(1).toLongLong()});
        last = qMax(last, m_commits.last().second);
    }
    m_result.inserted = last;
    if (!m_shown.isEmpty() && m_shown.last().second >= last)
        return finish();
    // The last notifications are still on their way (debounce + one refresh).
    QTimer::singleShot(kCatchUpTimeoutMs, this, &LiveLoadBench::finish);
}

void LiveLoadBench::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_probe->stop();
    m_result.stallsMs = m_probe->samples();
    m_result.rssEndMb = bench::residentMemoryMb();
    m_result.displayedAtEnd = displayedEvents() - m_baseline;
    m_finalWindow = m_window->grab();

    // Delays: event n (committed at t) is displayed by the first refresh that shows >= n events.
    for (const auto& [committed, n] : std::as_const(m_commits)) {
        const auto it =
            std::lower_bound(m_shown.cbegin(), m_shown.cend(), n,
                             [](const QPair<qint64, qint64>& s, qint64 v) { return s.second < v; });
        if (it == m_shown.cend())
            ++m_result.notDisplayed;
        else
            m_result.delaysMs.append(double(qMax<qint64>(0, it->first - committed)));
    }

    const analytics::FunnelRequest request = m_window->funnelPage()->model()->request();
    const FunnelSeries shown = m_window->funnelPage()->model()->report().primary;
    auto* watcher = new QFutureWatcher<Recount>(this);
    connect(watcher, &QFutureWatcher<Recount>::finished, this, [this, watcher] {
        const Recount r = watcher->result();
        watcher->deleteLater();
        if (!r.error.isEmpty())
            m_result.error = tr("The recount failed: %1").arg(r.error);
        m_result.countsEqual = r.equal;
        m_result.countsDetail = r.detail;
        emit finished();
    });
    watcher->setFuture(QtConcurrent::run(recount, m_setup.url, request, shown));
}

void LiveLoadBench::fail(const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    if (m_probe)
        m_probe->stop();
    m_result.error = message;
    if (m_simulator.state() != QProcess::NotRunning)
        m_simulator.kill();
    QTimer::singleShot(0, this, &LiveLoadBench::finished);
}

} // namespace limitless::ui
