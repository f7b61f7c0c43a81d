-- The same daily chart straight from analytics_events (peer of dashboard_daily.sql).
select e.created_at::date as day, e.event_type, count(*) as events
from analytics_events e
where e.created_at >= $1::date and e.created_at < $2::date
group by 1, 2
order by 1, 2
