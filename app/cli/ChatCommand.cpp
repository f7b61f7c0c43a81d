// `limitless chat --campaign CODE [--policy offline|openai] [--thread ID] [--json]`: talk to the
// local agent runtime as a lead, one line of standard input per message, with the same
// runtime, checkpoints and events as the dashboard's playground. A line "/pay" completes the
// conversation's test checkout (simulated).
#include "cli/AgentCliSetup.h"
#include "cli/Cli.h"

#include "agent/AgentRuntime.h"
#include "agent/StateChannels.h"
#include "db/PgConnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace limitless::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("limitless::cli", text);
}

QJsonObject turnJson(const agent::TurnResult& r)
{
    QJsonArray chunks;
    for (const agent::RetrievedChunk& c : r.chunks)
        chunks.append(QJsonObject{{QStringLiteral("filename"), c.filename},
                                  {QStringLiteral("chunk_index"), c.chunkIndex},
                                  {QStringLiteral("category"), c.category},
                                  {QStringLiteral("fused_score"), c.fusedScore},
                                  {QStringLiteral("similarity"), c.similarity}});
    QJsonObject o{{QStringLiteral("thread_id"), r.threadId},
                  {QStringLiteral("reply"), r.reply},
                  {QStringLiteral("state"), agent::StateChannels::toJson(r.state)},
                  {QStringLiteral("checkpoint_id"), r.checkpointId},
                  {QStringLiteral("nodes"), QJsonArray::fromStringList(r.nodePath)},
                  {QStringLiteral("edges"), QJsonArray::fromStringList(r.edgePath)},
                  {QStringLiteral("chunks"), chunks},
                  {QStringLiteral("notices"), QJsonArray::fromStringList(r.notices)},
                  {QStringLiteral("truncated"), r.truncated},
                  {QStringLiteral("prompt_version"), r.promptVersion}};
    if (!r.paymentLink.isEmpty())
        o.insert(QStringLiteral("payment_link"), r.paymentLink);
    return o;
}

QString stateLine(const agent::AgentState& s)
{
    QStringList parts;
    parts << tr("stage %1").arg(s.currentStage)
          << (s.qualified ? tr("qualified") : tr("not qualified"))
          << tr("score %1").arg(s.qualificationScore, 0, 'f', 2);
    if (!s.businessType.isEmpty())
        parts << s.businessType;
    if (!s.monthlyRevenue.isEmpty())
        parts << s.monthlyRevenue;
    if (!s.pitchType.isEmpty())
        parts << tr("%1 pitch").arg(s.pitchType);
    if (!s.preferredPlan.isEmpty())
        parts << s.preferredPlan;
    if (s.paymentLinkSent)
        parts << (s.paymentCompleted ? tr("paid") : tr("link sent"));
    return QStringLiteral("[%1]").arg(parts.join(QStringLiteral(" · ")));
}

} // namespace

int runChat(const QStringList& args)
{
    // `chat --server URL|PROFILE` talks to a LangGraph API server instead.
    for (const QString& a : args)
        if (a == QLatin1String("--server") || a.startsWith(QLatin1String("--server=")))
            return runServerChat(args);
    Cli cli(QStringLiteral("limitless chat"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(
        tr("Talks to the local sales agent as a lead: each line of standard input is the lead's "
           "message, each reply is printed with the conversation's state. A line “/pay” "
           "completes the test checkout (simulated). The conversation is a playground thread "
           "stored like any other (LangGraph checkpoints, events)."));
    p.addOption({QStringLiteral("campaign"), tr("The campaign under test (its code)."),
                 QStringLiteral("code")});
    p.addOption(
        {QStringLiteral("thread"), tr("Continue this playground thread."), QStringLiteral("id")});
    AgentCliSetup::addOptions(p);
    cli.addCommonOptions();
    cli.setMaxPositional(0);
    if (!cli.parse(args))
        return cli.exitCode();
    const QString threadGiven = p.value(QStringLiteral("thread"));
    const QString campaign = p.value(QStringLiteral("campaign")).trimmed();
    if (threadGiven.isEmpty() && campaign.isEmpty())
        return cli.fail(tr("Name the campaign under test with --campaign, or continue a thread "
                           "with --thread."),
                        ExitUsage);
    AgentCliSetup setup;
    if (!setup.open(cli))
        return cli.exitCode();
    agent::AgentRuntime runtime(*setup.conn, setup.ownerId, {}, *setup.policy,
                                setup.retriever.get());
    runtime.setPrompts(setup.prompts);
    const QStringList& setupNotes = setup.notes;

    QString thread = threadGiven;
    if (thread.isEmpty()) {
        QString error;
        thread = runtime.startThread(campaign, &error);
        if (thread.isEmpty())
            return cli.fail(error);
    } else {
        QString error;
        runtime.state(thread, {}, &error);
        if (!error.isEmpty())
            return cli.notFound(error);
    }
    for (const QString& note : setupNotes)
        cli.err() << "limitless chat: " << note << Qt::endl;
    if (!cli.json())
        cli.out() << tr("Thread %1 — type the lead's messages, one per line.").arg(thread)
                  << Qt::endl;

    QTextStream in(stdin);
    QString line;
    while (in.readLineInto(&line)) {
        if (line.trimmed().isEmpty())
            continue;
        const agent::TurnResult r = line.trimmed() == QLatin1String("/pay")
                                        ? runtime.simulatePayment(thread)
                                        : runtime.sendMessage(thread, line);
        if (!r.ok()) {
            cli.setErrorDetails(QJsonObject{{QStringLiteral("thread_id"), thread}});
            return r.dbError ? cli.fail(r.dbError) : cli.fail(r.error);
        }
        if (cli.json()) {
            cli.out() << QJsonDocument(turnJson(r)).toJson(QJsonDocument::Compact) << Qt::endl;
            continue;
        }
        for (const QString& reply : r.replies)
            cli.out() << tr("agent: %1").arg(reply) << Qt::endl;
        for (const QString& notice : r.notices)
            cli.out() << tr("note: %1").arg(notice) << Qt::endl;
        cli.out() << stateLine(r.state) << Qt::endl;
    }
    return ExitOk;
}

} // namespace limitless::cli
