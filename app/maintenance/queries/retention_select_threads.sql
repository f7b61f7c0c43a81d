-- Threads whose checkpoints go: the owner's ($1) conversations finished ('complete',
-- 'nurture') before $2, and the conversations that go themselves (last message before $3, no
-- payment). The conversation id is the thread id.
select c.id
from conversations c join campaigns ca on ca.id = c.campaign_id
where ca.owner_id = $1
  and ((c.current_stage in ('complete', 'nurture') and c.completed_at < $2::timestamp)
       or (c.last_message_at < $3::timestamp
           and not exists (select 1 from payments p where p.conversation_id = c.id)))
order by c.id
