-- A new campaign. The owner is the signed-in user's owner row (row-level security checks it
-- again), unless an explicit owner id ($5) is given: the CLI, connected as a maintenance role
-- without claims, names the owner itself. Timestamps are stored as UTC (the columns have no zone).
insert into campaigns (code, name, description, platform, owner_id, created_at, updated_at)
values ($1, $2, $3, $4,
        coalesce($5::text,
                 (select id from owners where supabase_user_id = (select auth.uid())::text)),
        (now() at time zone 'utc'), (now() at time zone 'utc'))
returning id, code
