-- Live updates for the dashboard (an addition to the seed, see docs/schema.md): every change
-- to the tables the dashboard shows sends a small notification on channel `limitless_changes`
-- with just enough to decide what to re-query: table, operation, row id, campaign id and, for
-- analytics events, the event type. Never row contents: NOTIFY payloads are capped at 8000
-- bytes and are visible to every session that listens on the channel.
CREATE FUNCTION "public"."limitless_notify_change"() RETURNS trigger
	LANGUAGE plpgsql AS $$
DECLARE
	r record;
	campaign_value text;
	event_type_value text;
BEGIN
	IF TG_OP = 'DELETE' THEN
		r := OLD;
	ELSE
		r := NEW;
	END IF;
	-- Record fields are resolved when a branch runs, so each table only touches its own columns.
	IF TG_TABLE_NAME = 'campaigns' THEN
		campaign_value := r.id;
	ELSIF TG_TABLE_NAME IN ('conversations', 'analytics_events', 'payments') THEN
		campaign_value := r.campaign_id;
	END IF;
	IF TG_TABLE_NAME = 'analytics_events' THEN
		event_type_value := r.event_type;
	END IF;
	PERFORM pg_notify('limitless_changes', json_build_object(
		'table', TG_TABLE_NAME,
		'op', TG_OP,
		'id', r.id,
		'campaign_id', campaign_value,
		'event_type', event_type_value)::text);
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "campaigns_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "campaigns"
	FOR EACH ROW EXECUTE FUNCTION "public"."limitless_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "conversations_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "conversations"
	FOR EACH ROW EXECUTE FUNCTION "public"."limitless_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "payments_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "payments"
	FOR EACH ROW EXECUTE FUNCTION "public"."limitless_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "documents_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "documents"
	FOR EACH ROW EXECUTE FUNCTION "public"."limitless_notify_change"();
--> statement-breakpoint
-- Events are append-only; they are deleted only by bulk archiving (seed: kept two years),
-- which must not flood listeners with one notification per archived row.
CREATE TRIGGER "analytics_events_notify_change" AFTER INSERT OR UPDATE ON "analytics_events"
	FOR EACH ROW EXECUTE FUNCTION "public"."limitless_notify_change"();
