-- A thread's newest checkpoint (LangGraph's thread_id = conversations.id, root namespace) with
-- the blob of every channel it lists, in one round trip. Each blob is found through the
-- checkpoint's own channel_versions, never "the highest version": after a fork the newest
-- checkpoint may point at a lower one, and versions are text ('9' > '10').
-- A listed version without a blob row comes back with blob_found = false.
select c.checkpoint_id, c.checkpoint::text as checkpoint, v.channel, v.version,
       b.type, b.blob, b.thread_id is not null as blob_found
from (select thread_id, checkpoint_ns, checkpoint_id, checkpoint
      from checkpoints
      where thread_id = $1 and checkpoint_ns = ''
      order by checkpoint_id desc
      limit 1) c
left join lateral jsonb_each_text(coalesce(c.checkpoint->'channel_versions', '{}'::jsonb))
    as v(channel, version) on v.channel not like 'branch:%' and v.channel not like '\_\_%'
left join checkpoint_blobs b
    on b.thread_id = c.thread_id and b.checkpoint_ns = c.checkpoint_ns
   and b.channel = v.channel and b.version = v.version
