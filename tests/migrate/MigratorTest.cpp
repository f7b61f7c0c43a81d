// The migrator against the real test cluster: the schema it creates is the seed's, re-runs are
// no-ops, and databases it cannot vouch for are refused, never repaired.
#include "MigrationFolder.h"
#include "TestDatabase.h"

#include "db/Additions.h"
#include "db/Migrator.h"
#include "db/PgConnection.h"

#include "CatchQt.h"

#include <QSet>

#include <thread>

using limitless::db::DbError;
using limitless::db::Migration;
using limitless::db::MigrationSet;
using limitless::db::Migrator;
using limitless::db::PgConnection;
using limitless::test::MigrationFolder;

namespace {

QStringList tagsOf(const MigrationSet& set)
{
    QStringList tags;
    for (const Migration& m : set.migrations())
        tags << m.qualifiedTag();
    return tags;
}

// Every migration of this build, qualified: the seed's files, then the additions.
QStringList builtinTags()
{
    return tagsOf(MigrationSet::builtinSeed()) + tagsOf(MigrationSet::builtinAdditions());
}

QStringList additionTags()
{
    return tagsOf(MigrationSet::builtinAdditions());
}

QStringList lines(const limitless::db::QueryResult& r)
{
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
    QStringList out;
    for (int i = 0; i < r.rowCount(); ++i) {
        QStringList cells;
        for (int c = 0; c < r.columns.size(); ++c)
            cells << r.value(i, c).toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

qint64 bookkeepingRows(PgConnection& conn)
{
    const auto r = conn.exec(QStringLiteral("select count(*) from limitless.schema_migrations"));
    REQUIRE(r.ok());
    return r.scalar().toLongLong();
}

bool relationExists(PgConnection& conn, const QString& name)
{
    const auto r = conn.exec(QStringLiteral("select to_regclass($1) is not null"), {name});
    REQUIRE(r.ok());
    return r.scalar().toBool();
}

void migrateAll(PgConnection& conn, QStringList* tags = nullptr)
{
    const DbError e = Migrator(conn).migrate(tags);
    INFO(e.toString().toStdString());
    REQUIRE_FALSE(e.isError());
}

// Columns of the seed, as the catalog prints them: table|column|type|not null|default.
// The embedding column is checked separately (vector(1536) or real[]).
const QStringList kSeedColumns = {
    QStringLiteral("analytics_events|id|text|true|gen_random_uuid()"),
    QStringLiteral("analytics_events|conversation_id|text|false|"),
    QStringLiteral("analytics_events|campaign_id|text|false|"),
    QStringLiteral("analytics_events|event_type|text|true|"),
    QStringLiteral("analytics_events|event_data|jsonb|false|"),
    QStringLiteral("analytics_events|created_at|timestamp without time zone|true|now()"),
    QStringLiteral("campaigns|id|text|true|gen_random_uuid()"),
    QStringLiteral("campaigns|code|text|true|"),
    QStringLiteral("campaigns|name|text|true|"),
    QStringLiteral("campaigns|description|text|false|"),
    QStringLiteral("campaigns|owner_id|text|true|"),
    QStringLiteral("campaigns|platform|text|false|"),
    QStringLiteral("campaigns|is_active|boolean|true|true"),
    QStringLiteral("campaigns|total_clicks|integer|true|0"),
    QStringLiteral("campaigns|total_conversations|integer|true|0"),
    QStringLiteral("campaigns|total_qualified|integer|true|0"),
    QStringLiteral("campaigns|total_conversions|integer|true|0"),
    QStringLiteral("campaigns|created_at|timestamp without time zone|true|now()"),
    QStringLiteral("campaigns|updated_at|timestamp without time zone|true|now()"),
    QStringLiteral("conversations|id|text|true|"),
    QStringLiteral("conversations|instagram_handle|text|true|"),
    QStringLiteral("conversations|email|text|false|"),
    QStringLiteral("conversations|campaign_id|text|true|"),
    QStringLiteral("conversations|campaign_code|text|true|"),
    QStringLiteral("conversations|current_stage|text|true|"),
    QStringLiteral("conversations|qualified|boolean|true|false"),
    QStringLiteral("conversations|qualification_score|real|false|0"),
    QStringLiteral("conversations|business_type|text|false|"),
    QStringLiteral("conversations|monthly_revenue|text|false|"),
    QStringLiteral("conversations|main_pain_point|text|false|"),
    QStringLiteral("conversations|pitch_delivered|boolean|true|false"),
    QStringLiteral("conversations|pitch_type|text|false|"),
    QStringLiteral("conversations|payment_link_sent|boolean|true|false"),
    QStringLiteral("conversations|payment_completed|boolean|true|false"),
    QStringLiteral("conversations|preferred_plan|text|false|"),
    QStringLiteral("conversations|total_messages|integer|true|0"),
    QStringLiteral("conversations|total_sessions|integer|true|1"),
    QStringLiteral("conversations|followup_count|integer|true|0"),
    QStringLiteral("conversations|created_at|timestamp without time zone|true|now()"),
    QStringLiteral("conversations|last_message_at|timestamp without time zone|true|now()"),
    QStringLiteral("conversations|completed_at|timestamp without time zone|false|"),
    QStringLiteral("document_embeddings|id|text|true|gen_random_uuid()"),
    QStringLiteral("document_embeddings|document_id|text|true|"),
    QStringLiteral("document_embeddings|chunk_index|integer|true|"),
    QStringLiteral("document_embeddings|chunk_text|text|true|"),
    QStringLiteral("document_embeddings|chunk_metadata|jsonb|false|"),
    QStringLiteral("document_embeddings|embedding|EMBEDDING|true|"),
    QStringLiteral("document_embeddings|created_at|timestamp without time zone|true|now()"),
    QStringLiteral("documents|id|text|true|gen_random_uuid()"),
    QStringLiteral("documents|filename|text|true|"),
    QStringLiteral("documents|file_type|text|true|"),
    QStringLiteral("documents|file_size|integer|true|"),
    QStringLiteral("documents|storage_url|text|true|"),
    QStringLiteral("documents|storage_bucket|text|true|"),
    QStringLiteral("documents|owner_id|text|true|"),
    QStringLiteral("documents|category|text|false|"),
    QStringLiteral("documents|tags|jsonb|false|"),
    QStringLiteral("documents|processing_status|text|true|'pending'::text"),
    QStringLiteral("documents|embeddings_created|boolean|true|false"),
    QStringLiteral("documents|total_chunks|integer|false|0"),
    QStringLiteral("documents|version|integer|true|1"),
    QStringLiteral("documents|replaced_by_id|text|false|"),
    QStringLiteral("documents|created_at|timestamp without time zone|true|now()"),
    QStringLiteral("documents|processed_at|timestamp without time zone|false|"),
    QStringLiteral("owners|id|text|true|'owner-001'::text"),
    QStringLiteral("owners|email|text|true|"),
    QStringLiteral("owners|name|text|true|"),
    QStringLiteral("owners|instagram_handle|text|false|"),
    QStringLiteral("owners|supabase_user_id|text|true|"),
    QStringLiteral("owners|created_at|timestamp without time zone|true|now()"),
    QStringLiteral("owners|last_login_at|timestamp without time zone|false|"),
    QStringLiteral("owners|is_active|boolean|true|true"),
    QStringLiteral("payments|id|text|true|gen_random_uuid()"),
    QStringLiteral("payments|conversation_id|text|true|"),
    QStringLiteral("payments|campaign_id|text|true|"),
    QStringLiteral("payments|instagram_handle|text|true|"),
    QStringLiteral("payments|email|text|true|"),
    QStringLiteral("payments|stripe_session_id|text|true|"),
    QStringLiteral("payments|stripe_customer_id|text|false|"),
    QStringLiteral("payments|stripe_subscription_id|text|false|"),
    QStringLiteral("payments|plan|text|true|"),
    QStringLiteral("payments|amount_monthly|integer|true|"),
    QStringLiteral("payments|amount_onetime|integer|false|"),
    QStringLiteral("payments|currency|text|true|'usd'::text"),
    QStringLiteral("payments|payment_status|text|true|"),
    QStringLiteral("payments|created_at|timestamp without time zone|true|now()"),
    QStringLiteral("payments|completed_at|timestamp without time zone|false|"),
};

// Every index the seed lists, with the seed's names and definitions (partial ones included),
// plus the indexes behind primary keys and unique constraints. The seed's
// idx_checkpoints_thread_id belongs to LangGraph's table and is not created here.
const QStringList kIndexes = {
    QStringLiteral("analytics_events_pkey|CREATE UNIQUE INDEX analytics_events_pkey ON "
                   "public.analytics_events USING btree (id)"),
    QStringLiteral("campaigns_code_unique|CREATE UNIQUE INDEX campaigns_code_unique ON "
                   "public.campaigns USING btree (code)"),
    QStringLiteral(
        "campaigns_pkey|CREATE UNIQUE INDEX campaigns_pkey ON public.campaigns USING btree (id)"),
    QStringLiteral("conversations_pkey|CREATE UNIQUE INDEX conversations_pkey ON "
                   "public.conversations USING btree (id)"),
    QStringLiteral("document_embeddings_document_id_chunk_index_unique|CREATE UNIQUE INDEX "
                   "document_embeddings_document_id_chunk_index_unique ON "
                   "public.document_embeddings USING btree (document_id, chunk_index)"),
    QStringLiteral("document_embeddings_pkey|CREATE UNIQUE INDEX document_embeddings_pkey ON "
                   "public.document_embeddings USING btree (id)"),
    QStringLiteral(
        "documents_pkey|CREATE UNIQUE INDEX documents_pkey ON public.documents USING btree (id)"),
    QStringLiteral("idx_analytics_events_campaign_id|CREATE INDEX idx_analytics_events_campaign_id "
                   "ON public.analytics_events USING btree (campaign_id)"),
    QStringLiteral(
        "idx_analytics_events_conversation_id|CREATE INDEX idx_analytics_events_conversation_id ON "
        "public.analytics_events USING btree (conversation_id)"),
    QStringLiteral("idx_analytics_events_created_at|CREATE INDEX idx_analytics_events_created_at "
                   "ON public.analytics_events USING btree (created_at DESC)"),
    QStringLiteral("idx_analytics_events_event_type|CREATE INDEX idx_analytics_events_event_type "
                   "ON public.analytics_events USING btree (event_type)"),
    QStringLiteral("idx_campaigns_code|CREATE UNIQUE INDEX idx_campaigns_code ON public.campaigns "
                   "USING btree (code)"),
    QStringLiteral("idx_campaigns_is_active|CREATE INDEX idx_campaigns_is_active ON "
                   "public.campaigns USING btree (is_active) WHERE (is_active = true)"),
    QStringLiteral("idx_campaigns_owner_id|CREATE INDEX idx_campaigns_owner_id ON public.campaigns "
                   "USING btree (owner_id)"),
    QStringLiteral("idx_conversations_campaign_id|CREATE INDEX idx_conversations_campaign_id ON "
                   "public.conversations USING btree (campaign_id)"),
    QStringLiteral("idx_conversations_created_at|CREATE INDEX idx_conversations_created_at ON "
                   "public.conversations USING btree (created_at DESC)"),
    QStringLiteral("idx_conversations_current_stage|CREATE INDEX idx_conversations_current_stage "
                   "ON public.conversations USING btree (current_stage)"),
    QStringLiteral(
        "idx_conversations_instagram_handle|CREATE INDEX idx_conversations_instagram_handle ON "
        "public.conversations USING btree (instagram_handle)"),
    QStringLiteral(
        "idx_conversations_last_message_at|CREATE INDEX idx_conversations_last_message_at ON "
        "public.conversations USING btree (last_message_at DESC)"),
    QStringLiteral("idx_conversations_qualified|CREATE INDEX idx_conversations_qualified ON "
                   "public.conversations USING btree (qualified) WHERE (qualified = true)"),
    QStringLiteral(
        "idx_document_embeddings_chunk_index|CREATE INDEX idx_document_embeddings_chunk_index ON "
        "public.document_embeddings USING btree (chunk_index)"),
    QStringLiteral(
        "idx_document_embeddings_document_id|CREATE INDEX idx_document_embeddings_document_id ON "
        "public.document_embeddings USING btree (document_id)"),
    QStringLiteral("idx_documents_category|CREATE INDEX idx_documents_category ON public.documents "
                   "USING btree (category)"),
    QStringLiteral("idx_documents_created_at|CREATE INDEX idx_documents_created_at ON "
                   "public.documents USING btree (created_at DESC)"),
    QStringLiteral("idx_documents_owner_id|CREATE INDEX idx_documents_owner_id ON public.documents "
                   "USING btree (owner_id)"),
    QStringLiteral("idx_documents_processing_status|CREATE INDEX idx_documents_processing_status "
                   "ON public.documents USING btree (processing_status)"),
    QStringLiteral(
        "idx_owners_email|CREATE INDEX idx_owners_email ON public.owners USING btree (email)"),
    QStringLiteral("idx_owners_supabase_user_id|CREATE INDEX idx_owners_supabase_user_id ON "
                   "public.owners USING btree (supabase_user_id)"),
    QStringLiteral("idx_payments_campaign_id|CREATE INDEX idx_payments_campaign_id ON "
                   "public.payments USING btree (campaign_id)"),
    QStringLiteral("idx_payments_conversation_id|CREATE INDEX idx_payments_conversation_id ON "
                   "public.payments USING btree (conversation_id)"),
    QStringLiteral("idx_payments_created_at|CREATE INDEX idx_payments_created_at ON "
                   "public.payments USING btree (created_at DESC)"),
    QStringLiteral("idx_payments_payment_status|CREATE INDEX idx_payments_payment_status ON "
                   "public.payments USING btree (payment_status)"),
    QStringLiteral("idx_payments_stripe_session_id|CREATE INDEX idx_payments_stripe_session_id ON "
                   "public.payments USING btree (stripe_session_id)"),
    QStringLiteral("owners_email_unique|CREATE UNIQUE INDEX owners_email_unique ON public.owners "
                   "USING btree (email)"),
    QStringLiteral("owners_pkey|CREATE UNIQUE INDEX owners_pkey ON public.owners USING btree (id)"),
    QStringLiteral(
        "owners_supabase_user_id_unique|CREATE UNIQUE INDEX owners_supabase_user_id_unique ON "
        "public.owners USING btree (supabase_user_id)"),
    QStringLiteral(
        "payments_pkey|CREATE UNIQUE INDEX payments_pkey ON public.payments USING btree (id)"),
    QStringLiteral(
        "payments_stripe_session_id_unique|CREATE UNIQUE INDEX payments_stripe_session_id_unique "
        "ON public.payments USING btree (stripe_session_id)"),
};

const QStringList kConstraints = {
    QStringLiteral("analytics_events|analytics_events_campaign_id_campaigns_id_fk|FOREIGN KEY "
                   "(campaign_id) REFERENCES campaigns(id)"),
    QStringLiteral("analytics_events|analytics_events_conversation_id_conversations_id_fk|FOREIGN "
                   "KEY (conversation_id) REFERENCES conversations(id)"),
    QStringLiteral("analytics_events|analytics_events_pkey|PRIMARY KEY (id)"),
    QStringLiteral("campaigns|campaigns_code_unique|UNIQUE (code)"),
    QStringLiteral(
        "campaigns|campaigns_owner_id_owners_id_fk|FOREIGN KEY (owner_id) REFERENCES owners(id)"),
    QStringLiteral("campaigns|campaigns_pkey|PRIMARY KEY (id)"),
    QStringLiteral("conversations|conversations_campaign_id_campaigns_id_fk|FOREIGN KEY "
                   "(campaign_id) REFERENCES campaigns(id)"),
    QStringLiteral("conversations|conversations_pkey|PRIMARY KEY (id)"),
    QStringLiteral("document_embeddings|document_embeddings_document_id_chunk_index_unique|UNIQUE "
                   "(document_id, chunk_index)"),
    QStringLiteral("document_embeddings|document_embeddings_document_id_documents_id_fk|FOREIGN "
                   "KEY (document_id) REFERENCES documents(id) ON DELETE CASCADE"),
    QStringLiteral("document_embeddings|document_embeddings_pkey|PRIMARY KEY (id)"),
    QStringLiteral(
        "documents|documents_owner_id_owners_id_fk|FOREIGN KEY (owner_id) REFERENCES owners(id)"),
    QStringLiteral("documents|documents_pkey|PRIMARY KEY (id)"),
    QStringLiteral("documents|documents_replaced_by_id_documents_id_fk|FOREIGN KEY "
                   "(replaced_by_id) REFERENCES documents(id)"),
    QStringLiteral("owners|owners_email_unique|UNIQUE (email)"),
    QStringLiteral("owners|owners_pkey|PRIMARY KEY (id)"),
    QStringLiteral("owners|owners_supabase_user_id_unique|UNIQUE (supabase_user_id)"),
    QStringLiteral("payments|payments_campaign_id_campaigns_id_fk|FOREIGN KEY (campaign_id) "
                   "REFERENCES campaigns(id)"),
    QStringLiteral("payments|payments_conversation_id_conversations_id_fk|FOREIGN KEY "
                   "(conversation_id) REFERENCES conversations(id)"),
    QStringLiteral("payments|payments_pkey|PRIMARY KEY (id)"),
    QStringLiteral("payments|payments_stripe_session_id_unique|UNIQUE (stripe_session_id)"),
};

const QString kChunkUnique = QStringLiteral("document_embeddings_document_id_chunk_index_unique");

QStringList withoutChunkUnique(QStringList list)
{
    list.removeIf([](const QString& l) { return l.contains(kChunkUnique); });
    return list;
}

const QStringList kOwnerDataTables = {
    QStringLiteral("analytics_events"), QStringLiteral("campaigns"),
    QStringLiteral("conversations"),    QStringLiteral("document_embeddings"),
    QStringLiteral("documents"),        QStringLiteral("owners"),
    QStringLiteral("payments"),
};

} // namespace

TEST_CASE("on an empty database the seed's files create exactly the seed's tables")
{
    auto conn =
        limitless::test::connect(limitless::test::freshDatabase(QStringLiteral("mig_empty")));
    MigrationFolder noAdditions;
    noAdditions.keepFirst(0);
    QStringList tags;
    {
        const DbError e =
            Migrator(*conn, MigrationSet::builtinSeed(), noAdditions.load()).migrate(&tags);
        INFO(e.toString().toStdString());
        REQUIRE_FALSE(e.isError());
    }
    CHECK(tags == tagsOf(MigrationSet::builtinSeed()));

    // The dashboard's own bookkeeping; the web project's drizzle journal is not created.
    CHECK(conn->exec(QStringLiteral("select to_regnamespace('drizzle') is null")).scalar().toBool());
    QStringList expectedRows;
    const MigrationSet seedSet = MigrationSet::builtinSeed();
    for (const Migration& m : seedSet.migrations())
        expectedRows << QStringLiteral("seed|%1|%2|%3").arg(m.tag, m.hash).arg(m.createdAt);
    CHECK(lines(conn->exec(QStringLiteral(
              "select set_name, tag, hash, created_at from limitless.schema_migrations "
              "order by created_at"))) == expectedRows);

    // Columns, types, NOT NULLs and defaults: the seed's, text ids gen_random_uuid() included.
    const bool pgvector =
        conn->exec(QStringLiteral("select exists (select 1 from pg_extension where extname = "
                                  "'vector')"))
            .scalar()
            .toBool();
    QStringList expectedColumns = kSeedColumns;
    expectedColumns.replaceInStrings(QStringLiteral("|EMBEDDING|"),
                                     pgvector ? QStringLiteral("|vector(1536)|")
                                              : QStringLiteral("|real[]|"));
    CHECK(lines(conn->exec(QStringLiteral(
              "select c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
              "coalesce(pg_get_expr(d.adbin, d.adrelid), '') "
              "from pg_attribute a join pg_class c on c.oid = a.attrelid "
              "left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum "
              "where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' "
              "and a.attnum > 0 and not a.attisdropped order by c.relname collate \"C\", "
              "a.attnum"))) == expectedColumns);

    // Indexes (names and definitions) and constraints: the seed's and nothing else.
    QStringList expectedIndexes = withoutChunkUnique(kIndexes);
    if (pgvector)
        expectedIndexes << QStringLiteral(
            "idx_document_embeddings_vector|CREATE INDEX idx_document_embeddings_vector ON "
            "public.document_embeddings USING hnsw (embedding vector_cosine_ops)");
    expectedIndexes.sort();
    CHECK(lines(conn->exec(QStringLiteral(
              "select i.relname, pg_get_indexdef(i.oid) from pg_index x "
              "join pg_class i on i.oid = x.indexrelid "
              "where i.relnamespace = 'public'::regnamespace order by i.relname collate \"C\""))) ==
          expectedIndexes);
    CHECK(lines(conn->exec(QStringLiteral(
              "select conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
              "from pg_constraint where connamespace = 'public'::regnamespace "
              "order by conrelid::regclass::text collate \"C\", conname collate \"C\""))) ==
          withoutChunkUnique(kConstraints));
    CHECK_FALSE(relationExists(*conn, QStringLiteral("public.checkpoints")));
    // No policies, no triggers, no row-level security: those are additions.
    CHECK(conn->exec(QStringLiteral("select count(*) from pg_policies")).scalar().toInt() == 0);
    CHECK(conn->exec(QStringLiteral("select count(*) from pg_trigger where not tgisinternal"))
              .scalar()
              .toInt() == 0);
}

TEST_CASE("the additions put row-level security, notifications and roll-ups next to the seed")
{
    auto conn =
        limitless::test::connect(limitless::test::freshDatabase(QStringLiteral("mig_additions")));
    QStringList tags;
    migrateAll(*conn, &tags);
    CHECK(tags == builtinTags());
    CHECK(bookkeepingRows(*conn) == builtinTags().size());
    // Everything of the dashboard's own lives in schema limitless; public has only the seed's
    // seven tables (drizzle-kit, which looks at public, sees no strays).
    CHECK(lines(conn->exec(QStringLiteral(
              "select relname from pg_class where relnamespace = 'public'::regnamespace "
              "and relkind in ('r', 'p', 'v', 'm') order by relname collate \"C\""))) ==
          kOwnerDataTables);
    CHECK(conn->exec(QStringLiteral("select count(*) from pg_proc where pronamespace = "
                                    "'public'::regnamespace and proname like 'limitless%'"))
              .scalar()
              .toInt() == 0);
    for (const char* name : {"limitless.analytics_daily_counts", "limitless.analytics_campaign_totals",
                             "limitless.analytics_payment_counts", "limitless.analytics_link_state"})
        CHECK(relationExists(*conn, QString::fromLatin1(name)));
    const auto additions = limitless::db::Additions::probe(*conn);
    CHECK(additions.all());
    // The chunk constraint is the one addition that is a constraint on a seed table.
    CHECK(lines(conn->exec(QStringLiteral(
              "select conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
              "from pg_constraint where connamespace = 'public'::regnamespace "
              "order by conrelid::regclass::text collate \"C\", conname collate \"C\""))) ==
          kConstraints);

    // Row-level security on every owner-data table, one policy each, for `authenticated`,
    // restricting reads and writes.
    CHECK(lines(conn->exec(QStringLiteral(
              "select relname from pg_class where relnamespace = 'public'::regnamespace "
              "and relkind = 'r' and relrowsecurity order by relname collate \"C\""))) ==
          kOwnerDataTables);
    QStringList expectedPolicies;
    for (const QString& t : kOwnerDataTables)
        expectedPolicies << t + QStringLiteral("|PERMISSIVE|ALL|authenticated|true|true");
    CHECK(lines(conn->exec(QStringLiteral(
              "select tablename, permissive, cmd, array_to_string(roles, ','), qual is not null, "
              "with_check is not null from pg_policies where schemaname = 'public' "
              "order by tablename collate \"C\""))) == expectedPolicies);
    for (const QString& t : kOwnerDataTables) {
        INFO(t.toStdString());
        // One privilege per call: a list would be true if any one of them were held.
        CHECK(conn->exec(QStringLiteral("select has_table_privilege('authenticated', $1, 'select') "
                                        "and has_table_privilege('authenticated', $1, 'insert') "
                                        "and has_table_privilege('authenticated', $1, 'update') "
                                        "and has_table_privilege('authenticated', $1, 'delete')"),
                         {QStringLiteral("public.") + t})
                  .scalar()
                  .toBool());
    }
    CHECK(conn->exec(QStringLiteral("select has_schema_privilege('authenticated', 'public', "
                                    "'usage') and has_schema_privilege('authenticated', "
                                    "'auth', 'usage')"))
              .scalar()
              .toBool());

    // The live-update triggers (the roll-up triggers are checked by the funnel tests).
    const QStringList triggers = lines(conn->exec(QStringLiteral(
        "select tgrelid::regclass::text, tgname from pg_trigger where not tgisinternal")));
    for (const char* t : {"analytics_events|analytics_events_notify_change",
                          "campaigns|campaigns_notify_change",
                          "conversations|conversations_notify_change",
                          "documents|documents_notify_change", "payments|payments_notify_change"})
        CHECK(triggers.contains(QString::fromLatin1(t)));
}

TEST_CASE("later migrations leave the seed's tables as they are")
{
    auto conn =
        limitless::test::connect(limitless::test::freshDatabase(QStringLiteral("mig_full")));
    QStringList tags;
    migrateAll(*conn, &tags);
    CHECK(tags == builtinTags());

    const bool pgvector =
        conn->exec(QStringLiteral("select exists (select 1 from pg_extension where extname = "
                                  "'vector')"))
            .scalar()
            .toBool();
    QStringList expectedColumns = kSeedColumns;
    expectedColumns.replaceInStrings(QStringLiteral("|EMBEDDING|"),
                                     pgvector ? QStringLiteral("|vector(1536)|")
                                              : QStringLiteral("|real[]|"));
    // Never renamed, retyped, dropped, nor given new columns: other programs share them.
    CHECK(lines(conn->exec(
              QStringLiteral(
                  "select c.relname, a.attname, format_type(a.atttypid, a.atttypmod), "
                  "a.attnotnull, coalesce(pg_get_expr(d.adbin, d.adrelid), '') "
                  "from pg_attribute a join pg_class c on c.oid = a.attrelid "
                  "left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum "
                  "where c.relnamespace = 'public'::regnamespace and c.relname = any($1) "
                  "and a.attnum > 0 and not a.attisdropped order by c.relname collate \"C\", "
                  "a.attnum"),
              {QVariant(kOwnerDataTables)})) == expectedColumns);
    // The seed's indexes and constraints are all still there.
    const QStringList indexes = lines(conn->exec(QStringLiteral(
        "select i.relname, pg_get_indexdef(i.oid) from pg_index x "
        "join pg_class i on i.oid = x.indexrelid where i.relnamespace = 'public'::regnamespace")));
    for (const QString& index : kIndexes)
        CHECK(indexes.contains(index));
    const QStringList constraints = lines(conn->exec(
        QStringLiteral("select conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
                       "from pg_constraint where connamespace = 'public'::regnamespace")));
    for (const QString& constraint : kConstraints)
        CHECK(constraints.contains(constraint));
    // Row-level security is still on for every owner-data table.
    CHECK(conn->exec(QStringLiteral("select count(*) from pg_class where relnamespace = "
                                    "'public'::regnamespace and relname = any($1) and "
                                    "relrowsecurity"),
                     {QVariant(kOwnerDataTables)})
              .scalar()
              .toInt() == kOwnerDataTables.size());
}

TEST_CASE("running the migrator again is a no-op")
{
    auto conn =
        limitless::test::connect(limitless::test::freshDatabase(QStringLiteral("mig_rerun")));
    migrateAll(*conn);
    const qint64 rows = bookkeepingRows(*conn);
    QStringList tags{QStringLiteral("stale")};
    migrateAll(*conn, &tags);
    CHECK(tags.isEmpty());
    CHECK(bookkeepingRows(*conn) == rows);
    DbError e;
    const Migrator::Plan plan = Migrator(*conn).plan(&e);
    CHECK_FALSE(e.isError());
    CHECK(plan.pending.isEmpty());
    CHECK(plan.seed == Migrator::Plan::Seed::Ours);
    CHECK(plan.appliedAdditions == additionTags().size());
}

TEST_CASE("a dry run lists the pending migrations and changes nothing")
{
    auto conn = limitless::test::connect(limitless::test::freshDatabase(QStringLiteral("mig_dry")));
    QStringList tags;
    const DbError e = Migrator(*conn).migrate(&tags, /*dryRun=*/true);
    INFO(e.toString().toStdString());
    REQUIRE_FALSE(e.isError());
    CHECK(tags == builtinTags());
    CHECK(conn->exec(QStringLiteral("select to_regnamespace('limitless') is null")).scalar().toBool());
    CHECK(
        conn->exec(QStringLiteral("select to_regnamespace('drizzle') is null")).scalar().toBool());
    CHECK_FALSE(relationExists(*conn, QStringLiteral("public.owners")));
}

TEST_CASE("newer migrations are applied on top of older ones")
{
    auto conn =
        limitless::test::connect(limitless::test::freshDatabase(QStringLiteral("mig_step")));
    MigrationFolder firstThree;
    firstThree.keepFirst(3);
    QStringList tags;
    REQUIRE_FALSE(
        Migrator(*conn, MigrationSet::builtinSeed(), firstThree.load()).migrate(&tags).isError());
    CHECK(tags == tagsOf(MigrationSet::builtinSeed()) + additionTags().mid(0, 3));
    CHECK_FALSE(relationExists(*conn, QStringLiteral("limitless.analytics_daily_counts")));

    DbError e;
    const Migrator::Plan plan = Migrator(*conn).plan(&e);
    REQUIRE_FALSE(e.isError());
    CHECK(plan.pending.size() == additionTags().size() - 3);
    migrateAll(*conn, &tags);
    CHECK(tags == additionTags().mid(3));
    CHECK(bookkeepingRows(*conn) == builtinTags().size());
}

TEST_CASE("an applied migration whose file changed is refused, naming the file")
{
    auto conn =
        limitless::test::connect(limitless::test::freshDatabase(QStringLiteral("mig_changed")));
    migrateAll(*conn);
    const qint64 rows = bookkeepingRows(*conn);

    MigrationFolder edited;
    edited.appendToFile(QStringLiteral("0003_embeddings_unique_chunk"), "-- a harmless comment\n");
    edited.append(QStringLiteral("0099_more"), "create table mig_more (id int);\n");
    Migrator migrator(*conn, MigrationSet::builtinSeed(), edited.load());

    DbError e;
    CHECK(migrator.plan(&e).pending.isEmpty());
    CHECK(e.kind == DbError::Kind::Migration);
    CHECK(e.message.contains(QStringLiteral("0003_embeddings_unique_chunk.sql")));
    CHECK(e.message.contains(QStringLiteral("changed")));

    QStringList tags;
    e = migrator.migrate(&tags);
    CHECK(e.kind == DbError::Kind::Migration);
    CHECK(e.message.contains(QStringLiteral("0003_embeddings_unique_chunk.sql")));
    CHECK(tags.isEmpty());
    // Refused before anything ran: the pending 0099 was not applied, nothing was "repaired".
    CHECK_FALSE(relationExists(*conn, QStringLiteral("limitless.mig_more")));
    CHECK(bookkeepingRows(*conn) == rows);
    const MigrationSet editedSet = edited.load();
    const QString editedHash =
        editedSet.findByTag(QStringLiteral("0003_embeddings_unique_chunk"))->hash;
    CHECK(conn->exec(QStringLiteral("select count(*) from limitless.schema_migrations where "
                                    "hash = $1"),
                     {editedHash})
              .scalar()
              .toInt() == 0);
}

TEST_CASE("a database migrated by a newer version is refused")
{
    auto conn =
        limitless::test::connect(limitless::test::freshDatabase(QStringLiteral("mig_newer")));
    migrateAll(*conn);

    SECTION("this build lacks the newest applied migrations")
    {
        MigrationFolder older;
        older.keepFirst(2);
        DbError e;
        Migrator(*conn, MigrationSet::builtinSeed(), older.load()).plan(&e);
        CHECK(e.kind == DbError::Kind::Migration);
        CHECK(e.message.contains(QStringLiteral("newer version")));
        CHECK(e.message.contains(QStringLiteral("Update the app")));
        e = Migrator(*conn, MigrationSet::builtinSeed(), older.load()).migrate();
        CHECK(e.kind == DbError::Kind::Migration);
    }
    SECTION("an applied row that no file of this build has")
    {
        const auto insert = conn->exec(
            QStringLiteral("insert into limitless.schema_migrations (set_name, tag, hash, "
                           "created_at) values ('additions', '0099_from_the_future', $1, $2)"),
            {QStringLiteral("0000000000000000000000000000000000000000000000000000000000000000"),
             qint64(4102444800000)});
        REQUIRE(insert.ok());
        const qint64 rows = bookkeepingRows(*conn);
        const DbError e = Migrator(*conn).migrate();
        CHECK(e.kind == DbError::Kind::Migration);
        CHECK(e.message.contains(QStringLiteral("0099_from_the_future")));
        CHECK(e.message.contains(QStringLiteral("newer version")));
        CHECK(bookkeepingRows(*conn) == rows);
    }
}

TEST_CASE("a known migration that was skipped over is refused, not silently left out")
{
    auto conn = limitless::test::connect(limitless::test::freshDatabase(QStringLiteral("mig_gap")));
    MigrationFolder withoutNotifications;
    withoutNotifications.dropEntry(QStringLiteral("0002_live_notifications"));
    REQUIRE_FALSE(Migrator(*conn, MigrationSet::builtinSeed(), withoutNotifications.load())
                      .migrate()
                      .isError());
    const DbError e = Migrator(*conn).migrate();
    CHECK(e.kind == DbError::Kind::Migration);
    CHECK(e.message.contains(QStringLiteral("0002_live_notifications.sql")));
}

TEST_CASE("a failing migration rolls every pending migration back")
{
    auto conn =
        limitless::test::connect(limitless::test::freshDatabase(QStringLiteral("mig_broken")));
    MigrationFolder broken;
    broken.append(QStringLiteral("0099_broken"),
                  "create table mig_broken_first (id int);\n--> statement-breakpoint\n"
                  "insert into mig_no_such_table values (1);\n");
    QStringList tags;
    const DbError e = Migrator(*conn, MigrationSet::builtinSeed(), broken.load()).migrate(&tags);
    REQUIRE(e.isError());
    CHECK(e.sqlState == QStringLiteral("42P01"));
    CHECK(e.message.contains(QStringLiteral("0099_broken.sql")));
    CHECK(e.message.contains(QStringLiteral("statement 2 of 2")));
    CHECK(tags.isEmpty());
    CHECK(conn->transactionStatus() == PQTRANS_IDLE);
    CHECK_FALSE(relationExists(*conn, QStringLiteral("public.owners")));
    CHECK_FALSE(relationExists(*conn, QStringLiteral("limitless.mig_broken_first")));
    CHECK_FALSE(relationExists(*conn, QStringLiteral("limitless.schema_migrations")));

    // Fixed in a later build: the same database migrates cleanly.
    migrateAll(*conn, &tags);
    CHECK(tags == builtinTags());
}

TEST_CASE("empty and comment-only statements are accepted, as drizzle accepts them")
{
    auto conn =
        limitless::test::connect(limitless::test::freshDatabase(QStringLiteral("mig_blank")));
    MigrationFolder folder;
    folder.keepFirst(1);
    folder.append(QStringLiteral("0099_blank"),
                  "-- only a comment\n--> statement-breakpoint\n"
                  "create table mig_blank (id int);--> statement-breakpoint\n");
    QStringList tags;
    const DbError e = Migrator(*conn, MigrationSet::builtinSeed(), folder.load()).migrate(&tags);
    INFO(e.toString().toStdString());
    REQUIRE_FALSE(e.isError());
    CHECK(tags == tagsOf(MigrationSet::builtinSeed()) +
                      QStringList{QStringLiteral("additions/0001_schema_and_row_security"),
                                  QStringLiteral("additions/0099_blank")});
    CHECK(relationExists(*conn, QStringLiteral("limitless.mig_blank")));
}

TEST_CASE("two migrators at once: one applies, the other waits and finds nothing to do")
{
    const QString url = limitless::test::freshDatabase(QStringLiteral("mig_race"));
    struct Outcome {
        DbError error;
        QStringList tags;
    };
    Outcome outcomes[2];
    auto work = [&url](Outcome* out) {
        auto conn = PgConnection::open(url, &out->error);
        if (conn)
            out->error = Migrator(*conn).migrate(&out->tags);
    };
    std::thread a(work, &outcomes[0]);
    std::thread b(work, &outcomes[1]);
    a.join();
    b.join();
    for (const Outcome& o : outcomes) {
        INFO(o.error.toString().toStdString());
        CHECK_FALSE(o.error.isError());
    }
    const QStringList all = outcomes[0].tags + outcomes[1].tags;
    CHECK(all.size() == builtinTags().size());
    CHECK((outcomes[0].tags.isEmpty() || outcomes[1].tags.isEmpty()));
    auto conn = limitless::test::connect(url);
    CHECK(bookkeepingRows(*conn) == builtinTags().size());
}

TEST_CASE("the migrator reports a broken migration set and refuses an open transaction")
{
    auto conn =
        limitless::test::connect(limitless::test::freshDatabase(QStringLiteral("mig_misc")));
    QTemporaryDir empty;
    const MigrationSet none = MigrationSet::load(empty.path());
    DbError e = Migrator(*conn, none).migrate();
    CHECK(e.kind == DbError::Kind::Migration);
    CHECK(e.message.contains(QStringLiteral("_journal.json")));
    Migrator(*conn, MigrationSet::builtinSeed(), none).plan(&e);
    CHECK(e.kind == DbError::Kind::Migration);

    REQUIRE(conn->execScript(QStringLiteral("begin")).ok());
    e = Migrator(*conn).migrate();
    CHECK(e.kind == DbError::Kind::Migration);
    REQUIRE(conn->execScript(QStringLiteral("rollback")).ok());
    CHECK_FALSE(relationExists(*conn, QStringLiteral("public.owners")));
}
