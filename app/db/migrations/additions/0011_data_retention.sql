-- The dashboard's objects live in schema "limitless"; unqualified names below resolve there
-- first, then in public (the seed's tables).
SET LOCAL search_path = limitless, public, pg_temp;
--> statement-breakpoint
-- Data retention (docs/maintenance.md): the owner archives and deletes the checkpoints of old
-- finished conversations, old analytics events and long-inactive conversations. LangGraph's
-- checkpoint tables have no owner column and are not granted to client roles, so the owner's
-- session reaches them only through these functions, row by row for threads that
-- limitless.thread_visible (additions/0008) lets the caller read: a conversation of the
-- signed-in owner, or any thread for a login role that bypasses row-level security.
-- p_table names one of LangGraph's three tables; anything else is refused.
CREATE FUNCTION "limitless"."retention_check_table"(p_table text) RETURNS void
	LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
	IF p_table IS NULL OR p_table NOT IN ('checkpoints', 'checkpoint_blobs', 'checkpoint_writes') THEN
		RAISE EXCEPTION 'not a checkpoint table: %', p_table USING ERRCODE = '22023';
	END IF;
END
$$;
--> statement-breakpoint
-- Rows per checkpoint table of the given threads (the dry run's counts).
CREATE FUNCTION "limitless"."retention_thread_counts"(p_threads text[])
	RETURNS TABLE (checkpoints bigint, checkpoint_blobs bigint, checkpoint_writes bigint)
	LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = limitless, public, pg_temp AS $$
BEGIN
	IF to_regclass('public.checkpoints') IS NULL THEN
		RETURN QUERY SELECT 0::bigint, 0::bigint, 0::bigint;
		RETURN;
	END IF;
	RETURN QUERY
	WITH t AS (SELECT DISTINCT u AS thread_id FROM unnest(p_threads) u
	           WHERE limitless.thread_visible(u))
	SELECT (SELECT count(*) FROM public.checkpoints c JOIN t USING (thread_id)),
	       (SELECT count(*) FROM public.checkpoint_blobs b JOIN t USING (thread_id)),
	       (SELECT count(*) FROM public.checkpoint_writes w JOIN t USING (thread_id));
END
$$;
--> statement-breakpoint
-- The rows of one checkpoint table for the given threads, each as row_to_json text, in primary
-- key order (what the archive stores).
CREATE FUNCTION "limitless"."retention_thread_rows"(p_table text, p_threads text[])
	RETURNS SETOF text
	LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = limitless, public, pg_temp AS $$
BEGIN
	PERFORM limitless.retention_check_table(p_table);
	IF to_regclass('public.' || p_table) IS NULL THEN
		RETURN;
	END IF;
	IF p_table = 'checkpoints' THEN
		RETURN QUERY SELECT row_to_json(c)::text FROM public.checkpoints c
			WHERE c.thread_id IN (SELECT u FROM unnest(p_threads) u WHERE limitless.thread_visible(u))
			ORDER BY c.thread_id, c.checkpoint_ns, c.checkpoint_id;
	ELSIF p_table = 'checkpoint_blobs' THEN
		RETURN QUERY SELECT row_to_json(b)::text FROM public.checkpoint_blobs b
			WHERE b.thread_id IN (SELECT u FROM unnest(p_threads) u WHERE limitless.thread_visible(u))
			ORDER BY b.thread_id, b.checkpoint_ns, b.channel, b.version;
	ELSE
		RETURN QUERY SELECT row_to_json(w)::text FROM public.checkpoint_writes w
			WHERE w.thread_id IN (SELECT u FROM unnest(p_threads) u WHERE limitless.thread_visible(u))
			ORDER BY w.thread_id, w.checkpoint_ns, w.checkpoint_id, w.task_id, w.idx;
	END IF;
END
$$;
--> statement-breakpoint
-- Deletes exactly the archived rows given (a JSON array of the archive's lines: only their
-- primary keys are read) of visible threads. Returns how many rows went.
CREATE FUNCTION "limitless"."retention_delete_rows"(p_table text, p_rows jsonb) RETURNS bigint
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = limitless, public, pg_temp AS $$
DECLARE
	n bigint;
BEGIN
	PERFORM limitless.retention_check_table(p_table);
	IF p_table = 'checkpoints' THEN
		DELETE FROM public.checkpoints c
			USING jsonb_to_recordset(p_rows) k(thread_id text, checkpoint_ns text, checkpoint_id text)
			WHERE c.thread_id = k.thread_id AND c.checkpoint_ns = k.checkpoint_ns
			  AND c.checkpoint_id = k.checkpoint_id AND limitless.thread_visible(c.thread_id);
	ELSIF p_table = 'checkpoint_blobs' THEN
		DELETE FROM public.checkpoint_blobs b
			USING jsonb_to_recordset(p_rows) k(thread_id text, checkpoint_ns text, channel text, version text)
			WHERE b.thread_id = k.thread_id AND b.checkpoint_ns = k.checkpoint_ns
			  AND b.channel = k.channel AND b.version = k.version
			  AND limitless.thread_visible(b.thread_id);
	ELSE
		DELETE FROM public.checkpoint_writes w
			USING jsonb_to_recordset(p_rows)
				k(thread_id text, checkpoint_ns text, checkpoint_id text, task_id text, idx integer)
			WHERE w.thread_id = k.thread_id AND w.checkpoint_ns = k.checkpoint_ns
			  AND w.checkpoint_id = k.checkpoint_id AND w.task_id = k.task_id AND w.idx = k.idx
			  AND limitless.thread_visible(w.thread_id);
	END IF;
	GET DIAGNOSTICS n = ROW_COUNT;
	RETURN n;
END
$$;
--> statement-breakpoint
-- Puts archived rows back (a JSON array of the archive's lines) for visible threads; rows that
-- exist already are left as they are, so a restore can be repeated. Returns how many were
-- inserted.
CREATE FUNCTION "limitless"."retention_restore_rows"(p_table text, p_rows jsonb) RETURNS bigint
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = limitless, public, pg_temp AS $$
DECLARE
	n bigint;
BEGIN
	PERFORM limitless.retention_check_table(p_table);
	IF p_table = 'checkpoints' THEN
		INSERT INTO public.checkpoints
			SELECT r.* FROM jsonb_populate_recordset(null::public.checkpoints, p_rows) r
			WHERE limitless.thread_visible(r.thread_id)
			ON CONFLICT DO NOTHING;
	ELSIF p_table = 'checkpoint_blobs' THEN
		INSERT INTO public.checkpoint_blobs
			SELECT r.* FROM jsonb_populate_recordset(null::public.checkpoint_blobs, p_rows) r
			WHERE limitless.thread_visible(r.thread_id)
			ON CONFLICT DO NOTHING;
	ELSE
		INSERT INTO public.checkpoint_writes
			SELECT r.* FROM jsonb_populate_recordset(null::public.checkpoint_writes, p_rows) r
			WHERE limitless.thread_visible(r.thread_id)
			ON CONFLICT DO NOTHING;
	END IF;
	GET DIAGNOSTICS n = ROW_COUNT;
	RETURN n;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION "retention_thread_counts"(text[]), "retention_thread_rows"(text, text[]),
	"retention_delete_rows"(text, jsonb), "retention_restore_rows"(text, jsonb) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION "retention_thread_counts"(text[]), "retention_thread_rows"(text, text[]),
	"retention_delete_rows"(text, jsonb), "retention_restore_rows"(text, jsonb) TO authenticated;
