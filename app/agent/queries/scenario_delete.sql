-- Deletes a scenario (its runs go with it: ON DELETE CASCADE).
delete from limitless.agent_scenarios where owner_id = $1 and name = $2 returning id
