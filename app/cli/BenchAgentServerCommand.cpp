// `limitless bench agent-server --server URL [--assistant ID] [--rounds N] [--json]`: from a
// lead's message to the first streamed token and to the final state on a LangGraph API server,
// through the app's client and through plain HTTP in the same run (agent/server/ServerBench).
#include "cli/Cli.h"

#include "agent/server/ServerBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

namespace limitless::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("limitless::cli", text);
}

} // namespace

int runBenchAgentServer(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless bench agent-server"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(
        tr("Measures a LangGraph API server's agent: the time from sending a lead's message to "
           "the first streamed token and to the final state, through the dashboard's client and "
           "through plain HTTP in the same run (the client's own overhead is the difference)."));
    p.addPositionalArgument(QStringLiteral("benchmark"), tr("agent-server"));
    p.addOption({QStringLiteral("server"), tr("The server's URL (e.g. http://127.0.0.1:2024)."),
                 tr("url")});
    p.addOption({QStringLiteral("assistant"), tr("The assistant or graph id."), tr("id")});
    p.addOption({QStringLiteral("rounds"), tr("Fresh threads measured (default 10)."),
                 QStringLiteral("N"), QStringLiteral("10")});
    p.addOption({QStringLiteral("message"), tr("The lead's message (default \"hi there\")."),
                 tr("text"), QStringLiteral("hi there")});
    cli.addCommonOptions(false);
    cli.setMaxPositional(1);
    if (!cli.parse(args))
        return cli.exitCode();
    const QUrl url(p.value(QStringLiteral("server")));
    if (!url.isValid() || url.scheme().isEmpty())
        return cli.fail(tr("--server is required: the server's URL, e.g. http://127.0.0.1:2024"),
                        ExitUsage);
    bool ok = false;
    const int rounds = p.value(QStringLiteral("rounds")).toInt(&ok);
    if (!ok || rounds < 1 || rounds > 1000)
        return cli.fail(tr("--rounds is a number from 1 to 1000."), ExitUsage);
    QString assistant = p.value(QStringLiteral("assistant"));
    if (assistant.isEmpty())
        return cli.fail(tr("--assistant is required: the assistant or graph id."), ExitUsage);
    const agent::server::ServerBenchResult r = agent::server::benchServer(
        url, qEnvironmentVariable("LIMITLESS_AGENT_SERVER_API_KEY").toUtf8(), assistant, rounds,
        p.value(QStringLiteral("message")));
    if (!r.error.isEmpty())
        return cli.fail(r.error);
    if (cli.json())
        cli.out() << QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        cli.out() << r.toText() << Qt::endl;
    return ExitOk;
}

} // namespace limitless::cli
