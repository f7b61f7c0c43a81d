-- Saves a scenario under its name. An existing scenario of that name is replaced only when $6
-- is true; otherwise no row comes back and the caller says the name is taken.
insert into limitless.agent_scenarios (owner_id, name, campaign_code, lead_turns, source_thread_id)
values ($1, $2, nullif($3, ''), $4::jsonb, nullif($5, ''))
on conflict (owner_id, name) do update
    set campaign_code = excluded.campaign_code,
        lead_turns = excluded.lead_turns,
        source_thread_id = excluded.source_thread_id,
        updated_at = now()
    where $6::boolean
returning id
