#include "agent/AgentBench.h"

#include "agent/AgentRuntime.h"
#include "agent/BenchChatStandIn.h"
#include "agent/OpenAiPolicy.h"
#include "agent/Policy.h"
#include "agent/StateChannels.h"
#include "agent/ThreadStore.h"
#include "db/PgConnection.h"
#include "langgraph/CheckpointWriter.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>

#include <libpq-fe.h>

namespace limitless::agent {

namespace {

// A lead who qualifies, hears the warm pitch, objects on price and asks for the link: every
// node that retrieves runs.
const char* const kLead[] = {
    "Hi! I saw your ad, how does this work?",
    "I run a dental clinic in Austin.",
    "We make about $40k a month.",
    "Honestly getting new patients consistently is the hardest part.",
    "Hmm, that sounds expensive. Is it worth the price?",
    "Ok, Option 2 please, my email is dana@smiles.example",
};
constexpr int kLeadTurns = int(std::size(kLead));

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QString nodeFor(const QString& interopDir, const QString& given)
{
    if (!given.isEmpty())
        return given;
    const QString local =
        QDir(interopDir).absoluteFilePath(QStringLiteral("../../.deps/node/bin/node"));
    return QFileInfo(local).isExecutable() ? local : QStringLiteral("node");
}

// The database URL of `conn` for node-postgres (libpq's own parameters, passfile included).
QString urlOf(db::PgConnection& conn)
{
    PGconn* c = conn.raw();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(QString::fromUtf8(PQuser(c)));
    const QString host = QString::fromUtf8(PQhost(c));
    url.setHost(host.startsWith(QLatin1Char('/')) ? QStringLiteral("localhost") : host);
    url.setPort(QString::fromUtf8(PQport(c)).toInt());
    url.setPath(QLatin1Char('/') + QString::fromUtf8(PQdb(c)));
    QUrlQuery q;
    for (PQconninfoOption* o = PQconninfo(c); o && o->keyword; ++o)
        if (o->val && QByteArray(o->keyword) == "passfile" &&
            QFileInfo::exists(QString::fromUtf8(o->val)))
            q.addQueryItem(QStringLiteral("passfile"), QString::fromUtf8(o->val));
    if (const char* pw = PQpass(c); pw && *pw)
        url.setPassword(QString::fromUtf8(pw));
    q.addQueryItem(QStringLiteral("sslmode"), QStringLiteral("disable"));
    url.setQuery(q);
    return url.toString();
}

} // namespace

AgentBench::AgentBench(db::PgConnection& conn, Policy& policy, knowledge::Retriever* retriever,
                       Setup setup)
    : m_conn(conn), m_policy(policy), m_retriever(retriever), m_setup(std::move(setup))
{}

double AgentBench::percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

namespace {

constexpr int kStreamedReplies = 200;

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The streaming figures (see run()); a part that cannot run goes to *skipped.
void streamingOverhead(const AgentState& state, QList<AgentBench::Figure>* figures,
                       QStringList* skipped)
{
    auto add = [&](const QString& key, const QString& label, double value, const QString& unit,
                   const QString& target = {}, bool hasTarget = false, bool met = true) {
        figures->append({key, label, value, unit, target, hasTarget, met});
    };
    using P = AgentBench;
    QStringList tokens;
    for (const char* t : {"Great", " question", " —", " most", " clinics", " see", " the",
                          " difference", " in", " the", " first", " month", "."})
        tokens << QString::fromUtf8(t);
    BenchChatStandIn standIn(tokens);
    QString why;
    if (!standIn.start(&why)) {
        skipped->append(
            AgentBench::tr("Streaming overhead: the loopback stand-in could not listen: %1")
                .arg(why));
        return;
    }
    OpenAiPolicy::Config config;
    config.baseUrl = standIn.baseUrl();
    config.model = QStringLiteral("bench-stand-in");
    OpenAiPolicy policy(config, QByteArrayLiteral("sk-bench-stand-in"));
    PolicyRequest request;
    request.node = QStringLiteral("objection_handling");
    request.state = state;
    request.prompt = QStringLiteral("Answer the lead's objection in one sentence.");

    QList<double> overheadMs;
    QList<double> clientMs;
    QObject receiver; // this thread's: its queued calls run when the event loop gets to them
    for (int i = -5; i < kStreamedReplies; ++i) { // five warm-up replies
        qint64 shownNs = -1;
        PolicyReply reply;
        QEventLoop loop;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            bool first = true;
            reply = policy.respond(
                request,
                [&](const QString&) {
                    if (!first)
                        return;
                    first = false;
                    QMetaObject::invokeMethod(
                        &receiver, [&shownNs] { shownNs = steadyNs(); }, Qt::QueuedConnection);
                },
                nullptr);
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
        }));
        worker->start();
        loop.exec();
        worker->wait();
        if (!reply.ok()) {
            skipped->append(AgentBench::tr("Streaming overhead: %1").arg(reply.errorMessage));
            return;
        }
        const QList<qint64> sent = standIn.firstByteTimes();
        if (i < 0)
            continue;
        if (shownNs < 0 || sent.isEmpty()) {
            skipped->append(AgentBench::tr("Streaming overhead: a streamed reply gave no token."));
            return;
        }
        const ChatTiming& t = policy.lastResult().timing;
        overheadMs << double(shownNs - sent.constLast()) / 1e6;
        clientMs << double(t.firstDeltaNs - t.firstByteNs) / 1e6;
    }
    const double p95 = P::percentile(overheadMs, 95);
    add(QStringLiteral("stream_overhead_p50_ms"),
        AgentBench::tr(
            "Streaming: stand-in's first byte to the first token on the GUI thread, p50"),
        P::percentile(overheadMs, 50), QStringLiteral("ms"));
    add(QStringLiteral("stream_overhead_p95_ms"),
        AgentBench::tr(
            "Streaming: stand-in's first byte to the first token on the GUI thread, p95"),
        p95, QStringLiteral("ms"), AgentBench::tr("< 16 ms (one frame)"), true, p95 < 16.0);
    add(QStringLiteral("stream_client_p50_ms"),
        AgentBench::tr(
            "Streaming: the client's first body byte to the first token handed over, p50"),
        P::percentile(clientMs, 50), QStringLiteral("ms"));
}

} // namespace

