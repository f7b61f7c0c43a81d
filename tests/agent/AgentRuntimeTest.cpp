// The agent runtime on the test cluster (its own copy of the demo business, agent_fixture: its
// owner, its documents for retrieval): whole offline conversations stored as LangGraph checkpoints
// with their events and conversations row, turns that fail leaving nothing, forks, determinism and
// the guard rails.
#include "../demo/DemoDatabase.h"
#include "../migrate/CatchQt.h"

#include "TestDatabase.h"

#include "agent/AgentBench.h"
#include "agent/AgentRuntime.h"
#include "agent/OfflinePolicy.h"
#include "agent/StateChannels.h"
#include "bench/OwnerClaims.h"
#include "db/PgConnection.h"
#include "knowledge/OfflineEmbedder.h"
#include "knowledge/Retriever.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

using namespace limitless;
using namespace limitless::agent;

namespace {

QString agentFixtureUrl()
{
    static const QString url = test::demoDatabaseUrl(QStringLiteral("agent_fixture"));
    return url;
}

const QStringList kSale = {
    QStringLiteral("Hey! Saw your reel about filling the calendar"),
    QStringLiteral("I own a dental clinic in Austin."),
    QStringLiteral("About $30k a month, give or take."),
    QStringLiteral("People book calls and then don't show up. Maybe 40% show."),
    QStringLiteral("Honestly it sounds good but it's more than I was hoping to spend."),
    QStringLiteral("Ok, let's do it — I'll go with Option 1."),
    QStringLiteral("Sure: sarah@smiles.com"),
};

struct Fixture {
    std::unique_ptr<db::PgConnection> conn;
    QString owner;
    knowledge::OfflineEmbedder embedder;
    std::unique_ptr<knowledge::Retriever> retriever;
    OfflinePolicy policy;
    std::unique_ptr<AgentRuntime> runtime;

    Fixture()
    {
        conn = test::connect(agentFixtureUrl());
        const db::QueryResult o = conn->exec(QStringLiteral("select id from owners limit 1"));
        REQUIRE(o.ok());
        owner = o.value(0, 0).toString();
        retriever = std::make_unique<knowledge::Retriever>(*conn, embedder);
        runtime =
            std::make_unique<AgentRuntime>(*conn, owner, QByteArray(), policy, retriever.get());
    }

    QString start()
    {
        QString error;
        const QString id = runtime->startThread({}, &error);
        INFO(error.toStdString());
        REQUIRE_FALSE(id.isEmpty());
        return id;
    }

    int count(const QString& sql, const QString& thread)
    {
        const db::QueryResult r = conn->exec(sql, {thread});
        INFO(r.error.toString().toStdString());
        REQUIRE(r.ok());
        return r.value(0, 0).toInt();
    }
    int checkpoints(const QString& thread)
    {
        return count(QStringLiteral("select count(*) from checkpoints where thread_id = $1"),
                     thread);
    }
};

TurnResult send(AgentRuntime& runtime, const QString& thread, const QString& text)
{
    TurnResult r = runtime.sendMessage(thread, text);
    INFO(r.error.toStdString());
    REQUIRE(r.ok());
    return r;
}

} // namespace

TEST_CASE("agent database is ready")
{
    auto conn = test::connect(agentFixtureUrl());
    CHECK(conn->exec(QStringLiteral("select count(*) from document_embeddings")).scalar().toInt() >
          0);
}

