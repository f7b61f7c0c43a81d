-- Conversations to archive and delete: the owner's ($1), last message before $2, without a
-- payment (payments are kept for accounting, and so is their conversation). Whole rows, as
-- the archive stores them.
select c.id, row_to_json(c)::text as row
from conversations c join campaigns ca on ca.id = c.campaign_id
where ca.owner_id = $1 and c.last_message_at < $2::timestamp
  and not exists (select 1 from payments p where p.conversation_id = c.id)
order by c.id
