-- The analytics events of one conversation, oldest first, for its timeline.
select id, event_type, event_data, created_at
from analytics_events
where conversation_id = $1
order by created_at, id
