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

// The same for limitless.analytics_payment_counts and limitless.analytics_link_state against the
// rules of funnel_payments_raw.sql: a flagged conversation counts once, at its first payments row;
// completed payments count at their completion time with their amounts.
qint64 paymentRollupDifferences(db::PgConnection& c)
{
    const db::QueryResult r = c.exec(QStringLiteral(R"SQL(
with firsts as (
    select distinct on (p.conversation_id) p.conversation_id, p.campaign_id, p.created_at,
           v.payment_link_sent
    from payments p join conversations v on v.id = p.conversation_id
    order by p.conversation_id, p.created_at, p.id),
recount as (
    select created_at::date as day, limitless.limitless_quarter(created_at) as quarter, campaign_id,
           'link' as kind, '' as currency, count(*)::bigint as n, 0::bigint as cents
    from firsts where payment_link_sent group by 1, 2, 3
    union all
    select completed_at::date, limitless.limitless_quarter(completed_at), campaign_id, 'revenue',
           currency, count(*)::bigint,
           sum(amount_monthly::bigint + coalesce(amount_onetime, 0))::bigint
    from payments where payment_status = 'completed' and completed_at is not null
    group by 1, 2, 3, 5),
rollup as (
    select day, q::smallint, campaign_id, kind, currency,
           quarter_cum[q + 2] - quarter_cum[q + 1] as n,
           cents_quarter_cum[q + 2] - cents_quarter_cum[q + 1] as cents
    from limitless.analytics_payment_counts, generate_series(0, 95) q
    where quarter_cum[q + 2] - quarter_cum[q + 1] <> 0
       or cents_quarter_cum[q + 2] - cents_quarter_cum[q + 1] <> 0),
malformed as (
    select 1 from limitless.analytics_payment_counts
    where quarter_cum[97] <> count or cents_quarter_cum[97] <> cents),
state as (
    select conversation_id, campaign_id, link_at from limitless.analytics_link_state
    where link_at is not null),
expected_state as (
    select conversation_id, campaign_id, created_at from firsts where payment_link_sent)
select (select count(*) from (
            (select * from recount except all select * from rollup)
            union all
            (select * from rollup except all select * from recount)) d)
     + (select count(*) from malformed)
     + (select count(*) from (
            (select * from state except all select * from expected_state)
            union all
            (select * from expected_state except all select * from state)) s)
)SQL"));
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
    return r.scalar().toLongLong();
}

} // namespace limitless::test
