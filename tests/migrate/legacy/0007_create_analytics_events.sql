CREATE TABLE "analytics_events" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"conversation_id" text,
	"campaign_id" text,
	"event_type" text NOT NULL,
	"event_data" jsonb,
	"created_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "analytics_events" ADD CONSTRAINT "analytics_events_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "analytics_events" ADD CONSTRAINT "analytics_events_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "idx_analytics_events_conversation_id" ON "analytics_events" USING btree ("conversation_id");
--> statement-breakpoint
CREATE INDEX "idx_analytics_events_campaign_id" ON "analytics_events" USING btree ("campaign_id");
--> statement-breakpoint
CREATE INDEX "idx_analytics_events_event_type" ON "analytics_events" USING btree ("event_type");
--> statement-breakpoint
CREATE INDEX "idx_analytics_events_created_at" ON "analytics_events" USING btree ("created_at" DESC);
--> statement-breakpoint
-- Both references are optional. An event is an owner's when it refers to at least one of the
-- owner's campaigns or conversations and to nobody else's; an event that refers to neither
-- is visible to no owner (only to roles that bypass RLS, such as the agent's service role).
ALTER TABLE "analytics_events" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "Owners can only access their own analytics events" ON "analytics_events"
	AS PERMISSIVE FOR ALL TO authenticated
	USING (
		("campaign_id" IS NOT NULL OR "conversation_id" IS NOT NULL)
		AND ("campaign_id" IS NULL OR "campaign_id" IN (
			SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
			WHERE o."supabase_user_id" = (select auth.uid())::text))
		AND ("conversation_id" IS NULL OR "conversation_id" IN (
			SELECT v."id" FROM "conversations" v JOIN "campaigns" c ON c."id" = v."campaign_id"
			JOIN "owners" o ON o."id" = c."owner_id"
			WHERE o."supabase_user_id" = (select auth.uid())::text)))
	WITH CHECK (
		("campaign_id" IS NOT NULL OR "conversation_id" IS NOT NULL)
		AND ("campaign_id" IS NULL OR "campaign_id" IN (
			SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
			WHERE o."supabase_user_id" = (select auth.uid())::text))
		AND ("conversation_id" IS NULL OR "conversation_id" IN (
			SELECT v."id" FROM "conversations" v JOIN "campaigns" c ON c."id" = v."campaign_id"
			JOIN "owners" o ON o."id" = c."owner_id"
			WHERE o."supabase_user_id" = (select auth.uid())::text)));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "analytics_events" TO authenticated;
