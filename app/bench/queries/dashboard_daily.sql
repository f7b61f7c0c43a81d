-- Dashboard, daily chart: events by day and type over [$1, $2), from the daily roll-up.
select d.day, d.event_type, sum(d.count)::bigint as events
from limitless.analytics_daily_counts d
where d.day >= $1::date and d.day < $2::date
group by d.day, d.event_type
order by d.day, d.event_type
