// The LangGraph-server backend against the real API dev server (fixture "lgserver") serving
// the deterministic sales graph of tests/interop/langgraph-server.
#include "LoopbackStandIns.h"

#include "agent/server/ServerBench.h"
#include "agent/server/ServerClient.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <atomic>
#include <thread>

using namespace limitless::agent::server;
using Kind = ServerError::Kind;

namespace {

QUrl serverUrl()
{
    QFile f(QStringLiteral(LIMITLESS_LGSERVER_STATE "/server.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QUrl(
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("url")).toString());
}

const QString kGraph = QStringLiteral("sales_agent");

RunRequest say(const QString& text)
{
    RunRequest r;
    r.assistantId = kGraph;
    r.messages << InputMessage{text};
    return r;
}

QString newThread(ServerClient& c)
{
    ServerError e;
    const QString id = c.createThread(QJsonObject{{QStringLiteral("test"), true}}, &e).threadId;
    REQUIRE_FALSE(e);
    REQUIRE_FALSE(id.isEmpty());
    return id;
}

RunOutcome turn(ServerClient& c, const QString& thread, const QString& text)
{
    ServerError e;
    RunOutcome r = c.stream(thread, say(text), {}, &e);
    INFO(e.message.toStdString());
    REQUIRE_FALSE(e);
    return r;
}

QString lastAiText(const limitless::agent::AgentState& s)
{
    for (auto it = s.messages.rbegin(); it != s.messages.rend(); ++it) {
        if (it->kind == limitless::langgraph::LcMessage::Kind::Ai)
            return QString::fromUtf8(it->content);
    }
    return {};
}

const QString kQualify = QStringLiteral(
    "I run a fitness studio, about 20k a month, my problem is no-shows. ana@example.com");

} // namespace

TEST_CASE("Test connection, assistants and the server's graph")
{
    ServerClient c(serverUrl());
    ServerError e;
    const ServerInfo info = c.testConnection(&e);
    REQUIRE_FALSE(e);
    CHECK(info.version == QLatin1String("1.5.1"));
    CHECK(info.context == QLatin1String("js"));

    const QList<Assistant> assistants = c.searchAssistants(&e);
    REQUIRE_FALSE(e);
    REQUIRE(assistants.size() == 1);
    CHECK(assistants[0].graphId == kGraph);

    const GraphShape g = c.graph(assistants[0].assistantId, &e);
    REQUIRE_FALSE(e);
    QStringList nodes;
    for (const auto& n : g.nodes)
        nodes << n.id;
    CHECK(nodes.contains(QStringLiteral("extract")));
    CHECK(nodes.contains(QStringLiteral("close")));
    CHECK(nodes.contains(QStringLiteral("__start__")));
    int conditional = 0;
    for (const auto& edge : g.edges) {
        if (edge.source == QLatin1String("extract")) {
            CHECK(edge.conditional);
            ++conditional;
        }
    }
    CHECK(conditional == 6);
}