TEST_CASE("an offline conversation closes: stages, events and the conversations row")
{
    Fixture f;
    const QString thread = f.start();
    QStringList stages;
    QStringList nodes;
    TurnResult last;
    for (const QString& line : kSale) {
        last = send(*f.runtime, thread, line);
        stages << last.state.currentStage;
        nodes += last.nodePath;
    }
    CHECK(stages == QStringList{"greeting", "qualification", "qualification", "pitch",
                                "objection_handling", "close", "close"});
    CHECK(nodes == QStringList{"greeting", "qualification", "qualification", "qualification",
                               "pitch", "objection_handling", "close", "close"});
    CHECK(last.paymentLink.startsWith(QLatin1String("https://checkout.stripe.com/c/pay/cs_test_")));
    CHECK(last.reply.contains(QLatin1String("test link")));
    const TurnResult paid = f.runtime->simulatePayment(thread);
    REQUIRE(paid.ok());
    CHECK(paid.state.currentStage == QLatin1String("complete"));
    CHECK(paid.state.paymentCompleted);
    CHECK(paid.notices.join(' ').contains(QLatin1String("Simulated")));

    // The pitch and the objection answer cite the owner's documents, with scores.
    const AgentState& s = paid.state;
    CHECK(s.qualified);
    CHECK(s.qualificationScore == Approx(0.76));
    CHECK(s.pitchType == QLatin1String("warm"));
    CHECK(s.preferredPlan == QLatin1String("option1"));
    CHECK(s.email == QLatin1String("sarah@smiles.com"));

    const db::QueryResult events =
        f.conn->exec(QStringLiteral("select event_type, event_data::text from analytics_events "
                                    "where conversation_id = $1 order by created_at, event_type"),
                     {thread});
    REQUIRE(events.ok());
    QStringList types;
    for (int i = 0; i < events.rowCount(); ++i)
        types << events.value(i, 0).toString();
    types.sort();
    CHECK(types == QStringList{"conversation_started", "objection_raised", "payment_completed",
                               "pitch_delivered", "qualified"});
    for (int i = 0; i < events.rowCount(); ++i) {
        const QJsonObject d =
            QJsonDocument::fromJson(events.value(i, 1).toString().toUtf8()).object();
        const QString type = events.value(i, 0).toString();
        if (type == QLatin1String("qualified")) {
            CHECK(d.value(QStringLiteral("score")).toDouble() == Approx(0.76));
            CHECK(d.value(QStringLiteral("monthly_revenue")).toString() ==
                  QStringLiteral("$25k–$50k"));
        } else if (type == QLatin1String("objection_raised")) {
            CHECK(d.value(QStringLiteral("objection_type")).toString() == QLatin1String("price"));
        } else if (type == QLatin1String("payment_completed")) {
            CHECK(d.value(QStringLiteral("amount")).toInt() == 29700 + 199700);
            CHECK(d.value(QStringLiteral("simulated")).toBool());
        } else if (type == QLatin1String("pitch_delivered")) {
            CHECK(d.value(QStringLiteral("pitch_type")).toString() == QLatin1String("warm"));
        }
    }

    // The conversations row is the state.
    const db::QueryResult row = f.conn->exec(
        QStringLiteral("select current_stage, qualified, qualification_score, business_type, "
                       "monthly_revenue, main_pain_point, pitch_delivered, pitch_type, "
                       "payment_link_sent, payment_completed, preferred_plan, email, "
                       "total_messages, followup_count, completed_at is not null "
                       "from conversations where id = $1"),
        {thread});
    REQUIRE(row.rowCount() == 1);
    CHECK(row.value(0, 0).toString() == s.currentStage);
    CHECK(row.value(0, 1).toBool() == s.qualified);
    CHECK(row.value(0, 2).toDouble() == Approx(s.qualificationScore).epsilon(1e-6));
    CHECK(row.value(0, 3).toString() == s.businessType);
    CHECK(row.value(0, 4).toString() == s.monthlyRevenue);
    CHECK(row.value(0, 5).toString() == s.mainPainPoint);
    CHECK(row.value(0, 6).toBool() == s.pitchDelivered);
    CHECK(row.value(0, 7).toString() == s.pitchType);
    CHECK(row.value(0, 8).toBool() == s.paymentLinkSent);
    CHECK(row.value(0, 9).toBool() == s.paymentCompleted);
    CHECK(row.value(0, 10).toString() == s.preferredPlan);
    CHECK(row.value(0, 11).toString() == s.email);
    CHECK(row.value(0, 12).toInt() == s.messages.size());
    CHECK(row.value(0, 13).toInt() == s.followupCount);
    CHECK(row.value(0, 14).toBool());

    // Reading the thread back gives the same state; each task's writes are stored.
    QString error;
    const ThreadSnapshot back = f.runtime->state(thread, {}, &error);
    CHECK(error.isEmpty());
    CHECK(StateChannels::toJson(back.state) == StateChannels::toJson(s));
    CHECK(f.count(QStringLiteral("select count(*) from checkpoint_writes where thread_id = $1 "
                                 "and channel = 'messages'"),
                  thread) > 8);
    // One chain: every checkpoint's parent is the one before it.
    const QList<CheckpointInfo> history = f.runtime->history(thread, &error);
    REQUIRE(history.size() == f.checkpoints(thread));
    CHECK(history.first().parentId.isEmpty());
    CHECK(history.first().source == QLatin1String("input"));
    CHECK(history.first().step == -1);
    for (qsizetype i = 1; i < history.size(); ++i)
        CHECK(history.at(i).parentId == history.at(i - 1).checkpointId);
}

