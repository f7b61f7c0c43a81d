// langgraph::TranscriptReader on stored rows, no database: LangGraph.js's JSON (from the
// reference sample), Python's msgpack (ext 5, inline scalars, null/empty blobs, unknown ext
// codes), and damaged or incomplete input that must never crash nor hide the rest.
#include "langgraph/TranscriptReader.h"
#include "MsgpackFixtures.h"

#include "TranscriptModel.h"

#include <catch2/catch.hpp>

using namespace limitless;
using langgraph::TranscriptMessage;
using langgraph::TranscriptReader;
using Role = TranscriptMessage::Role;

namespace {

// The messages blob of the reference sample (LangGraph.js 1.7.3, checkpoint-postgres 1.0.5),
// shortened to four messages, plus a tool call and its result as LangGraph.js writes them.
const QByteArray JsMessages =
    R"JS([{"lc":1,"type":"constructor","id":["langchain_core","messages","HumanMessage"],"kwargs":{"content":"Hi, I need a CRM.","id":"h-1","additional_kwargs":{},"response_metadata":{}}},{"lc":1,"type":"constructor","id":["langchain_core","messages","AIMessage"],"kwargs":{"content":"Thanks! (intake saw 1 msgs)","id":"ai-intake-1","tool_calls":[],"invalid_tool_calls":[],"additional_kwargs":{},"response_metadata":{}}},{"lc":1,"type":"constructor","id":["langchain_core","messages","AIMessage"],"kwargs":{"content":"","id":"a1","tool_calls":[{"name":"send_payment_link","args":{"amount":10},"id":"call_1","type":"tool_call"}],"invalid_tool_calls":[],"additional_kwargs":{},"response_metadata":{}}},{"lc":1,"type":"constructor","id":["langchain_core","messages","ToolMessage"],"kwargs":{"content":"{\"url\":\"https://checkout.stripe.com/c/pay/cs_1\"}","tool_call_id":"call_1","name":"send_payment_link","id":"t1","additional_kwargs":{},"response_metadata":{}}},{"lc":1,"type":"constructor","id":["langchain_core","messages","AIMessage"],"kwargs":{"content":[{"type":"text","text":"Here is "},{"type":"image_url","image_url":"x"},{"type":"text","text":"your link ✅ — 日本語"}],"id":"a2","tool_calls":[],"invalid_tool_calls":[],"additional_kwargs":{},"response_metadata":{}}}])JS";

TranscriptReader::Latest jsLatest(const QByteArray& messages, const QString& type = "json")
{
    TranscriptReader::Latest l;
    l.checkpointId = QStringLiteral("1f1e8f26-5a5a-6440-8008-570ded4332ea");
    l.checkpointJson =
        R"({"v":4,"id":"1f1e8f26-5a5a-6440-8008-570ded4332ea","ts":"2026-11-25T17:05:21.028Z","versions_seen":{},"channel_versions":{"messages":10,"current_stage":9,"qualified":9,"branch:to:respond":10}})";
    l.channels = {{QStringLiteral("messages"), QStringLiteral("10"), true, type, messages},
                  {QStringLiteral("current_stage"), QStringLiteral("9"), true,
                   QStringLiteral("json"), QByteArray("\"qualified\"")},
                  {QStringLiteral("qualified"), QStringLiteral("9"), true, QStringLiteral("json"),
                   QByteArray("true")}};
    return l;
}

QList<test::msgpackfx::Message> pythonMessages()
{
    using test::msgpackfx::Message;
    Message human{QStringLiteral("langchain_core.messages.human"), QStringLiteral("HumanMessage"),
                  QStringLiteral("human"), QStringLiteral("h1"),
                  QStringLiteral("Hola 👋, ¿cuánto cuesta?")};
    Message ai{QStringLiteral("langchain_core.messages.ai"), QStringLiteral("AIMessage"),
               QStringLiteral("ai"), QStringLiteral("a1"), QString()};
    ai.toolCalls = {{QStringLiteral("send_payment_link"),
                     QStringLiteral("call_9"),
                     {{QStringLiteral("plan"), QStringLiteral("option1")}}}};
    Message tool{QStringLiteral("langchain_core.messages.tool"), QStringLiteral("ToolMessage"),
                 QStringLiteral("tool"), QStringLiteral("t1"), QStringLiteral("created")};
    tool.toolCallId = QStringLiteral("call_9");
    tool.name = QStringLiteral("send_payment_link");
    Message blocks{QStringLiteral("langchain_core.messages.ai"), QStringLiteral("AIMessage"),
                   QStringLiteral("ai"), QString(), QString()};
    blocks.blocks = {QStringLiteral("Part one. "), QStringLiteral("Part two.")};
    Message system{QStringLiteral("langchain_core.messages.system"),
                   QStringLiteral("SystemMessage"), QStringLiteral("system"), QStringLiteral("s1"),
                   QStringLiteral("Be brief.")};
    return {system, human, ai, tool, blocks};
}

