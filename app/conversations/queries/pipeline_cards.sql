-- The pipeline view's cards: the newest $14 conversations of each stage in $13, under the
-- list's filter (one index range scan per stage).
-- Parameters $1..$12 are the ConversationFilter (see ConversationQuery::filterParams); a NULL
-- parameter means "no condition". Statements are planned with their values, so the unused
-- conditions fold away and the keyset index serves the ORDER BY.
select s.stage, x.*
from unnest($13::text[]) with ordinality as s(stage, position)
cross join lateral (
    select c.id, c.instagram_handle, c.email, c.campaign_id, c.campaign_code, c.current_stage,
           c.qualified, c.qualification_score, c.business_type, c.monthly_revenue, c.main_pain_point,
           c.pitch_delivered, c.pitch_type, c.payment_link_sent, c.payment_completed,
           c.preferred_plan, c.total_messages, c.followup_count, c.created_at, c.last_message_at,
           c.completed_at
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
      and c.current_stage = s.stage
    order by c.last_message_at desc, c.id desc
    limit $14::int) x
order by s.position, x.last_message_at desc, x.id desc
