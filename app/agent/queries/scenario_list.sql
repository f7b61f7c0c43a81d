-- The owner's saved scenarios, by name.
select id, name, campaign_code, lead_turns, source_thread_id, created_at, updated_at
from limitless.agent_scenarios
where owner_id = $1
order by name, id
