-- Deletes a campaign only while no conversation refers to it; with conversations it must be
-- paused instead (the leads' history keeps its campaign). Zero rows = refused or already gone.
delete from campaigns c
where c.id = $1
  and not exists (select 1 from conversations v where v.campaign_id = c.id)
returning c.id, c.code
