// `limitless scenarios list|save|run|delete`: saved test conversations (the lead's turns),
// replayed on fresh playground threads as a regression suite with the current prompts,
// documents and policy, each run compared with the scenario's previous one.
#include "cli/AgentCliSetup.h"
#include "cli/Cli.h"
#include "cli/ServerTarget.h"
#include "cli/TextTable.h"

#include "agent/Policy.h"
#include "agent/ScenarioRunner.h"
#include "agent/ScenarioStore.h"
#include "agent/ThreadStore.h"
#include "agent/server/BackendSuite.h"
#include "agent/server/ServerClient.h"
#include "agent/server/ServerScenarioRunner.h"
#include "db/Additions.h"
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

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("limitless::cli", text, disambiguation, n);
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject scenarioJson(const agent::Scenario& s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("name"), s.name},
                       {QStringLiteral("campaign_code"), orNull(s.campaignCode)},
                       {QStringLiteral("lead_turns"), QJsonArray::fromStringList(s.leadTurns)},
                       {QStringLiteral("source_thread_id"), orNull(s.sourceThreadId)},
                       {QStringLiteral("created_at"),
                        s.createdAt.isValid() ? QJsonValue(s.createdAt.toString(Qt::ISODateWithMs))
                                              : QJsonValue()},
                       {QStringLiteral("updated_at"),
                        s.updatedAt.isValid() ? QJsonValue(s.updatedAt.toString(Qt::ISODateWithMs))
                                              : QJsonValue()}};
}

QString yesNo(bool v)
{
    return v ? tr("yes") : tr("no");
}

// The additions hold the scenarios: without them, say what to run.
bool playgroundInstalled(Cli& cli, db::PgConnection& conn)
{
    const db::Additions a = db::Additions::probe(conn);
    if (a.agentPlayground)
        return true;
    cli.fail(tr("This database has no agent playground tables; install the dashboard's additions "
                "with `%1`.")
                 .arg(db::Additions::installCommand()));
    return false;
}

int list(Cli& cli, AgentCliSetup& setup)
{
    agent::ScenarioStore store(*setup.conn, setup.ownerId, {});
    db::DbError e;
    const QList<agent::Scenario> scenarios = store.list(&e);
    if (e)
        return cli.fail(e);
    const QHash<QString, agent::ScenarioOutcome> runs = store.latestRuns(&e);
    if (e)
        return cli.fail(e);
    if (cli.json()) {
        QJsonArray out;
        for (const agent::Scenario& s : scenarios) {
            QJsonObject o = scenarioJson(s);
            o.insert(QStringLiteral("last_run"),
                     runs.contains(s.id) ? QJsonValue(runs.value(s.id).toJson()) : QJsonValue());
            out.append(o);
        }
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("scenarios"), out}}));
        return ExitOk;
    }
    if (scenarios.isEmpty()) {
        cli.out() << tr("No scenarios saved yet: `limitless scenarios save NAME --thread ID`, or "
                        "the lead's lines on standard input.")
                  << Qt::endl;
        return ExitOk;
    }
    TextTable table({tr("Name"), tr("Turns"), tr("Campaign"), tr("Last run"), tr("Stage"),
                     tr("Qualified"), tr("Link sent"), tr("Prompts")});
    for (const agent::Scenario& s : scenarios) {
        const bool ran = runs.contains(s.id);
        const agent::ScenarioOutcome r = runs.value(s.id);
        table.addRow(
            {s.name, QString::number(s.leadTurns.size()), s.campaignCode,
             ran ? r.ranAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("never"),
             ran ? r.stageReached : QString(), ran ? yesNo(r.qualified) : QString(),
             ran ? yesNo(r.paymentLinkSent) : QString(),
             ran ? QStringLiteral("v%1").arg(r.promptVersion) : QString()});
    }
    table.print(cli.out());
    cli.out().flush();
    return ExitOk;
}

