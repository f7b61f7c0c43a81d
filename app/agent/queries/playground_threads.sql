-- The signed-in owner's playground threads (conversations on a campaign whose platform is
-- `playground`), newest activity first. Row-level security limits them to the owner. The
-- campaign under test is recorded in the conversation_started event's data once the first
-- turn ran (conversations.campaign_code is the playground campaign's own code).
select c.id,
       (select e.event_data->>'tested_campaign_code'
          from analytics_events e
         where e.conversation_id = c.id and e.event_type = 'conversation_started'
         order by e.created_at
         limit 1) as tested_campaign_code,
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
