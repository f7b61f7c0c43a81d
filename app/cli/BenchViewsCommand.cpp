// `limitless bench-views`: the Conversations page's speed targets on the large demo data —
// first page, filtered search, scrolling 50,000 rows without blocking the event loop, opening a
// long transcript (beside LangGraph.js's own PostgresSaver.getTuple on the same thread, run in
// the same invocation) and the resident memory after paging through every conversation.
#include "cli/Cli.h"

#include "bench/LoopProbe.h"
#include "conversations/ConversationQuery.h"
#include "conversations/TranscriptLoader.h"
#include "db/Database.h"
#include "db/PgConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <algorithm>

namespace limitless::cli {

using conversations::ConversationFilter;
using conversations::ConversationQuery;
using conversations::ConversationRow;

namespace {

struct Figure {
    QString key;
    QString title;
    double p50 = 0, p95 = 0, max = 0;
    double target = 0; // ms (or MB for memory); 0 = informational
    int samples = 0;
    QString unit = QStringLiteral("ms");
    bool pass() const { return target <= 0 || p95 < target; }
};

Figure summarise(QString key, QString title, QVector<double> v, double target)
{
    std::sort(v.begin(), v.end());
    Figure f{std::move(key), std::move(title)};
    f.samples = int(v.size());
    if (!v.isEmpty()) {
        f.p50 = v.at(v.size() / 2);
        f.p95 = v.at(qMin<qsizetype>(v.size() - 1, qsizetype(double(v.size()) * 0.95)));
        f.max = v.last();
    }
    f.target = target;
    return f;
}

// Pages through the list on the asynchronous Database exactly as the model's fetchMore does,
// while a 1 ms timer measures how late the event loop serves it: the longest delay is the
// longest time the loop was blocked by decoding and storing a page.
struct ScrollResult {
    int rows = 0;
    double maxBlockMs = 0; // the probe's longest delay (includes the OS descheduling us)
    double maxWorkMs = 0;  // the longest time spent handling one page on the loop's thread
    double totalMs = 0;
    double rssMb = 0;
    QString error;
};

ScrollResult scroll(const QString& url, int target, int pageSize)
{
    ScrollResult result;
    db::Database database;
    QEventLoop loop;
    QObject::connect(&database, &db::Database::stateChanged, &loop, [&](db::ConnectionState s) {
        if (s == db::ConnectionState::Connected || s == db::ConnectionState::Failed)
            loop.quit();
    });
    database.open(url);
    if (database.state() != db::ConnectionState::Connected)
        loop.exec();
    if (database.state() != db::ConnectionState::Connected) {
        result.error = database.lastError().toString();
        return result;
    }

    QVector<ConversationRow> rows;
    ConversationFilter filter;
    QElapsedTimer clock;
    bench::LoopProbe probe;
    std::function<void()> next = [&] {
        const QString afterId = rows.isEmpty() ? QString() : rows.last().id;
        const qint64 afterMsecs = rows.isEmpty() ? 0 : rows.last().lastMessageAt;
        database.query(ConversationQuery::page(filter, afterId, afterMsecs, pageSize), &loop,
                       [&](const db::QueryResult& r) {
                           QElapsedTimer work;
                           work.start();
                           if (!r.ok()) {
                               result.error = r.error.toString();
                               loop.quit();
                               return;
                           }
                           const QVector<ConversationRow> page = ConversationQuery::rows(r);
                           rows.append(page);
                           result.maxWorkMs =
                               qMax(result.maxWorkMs, double(work.nsecsElapsed()) / 1e6);
                           if (page.size() < pageSize || rows.size() >= target)
                               loop.quit();
                           else
                               next();
                       });
    };
    clock.start();
    probe.start();
    next();
    loop.exec();
    probe.stop();
    result.maxBlockMs = probe.maxMs();
    result.totalMs = double(clock.nsecsElapsed()) / 1e6;
    result.rows = int(rows.size());
    result.rssMb = bench::residentMemoryMb();
    return result;
}

} // namespace

int runBenchViews(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless bench-views"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Benchmarks the Conversations views (run on `demo-data --scale large`)."));
    p.addOption({QStringLiteral("iterations"),
                 QCoreApplication::translate("Cli", "Measured runs per query (default 50)."),
                 QStringLiteral("N"), QStringLiteral("50")});
    p.addOption({QStringLiteral("thread"),
                 QCoreApplication::translate("Cli", "The thread to open (default: the one with "
                                                    "the most messages)."),
                 QStringLiteral("ID")});
    p.addOption(
        {QStringLiteral("interop-dir"),
         QCoreApplication::translate(
             "Cli",
             "Directory of the LangGraph.js peer script "
             "(default: tests/interop under the working directory, or LIMITLESS_INTEROP_DIR)."),
         QStringLiteral("DIR")});
    cli.addCommonOptions();
    cli.setMaxPositional(0);
    if (!cli.parse(args))
        return cli.exitCode();
    const int iterations = qMax(1, p.value(QStringLiteral("iterations")).toInt());
    const QString url = cli.databaseUrl();
    if (url.isEmpty())
        return cli.exitCode();
    auto conn = cli.connect();
    if (!conn)
        return cli.exitCode();

    QList<Figure> figures;
    auto time = [&](const db::Statement& s, QString* error) {
        QElapsedTimer t;
        t.start();
        const auto r = conn->exec(s);
        if (!r.ok())
            *error = r.error.toString();
        ConversationQuery::rows(r);
        return double(t.nsecsElapsed()) / 1e6;
    };
    QString error;

    // 1. First page (what the page shows on opening).
    QVector<double> v;
    const ConversationFilter all;
    time(ConversationQuery::page(all, {}, 0, 200), &error); // warm-up
    for (int i = 0; i < iterations && error.isEmpty(); ++i)
        v << time(ConversationQuery::page(all, {}, 0, 200), &error);
    figures << summarise(QStringLiteral("first_page"),
                         QCoreApplication::translate("Cli", "first page (200 rows)"), v, 20);

    // 2. A filtered search: a handle fragment, a stage and qualified, as the filter bar sends.
    const auto sample = conn->exec(QStringLiteral(
        "select substr(instagram_handle, 2, 4) from conversations order by id limit 1"));
    ConversationFilter search;
    search.search = sample.scalar().toString();
    search.qualified = true;
    search.stages = {QStringLiteral("close"), QStringLiteral("complete"),
                     QStringLiteral("objection_handling")};
    v.clear();
    time(ConversationQuery::page(search, {}, 0, 200), &error);
    for (int i = 0; i < iterations && error.isEmpty(); ++i)
        v << time(ConversationQuery::page(search, {}, 0, 200), &error);
    figures << summarise(QStringLiteral("filtered_search"),
                         QCoreApplication::translate("Cli", "filtered search (\"%1\", 3 stages, "
                                                            "qualified)")
                             .arg(search.search),
                         v, 50);
    v.clear();
    for (int i = 0; i < iterations && error.isEmpty(); ++i)
        v << time(ConversationQuery::count(search), &error);
    figures << summarise(QStringLiteral("filtered_count"),
                         QCoreApplication::translate("Cli", "  its total count"), v, 50);
    if (!error.isEmpty())
        return cli.fail(error);

    // 3. The transcript: the thread with the most messages unless one is named.
    QString thread = p.value(QStringLiteral("thread"));
    if (thread.isEmpty())
        thread = conn->exec(QStringLiteral("select id from conversations order by total_messages "
                                           "desc, id limit 1"))
                     .scalar()
                     .toString();
    int messageCount = 0;
    v.clear();
    for (int i = 0; i < iterations + 1; ++i) {
        QElapsedTimer t;
        t.start();
        const langgraph::Transcript tr = conversations::TranscriptLoader::load(*conn, thread);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!tr.error.isEmpty())
            return cli.fail(tr.error);
        messageCount = int(tr.messages.size());
        if (i > 0)
            v << ms;
    }
    figures << summarise(
        QStringLiteral("transcript"),
        QCoreApplication::translate("Cli", "open transcript (%1 messages)").arg(messageCount), v,
        20);

    // The peer: LangGraph.js's PostgresSaver.getTuple on the same thread, same database.
    QString interopDir = p.value(QStringLiteral("interop-dir"));
    if (interopDir.isEmpty())
        interopDir = qEnvironmentVariable("LIMITLESS_INTEROP_DIR", QStringLiteral("tests/interop"));
    Figure peer;
    QString peerNote;
    {
        QProcess node;
        interopDir = QDir(interopDir).absolutePath();
        node.setWorkingDirectory(interopDir);
        // The Node.js 20 that scripts/install-deps keeps in .deps/node when the system's is
        // older (LangGraph.js needs 20), else the one on the PATH; LIMITLESS_NODE overrides.
        QString nodeExe = qEnvironmentVariable("LIMITLESS_NODE");
        if (nodeExe.isEmpty()) {
            const QString local =
                QDir(interopDir).absoluteFilePath(QStringLiteral("../../.deps/node/bin/node"));
            nodeExe = QFileInfo(local).isExecutable() ? local : QStringLiteral("node");
        }
        node.start(
            nodeExe,
            {QDir(interopDir).absoluteFilePath(QStringLiteral("langgraph-gettuple-bench.mjs")), url,
             thread, QString::number(iterations)});
        if (!node.waitForFinished(300000) || node.exitCode() != 0) {
            peerNote = QString::fromUtf8(node.readAllStandardError()).trimmed();
            if (peerNote.isEmpty())
                peerNote = node.errorString();
        } else {
            const QJsonObject o = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
            QVector<double> samples;
            for (const QJsonValue& s : o.value(QStringLiteral("samples_ms")).toArray())
                samples << s.toDouble();
            peer = summarise(QStringLiteral("transcript_langgraph_js"),
                             QCoreApplication::translate("Cli", "  peer: LangGraph.js getTuple "
                                                                "(%1 messages)")
                                 .arg(o.value(QStringLiteral("messages")).toInt()),
                             samples, 0);
            figures << peer;
        }
    }

    // 4. Scrolling 50,000 rows, then on to all of them for the memory figure.
    const ScrollResult s50 = scroll(url, 50000, 200);
    if (!s50.error.isEmpty())
        return cli.fail(s50.error);
    Figure block{
        QStringLiteral("scroll_block"),
        QCoreApplication::translate("Cli", "scroll %1 rows: longest page handling").arg(s50.rows)};
    block.p50 = block.p95 = block.max = s50.maxWorkMs;
    block.samples = 1;
    block.target = 16;
    figures << block;
    Figure late{QStringLiteral("scroll_probe"),
                QCoreApplication::translate("Cli", "  1 ms timer's longest delay (incl. OS)")};
    late.p50 = late.p95 = late.max = s50.maxBlockMs;
    late.samples = 1;
    figures << late;
    const ScrollResult sAll = scroll(url, 1 << 30, 200);
    if (!sAll.error.isEmpty())
        return cli.fail(sAll.error);
    Figure memory{
        QStringLiteral("rss_after_all"),
        QCoreApplication::translate("Cli", "resident memory after %1 rows").arg(sAll.rows)};
    memory.p50 = memory.p95 = memory.max = sAll.rssMb;
    memory.samples = 1;
    memory.target = 250;
    memory.unit = QStringLiteral("MB");
    figures << memory;

    bool allPass = true;
    for (const Figure& f : figures)
        allPass = allPass && f.pass();
    const QString missed =
        allPass ? QString()
                : QCoreApplication::translate("Cli", "Some figures missed their targets.");
    const double ratio =
        peer.samples > 0 && figures.at(3).p50 > 0 ? peer.p50 / figures.at(3).p50 : 0;

    if (cli.json()) {
        QJsonArray list;
        for (const Figure& f : figures)
            list.append(QJsonObject{{QStringLiteral("key"), f.key},
                                    {QStringLiteral("title"), f.title.trimmed()},
                                    {QStringLiteral("n"), f.samples},
                                    {QStringLiteral("p50"), f.p50},
                                    {QStringLiteral("p95"), f.p95},
                                    {QStringLiteral("max"), f.max},
                                    {QStringLiteral("unit"), f.unit},
                                    {QStringLiteral("target"), f.target},
                                    {QStringLiteral("pass"), f.pass()}});
        QJsonObject o{{QStringLiteral("benchmark"), QStringLiteral("views")},
                      {QStringLiteral("thread"), thread},
                      {QStringLiteral("results"), list},
                      {QStringLiteral("langgraph_js_ratio"), ratio},
                      {QStringLiteral("pass"), allPass}};
        if (!peerNote.isEmpty())
            o.insert(QStringLiteral("peer_error"), peerNote);
        return cli.finish(o, missed, QStringLiteral("targets_missed"));
    }
    QTextStream& out = cli.out();
    out << QStringLiteral("%1 %2 %3 %4 %5 %6")
               .arg(QCoreApplication::translate("Cli", "figure").leftJustified(52),
                    QStringLiteral("N").rightJustified(4),
                    QCoreApplication::translate("Cli", "p50").rightJustified(9),
                    QCoreApplication::translate("Cli", "p95").rightJustified(9),
                    QCoreApplication::translate("Cli", "max").rightJustified(9),
                    QCoreApplication::translate("Cli", "target"))
        << "\n";
    for (const Figure& f : figures)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(f.title.leftJustified(52), QString::number(f.samples).rightJustified(4),
                        QString::number(f.p50, 'f', 2).rightJustified(9),
                        QString::number(f.p95, 'f', 2).rightJustified(9),
                        QString::number(f.max, 'f', 2).rightJustified(9),
                        f.target > 0
                            ? QStringLiteral("< %1 %2 %3")
                                  .arg(f.target)
                                  .arg(f.unit, f.pass()
                                                   ? QCoreApplication::translate("Cli", "ok")
                                                   : QCoreApplication::translate("Cli", "MISSED"))
                            : QCoreApplication::translate("Cli", "(peer)"))
            << "\n";
    if (ratio > 0)
        out << QCoreApplication::translate("Cli", "LangGraph.js getTuple / ours (p50): %1×")
                   .arg(QString::number(ratio, 'f', 1))
            << "\n";
    else if (!peerNote.isEmpty())
        out << QCoreApplication::translate("Cli", "LangGraph.js peer not run: %1").arg(peerNote)
            << "\n";
    out << QCoreApplication::translate("Cli", "(scrolling: %1 rows in %2 ms)")
               .arg(s50.rows)
               .arg(QString::number(s50.totalMs, 'f', 0))
        << "\n";
    return cli.finish({}, missed, QStringLiteral("targets_missed"));
}

} // namespace limitless::cli