TranscriptReader::Latest pythonLatest(const QByteArray& messages)
{
    TranscriptReader::Latest l;
    l.checkpointId = QStringLiteral("1ef0000-python");
    // Current Python savers: primitives inline in channel_values, string versions.
    l.checkpointJson =
        R"({"v":4,"id":"1ef0000-python","ts":"2025-05-01T10:00:00.000000+00:00","channel_values":{"current_stage":"pitch","qualified":true,"qualification_score":0.82,"preferred_plan":null,"__start__":"x"},"channel_versions":{"messages":"00000000000000000000000000000003.0.7281","current_stage":"00000000000000000000000000000003.0.1","preferred_plan":"00000000000000000000000000000002.0.5"},"versions_seen":{},"updated_channels":null})";
    l.channels = {{QStringLiteral("messages"),
                   QStringLiteral("00000000000000000000000000000003.0.7281"), true,
                   QStringLiteral("msgpack"), messages}};
    return l;
}

} // namespace

TEST_CASE("LangGraph.js JSON messages are read by key with roles from the class name",
          "[transcript]")
{
    const auto latest = jsLatest(JsMessages);
    const langgraph::Transcript t = TranscriptReader::read(QStringLiteral("lead-1"), &latest);
    INFO(t.error.toStdString());
    REQUIRE(t.error.isEmpty());
    REQUIRE(t.messages.size() == 5);
    CHECK(t.messages[0].role == Role::Human);
    CHECK(t.messages[0].content == QStringLiteral("Hi, I need a CRM."));
    CHECK(t.messages[0].id == QStringLiteral("h-1"));
    CHECK(t.messages[1].role == Role::Ai);
    REQUIRE(t.messages[2].toolCalls.size() == 1);
    CHECK(t.messages[2].toolCalls[0].name == QStringLiteral("send_payment_link"));
    CHECK(t.messages[2].toolCalls[0].id == QStringLiteral("call_1"));
    CHECK(t.messages[2].toolCalls[0].argsJson == QByteArray(R"({"amount":10})"));
    CHECK(t.messages[3].role == Role::Tool);
    CHECK(t.messages[3].toolCallId == QStringLiteral("call_1"));
    CHECK(t.messages[3].name == QStringLiteral("send_payment_link"));
    // Content blocks: the text blocks joined, other blocks left out.
    CHECK(t.messages[4].content == QStringLiteral("Here is your link ✅ — 日本語"));
    // To read, the text blocks are paragraphs; `content` (the JSON output) stays LangChain's
    // `.text`, the blocks concatenated.
    CHECK(t.messages[4].blocks ==
          QStringList{QStringLiteral("Here is "), QStringLiteral("your link ✅ — 日本語")});
    CHECK(t.messages[4].displayText() == QStringLiteral("Here is\n\nyour link ✅ — 日本語"));
    CHECK(t.messages[0].blocks.isEmpty());
    CHECK(t.messages[0].displayText() == t.messages[0].content);
    CHECK(t.state.value(QStringLiteral("current_stage")).toString() == QStringLiteral("qualified"));
    CHECK(t.state.value(QStringLiteral("qualified")).toBool());
    CHECK_FALSE(t.state.contains(QStringLiteral("branch:to:respond")));
    CHECK(t.time == QDateTime(QDate(2026, 11, 25), QTime(17, 5, 21, 28), Qt::UTC));
    CHECK(t.messages.last().time == t.time);
}

