-- The same figures as funnel_counts.sql, counted straight from analytics_events. Used for local
-- midnights that are not on a UTC quarter-hour (historical local mean time, e.g.
-- Europe/Amsterdam before 1937), and by the benchmark as the peer that only has the seed's
-- indexes, and wherever the dashboard's roll-ups are not installed (it needs nothing but the
-- seed's tables). The objection type is limitless_analytics_detail() written out.
select (e.created_at at time zone 'UTC' at time zone $3::text)::date as local_day,
       e.event_type,
       case when e.event_type = 'objection_raised'
            then left(coalesce(e.event_data ->> 'objection_type', ''), 100) else '' end as detail,
       count(*)::bigint as events
from analytics_events e
join campaigns c on c.id = e.campaign_id
where e.created_at >= $1::timestamp and e.created_at < $2::timestamp
  and ($4::text[] is null or e.campaign_id = any($4::text[]))
  and ($5::boolean or c.platform is distinct from 'playground')
group by 1, 2, 3
