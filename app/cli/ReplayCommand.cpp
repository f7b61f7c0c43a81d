// `limitless replay CONVERSATION_ID [--turn N] [--server URL|PROFILE]`: a real conversation
// replayed on the local agent (or the agent a LangGraph server runs) as it is now — its messages up
// to turn N copied into a new playground thread, the rest of the lead's messages fed to the agent
// one by one — beside the original.
#include "cli/AgentCliSetup.h"
#include "cli/Cli.h"
#include "cli/ServerTarget.h"
#include "cli/TextTable.h"

#include "agent/Policy.h"
#include "agent/Replay.h"
#include "agent/server/ServerClient.h"
#include "agent/server/ServerReplay.h"
#include "db/Additions.h"
#include "db/PgConnection.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace limitless::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("limitless::cli", text);
}

QString yesNo(bool v)
{
    return v ? tr("yes") : tr("no");
}

QString clipped(const QString& s, int n)
{
    const QString t = terminalSafe(s);
    return t.size() > n ? t.left(n - 1) + QStringLiteral("…") : t;
}

} // namespace

int runReplay(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless replay"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(
        tr("Replays a conversation on the local agent with the current prompts and documents: its "
           "messages up to lead turn N are copied into a new playground thread with the state they "
           "had, then each later message of the lead is answered anew. Prints both outcomes side "
           "by side (stage reached, qualified, payment link sent)."));
    p.addPositionalArgument(QStringLiteral("conversation_id"),
                            tr("The conversation (thread) to replay."));
    p.addOption({QStringLiteral("turn"),
                 tr("Lead turns copied before the agent takes over (default 1; 0 = replay from "
                    "the lead's first message)."),
                 QStringLiteral("N"), QStringLiteral("1")});
    p.addOption({QStringLiteral("server"),
                 tr("Replay on the agent a LangGraph API server runs instead: its URL, or a "
                    "profile whose agent backend is a LangGraph server. The copy and the "
                    "continued turns go into a new server thread."),
                 QStringLiteral("url|profile")});
    p.addOption({QStringLiteral("assistant"),
                 tr("With --server: the assistant or graph id (default: the profile's, else the "
                    "server's first)."),
                 QStringLiteral("id")});
    AgentCliSetup::addOptions(p);
    cli.addCommonOptions();
    cli.setMaxPositional(1);
    if (!cli.parse(args))
        return cli.exitCode();
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || pos.first().trimmed().isEmpty())
        return cli.fail(tr("Usage: limitless replay CONVERSATION_ID [--turn N] "
                           "[--server URL|PROFILE [--assistant ID]] [--json]"),
                        ExitUsage);
    const QString id = pos.first().trimmed();
    if (id.size() > 256)
        return cli.fail(
            tr("The conversation id is too long (%1 characters; at most 256).").arg(id.size()),
            ExitUsage);
    bool ok = false;
    const int turn = p.value(QStringLiteral("turn")).toInt(&ok);
    if (!ok || turn < 0)
        return cli.fail(tr("--turn takes a number of lead turns, 0 or more."), ExitUsage);
    const bool onServer = p.isSet(QStringLiteral("server"));
    if (p.isSet(QStringLiteral("assistant")) && !onServer)
        return cli.fail(tr("--assistant goes with --server."), ExitUsage);
    ServerTarget target;
    if (onServer && !ServerTarget::resolve(cli, p.value(QStringLiteral("server")),
                                           p.value(QStringLiteral("assistant")), &target))
        return cli.exitCode();

    AgentCliSetup setup;
    if (!setup.open(cli))
        return cli.exitCode();
    if (!db::Additions::probe(*setup.conn).agentPlayground)
        return cli.fail(tr("This database has no agent playground tables; install the "
                           "dashboard's additions with `%1`.")
                            .arg(db::Additions::installCommand()));
    // The owner's conversation (the command line's role could read anyone's).
    const db::QueryResult own = setup.conn->exec(
        QStringLiteral("select 1 from conversations c join campaigns ca on ca.id = c.campaign_id "
                       "where c.id = $1 and ca.owner_id = $2"),
        {id, setup.ownerId});
    if (!own.ok())
        return cli.fail(own.error);
    if (own.rowCount() == 0)
        return cli.notFound(tr("The owner has no conversation %1.").arg(terminalSafe(id)));
    for (const QString& note : setup.notes)
        cli.err() << "limitless replay: " << note << Qt::endl;

    agent::ReplayResult r;
    if (onServer) {
        agent::server::ServerClient client(target.url, target.apiKey);
        if (!target.connect(cli, client))
            return cli.exitCode();
        agent::server::ServerReplay replay(*setup.conn, setup.ownerId, {}, client,
                                           target.assistantId);
        r = replay.run(id, turn);
    } else {
        agent::Replay replay(*setup.conn, setup.ownerId, {}, *setup.policy, setup.retriever.get());
        replay.setPrompts(setup.prompts);
        r = replay.run(id, turn);
    }
    const QJsonObject result = r.toJson();
    if (!r.ok() && r.replayThreadId.isEmpty()) {
        // Nothing was replayed: a usage problem (the turn) or the conversation cannot be read.
        cli.setErrorDetails(result);
        return cli.fail(r.error, turn > r.totalTurns ? ExitUsage : ExitFailed);
    }
    if (!cli.json()) {
        QTextStream& out = cli.out();
        if (onServer)
            out << tr("Replay of %1 on the LangGraph server %2 (assistant %3), server thread %4: "
                      "%5 of %6 lead turns copied.")
                       .arg(terminalSafe(r.originalThreadId), target.url.toDisplayString(),
                            target.assistantId, r.replayThreadId)
                       .arg(r.copiedTurns)
                       .arg(r.totalTurns)
                << "\n";
        else
            out << tr("Replay of %1 in playground thread %2: %3 of %4 lead turns copied, policy "
                      "%5, prompts v%6.")
                       .arg(terminalSafe(r.originalThreadId), r.replayThreadId)
                       .arg(r.copiedTurns)
                       .arg(r.totalTurns)
                       .arg(r.policy)
                       .arg(r.promptVersion)
                << "\n";
        if (!r.filledFields.isEmpty())
            out << tr("The original's history has no checkpoint at that turn; read from the "
                      "copied lead messages: %1.")
                       .arg(r.filledFields.join(QLatin1String(", ")))
                << "\n";
        out << "\n";
        TextTable side({QString(), tr("Original"), tr("Replay")});
        side.addRow({tr("Stage reached"), r.original.stageReached, r.replay.stageReached});
        side.addRow({tr("Qualified"), yesNo(r.original.qualified), yesNo(r.replay.qualified)});
        side.addRow({tr("Payment link sent"), yesNo(r.original.paymentLinkSent),
                     yesNo(r.replay.paymentLinkSent)});
        side.addRow({tr("Lead turns"), QString::number(r.original.leadTurns),
                     QString::number(r.replay.leadTurns)});
        side.addRow({tr("Messages"), QString::number(r.original.messages),
                     QString::number(r.replay.messages)});
        side.print(out);
        if (!r.turns.isEmpty()) {
            out << "\n";
            TextTable turns(
                {tr("Turn"), tr("Lead"), tr("Original reply"), tr("Replay reply"), tr("Stage")});
            for (const agent::ReplayTurn& t : r.turns)
                turns.addRow({QString::number(t.turn), clipped(t.lead, 40),
                              clipped(t.originalReply, 50),
                              t.error.isEmpty() ? clipped(t.replayReply, 50)
                                                : tr("failed: %1").arg(clipped(t.error, 42)),
                              t.replayStage});
            turns.print(out);
        }
        out.flush();
    }
    return cli.finish(result, r.error);
}

} // namespace limitless::cli
