// Scenarios compared across the built-in runtime and the LangGraph server, and a real (demo)
// conversation replayed on the server: through the CLI, on a demo database of its own (fixture
// "pg") and the real dev server (fixture "lgserver").
#include "CliRun.h"
#include "DemoDatabase.h"
#include "TestDatabase.h"

#include "agent/server/ServerClient.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace limitless;

namespace {

QString serverUrl()
{
    QFile f(QStringLiteral(LIMITLESS_LGSERVER_STATE "/server.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("url")).toString();
}

QString database()
{
    return test::demoDatabaseUrl(QStringLiteral("agent_server_scenarios"));
}

test::CliRun runWithInput(const QStringList& args, const QByteArray& input)
{
    return test::runLimitlessWithInput(args, input, 120000);
}

QJsonObject json(const test::CliRun& r)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(r.out, &e);
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    return d.object();
}

QJsonObject named(const QJsonArray& list, const QString& name)
{
    for (const QJsonValue& v : list)
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    return {};
}

QString unique(const char* prefix)
{
    return QString::fromLatin1(prefix) + QLatin1Char('-') +
           QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

} // namespace

TEST_CASE("scenarios run --backend both sets each scenario's outcome on both runtimes side by side")
{
    const QString url = database();
    const QString buyer = unique("buyer"), browser = unique("browser");
    test::CliRun r = runWithInput(
        {QStringLiteral("scenarios"), QStringLiteral("save"), buyer, QStringLiteral("--db"), url},
        "hi there\nI run a fitness studio, about 20k a month, my problem is no-shows\nok tell me "
        "more\nyes sign me up, option 2, ana@example.com\n");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = runWithInput(
        {QStringLiteral("scenarios"), QStringLiteral("save"), browser, QStringLiteral("--db"), url},
        "hello\njust looking\n");
    REQUIRE(r.exitCode == 0);

    r = test::runLimitless({QStringLiteral("scenarios"), QStringLiteral("run"), buyer, browser,
                            QStringLiteral("--backend"), QStringLiteral("both"),
                            QStringLiteral("--server"), serverUrl(), QStringLiteral("--no-record"),
                            QStringLiteral("--json"), QStringLiteral("--db"), url});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = json(r);
    CHECK(o.value(QStringLiteral("backend")) == QStringLiteral("both"));
    CHECK(o.value(QStringLiteral("server")).toObject().value(QStringLiteral("version")) ==
          QStringLiteral("1.5.1"));
    const QJsonArray list = o.value(QStringLiteral("scenarios")).toArray();
    REQUIRE(list.size() == 2);

    // The buyer: the server's graph stops before close (an interrupt), is resumed, and sends
    // the link; the built-in runtime gets there too.
    const QJsonObject b = named(list, buyer);
    const QJsonObject bs = b.value(QStringLiteral("server")).toObject();
    const QJsonObject bb = b.value(QStringLiteral("builtin")).toObject();
    CHECK(bs.value(QStringLiteral("stage_reached")) == QStringLiteral("close"));
    CHECK(bs.value(QStringLiteral("qualified")).toBool());
    CHECK(bs.value(QStringLiteral("payment_link_sent")).toBool());
    CHECK(bs.value(QStringLiteral("turns")).toInt() == 4);
    CHECK(bs.value(QStringLiteral("policy")).toString().startsWith(QLatin1String("server:")));
    CHECK(bb.value(QStringLiteral("policy")) == QStringLiteral("offline"));
    CHECK(bb.value(QStringLiteral("turns")).toInt() == 4);
    // The verdict follows the three figures.
    const bool same =
        bb.value(QStringLiteral("stage_reached")) == bs.value(QStringLiteral("stage_reached")) &&
        bb.value(QStringLiteral("qualified")) == bs.value(QStringLiteral("qualified")) &&
        bb.value(QStringLiteral("payment_link_sent")) ==
            bs.value(QStringLiteral("payment_link_sent"));
    CHECK(b.value(QStringLiteral("verdict")).toString() ==
          QLatin1String(same ? "same" : "differs"));

    // The browser: not qualified, no link, on the server.
    const QJsonObject w = named(list, browser).value(QStringLiteral("server")).toObject();
    CHECK(w.value(QStringLiteral("stage_reached")) == QStringLiteral("qualification"));
    CHECK_FALSE(w.value(QStringLiteral("qualified")).toBool());
    CHECK_FALSE(w.value(QStringLiteral("payment_link_sent")).toBool());

    // The server's thread holds the run, as the server reports it.
    agent::server::ServerClient client{QUrl(serverUrl())};
    agent::server::ServerError e;
    const auto head = client.state(bs.value(QStringLiteral("thread_id")).toString(), &e);
    REQUIRE_FALSE(e);
    CHECK(head.state.paymentLinkSent);

    // The text output: the compare table.
    r = test::runLimitless({QStringLiteral("scenarios"), QStringLiteral("run"), buyer,
                            QStringLiteral("--backend"), QStringLiteral("both"),
                            QStringLiteral("--server"), serverUrl(), QStringLiteral("--no-record"),
                            QStringLiteral("--db"), url});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("Stage (server)"));
    CHECK(r.out.contains("Link sent (built-in / server)"));

    // --backend server alone; a dead server is a clear network error.
    r = test::runLimitless({QStringLiteral("scenarios"), QStringLiteral("run"), browser,
                            QStringLiteral("--backend"), QStringLiteral("server"),
                            QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9"),
                            QStringLiteral("--json"), QStringLiteral("--db"), url});
    CHECK(r.exitCode == 1);
    CHECK(json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")) ==
          QStringLiteral("network"));
    // Usage: --backend server needs --server; an unknown backend is refused.
    r = test::runLimitless({QStringLiteral("scenarios"), QStringLiteral("run"),
                            QStringLiteral("--backend"), QStringLiteral("server"),
                            QStringLiteral("--db"), url});
    CHECK(r.exitCode == 2);
    r = test::runLimitless({QStringLiteral("scenarios"), QStringLiteral("run"),
                            QStringLiteral("--backend"), QStringLiteral("cloud"),
                            QStringLiteral("--db"), url});
    CHECK(r.exitCode == 2);
}

TEST_CASE("replay --server: a demo conversation copied up to turn 2 into a server thread and "
          "continued there, beside the original")
{
    const QString url = database();
    auto conn = test::connect(url);
    const QString id =
        conn->exec(QStringLiteral("select c.id from conversations c join campaigns ca on "
                                  "ca.id = c.campaign_id where ca.platform <> 'playground' "
                                  "and c.current_stage = 'complete' order by c.id limit 1"))
            .scalar()
            .toString();
    REQUIRE_FALSE(id.isEmpty());
    test::CliRun r = test::runLimitless(
        {QStringLiteral("replay"), id, QStringLiteral("--turn"), QStringLiteral("2"),
         QStringLiteral("--server"), serverUrl(), QStringLiteral("--assistant"),
         QStringLiteral("sales_agent"), QStringLiteral("--json"), QStringLiteral("--db"), url});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = json(r);
    CHECK(o.value(QStringLiteral("conversation_id")) == id);
    CHECK(o.value(QStringLiteral("copied_turns")).toInt() == 2);
    CHECK(o.value(QStringLiteral("policy")) == QStringLiteral("server:sales_agent"));
    const int total = o.value(QStringLiteral("total_turns")).toInt();
    REQUIRE(total > 2);
    const QJsonArray turns = o.value(QStringLiteral("turns")).toArray();
    CHECK(turns.size() == total - 2);
    for (const QJsonValue& t : turns) {
        CHECK_FALSE(t.toObject().value(QStringLiteral("replay_reply")).toString().isEmpty());
        CHECK(t.toObject().value(QStringLiteral("error")).isNull());
    }
    const QJsonObject original = o.value(QStringLiteral("original")).toObject();
    const QJsonObject replay = o.value(QStringLiteral("replay")).toObject();
    CHECK(original.value(QStringLiteral("stage_reached")) == QStringLiteral("complete"));
    CHECK(replay.value(QStringLiteral("lead_turns")).toInt() == total);

    // On the server: the thread starts with the copy (a state update, the original's first
    // messages), then one run per remaining lead turn.
    agent::server::ServerClient client{QUrl(serverUrl())};
    agent::server::ServerError e;
    const QString thread = o.value(QStringLiteral("replay_thread_id")).toString();
    const auto history = client.history(thread, &e);
    REQUIRE_FALSE(e);
    REQUIRE_FALSE(history.isEmpty());
    const auto& first = history.last();
    CHECK(first.source() == QStringLiteral("update"));
    int humans = 0;
    for (const auto& m : first.state.messages)
        humans += m.kind == langgraph::LcMessage::Kind::Human ? 1 : 0;
    CHECK(humans == 2);
    const auto head = client.state(thread, &e);
    REQUIRE_FALSE(e);
    CHECK(head.state.messages.size() == replay.value(QStringLiteral("messages")).toInt());
    CHECK(head.state.currentStage == replay.value(QStringLiteral("stage_reached")).toString());
}
