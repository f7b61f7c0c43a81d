-- The figures of funnel_payments.sql counted straight from payments: for local midnights that
-- are not on a UTC quarter-hour, and the benchmark's peer. Over the UTC range [$1, $2) per local
-- day (zone $3) and campaign.
-- kind 'link': the "payment link sent" stage. The agent logs no event for it; the conversation
--   has a payment_link_sent flag but no time, and every link is a Stripe checkout session, i.e.
--   a payments row created when the link goes out. So: conversations flagged payment_link_sent,
--   counted once, at their first payments row.
-- kind 'revenue': completed payments by completion time, in cents per currency.
-- $4: campaign ids (NULL = all); $5: include 'playground' campaigns.
select 'link' as kind, (p.created_at at time zone 'UTC' at time zone $3::text)::date as local_day,
       p.campaign_id, '' as currency, count(*)::bigint as n, 0::bigint as cents
from payments p
join conversations v on v.id = p.conversation_id
join campaigns c on c.id = p.campaign_id
where p.created_at >= $1::timestamp and p.created_at < $2::timestamp and v.payment_link_sent
  and not exists (select 1 from payments q where q.conversation_id = p.conversation_id
                  and (q.created_at, q.id) < (p.created_at, p.id))
  and ($4::text[] is null or p.campaign_id = any($4::text[]))
  and ($5::boolean or c.platform is distinct from 'playground')
group by 2, 3
union all
select 'revenue', (p.completed_at at time zone 'UTC' at time zone $3::text)::date, p.campaign_id,
       p.currency, count(*)::bigint,
       sum(p.amount_monthly::bigint + coalesce(p.amount_onetime, 0))::bigint
from payments p
join campaigns c on c.id = p.campaign_id
where p.payment_status = 'completed'
  and p.completed_at >= $1::timestamp and p.completed_at < $2::timestamp
  and ($4::text[] is null or p.campaign_id = any($4::text[]))
  and ($5::boolean or c.platform is distinct from 'playground')
group by 2, 3, 4
