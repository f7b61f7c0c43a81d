-- Funnel page, from the payments roll-up (migration 0014) over the UTC range [$1, $2) per local
-- day (zone $3) and campaign; $1 and $2 on UTC quarter-hours. Same rows as funnel_payments_raw.sql:
-- kind 'link': conversations in the "payment link sent" stage (docs/funnel.md says how they are
--   dated); kind 'revenue': completed payments by completion time, in cents per currency.
-- $4: campaign ids (NULL = all); $5: include 'playground' campaigns.
select r.kind, s.local_day, r.campaign_id, r.currency,
       sum(r.quarter_cum[s.hi + 1] - r.quarter_cum[s.lo + 1])::bigint as n,
       sum(r.cents_quarter_cum[s.hi + 1] - r.cents_quarter_cum[s.lo + 1])::bigint as cents
from limitless.limitless_local_day_slices($1::timestamp, $2::timestamp, $3::text) s
join limitless.analytics_payment_counts r on r.day = s.day
where r.day >= $1::timestamp::date and r.day <= ($2::timestamp - interval '15 minutes')::date
  and r.campaign_id in (select c.id from campaigns c
                        where ($4::text[] is null or c.id = any($4::text[]))
                          and ($5::boolean or c.platform is distinct from 'playground'))
group by 1, 2, 3, 4
having sum(r.quarter_cum[s.hi + 1] - r.quarter_cum[s.lo + 1]) <> 0
    or sum(r.cents_quarter_cum[s.hi + 1] - r.cents_quarter_cum[s.lo + 1]) <> 0