db::DbError AgentBench::run(QList<Figure>* figures, QStringList* skipped, const Progress& progress)
{
    auto say = [&](const QString& s) {
        if (progress)
            progress(s);
    };
    auto add = [&](const QString& key, const QString& label, double value, const QString& unit,
                   const QString& target = {}, bool hasTarget = false, bool met = true) {
        figures->append({key, label, value, unit, target, hasTarget, met});
    };

    // 1. Offline turns on playground threads of six turns each (the message list grows as in a
    // real conversation), retrieval and the one-transaction write included.
    AgentRuntime runtime(m_conn, m_setup.ownerId, {}, m_policy, m_retriever);
    QStringList threads;
    QList<double> turnMs;
    QString error;
    QString lastThread;
    say(tr("Running %1 offline turns…").arg(m_setup.turns));
    // One warm-up conversation first: statements, the retriever's index.
    for (int i = -kLeadTurns; i < m_setup.turns; ++i) {
        const int inThread = (i + kLeadTurns) % kLeadTurns;
        if (inThread == 0) {
            lastThread = runtime.startThread({}, &error);
            if (lastThread.isEmpty())
                return db::DbError::client(error);
            threads << lastThread;
        }
        QElapsedTimer t;
        t.start();
        const TurnResult r = runtime.sendMessage(lastThread, QString::fromUtf8(kLead[inThread]));
        const double elapsed = ms(t);
        if (!r.ok()) {
            for (const QString& id : threads)
                runtime.deleteThread(id);
            return r.dbError ? r.dbError : db::DbError::client(r.error);
        }
        if (i >= 0)
            turnMs << elapsed;
    }
    const double p95 = percentile(turnMs, 95);
    add(QStringLiteral("turn_p50_ms"), tr("Offline turn with retrieval and checkpoint write, p50"),
        percentile(turnMs, 50), QStringLiteral("ms"));
    add(QStringLiteral("turn_p95_ms"), tr("Offline turn with retrieval and checkpoint write, p95"),
        p95, QStringLiteral("ms"), QStringLiteral("< 30 ms"), true, p95 < 30);

    // 2. One turn's checkpoint (every channel at a new version) written by us and by
    // LangGraph.js's PostgresSaver.put, into bench threads of LangGraph's tables.
    ThreadStore store(m_conn, m_setup.ownerId, {});
    db::DbError e;
    const ThreadSnapshot snap = store.load(lastThread, {}, &e);
    if (e)
        return e;
    const QList<langgraph::CheckpointWriter::ChannelWrite> channels =
        StateChannels::all(snap.state);
    const QByteArray ours =
        "bench-agent-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    const QByteArray theirs =
        "bench-agent-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    auto cleanup = [&] {
        for (const QByteArray& t : {ours, theirs})
            for (const char* table : {"checkpoint_writes", "checkpoint_blobs", "checkpoints"})
                m_conn.exec(
                    QStringLiteral("delete from %1 where thread_id = $1").arg(QLatin1String(table)),
                    {QString::fromLatin1(t)});
    };
    say(tr("Writing %1 checkpoints, ours and LangGraph.js's…").arg(m_setup.writes));
    QList<double> writeMs;
    QByteArray parentId, parentJson;
    const std::array<std::uint8_t, 6> node{0x01, 0x62, 0x65, 0x6e, 0x63, 0x68};
    for (int i = -1; i < m_setup.writes; ++i) {
        langgraph::CheckpointWriter writer(ours, node, QByteArray(""));
        if (!parentId.isEmpty())
            writer.continueFrom(parentId, parentJson, i);
        writer.put(snap.state.currentStage.toUtf8(), "loop", QDateTime::currentMSecsSinceEpoch(),
                   channels);
        QElapsedTimer t;
        t.start();
        db::QueryResult b = m_conn.exec(QStringLiteral("begin"));
        e = b.error ? b.error : writer.save(m_conn);
        const db::QueryResult c =
            m_conn.exec(e ? QStringLiteral("rollback") : QStringLiteral("commit"));
        if (!e)
            e = c.error;
        const double elapsed = ms(t);
        if (e) {
            cleanup();
            return e;
        }
        if (i >= 0)
            writeMs << elapsed;
        parentId = writer.latestCheckpointId();
        parentJson = writer.checkpointRows().last().checkpoint;
    }
    add(QStringLiteral("checkpoint_write_p50_ms"),
        tr("Our checkpoint write (%1 channels, one transaction), p50").arg(channels.size()),
        percentile(writeMs, 50), QStringLiteral("ms"));

    const QString dir = m_setup.interopDir;
    if (!QFileInfo::exists(QDir(dir).absoluteFilePath(QStringLiteral(
            "node_modules/@langchain/langgraph-checkpoint-postgres/package.json")))) {
        skipped->append(tr("LangGraph.js PostgresSaver.put: no node_modules in %1.").arg(dir));
    } else {
        QProcess node;
        node.setWorkingDirectory(dir);
        node.start(nodeFor(dir, m_setup.nodeExecutable),
                   {QStringLiteral("langgraph-put-bench.mjs"), urlOf(m_conn), lastThread,
                    QString::fromLatin1(theirs), QString::number(m_setup.writes)});
        if (!node.waitForFinished(300000) || node.exitStatus() != QProcess::NormalExit ||
            node.exitCode() != 0) {
            QString note = QString::fromUtf8(node.readAllStandardError()).trimmed();
            if (note.isEmpty())
                note = node.errorString();
            skipped->append(tr("LangGraph.js PostgresSaver.put: %1").arg(note.right(400)));
        } else {
            const QJsonObject o = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
            QList<double> peer;
            for (const QJsonValue& v : o.value(QStringLiteral("samples_ms")).toArray())
                peer << v.toDouble();
            if (peer.isEmpty()) {
                skipped->append(tr("LangGraph.js PostgresSaver.put: no samples."));
            } else {
                const double theirsP50 = percentile(peer, 50);
                add(QStringLiteral("langgraph_put_p50_ms"),
                    tr("LangGraph.js PostgresSaver.put, same checkpoint (peer), p50"), theirsP50,
                    QStringLiteral("ms"));
                add(QStringLiteral("checkpoint_write_ratio"),
                    tr("Our write time ÷ PostgresSaver.put's (p50)"),
                    percentile(writeMs, 50) / theirsP50, QStringLiteral("×"));
            }
        }
    }
    cleanup();

    // 3. Streaming overhead: the OpenAI-compatible policy on a worker thread (as the playground
    // runs it), a loopback stand-in streaming the reply, and the first token's arrival on this
    // thread's event loop (where the playground's page would paint it).
    say(tr("Streaming %1 replies through the OpenAI-compatible policy…").arg(kStreamedReplies));
    streamingOverhead(snap.state, figures, skipped);

    say(tr("Removing the %1 bench threads…").arg(threads.size()));
    for (const QString& id : threads)
        if (const db::DbError d = runtime.deleteThread(id))
            return d;
    return {};
}

QJsonObject AgentBench::toJson(const QList<Figure>& figures, const QStringList& skipped)
{
    QJsonArray list;
    bool pass = true;
    for (const Figure& f : figures) {
        list.append(
            QJsonObject{{QStringLiteral("key"), f.key},
                        {QStringLiteral("label"), f.label},
                        {QStringLiteral("value"), f.value},
                        {QStringLiteral("unit"), f.unit},
                        {QStringLiteral("target"), f.target.isEmpty() ? QJsonValue() : f.target},
                        {QStringLiteral("met"), f.hasTarget ? QJsonValue(f.met) : QJsonValue()}});
        pass = pass && (!f.hasTarget || f.met);
    }
    return QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("agent")},
                       {QStringLiteral("figures"), list},
                       {QStringLiteral("not_measured"), QJsonArray::fromStringList(skipped)},
                       {QStringLiteral("pass"), pass}};
}

} // namespace limitless::agent
