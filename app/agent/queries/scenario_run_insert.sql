-- One scenario run's outcome. ran_at is the statement's own clock, so that runs stored in one
-- transaction still order.
insert into limitless.agent_scenario_runs (owner_id, scenario_id, thread_id, policy,
    prompt_version, stage_reached, qualified, payment_link_sent, turns, result, error, ran_at)
values ($1, $2, nullif($3, ''), $4, $5, nullif($6, ''), $7, $8, $9, $10::jsonb, nullif($11, ''),
    clock_timestamp())
returning id
