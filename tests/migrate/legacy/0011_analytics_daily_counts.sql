-- Daily funnel roll-up (an addition to the seed, see docs/schema.md). The dashboard's funnel
-- and daily charts count analytics events per campaign, type and day; over a million events a
-- GROUP BY on analytics_events takes ~1 s even with the seed's indexes (target: 500 ms, ours
-- 100 ms). This table keeps those counts, maintained by statement-level triggers in the same
-- transaction as the events, so the dashboard reads a few thousand rows instead.
-- Days are UTC dates of analytics_events.created_at (timestamps are stored in UTC).
CREATE TABLE "analytics_daily_counts" (
	"day" date NOT NULL,
	"campaign_id" text,
	"event_type" text NOT NULL,
	"count" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- Events without a campaign are counted too (campaign_id NULL), hence NULLS NOT DISTINCT.
CREATE UNIQUE INDEX "analytics_daily_counts_key" ON "analytics_daily_counts"
	USING btree ("day", "campaign_id", "event_type") NULLS NOT DISTINCT;
--> statement-breakpoint
-- One statement adds its rows' counts at once (a COPY of a million events is one upsert per
-- day, campaign and type). SECURITY DEFINER: the owner's session may insert events under RLS
-- but has no write access to the roll-up itself.
CREATE FUNCTION "public"."limitless_analytics_daily_add"() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
	INSERT INTO analytics_daily_counts AS d (day, campaign_id, event_type, count)
		SELECT n.created_at::date, n.campaign_id, n.event_type, count(*)
		FROM limitless_new_rows n GROUP BY 1, 2, 3
	ON CONFLICT (day, campaign_id, event_type) DO UPDATE SET count = d.count + EXCLUDED.count;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "public"."limitless_analytics_daily_remove"() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
	UPDATE analytics_daily_counts d SET count = d.count - o.n
	FROM (SELECT created_at::date AS day, campaign_id, event_type, count(*) AS n
	      FROM limitless_old_rows GROUP BY 1, 2, 3) o
	WHERE d.day = o.day AND d.campaign_id IS NOT DISTINCT FROM o.campaign_id
	  AND d.event_type = o.event_type;
	RETURN NULL;
END
$$;
--> statement-breakpoint
-- Transition tables allow one event per trigger: an update is a removal plus an addition.
CREATE TRIGGER "analytics_events_daily_insert" AFTER INSERT ON "analytics_events"
	REFERENCING NEW TABLE AS limitless_new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION "public"."limitless_analytics_daily_add"();
--> statement-breakpoint
CREATE TRIGGER "analytics_events_daily_update_old" AFTER UPDATE ON "analytics_events"
	REFERENCING OLD TABLE AS limitless_old_rows
	FOR EACH STATEMENT EXECUTE FUNCTION "public"."limitless_analytics_daily_remove"();
--> statement-breakpoint
CREATE TRIGGER "analytics_events_daily_update_new" AFTER UPDATE ON "analytics_events"
	REFERENCING NEW TABLE AS limitless_new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION "public"."limitless_analytics_daily_add"();
--> statement-breakpoint
CREATE TRIGGER "analytics_events_daily_delete" AFTER DELETE ON "analytics_events"
	REFERENCING OLD TABLE AS limitless_old_rows
	FOR EACH STATEMENT EXECUTE FUNCTION "public"."limitless_analytics_daily_remove"();
--> statement-breakpoint
-- Recomputes the roll-up from the events, for loads that bypassed triggers
-- (session_replication_role = replica, as the demo loader does) or after a restore.
CREATE FUNCTION "public"."limitless_analytics_daily_rebuild"() RETURNS void
	LANGUAGE sql SET search_path = public, pg_temp AS $$
	LOCK TABLE analytics_events IN SHARE MODE;
	DELETE FROM analytics_daily_counts;
	INSERT INTO analytics_daily_counts (day, campaign_id, event_type, count)
		SELECT created_at::date, campaign_id, event_type, count(*)
		FROM analytics_events GROUP BY 1, 2, 3;
$$;
--> statement-breakpoint
SELECT "public"."limitless_analytics_daily_rebuild"();
--> statement-breakpoint
ALTER TABLE "analytics_daily_counts" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Counts of the owner's own campaigns only; rows of events without a campaign belong to nobody.
CREATE POLICY "Owners can only read their own daily counts" ON "analytics_daily_counts"
	AS PERMISSIVE FOR SELECT TO authenticated
	USING ("campaign_id" IN (
		SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text));
--> statement-breakpoint
GRANT SELECT ON "analytics_daily_counts" TO authenticated;
