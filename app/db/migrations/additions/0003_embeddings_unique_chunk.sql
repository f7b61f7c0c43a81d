-- The dashboard's objects live in schema "limitless"; unqualified names below resolve there
-- first, then in public (the seed's tables).
SET LOCAL search_path = limitless, public, pg_temp;
--> statement-breakpoint
-- One row per chunk of a document (an addition to the seed, see docs/schema.md): re-running
-- an interrupted ingest can upsert with ON CONFLICT (document_id, chunk_index) instead of
-- leaving duplicate chunks that would be retrieved twice.
-- Created only if absent: the web project may declare it (docs/web-project.md).
DO $$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_constraint
		WHERE conrelid = 'public.document_embeddings'::regclass
		AND conname = 'document_embeddings_document_id_chunk_index_unique') THEN
		ALTER TABLE "public"."document_embeddings" ADD CONSTRAINT "document_embeddings_document_id_chunk_index_unique" UNIQUE("document_id", "chunk_index");
	END IF;
END
$$;