TEST_CASE("retrieval in pitch and objection handling is filtered by category and recorded")
{
    Fixture f;
    const QString thread = f.start();
    TurnResult r;
    for (int i = 0; i < 4; ++i)
        r = send(*f.runtime, thread, kSale.at(i));
    REQUIRE(r.nodePath.contains(QStringLiteral("pitch")));
    REQUIRE_FALSE(r.chunks.isEmpty());
    for (const RetrievedChunk& c : r.chunks)
        CHECK(QStringList{"pitch", "product_info"}.contains(c.category));
    CHECK(r.chunks.first().fusedScore > 0);
    CHECK(r.state.retrievedChunks == r.chunks);
    CHECK(r.reply.contains(QStringLiteral("From ") + r.chunks.first().filename));
    const TurnResult o = send(*f.runtime, thread, kSale.at(4));
    REQUIRE_FALSE(o.chunks.isEmpty());
    for (const RetrievedChunk& c : o.chunks)
        CHECK(QStringList{"objection", "faq"}.contains(c.category));
    QString error;
    const ThreadSnapshot back = f.runtime->state(thread, {}, &error);
    CHECK(back.state.retrievedChunks.size() == o.chunks.size());
    CHECK(back.state.retrievedChunks.first().chunkId == o.chunks.first().chunkId);
}

TEST_CASE("a turn whose policy fails leaves no checkpoint")
{
    Fixture f;
    const QString thread = f.start();
    send(*f.runtime, thread, kSale.at(0));
    const int before = f.checkpoints(thread);
    std::atomic_bool cancel{true};
    const TurnResult r = f.runtime->sendMessage(thread, kSale.at(1), {}, &cancel);
    CHECK_FALSE(r.ok());
    CHECK(r.policyError == PolicyErrorKind::Cancelled);
    CHECK(r.state.currentStage == QLatin1String("greeting"));
    CHECK(f.checkpoints(thread) == before);
    CHECK(f.count(QStringLiteral("select total_messages from conversations where id = $1"),
                  thread) == 2);
}

TEST_CASE("a turn whose write fails leaves nothing: no checkpoint, row or event")
{
    Fixture f;
    // A real failure inside the transaction: a trigger rejecting this thread's pitch event.
    REQUIRE(
        f.conn
            ->execScript(QStringLiteral(
                "create table if not exists agent_test_block (conversation_id text primary key);"
                "create or replace function agent_test_block_fn() returns trigger language plpgsql "
                "as $$"
                "begin if new.event_type = 'pitch_delivered' and exists (select 1 from "
                "agent_test_block b "
                "where b.conversation_id = new.conversation_id) then "
                "raise exception 'blocked for the test'; end if; return new; end $$;"
                "drop trigger if exists agent_test_block_trigger on analytics_events;"
                "create trigger agent_test_block_trigger before insert on analytics_events "
                "for each row execute function agent_test_block_fn();"))
            .ok());
    const QString thread = f.start();
    REQUIRE(
        f.conn->exec(QStringLiteral("insert into agent_test_block values ($1)"), {thread}).ok());
    for (int i = 0; i < 3; ++i)
        send(*f.runtime, thread, kSale.at(i));
    const int checkpoints = f.checkpoints(thread);
    const int blobs = f.count(
        QStringLiteral("select count(*) from checkpoint_blobs where thread_id = $1"), thread);
    const TurnResult r = f.runtime->sendMessage(thread, kSale.at(3));
    CHECK_FALSE(r.ok());
    CHECK(r.error.contains(QLatin1String("not stored")));
    CHECK(r.state.currentStage == QLatin1String("qualification"));
    CHECK(f.checkpoints(thread) == checkpoints);
    CHECK(f.count(QStringLiteral("select count(*) from checkpoint_blobs where thread_id = $1"),
                  thread) == blobs);
    CHECK(f.count(QStringLiteral("select count(*) from analytics_events where conversation_id = "
                                 "$1 and event_type = 'qualified'"),
                  thread) == 0);
    CHECK(f.count(QStringLiteral("select count(*) from conversations where id = $1 and "
                                 "current_stage = 'qualification' and not qualified"),
                  thread) == 1);
    REQUIRE(f.conn
                ->exec(QStringLiteral("delete from agent_test_block where conversation_id = $1"),
                       {thread})
                .ok());
    // The same message goes through once the failure is gone.
    CHECK(send(*f.runtime, thread, kSale.at(3)).state.currentStage == QLatin1String("pitch"));
}

