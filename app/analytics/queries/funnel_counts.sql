-- Funnel page: analytics events per local day, type and objection type over the UTC range
-- [$1, $2) in zone $3, read from the day roll-up (migrations 0011, 0012, 0014): each UTC day's
-- row is split into its local days with two subscripts of its cumulative quarter-hour counts.
-- $1 and $2 must lie on UTC quarter-hours (true for every zone in use today).
-- $4: campaign ids (NULL = all); $5: include campaigns whose platform is 'playground'.
select s.local_day, r.event_type, r.detail,
       sum(r.quarter_cum[s.hi + 1] - r.quarter_cum[s.lo + 1])::bigint as events
from limitless.limitless_local_day_slices($1::timestamp, $2::timestamp, $3::text) s
join limitless.analytics_daily_counts r on r.day = s.day
where r.day >= $1::timestamp::date and r.day <= ($2::timestamp - interval '15 minutes')::date
  and r.campaign_id in (select c.id from campaigns c
                        where ($4::text[] is null or c.id = any($4::text[]))
                          and ($5::boolean or c.platform is distinct from 'playground'))
group by 1, 2, 3
having sum(r.quarter_cum[s.hi + 1] - r.quarter_cum[s.lo + 1]) <> 0
