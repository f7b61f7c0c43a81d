#pragma once

#include "analytics/FunnelReport.h"

#include <QObject>
#include <QPixmap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QVector>

#include <memory>

namespace limitless::bench {
class LoopProbe;
}
namespace limitless::db {
class Database;
}

namespace limitless::ui {

class MainWindow;

// The live-load run of docs/benchmarks.md: the dashboard's main window on the Funnel page (last
// 90 local days, all campaigns) follows a second process, `limitless simulate`, that inserts
// events at a steady rate. Measures how late the GUI loop gets (a 1 ms probe timer), the delay
// from each event's commit (the simulator's log) to the first displayed figures that include it,
// resident memory before and after, and whether the final displayed figures equal a recount
// straight from analytics_events.
class LiveLoadBench : public QObject {
    Q_OBJECT

public:
    struct Setup {
        QString url;
        QByteArray claims;   // JSON claims to run the dashboard under (RLS); empty: none
        QString simulator;   // path of the `limitless` executable
        double rate = 100;   // events per second
        double seconds = 60; // how long the simulator runs
        QByteArray timeZone; // the owner's zone (IANA)
        double warmUpSeconds = 3;
    };

    struct Result {
        QString error; // set when the run could not be completed
        qint64 inserted = 0;
        qint64 displayedAtEnd = 0; // inserted events the page shows at the end
        int refreshes = 0;         // figures shown while the simulator ran
        QVector<double> stallsMs;  // the probe's lateness samples
        QVector<double> delaysMs;  // per inserted event: commit → first display that includes it
        qint64 notDisplayed = 0;   // inserted events never displayed
        double rssStartMb = 0, rssEndMb = 0;
        bool countsEqual = false;
        QString countsDetail; // what differs, when it does
        QString simulatorOutput;
        QString platform;
    };

    LiveLoadBench(Setup setup, QObject* parent = nullptr);
    ~LiveLoadBench() override;

    void start();
    const Result& result() const { return m_result; }
    // The main window as it was when the run ended (null before).
    QPixmap finalWindow() const { return m_finalWindow; }

signals:
    void finished();

private:
    void onReportChanged();
    void beginLoad();
    void onSimulatorFinished();
    void waitForLastEvents();
    void finish();
    void fail(const QString& message);
    qint64 displayedEvents() const;

    Setup m_setup;
    Result m_result;
    std::unique_ptr<db::Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<bench::LoopProbe> m_probe;
    QProcess m_simulator;
    QTemporaryDir m_tmp;
    QPixmap m_finalWindow;
    bool m_loaded = false;
    bool m_running = false;
    bool m_done = false;
    qint64 m_baseline = 0;
    // (UTC ms when shown, inserted events included) per displayed refresh
    QVector<QPair<qint64, qint64>> m_shown;
    // (UTC ms when the commit returned, event number) from the simulator's log
    QVector<QPair<qint64, qint64>> m_commits;
};

} // namespace limitless::ui
