CREATE TABLE "documents" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"filename" text NOT NULL,
	"file_type" text NOT NULL,
	"file_size" integer NOT NULL,
	"storage_url" text NOT NULL,
	"storage_bucket" text NOT NULL,
	"owner_id" text NOT NULL,
	"category" text,
	"tags" jsonb,
	"processing_status" text DEFAULT 'pending' NOT NULL,
	"embeddings_created" boolean DEFAULT false NOT NULL,
	"total_chunks" integer DEFAULT 0,
	"version" integer DEFAULT 1 NOT NULL,
	"replaced_by_id" text,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"processed_at" timestamp
);
--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_replaced_by_id_documents_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "idx_documents_owner_id" ON "documents" USING btree ("owner_id");
--> statement-breakpoint
CREATE INDEX "idx_documents_category" ON "documents" USING btree ("category");
--> statement-breakpoint
CREATE INDEX "idx_documents_processing_status" ON "documents" USING btree ("processing_status");
--> statement-breakpoint
CREATE INDEX "idx_documents_created_at" ON "documents" USING btree ("created_at" DESC);
--> statement-breakpoint
ALTER TABLE "documents" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "Owners can only access their own documents" ON "documents"
	AS PERMISSIVE FOR ALL TO authenticated
	USING ("owner_id" IN (SELECT "id" FROM "owners" WHERE "supabase_user_id" = (select auth.uid())::text))
	WITH CHECK ("owner_id" IN (SELECT "id" FROM "owners" WHERE "supabase_user_id" = (select auth.uid())::text));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "documents" TO authenticated;
