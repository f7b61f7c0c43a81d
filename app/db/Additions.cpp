#include "db/Additions.h"

#include "db/PgConnection.h"

namespace limitless::db {

QString Additions::probeSql()
{
    // to_regclass/to_regprocedure return NULL for what is missing instead of failing.
    return QStringLiteral(
        "select to_regnamespace('limitless') is not null as schema, "
        "(select count(*) = 7 from pg_class c join pg_namespace n on n.oid = c.relnamespace "
        " where n.nspname = 'public' and c.relrowsecurity and c.relname in ('owners', "
        " 'campaigns', 'documents', 'document_embeddings', 'conversations', "
        " 'analytics_events', 'payments') "
        " and exists (select 1 from pg_policy p where p.polrelid = c.oid)) as row_security, "
        "exists (select 1 from pg_trigger t where t.tgrelid = to_regclass('public.conversations') "
        " and t.tgname = 'conversations_notify_change') as notifications, "
        "(to_regclass('limitless.analytics_daily_counts') is not null "
        " and to_regclass('limitless.analytics_campaign_totals') is not null "
        " and to_regclass('limitless.analytics_payment_counts') is not null "
        " and to_regprocedure('limitless.limitless_local_day_slices(timestamp without time zone, "
        "timestamp without time zone, text)') is not null) as rollups, "
        "to_regprocedure('limitless.limitless_message_count(text, bytea)') is not null "
        " as message_count, "
        "to_regprocedure('limitless.thread_latest(text)') is not null as thread_access, "
        "(to_regclass('limitless.document_ingest') is not null "
        " and to_regclass('limitless.retrieval_questions') is not null "
        " and to_regclass('limitless.chunk_text_search') is not null) as knowledge, "
        "(to_regclass('limitless.agent_prompt_versions') is not null "
        " and to_regclass('limitless.agent_scenario_runs') is not null "
        " and to_regprocedure('limitless.agent_thread_history(text)') is not null) "
        " as agent_playground, "
        "(to_regprocedure('limitless.retention_delete_rows(text, jsonb)') is not null "
        " and exists (select 1 from pg_attribute a "
        "  where a.attrelid = to_regclass('limitless.analytics_campaign_totals') "
        "  and a.attname = 'archived' and not a.attisdropped)) as retention");
}

Additions Additions::fromResult(const QueryResult& r)
{
    Additions a;
    if (!r.ok() || r.rowCount() != 1 || r.columns.size() < 9)
        return a;
    a.probed = true;
    a.schema = r.value(0, 0).toBool();
    a.rowSecurity = r.value(0, 1).toBool();
    a.notifications = r.value(0, 2).toBool();
    a.rollups = r.value(0, 3).toBool();
    a.messageCount = r.value(0, 4).toBool();
    a.threadAccess = r.value(0, 5).toBool();
    a.knowledge = r.value(0, 6).toBool();
    a.agentPlayground = r.value(0, 7).toBool();
    a.retention = r.value(0, 8).toBool();
    return a;
}

Additions Additions::probe(PgConnection& connection)
{
    return fromResult(connection.exec(probeSql()));
}

QStringList Additions::missing() const
{
    QStringList out;
    if (!rowSecurity)
        out << tr("row-level security");
    if (!notifications)
        out << tr("live-update notifications");
    if (!rollups)
        out << tr("funnel roll-ups");
    if (!messageCount || !threadAccess)
        out << tr("transcript functions");
    if (!knowledge)
        out << tr("knowledge base tables");
    if (!agentPlayground)
        out << tr("agent playground tables");
    if (!retention)
        out << tr("data retention functions");
    return out;
}

QString Additions::summary() const
{
    if (!probed)
        return tr("not checked");
    if (all())
        return tr("all installed");
    if (none())
        return tr("not installed");
    return tr("missing: %1").arg(missing().join(tr(", ")));
}

} // namespace limitless::db