TEST_CASE("a fork is a new branch from the chosen checkpoint and the old one stays reachable")
{
    Fixture f;
    const QString thread = f.start();
    for (int i = 0; i < 3; ++i)
        send(*f.runtime, thread, kSale.at(i));
    const TurnResult pitched = send(*f.runtime, thread, kSale.at(3));
    QString error;
    const QList<CheckpointInfo> before = f.runtime->history(thread, &error);
    // Branch from the end of turn 3 (revenue known, pain asked) with a smaller business.
    QString branchPoint;
    for (const CheckpointInfo& c : before)
        if (c.messageCount == 6 && c.source == QLatin1String("loop"))
            branchPoint = c.checkpointId;
    REQUIRE_FALSE(branchPoint.isEmpty());
    ForkEdit edit;
    edit.messageIndex = 4; // the revenue answer
    edit.messageText = QStringLiteral("Honestly under $5k a month right now");
    edit.fields.insert(QStringLiteral("monthly_revenue"), QStringLiteral("<$5k"));
    const QString forked = f.runtime->fork(thread, branchPoint, edit, &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(forked.isEmpty());
    const TurnResult nurtured = send(*f.runtime, thread, kSale.at(3));
    CHECK(nurtured.nodePath == QStringList{"qualification", "nurture"});
    CHECK(nurtured.state.currentStage == QLatin1String("nurture"));
    CHECK_FALSE(nurtured.state.qualified);
    CHECK(nurtured.reply.contains(QLatin1String("<$5k")));

    const QList<CheckpointInfo> after = f.runtime->history(thread, &error);
    const auto find = [&](const QString& id) -> const CheckpointInfo* {
        for (const CheckpointInfo& c : after)
            if (c.checkpointId == id)
                return &c;
        return nullptr;
    };
    REQUIRE(find(forked));
    CHECK(find(forked)->parentId == branchPoint);
    CHECK(find(forked)->source == QLatin1String("update"));
    // The old branch's end is still there and still reads as the pitch.
    REQUIRE(find(pitched.checkpointId));
    const ThreadSnapshot old = f.runtime->state(thread, pitched.checkpointId, &error);
    CHECK(old.state.currentStage == QLatin1String("pitch"));
    CHECK(old.state.monthlyRevenue == QStringLiteral("$25k–$50k"));
    // Two children of the branch point: the old turn's input and the fork.
    int children = 0;
    for (const CheckpointInfo& c : after)
        children += c.parentId == branchPoint;
    CHECK(children == 2);
    // And the newest checkpoint (the row) follows the new branch.
    CHECK(f.count(QStringLiteral("select count(*) from conversations where id = $1 and "
                                 "current_stage = 'nurture'"),
                  thread) == 1);
}

TEST_CASE("the same lead turns give the same replies, states and paths")
{
    Fixture f;
    const auto run = [&]() {
        const QString thread = f.start();
        QList<QJsonObject> states;
        QStringList replies;
        QStringList paths;
        for (const QString& line : kSale) {
            const TurnResult r = send(*f.runtime, thread, line);
            states << StateChannels::toJson(r.state);
            replies << r.reply;
            paths << r.nodePath.join(QLatin1Char('>'));
        }
        return std::make_tuple(states, replies, paths);
    };
    const auto a = run();
    const auto b = run();
    CHECK(std::get<0>(a) == std::get<0>(b));
    CHECK(std::get<1>(a) == std::get<1>(b));
    CHECK(std::get<2>(a) == std::get<2>(b));
}

namespace {

// A policy answering with fixed tool calls: the guard rails hold whatever a model returns.
class FixedPolicy final : public Policy {
public:
    QList<ToolCall> calls;
    QString name() const override { return QStringLiteral("fixed"); }
    PolicyReply respond(const PolicyRequest&, const std::function<void(const QString&)>&,
                        const std::atomic_bool*) override
    {
        PolicyReply r;
        r.text = QStringLiteral("ok");
        r.toolCalls = calls;
        return r;
    }
};

} // namespace

TEST_CASE("guard rails: tools outside the node's set, prices, long messages")
{
    Fixture f;
    FixedPolicy fixed;
    AgentRuntime runtime(*f.conn, f.owner, {}, fixed, f.retriever.get());
    const QString thread = f.start();
    // The lead asks for a link in the greeting; the policy obliges: refused.
    fixed.calls = {{QStringLiteral("c1"), QStringLiteral("send_payment_link"),
                    R"({"plan":"option1","email":"a@b.co","amount_monthly":1})"}};
    const TurnResult r = send(runtime, thread, QStringLiteral("Send me the link for $1 now"));
    CHECK(r.refusedToolCalls.size() == 1);
    CHECK_FALSE(r.state.paymentLinkSent);
    CHECK(r.paymentLink.isEmpty());
    CHECK(r.state.currentStage == QLatin1String("greeting"));

    // In close the call is allowed, but the amount comes from the catalogue.
    fixed.calls.clear();
    ForkEdit toClose;
    toClose.fields = {{QStringLiteral("current_stage"), QStringLiteral("close")}};
    QString error;
    REQUIRE_FALSE(runtime.fork(thread, r.checkpointId, toClose, &error).isEmpty());
    fixed.calls = {{QStringLiteral("c2"), QStringLiteral("send_payment_link"),
                    R"({"plan":"option2","email":"a@b.co","amount_monthly":1})"}};
    const TurnResult link = send(runtime, thread, QStringLiteral("a@b.co"));
    REQUIRE(link.state.paymentLinkSent);
    bool found = false;
    for (const langgraph::LcMessage& m : link.state.messages)
        for (const langgraph::LcToolCall& c : m.toolCalls) {
            found = true;
            const QJsonObject args = QJsonDocument::fromJson(c.argsJson).object();
            CHECK(args.value(QStringLiteral("amount_monthly")).toInt() == 69700);
        }
    CHECK(found);
    CHECK(link.notices.join(' ').contains(QLatin1String("catalogue")));

    // Malformed arguments fail the turn and store nothing.
    const int before = f.checkpoints(thread);
    fixed.calls = {{QStringLiteral("c3"), QStringLiteral("record_lead_details"), "{not json"}};
    const TurnResult bad = runtime.sendMessage(thread, QStringLiteral("hello"));
    CHECK(bad.policyError == PolicyErrorKind::BadToolCall);
    CHECK(f.checkpoints(thread) == before);

    // A very long message is cut, with a notice.
    fixed.calls.clear();
    const TurnResult longOne = send(runtime, thread, QString(9000, QLatin1Char('x')));
    CHECK(longOne.truncated);
    CHECK(longOne.state.messages.at(longOne.state.messages.size() - 2).content.size() ==
          AgentRuntime::kMaxLeadChars);
}

TEST_CASE("under the owner's claims: playground threads only, and not another owner's")
{
    Fixture f;
    QString why;
    const QByteArray claims = bench::firstOwnerClaims(*f.conn, &why);
    REQUIRE(!claims.isEmpty());
    QUrl url(test::appUrl());
    url.setPath(QStringLiteral("/") + QUrl(agentFixtureUrl()).path().mid(1));
    auto app = test::connect(url.toString());
    OfflinePolicy policy;
    AgentRuntime runtime(*app, f.owner, claims, policy);
    QString error;
    const QString thread = runtime.startThread({}, &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(thread.isEmpty());
    const TurnResult r = runtime.sendMessage(thread, kSale.at(0));
    INFO(r.error.toStdString());
    REQUIRE(r.ok());
    CHECK(f.checkpoints(thread) == 3);

    // A real lead's conversation can be read but not written by the playground.
    const QString real =
        f.conn
            ->exec(QStringLiteral("select c.id from conversations c join campaigns ca on "
                                  "ca.id = c.campaign_id where ca.platform <> 'playground' "
                                  "limit 1"))
            .value(0, 0)
            .toString();
    const int before = f.checkpoints(real);
    const TurnResult refused = runtime.sendMessage(real, QStringLiteral("hello"));
    CHECK_FALSE(refused.ok());
    CHECK(f.checkpoints(real) == before);
}

TEST_CASE("a test conversation names only one of the owner's own campaigns")
{
    Fixture f;
    const db::QueryResult own = f.conn->exec(
        QStringLiteral("select code from campaigns where owner_id = $1 and platform <> "
                       "'playground' order by code limit 1"),
        {f.owner});
    REQUIRE(own.ok());
    REQUIRE(own.rowCount() == 1);
    QString error;
    const QString thread = f.runtime->startThread(own.value(0, 0).toString().toLower(), &error);
    INFO(error.toStdString());
    CHECK_FALSE(thread.isEmpty());

    // Another owner's campaign exists in the database but is not this owner's to test.
    const QString other = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString code = QStringLiteral("OTHER") + other.left(6).toUpper();
    REQUIRE(f.conn
                ->exec(QStringLiteral("insert into owners (id, email, name, supabase_user_id) "
                                      "values ($1, $2, 'Other', $1)"),
                       {other, other + QStringLiteral("@example.com")})
                .ok());
    REQUIRE(f.conn
                ->exec(QStringLiteral("insert into campaigns (code, name, owner_id, platform) "
                                      "values ($1, 'Other', $2, 'instagram')"),
                       {code, other})
                .ok());
    error.clear();
    CHECK(f.runtime->startThread(code, &error).isEmpty());
    CHECK(error.contains(code));
    f.conn->exec(QStringLiteral("delete from campaigns where code = $1"), {code});
    f.conn->exec(QStringLiteral("delete from owners where id = $1"), {other});
}

TEST_CASE("the agent benchmark measures turns, writes and the streaming overhead")
{
    Fixture f;
    AgentBench::Setup setup;
    setup.ownerId = f.owner;
    setup.turns = 3;
    setup.writes = 3;
    setup.interopDir = QStringLiteral("/nonexistent-interop-dir"); // the peer is skipped, saying so
    AgentBench bench(*f.conn, f.policy, f.retriever.get(), setup);
    QList<AgentBench::Figure> figures;
    QStringList skipped;
    const db::DbError e = bench.run(&figures, &skipped);
    INFO(e.toString().toStdString());
    REQUIRE_FALSE(e);
    QHash<QString, double> byKey;
    for (const AgentBench::Figure& fig : figures)
        byKey.insert(fig.key, fig.value);
    INFO(skipped.join(QLatin1Char('\n')).toStdString());
    CHECK(byKey.value(QStringLiteral("turn_p95_ms")) > 0);
    // Streamed through the OpenAI-compatible policy and the loopback stand-in: a first token
    // reached this thread after the stand-in's first byte.
    REQUIRE(byKey.contains(QStringLiteral("stream_overhead_p50_ms")));
    CHECK(byKey.value(QStringLiteral("stream_overhead_p50_ms")) > 0);
    CHECK(byKey.value(QStringLiteral("stream_overhead_p95_ms")) >=
          byKey.value(QStringLiteral("stream_overhead_p50_ms")));
    CHECK(byKey.value(QStringLiteral("stream_client_p50_ms")) >= 0);
    CHECK(skipped.size() == 1);
    CHECK(skipped.value(0).contains(QStringLiteral("node_modules")));
    // Its threads are gone again.
    CHECK(f.conn
              ->exec(QStringLiteral("select count(*) from checkpoints where thread_id like "
                                    "'bench-agent-%'"))
              .scalar()
              .toInt() == 0);
}
