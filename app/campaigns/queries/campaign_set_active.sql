-- Pause ($2 = false) or resume a campaign, by id or by code ($1 matches either: ids are UUIDs,
-- codes six characters, so they never collide). Undo/redo and the CLI go by code.
update campaigns
set is_active = $2, updated_at = (now() at time zone 'utc')
where id = $1 or code = $1
returning id, code
