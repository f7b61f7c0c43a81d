// The demo generator and the LangGraph writer without a database: exact formats (checked
// against what LangGraph.js itself produces) and determinism.
#include "demo/DemoBusiness.h"
#include "demo/Rng.h"
#include "langgraph/CheckpointWriter.h"
#include "langgraph/JsonText.h"
#include "langgraph/LcMessage.h"
#include "langgraph/Uuid6.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace limitless;
using namespace limitless::demo;
using langgraph::LcMessage;

namespace {

constexpr qint64 kNow = 1748736000000LL; // 2025-06-01T00:00:00Z

QByteArray digestOf(const DemoBusiness& b)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (int i = 0; i < b.conversationCount(); ++i) {
        const DemoConversation c = b.conversation(i);
        h.addData(c.id);
        h.addData(c.currentStage);
        for (const LcMessage& m : c.messages)
            h.addData(m.toJson());
        for (const DemoEvent& e : c.events)
            h.addData(e.id + e.type + e.dataJson + QByteArray::number(e.at));
        const auto w = b.checkpoints(c, false);
        for (const auto& row : w.checkpointRows())
            h.addData(row.checkpointId + row.checkpoint + row.metadata);
    }
    for (const DemoEvent& e : b.extraClicks(500))
        h.addData(e.id + e.dataJson + QByteArray::number(e.at));
    for (const DemoCampaign& c : b.campaigns())
        h.addData(c.id + c.code + QByteArray::number(c.createdAt));
    return h.result().toHex();
}

QJsonDocument parse(const QByteArray& json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    INFO(json.toStdString());
    REQUIRE(err.error == QJsonParseError::NoError);
    return doc;
}

} // namespace

TEST_CASE("mt19937_64 output is the standard's, so the demo data is portable")
{
    // [rand.predef]: the 10000th output of a default-constructed mt19937_64.
    std::mt19937_64 engine;
    engine.discard(9999);
    CHECK(engine() == 9981545732273789042ULL);

    Rng a(123), b(123);
    for (int i = 0; i < 1000; ++i) {
        const quint64 x = a.below(1000);
        CHECK(x < 1000);
        CHECK(x == b.below(1000));
    }
    Rng r(5);
    int hits = 0;
    for (int i = 0; i < 10000; ++i)
        hits += r.chance(250) ? 1 : 0;
    CHECK(hits > 2300);
    CHECK(hits < 2700);
    CHECK(Rng(1).uuid4() != Rng(2).uuid4());
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab]"))
              .match(QString::fromLatin1(Rng(9).uuid4()))
              .hasMatch());
    const QByteArray v7 = Rng(9).uuid7(kNow);
    CHECK(v7.startsWith("019728c9-c000-7"));
}

TEST_CASE("uuid6 checkpoint ids are the ones LangGraph.js makes")
{
    // Values printed by @langchain/core's v6({clockseq, msecs, nsecs, node}).
    const std::array<std::uint8_t, 6> node{1, 2, 3, 4, 5, 6};
    CHECK(langgraph::Uuid6::make(1764090321028LL, 0, -1, node) ==
          "1f0ca20e-cdee-6440-ffff-010203040506");
    CHECK(langgraph::Uuid6::make(1764090321028LL, 5, 3, node) ==
          "1f0ca20e-cdee-6445-8003-010203040506");
    CHECK(langgraph::Uuid6::msecsOf("1f0ca20e-cdee-6445-8003-010203040506") == 1764090321028LL);
    // Time-ordered as text: a later step sorts after an earlier one.
    CHECK(langgraph::Uuid6::make(1764090321029LL, 0, 0, node) >
          langgraph::Uuid6::make(1764090321028LL, 9, 7, node));
}

