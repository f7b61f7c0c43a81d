-- One page of analytics events to archive (keyset on id, after $4 — NULL for the first page —, at most $5): the owner's
-- ($1) events created before $2, and every event of a conversation that goes (last message
-- before $3, no payment), whose foreign key would otherwise keep it.
with owned as (
    select c.id, c.last_message_at
    from conversations c join campaigns ca on ca.id = c.campaign_id
    where ca.owner_id = $1),
inactive as (
    select o.id from owned o
    where o.last_message_at < $3::timestamp
      and not exists (select 1 from payments p where p.conversation_id = o.id))
select e.id, row_to_json(e)::text as row
from analytics_events e
where e.id > coalesce($4, '')
  and ((e.created_at < $2::timestamp
        and (e.campaign_id in (select id from campaigns where owner_id = $1)
             or e.conversation_id in (select id from owned)))
       or e.conversation_id in (select id from inactive))
order by e.id
limit $5