int save(Cli& cli, AgentCliSetup& setup, const QString& name)
{
    QCommandLineParser& p = cli.parser();
    agent::Scenario s;
    s.name = name;
    s.campaignCode = p.value(QStringLiteral("campaign")).trimmed();
    const QString thread = p.value(QStringLiteral("thread")).trimmed();
    if (!thread.isEmpty()) {
        // A conversation of this owner (the command line's role could read anyone's).
        const db::QueryResult own = setup.conn->exec(
            QStringLiteral(
                "select ca.code, ca.platform from conversations c join campaigns ca on ca.id = "
                "c.campaign_id where c.id = $1 and ca.owner_id = $2"),
            {thread, setup.ownerId});
        if (!own.ok())
            return cli.fail(own.error);
        if (own.rowCount() == 0)
            return cli.notFound(tr("The owner has no conversation %1.").arg(thread.left(256)));
        agent::ThreadStore threads(*setup.conn, setup.ownerId, {});
        db::DbError e;
        const agent::ThreadSnapshot snap = threads.load(thread, {}, &e);
        if (e)
            return cli.fail(e);
        s.leadTurns = agent::ScenarioStore::leadTurns(snap.state);
        s.sourceThreadId = thread;
        if (s.leadTurns.isEmpty())
            return cli.fail(tr("The conversation %1 has no lead messages to save.").arg(thread));
        // A real conversation's campaign is the one under test; a playground thread's own
        // campaign is not one to test.
        if (s.campaignCode.isEmpty() && own.value(0, 1).toString() != QLatin1String("playground"))
            s.campaignCode = own.value(0, 0).toString();
    } else {
        // One lead message per line of standard input; blank lines are skipped.
        QTextStream in(stdin);
        QString line;
        while (in.readLineInto(&line))
            if (!line.trimmed().isEmpty())
                s.leadTurns << line;
    }
    if (const QString problem = agent::ScenarioStore::validate(s); !problem.isEmpty())
        return cli.fail(problem, ExitUsage);
    agent::ScenarioStore store(*setup.conn, setup.ownerId, {});
    db::DbError e;
    s.id = store.save(s, p.isSet(QStringLiteral("replace")), &e);
    if (e.kind == db::DbError::Kind::UniqueViolation && e.sqlState.isEmpty())
        return cli.fail(e.message + QLatin1Char(' ') +
                            tr("Give --replace to overwrite it, or choose another name."),
                        ExitFailed, QStringLiteral("exists"));
    if (e)
        return cli.fail(e);
    if (cli.json()) {
        const std::optional<agent::Scenario> saved = store.find(s.name.trimmed(), &e);
        cli.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("scenario"), scenarioJson(saved.value_or(s))}}));
        return ExitOk;
    }
    cli.out() << tr("Saved scenario “%1” with %n lead turn(s).", nullptr, int(s.leadTurns.size()))
                     .arg(terminalSafe(s.name.trimmed()))
              << Qt::endl;
    return ExitOk;
}

int remove(Cli& cli, AgentCliSetup& setup, const QString& name)
{
    agent::ScenarioStore store(*setup.conn, setup.ownerId, {});
    db::DbError e;
    const bool removed = store.remove(name, &e);
    if (e)
        return cli.fail(e);
    if (!removed)
        return cli.notFound(tr("There is no scenario named “%1”.").arg(name.left(200)));
    if (cli.json())
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("deleted"), name}}));
    else
        cli.out() << tr("Deleted scenario “%1” and its runs.").arg(terminalSafe(name)) << Qt::endl;
    return ExitOk;
}

QString changeText(const agent::ScenarioChange& c)
{
    auto shown = [](const QString& s) {
        const QString t = terminalSafe(s);
        return t.isEmpty()     ? QStringLiteral("—")
               : t.size() > 70 ? t.left(67) + QStringLiteral("…")
                               : t;
    };
    return QStringLiteral("%1: %2 → %3").arg(c.field, shown(c.before), shown(c.after));
}

