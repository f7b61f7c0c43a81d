-- Dashboard, funnel per campaign: events by type over [$1, $2) (dates; the dashboard passes
-- the last 90 days), from the daily roll-up (migration 0011).
select c.id, c.name, d.event_type, sum(d.count)::bigint as events
from limitless.analytics_daily_counts d
join campaigns c on c.id = d.campaign_id
where d.day >= $1::date and d.day < $2::date
group by c.id, c.name, d.event_type
order by c.name, d.event_type
