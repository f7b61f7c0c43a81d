// `limitless scenarios` and `limitless replay` as a script meets them: --json documents, exit
// codes and error objects.
#include "AgentDatabase.h"
#include "CliRun.h"
#include "DemoDatabase.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace limitless;

namespace {

QString database()
{
    return test::demoDatabaseUrl(QStringLiteral("agent_scenarios"));
}

test::CliRun runWithInput(const QStringList& args, const QByteArray& input)
{
    return test::runLimitlessWithInput(args, input);
}

QJsonObject json(const test::CliRun& r)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(r.out, &e);
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    return d.object();
}

QString unique(const char* prefix)
{
    return QString::fromLatin1(prefix) + QLatin1Char('-') +
           QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

QJsonObject named(const QJsonArray& list, const QString& name)
{
    for (const QJsonValue& v : list)
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    return {};
}

} // namespace

TEST_CASE("scenarios CLI: save from standard input, list, run twice, see nothing changed")
{
    const QString url = database();
    const QString name = unique("cli");
    test::CliRun r = runWithInput({QStringLiteral("scenarios"), QStringLiteral("save"), name,
                                   QStringLiteral("--json"), QStringLiteral("--db"), url},
                                  "Hi! how does this work?\n\nI run a dental clinic\nWe make "
                                  "about $40k a month\n");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject saved = json(r).value(QStringLiteral("scenario")).toObject();
    CHECK(saved.value(QStringLiteral("name")).toString() == name);
    CHECK(saved.value(QStringLiteral("lead_turns")).toArray().size() == 3); // blank line skipped

    // The same name again is refused, and says how to replace it.
    r = runWithInput({QStringLiteral("scenarios"), QStringLiteral("save"), name,
                      QStringLiteral("--json"), QStringLiteral("--db"), url},
                     "just one line\n");
    CHECK(r.exitCode == 1);
    CHECK(json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")) ==
          QStringLiteral("exists"));
    CHECK(r.err.contains(QStringLiteral("--replace")));

    r = test::runLimitless({QStringLiteral("scenarios"), QStringLiteral("list"),
                            QStringLiteral("--json"), QStringLiteral("--db"), url});
    REQUIRE(r.exitCode == 0);
    QJsonObject listed = named(json(r).value(QStringLiteral("scenarios")).toArray(), name);
    CHECK(listed.value(QStringLiteral("lead_turns")).toArray().size() == 3);
    CHECK(listed.value(QStringLiteral("last_run")).isNull());

    r = test::runLimitless({QStringLiteral("scenarios"), QStringLiteral("run"), name,
                            QStringLiteral("--json"), QStringLiteral("--db"), url});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonObject report = json(r);
    CHECK(report.value(QStringLiteral("policy")) == QStringLiteral("offline"));
    QJsonObject one = named(report.value(QStringLiteral("scenarios")).toArray(), name);
    CHECK(one.value(QStringLiteral("status")) == QStringLiteral("new"));
    const QJsonObject outcome = one.value(QStringLiteral("outcome")).toObject();
    CHECK(outcome.value(QStringLiteral("turns")).toInt() == 3);
    CHECK(outcome.value(QStringLiteral("stage_reached")) == QStringLiteral("qualification"));
    CHECK(outcome.value(QStringLiteral("replies")).toArray().size() == 3);
    CHECK(outcome.value(QStringLiteral("prompt_version")).toInt() == 0);

    r = test::runLimitless({QStringLiteral("scenarios"), QStringLiteral("run"), name,
                            QStringLiteral("--json"), QStringLiteral("--fail-on-change"),
                            QStringLiteral("--db"), url});
    REQUIRE(r.exitCode == 0);
    one = named(json(r).value(QStringLiteral("scenarios")).toArray(), name);
    CHECK(one.value(QStringLiteral("status")) == QStringLiteral("same"));
    CHECK(one.value(QStringLiteral("changes")).toArray().isEmpty());
    CHECK(one.value(QStringLiteral("previous")).toObject().value(QStringLiteral("fingerprint")) ==
          outcome.value(QStringLiteral("fingerprint")));

    // The text report: a table and the summary line.
    r = test::runLimitless(
        {QStringLiteral("scenarios"), QStringLiteral("run"), name, QStringLiteral("--db"), url});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(name.toUtf8()));
    CHECK(r.out.contains("0 same") == false);
    CHECK(r.out.contains("1 same, 0 changed, 0 new, 0 failed."));

    r = test::runLimitless({QStringLiteral("scenarios"), QStringLiteral("list"),
                            QStringLiteral("--json"), QStringLiteral("--db"), url});
    listed = named(json(r).value(QStringLiteral("scenarios")).toArray(), name);
    CHECK(listed.value(QStringLiteral("last_run")).toObject().value(QStringLiteral("turns")) == 3);

    r = test::runLimitless({QStringLiteral("scenarios"), QStringLiteral("delete"), name,
                            QStringLiteral("--json"), QStringLiteral("--db"), url});
    CHECK(r.exitCode == 0);
    r = test::runLimitless({QStringLiteral("scenarios"), QStringLiteral("run"), name,
                            QStringLiteral("--json"), QStringLiteral("--db"), url});
    CHECK(r.exitCode == 1);
    CHECK(json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")) ==
          QStringLiteral("not_found"));
}