TEST_CASE("Python msgpack messages (ext 5) and inline scalar channels are read", "[transcript]")
{
    const auto latest = pythonLatest(test::msgpackfx::messages(pythonMessages()));
    const langgraph::Transcript t = TranscriptReader::read(QStringLiteral("py-1"), &latest);
    INFO(t.error.toStdString());
    REQUIRE(t.error.isEmpty());
    REQUIRE(t.messages.size() == 5);
    CHECK(t.messages[0].role == Role::System);
    CHECK(t.messages[1].role == Role::Human);
    CHECK(t.messages[1].content == QStringLiteral("Hola 👋, ¿cuánto cuesta?"));
    CHECK(t.messages[1].className == QStringLiteral("HumanMessage"));
    CHECK(t.messages[2].role == Role::Ai);
    REQUIRE(t.messages[2].toolCalls.size() == 1);
    CHECK(t.messages[2].toolCalls[0].argsJson == QByteArray(R"({"plan":"option1"})"));
    CHECK(t.messages[3].role == Role::Tool);
    CHECK(t.messages[3].toolCallId == QStringLiteral("call_9"));
    CHECK(t.messages[4].content == QStringLiteral("Part one. Part two."));
    CHECK(t.messages[4].displayText() == QStringLiteral("Part one.\n\nPart two."));
    CHECK(t.messages[4].id.isEmpty());
    CHECK(t.state.value(QStringLiteral("current_stage")).toString() == QStringLiteral("pitch"));
    CHECK(t.state.value(QStringLiteral("qualified")).toBool());
    CHECK(t.state.value(QStringLiteral("qualification_score")).toDouble() == Approx(0.82));
    CHECK(t.state.contains(QStringLiteral("preferred_plan")));
    CHECK(t.state.value(QStringLiteral("preferred_plan")).isNull());
    CHECK_FALSE(t.state.contains(QStringLiteral("__start__")));
}

TEST_CASE("Old Python savers: msgpack scalar blobs, null and empty blob types", "[transcript]")
{
    auto latest = pythonLatest(test::msgpackfx::messages(pythonMessages()));
    latest.checkpointJson =
        R"({"v":1,"id":"old","ts":"2024-09-01T10:00:00+00:00","channel_versions":{"messages":"3","current_stage":"2","preferred_plan":"2","email":"1"}})";
    latest.channels
        << TranscriptReader::ChannelBlob{QStringLiteral("current_stage"), QStringLiteral("2"), true,
                                         QStringLiteral("msgpack"),
                                         test::msgpackfx::string(QStringLiteral("close"))}
        << TranscriptReader::ChannelBlob{QStringLiteral("preferred_plan"), QStringLiteral("2"),
                                         true, QStringLiteral("null"), QByteArray()}
        << TranscriptReader::ChannelBlob{QStringLiteral("email"), QStringLiteral("1"), true,
                                         QStringLiteral("empty"), QByteArray()};
    const langgraph::Transcript t = TranscriptReader::read(QStringLiteral("old"), &latest);
    REQUIRE(t.error.isEmpty());
    CHECK(t.messages.size() == 5);
    CHECK(t.state.value(QStringLiteral("current_stage")).toString() == QStringLiteral("close"));
    CHECK(t.state.value(QStringLiteral("preferred_plan")).isNull());
    CHECK(t.state.value(QStringLiteral("email")).isNull());

    // A `null` or `empty` messages blob is an empty list, not an error.
    auto none = pythonLatest({});
    none.channels[0].type = QStringLiteral("empty");
    const auto e = TranscriptReader::read(QStringLiteral("none"), &none);
    CHECK(e.error.isEmpty());
    CHECK(e.messages.isEmpty());
    CHECK(e.hasCheckpoint());
}

TEST_CASE("An unknown msgpack ext code or message class is kept as unsupported, not fatal",
          "[transcript]")
{
    const auto latest = pythonLatest(test::msgpackfx::messages(pythonMessages(), 42, 2));
    const langgraph::Transcript t = TranscriptReader::read(QStringLiteral("py-2"), &latest);
    REQUIRE(t.error.isEmpty());
    REQUIRE(t.messages.size() == 6);
    CHECK(t.messages[2].role == Role::Unsupported);
    CHECK(t.messages[2].className == QStringLiteral("ext 42"));
    CHECK(t.messages[3].role == Role::Ai);
    CHECK(t.unsupportedCount() == 1);

    QByteArray js = JsMessages;
    js.replace("\"ToolMessage\"", "\"FancyMessage\"");
    js.replace(
        R"({"lc":1,"type":"constructor","id":["langchain_core","messages","HumanMessage"])",
        R"({"lc":2,"type":"constructor","id":["Set"],"args":[]},{"lc":1,"type":"constructor","id":["langchain_core","messages","HumanMessage"])");
    const auto jsl = jsLatest(js);
    const auto j = TranscriptReader::read(QStringLiteral("lead-1"), &jsl);
    REQUIRE(j.error.isEmpty());
    REQUIRE(j.messages.size() == 6);
    CHECK(j.messages[0].role == Role::Unsupported);
    CHECK(j.messages[4].role == Role::Unsupported);
    CHECK(j.messages[4].className == QStringLiteral("FancyMessage"));
    CHECK(j.messages[5].content.startsWith(QStringLiteral("Here is")));
}

