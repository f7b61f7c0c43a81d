-- The first stored run of each of the owner's scenarios: what the conversation it was saved
-- from reached (or its first run), the expectation later runs are held to.
select distinct on (scenario_id)
       scenario_id, thread_id, policy, prompt_version, stage_reached, qualified,
       payment_link_sent, turns, result, error, ran_at
from limitless.agent_scenario_runs
where owner_id = $1
order by scenario_id, ran_at asc, id asc
