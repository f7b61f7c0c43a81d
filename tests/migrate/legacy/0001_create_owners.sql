-- Owners, plus the few Supabase objects the row-level security policies are written against.
-- On Supabase the roles `anon`/`authenticated`, the schema `auth` and `auth.uid()` already
-- exist and every guarded block below is a no-op; on a plain PostgreSQL they are created with
-- Supabase's own definitions so that the same policies compile and behave the same.
DO $$
BEGIN
	-- Roles are cluster-wide and another database may be migrating at the same moment.
	IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN
		BEGIN
			CREATE ROLE anon NOLOGIN NOINHERIT;
		EXCEPTION WHEN duplicate_object OR unique_violation THEN
			NULL;
		END;
	END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
		BEGIN
			CREATE ROLE authenticated NOLOGIN NOINHERIT;
		EXCEPTION WHEN duplicate_object OR unique_violation THEN
			NULL;
		END;
	END IF;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'auth') THEN
		EXECUTE 'CREATE SCHEMA IF NOT EXISTS auth';
		EXECUTE 'GRANT USAGE ON SCHEMA auth TO anon, authenticated';
	END IF;
	IF NOT EXISTS (
		SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
		WHERE n.nspname = 'auth' AND p.proname = 'uid' AND p.pronargs = 0
	) THEN
		EXECUTE $fn$
			CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $body$
				select coalesce(
					nullif(current_setting('request.jwt.claim.sub', true), ''),
					(nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
				)::uuid
			$body$
		$fn$;
	END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO authenticated;
--> statement-breakpoint
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
--> statement-breakpoint
-- The seed compares owner ids with auth.uid(); owners are matched by their Supabase user id
-- instead (see docs/schema.md). `(select auth.uid())` is evaluated once per statement.
ALTER TABLE "owners" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "Owners can only access their own profile" ON "owners"
	AS PERMISSIVE FOR ALL TO authenticated
	USING ("supabase_user_id" = (select auth.uid())::text)
	WITH CHECK ("supabase_user_id" = (select auth.uid())::text);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "owners" TO authenticated;
