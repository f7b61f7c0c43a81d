// Scenarios: saved lead turns replayed on fresh playground threads, compared run to run.
#include "AgentDatabase.h"
#include "DemoDatabase.h"
#include "TestDatabase.h"

#include "agent/OfflinePolicy.h"
#include "agent/ScenarioRunner.h"
#include "agent/ScenarioStore.h"
#include "agent/ThreadStore.h"
#include "knowledge/OfflineEmbedder.h"
#include "knowledge/Retriever.h"

#include <catch2/catch.hpp>

#include <QUuid>

using namespace limitless;

namespace {

const QStringList kDental = {
    QStringLiteral("Hi! I saw your ad, how does this work?"),
    QStringLiteral("I run a dental clinic in Austin."),
    QStringLiteral("We make about $40k a month."),
    QStringLiteral("Honestly getting new patients consistently is the hardest part."),
    QStringLiteral("Option 2 sounds good, my email is dana@smiles.example"),
};

// The agent as the command line sets it up: offline policy, retrieval with the offline
// embedder the demo's documents were embedded with.
struct Agent {
    QString url = test::demoDatabaseUrl(QStringLiteral("agent_scenarios"));
    std::unique_ptr<db::PgConnection> conn = test::connect(url);
    QString owner = test::onlyOwner(url);
    knowledge::OfflineEmbedder embedder;
    knowledge::Retriever retriever{*conn, embedder};
    agent::OfflinePolicy policy;
    qint64 clock = 1748736000000LL;

    agent::ScenarioRunner runner()
    {
        agent::ScenarioRunner r(*conn, owner, {}, policy, &retriever);
        r.setClock([this] { return clock += 1000; });
        return r;
    }
};

QString unique(const char* prefix)
{
    return QString::fromLatin1(prefix) + QLatin1Char('-') +
           QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

} // namespace

TEST_CASE("scenarios: saved, listed, replaced only when asked, deleted, bad input refused")
{
    Agent a;
    agent::ScenarioStore store(*a.conn, a.owner, {});
    agent::Scenario s;
    s.name = unique("store");
    s.campaignCode = QStringLiteral("X");
    s.leadTurns = kDental;
    db::DbError e;
    const QString id = store.save(s, false, &e);
    REQUIRE_FALSE(e);
    REQUIRE_FALSE(id.isEmpty());

    const auto found = store.find(s.name, &e);
    REQUIRE(found.has_value());
    CHECK(found->id == id);
    CHECK(found->leadTurns == kDental);
    CHECK(found->campaignCode == QStringLiteral("X"));

    // The same name again: refused without --replace, nothing changed.
    agent::Scenario other = s;
    other.leadTurns = {QStringLiteral("only one line")};
    CHECK(store.save(other, false, &e).isEmpty());
    CHECK(e.kind == db::DbError::Kind::UniqueViolation);
    CHECK(store.find(s.name, &e)->leadTurns == kDental);
    CHECK(store.save(other, true, &e) == id);
    CHECK_FALSE(e);
    CHECK(store.find(s.name, &e)->leadTurns == other.leadTurns);

    // Bad input is refused with a specific reason, before the database.
    agent::Scenario bad = s;
    bad.name = QStringLiteral("  ");
    CHECK(agent::ScenarioStore::validate(bad).contains(QStringLiteral("name")));
    bad = s;
    bad.leadTurns = {QStringLiteral("fine"), QStringLiteral("   ")};
    CHECK(agent::ScenarioStore::validate(bad) == QStringLiteral("Lead turn 2 is empty."));
    bad.leadTurns.clear();
    CHECK_FALSE(agent::ScenarioStore::validate(bad).isEmpty());
    CHECK(store.save(bad, true, &e).isEmpty());
    CHECK(e.kind == db::DbError::Kind::Client);

    CHECK(store.remove(s.name, &e));
    CHECK_FALSE(store.remove(s.name, &e));
    CHECK_FALSE(store.find(s.name, &e).has_value());
}

TEST_CASE("scenarios: the offline policy gives identical results on identical inputs")
{
    Agent a;
    agent::Scenario s;
    s.name = unique("determinism");
    s.leadTurns = kDental;
    agent::ScenarioRunner runner = a.runner();
    const agent::ScenarioOutcome first = runner.run(s);
    const agent::ScenarioOutcome second = runner.run(s);
    INFO(first.error.toStdString());
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first.threadId != second.threadId); // a fresh playground thread each time
    CHECK(first.turns == kDental.size());
    CHECK(first.replies == second.replies);
    CHECK(first.stages == second.stages);
    CHECK(first.state == second.state);
    CHECK(first.fingerprint == second.fingerprint);
    CHECK(agent::ScenarioRunner::compare(first, second).isEmpty());
    // And it went somewhere: the dental lead qualifies and gets the pitch.
    CHECK(first.qualified);
    CHECK(first.stages.contains(QStringLiteral("pitch")));
    CHECK(first.state.value(QStringLiteral("business_type"))
              .toString()
              .contains(QStringLiteral("ental")));
    // The thread is a real playground thread holding every turn.
    agent::ThreadStore threads(*a.conn, a.owner, {});
    db::DbError e;
    const agent::ThreadSnapshot snap = threads.load(first.threadId, {}, &e);
    REQUIRE_FALSE(e);
    CHECK(agent::ScenarioStore::leadTurns(snap.state) == kDental);
    CHECK(snap.state.currentStage == first.stageReached);
}

