-- The dry run's counts (RetentionPlanner): $1 owner id, $2 checkpoint cutoff, $3 event cutoff,
-- $4 inactivity cutoff (timestamps, UTC). The same selections as the retention_select_*.sql
-- queries the apply archives from.
with owned as (
    select c.id, c.current_stage, c.completed_at, c.last_message_at,
           exists (select 1 from payments p where p.conversation_id = c.id) as paid
    from conversations c join campaigns ca on ca.id = c.campaign_id
    where ca.owner_id = $1),
inactive as (
    select id from owned where last_message_at < $4::timestamp and not paid),
threads as (
    select id from owned
    where current_stage in ('complete', 'nurture') and completed_at < $2::timestamp
    union
    select id from inactive),
events as (
    select e.id from analytics_events e
    where e.created_at < $3::timestamp
      and (e.campaign_id in (select id from campaigns where owner_id = $1)
           or e.conversation_id in (select id from owned))
    union
    select e.id from analytics_events e join inactive i on i.id = e.conversation_id)
select (select count(*) from inactive) as conversations,
       (select count(*) from owned where last_message_at < $4::timestamp and paid)
           as conversations_kept_paid,
       (select count(*) from events) as analytics_events,
       (select count(*) from threads) as threads,
       k.checkpoints, k.checkpoint_blobs, k.checkpoint_writes
from limitless.retention_thread_counts(array(select id from threads)) k
