-- How many conversations the Conversations list's filter matches.
-- Parameters $1..$12 are the ConversationFilter (see ConversationQuery::filterParams); a NULL
-- parameter means "no condition". Statements are planned with their values, so the unused
-- conditions fold away and the keyset index serves the ORDER BY.
select count(*) as total
from conversations c
where ($1::text[] is null or c.campaign_id = any($1::text[]))
  and ($2::text[] is null or c.current_stage = any($2::text[]))
  and ($3::boolean is null or c.qualified = $3::boolean)
  and ($4::boolean is null or c.payment_completed = $4::boolean)
  and ($5::timestamp is null or c.created_at >= $5::timestamp)
  and ($6::timestamp is null or c.created_at < $6::timestamp)
  and ($7::text is null or c.instagram_handle ilike $7::text or c.email ilike $7::text)
  and ($8::text is null or exists (
        select 1 from analytics_events e
        where e.conversation_id = c.id and e.event_type = $8::text
          and ($9::timestamp is null or e.created_at >= $9::timestamp)
          and ($10::timestamp is null or e.created_at < $10::timestamp)))
  and ($11::text[] is null or c.id = any($11::text[]))
  and ($12::boolean or not exists (
        select 1 from campaigns p where p.id = c.campaign_id and p.platform = 'playground'))
