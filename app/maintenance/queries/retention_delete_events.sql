-- Deletes one batch of archived events ($1: a JSON array of the archive's lines; only "id" is
-- read) of the owner $2. The roll-ups' statement triggers (additions/0004, 0007) subtract them.
delete from analytics_events e
using jsonb_to_recordset($1::jsonb) k(id text)
where e.id = k.id
  and (e.campaign_id in (select id from campaigns where owner_id = $2)
       or e.conversation_id in (select c.id from conversations c
                                join campaigns ca on ca.id = c.campaign_id
                                where ca.owner_id = $2))
