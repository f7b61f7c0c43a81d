CREATE TABLE "payments" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"conversation_id" text NOT NULL,
	"campaign_id" text NOT NULL,
	"instagram_handle" text NOT NULL,
	"email" text NOT NULL,
	"stripe_session_id" text NOT NULL,
	"stripe_customer_id" text,
	"stripe_subscription_id" text,
	"plan" text NOT NULL,
	"amount_monthly" integer NOT NULL,
	"amount_onetime" integer,
	"currency" text DEFAULT 'usd' NOT NULL,
	"payment_status" text NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"completed_at" timestamp,
	CONSTRAINT "payments_stripe_session_id_unique" UNIQUE("stripe_session_id")
);
--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "idx_payments_conversation_id" ON "payments" USING btree ("conversation_id");
--> statement-breakpoint
CREATE INDEX "idx_payments_campaign_id" ON "payments" USING btree ("campaign_id");
--> statement-breakpoint
CREATE INDEX "idx_payments_stripe_session_id" ON "payments" USING btree ("stripe_session_id");
--> statement-breakpoint
CREATE INDEX "idx_payments_payment_status" ON "payments" USING btree ("payment_status");
--> statement-breakpoint
CREATE INDEX "idx_payments_created_at" ON "payments" USING btree ("created_at" DESC);
--> statement-breakpoint
-- A payment belongs to the owner of its campaign; its conversation must be that owner's too,
-- so that no owner can attach a row to another owner's lead.
ALTER TABLE "payments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "Owners can only access their own payments" ON "payments"
	AS PERMISSIVE FOR ALL TO authenticated
	USING (
		"campaign_id" IN (
			SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
			WHERE o."supabase_user_id" = (select auth.uid())::text)
		AND "conversation_id" IN (
			SELECT v."id" FROM "conversations" v JOIN "campaigns" c ON c."id" = v."campaign_id"
			JOIN "owners" o ON o."id" = c."owner_id"
			WHERE o."supabase_user_id" = (select auth.uid())::text))
	WITH CHECK (
		"campaign_id" IN (
			SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
			WHERE o."supabase_user_id" = (select auth.uid())::text)
		AND "conversation_id" IN (
			SELECT v."id" FROM "conversations" v JOIN "campaigns" c ON c."id" = v."campaign_id"
			JOIN "owners" o ON o."id" = c."owner_id"
			WHERE o."supabase_user_id" = (select auth.uid())::text));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "payments" TO authenticated;
