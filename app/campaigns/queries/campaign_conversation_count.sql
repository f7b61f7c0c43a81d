-- How many conversations keep a campaign from being deleted.
select count(*) from conversations where campaign_id = $1
