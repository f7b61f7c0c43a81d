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
-- Full-text search over the chunks for hybrid retrieval (docs/schema.md): each chunk's tsvector,
-- stored in the dashboard's own table so that ranking reads it instead of parsing every matching
-- chunk's text again, with a GIN index. A trigger on the seed's document_embeddings keeps it in
-- step with every write, the web project's cloud worker's included; rows there already are
-- indexed now.
CREATE TABLE "chunk_text_search" (
	"chunk_id" text PRIMARY KEY NOT NULL
		REFERENCES "public"."document_embeddings"("id") ON DELETE CASCADE,
	"document_id" text NOT NULL,
	"tsv" tsvector NOT NULL
);
--> statement-breakpoint
CREATE INDEX "idx_chunk_text_search_tsv" ON "chunk_text_search" USING gin ("tsv");
--> statement-breakpoint
CREATE INDEX "idx_chunk_text_search_document" ON "chunk_text_search" USING btree ("document_id");
--> statement-breakpoint
ALTER TABLE "chunk_text_search" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "Owners can only access their own chunks' words" ON "chunk_text_search"
	AS PERMISSIVE FOR ALL TO authenticated
	USING ("document_id" IN (
		SELECT d."id" FROM "public"."documents" d JOIN "public"."owners" o ON o."id" = d."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text));
--> statement-breakpoint
GRANT SELECT ON "chunk_text_search" TO authenticated;
--> statement-breakpoint
-- Runs as the role that installed the additions: the words are derived data, and a signed-in
-- owner who may write a chunk may have its words indexed. Once per statement, over the rows it
-- wrote (a transition table): an ingest writes its chunks a hundred to a statement.
CREATE FUNCTION "chunk_text_search_sync"() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = limitless, public, pg_temp AS $$
BEGIN
	INSERT INTO limitless.chunk_text_search (chunk_id, document_id, tsv)
	SELECT n.id, n.document_id, to_tsvector('english'::regconfig, n.chunk_text) FROM new_rows n
	ON CONFLICT (chunk_id) DO UPDATE
		SET document_id = EXCLUDED.document_id, tsv = EXCLUDED.tsv;
	RETURN NULL;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION "chunk_text_search_sync"() FROM PUBLIC;
--> statement-breakpoint
-- Created only if absent: the web project may declare them (docs/web-project.md).
DO $$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = 'public.document_embeddings'::regclass
		AND tgname = 'document_embeddings_text_search_insert') THEN
		CREATE TRIGGER "document_embeddings_text_search_insert"
			AFTER INSERT ON "public"."document_embeddings"
			REFERENCING NEW TABLE AS new_rows
			FOR EACH STATEMENT EXECUTE FUNCTION "limitless"."chunk_text_search_sync"();
	END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = 'public.document_embeddings'::regclass
		AND tgname = 'document_embeddings_text_search_update') THEN
		CREATE TRIGGER "document_embeddings_text_search_update"
			AFTER UPDATE ON "public"."document_embeddings"
			REFERENCING NEW TABLE AS new_rows
			FOR EACH STATEMENT EXECUTE FUNCTION "limitless"."chunk_text_search_sync"();
	END IF;
END
$$;
--> statement-breakpoint
-- Where the embeddings are real[] (a server without pgvector: the dashboard made this table),
-- keep them uncompressed: random floats do not compress, and trying costs a third of every
-- insert. pgvector's own type is stored this way already.
DO $$
BEGIN
	IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'public.document_embeddings'::regclass
		AND attname = 'embedding' AND atttypid = 'real[]'::regtype AND attstorage <> 'e') THEN
		ALTER TABLE "public"."document_embeddings" ALTER COLUMN "embedding" SET STORAGE EXTERNAL;
	END IF;
END
$$;
--> statement-breakpoint
INSERT INTO "chunk_text_search" ("chunk_id", "document_id", "tsv")
	SELECT "id", "document_id", to_tsvector('english'::regconfig, "chunk_text")
	FROM "public"."document_embeddings";