TEST_CASE("scenarios CLI: save a demo conversation's lead turns by thread id")
{
    const QString url = database();
    auto conn = test::connect(url);
    const auto c = conn->exec(QStringLiteral(
        "select c.id, ca.code, (select count(*) from jsonb_array_elements(convert_from(b.blob, "
        "'UTF8')::jsonb) m where m->'id'->>2 = 'HumanMessage') "
        "from conversations c join campaigns ca on ca.id = c.campaign_id "
        "join lateral (select * from checkpoints k where k.thread_id = c.id order by "
        "checkpoint_id desc limit 1) k on true "
        "join checkpoint_blobs b on b.thread_id = c.id and b.channel = 'messages' and "
        "b.version = k.checkpoint->'channel_versions'->>'messages' "
        "where ca.platform <> 'playground' and c.current_stage = 'pitch' order by c.id limit 1"));
    REQUIRE(c.rowCount() == 1);
    const QString name = unique("from-thread");
    test::CliRun r = test::runLimitless({QStringLiteral("scenarios"), QStringLiteral("save"), name,
                                         QStringLiteral("--thread"), c.value(0, 0).toString(),
                                         QStringLiteral("--json"), QStringLiteral("--db"), url});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject s = json(r).value(QStringLiteral("scenario")).toObject();
    CHECK(s.value(QStringLiteral("source_thread_id")) == c.value(0, 0).toString());
    CHECK(s.value(QStringLiteral("campaign_code")) == c.value(0, 1).toString());
    CHECK(s.value(QStringLiteral("lead_turns")).toArray().size() == c.value(0, 2).toInt());

    r = test::runLimitless({QStringLiteral("scenarios"), QStringLiteral("save"), unique("x"),
                            QStringLiteral("--thread"), QStringLiteral("no-such-thread"),
                            QStringLiteral("--json"), QStringLiteral("--db"), url});
    CHECK(r.exitCode == 1);
    CHECK(json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")) ==
          QStringLiteral("not_found"));
}

TEST_CASE("scenarios CLI: usage errors exit 2 with the error object")
{
    const QString url = database();
    for (const QStringList& args :
         {QStringList{QStringLiteral("scenarios")},
          QStringList{QStringLiteral("scenarios"), QStringLiteral("frobnicate")},
          QStringList{QStringLiteral("scenarios"), QStringLiteral("save")},
          QStringList{QStringLiteral("scenarios"), QStringLiteral("list"),
                      QStringLiteral("--thread"), QStringLiteral("x")},
          QStringList{QStringLiteral("scenarios"), QStringLiteral("run"),
                      QStringLiteral("--policy"), QStringLiteral("magic")}}) {
        const test::CliRun r = test::runLimitless(
            args + QStringList{QStringLiteral("--json"), QStringLiteral("--db"), url});
        INFO(args.join(QLatin1Char(' ')).toStdString() << " → " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")) ==
              QStringLiteral("usage"));
    }
    // No lead turns on standard input.
    const test::CliRun r =
        runWithInput({QStringLiteral("scenarios"), QStringLiteral("save"), unique("empty"),
                      QStringLiteral("--json"), QStringLiteral("--db"), url},
                     "\n   \n");
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("no lead turns")));
}

TEST_CASE("replay CLI: --json sets the replay beside the original")
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
    test::CliRun r = test::runLimitless({QStringLiteral("replay"), id, QStringLiteral("--turn"),
                                         QStringLiteral("2"), QStringLiteral("--json"),
                                         QStringLiteral("--db"), url});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = json(r);
    CHECK(o.value(QStringLiteral("conversation_id")) == id);
    CHECK(o.value(QStringLiteral("copied_turns")).toInt() == 2);
    const QJsonObject original = o.value(QStringLiteral("original")).toObject();
    const QJsonObject replay = o.value(QStringLiteral("replay")).toObject();
    CHECK(original.value(QStringLiteral("stage_reached")) == QStringLiteral("complete"));
    CHECK(original.value(QStringLiteral("payment_link_sent")).toBool());
    CHECK(original.value(QStringLiteral("qualified")).toBool());
    for (const char* key : {"stage_reached", "qualified", "payment_link_sent", "thread_id"})
        CHECK(replay.contains(QLatin1String(key)));
    CHECK(replay.value(QStringLiteral("thread_id")) == o.value(QStringLiteral("replay_thread_id")));
    CHECK(o.value(QStringLiteral("turns")).toArray().size() ==
          o.value(QStringLiteral("total_turns")).toInt() - 2);

    // The text output: both columns.
    r = test::runLimitless({QStringLiteral("replay"), id, QStringLiteral("--db"), url});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("Original"));
    CHECK(r.out.contains("Replay"));
    CHECK(r.out.contains("Stage reached"));
    CHECK(r.out.contains("complete"));

    r = test::runLimitless({QStringLiteral("replay"), id, QStringLiteral("--turn"),
                            QStringLiteral("999"), QStringLiteral("--json"), QStringLiteral("--db"),
                            url});
    CHECK(r.exitCode == 2);
    CHECK(json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")) ==
          QStringLiteral("usage"));
    r = test::runLimitless({QStringLiteral("replay"), QStringLiteral("nope"),
                            QStringLiteral("--json"), QStringLiteral("--db"), url});
    CHECK(r.exitCode == 1);
    CHECK(json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")) ==
          QStringLiteral("not_found"));
}