TEST_CASE("Damaged blobs give an error for the thread, never a crash", "[transcript]")
{
    SECTION("truncated JSON")
    {
        const auto latest = jsLatest(JsMessages.left(JsMessages.size() / 2));
        const auto t = TranscriptReader::read(QStringLiteral("x"), &latest);
        CHECK_FALSE(t.error.isEmpty());
        CHECK(t.messages.isEmpty());
        // The other channels are still read.
        CHECK(t.state.value(QStringLiteral("current_stage")).toString() ==
              QStringLiteral("qualified"));
    }
    SECTION("JSON that is not a list")
    {
        const auto latest = jsLatest(R"({"messages":[]})");
        CHECK_FALSE(TranscriptReader::read(QStringLiteral("x"), &latest).error.isEmpty());
    }
    SECTION("truncated, garbage and hostile msgpack")
    {
        const QByteArray good = test::msgpackfx::messages(pythonMessages());
        QList<QByteArray> bad = {good.left(good.size() - 7), good.left(1),
                                 QByteArray("\xc1\xc1\xc1", 3),
                                 // An array header claiming 4 billion elements.
                                 QByteArray("\xdd\xff\xff\xff\xff\x01", 6),
                                 // An ext 5 whose payload is truncated msgpack.
                                 QByteArray("\x91\xc7\x05\x05\x94\xa3\x61\x62", 8)};
        for (int i = 0; i < 200; ++i) {
            QByteArray flipped = good;
            flipped[(i * 7919) % flipped.size()] = char(i * 31);
            bad << flipped;
        }
        for (const QByteArray& blob : bad) {
            const auto latest = pythonLatest(blob);
            const auto t = TranscriptReader::read(QStringLiteral("x"), &latest);
            // Either read (a flipped byte inside a string) or reported; never thrown.
            if (!t.error.isEmpty())
                CHECK(t.messages.isEmpty());
        }
        const auto latest = pythonLatest(good.left(good.size() - 7));
        CHECK_FALSE(TranscriptReader::read(QStringLiteral("x"), &latest).error.isEmpty());
    }
    SECTION("a damaged checkpoint document")
    {
        auto latest = jsLatest(JsMessages);
        latest.checkpointJson = "{not json";
        const auto t = TranscriptReader::read(QStringLiteral("x"), &latest);
        CHECK_FALSE(t.error.isEmpty());
    }
    SECTION("a blob type this version does not know")
    {
        const auto latest = jsLatest("x", QStringLiteral("msgpack+aes"));
        CHECK(TranscriptReader::read(QStringLiteral("x"), &latest).error.contains("msgpack+aes"));
    }
}

TEST_CASE("A missing blob row, no messages channel, no checkpoint", "[transcript]")
{
    auto missing = jsLatest(JsMessages);
    missing.channels[0].rowFound = false;
    missing.channels[0].blob.clear();
    missing.channels[0].type.clear();
    const auto m = TranscriptReader::read(QStringLiteral("x"), &missing);
    CHECK(m.error.contains(QStringLiteral("missing")));
    CHECK(m.messages.isEmpty());
    CHECK(m.state.value(QStringLiteral("current_stage")).toString() == QStringLiteral("qualified"));

    auto noMessages = jsLatest(JsMessages);
    noMessages.channels.removeFirst();
    const auto n = TranscriptReader::read(QStringLiteral("x"), &noMessages);
    CHECK(n.error.isEmpty());
    CHECK(n.hasCheckpoint());
    CHECK(n.messages.isEmpty());

    const auto none = TranscriptReader::read(QStringLiteral("x"), nullptr);
    CHECK_FALSE(none.hasCheckpoint());
    CHECK(none.error.isEmpty());
}

