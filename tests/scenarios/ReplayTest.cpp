// Replay: a real (demo) conversation copied up to a turn into a playground thread, continued
// by the current agent, the result beside the original.
#include "AgentDatabase.h"
#include "DemoDatabase.h"
#include "TestDatabase.h"

#include "agent/OfflinePolicy.h"
#include "agent/Replay.h"
#include "agent/ThreadStore.h"
#include "knowledge/OfflineEmbedder.h"
#include "knowledge/Retriever.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

using namespace limitless;
using langgraph::LcMessage;

namespace {

struct Setup {
    explicit Setup(const QString& database = QStringLiteral("agent_scenarios"))
        : url(test::demoDatabaseUrl(database))
    {}
    QString url;
    std::unique_ptr<db::PgConnection> conn = test::connect(url);
    QString owner = test::onlyOwner(url);
    knowledge::OfflineEmbedder embedder;
    knowledge::Retriever retriever{*conn, embedder};
    agent::OfflinePolicy policy;

    // A paid demo conversation (stage complete, link sent) of a real campaign.
    QString paidConversation()
    {
        const auto r = conn->exec(QStringLiteral(
            "select c.id from conversations c join campaigns ca on ca.id = c.campaign_id "
            "where ca.platform <> 'playground' and c.current_stage = 'complete' "
            "and c.payment_link_sent order by c.id limit 1"));
        REQUIRE(r.rowCount() == 1);
        return r.scalar().toString();
    }
};

QStringList humans(const QList<LcMessage>& messages)
{
    QStringList out;
    for (const LcMessage& m : messages)
        if (m.kind == LcMessage::Kind::Human)
            out << QString::fromUtf8(m.content);
    return out;
}

} // namespace

TEST_CASE("replay: cut points and the original's replies per lead turn")
{
    const QList<LcMessage> m = {LcMessage::ai("a0", "welcome"), LcMessage::human("h1", "hi"),
                                LcMessage::ai("a1", "hello"),   LcMessage::ai("a2", "what?"),
                                LcMessage::human("h2", "shop"), LcMessage::ai("a3", "nice")};
    CHECK(agent::Replay::cutIndex(m, 0) == 1); // what precedes the lead's first message
    CHECK(agent::Replay::cutIndex(m, 1) == 4);
    CHECK(agent::Replay::cutIndex(m, 2) == 6);
    CHECK(agent::Replay::replies(m) ==
          QStringList{QStringLiteral("hello\n\nwhat?"), QStringLiteral("nice")});
}

