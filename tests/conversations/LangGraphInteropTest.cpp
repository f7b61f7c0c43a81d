// Threads written by the real LangGraph.js PostgresSaver
// (tests/interop/langgraph-write-threads.mjs, ctest fixture "conv_langgraph") read back by the C++
// transcript reader message for message: roles, contents (blocks joined; paragraphs to read), ids,
// tool calls with their arguments, tool call ids, the state channels and the stages of the
// checkpoint history.
#include "CliRun.h"
#include "TestDatabase.h"

#include "conversations/TranscriptLoader.h"
#include "db/Additions.h"
#include "db/PgConnection.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace limitless;
using langgraph::TranscriptMessage;

TEST_CASE("LangGraph.js threads read back message for message", "[conversations][interop]")
{
    QFile f(QStringLiteral(CONV_LANGGRAPH_EXPECTED));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
    auto conn = test::connect(test::urlFor(expected.value(QLatin1String("database")).toString()));
    // LangGraph's database here has only LangGraph's tables, none of the dashboard's: the
    // transcript needs nothing else (messages are counted in the app).
    CHECK_FALSE(db::Additions::probe(*conn).messageCount);
    const QJsonObject threads = expected.value(QLatin1String("threads")).toObject();
    REQUIRE(threads.size() == 2);
    for (auto it = threads.begin(); it != threads.end(); ++it) {
        INFO(it.key().toStdString());
        const QJsonObject want = it.value().toObject();
        const langgraph::Transcript t = conversations::TranscriptLoader::load(*conn, it.key());
        CHECK(t.error.isEmpty());
        CHECK(t.checkpointId == want.value(QLatin1String("checkpoint_id")).toString());
        const QJsonArray messages = want.value(QLatin1String("messages")).toArray();
        REQUIRE(t.messages.size() == messages.size());
        for (int i = 0; i < messages.size(); ++i) {
            INFO("message " << i);
            const QJsonObject m = messages.at(i).toObject();
            const TranscriptMessage& got = t.messages.at(i);
            CHECK(TranscriptMessage::roleName(got.role) ==
                  m.value(QLatin1String("role")).toString());
            CHECK(got.content == m.value(QLatin1String("content")).toString());
            CHECK(got.id == m.value(QLatin1String("id")).toString());
            CHECK(got.toolCallId == m.value(QLatin1String("tool_call_id")).toString());
            const QJsonArray calls = m.value(QLatin1String("tool_calls")).toArray();
            REQUIRE(got.toolCalls.size() == calls.size());
            for (int k = 0; k < calls.size(); ++k) {
                const QJsonObject c = calls.at(k).toObject();
                CHECK(got.toolCalls[k].name == c.value(QLatin1String("name")).toString());
                CHECK(got.toolCalls[k].id == c.value(QLatin1String("id")).toString());
                CHECK(QJsonDocument::fromJson(got.toolCalls[k].argsJson).object() ==
                      c.value(QLatin1String("args")).toObject());
            }
        }
        const QJsonObject state = want.value(QLatin1String("state")).toObject();
        CHECK(t.state.value(QStringLiteral("current_stage")).toString() ==
              state.value(QLatin1String("current_stage")).toString());
        CHECK(t.state.value(QStringLiteral("qualified")).toBool() ==
              state.value(QLatin1String("qualified")).toBool());
        QStringList stages;
        for (const auto& s : t.stageChanges)
            stages << s.stage;
        QStringList wantStages;
        for (const QJsonValue& s : want.value(QLatin1String("stages")).toArray())
            wantStages << s.toString();
        CHECK(stages == wantStages);
        for (int k = 1; k < t.stageChanges.size(); ++k)
            CHECK(t.stageChanges[k].messageIndex > t.stageChanges[k - 1].messageIndex);
    }
}

TEST_CASE("A message of several text blocks reads as paragraphs and JSON keeps LangChain join",
          "[conversations][interop]")
{
    QFile f(QStringLiteral(CONV_LANGGRAPH_EXPECTED));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
    const QString url = test::urlFor(expected.value(QLatin1String("database")).toString());
    // a-2 was written by LangGraph.js as two {type: "text"} blocks.
    const QString first = QStringLiteral("Great, that qualifies you.");
    const QString second = QStringLiteral("Here is what we offer…");

    auto conn = test::connect(url);
    const langgraph::Transcript t =
        conversations::TranscriptLoader::load(*conn, QStringLiteral("lg-interop-tools"));
    const auto it = std::find_if(t.messages.begin(), t.messages.end(),
                                 [](const auto& m) { return m.id == QLatin1String("a-2"); });
    REQUIRE(it != t.messages.end());
    CHECK(it->displayText() == first + QStringLiteral("\n\n") + second);

    const test::CliRun text =
        test::runLimitless({QStringLiteral("transcript"), QStringLiteral("lg-interop-tools"),
                            QStringLiteral("--db"), url});
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(QString::fromUtf8(text.out).contains(first + QStringLiteral("\n\n") + second));

    const test::CliRun json =
        test::runLimitless({QStringLiteral("transcript"), QStringLiteral("lg-interop-tools"),
                            QStringLiteral("--db"), url, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray messages =
        QJsonDocument::fromJson(json.out).object().value(QLatin1String("messages")).toArray();
    QString content;
    for (const QJsonValue& m : messages)
        if (m.toObject().value(QLatin1String("id")).toString() == QLatin1String("a-2"))
            content = m.toObject().value(QLatin1String("content")).toString();
    // LangChain's `.text`: "Great, that qualifies you. " + "Here is what we offer…".
    CHECK(content == first + QLatin1Char(' ') + second);
}
