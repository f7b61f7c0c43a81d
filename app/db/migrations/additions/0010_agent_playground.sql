-- The dashboard's objects live in schema "limitless"; unqualified names below resolve there
-- first, then in public (the seed's tables).
SET LOCAL search_path = limitless, public, pg_temp;
--> statement-breakpoint
-- The agent playground (docs/agent.md): the owner's edited node prompts, each save a new
-- version number for the owner, so a scenario run can say which prompts it used.
CREATE TABLE "agent_prompt_versions" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" text NOT NULL REFERENCES "public"."owners"("id") ON DELETE CASCADE,
	"version" integer NOT NULL,
	"node" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_prompt_versions_owner_version_unique" UNIQUE("owner_id", "version")
);
--> statement-breakpoint
CREATE INDEX "idx_agent_prompt_versions_owner_node" ON "agent_prompt_versions" USING btree ("owner_id", "node", "version" DESC);
--> statement-breakpoint
-- Saved scenarios: a conversation's lead turns, replayed as a regression suite.
CREATE TABLE "agent_scenarios" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" text NOT NULL REFERENCES "public"."owners"("id") ON DELETE CASCADE,
	"name" text NOT NULL,
	"campaign_code" text,
	"lead_turns" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source_thread_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_scenarios_owner_name_unique" UNIQUE("owner_id", "name")
);
--> statement-breakpoint
CREATE TABLE "agent_scenario_runs" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" text NOT NULL REFERENCES "public"."owners"("id") ON DELETE CASCADE,
	"scenario_id" text NOT NULL REFERENCES "limitless"."agent_scenarios"("id") ON DELETE CASCADE,
	"thread_id" text,
	"policy" text NOT NULL,
	"prompt_version" integer DEFAULT 0 NOT NULL,
	"stage_reached" text,
	"qualified" boolean DEFAULT false NOT NULL,
	"payment_link_sent" boolean DEFAULT false NOT NULL,
	"turns" integer DEFAULT 0 NOT NULL,
	"result" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"error" text,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "idx_agent_scenario_runs_scenario_ran_at" ON "agent_scenario_runs" USING btree ("scenario_id", "ran_at" DESC);
--> statement-breakpoint
ALTER TABLE "agent_prompt_versions" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "Owners can only access their own prompts" ON "agent_prompt_versions"
	AS PERMISSIVE FOR ALL TO authenticated
	USING ("owner_id" IN (SELECT "id" FROM "public"."owners" WHERE "supabase_user_id" = (select auth.uid())::text))
	WITH CHECK ("owner_id" IN (SELECT "id" FROM "public"."owners" WHERE "supabase_user_id" = (select auth.uid())::text));
--> statement-breakpoint
ALTER TABLE "agent_scenarios" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "Owners can only access their own scenarios" ON "agent_scenarios"
	AS PERMISSIVE FOR ALL TO authenticated
	USING ("owner_id" IN (SELECT "id" FROM "public"."owners" WHERE "supabase_user_id" = (select auth.uid())::text))
	WITH CHECK ("owner_id" IN (SELECT "id" FROM "public"."owners" WHERE "supabase_user_id" = (select auth.uid())::text));
--> statement-breakpoint
ALTER TABLE "agent_scenario_runs" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "Owners can only access their own scenario runs" ON "agent_scenario_runs"
	AS PERMISSIVE FOR ALL TO authenticated
	USING ("owner_id" IN (SELECT "id" FROM "public"."owners" WHERE "supabase_user_id" = (select auth.uid())::text))
	WITH CHECK ("owner_id" IN (SELECT "id" FROM "public"."owners" WHERE "supabase_user_id" = (select auth.uid())::text));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "agent_prompt_versions", "agent_scenarios", "agent_scenario_runs" TO authenticated;
--> statement-breakpoint
-- Playground threads are written by the dashboard's signed-in sessions, which have no grant on
-- LangGraph's tables (they are the agent server's). These functions write and read a thread's
-- checkpoints only when its conversation is the caller's (limitless.thread_visible, 0008);
-- writing also requires the conversation to be on a `playground` campaign, so the playground
-- never writes into a real lead's thread. Rows are inserted with PostgresSaver's own
-- statements (ON CONFLICT as upstream).
CREATE FUNCTION "limitless"."agent_thread_writable"(p_thread text) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = limitless, public, pg_temp AS $$
	SELECT limitless.thread_visible(p_thread) AND EXISTS (
		SELECT 1 FROM public.conversations c JOIN public.campaigns ca ON ca.id = c.campaign_id
		WHERE c.id = p_thread AND ca.platform = 'playground')
$$;
--> statement-breakpoint
CREATE FUNCTION "limitless"."agent_put_blob"(p_thread text, p_ns text, p_channel text,
		p_version text, p_type text, p_blob bytea) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = limitless, public, pg_temp AS $$
BEGIN
	IF NOT limitless.agent_thread_writable(p_thread) THEN
		RAISE EXCEPTION 'thread % is not a playground thread of the signed-in owner', p_thread
			USING ERRCODE = '42501';
	END IF;
	INSERT INTO public.checkpoint_blobs (thread_id, checkpoint_ns, channel, version, type, blob)
	VALUES (p_thread, p_ns, p_channel, p_version, p_type, p_blob)
	ON CONFLICT (thread_id, checkpoint_ns, channel, version) DO NOTHING;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "limitless"."agent_put_checkpoint"(p_thread text, p_ns text, p_id text,
		p_parent text, p_checkpoint jsonb, p_metadata jsonb) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = limitless, public, pg_temp AS $$
