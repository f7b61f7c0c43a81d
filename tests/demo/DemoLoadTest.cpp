// The demo business as loaded into PostgreSQL: every consistency rule checked in SQL, the same
// seed giving identical tables in two databases, --if-empty, and the bench queries on it.
#include "DemoDatabase.h"
#include "TestDatabase.h"
#include "bench/DbBench.h"
#include "db/PgConnection.h"
#include "demo/DemoBusiness.h"
#include "demo/DemoLoader.h"

#include <catch2/catch.hpp>

using namespace limitless;

namespace {

// Runs a query that lists violations; none expected. Shows the first ones when it fails.
void expectNone(db::PgConnection& conn, const char* what, const QString& sql)
{
    const db::QueryResult r = conn.exec(sql);
    INFO(what << ": " << r.error.toString().toStdString());
    REQUIRE(r.ok());
    QString sample;
    for (int i = 0; i < std::min(3, r.rowCount()); ++i) {
        QStringList cells;
        for (const QVariant& v : r.rows.at(i))
            cells << v.toString();
        sample += cells.join(QStringLiteral(" | ")) + QStringLiteral("\n");
    }
    INFO(what << " — first violations:\n" << sample.toStdString());
    CHECK(r.rowCount() == 0);
}

qint64 number(db::PgConnection& conn, const QString& sql)
{
    const db::QueryResult r = conn.exec(sql);
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
    return r.scalar().toLongLong();
}

// md5 of every loaded table's rows in a fixed order.
QStringList digests(db::PgConnection& conn)
{
    const QStringList queries = {
        QStringLiteral("select md5(string_agg(t::text, '|' order by t.id)) from owners t"),
        QStringLiteral("select md5(string_agg(t::text, '|' order by t.id)) from campaigns t"),
        QStringLiteral("select md5(string_agg(t::text, '|' order by t.id)) from conversations t"),
        QStringLiteral(
            "select md5(string_agg(t::text, '|' order by t.id)) from analytics_events t"),
        QStringLiteral("select md5(string_agg(t::text, '|' order by t.id)) from payments t"),
        QStringLiteral("select md5(string_agg(t::text, '|' order by t.id)) from documents t"),
        QStringLiteral(
            "select md5(string_agg(t::text, '|' order by t.id)) from document_embeddings t"),
        QStringLiteral("select md5(string_agg(t::text, '|' order by t.thread_id, "
                       "t.checkpoint_id)) from checkpoints t"),
        QStringLiteral("select md5(string_agg(t::text, '|' order by t.thread_id, t.channel, "
                       "t.version)) from checkpoint_blobs t"),
        QStringLiteral("select md5(string_agg(t::text, '|' order by t.day, t.campaign_id, "
                       "t.event_type, t.detail)) from limitless.analytics_daily_counts t"),
        QStringLiteral("select md5(string_agg(t::text, '|' order by t.day, t.campaign_id, "
                       "t.kind, t.currency)) from limitless.analytics_payment_counts t"),
    };
    QStringList out;
    for (const QString& q : queries) {
        const db::QueryResult r = conn.exec(q);
        INFO(q.toStdString() << ": " << r.error.toString().toStdString());
        REQUIRE(r.ok());
        out << r.scalar().toString();
    }
    return out;
}

// The latest checkpoint of each conversation's thread with its channel values (json blobs).
// Threads that are not conversations (the interop test's scratch copy) are left out.
const QString kLatestState = QStringLiteral(R"(
    with latest as (
        select distinct on (thread_id) thread_id, checkpoint_ns, checkpoint_id, checkpoint
        from checkpoints where checkpoint_ns = '' and thread_id in (select id from conversations)
        order by thread_id, checkpoint_id desc),
    state as (
        select l.thread_id, jsonb_object_agg(b.channel, convert_from(b.blob, 'UTF8')::jsonb) s
        from latest l
        cross join lateral jsonb_each_text(l.checkpoint -> 'channel_versions') v(channel, version)
        join checkpoint_blobs b on b.thread_id = l.thread_id and b.checkpoint_ns = l.checkpoint_ns
             and b.channel = v.channel and b.version = v.version and b.type = 'json'
        group by l.thread_id)
)");

} // namespace