// `run --backend server|both`: each scenario on the LangGraph server (and on the built-in
// runtime), set side by side: stage reached, qualified, payment link sent on each.
int runCompare(Cli& cli, AgentCliSetup& setup, const QList<agent::Scenario>& scenarios,
               bool builtin, ServerTarget& target)
{
    agent::server::ServerClient client(target.url, target.apiKey);
    agent::server::ServerInfo info;
    if (!target.connect(cli, client, &info))
        return cli.exitCode();
    agent::ScenarioRunner runner(*setup.conn, setup.ownerId, {}, *setup.policy,
                                 setup.retriever.get());
    runner.setPrompts(setup.prompts);
    // The built-in runs are the suite's stored baseline: they are recorded as `run` records
    // them; the server's never are (they would be compared with the built-in's next time).
    runner.setRecordRuns(!cli.parser().isSet(QStringLiteral("no-record")));
    agent::ScenarioStore store(*setup.conn, setup.ownerId, {});
    agent::server::ServerScenarioRunner serverRunner(client, target.assistantId);

    agent::server::BackendSuite suite(builtin ? &runner : nullptr,
                                      runner.recordRuns() ? &store : nullptr, serverRunner);
    db::DbError e;
    const QList<agent::server::BackendComparison> rows =
        suite.run(scenarios, &e, [&](int, int, const agent::server::BackendComparison& c) {
            if (!cli.json())
                cli.err() << tr("ran “%1” on %2")
                                 .arg(terminalSafe(c.scenario.name),
                                      builtin ? tr("both backends") : tr("the server"))
                          << Qt::endl;
        });
    if (e)
        return cli.fail(e);
    const int failed = agent::server::BackendSuite::count(rows, QStringLiteral("failed"));
    const int differ = agent::server::BackendSuite::count(rows, QStringLiteral("differs"));

    QJsonArray list;
    for (const agent::server::BackendComparison& c : rows)
        list.append(c.toJson());
    const QJsonObject result{
        {QStringLiteral("backend"), builtin ? QStringLiteral("both") : QStringLiteral("server")},
        {QStringLiteral("server"),
         QJsonObject{{QStringLiteral("url"), target.url.toDisplayString()},
                     {QStringLiteral("version"), info.version},
                     {QStringLiteral("assistant_id"), target.assistantId}}},
        {QStringLiteral("policy"), builtin ? QJsonValue(setup.policy->name()) : QJsonValue()},
        {QStringLiteral("scenarios"), list},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("scenarios"), int(rows.size())},
                                                {QStringLiteral("differ"), differ},
                                                {QStringLiteral("failed"), failed}}}};
    if (!cli.json()) {
        QTextStream& out = cli.out();
        out << tr("LangGraph server %1 (API %2), assistant %3.")
                   .arg(target.url.toDisplayString(), info.version, target.assistantId)
            << "\n";
        auto cell = [](const agent::ScenarioOutcome& o, int what) {
            if (!o.ok() && o.turns == 0)
                return tr("failed");
            switch (what) {
            case 0:
                return o.stageReached.isEmpty() ? QStringLiteral("—") : o.stageReached;
            case 1:
                return yesNo(o.qualified);
            default:
                return yesNo(o.paymentLinkSent);
            }
        };
        if (builtin) {
            TextTable table({tr("Scenario"), tr("Stage (built-in)"), tr("Stage (server)"),
                             tr("Qualified (built-in / server)"),
                             tr("Link sent (built-in / server)"), tr("Compare")});
            for (const agent::server::BackendComparison& c : rows)
                table.addRow({c.scenario.name, cell(c.builtin, 0), cell(c.server, 0),
                              cell(c.builtin, 1) + QStringLiteral(" / ") + cell(c.server, 1),
                              cell(c.builtin, 2) + QStringLiteral(" / ") + cell(c.server, 2),
                              c.verdictText()});
            table.print(out);
        } else {
            TextTable table(
                {tr("Scenario"), tr("Stage"), tr("Qualified"), tr("Link sent"), tr("Turns")});
            for (const agent::server::BackendComparison& c : rows)
                table.addRow(
                    {c.scenario.name, cell(c.server, 0), cell(c.server, 1), cell(c.server, 2),
                     QStringLiteral("%1/%2").arg(c.server.turns).arg(c.scenario.leadTurns.size())});
            table.print(out);
        }
        for (const agent::server::BackendComparison& c : rows) {
            if (c.hasBuiltin && !c.builtin.ok())
                out << tr("“%1” failed on the built-in runtime: %2")
                           .arg(terminalSafe(c.scenario.name), terminalSafe(c.builtin.error))
                    << "\n";
            if (!c.server.ok())
                out << tr("“%1” failed on the server: %2")
                           .arg(terminalSafe(c.scenario.name), terminalSafe(c.server.error))
                    << "\n";
        }
        if (builtin)
            out << tr("%1 scenario(s): %2 differ, %3 failed.")
                       .arg(rows.size())
                       .arg(differ)
                       .arg(failed)
                << Qt::endl;
    }
    if (failed > 0)
        return cli.finish(result, tr("%n scenario(s) failed.", nullptr, failed),
                          QStringLiteral("scenario_failed"));
    if (differ > 0 && cli.parser().isSet(QStringLiteral("fail-on-change")))
        return cli.finish(
            result, tr("%n scenario(s) end differently on the two backends.", nullptr, differ),
            QStringLiteral("changed"));
    return cli.finish(result);
}

