// What the Limitless OS owner dashboard adds to the seed's tables, declared for drizzle-kit.
//
// The dashboard (`limitless migrate`) creates these objects on the web project's tables if they
// are absent. Declaring them in the web project's Drizzle schema makes drizzle-kit know them, so
// that `drizzle-kit push` and `drizzle-kit generate` never propose to drop them (and a fresh
// database migrated by the web project already has them). docs/web-project.md explains who owns
// what; this file is the single source the document quotes and the interop test uses.
//
// Use: in each seed table, spread the table's entry into the third argument of `pgTable` and
// enable row-level security, e.g.
//
//   export const campaigns = pgTable('campaigns', { ... }, (t) => [
//     uniqueIndex('idx_campaigns_code').on(t.code),
//     ...,
//     ...limitlessAdditions.campaigns(t),
//   ]).enableRLS();
//
// Every name and expression here is the dashboard's own (its migrations 0001–0009):
// change nothing, or the dashboard and drizzle-kit disagree about what the database should be.
import { sql } from 'drizzle-orm';
import { index, pgPolicy, unique, type ExtraConfigColumn } from 'drizzle-orm/pg-core';
import { authenticatedRole } from 'drizzle-orm/supabase';

// The columns a table's extra-config callback receives (only those used below are needed).
type Columns<K extends string> = { [P in K]: ExtraConfigColumn };