TEST_CASE("A turn streams the reply token by token and ends in the final state")
{
    ServerClient c(serverUrl());
    const QString thread = newThread(c);
    QStringList tokens;
    QStringList nodes;
    QStringList checkpoints;
    int valuesEvents = 0;
    StreamCallbacks cb;
    cb.onToken = [&](const QString& t, const QString& node, const QString&) {
        tokens << t;
        CHECK(node == QLatin1String("greeting"));
    };
    cb.onNode = [&](const QString& n) { nodes << n; };
    cb.onCheckpoint = [&](const QString& id, const QString&) { checkpoints << id; };
    cb.onValues = [&](const limitless::agent::AgentState&, const QJsonObject&) { ++valuesEvents; };
    ServerError e;
    const RunOutcome r = c.stream(thread, say(QStringLiteral("hi there")), cb, &e);
    REQUIRE_FALSE(e);
    CHECK(tokens.size() > 5);
    CHECK(tokens.join(QString()) == lastAiText(r.state)); // in order, nothing lost
    CHECK(r.reply == tokens.join(QString()));
    CHECK(r.reply.startsWith(QStringLiteral("Hi! Thanks for reaching out.")));
    CHECK(nodes == QStringList{QStringLiteral("extract"), QStringLiteral("greeting")});
    CHECK(r.state.currentStage == QLatin1String("qualification"));
    CHECK(r.state.messages.size() == 2);
    CHECK(valuesEvents >= 2);
    CHECK_FALSE(r.interrupted);
    CHECK(r.firstTokenMs >= 0);
    CHECK(r.firstTokenMs <= r.totalMs);
    REQUIRE_FALSE(checkpoints.isEmpty());
    CHECK(checkpoints == r.checkpoints);

    // The state the server keeps is the one the stream ended with, at its last checkpoint.
    const StateSnapshot s = c.state(thread, &e);
    REQUIRE_FALSE(e);
    CHECK(s.checkpointId == checkpoints.last());
    CHECK(s.state.currentStage == QLatin1String("qualification"));
    CHECK(s.next.isEmpty());
    CHECK(s.source() == QLatin1String("loop"));
    CHECK(lastAiText(s.state) == r.reply);
}

TEST_CASE("The seed's channels come back as AgentState, turn after turn")
{
    ServerClient c(serverUrl());
    const QString thread = newThread(c);
    turn(c, thread, QStringLiteral("hi there"));
    RunOutcome r = turn(c, thread, kQualify);
    CHECK(r.state.qualified);
    CHECK(r.state.qualificationScore == 1.0);
    CHECK(r.state.businessType == QLatin1String("fitness studio"));
    CHECK(r.state.monthlyRevenue == QLatin1String("20k"));
    CHECK(r.state.mainPainPoint == QLatin1String("no-shows"));
    CHECK(r.state.email == QLatin1String("ana@example.com"));
    CHECK(r.state.currentStage == QLatin1String("pitch"));
    r = turn(c, thread, QStringLiteral("tell me more"));
    CHECK(r.state.pitchDelivered);
    CHECK(r.state.pitchType == QLatin1String("warm"));
    CHECK(r.state.currentStage == QLatin1String("objection_handling"));
    CHECK(r.state.messages.size() == 6);
}

TEST_CASE("An interrupt before close is shown and resumed")
{
    ServerClient c(serverUrl());
    const QString thread = newThread(c);
    turn(c, thread, QStringLiteral("hi there"));
    turn(c, thread, kQualify);
    turn(c, thread, QStringLiteral("tell me more"));
    RunOutcome r = turn(c, thread, QStringLiteral("ok I am ready, option 2"));
    CHECK(r.interrupted);
    CHECK(r.next == QStringList{QStringLiteral("close")});
    CHECK(r.reply.isEmpty());
    CHECK_FALSE(r.state.paymentLinkSent);
    CHECK(r.state.currentStage == QLatin1String("objection_handling")); // the values before close
    CHECK(r.state.messages.size() == 7);
    ServerError e;
    const StateSnapshot s = c.state(thread, &e);
    REQUIRE_FALSE(e);
    CHECK(s.isInterrupted());
    CHECK(s.next == QStringList{QStringLiteral("close")});
    CHECK(c.thread(thread, &e).status == QLatin1String("interrupted"));

    RunRequest resume;
    resume.assistantId = kGraph;
    resume.resume = true;
    r = c.stream(thread, resume, {}, &e);
    REQUIRE_FALSE(e);
    CHECK_FALSE(r.interrupted);
    CHECK(r.nodes == QStringList{QStringLiteral("close")});
    CHECK(r.reply ==
          QLatin1String("Here is your payment link for option2: https://pay.example.com/option2"));
    CHECK(r.state.paymentLinkSent);
    CHECK(r.state.preferredPlan == QLatin1String("option2"));

    // runs/wait at an interrupt answers only {"__interrupt__": …}: the client reads the state.
    const QString other = newThread(c);
    for (const QString& t : {QStringLiteral("hi there"), kQualify, QStringLiteral("tell me more")})
        turn(c, other, t);
    const RunOutcome w = c.wait(other, say(QStringLiteral("ok I am ready")), &e);
    REQUIRE_FALSE(e);
    CHECK(w.interrupted);
    CHECK(w.next == QStringList{QStringLiteral("close")});
    CHECK(w.state.currentStage == QLatin1String("objection_handling"));
    CHECK(w.state.messages.size() == 7);
}

