CREATE TABLE "conversations" (
	"id" text PRIMARY KEY NOT NULL,
	"instagram_handle" text NOT NULL,
	"email" text,
	"campaign_id" text NOT NULL,
	"campaign_code" text NOT NULL,
	"current_stage" text NOT NULL,
	"qualified" boolean DEFAULT false NOT NULL,
	"qualification_score" real DEFAULT 0,
	"business_type" text,
	"monthly_revenue" text,
	"main_pain_point" text,
	"pitch_delivered" boolean DEFAULT false NOT NULL,
	"pitch_type" text,
	"payment_link_sent" boolean DEFAULT false NOT NULL,
	"payment_completed" boolean DEFAULT false NOT NULL,
	"preferred_plan" text,
	"total_messages" integer DEFAULT 0 NOT NULL,
	"total_sessions" integer DEFAULT 1 NOT NULL,
	"followup_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"last_message_at" timestamp DEFAULT now() NOT NULL,
	"completed_at" timestamp
);
--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "idx_conversations_instagram_handle" ON "conversations" USING btree ("instagram_handle");
--> statement-breakpoint
CREATE INDEX "idx_conversations_campaign_id" ON "conversations" USING btree ("campaign_id");
--> statement-breakpoint
CREATE INDEX "idx_conversations_current_stage" ON "conversations" USING btree ("current_stage");
--> statement-breakpoint
CREATE INDEX "idx_conversations_qualified" ON "conversations" USING btree ("qualified") WHERE qualified = true;
--> statement-breakpoint
CREATE INDEX "idx_conversations_created_at" ON "conversations" USING btree ("created_at" DESC);
--> statement-breakpoint
CREATE INDEX "idx_conversations_last_message_at" ON "conversations" USING btree ("last_message_at" DESC);
--> statement-breakpoint
-- Conversations carry no owner: they belong to whoever owns their campaign.
ALTER TABLE "conversations" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "Owners can only access their own conversations" ON "conversations"
	AS PERMISSIVE FOR ALL TO authenticated
	USING ("campaign_id" IN (
		SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text))
	WITH CHECK ("campaign_id" IN (
		SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "conversations" TO authenticated;
