// `limitless chat --server URL|PROFILE`: a conversation with the agent a LangGraph API
// server runs, one lead line of standard input per turn, the reply streamed as it arrives and
// the state after it. runServerChat() is also what `limitless chat --server` hands over to.
#include "cli/Cli.h"
#include "cli/ServerTarget.h"

#include "agent/server/ServerClient.h"
#include "agent/server/ServerSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace limitless::cli {

using namespace limitless::agent::server;

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ServerChat", text, disambiguation, n);
}

QJsonObject stateJson(const RunOutcome& r, const QString& checkpointId)
{
    QJsonObject o = scalarValues(r.state);
    o.insert(QStringLiteral("message_count"), int(r.state.messages.size()));
    o.insert(QStringLiteral("next"), QJsonArray::fromStringList(r.next));
    if (!checkpointId.isEmpty())
        o.insert(QStringLiteral("checkpoint_id"), checkpointId);
    return o;
}

QString yesNo(bool b)
{
    return b ? tr("yes") : tr("no");
}

QString stateLine(const agent::AgentState& s)
{
    QStringList parts;
    parts << tr("stage: %1").arg(s.currentStage.isEmpty() ? QStringLiteral("-") : s.currentStage)
          << tr("qualified: %1 (%2)").arg(yesNo(s.qualified)).arg(s.qualificationScore)
          << tr("pitch: %1").arg(s.pitchDelivered ? s.pitchType : tr("not yet"))
          << tr("payment link: %1").arg(yesNo(s.paymentLinkSent))
          << tr("paid: %1").arg(yesNo(s.paymentCompleted));
    if (!s.businessType.isEmpty())
        parts << tr("business: %1").arg(s.businessType);
    if (!s.monthlyRevenue.isEmpty())
        parts << tr("revenue: %1").arg(s.monthlyRevenue);
    if (!s.mainPainPoint.isEmpty())
        parts << tr("pain: %1").arg(s.mainPainPoint);
    if (!s.preferredPlan.isEmpty())
        parts << tr("plan: %1").arg(s.preferredPlan);
    if (!s.email.isEmpty())
        parts << tr("email: %1").arg(s.email);
    return QStringLiteral("[") + parts.join(QStringLiteral(" · ")) + QStringLiteral("]");
}

} // namespace

int runServerChat(const QStringList& args)
{
    Cli cli(args.value(0, QStringLiteral("limitless chat")));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(tr(
        "Talks to the agent a LangGraph API server runs: each line of standard input is a lead's "
        "message; the reply is printed as it streams in, then the state. A line \"/resume\" "
        "continues a run that stopped at an interrupt. With --json, one object per turn: "
        "thread_id, reply, state."));
    p.addOption({QStringLiteral("server"),
                 tr("The server's URL (a local server without a key), or a profile whose agent "
                    "backend is a LangGraph server (its API key comes from the keychain, or from "
                    "LIMITLESS_AGENT_SERVER_API_KEY)."),
                 tr("url|profile")});
    p.addOption({QStringLiteral("assistant"),
                 tr("The assistant or graph id (default: the profile's, else the server's first)."),
                 tr("id")});
    p.addOption({QStringLiteral("thread"),
                 tr("Continue this server thread instead of starting a new one."), tr("id")});
    cli.addCommonOptions(false);
    cli.setMaxPositional(0);
    if (!cli.parse(args))
        return cli.exitCode();
    const bool json = cli.json();
    ServerTarget target;
    if (!ServerTarget::resolve(cli, p.value(QStringLiteral("server")),
                               p.value(QStringLiteral("assistant")), &target))
        return cli.exitCode();
    const QUrl url = target.url;
    const QByteArray key = target.apiKey;
    ServerClient client(url, key);
    ServerError error;
    ServerInfo info;
    if (!target.connect(cli, client, &info))
        return cli.exitCode();
    const QString assistant = target.assistantId;
    QString threadId = p.value(QStringLiteral("thread"));
    if (threadId.isEmpty()) {
        threadId = client
                       .createThread(
                           QJsonObject{{QStringLiteral("source"), QStringLiteral("limitless-cli")}},
                           &error)
                       .threadId;
        if (error)
            return cli.fail(error.message, ExitFailed, error.code());
    } else {
        client.thread(threadId, &error);
        if (error)
            return cli.fail(error.message, ExitFailed, error.code());
    }
    QTextStream& out = cli.out();
    if (!json) {
        out << tr("LangGraph server %1 (API %2), assistant %3, thread %4")
                   .arg(url.toDisplayString(), info.version, assistant, threadId)
            << Qt::endl;
    }

    QTextStream in(stdin);
    int failures = 0;
    QString lastCode;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.isEmpty())
            continue;
        RunRequest request;
        request.assistantId = assistant;
        if (line == QLatin1String("/resume"))
            request.resume = true;
        else
            request.messages << InputMessage{line};
        StreamCallbacks callbacks;
        if (!json)
            callbacks.onToken = [&out](const QString& text, const QString&, const QString&) {
                out << text;
                out.flush();
            };
        const RunOutcome r = client.stream(threadId, request, callbacks, &error);
        const QString checkpoint = r.checkpoints.isEmpty() ? QString() : r.checkpoints.last();
        if (json) {
            QJsonObject o{{QStringLiteral("thread_id"), threadId},
                          {QStringLiteral("run_id"), r.runId},
                          {QStringLiteral("lead"), line},
                          {QStringLiteral("reply"), r.reply},
                          {QStringLiteral("interrupted"), r.interrupted},
                          {QStringLiteral("state"), stateJson(r, checkpoint)}};
            if (error)
                o.insert(QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), error.code()},
                                     {QStringLiteral("message"), error.message}});
            out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            if (!r.reply.isEmpty())
                out << Qt::endl;
            if (error)
                cli.err() << error.message << Qt::endl;
            out << stateLine(r.state) << Qt::endl;
            if (r.interrupted)
                out << tr("(the agent stopped before %1; type /resume to let it go on)")
                           .arg(r.next.join(QStringLiteral(", ")))
                    << Qt::endl;
        }
        if (error) {
            ++failures;
            lastCode = error.code();
        }
    }
    if (failures)
        return cli.fail(tr("%n turn(s) failed on the LangGraph server", nullptr, failures),
                        ExitFailed, lastCode);
    return ExitOk;
}

} // namespace limitless::cli
