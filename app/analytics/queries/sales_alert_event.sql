-- A new qualified / payment_completed event, for the desktop notification: whose conversation,
-- which campaign, and the amount for payments. Read by id (the notification payload carries
-- only ids); row-level security applies as everywhere.
select e.event_type, e.conversation_id, v.instagram_handle, c.name as campaign_name, c.platform,
       e.event_data
from analytics_events e
left join conversations v on v.id = e.conversation_id
left join campaigns c on c.id = e.campaign_id
where e.id = $1
