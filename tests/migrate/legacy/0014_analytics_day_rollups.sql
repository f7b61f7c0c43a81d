-- Funnel roll-ups for a refresh in a few milliseconds (an addition to the seed, see
-- docs/schema.md). Three changes:
--  1. analytics_daily_counts goes back to one row per UTC day (as in 0011) and keeps the time
--     of day, finer than 0012's hours, as a cumulative array over the day's 96 quarter-hours:
--     quarter_cum[q + 1] = events of that day before quarter q (q = 0..96, 00:00 = 0, 00:15 = 1,
--     …; so quarter_cum[1] = 0 and quarter_cum[97] = count). The events of quarters [a, b) are
--     quarter_cum[b + 1] - quarter_cum[a + 1]: a local day of any zone whose offset is a multiple
--     of 15 minutes (every zone in use today, Asia/Kolkata and Asia/Kathmandu included) is at most
--     two such slices, read with two subscripts per row, over 12× fewer rows than 0012 had.
--  2. analytics_campaign_totals: all-time events per campaign and type (the data-quality check
--     compares them with the campaigns' stored counters without reading every day).
--  3. analytics_payment_counts: the funnel's "payment link sent" stage and revenue, per UTC day,
--     campaign and currency, with the same cumulative quarter-hour arrays. The stage's rule is
--     unchanged (docs/funnel.md): a conversation flagged payment_link_sent counts once, at its
--     first payments row; analytics_link_state remembers, per conversation, where it is counted.
-- Every table here is maintained by triggers in the writer's transaction and can be rebuilt
-- from the source tables with limitless_analytics_rebuild().

-- The quarter-hour of the day of a UTC timestamp: 0 (00:00–00:14) … 95 (23:45–23:59).
CREATE FUNCTION "public"."limitless_quarter"(ts timestamp)
	RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT (extract(hour FROM ts)::int * 4 + extract(minute FROM ts)::int / 15)::smallint
$$;
--> statement-breakpoint
-- Cumulative quarter-hour array of a day from (quarter, amount) pairs: result[b + 1] = sum of
-- the amounts of quarters < b, b = 0..96.
CREATE FUNCTION "public"."limitless_quarter_cum"(quarters smallint[], amounts bigint[])
	RETURNS bigint[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT array_agg(coalesce((SELECT sum(a) FROM unnest(quarters, amounts) u(q, a)
	                           WHERE q < b), 0)::bigint ORDER BY b)
	FROM generate_series(0, 96) b
$$;
--> statement-breakpoint
-- a + sign * b, element by element (both 97 entries).
CREATE FUNCTION "public"."limitless_cum_add"(a bigint[], b bigint[], sign integer)
	RETURNS bigint[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT array_agg(x + sign * y ORDER BY i) FROM unnest(a, b) WITH ORDINALITY u(x, y, i)
$$;
--> statement-breakpoint
-- The local days of zone p_zone within the UTC range [p_from, p_to) (both on quarter-hours) as
-- slices of UTC days: (UTC day, local day, first quarter, end quarter). A UTC day holds at most
-- one local midnight; the quarter it falls on (`cut`) is looked up per day, so DST changes are
-- followed. Read together with the quarter_cum arrays below:
-- events of a slice = quarter_cum[hi + 1] - quarter_cum[lo + 1].
CREATE FUNCTION "public"."limitless_local_day_slices"(p_from timestamp, p_to timestamp,
	p_zone text) RETURNS TABLE (day date, local_day date, lo integer, hi integer)
	LANGUAGE sql STABLE PARALLEL SAFE AS $$
	SELECT d.day, s.local_day, s.lo, s.hi
	FROM (SELECT g::date AS day,
	             CASE WHEN g = p_from::date THEN limitless_quarter(p_from)::int ELSE 0 END AS lo,
	             CASE WHEN g = (p_to - interval '15 minutes')::date
	                  THEN limitless_quarter(p_to - interval '15 minutes')::int + 1 ELSE 96 END
	                 AS hi,
	             ((g AT TIME ZONE 'UTC') AT TIME ZONE p_zone)::date AS first_local,
	             coalesce((SELECT limitless_quarter(m)::int
	                       FROM (SELECT (l::date::timestamp AT TIME ZONE p_zone) AT TIME ZONE 'UTC'
	                                    AS m
	                             FROM generate_series(g - interval '1 day', g + interval '1 day',
	                                                  interval '1 day') l) x
	                       WHERE m > g AND m < g + interval '1 day' ORDER BY m LIMIT 1), 96)
	                 AS cut
	      FROM generate_series(p_from::date::timestamp,
	                           (p_to - interval '15 minutes')::date::timestamp, interval '1 day') g) d
	CROSS JOIN LATERAL (VALUES (d.first_local, d.lo, least(d.hi, d.cut)),
	                           (d.first_local + 1, greatest(d.lo, d.cut), d.hi)) s(local_day, lo, hi)
	WHERE s.lo < s.hi
$$;
--> statement-breakpoint
DROP INDEX "analytics_daily_counts_key";
--> statement-breakpoint
DELETE FROM "analytics_daily_counts";
--> statement-breakpoint
ALTER TABLE "analytics_daily_counts" DROP COLUMN "hour";
--> statement-breakpoint
ALTER TABLE "analytics_daily_counts" ADD COLUMN "quarter_cum" bigint[] NOT NULL
	CHECK (cardinality("quarter_cum") = 97);
--> statement-breakpoint
CREATE UNIQUE INDEX "analytics_daily_counts_key" ON "analytics_daily_counts"
	USING btree ("day", "campaign_id", "event_type", "detail") NULLS NOT DISTINCT;
--> statement-breakpoint
CREATE TABLE "analytics_campaign_totals" (
	"campaign_id" text,
	"event_type" text NOT NULL,
	"count" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "analytics_campaign_totals_key" ON "analytics_campaign_totals"
	USING btree ("campaign_id", "event_type") NULLS NOT DISTINCT;
--> statement-breakpoint
-- Statement-level, as in 0011/0012: one upsert per group of a statement's rows, groups in key
-- order (day rows first, then totals) so that concurrent statements lock in the same order.
CREATE OR REPLACE FUNCTION "public"."limitless_analytics_daily_add"() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
	INSERT INTO analytics_daily_counts AS d (day, campaign_id, event_type, detail, count, quarter_cum)
		SELECT day, campaign_id, event_type, detail, sum(n),
		       limitless_quarter_cum(array_agg(quarter), array_agg(n))
		FROM (SELECT created_at::date AS day, limitless_quarter(created_at) AS quarter,
		             campaign_id, event_type,
		             limitless_analytics_detail(event_type, event_data) AS detail,
		             count(*)::bigint AS n
		      FROM limitless_new_rows GROUP BY 1, 2, 3, 4, 5) g
		GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
	ON CONFLICT (day, campaign_id, event_type, detail) DO UPDATE
		SET count = d.count + EXCLUDED.count,
		    quarter_cum = limitless_cum_add(d.quarter_cum, EXCLUDED.quarter_cum, 1);
	INSERT INTO analytics_campaign_totals AS t (campaign_id, event_type, count)
		SELECT campaign_id, event_type, count(*) FROM limitless_new_rows
		GROUP BY 1, 2 ORDER BY 1, 2
	ON CONFLICT (campaign_id, event_type) DO UPDATE SET count = t.count + EXCLUDED.count;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "public"."limitless_analytics_daily_remove"() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
	UPDATE analytics_daily_counts d
	SET count = d.count - o.n, quarter_cum = limitless_cum_add(d.quarter_cum, o.cum, -1)
	FROM (SELECT day, campaign_id, event_type, detail, sum(n) AS n,
	             limitless_quarter_cum(array_agg(quarter), array_agg(n)) AS cum
	      FROM (SELECT created_at::date AS day, limitless_quarter(created_at) AS quarter,
	                   campaign_id, event_type,
	                   limitless_analytics_detail(event_type, event_data) AS detail,
	                   count(*)::bigint AS n
	            FROM limitless_old_rows GROUP BY 1, 2, 3, 4, 5) g
	      GROUP BY 1, 2, 3, 4) o
	WHERE d.day = o.day AND d.campaign_id IS NOT DISTINCT FROM o.campaign_id
	  AND d.event_type = o.event_type AND d.detail = o.detail;
	UPDATE analytics_campaign_totals t SET count = t.count - o.n
	FROM (SELECT campaign_id, event_type, count(*) AS n FROM limitless_old_rows GROUP BY 1, 2) o
	WHERE t.campaign_id IS NOT DISTINCT FROM o.campaign_id AND t.event_type = o.event_type;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "public"."limitless_analytics_daily_rebuild"() RETURNS void
	LANGUAGE sql SET search_path = public, pg_temp AS $$
	LOCK TABLE analytics_events IN SHARE MODE;
	DELETE FROM analytics_daily_counts;
	DELETE FROM analytics_campaign_totals;
	INSERT INTO analytics_daily_counts (day, campaign_id, event_type, detail, count, quarter_cum)
		SELECT day, campaign_id, event_type, detail, sum(n),
		       limitless_quarter_cum(array_agg(quarter), array_agg(n))
		FROM (SELECT created_at::date AS day, limitless_quarter(created_at) AS quarter,
		             campaign_id, event_type,
		             limitless_analytics_detail(event_type, event_data) AS detail,
		             count(*)::bigint AS n
		      FROM analytics_events GROUP BY 1, 2, 3, 4, 5) g
		GROUP BY 1, 2, 3, 4;
	INSERT INTO analytics_campaign_totals (campaign_id, event_type, count)
		SELECT campaign_id, event_type, sum(count) FROM analytics_daily_counts GROUP BY 1, 2;
$$;
--> statement-breakpoint
SELECT "public"."limitless_analytics_daily_rebuild"();
--> statement-breakpoint
ALTER TABLE "analytics_campaign_totals" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "Owners can only read their own campaign totals" ON "analytics_campaign_totals"
	AS PERMISSIVE FOR SELECT TO authenticated
	USING ("campaign_id" IN (
		SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text));
--> statement-breakpoint
GRANT SELECT ON "analytics_campaign_totals" TO authenticated;
--> statement-breakpoint
-- kind 'link': conversations counted in the "payment link sent" stage (currency ''; cents 0).
-- kind 'revenue': completed payments by completion time; cents = amount_monthly +
-- amount_onetime in the payment's currency.
CREATE TABLE "analytics_payment_counts" (
	"day" date NOT NULL,
	"campaign_id" text NOT NULL,
	"kind" text NOT NULL CHECK ("kind" IN ('link', 'revenue')),
	"currency" text DEFAULT '' NOT NULL,
	"count" bigint DEFAULT 0 NOT NULL,
	"quarter_cum" bigint[] NOT NULL CHECK (cardinality("quarter_cum") = 97),
	"cents" bigint DEFAULT 0 NOT NULL,
	"cents_quarter_cum" bigint[] NOT NULL CHECK (cardinality("cents_quarter_cum") = 97)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "analytics_payment_counts_key" ON "analytics_payment_counts"
	USING btree ("day", "campaign_id", "kind", "currency");
--> statement-breakpoint
-- Where each conversation's "payment link sent" is counted (link_at NULL: nowhere). The row is
-- also the conversation's lock for the triggers below: every change upserts it first, so two
-- transactions that touch the same conversation's payments are serialised (READ COMMITTED) or
-- one gets a serialisation failure (REPEATABLE READ and above) — never a double count.
CREATE TABLE "analytics_link_state" (
	"conversation_id" text PRIMARY KEY NOT NULL,
	"campaign_id" text,
	"link_at" timestamp
);
--> statement-breakpoint
CREATE FUNCTION "public"."limitless_payment_counts_add"(p_kind text, p_at timestamp,
	p_campaign text, p_currency text, p_n bigint, p_cents bigint) RETURNS void
	LANGUAGE sql SET search_path = public, pg_temp AS $$
	INSERT INTO analytics_payment_counts AS d
		(day, campaign_id, kind, currency, count, quarter_cum, cents, cents_quarter_cum)
	VALUES (p_at::date, p_campaign, p_kind, p_currency, p_n,
	        limitless_quarter_cum(ARRAY[limitless_quarter(p_at)], ARRAY[p_n]), p_cents,
	        limitless_quarter_cum(ARRAY[limitless_quarter(p_at)], ARRAY[p_cents]))
	ON CONFLICT (day, campaign_id, kind, currency) DO UPDATE
		SET count = d.count + EXCLUDED.count,
		    quarter_cum = limitless_cum_add(d.quarter_cum, EXCLUDED.quarter_cum, 1),
		    cents = d.cents + EXCLUDED.cents,
		    cents_quarter_cum = limitless_cum_add(d.cents_quarter_cum, EXCLUDED.cents_quarter_cum, 1);
$$;
--> statement-breakpoint
-- Recounts one conversation's "payment link sent": lock its state row, then (a fresh snapshot
-- per statement under READ COMMITTED) find its first payments row if it is flagged, and move
-- its count from where it was to where it belongs.
CREATE FUNCTION "public"."limitless_link_refresh"(p_conversation text) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
	old_at timestamp;
	old_campaign text;
	new_at timestamp;
	new_campaign text;
BEGIN
	IF p_conversation IS NULL THEN
		RETURN;
	END IF;
	INSERT INTO analytics_link_state AS s (conversation_id) VALUES (p_conversation)
	ON CONFLICT (conversation_id) DO UPDATE SET conversation_id = s.conversation_id
	RETURNING s.link_at, s.campaign_id INTO old_at, old_campaign;
	SELECT p.created_at, p.campaign_id INTO new_at, new_campaign
	FROM payments p JOIN conversations v ON v.id = p.conversation_id
	WHERE p.conversation_id = p_conversation AND v.payment_link_sent
	ORDER BY p.created_at, p.id LIMIT 1;
	IF old_at IS NOT DISTINCT FROM new_at AND old_campaign IS NOT DISTINCT FROM new_campaign THEN
		RETURN;
	END IF;
	-- Both roll-up rows in key order, so that two conversations moving in opposite directions
	-- cannot deadlock.
	IF old_at IS NOT NULL AND new_at IS NOT NULL
	   AND (new_at::date, new_campaign) < (old_at::date, old_campaign) THEN
		PERFORM limitless_payment_counts_add('link', new_at, new_campaign, '', 1, 0);
		PERFORM limitless_payment_counts_add('link', old_at, old_campaign, '', -1, 0);
	ELSE
		IF old_at IS NOT NULL THEN
			PERFORM limitless_payment_counts_add('link', old_at, old_campaign, '', -1, 0);
		END IF;
		IF new_at IS NOT NULL THEN
			PERFORM limitless_payment_counts_add('link', new_at, new_campaign, '', 1, 0);
		END IF;
	END IF;
	UPDATE analytics_link_state SET link_at = new_at, campaign_id = new_campaign
	WHERE conversation_id = p_conversation;
END
$$;
--> statement-breakpoint
-- Row-level: payments arrive one at a time (a checkout session each). Locks are taken in one
-- order — revenue rows (by key), the conversation's state row, link rows (by key) — so that
-- single-row writers cannot deadlock each other.
CREATE FUNCTION "public"."limitless_payments_rollup"() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
	old_rev boolean := TG_OP <> 'INSERT' AND OLD.payment_status = 'completed'
	                   AND OLD.completed_at IS NOT NULL;
	new_rev boolean := TG_OP <> 'DELETE' AND NEW.payment_status = 'completed'
	                   AND NEW.completed_at IS NOT NULL;
	new_first boolean;
BEGIN
	IF old_rev AND new_rev AND OLD.completed_at = NEW.completed_at
	   AND OLD.campaign_id = NEW.campaign_id AND OLD.currency = NEW.currency
	   AND OLD.amount_monthly = NEW.amount_monthly
	   AND OLD.amount_onetime IS NOT DISTINCT FROM NEW.amount_onetime THEN
		NULL; -- revenue unchanged
	ELSE
		new_first := old_rev AND new_rev
			AND (NEW.completed_at::date, NEW.campaign_id, NEW.currency)
			    < (OLD.completed_at::date, OLD.campaign_id, OLD.currency);
		IF new_first THEN
			PERFORM limitless_payment_counts_add('revenue', NEW.completed_at, NEW.campaign_id,
				NEW.currency, 1, NEW.amount_monthly::bigint + coalesce(NEW.amount_onetime, 0));
		END IF;
		IF old_rev THEN
			PERFORM limitless_payment_counts_add('revenue', OLD.completed_at, OLD.campaign_id,
				OLD.currency, -1, -(OLD.amount_monthly::bigint + coalesce(OLD.amount_onetime, 0)));
		END IF;
		IF new_rev AND NOT new_first THEN
			PERFORM limitless_payment_counts_add('revenue', NEW.completed_at, NEW.campaign_id,
				NEW.currency, 1, NEW.amount_monthly::bigint + coalesce(NEW.amount_onetime, 0));
		END IF;
	END IF;
	-- The link stage depends on the conversation, the campaign and the creation time only.
	IF TG_OP = 'UPDATE' AND OLD.conversation_id = NEW.conversation_id
	   AND OLD.campaign_id = NEW.campaign_id AND OLD.created_at = NEW.created_at
	   AND OLD.id = NEW.id THEN
		RETURN NULL;
	END IF;
	IF TG_OP = 'UPDATE' AND OLD.conversation_id <> NEW.conversation_id THEN
		-- two conversations: lock them in id order
		PERFORM limitless_link_refresh(least(OLD.conversation_id, NEW.conversation_id));
		PERFORM limitless_link_refresh(greatest(OLD.conversation_id, NEW.conversation_id));
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM limitless_link_refresh(OLD.conversation_id);
	ELSE
		PERFORM limitless_link_refresh(NEW.conversation_id);
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "payments_rollup" AFTER INSERT OR UPDATE OR DELETE ON "payments"
	FOR EACH ROW EXECUTE FUNCTION "public"."limitless_payments_rollup"();
--> statement-breakpoint
CREATE FUNCTION "public"."limitless_conversation_link_rollup"() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
	PERFORM limitless_link_refresh(NEW.id);
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "conversations_link_rollup" AFTER UPDATE OF "payment_link_sent" ON "conversations"
	FOR EACH ROW WHEN (OLD."payment_link_sent" IS DISTINCT FROM NEW."payment_link_sent")
	EXECUTE FUNCTION "public"."limitless_conversation_link_rollup"();
--> statement-breakpoint
CREATE FUNCTION "public"."limitless_analytics_payments_rebuild"() RETURNS void
	LANGUAGE sql SET search_path = public, pg_temp AS $$
	LOCK TABLE payments, conversations IN SHARE MODE;
	DELETE FROM analytics_payment_counts;
	DELETE FROM analytics_link_state;
	INSERT INTO analytics_link_state (conversation_id, campaign_id, link_at)
		SELECT DISTINCT ON (p.conversation_id) p.conversation_id,
		       CASE WHEN v.payment_link_sent THEN p.campaign_id END,
		       CASE WHEN v.payment_link_sent THEN p.created_at END
		FROM payments p JOIN conversations v ON v.id = p.conversation_id
		ORDER BY p.conversation_id, p.created_at, p.id;
	INSERT INTO analytics_payment_counts
		(day, campaign_id, kind, currency, count, quarter_cum, cents, cents_quarter_cum)
		SELECT day, campaign_id, kind, currency, sum(n), limitless_quarter_cum(array_agg(quarter),
		       array_agg(n)), sum(cents), limitless_quarter_cum(array_agg(quarter), array_agg(cents))
		FROM (SELECT link_at::date AS day, limitless_quarter(link_at) AS quarter,
		             campaign_id, 'link' AS kind, '' AS currency, count(*)::bigint AS n,
		             0::bigint AS cents
		      FROM analytics_link_state WHERE link_at IS NOT NULL GROUP BY 1, 2, 3
		      UNION ALL
		      SELECT completed_at::date, limitless_quarter(completed_at), campaign_id,
		             'revenue', currency, count(*)::bigint,
		             sum(amount_monthly::bigint + coalesce(amount_onetime, 0))::bigint
		      FROM payments WHERE payment_status = 'completed' AND completed_at IS NOT NULL
		      GROUP BY 1, 2, 3, 5) g
		GROUP BY 1, 2, 3, 4;
$$;
--> statement-breakpoint
SELECT "public"."limitless_analytics_payments_rebuild"();
--> statement-breakpoint
-- Everything the funnel reads, recomputed from the source tables (after a load that bypassed
-- the triggers, as the demo loader does, or a restore).
CREATE FUNCTION "public"."limitless_analytics_rebuild"() RETURNS void
	LANGUAGE sql SET search_path = public, pg_temp AS $$
	SELECT limitless_analytics_daily_rebuild();
	SELECT limitless_analytics_payments_rebuild();
$$;
--> statement-breakpoint
ALTER TABLE "analytics_payment_counts" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "Owners can only read their own payment counts" ON "analytics_payment_counts"
	AS PERMISSIVE FOR SELECT TO authenticated
	USING ("campaign_id" IN (
		SELECT c."id" FROM "campaigns" c JOIN "owners" o ON o."id" = c."owner_id"
		WHERE o."supabase_user_id" = (select auth.uid())::text));
--> statement-breakpoint
GRANT SELECT ON "analytics_payment_counts" TO authenticated;
--> statement-breakpoint
-- Internal to the triggers: RLS on and no policy, so no client role reads it.
ALTER TABLE "analytics_link_state" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION "public"."limitless_link_refresh"(text),
	"public"."limitless_payment_counts_add"(text, timestamp, text, text, bigint, bigint),
	"public"."limitless_analytics_payments_rebuild"(), "public"."limitless_analytics_rebuild"()
	FROM PUBLIC;
