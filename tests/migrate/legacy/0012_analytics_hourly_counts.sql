-- Hourly funnel roll-up (an addition to the seed, see docs/schema.md): extends the daily roll-up
-- of 0011 with the UTC hour and, for objections, the objection type. The funnel page counts
-- per *local* day of the owner's time zone; a UTC day cannot be split into local days, a UTC
-- hour can for every zone whose offset is a whole number of hours. Sums over `hour` give the
-- 0011 figures back, so queries written against 0011 keep their results.
ALTER TABLE "analytics_daily_counts" ADD COLUMN "hour" smallint DEFAULT 0 NOT NULL;
--> statement-breakpoint
-- For objection_raised: event_data->>'objection_type' (at most 100 characters); '' otherwise.
ALTER TABLE "analytics_daily_counts" ADD COLUMN "detail" text DEFAULT '' NOT NULL;
--> statement-breakpoint
DROP INDEX "analytics_daily_counts_key";
--> statement-breakpoint
CREATE UNIQUE INDEX "analytics_daily_counts_key" ON "analytics_daily_counts"
	USING btree ("day", "hour", "campaign_id", "event_type", "detail") NULLS NOT DISTINCT;
--> statement-breakpoint
CREATE FUNCTION "public"."limitless_analytics_detail"(event_type text, event_data jsonb)
	RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT CASE WHEN event_type = 'objection_raised'
	            THEN left(coalesce(event_data ->> 'objection_type', ''), 100) ELSE '' END
$$;
--> statement-breakpoint
-- Groups are upserted in key order: two statements that touch the same groups then lock them
-- in the same order and cannot deadlock each other.
CREATE OR REPLACE FUNCTION "public"."limitless_analytics_daily_add"() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
	INSERT INTO analytics_daily_counts AS d (day, hour, campaign_id, event_type, detail, count)
		SELECT n.created_at::date, extract(hour FROM n.created_at)::smallint, n.campaign_id,
		       n.event_type, limitless_analytics_detail(n.event_type, n.event_data), count(*)
		FROM limitless_new_rows n GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
	ON CONFLICT (day, hour, campaign_id, event_type, detail)
		DO UPDATE SET count = d.count + EXCLUDED.count;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "public"."limitless_analytics_daily_remove"() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
	UPDATE analytics_daily_counts d SET count = d.count - o.n
	FROM (SELECT created_at::date AS day, extract(hour FROM created_at)::smallint AS hour,
	             campaign_id, event_type,
	             limitless_analytics_detail(event_type, event_data) AS detail, count(*) AS n
	      FROM limitless_old_rows GROUP BY 1, 2, 3, 4, 5) o
	WHERE d.day = o.day AND d.hour = o.hour
	  AND d.campaign_id IS NOT DISTINCT FROM o.campaign_id
	  AND d.event_type = o.event_type AND d.detail = o.detail;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "public"."limitless_analytics_daily_rebuild"() RETURNS void
	LANGUAGE sql SET search_path = public, pg_temp AS $$
	LOCK TABLE analytics_events IN SHARE MODE;
	DELETE FROM analytics_daily_counts;
	INSERT INTO analytics_daily_counts (day, hour, campaign_id, event_type, detail, count)
		SELECT created_at::date, extract(hour FROM created_at)::smallint, campaign_id, event_type,
		       limitless_analytics_detail(event_type, event_data), count(*)
		FROM analytics_events GROUP BY 1, 2, 3, 4, 5;
$$;
--> statement-breakpoint
SELECT "public"."limitless_analytics_daily_rebuild"();
