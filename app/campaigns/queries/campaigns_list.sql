-- `limitless campaigns list`: every campaign with its counters, newest first.
select c.id, c.code, c.name, c.description, c.platform, c.is_active,
       c.total_clicks, c.total_conversations, c.total_qualified, c.total_conversions,
       c.created_at, c.updated_at, o.email as owner_email
from campaigns c
join owners o on o.id = c.owner_id
order by c.created_at desc, c.id
