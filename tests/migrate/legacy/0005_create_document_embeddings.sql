-- The embedding column is pgvector's vector(1536) with an HNSW cosine index where the
-- extension is installed (0004), and real[] otherwise; the app detects which at run time.
-- One file for both so that drizzle-kit and the app apply (and hash) the same migration.
-- The DDL runs through EXECUTE so that the branch not taken is never parsed against a server
-- that lacks the vector type.
DO $$
BEGIN
	IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') THEN
		EXECUTE '
CREATE TABLE "document_embeddings" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"document_id" text NOT NULL,
	"chunk_index" integer NOT NULL,
	"chunk_text" text NOT NULL,
	"chunk_metadata" jsonb,
	"embedding" vector(1536) NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL
)';
	ELSE
		EXECUTE '
CREATE TABLE "document_embeddings" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"document_id" text NOT NULL,
	"chunk_index" integer NOT NULL,
	"chunk_text" text NOT NULL,
	"chunk_metadata" jsonb,
	"embedding" real[] NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL
)';
	END IF;
END
$$;
--> statement-breakpoint
ALTER TABLE "document_embeddings" ADD CONSTRAINT "document_embeddings_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
DO $$
BEGIN
	IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') THEN
		EXECUTE 'CREATE INDEX "idx_document_embeddings_vector" ON "document_embeddings" USING hnsw ("embedding" vector_cosine_ops)';
	END IF;
END
$$;
--> statement-breakpoint
CREATE INDEX "idx_document_embeddings_document_id" ON "document_embeddings" USING btree ("document_id");
--> statement-breakpoint
CREATE INDEX "idx_document_embeddings_chunk_index" ON "document_embeddings" USING btree ("chunk_index");
--> statement-breakpoint
ALTER TABLE "document_embeddings" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "Owners can only access their own document embeddings" ON "document_embeddings"
	AS PERMISSIVE FOR ALL TO authenticated
	USING ("document_id" IN (
		SELECT d."id" FROM "documents" d JOIN "owners" o ON o."id" = d."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text))
	WITH CHECK ("document_id" IN (
		SELECT d."id" FROM "documents" d JOIN "owners" o ON o."id" = d."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "document_embeddings" TO authenticated;
