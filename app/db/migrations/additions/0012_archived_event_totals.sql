-- The dashboard's objects live in schema "limitless"; unqualified names below resolve there
-- first, then in public (the seed's tables).
SET LOCAL search_path = limitless, public, pg_temp;
--> statement-breakpoint
-- Archived events in the data-quality check (docs/maintenance.md, docs/schema.md). The campaigns'
-- stored counters (campaigns.total_*) are the web project's all-time totals; the Funnel page
-- compares them with analytics_campaign_totals (0007), which its triggers keep equal to the events
-- in the table. Data retention archives old events to a file and deletes them, so without this
-- the comparison would report every archived event as missing. "archived" counts, per campaign
-- and event type, the events that retention moved to an archive: retention's delete adds to it
-- and its restore subtracts, in the same statement as the rows themselves.
ALTER TABLE "analytics_campaign_totals" ADD COLUMN "archived" bigint DEFAULT 0 NOT NULL;
--> statement-breakpoint
-- The signed-in owner may change that column only, on the owner's own campaigns' rows.
CREATE POLICY "Owners can record their own archived events" ON "analytics_campaign_totals"
	AS PERMISSIVE FOR UPDATE TO authenticated
	USING ("campaign_id" IN (
		SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text))
	WITH CHECK ("campaign_id" IN (
		SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text));
--> statement-breakpoint
GRANT UPDATE ("archived") ON "analytics_campaign_totals" TO authenticated;
--> statement-breakpoint
-- The rebuild (0007) recounted the totals by deleting them; it now recounts "count" and keeps
-- "archived", which no table can recount.
CREATE OR REPLACE FUNCTION "limitless"."limitless_analytics_daily_rebuild"() RETURNS void
	LANGUAGE sql SET search_path = limitless, public, pg_temp AS $$
	LOCK TABLE analytics_events IN SHARE MODE;
	DELETE FROM analytics_daily_counts;
	UPDATE analytics_campaign_totals SET count = 0 WHERE count <> 0;
	INSERT INTO analytics_daily_counts (day, campaign_id, event_type, detail, count, quarter_cum)
		SELECT day, campaign_id, event_type, detail, sum(n),
		       limitless.limitless_quarter_cum(array_agg(quarter), array_agg(n))
		FROM (SELECT created_at::date AS day, limitless.limitless_quarter(created_at) AS quarter,
		             campaign_id, event_type,
		             limitless.limitless_analytics_detail(event_type, event_data) AS detail,
		             count(*)::bigint AS n
		      FROM analytics_events GROUP BY 1, 2, 3, 4, 5) g
		GROUP BY 1, 2, 3, 4;
	INSERT INTO analytics_campaign_totals AS t (campaign_id, event_type, count)
		SELECT campaign_id, event_type, sum(count) FROM analytics_daily_counts GROUP BY 1, 2
	ON CONFLICT (campaign_id, event_type) DO UPDATE SET count = EXCLUDED.count;
$$;