TEST_CASE("History is a tree; forks by state update and by a re-run from a checkpoint")
{
    ServerClient c(serverUrl());
    const QString thread = newThread(c);
    turn(c, thread, QStringLiteral("hi there"));
    ServerError e;
    const QString afterTurn1 = c.state(thread, &e).checkpointId;
    REQUIRE_FALSE(e);
    turn(c, thread, QStringLiteral("I have no idea"));

    QList<StateSnapshot> h = c.history(thread, &e);
    REQUIRE_FALSE(e);
    REQUIRE(h.size() >= 6);
    QSet<QString> ids;
    for (const auto& s : h)
        ids.insert(s.checkpointId);
    int roots = 0;
    for (const auto& s : h) {
        if (s.parentCheckpointId.isEmpty())
            ++roots;
        else
            CHECK(ids.contains(s.parentCheckpointId));
    }
    CHECK(roots == 1);
    CHECK(h.first().checkpointId == c.state(thread, &e).checkpointId); // newest first

    SECTION("fork by editing state at the end of the first turn")
    {
        const QJsonObject values{
            {QStringLiteral("qualified"), true},
            {QStringLiteral("qualification_score"), 0.9},
            {QStringLiteral("business_type"), QStringLiteral("salon")},
            {QStringLiteral("main_pain_point"), QStringLiteral("empty chairs")},
            {QStringLiteral("current_stage"), QStringLiteral("pitch")}};
        const QString forked =
            c.updateState(thread, values, QStringLiteral("greeting"), &e, afterTurn1);
        REQUIRE_FALSE(e);
        const StateSnapshot head = c.state(thread, &e);
        CHECK(head.checkpointId == forked);
        CHECK(head.parentCheckpointId == afterTurn1);
        CHECK(head.source() == QLatin1String("update"));
        CHECK(head.state.messages.size() == 2); // the second turn is on the other branch
        const RunOutcome r = turn(c, thread, QStringLiteral("tell me more"));
        CHECK(r.state.pitchType == QLatin1String("warm"));
        CHECK(r.reply.contains(QStringLiteral("empty chairs")));
        // The old branch is still in the history.
        const QList<StateSnapshot> after = c.history(thread, &e);
        CHECK(after.size() > h.size());
        CHECK(std::any_of(after.begin(), after.end(), [&](const StateSnapshot& s) {
            return s.checkpointId == h.first().checkpointId;
        }));
    }
    SECTION("re-run the second turn from the first turn's checkpoint with other words")
    {
        RunRequest again =
            say(QStringLiteral("I run a salon, 5k a month, my problem is empty chairs"));
        again.checkpointId = afterTurn1;
        const RunOutcome r = c.stream(thread, again, {}, &e);
        REQUIRE_FALSE(e);
        CHECK(r.state.qualified);
        CHECK(r.state.currentStage == QLatin1String("pitch"));
        CHECK(r.state.messages.size() == 4);
        REQUIRE_FALSE(r.checkpoints.isEmpty());
        const StateSnapshot first = c.state(thread, &e, r.checkpoints.first());
        REQUIRE_FALSE(e);
        CHECK(first.parentCheckpointId == afterTurn1);
    }
}

