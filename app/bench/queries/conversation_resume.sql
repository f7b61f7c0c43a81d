-- Resuming a conversation: the thread's newest checkpoint and the `messages` blob that this
-- checkpoint's own channel_versions points at (never "the highest version": versions are text
-- and a fork can point back at a lower one).
select c.checkpoint_id, c.checkpoint::text, b.type, b.blob
from checkpoints c
left join checkpoint_blobs b
  on b.thread_id = c.thread_id and b.checkpoint_ns = c.checkpoint_ns
 and b.channel = 'messages'
 and b.version = c.checkpoint -> 'channel_versions' ->> 'messages'
where c.thread_id = $1 and c.checkpoint_ns = ''
order by c.checkpoint_id desc
limit 1