TEST_CASE("scenarios: run all stores each run and reports what changed since the last")
{
    Agent a;
    agent::ScenarioStore store(*a.conn, a.owner, {});
    db::DbError e;
    agent::Scenario s;
    s.name = unique("suite");
    s.leadTurns = kDental;
    s.id = store.save(s, false, &e);
    REQUIRE_FALSE(e);
    agent::Scenario cold;
    cold.name = unique("suite-cold");
    cold.leadTurns = {QStringLiteral("hey"), QStringLiteral("not interested, bye")};
    cold.id = store.save(cold, false, &e);
    REQUIRE_FALSE(e);

    agent::ScenarioRunner runner = a.runner();
    QList<agent::ScenarioReport> r1 = runner.runAll({s, cold}, &e);
    REQUIRE_FALSE(e);
    REQUIRE(r1.size() == 2);
    CHECK(r1[0].status() == QStringLiteral("new"));
    CHECK(r1[1].status() == QStringLiteral("new"));
    CHECK(r1[0].outcome.promptVersion == 0);
    CHECK(r1[0].outcome.policy == QStringLiteral("offline"));

    // Nothing changed: the same outcome, and the report says so.
    QList<agent::ScenarioReport> r2 = runner.runAll({s, cold}, &e);
    REQUIRE_FALSE(e);
    CHECK(r2[0].status() == QStringLiteral("same"));
    CHECK(r2[0].changes.isEmpty());
    CHECK(r2[0].previous.fingerprint == r1[0].outcome.fingerprint);
    CHECK(r2[0].previous.threadId == r1[0].outcome.threadId);

    // A new greeting prompt (version 7): the first reply and the prompt version differ.
    agent::PromptSet prompts = agent::PromptSet::builtin();
    agent::NodePrompt greeting = prompts.node(QStringLiteral("greeting"));
    REQUIRE(greeting.body.contains(QStringLiteral("Hey! Thanks for reaching out")));
    greeting.body.replace(QStringLiteral("Hey! Thanks for reaching out"),
                          QStringLiteral("Hello and welcome"));
    greeting.version = 7;
    prompts.set(greeting);
    runner.setPrompts(prompts);
    QList<agent::ScenarioReport> r3 = runner.runAll({s}, &e);
    REQUIRE_FALSE(e);
    REQUIRE(r3.size() == 1);
    CHECK(r3[0].status() == QStringLiteral("changed"));
    CHECK(r3[0].outcome.promptVersion == 7);
    CHECK(r3[0].changes.contains(agent::ScenarioChange{QStringLiteral("prompt_version"),
                                                       QStringLiteral("0"), QStringLiteral("7")}));
    bool replyChange = false;
    for (const agent::ScenarioChange& c : r3[0].changes)
        if (c.field == QStringLiteral("reply 1")) {
            replyChange = true;
            CHECK(c.before.startsWith(QStringLiteral("Hey! Thanks")));
            CHECK(c.after.startsWith(QStringLiteral("Hello and welcome")));
        }
    CHECK(replyChange);
    // The stage path did not change with the wording.
    CHECK(r3[0].outcome.stageReached == r1[0].outcome.stageReached);

    // The stored newest runs are the last ones.
    const auto latest = store.latestRuns(&e);
    REQUIRE_FALSE(e);
    CHECK(latest.value(s.id).promptVersion == 7);
    CHECK(latest.value(s.id).fingerprint == r3[0].outcome.fingerprint);
    CHECK(latest.value(cold.id).fingerprint == r2[1].outcome.fingerprint);
    CHECK(latest.value(s.id).replies == r3[0].outcome.replies);
}

TEST_CASE("scenarios: a run that cannot start says why and stores the failure")
{
    Agent a;
    agent::Scenario s;
    s.name = unique("nocampaign");
    s.campaignCode = QStringLiteral("NO-SUCH-CAMPAIGN");
    s.leadTurns = {QStringLiteral("hello")};
    agent::ScenarioRunner runner = a.runner();
    const agent::ScenarioOutcome o = runner.run(s);
    CHECK_FALSE(o.ok());
    CHECK(o.error.contains(QStringLiteral("NO-SUCH-CAMPAIGN")));
    CHECK(o.turns == 0);
    CHECK(o.threadId.isEmpty());
}