TEST_CASE("A fork from a checkpoint the thread does not have is refused")
{
    ServerClient c(serverUrl());
    const QString thread = newThread(c);
    turn(c, thread, QStringLiteral("hi there"));
    ServerError e;
    const StateSnapshot before = c.state(thread, &e);
    const QString id = c.updateState(thread, QJsonObject{{QStringLiteral("qualified"), true}},
                                     QStringLiteral("greeting"), &e,
                                     QStringLiteral("1f000000-0000-6000-8000-000000000000"));
    CHECK(id.isEmpty());
    CHECK(e.kind == Kind::UnknownCheckpoint);
    CHECK(e.message.contains(QStringLiteral("1f000000-0000-6000-8000-000000000000")));
    const StateSnapshot after = c.state(thread, &e);
    CHECK(after.checkpointId == before.checkpointId);
    CHECK(after.state.messages.size() == 2);
}

TEST_CASE("A node that raises is reported, from a stream and from runs/wait")
{
    ServerClient c(serverUrl());
    const QString thread = newThread(c);
    ServerError e;
    const RunOutcome r = c.stream(thread, say(QStringLiteral("please explode")), {}, &e);
    CHECK(e.kind == Kind::NodeFailed);
    CHECK(e.message.contains(
        QStringLiteral("Simulated node failure: the lead said \"please explode\"")));
    CHECK_FALSE(r.runId.isEmpty());
    CHECK(c.thread(thread, nullptr).status == QLatin1String("error"));
    const StateSnapshot s = c.state(thread, &e);
    CHECK(s.hasError());
    CHECK(s.errorText().contains(QStringLiteral("Simulated node failure")));
    CHECK_FALSE(s.isInterrupted());

    const QString other = newThread(c);
    c.wait(other, say(QStringLiteral("explode")), &e);
    CHECK(e.kind == Kind::NodeFailed);
    CHECK(e.detail == QLatin1String("Error: Simulated node failure: the lead said \"explode\""));
}

TEST_CASE("A second run while one is running is 422 busy; the running one is cancelled")
{
    const QUrl url = serverUrl();
    ServerClient c(url);
    const QString thread = newThread(c);
    ServerError slowError;
    RunOutcome slow;
    std::thread background([&] {
        ServerClient own(url); // one client per thread
        slow = own.wait(thread, say(QStringLiteral("please go slowly")), &slowError);
    });
    // Wait for the run to exist on the server.
    QString runId;
    ServerError e;
    for (int i = 0; i < 100 && runId.isEmpty(); ++i) {
        for (const QJsonValue& run : c.runs(thread, &e)) {
            const QString status = run.toObject().value(QStringLiteral("status")).toString();
            if (status == QLatin1String("running") || status == QLatin1String("pending"))
                runId = run.toObject().value(QStringLiteral("run_id")).toString();
        }
        QThread::msleep(50);
    }
    REQUIRE_FALSE(runId.isEmpty());
    c.stream(thread, say(QStringLiteral("hello?")), {}, &e);
    CHECK(e.kind == Kind::Busy);
    CHECK(e.httpStatus == 422);
    CHECK(e.message.contains(QStringLiteral("already running")));

    QElapsedTimer clock;
    clock.start();
    REQUIRE(c.cancelRun(thread, runId, &e));
    background.join();
    CHECK(clock.elapsed() < 5000); // the node waits 6 s when left alone
    QString status;
    for (const QJsonValue& run : c.runs(thread, &e)) {
        if (run.toObject().value(QStringLiteral("run_id")).toString() == runId)
            status = run.toObject().value(QStringLiteral("status")).toString();
    }
    CHECK(status == QLatin1String("interrupted"));
}

TEST_CASE("Cancelling a stream cancels the run on the server")
{
    ServerClient c(serverUrl());
    const QString thread = newThread(c);
    std::atomic_bool cancel{false};
    QString runId;
    StreamCallbacks cb;
    cb.onRunStarted = [&](const QString& id) { runId = id; };
    cb.onNode = [&](const QString& node) {
        if (node == QLatin1String("extract"))
            cancel = true; // the node now waits 6 s unless cancelled
    };
    ServerError e;
    QElapsedTimer clock;
    clock.start();
    c.stream(thread, say(QStringLiteral("please go slowly")), cb, &e, &cancel);
    CHECK(e.kind == Kind::Cancelled);
    REQUIRE_FALSE(runId.isEmpty());
    QString status;
    for (int i = 0; i < 100; ++i) {
        for (const QJsonValue& run : c.runs(thread, &e)) {
            if (run.toObject().value(QStringLiteral("run_id")).toString() == runId)
                status = run.toObject().value(QStringLiteral("status")).toString();
        }
        if (status != QLatin1String("running") && status != QLatin1String("pending"))
            break;
        QThread::msleep(50);
    }
    CHECK(status == QLatin1String("interrupted"));
    CHECK(clock.elapsed() < 5000);
}

