CREATE TABLE "campaigns" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"owner_id" text NOT NULL,
	"platform" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"total_clicks" integer DEFAULT 0 NOT NULL,
	"total_conversations" integer DEFAULT 0 NOT NULL,
	"total_qualified" integer DEFAULT 0 NOT NULL,
	"total_conversions" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"updated_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "idx_campaigns_code" ON "campaigns" USING btree ("code");
--> statement-breakpoint
CREATE INDEX "idx_campaigns_owner_id" ON "campaigns" USING btree ("owner_id");
--> statement-breakpoint
CREATE INDEX "idx_campaigns_is_active" ON "campaigns" USING btree ("is_active") WHERE is_active = true;
--> statement-breakpoint
ALTER TABLE "campaigns" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "Owners can only access their own campaigns" ON "campaigns"
	AS PERMISSIVE FOR ALL TO authenticated
	USING ("owner_id" IN (SELECT "id" FROM "owners" WHERE "supabase_user_id" = (select auth.uid())::text))
	WITH CHECK ("owner_id" IN (SELECT "id" FROM "owners" WHERE "supabase_user_id" = (select auth.uid())::text));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "campaigns" TO authenticated;
