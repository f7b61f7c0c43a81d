-- Deletes one batch of archived events ($1: a JSON array of the archive's lines; only "id" is
-- read) of the owner $2 and returns how many. The roll-ups' statement triggers (additions/0004,
-- 0007) subtract them; the same statement adds them to analytics_campaign_totals.archived
-- (additions/0012), so that the Funnel page's data-quality check still matches the campaigns'
-- all-time counters.
with gone as (
    delete from analytics_events e
    using jsonb_to_recordset($1::jsonb) k(id text)
    where e.id = k.id
      and (e.campaign_id in (select id from campaigns where owner_id = $2)
           or e.conversation_id in (select c.id from conversations c
                                    join campaigns ca on ca.id = c.campaign_id
                                    where ca.owner_id = $2))
    returning e.campaign_id, e.event_type),
archived as (
    update limitless.analytics_campaign_totals t
    set archived = t.archived + g.n
    from (select campaign_id, event_type, count(*) as n from gone
          where campaign_id is not null group by 1, 2 order by 1, 2) g
    where t.campaign_id = g.campaign_id and t.event_type = g.event_type)
select count(*) from gone