TEST_CASE("Unknown threads and assistants are 404 with the server's words")
{
    ServerClient c(serverUrl());
    ServerError e;
    const QString missing = QStringLiteral("00000000-0000-4000-8000-000000000000");
    c.thread(missing, &e);
    CHECK(e.kind == Kind::NotFound);
    CHECK(e.detail.contains(QStringLiteral("not found")));
    c.history(missing, &e);
    CHECK(e.kind == Kind::NotFound);
    // The server answers a run on a missing thread with a misleading 422 "already running".
    c.stream(missing, say(QStringLiteral("hi")), {}, &e);
    CHECK(e.kind == Kind::NotFound);
    CHECK(e.message.contains(missing));
    c.wait(missing, say(QStringLiteral("hi")), &e);
    CHECK(e.kind == Kind::NotFound);

    c.graph(QStringLiteral("nope"), &e);
    CHECK(e.kind == Kind::NotFound);
    const QString thread = newThread(c);
    RunRequest bad = say(QStringLiteral("hi"));
    bad.assistantId = QStringLiteral("nope");
    c.stream(thread, bad, {}, &e);
    CHECK(e.kind == Kind::NotFound);
    CHECK(e.detail.contains(QStringLiteral("No assistant found for \"nope\"")));

    REQUIRE(c.deleteThread(thread, &e));
    c.thread(thread, &e);
    CHECK(e.kind == Kind::NotFound);
}

TEST_CASE("Threads are listed and found by metadata")
{
    ServerClient c(serverUrl());
    ServerError e;
    const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch());
    const QString id = c.createThread(QJsonObject{{QStringLiteral("scenario"), tag}}, &e).threadId;
    REQUIRE_FALSE(e);
    const QList<ServerThread> found =
        c.searchThreads(&e, QJsonObject{{QStringLiteral("scenario"), tag}});
    REQUIRE_FALSE(e);
    REQUIRE(found.size() == 1);
    CHECK(found[0].threadId == id);
    CHECK(found[0].status == QLatin1String("idle"));
}

TEST_CASE("A stream that breaks off is picked up where it stopped")
{
    CuttingProxy proxy(serverUrl(), "event: messages");
    REQUIRE(proxy.isListening());
    ServerClient c(proxy.url());
    const QString thread = newThread(c);
    QStringList tokens;
    StreamCallbacks cb;
    cb.onToken = [&](const QString& t, const QString&, const QString&) { tokens << t; };
    ServerError e;
    const RunOutcome r = c.stream(thread, say(QStringLiteral("hi there")), cb, &e);
    INFO(e.message.toStdString());
    REQUIRE_FALSE(e);
    CHECK(proxy.cuts() == 1);
    CHECK(r.resumes == 1);
    CHECK(tokens.join(QString()) == lastAiText(r.state)); // no token lost or repeated
    CHECK(r.state.currentStage == QLatin1String("qualification"));

    SECTION("and reported when it cannot be")
    {
        CuttingProxy again(serverUrl(), "event: messages");
        ServerClient once(again.url());
        once.setStreamResumeAttempts(0);
        const QString t = newThread(once);
        const RunOutcome cut = once.stream(t, say(QStringLiteral("hi there")), {}, &e);
        CHECK(e.kind == Kind::StreamDropped);
        CHECK(e.message.contains(cut.runId));
        CHECK_FALSE(cut.runId.isEmpty());
    }
}

