-- The checkpoints of a thread at which current_stage took a new value, oldest first, with the
-- number of messages at that checkpoint and at the one before it (counted on the server by
-- limitless.limitless_message_count, one of the dashboard's additions), so that the reader can place the stage change
-- between messages and date the step's last message. The stage is inline in
-- channel_values for current Python savers, else a blob (LangGraph.js, older Python); a value
-- rewritten unchanged (LangGraph.js writes it on every step) is not a change, so only a few
-- rows are counted.
with h as (
    select c.checkpoint_id, c.checkpoint->>'ts' as ts,
           c.checkpoint->'channel_values' ? 'current_stage' as has_inline_stage,
           (c.checkpoint->'channel_values'->'current_stage')::text as inline_stage,
           sb.type as stage_type, sb.blob as stage_blob,
           c.checkpoint->'channel_versions'->>'messages' as messages_version,
           lag(c.checkpoint->'channel_versions'->>'messages')
               over (order by c.checkpoint_id) as previous_messages_version
    from checkpoints c
    left join checkpoint_blobs sb
        on sb.thread_id = c.thread_id and sb.checkpoint_ns = c.checkpoint_ns
       and sb.channel = 'current_stage'
       and sb.version = c.checkpoint->'channel_versions'->>'current_stage'
    where c.thread_id = $1 and c.checkpoint_ns = ''
), k as (
    select h.*,
           coalesce(h.inline_stage, h.stage_type || ':' || encode(h.stage_blob, 'hex')) as stage_key
    from h
), changes as (
    select k.*, lag(k.stage_key) over (order by k.checkpoint_id) as previous_stage_key
    from k
)
-- Scalar subqueries: only the few rows that survive the filter touch their (large) blobs.
select ch.checkpoint_id, ch.ts, coalesce(ch.has_inline_stage, false) as has_inline_stage,
       ch.inline_stage, ch.stage_type, ch.stage_blob,
       (select limitless.limitless_message_count(b.type, b.blob) from checkpoint_blobs b
        where b.thread_id = $1 and b.checkpoint_ns = '' and b.channel = 'messages'
          and b.version = ch.messages_version) as messages_count,
       (select limitless.limitless_message_count(b.type, b.blob) from checkpoint_blobs b
        where b.thread_id = $1 and b.checkpoint_ns = '' and b.channel = 'messages'
          and b.version = ch.previous_messages_version) as parent_messages_count
from changes ch
where ch.stage_key is not null and ch.stage_key is distinct from ch.previous_stage_key
order by ch.checkpoint_id
