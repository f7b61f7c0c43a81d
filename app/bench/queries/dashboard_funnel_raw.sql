-- The same funnel straight from analytics_events with the seed's indexes only: the peer the
-- roll-up is measured against.
select c.id, c.name, e.event_type, count(*) as events
from analytics_events e
join campaigns c on c.id = e.campaign_id
where e.created_at >= $1::date and e.created_at < $2::date
group by c.id, c.name, e.event_type
order by c.name, e.event_type
