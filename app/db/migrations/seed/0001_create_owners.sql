
CREATE TABLE "owners" (
	"id" text PRIMARY KEY DEFAULT 'owner-001' NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"instagram_handle" text,
	"supabase_user_id" text NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"last_login_at" timestamp,
	"is_active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "owners_email_unique" UNIQUE("email"),
	CONSTRAINT "owners_supabase_user_id_unique" UNIQUE("supabase_user_id")
);
--> statement-breakpoint
CREATE INDEX "idx_owners_supabase_user_id" ON "owners" USING btree ("supabase_user_id");
--> statement-breakpoint
CREATE INDEX "idx_owners_email" ON "owners" USING btree ("email");
