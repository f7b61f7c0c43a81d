-- Funnel page: analytics events per local day, type and objection type over the UTC range
-- [$1, $2), read from the hourly roll-up (migrations 0011 + 0012). $1 and $2 must lie on whole
-- UTC hours (true for every zone with a whole-hour offset). Each UTC day of the range gets the
-- hour at which the next local day starts (`cut`, from zone $3, so DST changes are followed);
-- a roll-up row then belongs to its UTC day's local day or the next/previous one by comparing
-- its hour with the cut: an integer comparison per row instead of a time-zone conversion.
-- $4: campaign ids (NULL = all); $5: include campaigns whose platform is 'playground'.
with days as materialized (
    select d::date as day,
           -- the UTC hour at which the next local day starts within this UTC day; 0 or -1:
           -- none after hour 0 (hour 0 itself is covered by first_local)
           coalesce((select extract(hour from m)::int
                     from (select (l::date::timestamp at time zone $3::text) at time zone 'UTC' as m
                           from generate_series(d - interval '1 day', d + interval '1 day',
                                                interval '1 day') l) x
                     where m >= d and m < d + interval '1 day' order by m limit 1), -1) as cut,
           -- the local date that the UTC day's hour 0 belongs to
           ((d at time zone 'UTC') at time zone $3::text)::date as first_local
    from generate_series($1::timestamp::date::timestamp, ($2::timestamp - interval '1 hour')::date::timestamp,
                         interval '1 day') d
),
campaign_set as materialized (
    select c.id from campaigns c
    where ($4::text[] is null or c.id = any($4::text[]))
      and ($5::boolean or c.platform is distinct from 'playground')
)
select case when d.cut > 0 and r.hour >= d.cut then d.first_local + 1 else d.first_local end
           as local_day,
       r.event_type, r.detail, sum(r.count)::bigint as events
from analytics_daily_counts r
join days d on d.day = r.day
where r.day >= $1::timestamp::date and r.day <= ($2::timestamp - interval '1 hour')::date
  -- hours since the first UTC day's midnight, in [$1, $2): integer arithmetic per row
  and (r.day - $1::timestamp::date) * 24 + r.hour >= extract(hour from $1::timestamp)::int
  and (r.day - $1::timestamp::date) * 24 + r.hour
      < (extract(epoch from $2::timestamp - $1::timestamp::date::timestamp) / 3600)::int
  and r.campaign_id in (select id from campaign_set)
group by 1, 2, 3
having sum(r.count) <> 0
