#pragma once

#include "analytics/FunnelRequest.h"
#include "db/DbError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace limitless::db {
class PgConnection;
}

namespace limitless::analytics {

// `limitless bench funnel`: the funnel page's full refresh (campaigns with data quality, then
// funnel, daily series, objections and revenue for the last 90 local days: one pipeline, one
// round trip) measured on a warm connection, against the same figures counted straight from
// analytics_events (only the seed's indexes there) in the same run. Both answers are checked to
// be equal before anything is timed.
class FunnelBench {
    Q_DECLARE_TR_FUNCTIONS(FunnelBench)

public:
    struct Figure {
        QString key;
        QString title;
        int samples = 0;
        double minMs = 0, p50Ms = 0, p95Ms = 0, maxMs = 0;
        double targetMs = 0; // 0 = no target
        bool peer = false;   // counted from analytics_events, for comparison
        bool pass() const { return targetMs <= 0 || p95Ms < targetMs; }
    };
    struct Setup {
        QByteArray timeZone = "UTC";
        int iterations = 100;
        // JWT claims to run every refresh under (row-level security as the app does); empty:
        // the connection's own role.
        QByteArray claims;
    };
    struct Info {
        qint64 events = 0;
        qint64 conversations = 0;
        qint64 rollupRows = 0;
        QString serverVersion;
        QStringList eventIndexes; // indexes on analytics_events
        FunnelRequest request;    // the single-scope refresh measured
        bool underRls = false;    // the refreshes ran as `authenticated` with the claims
        bool resultsEqual = false;
    };

    explicit FunnelBench(db::PgConnection& conn) : m_conn(conn) {}

    db::DbError run(const Setup& setup, QList<Figure>* figures, Info* info);

private:
    db::PgConnection& m_conn;
};

} // namespace limitless::analytics