TEST_CASE("A refused API key is an auth error (stand-in for a deployment with auth)")
{
    SECTION("401")
    {
        AuthStandIn standIn(401, "Missing authentication header");
        ServerClient c(standIn.url());
        ServerError e;
        c.testConnection(&e);
        CHECK(e.kind == Kind::Auth);
        CHECK(e.httpStatus == 401);
        CHECK(e.message.contains(QStringLiteral("Missing authentication header")));
        CHECK_FALSE(standIn.lastRequestHead().toLower().contains("x-api-key"));
    }
    SECTION("403, and the key went in x-api-key")
    {
        AuthStandIn standIn(403, "Invalid API key");
        ServerClient c(standIn.url(), "lsv2_secret_123");
        ServerError e;
        c.stream(QStringLiteral("01a24958-f2c7-750a-88ca-b6c8dba90a8d"), say(QStringLiteral("hi")),
                 {}, &e);
        CHECK(e.kind == Kind::Auth);
        CHECK(e.httpStatus == 403);
        CHECK(e.message.contains(QStringLiteral("Invalid API key")));
        CHECK_FALSE(e.message.contains(QStringLiteral("lsv2_secret_123")));
        CHECK(standIn.lastRequestHead().contains("x-api-key: lsv2_secret_123"));
    }
}

TEST_CASE("An unreachable server is a network error")
{
    AuthStandIn closed(401, "");
    const QUrl url = closed.url();
    closed.close();
    ServerClient c(url);
    ServerError e;
    c.testConnection(&e);
    CHECK(e.kind == Kind::Network);
    CHECK(e.message.contains(QStringLiteral("could not be reached")));
}

TEST_CASE("Benchmark: first token and final state, client against plain HTTP")
{
    const ServerBenchResult r = benchServer(serverUrl(), {}, kGraph, 3);
    INFO(r.error.toStdString());
    REQUIRE(r.error.isEmpty());
    CHECK(r.rounds == 3);
    CHECK(r.clientFirstTokenMs > 0);
    CHECK(r.clientFirstTokenMs <= r.clientFinalMs);
    CHECK(r.rawFirstTokenMs > 0);
    CHECK(r.rawFirstTokenMs <= r.rawFinalMs);
    WARN(r.toText().toStdString());
}

TEST_CASE("limitless chat --server --json prints one object per lead line")
{
    QProcess p;
    p.start(QStringLiteral(LIMITLESS_BINARY_DIR "/limitless"),
            {QStringLiteral("chat"), QStringLiteral("--server"), serverUrl().toString(),
             QStringLiteral("--assistant"), kGraph, QStringLiteral("--json")});
    REQUIRE(p.waitForStarted());
    p.write("hi there\n\nI run a gym, 20k a month, my problem is churn\nexplode\n");
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 1); // the third turn failed
    // One compact object per turn, then (a turn failed) the command's error object.
    QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    REQUIRE(lines.size() > 3);
    const QJsonObject summary = QJsonDocument::fromJson(lines.mid(3).join('\n'))
                                    .object()
                                    .value(QStringLiteral("error"))
                                    .toObject();
    CHECK(summary.value(QStringLiteral("code")).toString() == QLatin1String("node_failed"));
    lines = lines.mid(0, 3);
    QString thread;
    for (const QByteArray& l : lines) {
        const QJsonObject o = QJsonDocument::fromJson(l).object();
        REQUIRE_FALSE(o.isEmpty());
        if (thread.isEmpty())
            thread = o.value(QStringLiteral("thread_id")).toString();
        CHECK(o.value(QStringLiteral("thread_id")).toString() == thread);
    }
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    CHECK(second.value(QStringLiteral("reply"))
              .toString()
              .startsWith(QStringLiteral("Great, a gym")));
    CHECK(second.value(QStringLiteral("state"))
              .toObject()
              .value(QStringLiteral("qualified"))
              .toBool());
    const QJsonObject third = QJsonDocument::fromJson(lines[2]).object();
    CHECK(
        third.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
        QLatin1String("node_failed"));
    CHECK(third.value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("Simulated node failure")));
}
