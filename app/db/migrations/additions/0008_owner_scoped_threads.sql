SET LOCAL search_path = limitless, public, pg_temp;
--> statement-breakpoint
-- Owner-scoped reads of LangGraph's threads. LangGraph's checkpoint tables are the agent
-- server's: they have no owner column and no row-level security, and the dashboard does not
-- alter them. The dashboard's signed-in sessions read a thread through these functions
-- instead, which return it only when its conversation belongs to the caller's owner (the
-- same rule as the conversations policy) or when the session's login role bypasses
-- row-level security anyway (a service role, the database owner on the command line). The
-- direct grants on the checkpoint tables stay with the server roles.
CREATE FUNCTION "limitless"."thread_visible"(p_thread text) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = limitless, public, pg_temp AS $$
	SELECT CASE
		WHEN (SELECT auth.uid()) IS NOT NULL THEN EXISTS (
			SELECT 1 FROM public.conversations c
			JOIN public.campaigns ca ON ca.id = c.campaign_id
			JOIN public.owners o ON o.id = ca.owner_id
			WHERE c.id = p_thread AND o.supabase_user_id = (SELECT auth.uid())::text)
		ELSE EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user
			AND (r.rolsuper OR r.rolbypassrls))
	END
$$;
--> statement-breakpoint
-- The thread's newest checkpoint with its channel blobs (app/conversations/queries/
-- transcript_latest.sql). Nothing for a thread the caller may not read, or where LangGraph's
-- tables do not exist yet.
CREATE FUNCTION "limitless"."thread_latest"(p_thread text)
	RETURNS TABLE (checkpoint_id text, checkpoint text, channel text, version text, type text,
		blob bytea, blob_found boolean)
	LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = limitless, public, pg_temp AS $$
#variable_conflict use_column
BEGIN
	IF to_regclass('public.checkpoints') IS NULL OR to_regclass('public.checkpoint_blobs') IS NULL
		OR NOT limitless.thread_visible(p_thread) THEN
		RETURN;
	END IF;
	RETURN QUERY
select c.checkpoint_id, c.checkpoint::text as checkpoint, v.channel, v.version,
       b.type, b.blob, b.thread_id is not null as blob_found
from (select thread_id, checkpoint_ns, checkpoint_id, checkpoint
      from public.checkpoints
      where thread_id = p_thread and checkpoint_ns = ''
      order by checkpoint_id desc
      limit 1) c
left join lateral jsonb_each_text(coalesce(c.checkpoint->'channel_versions', '{}'::jsonb))
    as v(channel, version) on v.channel not like 'branch:%' and v.channel not like '\_\_%'
left join public.checkpoint_blobs b
    on b.thread_id = c.thread_id and b.checkpoint_ns = c.checkpoint_ns
   and b.channel = v.channel and b.version = v.version;
END
$$;
--> statement-breakpoint
-- The checkpoints at which the stage changed, with message counts
-- (app/conversations/queries/transcript_history.sql), under the same rule.
CREATE FUNCTION "limitless"."thread_stage_history"(p_thread text)
	RETURNS TABLE (checkpoint_id text, ts text, has_inline_stage boolean, inline_stage text,
		stage_type text, stage_blob bytea, messages_count integer, parent_messages_count integer)
	LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = limitless, public, pg_temp AS $$
#variable_conflict use_column
BEGIN
	IF to_regclass('public.checkpoints') IS NULL OR to_regclass('public.checkpoint_blobs') IS NULL
		OR NOT limitless.thread_visible(p_thread) THEN
		RETURN;
	END IF;
	RETURN QUERY
with h as (
    select c.checkpoint_id, c.checkpoint->>'ts' as ts,
           c.checkpoint->'channel_values' ? 'current_stage' as has_inline_stage,
           (c.checkpoint->'channel_values'->'current_stage')::text as inline_stage,
           sb.type as stage_type, sb.blob as stage_blob,
           c.checkpoint->'channel_versions'->>'messages' as messages_version,
           lag(c.checkpoint->'channel_versions'->>'messages')
               over (order by c.checkpoint_id) as previous_messages_version
    from public.checkpoints c
    left join public.checkpoint_blobs sb
        on sb.thread_id = c.thread_id and sb.checkpoint_ns = c.checkpoint_ns
       and sb.channel = 'current_stage'
       and sb.version = c.checkpoint->'channel_versions'->>'current_stage'
    where c.thread_id = p_thread and c.checkpoint_ns = ''
), k as (
    select h.*,
           coalesce(h.inline_stage, h.stage_type || ':' || encode(h.stage_blob, 'hex')) as stage_key
    from h
), changes as (
    select k.*, lag(k.stage_key) over (order by k.checkpoint_id) as previous_stage_key
    from k
)
select ch.checkpoint_id, ch.ts, coalesce(ch.has_inline_stage, false) as has_inline_stage,
       ch.inline_stage, ch.stage_type, ch.stage_blob,
       (select limitless.limitless_message_count(b.type, b.blob) from public.checkpoint_blobs b
        where b.thread_id = p_thread and b.checkpoint_ns = '' and b.channel = 'messages'
          and b.version = ch.messages_version) as messages_count,
       (select limitless.limitless_message_count(b.type, b.blob) from public.checkpoint_blobs b
        where b.thread_id = p_thread and b.checkpoint_ns = '' and b.channel = 'messages'
          and b.version = ch.previous_messages_version) as parent_messages_count
from changes ch
where ch.stage_key is not null and ch.stage_key is distinct from ch.previous_stage_key
order by ch.checkpoint_id;
END
$$;