TEST_CASE("LangChain messages serialise exactly as LangGraph.js's JsonPlusSerializer")
{
    // Printed by JsonPlusSerializer.dumpsTyped() (@langchain/core 1.4.0) for the same messages.
    const QByteArray expected =
        R"([{"lc":1,"type":"constructor","id":["langchain_core","messages","SystemMessage"],"kwargs":{"content":"sys","id":"s1","additional_kwargs":{},"response_metadata":{}}},)"
        R"({"lc":1,"type":"constructor","id":["langchain_core","messages","HumanMessage"],"kwargs":{"content":"hi","id":"h1","additional_kwargs":{},"response_metadata":{}}},)"
        R"({"lc":1,"type":"constructor","id":["langchain_core","messages","AIMessage"],"kwargs":{"content":"","id":"a1","tool_calls":[{"name":"send_payment_link","args":{"plan":"option1","amount":99},"id":"call_1","type":"tool_call"}],"invalid_tool_calls":[],"additional_kwargs":{},"response_metadata":{}}},)"
        R"({"lc":1,"type":"constructor","id":["langchain_core","messages","ToolMessage"],"kwargs":{"content":"ok","tool_call_id":"call_1","id":"t1","name":"send_payment_link","additional_kwargs":{},"response_metadata":{}}}])";
    const QList<QByteArray> messages = {
        LcMessage::system("s1", "sys").toJson(), LcMessage::human("h1", "hi").toJson(),
        LcMessage::ai("a1", "",
                      {{"send_payment_link", R"({"plan":"option1","amount":99})", "call_1"}})
            .toJson(),
        LcMessage::tool("t1", "ok", "call_1", "send_payment_link").toJson()};
    CHECK(LcMessage::listJson(messages) == expected);

    CHECK(langgraph::JsonText::quoted("x\xc3\xa9\"\n\\\x01") == "\"x\xc3\xa9\\\"\\n\\\\\\u0001\"");
    CHECK(langgraph::JsonText::number(99.0) == "99");
    CHECK(langgraph::JsonText::number(0.85) == "0.85");
    CHECK(langgraph::JsonText::isoTimestamp(1764090321028LL) == "2025-11-25T17:05:21.028Z");
}

TEST_CASE("checkpoint writer: integer versions, only written channels move, history chain")
{
    langgraph::CheckpointWriter w("thread-1", {9, 9, 9, 9, 9, 9});
    w.put("greeting", "loop", 1000,
          {{"messages", "[1]"}, {"current_stage", R"("greeting")"}, {"qualified", "false"}});
    w.put("qualification", "loop", 1000, {{"messages", "[1,2]"}, {"qualified", "true"}});
    const auto rows = w.checkpointRows();
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].parentCheckpointId == rows[0].checkpointId);
    CHECK(rows[1].checkpointId > rows[0].checkpointId); // same millisecond: nsecs counter
    const QJsonObject cp = parse(rows[1].checkpoint).object();
    CHECK(cp.value(QStringLiteral("v")).toInt() == 4);
    CHECK(cp.value(QStringLiteral("id")).toString().toUtf8() == rows[1].checkpointId);
    CHECK_FALSE(cp.contains(QStringLiteral("channel_values")));
    const QJsonObject versions = cp.value(QStringLiteral("channel_versions")).toObject();
    CHECK(versions.value(QStringLiteral("messages")).toInt() == 2);
    CHECK(versions.value(QStringLiteral("current_stage")).toInt() == 1);
    CHECK(versions.value(QStringLiteral("qualified")).toInt() == 2);
    const QJsonObject meta = parse(rows[1].metadata).object();
    CHECK(meta.value(QStringLiteral("source")).toString() == QStringLiteral("loop"));
    CHECK(meta.value(QStringLiteral("step")).toInt() == 1);
    CHECK(meta.value(QStringLiteral("parents")).toObject().isEmpty());
    const auto blobs = w.blobRows();
    CHECK(blobs.size() == 5);
    for (const auto& b : blobs) {
        CHECK(b.type == "json");
        // The root namespace is '' (NOT NULL in the savers' keys), also when none was given.
        CHECK_FALSE(b.checkpointNs.isNull());
        CHECK(b.checkpointNs.isEmpty());
    }
    CHECK_FALSE(rows[0].checkpointNs.isNull());

    langgraph::CheckpointWriter latest("thread-1", {9, 9, 9, 9, 9, 9});
    latest.setLatestOnly(true);
    latest.put("greeting", "loop", 1000, {{"messages", {}}, {"current_stage", R"("greeting")"}});
    latest.put("pitch", "loop", 2000, {{"messages", "[1,2,3]"}});
    REQUIRE(latest.checkpointRows().size() == 1);
    CHECK(latest.checkpointRows()[0].parentCheckpointId.isEmpty());
    CHECK(latest.blobRows().size() == 2); // messages@2 and current_stage@1
}

TEST_CASE("the demo business is a pure function of seed, scale and now")
{
    DemoOptions o;
    o.seed = 42;
    o.nowMsecs = kNow;
    const DemoBusiness a(o), b(o);
    CHECK(digestOf(a) == digestOf(b));
    o.seed = 43;
    CHECK(digestOf(DemoBusiness(o)) != digestOf(a));
    CHECK(DemoBusiness::defaultNow() % 86400000 == 0);
}