int run(Cli& cli, AgentCliSetup& setup, const QStringList& names)
{
    agent::ScenarioStore store(*setup.conn, setup.ownerId, {});
    db::DbError e;
    QList<agent::Scenario> scenarios = store.list(&e);
    if (e)
        return cli.fail(e);
    if (!names.isEmpty()) {
        QList<agent::Scenario> chosen;
        for (const QString& n : names) {
            auto it = std::find_if(scenarios.cbegin(), scenarios.cend(),
                                   [&](const agent::Scenario& s) { return s.name == n; });
            if (it == scenarios.cend())
                return cli.notFound(tr("There is no scenario named “%1”.").arg(n.left(200)));
            chosen << *it;
        }
        scenarios = chosen;
    }
    if (scenarios.isEmpty())
        return cli.fail(tr("No scenarios to run: save one with `limitless scenarios save`."));
    for (const QString& note : setup.notes)
        cli.err() << "limitless scenarios: " << note << Qt::endl;
    const QString backend = cli.parser().value(QStringLiteral("backend"));
    if (backend != QLatin1String("builtin")) {
        ServerTarget target;
        if (!ServerTarget::resolve(cli, cli.parser().value(QStringLiteral("server")),
                                   cli.parser().value(QStringLiteral("assistant")), &target))
            return cli.exitCode();
        return runCompare(cli, setup, scenarios, backend == QLatin1String("both"), target);
    }

    agent::ScenarioRunner runner(*setup.conn, setup.ownerId, {}, *setup.policy,
                                 setup.retriever.get());
    runner.setPrompts(setup.prompts);
    runner.setRecordRuns(!cli.parser().isSet(QStringLiteral("no-record")));
    const QList<agent::ScenarioReport> reports =
        runner.runAll(scenarios, &e, [&](const agent::ScenarioReport& r) {
            if (!cli.json())
                cli.err() << tr("ran “%1”: %2").arg(terminalSafe(r.scenario.name), r.status())
                          << Qt::endl;
        });
    if (e)
        return cli.fail(e);

    int counts[4] = {0, 0, 0, 0}; // same, changed, new, failed
    QJsonArray list;
    for (const agent::ScenarioReport& r : reports) {
        const QString status = r.status();
        ++counts[status == QLatin1String("same")      ? 0
                 : status == QLatin1String("changed") ? 1
                 : status == QLatin1String("new")     ? 2
                                                      : 3];
        QJsonArray changes;
        for (const agent::ScenarioChange& c : r.changes)
            changes.append(QJsonObject{{QStringLiteral("field"), c.field},
                                       {QStringLiteral("before"), c.before},
                                       {QStringLiteral("after"), c.after}});
        list.append(QJsonObject{{QStringLiteral("name"), r.scenario.name},
                                {QStringLiteral("id"), r.scenario.id},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("outcome"), r.outcome.toJson()},
                                {QStringLiteral("previous"),
                                 r.hasPrevious ? QJsonValue(r.previous.toJson()) : QJsonValue()},
                                {QStringLiteral("changes"), changes}});
    }
    const QJsonObject summary{{QStringLiteral("same"), counts[0]},
                              {QStringLiteral("changed"), counts[1]},
                              {QStringLiteral("new"), counts[2]},
                              {QStringLiteral("failed"), counts[3]}};
    const QJsonObject result{{QStringLiteral("policy"), setup.policy->name()},
                             {QStringLiteral("prompt_version"), setup.prompts.version()},
                             {QStringLiteral("retrieval"), setup.retriever != nullptr},
                             {QStringLiteral("scenarios"), list},
                             {QStringLiteral("summary"), summary}};
    if (!cli.json()) {
        QTextStream& out = cli.out();
        out << tr("Policy %1, prompts v%2.").arg(setup.policy->name()).arg(setup.prompts.version())
            << "\n";
        TextTable table({tr("Scenario"), tr("Result"), tr("Stage"), tr("Qualified"),
                         tr("Link sent"), tr("Turns"), tr("Prompts")});
        for (const agent::ScenarioReport& r : reports)
            table.addRow(
                {r.scenario.name, r.status(), r.outcome.stageReached, yesNo(r.outcome.qualified),
                 yesNo(r.outcome.paymentLinkSent),
                 QStringLiteral("%1/%2").arg(r.outcome.turns).arg(r.scenario.leadTurns.size()),
                 QStringLiteral("v%1").arg(r.outcome.promptVersion)});
        table.print(out);
        for (const agent::ScenarioReport& r : reports) {
            if (!r.outcome.ok())
                out << tr("“%1” failed: %2")
                           .arg(terminalSafe(r.scenario.name), terminalSafe(r.outcome.error))
                    << "\n";
            if (r.changes.isEmpty())
                continue;
            out << tr("Changed since the last run (%1) in “%2”:")
                       .arg(r.previous.ranAt.toLocalTime().toString(
                                QStringLiteral("yyyy-MM-dd HH:mm")),
                            terminalSafe(r.scenario.name))
                << "\n";
            for (const agent::ScenarioChange& c : r.changes)
                out << "  " << changeText(c) << "\n";
        }
        out << tr("%1 same, %2 changed, %3 new, %4 failed.")
                   .arg(counts[0])
                   .arg(counts[1])
                   .arg(counts[2])
                   .arg(counts[3])
            << Qt::endl;
    }
    if (counts[3] > 0)
        return cli.finish(result, tr("%n scenario(s) failed.", nullptr, counts[3]),
                          QStringLiteral("scenario_failed"));
    if (counts[1] > 0 && cli.parser().isSet(QStringLiteral("fail-on-change")))
        return cli.finish(result,
                          tr("%n scenario(s) changed since their last run.", nullptr, counts[1]),
                          QStringLiteral("changed"));
    return cli.finish(result);
}

} // namespace

