-- Edits what the owner may change in place; the code stays (it is printed in ads already).
-- $1 is the id or the code (ids are UUIDs, codes six characters: they never collide); undo
-- and redo go by code, which survives a campaign being deleted and created again.
update campaigns
set name = $2, description = $3, platform = $4, updated_at = (now() at time zone 'utc')
where id = $1 or code = $1
returning id, code
