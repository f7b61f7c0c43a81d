#pragma once

#include "db/DbError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVector>

namespace limitless::db {
class PgConnection;
}

namespace limitless::bench {

// `limitless bench db`: the seed's query-performance targets, measured on the demo data
// (best: `limitless demo-data --scale large`). Each figure is client-side wall time around one
// round trip on a warm connection (after a few unmeasured runs), results decoded included.
//
// - campaign code lookup: campaigns by code (seed target 10 ms, ours 2 ms);
// - conversation resume: a thread's newest checkpoint joined to the messages blob its own
//   channel_versions names (seed 50 ms, ours 10 ms);
// - analytics dashboard: the funnel per campaign and type plus the daily counts by type for the
//   last 90 days of data, two statements in one pipeline (seed 500 ms, ours 100 ms), read from
//   the daily roll-up; the same two queries on analytics_events are measured as the peer.
class DbBench {
    Q_DECLARE_TR_FUNCTIONS(DbBench)

public:
    struct Figure {
        QString key;
        QString title;
        int samples = 0;
        double minMs = 0;
        double p50Ms = 0;
        double p95Ms = 0;
        double maxMs = 0;
        double seedTargetMs = 0;
        double targetMs = 0; // ours; the figure passes when p95 is below it
        int rows = 0;        // rows returned by one run (sanity)
        bool peer = false;   // a comparison figure, not one of our targets
        bool pass() const { return p95Ms < targetMs; }
    };
    struct DataSize {
        qint64 campaigns = 0;
        qint64 conversations = 0;
        qint64 events = 0;
        qint64 checkpoints = 0;
        QString windowStart; // dashboard window [start, end) as ISO dates
        QString windowEnd;
        QString serverVersion;
    };

    explicit DbBench(db::PgConnection& conn) : m_conn(conn) {}

    db::DbError run(int iterations, QList<Figure>* figures, DataSize* size);

    // Nearest-rank percentile of ascending samples (q in (0, 1]).
    static double percentile(const QVector<double>& sorted, double q);

private:
    db::PgConnection& m_conn;
};

} // namespace limitless::bench