TEST_CASE("demo campaigns, conversations and events are consistent")
{
    DemoOptions o;
    o.nowMsecs = kNow;
    const DemoBusiness b(o);
    REQUIRE(b.campaigns().size() == 8);
    QSet<QByteArray> codes;
    int paused = 0;
    for (const DemoCampaign& c : b.campaigns()) {
        CHECK(QRegularExpression(QStringLiteral("^[2-9A-HJKMNP-Z]{6}$"))
                  .match(QString::fromLatin1(c.code))
                  .hasMatch());
        codes.insert(c.code);
        paused += c.active ? 0 : 1;
        CHECK((c.platform == "instagram" || c.platform == "facebook" || c.platform == "youtube"));
    }
    CHECK(codes.size() == 8);
    CHECK(paused >= 1);

    const QList<QByteArray> order = {"greeting", "qualification", "pitch",  "objection_handling",
                                     "close",    "complete",      "nurture"};
    QSet<QByteArray> stagesSeen;
    qint64 previousStart = 0;
    for (int i = 0; i < b.conversationCount(); ++i) {
        const DemoConversation c = b.conversation(i);
        INFO("conversation " << i << " " << c.id.toStdString());
        stagesSeen.insert(c.currentStage);
        CHECK(c.createdAt >= previousStart);
        previousStart = c.createdAt;
        CHECK(c.lastMessageAt < kNow);
        CHECK(c.createdAt >= kNow - 90LL * 86400000);
        REQUIRE_FALSE(c.stages.isEmpty());
        CHECK(c.stages.first().stage == "greeting");
        CHECK(c.stages.last().stage == c.currentStage);
        CHECK(c.stages.last().messageCount == c.messages.size());
        // The funnel of one conversation happens within its first day.
        const qint64 day = c.createdAt / 86400000;
        for (const DemoEvent& e : c.events)
            CHECK(e.at / 86400000 == day);
        auto count = [&](const char* type) {
            int n = 0;
            for (const DemoEvent& e : c.events)
                n += e.type == type ? 1 : 0;
            return n;
        };
        CHECK(count("campaign_click") == 1);
        CHECK(count("conversation_started") == 1);
        CHECK(count("qualified") == (c.qualified ? 1 : 0));
        CHECK(count("pitch_delivered") == (c.pitchDelivered ? 1 : 0));
        CHECK(count("payment_completed") == (c.paymentCompleted ? 1 : 0));
        CHECK((c.completedAt != 0) ==
              (c.currentStage == "complete" || c.currentStage == "nurture"));
        if (c.paymentLinkSent) {
            bool call = false, result = false;
            QByteArray callId;
            for (const LcMessage& m : c.messages) {
                if (m.kind == LcMessage::Kind::Ai && !m.toolCalls.isEmpty()) {
                    call = m.toolCalls.first().name == "send_payment_link";
                    callId = m.toolCalls.first().id;
                }
                if (m.kind == LcMessage::Kind::Tool)
                    result = m.toolCallId == callId;
            }
            CHECK(call);
            CHECK(result);
            CHECK_FALSE(c.email.isEmpty());
        }
        if (c.hasPayment) {
            CHECK(c.paymentLinkSent);
            const bool paidStatus =
                c.payment.status == "completed" || c.payment.status == "refunded";
            CHECK(paidStatus == c.paymentCompleted);
        }
    }
    for (const QByteArray& s : order)
        CHECK(stagesSeen.contains(s));
}

TEST_CASE("a large load's latest-only checkpoint equals the newest of the full history")
{
    DemoOptions o;
    o.nowMsecs = kNow;
    const DemoBusiness b(o);
    for (int i = 0; i < b.conversationCount(); i += 7) {
        const DemoConversation c = b.conversation(i);
        const auto full = b.checkpoints(c, false);
        const auto latest = b.checkpoints(c, true);
        REQUIRE(latest.checkpointRows().size() == 1);
        REQUIRE(full.checkpointRows().size() == c.stages.size());
        const auto& newest = full.checkpointRows().last();
        CHECK(latest.checkpointRows()[0].checkpoint == newest.checkpoint);
        CHECK(latest.checkpointRows()[0].metadata == newest.metadata);
        // Every blob the newest checkpoint names, and nothing else.
        const QJsonObject versions =
            parse(newest.checkpoint).object().value(QStringLiteral("channel_versions")).toObject();
        CHECK(latest.blobRows().size() == versions.size());
        for (const auto& blob : latest.blobRows()) {
            CHECK(versions.value(QString::fromUtf8(blob.channel)).toInteger() ==
                  blob.version.toLongLong());
            bool found = false;
            for (const auto& f : full.blobRows())
                found = found || (f.channel == blob.channel && f.version == blob.version &&
                                  f.blob == blob.blob);
            CHECK(found);
        }
    }
}
