-- Drill-through of the "payment link sent" stage: exactly the conversations that
-- funnel_payments.sql counts (kind 'link') for local days [$1, $2) UTC, same parameters.
select p.conversation_id
from payments p
join conversations v on v.id = p.conversation_id
join campaigns c on c.id = p.campaign_id
where p.created_at >= $1::timestamp and p.created_at < $2::timestamp and v.payment_link_sent
  and not exists (select 1 from payments q where q.conversation_id = p.conversation_id
                  and (q.created_at, q.id) < (p.created_at, p.id))
  and ($4::text[] is null or p.campaign_id = any($4::text[]))
  and ($5::boolean or c.platform is distinct from 'playground')
  and $3::text is not null
order by p.conversation_id