BEGIN
	IF NOT limitless.agent_thread_writable(p_thread) THEN
		RAISE EXCEPTION 'thread % is not a playground thread of the signed-in owner', p_thread
			USING ERRCODE = '42501';
	END IF;
	INSERT INTO public.checkpoints (thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id,
		checkpoint, metadata)
	VALUES (p_thread, p_ns, p_id, p_parent, p_checkpoint, p_metadata)
	ON CONFLICT (thread_id, checkpoint_ns, checkpoint_id) DO UPDATE
		SET checkpoint = EXCLUDED.checkpoint, metadata = EXCLUDED.metadata;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "limitless"."agent_put_write"(p_thread text, p_ns text, p_checkpoint text,
		p_task text, p_idx integer, p_channel text, p_type text, p_blob bytea) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = limitless, public, pg_temp AS $$
BEGIN
	IF NOT limitless.agent_thread_writable(p_thread) THEN
		RAISE EXCEPTION 'thread % is not a playground thread of the signed-in owner', p_thread
			USING ERRCODE = '42501';
	END IF;
	INSERT INTO public.checkpoint_writes (thread_id, checkpoint_ns, checkpoint_id, task_id, idx,
		channel, type, blob)
	VALUES (p_thread, p_ns, p_checkpoint, p_task, p_idx, p_channel, p_type, p_blob)
	ON CONFLICT (thread_id, checkpoint_ns, checkpoint_id, task_id, idx) DO NOTHING;
END
$$;
--> statement-breakpoint
-- Deletes a playground thread's checkpoints (the conversation row and its events are deleted
-- by the caller under row-level security).
CREATE FUNCTION "limitless"."agent_delete_thread"(p_thread text) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = limitless, public, pg_temp AS $$
BEGIN
	IF NOT limitless.agent_thread_writable(p_thread) THEN
		RAISE EXCEPTION 'thread % is not a playground thread of the signed-in owner', p_thread
			USING ERRCODE = '42501';
	END IF;
	DELETE FROM public.checkpoint_writes WHERE thread_id = p_thread;
	DELETE FROM public.checkpoint_blobs WHERE thread_id = p_thread;
	DELETE FROM public.checkpoints WHERE thread_id = p_thread;
END
$$;
--> statement-breakpoint
-- A thread's checkpoint (the newest when p_checkpoint is NULL) with the blob of every channel
-- it lists, found through its own channel_versions; any visible thread (a real conversation
-- can be replayed).
CREATE FUNCTION "limitless"."agent_thread_checkpoint"(p_thread text, p_checkpoint text)
	RETURNS TABLE (checkpoint_id text, parent_checkpoint_id text, checkpoint text, metadata text,
		channel text, version text, type text, blob bytea, blob_found boolean)
	LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = limitless, public, pg_temp AS $$
#variable_conflict use_column
BEGIN
	IF to_regclass('public.checkpoints') IS NULL OR NOT limitless.thread_visible(p_thread) THEN
		RETURN;
	END IF;
	RETURN QUERY
select c.checkpoint_id, c.parent_checkpoint_id, c.checkpoint::text, c.metadata::text,
       v.channel, v.version, b.type, b.blob, b.thread_id is not null as blob_found
from (select thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, checkpoint, metadata
      from public.checkpoints
      where thread_id = p_thread and checkpoint_ns = ''
        and (p_checkpoint is null or checkpoint_id = p_checkpoint)
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
-- Every checkpoint of a thread with its parent (the tree of branches), its stage blob and its
-- message count.
CREATE FUNCTION "limitless"."agent_thread_history"(p_thread text)
	RETURNS TABLE (checkpoint_id text, parent_checkpoint_id text, ts text, source text,
		step integer, stage_type text, stage_blob bytea, messages_count integer)
	LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = limitless, public, pg_temp AS $$
#variable_conflict use_column
BEGIN
	IF to_regclass('public.checkpoints') IS NULL OR NOT limitless.thread_visible(p_thread) THEN
		RETURN;
	END IF;
	RETURN QUERY
select c.checkpoint_id, c.parent_checkpoint_id, c.checkpoint->>'ts', c.metadata->>'source',
       (c.metadata->>'step')::integer, sb.type, sb.blob,
       limitless.limitless_message_count(mb.type, mb.blob)
from public.checkpoints c
left join public.checkpoint_blobs sb
    on sb.thread_id = c.thread_id and sb.checkpoint_ns = c.checkpoint_ns
   and sb.channel = 'current_stage'
   and sb.version = c.checkpoint->'channel_versions'->>'current_stage'
left join public.checkpoint_blobs mb
    on mb.thread_id = c.thread_id and mb.checkpoint_ns = c.checkpoint_ns
   and mb.channel = 'messages'
   and mb.version = c.checkpoint->'channel_versions'->>'messages'
where c.thread_id = p_thread and c.checkpoint_ns = ''
order by c.checkpoint_id;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION "agent_thread_writable"(text), "agent_put_blob"(text, text, text, text, text, bytea),
	"agent_put_checkpoint"(text, text, text, text, jsonb, jsonb),
	"agent_put_write"(text, text, text, text, integer, text, text, bytea),
	"agent_delete_thread"(text), "agent_thread_checkpoint"(text, text),
	"agent_thread_history"(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION "agent_thread_writable"(text), "agent_put_blob"(text, text, text, text, text, bytea),
	"agent_put_checkpoint"(text, text, text, text, jsonb, jsonb),
	"agent_put_write"(text, text, text, text, integer, text, text, bytea),
	"agent_delete_thread"(text), "agent_thread_checkpoint"(text, text),
	"agent_thread_history"(text) TO authenticated;
