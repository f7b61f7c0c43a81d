-- Puts archived conversations back ($1: a JSON array of the archive's lines) into campaigns of
-- the owner $2; those that exist are left alone, so a restore can be repeated.
insert into conversations
select r.* from jsonb_populate_recordset(null::conversations, $1::jsonb) r
where r.campaign_id in (select id from campaigns where owner_id = $2)
on conflict (id) do nothing
