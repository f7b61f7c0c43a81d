-- A lead's link carries the campaign code: the agent resolves it on every new conversation.
select id, name, owner_id, platform, is_active
from campaigns
where code = $1
