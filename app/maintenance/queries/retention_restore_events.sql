-- Puts archived events back ($1: the archive's lines) for the owner $2, idempotently, and returns
-- how many were inserted. The roll-ups' insert triggers count them again, and the same statement
-- takes them off analytics_campaign_totals.archived (additions/0012).
with back as (
    insert into analytics_events
    select r.* from jsonb_populate_recordset(null::analytics_events, $1::jsonb) r
    where r.campaign_id in (select id from campaigns where owner_id = $2)
       or r.conversation_id in (select c.id from conversations c
                                join campaigns ca on ca.id = c.campaign_id
                                where ca.owner_id = $2)
    on conflict (id) do nothing
    returning campaign_id, event_type),
unarchived as (
    update limitless.analytics_campaign_totals t
    set archived = greatest(t.archived - b.n, 0)
    from (select campaign_id, event_type, count(*) as n from back
          where campaign_id is not null group by 1, 2 order by 1, 2) b
    where t.campaign_id = b.campaign_id and t.event_type = b.event_type)
select count(*) from back