// Row-level security: one policy per table, for every command, to Supabase's `authenticated`
// role, with the same expression in USING and WITH CHECK. A row is the signed-in owner's when
// it leads to the `owners` row whose `supabase_user_id` is the signed-in Supabase user
// (`(select auth.uid())` is evaluated once per statement).
export const limitlessAdditions = {
  owners: (_t: Columns<never>) => [
    pgPolicy('Owners can only access their own profile', {
      as: 'permissive',
      for: 'all',
      to: authenticatedRole,
      using: sql`"supabase_user_id" = (select auth.uid())::text`,
      withCheck: sql`"supabase_user_id" = (select auth.uid())::text`,
    }),
  ],

  campaigns: (_t: Columns<never>) => [
    pgPolicy('Owners can only access their own campaigns', {
      as: 'permissive',
      for: 'all',
      to: authenticatedRole,
      using: sql`"owner_id" IN (SELECT "id" FROM "owners" WHERE "supabase_user_id" = (select auth.uid())::text)`,
      withCheck: sql`"owner_id" IN (SELECT "id" FROM "owners" WHERE "supabase_user_id" = (select auth.uid())::text)`,
    }),
  ],

  documents: (_t: Columns<never>) => [
    pgPolicy('Owners can only access their own documents', {
      as: 'permissive',
      for: 'all',
      to: authenticatedRole,
      using: sql`"owner_id" IN (SELECT "id" FROM "owners" WHERE "supabase_user_id" = (select auth.uid())::text)`,
      withCheck: sql`"owner_id" IN (SELECT "id" FROM "owners" WHERE "supabase_user_id" = (select auth.uid())::text)`,
    }),
  ],

  document_embeddings: (t: Columns<'document_id' | 'chunk_index' | 'chunk_text'>) => [
    // One row per chunk: an interrupted ingest re-runs with ON CONFLICT (document_id, chunk_index).
    unique('document_embeddings_document_id_chunk_index_unique').on(t.document_id, t.chunk_index),
    // Full-text search over the chunks for hybrid retrieval: the dashboard searches with exactly
    // this expression, so the index must keep it.
    index('idx_document_embeddings_fts').using('gin', sql`to_tsvector('english'::regconfig, ${t.chunk_text})`),
    pgPolicy('Owners can only access their own document embeddings', {
      as: 'permissive',
      for: 'all',
      to: authenticatedRole,
      using: sql`"document_id" IN (
		SELECT d."id" FROM "documents" d JOIN "owners" o ON o."id" = d."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text)`,
      withCheck: sql`"document_id" IN (
		SELECT d."id" FROM "documents" d JOIN "owners" o ON o."id" = d."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text)`,
    }),
  ],

  conversations: (t: Columns<'id' | 'last_message_at' | 'created_at' | 'current_stage' | 'instagram_handle' | 'email'>) => [
    // Keyset pagination of the Conversations list: (sort column, id), newest first.
    index('idx_conversations_last_message_keyset').on(t.last_message_at.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('idx_conversations_created_keyset').on(t.created_at.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('idx_conversations_stage_last_message').on(t.current_stage, t.last_message_at.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // Case-insensitive substring search. These two need the pg_trgm extension (Supabase offers
    // it; enable it in a migration before this one, see docs/web-project.md). The dashboard
    // creates them only where pg_trgm is available.
    index('idx_conversations_handle_trgm').using('gin', t.instagram_handle.op('gin_trgm_ops')),
    index('idx_conversations_email_trgm').using('gin', t.email.op('gin_trgm_ops')),
    pgPolicy('Owners can only access their own conversations', {
      as: 'permissive',
      for: 'all',
      to: authenticatedRole,
      using: sql`"campaign_id" IN (
		SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text)`,
      withCheck: sql`"campaign_id" IN (
		SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text)`,
    }),
  ],

  analytics_events: (_t: Columns<never>) => [
    // An event is an owner's when it refers to at least one of the owner's campaigns or
    // conversations and to nobody else's.
    pgPolicy('Owners can only access their own analytics events', {
      as: 'permissive',
      for: 'all',
      to: authenticatedRole,
      using: sql`
		("campaign_id" IS NOT NULL OR "conversation_id" IS NOT NULL)
		AND ("campaign_id" IS NULL OR "campaign_id" IN (
			SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
			WHERE o."supabase_user_id" = (select auth.uid())::text))
		AND ("conversation_id" IS NULL OR "conversation_id" IN (
			SELECT v."id" FROM "conversations" v JOIN "campaigns" c ON c."id" = v."campaign_id"
			JOIN "owners" o ON o."id" = c."owner_id"
			WHERE o."supabase_user_id" = (select auth.uid())::text))`,
      withCheck: sql`
		("campaign_id" IS NOT NULL OR "conversation_id" IS NOT NULL)
		AND ("campaign_id" IS NULL OR "campaign_id" IN (
			SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
			WHERE o."supabase_user_id" = (select auth.uid())::text))
		AND ("conversation_id" IS NULL OR "conversation_id" IN (
			SELECT v."id" FROM "conversations" v JOIN "campaigns" c ON c."id" = v."campaign_id"
			JOIN "owners" o ON o."id" = c."owner_id"
			WHERE o."supabase_user_id" = (select auth.uid())::text))`,
    }),
  ],

  payments: (_t: Columns<never>) => [
    // A payment is the owner's when its campaign and its conversation both are.
    pgPolicy('Owners can only access their own payments', {
      as: 'permissive',
      for: 'all',
      to: authenticatedRole,
      using: sql`
		"campaign_id" IN (
			SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
			WHERE o."supabase_user_id" = (select auth.uid())::text)
		AND "conversation_id" IN (
			SELECT v."id" FROM "conversations" v JOIN "campaigns" c ON c."id" = v."campaign_id"
			JOIN "owners" o ON o."id" = c."owner_id"
			WHERE o."supabase_user_id" = (select auth.uid())::text)`,
      withCheck: sql`
		"campaign_id" IN (
			SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
			WHERE o."supabase_user_id" = (select auth.uid())::text)
		AND "conversation_id" IN (
			SELECT v."id" FROM "conversations" v JOIN "campaigns" c ON c."id" = v."campaign_id"
			JOIN "owners" o ON o."id" = c."owner_id"
			WHERE o."supabase_user_id" = (select auth.uid())::text)`,
    }),
  ],
};