TEST_CASE("Stage changes are placed from the checkpoint history", "[transcript]")
{
    const auto latest = jsLatest(JsMessages);
    auto history = [](const char* id, const char* stage, int parentCount, int count) {
        TranscriptReader::HistoryPoint h;
        h.checkpointId = QString::fromLatin1(id);
        h.time = QDateTime(QDate(2026, 11, 25), QTime(17, 0, count), Qt::UTC);
        h.stageType = QStringLiteral("json");
        h.stageBlob = QByteArray("\"") + stage + "\"";
        // Messages blobs with the given number of (any) elements.
        auto list = [](int n) {
            QByteArray b = "[";
            for (int i = 0; i < n; ++i)
                b += i ? ",{\"a\":[1,\"],\"]}" : "{\"a\":[1,\"],\"]}";
            return b + "]";
        };
        h.messagesType = QStringLiteral("json");
        h.messagesBlob = list(count);
        if (parentCount >= 0) {
            h.parentMessagesType = QStringLiteral("json");
            h.parentMessagesBlob = list(parentCount);
        }
        return h;
    };
    // intake written with the 2nd message, rewritten unchanged later, then qualified with the 5th.
    const QList<TranscriptReader::HistoryPoint> h = {history("c1", "intake", 1, 2),
                                                     history("c2", "intake", 2, 3),
                                                     history("c3", "qualified", 4, 5)};
    const auto t = TranscriptReader::read(QStringLiteral("lead-1"), &latest, h);
    REQUIRE(t.stageChanges.size() == 2);
    CHECK(t.stageChanges[0].stage == QStringLiteral("intake"));
    CHECK(t.stageChanges[0].messageIndex == 1);
    CHECK(t.stageChanges[1].stage == QStringLiteral("qualified"));
    CHECK(t.stageChanges[1].messageIndex == 4);
    CHECK(t.messages[1].time == h[0].time);
    CHECK(t.messages[4].time == h[2].time);

    // Python's inline stage and msgpack counts from the array header.
    TranscriptReader::HistoryPoint p;
    p.checkpointId = QStringLiteral("p1");
    p.hasInlineStage = true;
    p.inlineStageJson = "\"pitch\"";
    p.parentMessagesType = QStringLiteral("msgpack");
    p.parentMessagesBlob = test::msgpackfx::messages(pythonMessages().mid(0, 3));
    const auto py = pythonLatest(test::msgpackfx::messages(pythonMessages()));
    const auto pt = TranscriptReader::read(QStringLiteral("py"), &py, {p});
    REQUIRE(pt.stageChanges.size() == 1);
    CHECK(pt.stageChanges[0].messageIndex == 3);
}

TEST_CASE("Message counts without decoding", "[transcript]")
{
    CHECK(TranscriptReader::countMessages(QStringLiteral("json"), "[]") == 0);
    CHECK(TranscriptReader::countMessages(QStringLiteral("json"), " [ 1 ] ") == 1);
    CHECK(TranscriptReader::countMessages(QStringLiteral("json"),
                                          R"([{"a":"x,y]"},"\"],",[1,2]])") == 3);
    CHECK(TranscriptReader::countMessages(QStringLiteral("json"), "[1,2") == -1);
    CHECK(TranscriptReader::countMessages(QStringLiteral("null"), {}) == 0);
    const QList<test::msgpackfx::Message> many(40, pythonMessages().at(1));
    CHECK(TranscriptReader::countMessages(QStringLiteral("msgpack"),
                                          test::msgpackfx::messages(many)) == 40);
}

TEST_CASE("Several text blocks read as paragraphs in the transcript and JSON keeps LangChain join",
          "[transcript]")
{
    // The seed's example: two blocks that ran together as "…email sync.Pro plan…".
    const QByteArray blob =
        R"JS([{"lc":1,"type":"constructor","id":["langchain_core","messages","AIMessage"],"kwargs":{"content":[{"type":"text","text":"It includes email sync."},{"type":"text","text":"Pro plan is $297 a month."}],"id":"a9","tool_calls":[],"invalid_tool_calls":[],"additional_kwargs":{},"response_metadata":{}}}])JS";
    QList<langgraph::TranscriptMessage> messages;
    QString error;
    REQUIRE(TranscriptReader::decodeMessages(QStringLiteral("json"), blob, &messages, &error));
    REQUIRE(messages.size() == 1);
    const auto& m = messages.first();
    CHECK(m.content == QStringLiteral("It includes email sync.Pro plan is $297 a month."));
    CHECK(m.displayText() ==
          QStringLiteral("It includes email sync.\n\nPro plan is $297 a month."));

    langgraph::Transcript t;
    t.threadId = QStringLiteral("blocks");
    t.checkpointId = QStringLiteral("c1");
    t.messages = messages;
    models::TranscriptModel model;
    model.setTranscript(t);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data(Qt::DisplayRole).toString() ==
          QStringLiteral("It includes email sync.\n\nPro plan is $297 a month."));
}
