#include "RollupRecount.h"

#include "db/PgConnection.h"

#include <catch2/catch.hpp>

namespace limitless::test {

// Rows of the roll-ups that a recount disagrees with (both directions); 0 = exactly equal.
// limitless.analytics_daily_counts is compared per quarter-hour (its cumulative array taken apart),
// and its totals and limitless.analytics_campaign_totals against the same recount.
qint64 rollupDifferences(db::PgConnection& c)
{
    const db::QueryResult r = c.exec(QStringLiteral(R"SQL(
with recount as (
    select created_at::date as day, limitless.limitless_quarter(created_at) as quarter, campaign_id,
           event_type, limitless.limitless_analytics_detail(event_type, event_data) as detail,
           count(*)::bigint as count
    from analytics_events group by 1, 2, 3, 4, 5),
rollup as (
    select day, q::smallint, campaign_id, event_type, detail,
           quarter_cum[q + 2] - quarter_cum[q + 1] as count
    from limitless.analytics_daily_counts, generate_series(0, 95) q
    where quarter_cum[q + 2] - quarter_cum[q + 1] <> 0),
malformed as (
    select 1 from limitless.analytics_daily_counts
    where quarter_cum[1] <> 0 or quarter_cum[97] <> count or cardinality(quarter_cum) <> 97),
totals as (
    select campaign_id, event_type, count(*)::bigint as count from analytics_events group by 1, 2),
stored_totals as (
    select campaign_id, event_type, count from limitless.analytics_campaign_totals where count <> 0)
select (select count(*) from (
            (select * from recount except all select * from rollup)
            union all
            (select * from rollup except all select * from recount)) d)
     + (select count(*) from malformed)
     + (select count(*) from (
            (select * from totals except all select * from stored_totals)
            union all
            (select * from stored_totals except all select * from totals)) t)
)SQL"));
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
    return r.scalar().toLongLong();
}

} // namespace limitless::test
