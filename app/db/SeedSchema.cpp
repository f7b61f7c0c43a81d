#include "db/SeedSchema.h"

#include "db/PgConnection.h"

#include <QHash>

namespace limitless::db {

const QList<SeedSchema::Table>& SeedSchema::tables()
{
    // Generated from app/db/migrations/seed; SeedSchemaTest checks that a database made by
    // those files matches this list exactly, and so does one made by the seed's Drizzle code.
    static const QList<Table> seed{
    {QStringLiteral("owners"),
     {{QStringLiteral("id"), QStringLiteral("text"), true},
      {QStringLiteral("email"), QStringLiteral("text"), true},
      {QStringLiteral("name"), QStringLiteral("text"), true},
      {QStringLiteral("instagram_handle"), QStringLiteral("text"), false},
      {QStringLiteral("supabase_user_id"), QStringLiteral("text"), true},
      {QStringLiteral("created_at"), QStringLiteral("timestamp without time zone"), true},
      {QStringLiteral("last_login_at"), QStringLiteral("timestamp without time zone"), false},
      {QStringLiteral("is_active"), QStringLiteral("boolean"), true}},
     {QStringLiteral("idx_owners_supabase_user_id"), QStringLiteral("idx_owners_email")}},
    {QStringLiteral("campaigns"),
     {{QStringLiteral("id"), QStringLiteral("text"), true},
      {QStringLiteral("code"), QStringLiteral("text"), true},
      {QStringLiteral("name"), QStringLiteral("text"), true},
      {QStringLiteral("description"), QStringLiteral("text"), false},
      {QStringLiteral("owner_id"), QStringLiteral("text"), true},
      {QStringLiteral("platform"), QStringLiteral("text"), false},
      {QStringLiteral("is_active"), QStringLiteral("boolean"), true},
      {QStringLiteral("total_clicks"), QStringLiteral("integer"), true},
      {QStringLiteral("total_conversations"), QStringLiteral("integer"), true},
      {QStringLiteral("total_qualified"), QStringLiteral("integer"), true},
      {QStringLiteral("total_conversions"), QStringLiteral("integer"), true},
      {QStringLiteral("created_at"), QStringLiteral("timestamp without time zone"), true},
      {QStringLiteral("updated_at"), QStringLiteral("timestamp without time zone"), true}},
     {QStringLiteral("idx_campaigns_code"), QStringLiteral("idx_campaigns_owner_id"), QStringLiteral("idx_campaigns_is_active")}},
    {QStringLiteral("documents"),
     {{QStringLiteral("id"), QStringLiteral("text"), true},
      {QStringLiteral("filename"), QStringLiteral("text"), true},
      {QStringLiteral("file_type"), QStringLiteral("text"), true},
      {QStringLiteral("file_size"), QStringLiteral("integer"), true},
      {QStringLiteral("storage_url"), QStringLiteral("text"), true},
      {QStringLiteral("storage_bucket"), QStringLiteral("text"), true},
      {QStringLiteral("owner_id"), QStringLiteral("text"), true},
      {QStringLiteral("category"), QStringLiteral("text"), false},
      {QStringLiteral("tags"), QStringLiteral("jsonb"), false},
      {QStringLiteral("processing_status"), QStringLiteral("text"), true},
      {QStringLiteral("embeddings_created"), QStringLiteral("boolean"), true},
      {QStringLiteral("total_chunks"), QStringLiteral("integer"), false},
      {QStringLiteral("version"), QStringLiteral("integer"), true},
      {QStringLiteral("replaced_by_id"), QStringLiteral("text"), false},
      {QStringLiteral("created_at"), QStringLiteral("timestamp without time zone"), true},
      {QStringLiteral("processed_at"), QStringLiteral("timestamp without time zone"), false}},
     {QStringLiteral("idx_documents_owner_id"), QStringLiteral("idx_documents_category"), QStringLiteral("idx_documents_processing_status"), QStringLiteral("idx_documents_created_at")}},
    {QStringLiteral("document_embeddings"),
     {{QStringLiteral("id"), QStringLiteral("text"), true},
      {QStringLiteral("document_id"), QStringLiteral("text"), true},
      {QStringLiteral("chunk_index"), QStringLiteral("integer"), true},
      {QStringLiteral("chunk_text"), QStringLiteral("text"), true},
      {QStringLiteral("chunk_metadata"), QStringLiteral("jsonb"), false},
      {QStringLiteral("embedding"), QStringLiteral("vector(1536)"), true},
      {QStringLiteral("created_at"), QStringLiteral("timestamp without time zone"), true}},
     {QStringLiteral("idx_document_embeddings_vector"), QStringLiteral("idx_document_embeddings_document_id"), QStringLiteral("idx_document_embeddings_chunk_index")}},
    {QStringLiteral("conversations"),
     {{QStringLiteral("id"), QStringLiteral("text"), true},
      {QStringLiteral("instagram_handle"), QStringLiteral("text"), true},
      {QStringLiteral("email"), QStringLiteral("text"), false},
      {QStringLiteral("campaign_id"), QStringLiteral("text"), true},
      {QStringLiteral("campaign_code"), QStringLiteral("text"), true},
      {QStringLiteral("current_stage"), QStringLiteral("text"), true},
      {QStringLiteral("qualified"), QStringLiteral("boolean"), true},
      {QStringLiteral("qualification_score"), QStringLiteral("real"), false},
      {QStringLiteral("business_type"), QStringLiteral("text"), false},
      {QStringLiteral("monthly_revenue"), QStringLiteral("text"), false},
      {QStringLiteral("main_pain_point"), QStringLiteral("text"), false},
      {QStringLiteral("pitch_delivered"), QStringLiteral("boolean"), true},
      {QStringLiteral("pitch_type"), QStringLiteral("text"), false},
      {QStringLiteral("payment_link_sent"), QStringLiteral("boolean"), true},
      {QStringLiteral("payment_completed"), QStringLiteral("boolean"), true},
      {QStringLiteral("preferred_plan"), QStringLiteral("text"), false},
      {QStringLiteral("total_messages"), QStringLiteral("integer"), true},
      {QStringLiteral("total_sessions"), QStringLiteral("integer"), true},
      {QStringLiteral("followup_count"), QStringLiteral("integer"), true},
      {QStringLiteral("created_at"), QStringLiteral("timestamp without time zone"), true},
      {QStringLiteral("last_message_at"), QStringLiteral("timestamp without time zone"), true},
      {QStringLiteral("completed_at"), QStringLiteral("timestamp without time zone"), false}},
     {QStringLiteral("idx_conversations_instagram_handle"), QStringLiteral("idx_conversations_campaign_id"), QStringLiteral("idx_conversations_current_stage"), QStringLiteral("idx_conversations_qualified"), QStringLiteral("idx_conversations_created_at"), QStringLiteral("idx_conversations_last_message_at")}},
    {QStringLiteral("analytics_events"),
     {{QStringLiteral("id"), QStringLiteral("text"), true},
      {QStringLiteral("conversation_id"), QStringLiteral("text"), false},
      {QStringLiteral("campaign_id"), QStringLiteral("text"), false},
      {QStringLiteral("event_type"), QStringLiteral("text"), true},
      {QStringLiteral("event_data"), QStringLiteral("jsonb"), false},
      {QStringLiteral("created_at"), QStringLiteral("timestamp without time zone"), true}},
     {QStringLiteral("idx_analytics_events_conversation_id"), QStringLiteral("idx_analytics_events_campaign_id"), QStringLiteral("idx_analytics_events_event_type"), QStringLiteral("idx_analytics_events_created_at")}},
    {QStringLiteral("payments"),
     {{QStringLiteral("id"), QStringLiteral("text"), true},
      {QStringLiteral("conversation_id"), QStringLiteral("text"), true},
      {QStringLiteral("campaign_id"), QStringLiteral("text"), true},
      {QStringLiteral("instagram_handle"), QStringLiteral("text"), true},
      {QStringLiteral("email"), QStringLiteral("text"), true},
      {QStringLiteral("stripe_session_id"), QStringLiteral("text"), true},
      {QStringLiteral("stripe_customer_id"), QStringLiteral("text"), false},
      {QStringLiteral("stripe_subscription_id"), QStringLiteral("text"), false},
      {QStringLiteral("plan"), QStringLiteral("text"), true},
      {QStringLiteral("amount_monthly"), QStringLiteral("integer"), true},
      {QStringLiteral("amount_onetime"), QStringLiteral("integer"), false},
      {QStringLiteral("currency"), QStringLiteral("text"), true},
      {QStringLiteral("payment_status"), QStringLiteral("text"), true},
      {QStringLiteral("created_at"), QStringLiteral("timestamp without time zone"), true},
      {QStringLiteral("completed_at"), QStringLiteral("timestamp without time zone"), false}},
     {QStringLiteral("idx_payments_conversation_id"), QStringLiteral("idx_payments_campaign_id"), QStringLiteral("idx_payments_stripe_session_id"), QStringLiteral("idx_payments_payment_status"), QStringLiteral("idx_payments_created_at")}},
    };
    return seed;
}

QStringList SeedSchema::tableNames()
{
    QStringList names;
    for (const Table& t : tables())
        names << t.name;
    return names;
}

namespace {

// Where pgvector is missing the seed's vector(1536) is stored as real[] (see docs/schema.md).
bool typeMatches(const QString& expected, const QString& actual)
{
    if (expected == actual)
        return true;
    return expected == QLatin1String("vector(1536)") && actual == QLatin1String("real[]");
}

} // namespace

SeedSchema::Comparison SeedSchema::compare(PgConnection& connection, DbError* error)
{
    Comparison out;
    const QueryResult cols = connection.exec(QStringLiteral(
        "select c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull "
        "from pg_class c join pg_namespace n on n.oid = c.relnamespace "
        "join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped "
        "where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname::text = any($1::text[]) "
        "order by c.relname, a.attnum"),
        {tableNames()});
    const QueryResult idx = connection.exec(QStringLiteral(
        "select t.relname, i.relname from pg_index x "
        "join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid "
        "join pg_namespace n on n.oid = t.relnamespace "
        "where n.nspname = 'public' and t.relname::text = any($1::text[])"),
        {tableNames()});
    if (!cols.ok() || !idx.ok()) {
        if (error)
            *error = cols.ok() ? idx.error : cols.error;
        return out;
    }
    QHash<QString, QHash<QString, QPair<QString, bool>>> found;
    for (int r = 0; r < cols.rowCount(); ++r)
        found[cols.value(r, 0).toString()][cols.value(r, 1).toString()] = {
            cols.value(r, 2).toString(), cols.value(r, 3).toBool()};
    QHash<QString, QStringList> indexes;
    for (int r = 0; r < idx.rowCount(); ++r)
        indexes[idx.value(r, 0).toString()] << idx.value(r, 1).toString();

    for (const Table& t : tables()) {
        if (!found.contains(t.name)) {
            out.missing << t.name;
            continue;
        }
        out.present << t.name;
        const auto& columns = found.value(t.name);
        for (const Column& c : t.columns) {
            const auto it = columns.find(c.name);
            if (it == columns.end()) {
                out.conflicts << tr("%1.%2 is missing (the seed has %3)")
                                     .arg(t.name, c.name, c.type);
                continue;
            }
            if (!typeMatches(c.type, it->first))
                out.conflicts << tr("%1.%2 is %3, the seed has %4")
                                     .arg(t.name, c.name, it->first, c.type);
            else if (c.notNull && !it->second)
                out.warnings << tr("%1.%2 allows NULL, the seed has NOT NULL").arg(t.name, c.name);
            else if (!c.notNull && it->second)
                out.warnings << tr("%1.%2 is NOT NULL, the seed allows NULL").arg(t.name, c.name);
        }
        for (const QString& i : t.indexes) {
            // pgvector's HNSW index exists only where the column is a vector.
            if (i == QLatin1String("idx_document_embeddings_vector") &&
                columns.value(QStringLiteral("embedding")).first != QLatin1String("vector(1536)"))
                continue;
            if (!indexes.value(t.name).contains(i))
                out.warnings << tr("index %1 on %2 is missing").arg(i, t.name);
        }
    }
    if (error)
        *error = {};
    return out;
}

} // namespace limitless::db
