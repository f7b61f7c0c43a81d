// `limitless bench agent`: the local agent runtime's speed (agent/AgentBench), with
// LangGraph.js's PostgresSaver.put measured in the same run.
#include "cli/AgentCliSetup.h"
#include "cli/Cli.h"
#include "cli/TextTable.h"

#include "agent/AgentBench.h"
#include "db/PgConnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QThread>

namespace limitless::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("limitless::cli", text);
}

QString interopDir()
{
    const QString env = qEnvironmentVariable("LIMITLESS_INTEROP_DIR");
    return env.isEmpty() ? QStringLiteral(LIMITLESS_SOURCE_DIR "/tests/interop") : env;
}

// The 1-, 5- and 15-minute load averages: figures on a shared machine need them beside.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

} // namespace

int runBenchAgent(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless bench agent"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(tr(
        "Times the local agent runtime: offline turns with retrieval and the checkpoint write "
        "(p50, p95; target p95 < 30 ms), one turn's checkpoint written by us and by LangGraph.js's "
        "PostgresSaver.put in the same run, and the streaming overhead (a loopback stand-in's first "
        "byte to the first token on the calling thread, through the OpenAI-compatible policy). Its playground threads and bench checkpoints are removed after."));
    p.addPositionalArgument(QStringLiteral("agent"), tr("The benchmark's name."));
    p.addOption({QStringLiteral("turns"), tr("Measured turns (default 200)."), QStringLiteral("n"),
                 QStringLiteral("200")});
    p.addOption({QStringLiteral("writes"),
                 tr("Measured checkpoint writes, ours and LangGraph.js's each (default 200)."),
                 QStringLiteral("n"), QStringLiteral("200")});
    AgentCliSetup::addOptions(p);
    cli.addCommonOptions();
    cli.setMaxPositional(1);
    if (!cli.parse(args))
        return cli.exitCode();
    agent::AgentBench::Setup setup;
    bool ok = false;
    setup.turns = p.value(QStringLiteral("turns")).toInt(&ok);
    if (!ok || setup.turns < 10)
        return cli.fail(tr("--turns takes a number of at least 10."), ExitUsage);
    setup.writes = p.value(QStringLiteral("writes")).toInt(&ok);
    if (!ok || setup.writes < 10)
        return cli.fail(tr("--writes takes a number of at least 10."), ExitUsage);
    setup.interopDir = interopDir();

    AgentCliSetup agentSetup;
    if (!agentSetup.open(cli))
        return cli.exitCode();
    for (const QString& note : agentSetup.notes)
        cli.err() << "limitless bench agent: " << note << Qt::endl;
    setup.ownerId = agentSetup.ownerId;
    const QString loadBefore = loadAverage();
    agent::AgentBench bench(*agentSetup.conn, *agentSetup.policy, agentSetup.retriever.get(),
                            setup);
    QList<agent::AgentBench::Figure> figures;
    QStringList skipped;
    const db::DbError e = bench.run(&figures, &skipped, [&](const QString& s) {
        if (!cli.json())
            cli.err() << s << Qt::endl;
    });
    if (e)
        return cli.fail(e);
    const QString loadAfter = loadAverage();
    QStringList missed;
    for (const auto& f : figures)
        if (f.hasTarget && !f.met)
            missed << f.label;
    QJsonObject result = agent::AgentBench::toJson(figures, skipped);
    result.insert(QStringLiteral("cores"), QThread::idealThreadCount());
    result.insert(QStringLiteral("load_average_before"), loadBefore);
    result.insert(QStringLiteral("load_average_after"), loadAfter);
    result.insert(QStringLiteral("server_version"), agentSetup.conn->serverVersionString());
    result.insert(QStringLiteral("retrieval"), agentSetup.retriever != nullptr);
    if (!cli.json()) {
        cli.out() << tr("Agent benchmark: PostgreSQL %1, %2 cores, load average %3 before, %4 "
                        "after.")
                         .arg(agentSetup.conn->serverVersionString())
                         .arg(QThread::idealThreadCount())
                         .arg(loadBefore, loadAfter)
                  << "\n\n";
        TextTable table({tr("Figure"), tr("Value"), tr("Target")});
        for (const auto& f : figures)
            table.addRow(
                {f.label,
                 QString::number(f.value, 'f', f.value < 10 ? 2 : 1) + QLatin1Char(' ') + f.unit,
                 f.hasTarget ? f.target + (f.met ? tr(" ✓") : tr(" ✗ missed")) : QString()});
        table.print(cli.out());
        for (const QString& s : skipped)
            cli.out() << tr("Not measured: %1").arg(s) << "\n";
        cli.out().flush();
    }
    return cli.finish(result,
                      missed.isEmpty()
                          ? QString()
                          : tr("Missed targets: %1").arg(missed.join(QLatin1String("; "))),
                      QStringLiteral("targets_missed"));
}

} // namespace limitless::cli
