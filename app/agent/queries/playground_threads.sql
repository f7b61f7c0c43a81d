-- The signed-in owner's playground threads (conversations on a campaign whose platform is
-- `playground`), newest activity first. Row-level security limits them to the owner.
select c.id,
       c.campaign_code,
       c.current_stage,
       c.qualified,
       c.payment_link_sent,
       c.payment_completed,
       c.total_messages,
       c.created_at,
       c.last_message_at
from conversations c
join campaigns ca on ca.id = c.campaign_id
where ca.platform = 'playground'
  and ca.owner_id = $1
order by c.last_message_at desc, c.id
limit $2