TEST_CASE("demo database is ready")
{
    auto conn = test::connect(test::demoFixtureUrl());
    CHECK(number(*conn, QStringLiteral("select count(*) from conversations")) ==
          demo::DemoBusiness::conversationsFor(demo::Scale::Small));
    CHECK(number(*conn, QStringLiteral("select count(*) from analytics_events")) ==
          demo::DemoBusiness::eventsFor(demo::Scale::Small));
}

TEST_CASE("demo: the existing single owner owns everything")
{
    auto conn = test::connect(test::demoFixtureUrl());
    CHECK(number(*conn, QStringLiteral("select count(*) from owners")) == 1);
    CHECK(number(*conn, QStringLiteral("select count(*) from campaigns c join owners o on "
                                       "o.id = c.owner_id where o.email = 'owner@sandbox.test'")) ==
          8);
    CHECK(number(*conn, QStringLiteral("select count(*) from documents d join owners o on "
                                       "o.id = d.owner_id")) == 6);
}

TEST_CASE("demo: campaigns look real and their counters equal the event counts")
{
    auto conn = test::connect(test::demoFixtureUrl());
    expectNone(*conn, "codes",
               QStringLiteral("select code from campaigns where code !~ "
                              "'^[2-9A-HJKMNP-Z]{6}$'"));
    CHECK(number(*conn, QStringLiteral("select count(distinct platform) from campaigns where "
                                       "platform in ('instagram','facebook','youtube')")) == 3);
    CHECK(number(*conn, QStringLiteral("select count(*) from campaigns where not is_active")) >= 1);
    CHECK(number(*conn, QStringLiteral("select count(*) from campaigns where description is "
                                       "null or name not like '% – %'")) == 0);
    expectNone(*conn, "counters", QStringLiteral(R"(
        select c.code, c.total_clicks, c.total_conversations, c.total_qualified,
               c.total_conversions, e.clicks, e.started, e.qualified, e.paid
        from campaigns c
        left join lateral (
            select count(*) filter (where event_type = 'campaign_click') clicks,
                   count(*) filter (where event_type = 'conversation_started') started,
                   count(*) filter (where event_type = 'qualified') qualified,
                   count(*) filter (where event_type = 'payment_completed') paid
            from analytics_events where campaign_id = c.id) e on true
        where (c.total_clicks, c.total_conversations, c.total_qualified, c.total_conversions)
              is distinct from (e.clicks, e.started, e.qualified, e.paid)
           or c.total_conversations <> (select count(*) from conversations v
                                        where v.campaign_id = c.id)
           or c.total_conversions <> (select count(*) from payments p where p.campaign_id = c.id
                                      and p.payment_status in ('completed', 'refunded'))
           or c.total_clicks <= c.total_conversations)"));
}

TEST_CASE("demo: the funnel narrows per campaign and per day")
{
    auto conn = test::connect(test::demoFixtureUrl());
    const QString funnel = QStringLiteral(R"(
        with f as (
            select %1 as k, created_at::date as day,
                   count(*) filter (where event_type = 'campaign_click') clicks,
                   count(*) filter (where event_type = 'conversation_started') started,
                   count(*) filter (where event_type = 'qualified') qualified,
                   count(*) filter (where event_type = 'pitch_delivered') pitched,
                   count(*) filter (where event_type = 'payment_completed') paid
            from analytics_events group by 1, 2)
        select * from f
        where not (clicks >= started and started >= qualified and qualified >= pitched
                   and pitched >= paid))");
    expectNone(*conn, "per campaign and day", funnel.arg(QStringLiteral("campaign_id")));
    expectNone(*conn, "per day", funnel.arg(QStringLiteral("'all'")));
    CHECK(number(*conn, QStringLiteral("select count(distinct created_at::date) from "
                                       "analytics_events")) >= 80);
}

TEST_CASE("demo: events follow each conversation's timeline")
{
    auto conn = test::connect(test::demoFixtureUrl());
    expectNone(*conn, "one start per conversation, at its creation", QStringLiteral(R"(
        select v.id from conversations v
        where (select count(*) from analytics_events e where e.conversation_id = v.id
               and e.event_type = 'conversation_started' and e.created_at = v.created_at) <> 1)"));
    expectNone(*conn, "flags match events", QStringLiteral(R"(
        select v.id, v.qualified, v.pitch_delivered, v.payment_completed
        from conversations v
        left join lateral (
            select count(*) filter (where event_type = 'qualified') q,
                   count(*) filter (where event_type = 'pitch_delivered') p,
                   count(*) filter (where event_type = 'payment_completed') c
            from analytics_events e where e.conversation_id = v.id) e on true
        where e.q <> v.qualified::int or e.p <> v.pitch_delivered::int
           or e.c <> v.payment_completed::int
           or (v.pitch_delivered and not v.qualified))"));
    expectNone(*conn, "events within the conversation and its day", QStringLiteral(R"(
        select e.id from analytics_events e join conversations v on v.id = e.conversation_id
        where e.created_at < v.created_at or e.created_at > v.last_message_at
           or e.created_at::date <> v.created_at::date or e.campaign_id <> v.campaign_id)"));
    expectNone(*conn, "objection types", QStringLiteral(R"(
        select id from analytics_events where event_type = 'objection_raised'
        and event_data ->> 'objection_type' not in ('price', 'timing', 'trust', 'need_to_think'))"));
    expectNone(*conn, "payment events carry plan and amount", QStringLiteral(R"(
        select e.id from analytics_events e join conversations v on v.id = e.conversation_id
        where e.event_type = 'payment_completed'
          and (e.event_data ->> 'plan' is distinct from v.preferred_plan
               or (e.event_data ->> 'amount')::int <= 0))"));
    expectNone(*conn, "dates", QStringLiteral(R"(
        select id from analytics_events
        where created_at >= '2025-06-01' or created_at < '2025-06-01'::timestamp - interval '90 days')"));
}

TEST_CASE("demo: every stage is present and the conversation fields fit it")
{
    auto conn = test::connect(test::demoFixtureUrl());
    CHECK(number(*conn,
                 QStringLiteral("select count(distinct current_stage) from conversations where "
                                "current_stage in ('greeting', 'qualification', 'pitch', "
                                "'objection_handling', 'close', 'complete', 'nurture')")) == 7);
    expectNone(*conn, "stage rules", QStringLiteral(R"(
        select id, current_stage from conversations where
            ((current_stage in ('complete', 'nurture')) <> (completed_at is not null))
         or (current_stage = 'complete' and not (payment_completed and payment_link_sent))
         or (current_stage in ('pitch', 'objection_handling', 'close', 'complete')
             and not (qualified and pitch_delivered))
         or (current_stage = 'greeting' and (business_type is not null or qualified))
         or (payment_link_sent <> (preferred_plan is not null))
         or (payment_link_sent and email is null)
         or (pitch_delivered <> (pitch_type in ('warm', 'cold')) )
         or (pitch_type is not null and not pitch_delivered)
         or (preferred_plan not in ('option1', 'option2'))
         or (qualified and qualification_score < 0.6)
         or (monthly_revenue is not null and monthly_revenue !~ '^(<\$5k|\$[0-9]+k(–\$[0-9]+k|\+))$')
         or last_message_at < created_at or instagram_handle !~ '^[a-z0-9._]+$')"));
    CHECK(number(*conn, QStringLiteral("select count(*) from conversations where followup_count "
                                       "> 0")) > 0);
    CHECK(number(*conn, QStringLiteral("select count(*) from conversations where email is not "
                                       "null and not payment_link_sent")) > 0);
}

TEST_CASE("demo: payments follow the conversations")
{
    auto conn = test::connect(test::demoFixtureUrl());
    expectNone(*conn, "payment rows", QStringLiteral(R"(
        select p.id, p.payment_status from payments p join conversations v on v.id = p.conversation_id
        where p.campaign_id <> v.campaign_id or p.email <> v.email
           or p.instagram_handle <> v.instagram_handle or p.plan <> v.preferred_plan
           or p.currency <> 'usd' or p.stripe_session_id !~ '^cs_test_[A-Za-z0-9]{58}$'
           or (p.plan = 'option1' and (p.amount_monthly <> 29700 or p.amount_onetime <> 199700))
           or (p.plan = 'option2' and (p.amount_monthly <> 69700 or p.amount_onetime is not null))
           or ((p.payment_status in ('completed', 'refunded')) <> v.payment_completed)
           or ((p.payment_status in ('completed', 'refunded')) <> (p.completed_at is not null))
           or p.payment_status not in ('completed', 'refunded', 'pending', 'failed')
           or not v.payment_link_sent)"));
    expectNone(*conn, "every paid conversation has one payment", QStringLiteral(R"(
        select v.id from conversations v where v.payment_completed and
        (select count(*) from payments p where p.conversation_id = v.id
         and p.payment_status in ('completed', 'refunded')) <> 1)"));
    CHECK(number(*conn, QStringLiteral("select count(distinct payment_status) from payments")) ==
          4);
}

TEST_CASE("demo: transcripts are LangGraph.js checkpoints that match the conversation rows")
{
    auto conn = test::connect(test::demoFixtureUrl());
    expectNone(*conn, "every conversation has checkpoints, one per stage", QStringLiteral(R"(
        select v.id from conversations v
        where not exists (select 1 from checkpoints c where c.thread_id = v.id))"));
    expectNone(*conn, "checkpoint format", QStringLiteral(R"(
        select thread_id, checkpoint_id from checkpoints
        where thread_id in (select id from conversations) and ((checkpoint ->> 'v')::int <> 4 or checkpoint ->> 'id' <> checkpoint_id
           or checkpoint ? 'channel_values' or type is not null
           or jsonb_typeof(checkpoint -> 'channel_versions' -> 'messages') <> 'number'
           or metadata ->> 'source' <> 'loop' or metadata -> 'parents' <> '{}'::jsonb
           or checkpoint_id !~ '^[0-9a-f]{8}-[0-9a-f]{4}-6[0-9a-f]{3}-[89a-f][0-9a-f]{3}-[0-9a-f]{12}$'))"));
    expectNone(*conn, "blobs are json",
               QStringLiteral("select thread_id, channel from checkpoint_blobs where thread_id in "
                              "(select id from conversations) and (type <> 'json' or blob is "
                              "null)"));
    expectNone(*conn, "history chain", QStringLiteral(R"(
        select c.thread_id, c.checkpoint_id from checkpoints c
        where c.thread_id in (select id from conversations)
          and (c.metadata ->> 'step')::int > 0 and not exists (
            select 1 from checkpoints p where p.thread_id = c.thread_id
            and p.checkpoint_id = c.parent_checkpoint_id and p.checkpoint_id < c.checkpoint_id))"));
    expectNone(*conn, "latest state equals the row", kLatestState + QStringLiteral(R"(
        select v.id from conversations v join state st on st.thread_id = v.id
        where st.s -> 'current_stage' <> to_jsonb(v.current_stage)
           or st.s -> 'qualified' <> to_jsonb(v.qualified)
           or round((st.s ->> 'qualification_score')::numeric, 2)
              <> round(v.qualification_score::numeric, 2)
           or (st.s -> 'business_type') is distinct from to_jsonb(v.business_type)
           or (st.s -> 'monthly_revenue') is distinct from to_jsonb(v.monthly_revenue)
           or (st.s -> 'main_pain_point') is distinct from to_jsonb(v.main_pain_point)
           or st.s -> 'pitch_delivered' <> to_jsonb(v.pitch_delivered)
           or (st.s -> 'pitch_type') is distinct from to_jsonb(v.pitch_type)
           or st.s -> 'payment_link_sent' <> to_jsonb(v.payment_link_sent)
           or st.s -> 'payment_completed' <> to_jsonb(v.payment_completed)
           or (st.s -> 'preferred_plan') is distinct from to_jsonb(v.preferred_plan)
           or (st.s -> 'email') is distinct from to_jsonb(v.email)
           or st.s -> 'followup_count' <> to_jsonb(v.followup_count)
           or jsonb_array_length(st.s -> 'messages') <> v.total_messages)"));
    expectNone(*conn, "messages are LangChain constructors", kLatestState + QStringLiteral(R"(
        select st.thread_id, m from state st cross join jsonb_array_elements(st.s -> 'messages') m
        where m ->> 'lc' <> '1' or m ->> 'type' <> 'constructor'
           or m -> 'id' ->> 0 <> 'langchain_core' or m -> 'id' ->> 1 <> 'messages'
           or m -> 'id' ->> 2 not in ('HumanMessage', 'AIMessage', 'ToolMessage')
           or jsonb_typeof(m -> 'kwargs' -> 'content') <> 'string'
           or (m -> 'kwargs' ? 'type')
           or (m -> 'id' ->> 2 = 'AIMessage' and jsonb_typeof(m -> 'kwargs' -> 'tool_calls') <> 'array'))"));
    expectNone(*conn, "payment link tool call and result", kLatestState + QStringLiteral(R"(
        select v.id from conversations v join state st on st.thread_id = v.id
        where v.payment_link_sent and not exists (
            select 1 from jsonb_array_elements(st.s -> 'messages') a
            cross join jsonb_array_elements(a -> 'kwargs' -> 'tool_calls') call
            join jsonb_array_elements(st.s -> 'messages') t
              on t -> 'id' ->> 2 = 'ToolMessage'
             and t -> 'kwargs' ->> 'tool_call_id' = call ->> 'id'
            where call ->> 'name' = 'send_payment_link'
              and call -> 'args' ->> 'plan' = v.preferred_plan
              and call -> 'args' ->> 'email' = v.email
              and (not exists (select 1 from payments p where p.conversation_id = v.id)
                   or t -> 'kwargs' ->> 'content' like '%' || (select p.stripe_session_id
                      from payments p where p.conversation_id = v.id) || '%')))"));
    expectNone(*conn, "stage history", QStringLiteral(R"(
        with h as (
            select c.thread_id, c.checkpoint_id,
                   convert_from(b.blob, 'UTF8')::jsonb #>> '{}' as stage,
                   row_number() over (partition by c.thread_id order by c.checkpoint_id) n,
                   count(*) over (partition by c.thread_id) total
            from checkpoints c join checkpoint_blobs b on b.thread_id = c.thread_id
             and b.channel = 'current_stage'
             and b.version = c.checkpoint -> 'channel_versions' ->> 'current_stage'
            where c.thread_id in (select id from conversations))
        select h.thread_id from h join conversations v on v.id = h.thread_id
        where (h.n = 1 and h.stage <> 'greeting') or (h.n = h.total and h.stage <> v.current_stage)
        union all
        select thread_id from h group by thread_id having count(distinct stage) <> count(*))"));
}

TEST_CASE("demo: documents are processed, with unit-length 1536-dimension embeddings")
{
    auto conn = test::connect(test::demoFixtureUrl());
    CHECK(number(*conn, QStringLiteral("select count(distinct category) from documents where "
                                       "category in ('pitch', 'objection', 'faq', "
                                       "'product_info')")) == 4);
    expectNone(*conn, "documents", QStringLiteral(R"(
        select d.id from documents d
        where d.processing_status <> 'completed' or not d.embeddings_created
           or d.processed_at is null or d.file_size <= 0 or jsonb_typeof(d.tags) <> 'array'
           or d.total_chunks <> (select count(*) from document_embeddings e where e.document_id = d.id))"));
    expectNone(*conn, "embeddings", QStringLiteral(R"(
        select e.id from document_embeddings e
        cross join lateral (select count(*) n, sqrt(sum(x * x)) norm
                            from unnest(e.embedding::real[]) x) s
        where s.n <> 1536 or abs(s.norm - 1) > 1e-4 or e.chunk_text = '')"));
}

TEST_CASE("demo: the same seed gives identical databases")
{
    demo::DemoOptions options;
    options.seed = 7;
    options.nowMsecs = test::kDemoNowMsecs;
    QList<QStringList> results;
    for (const QString& name : {QStringLiteral("demo_det_a"), QStringLiteral("demo_det_b")}) {
        auto conn = test::connect(test::bootstrapDatabase(name, false));
        demo::DemoLoader::Report report;
        const db::DbError e = demo::DemoLoader(*conn).load(options, false, &report);
        INFO(e.toString().toStdString());
        REQUIRE_FALSE(e.isError());
        CHECK(report.ownerCreated);
        CHECK(report.ownerId == QStringLiteral("owner-001"));
        results.append(digests(*conn));
    }
    CHECK(results[0] == results[1]);
    for (const QString& d : results[0])
        CHECK_FALSE(d.isEmpty());
}

TEST_CASE("demo: --if-empty leaves a loaded database alone, a second load is refused")
{
    auto conn = test::connect(test::demoFixtureUrl());
    demo::DemoOptions options;
    options.nowMsecs = test::kDemoNowMsecs;
    demo::DemoLoader::Report report;
    REQUIRE_FALSE(demo::DemoLoader(*conn).load(options, true, &report).isError());
    CHECK(report.skipped);
    const db::DbError again = demo::DemoLoader(*conn).load(options, false, &report);
    CHECK(again.isError());
    CHECK(number(*conn, QStringLiteral("select count(*) from campaigns")) == 8);
}

TEST_CASE("demo: the daily roll-up equals the events")
{
    auto conn = test::connect(test::demoFixtureUrl());
    expectNone(*conn, "roll-up", QStringLiteral(R"(
        select coalesce(a.day, b.day), coalesce(a.event_type, b.event_type), a.n, b.n
        from (select created_at::date as day, campaign_id, event_type, count(*) as n
              from analytics_events group by 1, 2, 3) a
        full join (select day, campaign_id, event_type, sum(count) as n
                   from limitless.analytics_daily_counts group by 1, 2, 3 having sum(count) <> 0) b
          on a.day = b.day and a.campaign_id is not distinct from b.campaign_id
         and a.event_type = b.event_type
        where a.n is distinct from b.n)"));
}

TEST_CASE("bench db runs its queries on the demo data")
{
    auto conn = test::connect(test::demoFixtureUrl());
    bench::DbBench bench(*conn);
    QList<bench::DbBench::Figure> figures;
    bench::DbBench::DataSize size;
    const db::DbError e = bench.run(5, &figures, &size);
    INFO(e.toString().toStdString());
    REQUIRE_FALSE(e.isError());
    REQUIRE(figures.size() == 4);
    for (const auto& f : figures) {
        INFO(f.key.toStdString());
        CHECK(f.samples == 5);
        CHECK(f.rows > 0);
        CHECK(f.p50Ms <= f.p95Ms);
    }
    CHECK(size.windowEnd == QStringLiteral("2025-06-01"));
}