TEST_CASE("replay: a demo conversation copied up to turn 2 and continued, beside the original")
{
    Setup s;
    const QString id = s.paidConversation();
    agent::ThreadStore threads(*s.conn, s.owner, {});
    db::DbError e;
    const agent::ThreadSnapshot original = threads.load(id, {}, &e);
    REQUIRE_FALSE(e);
    const QStringList leads = humans(original.state.messages);
    REQUIRE(leads.size() > 3);

    agent::Replay replay(*s.conn, s.owner, {}, s.policy, &s.retriever);
    const agent::ReplayResult r = replay.run(id, 2);
    INFO(r.error.toStdString());
    REQUIRE_FALSE(r.replayThreadId.isEmpty());
    CHECK(r.copiedTurns == 2);
    CHECK(r.totalTurns == leads.size());

    // The original side is the conversation as stored.
    CHECK(r.original.stageReached == QStringLiteral("complete"));
    CHECK(r.original.qualified);
    CHECK(r.original.paymentLinkSent);
    CHECK(r.original.leadTurns == leads.size());
    // The replay side: every remaining lead message answered by the current agent.
    REQUIRE(r.turns.size() == leads.size() - 2);
    for (int i = 0; i < r.turns.size(); ++i) {
        CHECK(r.turns[i].turn == i + 3);
        CHECK(r.turns[i].lead == leads[i + 2]);
        CHECK_FALSE(r.turns[i].originalReply.isEmpty());
        CHECK(r.turns[i].error.isEmpty());
        CHECK_FALSE(r.turns[i].replayReply.isEmpty());
    }
    CHECK(r.replay.leadTurns == leads.size());
    CHECK_FALSE(r.replay.stageReached.isEmpty());
    CHECK(r.replay.stageReached == r.turns.last().replayStage);
    CHECK(r.replay.qualified); // this lead qualifies with the offline agent too

    // The playground thread: the copied messages word for word (ids too), then ours.
    const agent::ThreadSnapshot copy = threads.load(r.replayThreadId, {}, &e);
    REQUIRE_FALSE(e);
    CHECK(humans(copy.state.messages) == leads);
    const int cut = agent::Replay::cutIndex(original.state.messages, 2);
    for (int i = 0; i < cut; ++i) {
        CHECK(copy.state.messages[i].id == original.state.messages[i].id);
        CHECK(copy.state.messages[i].content == original.state.messages[i].content);
    }
    CHECK(copy.state.currentStage == r.replay.stageReached);
    const auto campaign = s.conn->exec(
        QStringLiteral("select ca.platform from conversations c join campaigns ca on ca.id = "
                       "c.campaign_id where c.id = $1"),
        {r.replayThreadId});
    CHECK(campaign.scalar().toString() == QStringLiteral("playground"));

    // Its first checkpoint is the copy, as LangGraph's updateState writes one: source
    // "update", step 0, no parent, every state channel in the blobs.
    const auto first = s.conn->exec(
        QStringLiteral("select metadata->>'source', (metadata->>'step')::int, "
                       "parent_checkpoint_id, checkpoint->'channel_versions' "
                       "from checkpoints where thread_id = $1 order by checkpoint_id limit 1"),
        {r.replayThreadId});
    REQUIRE(first.rowCount() == 1);
    CHECK(first.value(0, 0).toString() == QStringLiteral("update"));
    CHECK(first.value(0, 1).toInt() == 0);
    CHECK_FALSE(first.value(0, 2).isValid());
    const QJsonObject versions = first.value(0, 3).toJsonValue().toObject();
    for (const char* channel : {"messages", "current_stage", "qualified", "payment_link_sent"})
        CHECK(versions.contains(QLatin1String(channel)));
    // The copy starts the playground conversation and says what it replays.
    const auto started =
        s.conn->exec(QStringLiteral("select event_data->>'replay_of' from analytics_events where "
                                    "conversation_id = $1 and event_type = 'conversation_started'"),
                     {r.replayThreadId});
    REQUIRE(started.rowCount() == 1);
    CHECK(started.scalar().toString() == id);

    const QJsonObject json = r.toJson();
    CHECK(
        json.value(QStringLiteral("original")).toObject().value(QStringLiteral("stage_reached")) ==
        QStringLiteral("complete"));
    CHECK(json.value(QStringLiteral("replay")).toObject().value(QStringLiteral("thread_id")) ==
          r.replayThreadId);
}

TEST_CASE("replay: the offline agent replays the same conversation the same way")
{
    Setup s;
    const QString id = s.paidConversation();
    agent::Replay replay(*s.conn, s.owner, {}, s.policy, &s.retriever);
    const agent::ReplayResult a = replay.run(id, 1);
    const agent::ReplayResult b = replay.run(id, 1);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.replayThreadId != b.replayThreadId);
    REQUIRE(a.turns.size() == b.turns.size());
    for (int i = 0; i < a.turns.size(); ++i) {
        CHECK(a.turns[i].replayReply == b.turns[i].replayReply);
        CHECK(a.turns[i].replayStage == b.turns[i].replayStage);
    }
    CHECK(a.replay.stageReached == b.replay.stageReached);
    CHECK(a.filledFields == b.filledFields);
}

TEST_CASE("replay: a turn beyond the conversation or an unknown id starts no thread")
{
    // A database of its own: the count below would see other tests' threads.
    Setup s(QStringLiteral("agent_replay_errors"));
    const QString id = s.paidConversation();
    const auto count = [&] {
        return s.conn->exec(QStringLiteral("select count(*) from conversations")).scalar().toInt();
    };
    const int before = count();
    agent::Replay replay(*s.conn, s.owner, {}, s.policy, &s.retriever);
    const agent::ReplayResult r = replay.run(id, 99);
    CHECK_FALSE(r.ok());
    CHECK(r.error.contains(QStringLiteral("choose a turn from 0 to")));
    CHECK(r.replayThreadId.isEmpty());
    const agent::ReplayResult missing = replay.run(QStringLiteral("no-such-conversation"), 1);
    CHECK_FALSE(missing.ok());
    CHECK(missing.replayThreadId.isEmpty());
    CHECK(count() == before);
}
