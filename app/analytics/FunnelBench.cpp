#include "analytics/FunnelBench.h"

#include "analytics/FunnelQuery.h"
#include "bench/DbBench.h"
#include "db/Claims.h"
#include "db/PgConnection.h"

#include <QElapsedTimer>

#include <algorithm>

namespace limitless::analytics {

namespace {

// The peer: the same refresh with every count taken from analytics_events.
QList<db::Statement> rawStatements(const FunnelRequest& r)
{
    QList<db::Statement> out{
        db::Statement(FunnelQuery::sql(QStringLiteral("funnel_campaigns_raw")))};
    out += FunnelQuery::scopeStatements(r, r.primary, true);
    if (r.comparison)
        out += FunnelQuery::scopeStatements(r, *r.comparison, true);
    return out;
}

} // namespace

db::DbError FunnelBench::run(const Setup& setup, QList<Figure>* figures, Info* info)
{
    auto scalar = [&](const QString& sql, db::DbError* e) {
        const db::QueryResult r = m_conn.exec(sql);
        if (!r.ok())
            *e = r.error;
        return r.scalar();
    };
    db::DbError e;
    info->events = scalar(QStringLiteral("select count(*) from analytics_events"), &e).toLongLong();
    info->conversations =
        scalar(QStringLiteral("select count(*) from conversations"), &e).toLongLong();
    info->rollupRows =
        scalar(QStringLiteral("select count(*) from limitless.analytics_daily_counts"), &e).toLongLong();
    info->serverVersion = scalar(QStringLiteral("show server_version"), &e).toString();
    const QString last =
        scalar(QStringLiteral("select max(created_at) from analytics_events"), &e).toString();
    const db::QueryResult idx = m_conn.exec(QStringLiteral(
        "select indexname from pg_indexes where tablename = 'analytics_events' order by 1"));
    if (e || !idx.ok())
        return e ? e : idx.error;
    for (int i = 0; i < idx.rowCount(); ++i)
        info->eventIndexes << idx.value(i, 0).toString();

    // The last 90 local days of the data (the demo data ends "now").
    FunnelRequest request;
    request.timeZone = setup.timeZone;
    const QDateTime end = QDateTime::fromString(last, Qt::ISODate).isValid()
                              ? QDateTime::fromString(last, Qt::ISODate)
                              : QDateTime::currentDateTimeUtc();
    request.primary = FunnelRequest::lastDays(90, request.zone(), end.toUTC());
    info->request = request;
    info->underRls = !setup.claims.isEmpty();
    FunnelRequest compare = request;
    compare.comparison =
        FunnelScope{{}, request.primary.from.addDays(-90), request.primary.from.addDays(-1)};

    // Same answers, or the timing means nothing.
    db::DbError pe;
    const auto viaRollup = FunnelQuery::parse(
        request, db::execWithClaims(m_conn, FunnelQuery::statements(request), setup.claims), &pe);
    if (!viaRollup)
        return pe;
    const auto viaEvents = FunnelQuery::parse(
        request, db::execWithClaims(m_conn, rawStatements(request), setup.claims), &pe);
    if (!viaEvents)
        return pe;
    info->resultsEqual = viaRollup->primary.totals == viaEvents->primary.totals &&
                         viaRollup->primary.daily == viaEvents->primary.daily &&
                         viaRollup->primary.objectionTypes == viaEvents->primary.objectionTypes &&
                         viaRollup->primary.objectionsDaily == viaEvents->primary.objectionsDaily &&
                         viaRollup->primary.revenue == viaEvents->primary.revenue;
    for (int i = 0; i < viaRollup->campaigns.size() && i < viaEvents->campaigns.size(); ++i)
        info->resultsEqual = info->resultsEqual &&
                             viaRollup->campaigns[i].counted == viaEvents->campaigns[i].counted;

    struct Case {
        const char* key;
        QString title;
        QList<db::Statement> statements;
        double target;
        int iterations;
    };
    // The peer is slow; a few runs give its order of magnitude without taking minutes.
    const int peerRuns = std::max(5, setup.iterations / 10);
    const QList<Case> cases = {
        {"refresh",
         tr("Refresh, 90 days (funnel, daily, objections, revenue, campaigns + data quality)"),
         FunnelQuery::statements(request), 50, setup.iterations},
        {"refresh_compare", tr("Refresh, comparison with the previous 90 days"),
         FunnelQuery::statements(compare), 0, setup.iterations},
        {"refresh_raw", tr("Same refresh from analytics_events and payments (peer)"),
         rawStatements(request), 0, peerRuns},
    };
    for (const Case& c : cases) {
        for (int w = 0; w < 3; ++w) {
            for (const db::QueryResult& r :
                 db::execWithClaims(m_conn, c.statements, setup.claims)) {
                if (!r.ok())
                    return r.error;
            }
        }
        QVector<double> ms;
        for (int i = 0; i < c.iterations; ++i) {
            QElapsedTimer t;
            t.start();
            const QList<db::QueryResult> results =
                db::execWithClaims(m_conn, c.statements, setup.claims);
            ms.append(double(t.nsecsElapsed()) / 1e6);
            for (const db::QueryResult& r : results) {
                if (!r.ok())
                    return r.error;
            }
        }
        std::sort(ms.begin(), ms.end());
        Figure f;
        f.key = QString::fromLatin1(c.key);
        f.title = c.title;
        f.samples = int(ms.size());
        f.minMs = ms.first();
        f.maxMs = ms.last();
        f.p50Ms = bench::DbBench::percentile(ms, 0.50);
        f.p95Ms = bench::DbBench::percentile(ms, 0.95);
        f.targetMs = c.target;
        f.peer = f.key == QLatin1String("refresh_raw");
        figures->append(f);
    }
    return {};
}

} // namespace limitless::analytics
