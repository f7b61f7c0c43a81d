// `limitless`: the command-line tool. Thin: it parses the subcommand and hands over to the
// matching run*() function, which uses the core library only.
#include "cli/Cli.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <functional>

using namespace limitless::cli;

namespace {

struct Command {
    const char* name;
    const char* summary;
    std::function<int(const QStringList&)> run;
};

const Command kCommands[] = {
    {"migrate", QT_TRANSLATE_NOOP("Cli", "List and apply pending database migrations"), runMigrate},
    {"sandbox",
     QT_TRANSLATE_NOOP("Cli", "Start, stop, inspect or reset the local sandbox database"),
     runSandbox},
    {"demo-data", QT_TRANSLATE_NOOP("Cli", "Load the demo business into a database"), runDemoData},
    {"bench", QT_TRANSLATE_NOOP("Cli", "Run benchmarks and print their figures"), runBench},
    {"auth", QT_TRANSLATE_NOOP("Cli", "Sign in or out, show or renew the owner's session"),
     runAuth},
    {"profile",
     QT_TRANSLATE_NOOP("Cli", "List, add, edit, remove or choose the Supabase projects to use"),
     runProfile},
    {"campaigns", QT_TRANSLATE_NOOP("Cli", "List, create, pause or resume campaigns"),
     runCampaigns},
    {"payments", QT_TRANSLATE_NOOP("Cli", "List payments with revenue totals"), runPayments},
    {"documents",
     QT_TRANSLATE_NOOP("Cli", "Ingest, list, replace or delete the knowledge base's documents"),
     runDocuments},
    {"search", QT_TRANSLATE_NOOP("Cli", "Search the knowledge base as the agent does"), runSearch},
    {"chat", QT_TRANSLATE_NOOP("Cli", "Talk to the local sales agent as a lead (playground)"),
     runChat},
    {"scenarios",
     QT_TRANSLATE_NOOP("Cli", "List, save or run the agent's test scenarios and see what changed"),
     runScenarios},
    {"replay",
     QT_TRANSLATE_NOOP("Cli", "Replay a conversation on the local agent beside the original"),
     runReplay},
    {"funnel", QT_TRANSLATE_NOOP("Cli", "Print the funnel's stage counts and conversions"),
     runFunnel},
    {"conversations", QT_TRANSLATE_NOOP("Cli", "List conversations with the dashboard's filters"),
     runConversations},
    {"transcript", QT_TRANSLATE_NOOP("Cli", "Print a conversation's transcript from LangGraph"),
     runTranscript},
    {"bench-views", QT_TRANSLATE_NOOP("Cli", "Benchmark the Conversations views on large data"),
     runBenchViews},
    {"simulate", QT_TRANSLATE_NOOP("Cli", "Insert live analytics events to watch the dashboard"),
     runSimulate},
    {"maintenance",
     QT_TRANSLATE_NOOP("Cli", "Archive and delete old data by the retention policy, or restore it"),
     runMaintenance},
};

int usage(QTextStream& s)
{
    s << QCoreApplication::translate("Cli", "Usage: limitless <command> [options]") << "\n\n"
      << QCoreApplication::translate("Cli", "Commands:") << "\n";
    for (const Command& c : kCommands)
        s << "  " << QString::fromLatin1(c.name).leftJustified(14) << " "
          << QCoreApplication::translate("Cli", c.summary) << "\n";
    s << "\n"
      << QCoreApplication::translate("Cli", "Run `limitless <command> --help` for its options.")
      << "\n\n"
      << QCoreApplication::translate(
             "Cli", "Exit codes (the same in every command):\n"
                    "  0  done\n"
                    "  1  failed, or something named does not exist (a campaign, a thread, a "
                    "sandbox)\n"
                    "  2  usage error: wrong or conflicting arguments, an invalid --db URL; "
                    "nothing was done\n"
                    "  3  not signed in\n"
                    "With --json, a failure also prints {\"error\": {\"message\": …, \"code\": …}} "
                    "on standard output; code is usage, not_found, not_signed_in or failed (or "
                    "what the command documents).")
      << "\n";
    s.flush();
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Limitless"));
    QCoreApplication::setApplicationName(QStringLiteral("limitless"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIMITLESS_VERSION));
    limitless::installTranslations(app);
    // Progress goes to stdout through each command; the info-level log would repeat it on
    // stderr. QT_LOGGING_RULES still turns it back on.
    QLoggingCategory::setFilterRules(QStringLiteral("limitless.*.info=false"));

    QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout), err(stderr);
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h") ||
        args[1] == QLatin1String("help"))
        return usage(out);
    if (args[1] == QLatin1String("--version")) {
        out << "limitless " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QString name = args[1];
    for (const Command& c : kCommands) {
        if (name == QLatin1String(c.name)) {
            args.removeAt(1);
            args[0] = QStringLiteral("limitless ") + name;
            const int code = c.run(args);
            Cli::ensureJsonError(args[0], args, code);
            return code;
        }
    }
    // Like every command's usage errors: a sentence on stderr, and with --json the object too.
    Cli cli(QStringLiteral("limitless"));
    cli.setJson(Cli::jsonRequested(args));
    cli.fail(name.startsWith(QLatin1Char('-'))
                 ? QCoreApplication::translate(
                       "Cli", "name a command first, e.g. `limitless campaigns list --json`")
                 : QCoreApplication::translate("Cli", "unknown command '%1'").arg(name.left(100)),
             ExitUsage);
    if (!cli.json())
        usage(err);
    return ExitUsage;
}
