-- Schema "limitless" for the dashboard's additions, the Supabase objects the row-level
-- security policies are written against (created only where missing, with Supabase's own
-- definitions), and row-level security on the seed's tables: one policy per table, created
-- only if the database does not have it yet (the web project may declare them itself; see
-- docs/web-project.md). Nothing here changes a seed table's columns.
CREATE SCHEMA IF NOT EXISTS "limitless";
--> statement-breakpoint
GRANT USAGE ON SCHEMA "limitless" TO PUBLIC;
--> statement-breakpoint
-- The dashboard's objects live in schema "limitless"; unqualified names below resolve there
-- first, then in public (the seed's tables).
SET LOCAL search_path = limitless, public, pg_temp;
--> statement-breakpoint
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
-- The seed compares owner ids with auth.uid(); owners are matched by their Supabase user id
-- instead (see docs/schema.md). `(select auth.uid())` is evaluated once per statement.
ALTER TABLE "owners" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
DO $guard$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public'
		AND tablename = 'owners' AND policyname = 'Owners can only access their own profile') THEN
		EXECUTE $policy$
CREATE POLICY "Owners can only access their own profile" ON "owners"
	AS PERMISSIVE FOR ALL TO authenticated
	USING ("supabase_user_id" = (select auth.uid())::text)
	WITH CHECK ("supabase_user_id" = (select auth.uid())::text)
		$policy$;
	END IF;
END
$guard$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "owners" TO authenticated;
--> statement-breakpoint
ALTER TABLE "campaigns" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
DO $guard$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public'
		AND tablename = 'campaigns' AND policyname = 'Owners can only access their own campaigns') THEN
		EXECUTE $policy$
CREATE POLICY "Owners can only access their own campaigns" ON "campaigns"
	AS PERMISSIVE FOR ALL TO authenticated
	USING ("owner_id" IN (SELECT "id" FROM "owners" WHERE "supabase_user_id" = (select auth.uid())::text))
	WITH CHECK ("owner_id" IN (SELECT "id" FROM "owners" WHERE "supabase_user_id" = (select auth.uid())::text))
		$policy$;
	END IF;
END
$guard$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "campaigns" TO authenticated;
--> statement-breakpoint
ALTER TABLE "documents" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
DO $guard$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public'
		AND tablename = 'documents' AND policyname = 'Owners can only access their own documents') THEN
		EXECUTE $policy$
CREATE POLICY "Owners can only access their own documents" ON "documents"
	AS PERMISSIVE FOR ALL TO authenticated
	USING ("owner_id" IN (SELECT "id" FROM "owners" WHERE "supabase_user_id" = (select auth.uid())::text))
	WITH CHECK ("owner_id" IN (SELECT "id" FROM "owners" WHERE "supabase_user_id" = (select auth.uid())::text))
		$policy$;
	END IF;
END
$guard$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "documents" TO authenticated;
--> statement-breakpoint
ALTER TABLE "document_embeddings" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
DO $guard$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public'
		AND tablename = 'document_embeddings' AND policyname = 'Owners can only access their own document embeddings') THEN
		EXECUTE $policy$
CREATE POLICY "Owners can only access their own document embeddings" ON "document_embeddings"
	AS PERMISSIVE FOR ALL TO authenticated
	USING ("document_id" IN (
		SELECT d."id" FROM "documents" d JOIN "owners" o ON o."id" = d."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text))
	WITH CHECK ("document_id" IN (
		SELECT d."id" FROM "documents" d JOIN "owners" o ON o."id" = d."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text))
		$policy$;
	END IF;
END
$guard$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "document_embeddings" TO authenticated;
--> statement-breakpoint
-- Conversations carry no owner: they belong to whoever owns their campaign.
ALTER TABLE "conversations" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
DO $guard$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public'
		AND tablename = 'conversations' AND policyname = 'Owners can only access their own conversations') THEN
		EXECUTE $policy$
CREATE POLICY "Owners can only access their own conversations" ON "conversations"
	AS PERMISSIVE FOR ALL TO authenticated
	USING ("campaign_id" IN (
		SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text))
	WITH CHECK ("campaign_id" IN (
		SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text))
		$policy$;
	END IF;
END
$guard$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "conversations" TO authenticated;
--> statement-breakpoint
-- Both references are optional. An event is an owner's when it refers to at least one of the
-- owner's campaigns or conversations and to nobody else's; an event that refers to neither
-- is visible to no owner (only to roles that bypass RLS, such as the agent's service role).
ALTER TABLE "analytics_events" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
DO $guard$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public'
		AND tablename = 'analytics_events' AND policyname = 'Owners can only access their own analytics events') THEN
		EXECUTE $policy$
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
			WHERE o."supabase_user_id" = (select auth.uid())::text)))
		$policy$;
	END IF;
END
$guard$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "analytics_events" TO authenticated;
--> statement-breakpoint
-- A payment belongs to the owner of its campaign; its conversation must be that owner's too,
-- so that no owner can attach a row to another owner's lead.
ALTER TABLE "payments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
DO $guard$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public'
		AND tablename = 'payments' AND policyname = 'Owners can only access their own payments') THEN
		EXECUTE $policy$
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
			WHERE o."supabase_user_id" = (select auth.uid())::text))
		$policy$;
	END IF;
END
$guard$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "payments" TO authenticated;
