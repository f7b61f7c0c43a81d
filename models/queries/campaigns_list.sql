-- The Campaigns page: every campaign the signed-in owner may see (row-level security decides).
select id, code, name, description, platform, is_active,
       total_clicks, total_conversations, total_qualified, total_conversions,
       created_at, updated_at
from campaigns
order by created_at desc, id
