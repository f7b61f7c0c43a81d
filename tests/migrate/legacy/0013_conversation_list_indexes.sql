-- Conversation list indexes (an addition to the seed, see docs/schema.md). The Conversations page
-- reads 100,000 conversations page by page with keyset pagination on (sort column, id); the
-- seed's single-column indexes cannot serve the id tie-break, so every page would sort. The
-- pipeline view reads the newest conversations of each stage.
CREATE INDEX IF NOT EXISTS "idx_conversations_last_message_keyset" ON "conversations"
	USING btree ("last_message_at" DESC, "id" DESC);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "idx_conversations_created_keyset" ON "conversations"
	USING btree ("created_at" DESC, "id" DESC);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "idx_conversations_stage_last_message" ON "conversations"
	USING btree ("current_stage", "last_message_at" DESC, "id" DESC);
--> statement-breakpoint
-- Search by handle or e-mail is a case-insensitive substring match; trigram indexes keep it
-- fast where the server offers pg_trgm (Supabase and Debian do; a server without it scans).
DO $$
BEGIN
	IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
		CREATE EXTENSION IF NOT EXISTS pg_trgm;
		CREATE INDEX IF NOT EXISTS "idx_conversations_handle_trgm" ON "conversations"
			USING gin ("instagram_handle" gin_trgm_ops);
		CREATE INDEX IF NOT EXISTS "idx_conversations_email_trgm" ON "conversations"
			USING gin ("email" gin_trgm_ops);
	END IF;
END
$$;
--> statement-breakpoint
-- The number of messages in a LangGraph `messages` blob, computed where the blob lives: the
-- transcript's stage history needs only counts, and shipping every stage's full message list
-- to the app costs more than the transcript itself. NULL (never an error) for a blob it cannot
-- read, so one damaged row cannot fail the whole history query. msgpack: the array header.
CREATE FUNCTION "public"."limitless_message_count"("blob_type" text, "blob" bytea)
	RETURNS integer LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
	b integer;
BEGIN
	IF blob_type IN ('null', 'empty') THEN
		RETURN 0;
	ELSIF blob IS NULL THEN
		RETURN NULL;
	ELSIF blob_type = 'json' THEN
		RETURN jsonb_array_length(convert_from(blob, 'UTF8')::jsonb);
	ELSIF blob_type = 'msgpack' AND length(blob) > 0 THEN
		b := get_byte(blob, 0);
		IF b BETWEEN 144 AND 159 THEN
			RETURN b - 144;
		ELSIF b = 220 AND length(blob) >= 3 THEN
			RETURN get_byte(blob, 1) * 256 + get_byte(blob, 2);
		ELSIF b = 221 AND length(blob) >= 5 THEN
			RETURN ((get_byte(blob, 1)::bigint << 24) + (get_byte(blob, 2) << 16)
				+ (get_byte(blob, 3) << 8) + get_byte(blob, 4))::integer;
		END IF;
	END IF;
	RETURN NULL;
EXCEPTION WHEN others THEN
	RETURN NULL;
END
$$;
