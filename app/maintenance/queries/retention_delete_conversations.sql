-- Deletes one batch of archived conversations ($1: the archive's lines; "id" and
-- "last_message_at" are read) of the owner $2, each only while it is unchanged since it was
-- archived (a new message keeps it), has no payment and no event left.
delete from conversations c
using jsonb_to_recordset($1::jsonb) k(id text, last_message_at timestamp)
where c.id = k.id and c.last_message_at = k.last_message_at
  and c.campaign_id in (select id from campaigns where owner_id = $2)
  and not exists (select 1 from payments p where p.conversation_id = c.id)
  and not exists (select 1 from analytics_events e where e.conversation_id = c.id)
