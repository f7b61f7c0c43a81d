#include "bench/DbBench.h"

#include "db/PgConnection.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cmath>

namespace limitless::bench {

namespace {

QString query(const QString& name)
{
    QFile f(QStringLiteral(":/bench/queries/%1.sql").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

constexpr int kWarmup = 3;

} // namespace

double DbBench::percentile(const QVector<double>& sorted, double q)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(q * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

db::DbError DbBench::run(int iterations, QList<Figure>* figures, DataSize* size)
{
    iterations = std::max(iterations, 1);
    figures->clear();

    const db::QueryResult schema = m_conn.exec(QStringLiteral(
        "select to_regclass('campaigns') is not null and to_regclass('checkpoints') is not null"));
    if (!schema.ok())
        return schema.error;
    if (!schema.scalar().toBool())
        return db::DbError::client(
            tr("The database lacks the application tables or "
               "LangGraph's checkpoint tables: run the bench on a sandbox loaded "
               "with `limitless demo-data --scale large`."));
    const db::QueryResult counts = m_conn.exec(QStringLiteral(
        "select (select count(*) from campaigns), (select count(*) from conversations), "
        "(select count(*) from analytics_events), (select count(*) from checkpoints), "
        "to_regclass('limitless.analytics_daily_counts') is not null"));
    if (!counts.ok())
        return counts.error;
    size->campaigns = counts.value(0, 0).toLongLong();
    size->conversations = counts.value(0, 1).toLongLong();
    size->events = counts.value(0, 2).toLongLong();
    size->checkpoints = counts.value(0, 3).toLongLong();
    size->serverVersion = m_conn.serverVersionString();
    const bool rollup = counts.value(0, 4).toBool();
    if (size->campaigns == 0 || size->checkpoints == 0)
        return db::DbError::client(
            tr("The database has no demo data: run `limitless demo-data --scale large` first."));

    // Inputs, fetched before any timing.
    QStringList codes;
    {
        const db::QueryResult r =
            m_conn.exec(QStringLiteral("select code from campaigns order by code"));
        if (!r.ok())
            return r.error;
        for (const auto& row : r.rows)
            codes << row.at(0).toString();
    }
    QStringList threads;
    {
        const db::QueryResult r =
            m_conn.exec(QStringLiteral("select thread_id from checkpoints where checkpoint_ns = '' "
                                       "group by thread_id order by md5(thread_id) limit $1"),
                        {std::min(iterations, 1000)});
        if (!r.ok())
            return r.error;
        for (const auto& row : r.rows)
            threads << row.at(0).toString();
    }
    // The dashboard's "last 90 days" ends with the newest event's day, so the figures mean the
    // same on demo data loaded with any --now.
    QDate end;
    {
        const db::QueryResult r = m_conn.exec(QStringLiteral(
            "select (coalesce(max(created_at), now())::date + 1)::text from analytics_events"));
        if (!r.ok())
            return r.error;
        end = QDate::fromString(r.scalar().toString(), Qt::ISODate);
    }
    const QDate start = end.addDays(-90);
    size->windowStart = start.toString(Qt::ISODate);
    size->windowEnd = end.toString(Qt::ISODate);

    auto measure = [&](Figure f, int runs,
                       const std::function<db::DbError(int, int*)>& once) -> db::DbError {
        int rows = 0;
        for (int i = 0; i < std::min(kWarmup, runs); ++i) {
            if (auto e = once(i, &rows))
                return e;
        }
        QVector<double> ms;
        ms.reserve(runs);
        QElapsedTimer timer;
        for (int i = 0; i < runs; ++i) {
            timer.start();
            if (auto e = once(i, &rows))
                return e;
            ms.append(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        f.samples = int(ms.size());
        f.minMs = ms.first();
        f.maxMs = ms.last();
        f.p50Ms = percentile(ms, 0.50);
        f.p95Ms = percentile(ms, 0.95);
        f.rows = rows;
        figures->append(f);
        return {};
    };

    const QString byCode = query(QStringLiteral("campaign_by_code"));
    if (auto e = measure({QStringLiteral("campaign_code_lookup"), tr("Campaign code lookup"), 0, 0,
                          0, 0, 0, 10, 2, 0},
                         iterations, [&](int i, int* rows) {
                             const auto r = m_conn.exec(byCode, {codes.at(i % codes.size())});
                             *rows = r.rowCount();
                             return r.error;
                         }))
        return e;

    const QString resume = query(QStringLiteral("conversation_resume"));
    if (auto e = measure({QStringLiteral("conversation_resume"),
                          tr("Conversation resume (latest checkpoint + messages)"), 0, 0, 0, 0, 0,
                          50, 10, 0},
                         iterations, [&](int i, int* rows) {
                             const auto r = m_conn.exec(resume, {threads.at(i % threads.size())});
                             *rows = r.rowCount();
                             return r.error;
                         }))
        return e;

    const QVariantList window{size->windowStart, size->windowEnd};
    auto dashboard = [&](const QString& funnelSql, const QString& dailySql) {
        return [this, funnelSql, dailySql, window](int, int* rows) {
            const QList<db::QueryResult> r =
                m_conn.execPipeline({{funnelSql, window}, {dailySql, window}});
            *rows = 0;
            for (const db::QueryResult& q : r) {
                if (!q.ok())
                    return q.error;
                *rows += q.rowCount();
            }
            return db::DbError{};
        };
    };
    if (rollup) {
        if (auto e = measure({QStringLiteral("analytics_dashboard"),
                              tr("Analytics dashboard (90-day funnel + daily, roll-up)"), 0, 0, 0,
                              0, 0, 500, 100, 0},
                             iterations,
                             dashboard(query(QStringLiteral("dashboard_funnel")),
                                       query(QStringLiteral("dashboard_daily")))))
            return e;
    }
    // The peer: the same dashboard computed from the raw events (few runs: it is slow).
    if (auto e = measure({QStringLiteral("analytics_dashboard_raw"),
                          tr("Analytics dashboard from raw events (peer)"), 0, 0, 0, 0, 0, 500, 500,
                          0, true},
                         std::min(iterations, 10),
                         dashboard(query(QStringLiteral("dashboard_funnel_raw")),
                                   query(QStringLiteral("dashboard_daily_raw")))))
        return e;
    return {};
}

} // namespace limitless::bench