int runScenarios(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless scenarios"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(tr(
        "Saved test conversations for the local agent. list: the scenarios and their last run. "
        "save NAME: the lead's turns of --thread ID, or one per line of standard input. run "
        "[NAME…]: replays every scenario (or those named) on a fresh playground thread with the "
        "current prompts and documents, and says what changed since its last run. delete NAME."));
    p.addPositionalArgument(QStringLiteral("action"), tr("list, save, run or delete."));
    p.addOption({QStringLiteral("thread"), tr("save: the conversation whose lead turns to save."),
                 QStringLiteral("id")});
    p.addOption({QStringLiteral("campaign"), tr("save: the campaign under test (its code)."),
                 QStringLiteral("code")});
    p.addOption({QStringLiteral("replace"), tr("save: overwrite a scenario of the same name.")});
    p.addOption({QStringLiteral("no-record"),
                 tr("run: do not store this run (the next run compares with the last stored).")});
    p.addOption({QStringLiteral("fail-on-change"),
                 tr("run: exit 1 when a scenario's outcome changed since its last run.")});
    p.addOption({QStringLiteral("backend"),
                 tr("run: where the scenarios run: builtin (the dashboard's runtime), server (a "
                    "LangGraph API server, see --server) or both, side by side."),
                 QStringLiteral("builtin|server|both"), QStringLiteral("builtin")});
    p.addOption({QStringLiteral("server"),
                 tr("run --backend server|both: the server's URL, or a profile whose agent "
                    "backend is a LangGraph server."),
                 QStringLiteral("url|profile")});
    p.addOption({QStringLiteral("assistant"),
                 tr("run --backend server|both: the assistant or graph id (default: the "
                    "profile's, else the server's first)."),
                 QStringLiteral("id")});
    AgentCliSetup::addOptions(p);
    cli.addCommonOptions();
    if (!cli.parse(args))
        return cli.exitCode();
    const QStringList pos = p.positionalArguments();
    const QString usage =
        tr("Usage: limitless scenarios list | save NAME [--thread ID | < lines] [--campaign CODE] "
           "[--replace] | run [NAME…] [--fail-on-change] [--backend builtin|server|both --server "
           "URL|PROFILE] | delete NAME [--json]");
    if (pos.isEmpty())
        return cli.fail(usage, ExitUsage);
    const QString action = pos.first();
    const bool known = action == QLatin1String("list") || action == QLatin1String("save") ||
                       action == QLatin1String("run") || action == QLatin1String("delete");
    if (!known)
        return cli.fail(tr("Unknown action “%1”.").arg(action.left(100)) + QLatin1Char('\n') +
                            usage,
                        ExitUsage);
    if ((action == QLatin1String("list") && pos.size() != 1) ||
        ((action == QLatin1String("save") || action == QLatin1String("delete")) && pos.size() != 2))
        return cli.fail(usage, ExitUsage);
    if (action != QLatin1String("save") &&
        (p.isSet(QStringLiteral("thread")) || p.isSet(QStringLiteral("campaign")) ||
         p.isSet(QStringLiteral("replace"))))
        return cli.fail(tr("--thread, --campaign and --replace belong to `scenarios save`."),
                        ExitUsage);

    const QString backend = p.value(QStringLiteral("backend"));
    if (backend != QLatin1String("builtin") && backend != QLatin1String("server") &&
        backend != QLatin1String("both"))
        return cli.fail(tr("--backend takes builtin, server or both."), ExitUsage);
    if ((backend != QLatin1String("builtin") || p.isSet(QStringLiteral("server")) ||
         p.isSet(QStringLiteral("assistant"))) &&
        action != QLatin1String("run"))
        return cli.fail(tr("--backend, --server and --assistant belong to `scenarios run`."),
                        ExitUsage);
    if (backend != QLatin1String("builtin") && !p.isSet(QStringLiteral("server")))
        return cli.fail(tr("--backend %1 needs --server URL|PROFILE.").arg(backend), ExitUsage);

    AgentCliSetup setup;
    if (!setup.open(cli, action == QLatin1String("run")))
        return cli.exitCode();
    if (!playgroundInstalled(cli, *setup.conn))
        return cli.exitCode();
    if (action == QLatin1String("list"))
        return list(cli, setup);
    if (action == QLatin1String("save"))
        return save(cli, setup, pos.at(1));
    if (action == QLatin1String("delete"))
        return remove(cli, setup, pos.at(1));
    return run(cli, setup, pos.mid(1));
}

} // namespace limitless::cli
