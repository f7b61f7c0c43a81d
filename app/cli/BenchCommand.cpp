// `limitless bench db`: database query timings against the seed's targets.
#include "cli/Cli.h"

#include "bench/DbBench.h"
#include "db/PgConnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>

namespace limitless::cli {

namespace {

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

} // namespace

int runBench(const QStringList& args)
{
    // `limitless bench funnel` has its own options (BenchFunnelCommand.cpp).
    if (args.size() > 1 && args.at(1) == QLatin1String("funnel"))
        return runBenchFunnel(args);
    // `limitless bench documents`: the knowledge base (BenchDocumentsCommand.cpp).
    if (args.size() > 1 && args.at(1) == QLatin1String("documents"))
        return runBenchDocuments(args);
    // `limitless bench agent`: the local agent runtime (BenchAgentCommand.cpp).
    if (args.size() > 1 && args.at(1) == QLatin1String("agent"))
        return runBenchAgent(args);
    // `limitless bench agent-server`: a LangGraph API server (BenchAgentServerCommand.cpp).
    if (args.size() > 1 && args.at(1) == QLatin1String("agent-server"))
        return runBenchAgentServer(args);
    Cli cli(QStringLiteral("limitless bench"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Runs a benchmark and prints its figures. Benchmarks: db (query latency on the "
               "demo data against the seed's targets), funnel, documents, agent (the local "
               "agent runtime), agent-server (a LangGraph API server). Each has its own --help."));
    p.addPositionalArgument(
        QStringLiteral("benchmark"),
        QCoreApplication::translate(
            "Cli", "Which benchmark: db, funnel, documents, agent or agent-server."));
    p.addOption({QStringLiteral("iterations"),
                 QCoreApplication::translate("Cli", "Measured runs per query (default 200)."),
                 QStringLiteral("N"), QStringLiteral("200")});
    cli.addCommonOptions();
    if (!cli.parse(args))
        return cli.exitCode();
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1 || positional.first() != QLatin1String("db"))
        return cli.fail(QCoreApplication::translate("Cli", "Usage: limitless bench db [--db URL] "
                                                           "[--json] [--iterations N]"),
                        2);
    bool ok = false;
    const int iterations = p.value(QStringLiteral("iterations")).toInt(&ok);
    if (!ok || iterations < 1)
        return cli.fail(
            QCoreApplication::translate("Cli", "--iterations must be a positive integer."), 2);

    auto conn = cli.connect();
    if (!conn)
        return cli.exitCode();

    bench::DbBench bench(*conn);
    QList<bench::DbBench::Figure> figures;
    bench::DbBench::DataSize size;
    if (const db::DbError e = bench.run(iterations, &figures, &size))
        return cli.fail(e.toString());

    const int cores = QThread::idealThreadCount();
    bool allPass = true;
    for (const auto& f : figures)
        allPass = allPass && (f.peer || f.pass());
    const QString missed =
        allPass ? QString()
                : QCoreApplication::translate("Cli", "Some figures missed their targets.");

    if (cli.json()) {
        QJsonArray list;
        for (const auto& f : figures)
            list.append(QJsonObject{{QStringLiteral("key"), f.key},
                                    {QStringLiteral("title"), f.title},
                                    {QStringLiteral("n"), f.samples},
                                    {QStringLiteral("min_ms"), f.minMs},
                                    {QStringLiteral("p50_ms"), f.p50Ms},
                                    {QStringLiteral("p95_ms"), f.p95Ms},
                                    {QStringLiteral("max_ms"), f.maxMs},
                                    {QStringLiteral("seed_target_ms"), f.seedTargetMs},
                                    {QStringLiteral("target_ms"), f.targetMs},
                                    {QStringLiteral("rows"), f.rows},
                                    {QStringLiteral("peer"), f.peer},
                                    {QStringLiteral("pass"), f.pass()}});
        return cli.finish(
            QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("db")},
                        {QStringLiteral("cores"), cores},
                        {QStringLiteral("cpu_arch"), QSysInfo::currentCpuArchitecture()},
                        {QStringLiteral("server_version"), size.serverVersion},
                        {QStringLiteral("campaigns"), size.campaigns},
                        {QStringLiteral("conversations"), size.conversations},
                        {QStringLiteral("analytics_events"), size.events},
                        {QStringLiteral("checkpoints"), size.checkpoints},
                        {QStringLiteral("window_start"), size.windowStart},
                        {QStringLiteral("window_end"), size.windowEnd},
                        {QStringLiteral("pass"), allPass},
                        {QStringLiteral("results"), list}},
            missed, QStringLiteral("targets_missed"));
    }

    QTextStream& out = cli.out();
    out << QCoreApplication::translate("Cli", "Database benchmark: PostgreSQL %1, %2 cores; %3 "
                                              "conversations, %4 analytics events, %5 "
                                              "checkpoints; dashboard window %6 – %7.")
               .arg(size.serverVersion)
               .arg(cores)
               .arg(size.conversations)
               .arg(size.events)
               .arg(size.checkpoints)
               .arg(size.windowStart, size.windowEnd)
        << "\n\n";
    const QString header = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9")
                               .arg(QCoreApplication::translate("Cli", "query").leftJustified(54),
                                    QStringLiteral("N").rightJustified(5),
                                    QCoreApplication::translate("Cli", "min ms").rightJustified(8),
                                    QCoreApplication::translate("Cli", "p50 ms").rightJustified(8),
                                    QCoreApplication::translate("Cli", "p95 ms").rightJustified(8),
                                    QCoreApplication::translate("Cli", "max ms").rightJustified(8),
                                    QCoreApplication::translate("Cli", "seed").rightJustified(7),
                                    QCoreApplication::translate("Cli", "ours").rightJustified(7),
                                    QCoreApplication::translate("Cli", "p95 vs ours"));
    out << header << "\n";
    for (const auto& f : figures)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9")
                   .arg(f.title.leftJustified(54), QString::number(f.samples).rightJustified(5),
                        ms(f.minMs).rightJustified(8), ms(f.p50Ms).rightJustified(8),
                        ms(f.p95Ms).rightJustified(8), ms(f.maxMs).rightJustified(8),
                        (QStringLiteral("<") + QString::number(f.seedTargetMs)).rightJustified(7),
                        (QStringLiteral("<") + QString::number(f.targetMs)).rightJustified(7),
                        (f.pass() ? QCoreApplication::translate("Cli", "PASS")
                                  : QCoreApplication::translate("Cli", "MISS")) +
                            (f.peer ? QCoreApplication::translate("Cli", " (peer, not a target)")
                                    : QString()))
            << "\n";
    out.flush();
    return cli.finish({}, missed, QStringLiteral("targets_missed"));
}

} // namespace limitless::cli
