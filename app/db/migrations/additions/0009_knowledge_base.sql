-- The dashboard's objects live in schema "limitless"; unqualified names below resolve there
-- first, then in public (the seed's tables).
SET LOCAL search_path = limitless, public, pg_temp;
--> statement-breakpoint
-- The knowledge base's bookkeeping per document (docs/schema.md): what the seed's `documents`
-- row does not say. The content hash finds duplicates; the extracted text is what the chunks'
-- start_char/end_char point into (the chunk viewer); the lease lets a second app take over a
-- document whose worker died; attempts stop a document that keeps failing.
CREATE TABLE "document_ingest" (
	"document_id" text PRIMARY KEY NOT NULL
		REFERENCES "public"."documents"("id") ON DELETE CASCADE,
	"owner_id" text NOT NULL,
	"sha256" text NOT NULL,
	"source_path" text,
	"replaces_id" text,
	"stage" text DEFAULT 'queued' NOT NULL,
	"progress" real DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"error_code" text,
	"last_error" text,
	"embedding_model" text,
	"embedding_dimensions" integer,
	"chunk_target_tokens" integer,
	"chunk_overlap_tokens" integer,
	"extracted_text" text,
	"extraction_notes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ocr_pages" integer DEFAULT 0 NOT NULL,
	"chunks_added" integer,
	"chunks_removed" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "idx_document_ingest_owner_sha256" ON "document_ingest" USING btree ("owner_id", "sha256");
--> statement-breakpoint
CREATE INDEX "idx_document_ingest_source_path" ON "document_ingest" USING btree ("owner_id", "source_path");
--> statement-breakpoint
ALTER TABLE "document_ingest" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "Owners can only access their own ingest state" ON "document_ingest"
	AS PERMISSIVE FOR ALL TO authenticated
	USING ("owner_id" IN (SELECT "id" FROM "public"."owners" WHERE "supabase_user_id" = (select auth.uid())::text))
	WITH CHECK ("owner_id" IN (SELECT "id" FROM "public"."owners" WHERE "supabase_user_id" = (select auth.uid())::text));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "document_ingest" TO authenticated;
--> statement-breakpoint
-- Progress reaches the Documents page as a change of the document (the page listens for
-- `documents`), at most as often as the worker writes it.
CREATE FUNCTION "document_ingest_notify"() RETURNS trigger
	LANGUAGE plpgsql AS $$
DECLARE
	r record;
BEGIN
	IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
	PERFORM pg_notify('limitless_changes', json_build_object(
		'table', 'documents', 'op', 'UPDATE', 'id', r.document_id)::text);
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "document_ingest_notify_change" AFTER INSERT OR UPDATE ON "document_ingest"
	FOR EACH ROW EXECUTE FUNCTION "document_ingest_notify"();
--> statement-breakpoint
-- Saved test questions and the runs of them: the owner's regression test for the knowledge base.
CREATE TABLE "retrieval_questions" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" text NOT NULL REFERENCES "public"."owners"("id") ON DELETE CASCADE,
	"question" text NOT NULL,
	"expected_filename" text NOT NULL,
	"expected_page" integer,
	"expected_section" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retrieval_runs" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" text NOT NULL REFERENCES "public"."owners"("id") ON DELETE CASCADE,
	"k" integer NOT NULL,
	"hit_rate" real NOT NULL,
	"mrr" real NOT NULL,
	"results" jsonb NOT NULL,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "idx_retrieval_runs_owner_ran_at" ON "retrieval_runs" USING btree ("owner_id", "ran_at" DESC);
--> statement-breakpoint
ALTER TABLE "retrieval_questions" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "Owners can only access their own test questions" ON "retrieval_questions"
	AS PERMISSIVE FOR ALL TO authenticated
	USING ("owner_id" IN (SELECT "id" FROM "public"."owners" WHERE "supabase_user_id" = (select auth.uid())::text))
	WITH CHECK ("owner_id" IN (SELECT "id" FROM "public"."owners" WHERE "supabase_user_id" = (select auth.uid())::text));
--> statement-breakpoint
ALTER TABLE "retrieval_runs" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "Owners can only access their own test runs" ON "retrieval_runs"
	AS PERMISSIVE FOR ALL TO authenticated
	USING ("owner_id" IN (SELECT "id" FROM "public"."owners" WHERE "supabase_user_id" = (select auth.uid())::text))
	WITH CHECK ("owner_id" IN (SELECT "id" FROM "public"."owners" WHERE "supabase_user_id" = (select auth.uid())::text));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "retrieval_questions", "retrieval_runs" TO authenticated;
--> statement-breakpoint
-- Full-text search over the chunks for hybrid retrieval (an addition to the seed's table, see
-- docs/schema.md): an expression index, so the seed's columns stay as they are. The search
-- uses exactly this expression. Created only if absent: the web project may declare it
-- (docs/web-project.md).
CREATE INDEX IF NOT EXISTS "idx_document_embeddings_fts" ON "public"."document_embeddings"
	USING gin (to_tsvector('english'::regconfig, "chunk_text"));
