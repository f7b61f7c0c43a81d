-- Puts archived events back ($1: the archive's lines) for the owner $2, idempotently. The
-- roll-ups' insert triggers count them again.
insert into analytics_events
select r.* from jsonb_populate_recordset(null::analytics_events, $1::jsonb) r
where r.campaign_id in (select id from campaigns where owner_id = $2)
   or r.conversation_id in (select c.id from conversations c
                            join campaigns ca on ca.id = c.campaign_id
                            where ca.owner_id = $2)
on conflict (id) do nothing
