#pragma once

#include "db/DbError.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace limitless::db {
class PgConnection;
}

namespace limitless::cli {

// Exit codes, the same in every command (and listed by `limitless --help`).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1,      // a failure, or something named that does not exist
    ExitUsage = 2,       // the command line is wrong: nothing was done
    ExitNotSignedIn = 3, // the command needs a signed-in owner
};

// Shared plumbing for `limitless` subcommands: the common options (--db, --json), where the
// database URL comes from (--db, else LIMITLESS_DATABASE_URL, else the running sandbox),
// and output helpers (data on stdout, errors on stderr, non-zero exit on failure; with --json
// also {"error": {"message", "code"}} on stdout, so that a script reading stdout sees it).
class Cli {
public:
    explicit Cli(QString command) : m_command(std::move(command)) {}

    QCommandLineParser& parser() { return m_parser; }
    // Adds --db and --json; call before parse().
    void addCommonOptions(bool withDb = true);
    // At most `n` positional arguments (default: any); more are a usage error in parse().
    void setMaxPositional(int n) { m_maxPositional = n; }
    // Parses `args` (args[0] = "limitless <command>"); prints help/errors itself.
    // Returns false when the caller should return exitCode().
    bool parse(const QStringList& args);
    int exitCode() const { return m_exit; }

    bool json() const;
    // For a Cli that does not parse a command line (the dispatcher's own errors).
    void setJson(bool json) { m_json = json; }
    // Whether `args` ask for JSON, read before any parsing: even a command line that cannot be
    // parsed, or names no command, then answers with a JSON error object.
    static bool jsonRequested(const QStringList& args);
    // The database URL by precedence; empty with an error printed when none can be found.
    QString databaseUrl();
    // Opens a blocking connection on that URL; prints the classified error on failure.
    std::unique_ptr<db::PgConnection> connect();

    // The owner a write acts for (the CLI connects as a maintenance role, so row-level security
    // does not pick one): the owner with `email`, or the only owner in the database. Empty with
    // the error printed when it cannot be decided.
    QString resolveOwner(db::PgConnection& conn, const QString& email);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    // Prints `message` (terminal-safe) on stderr and, with --json, the error object on stdout.
    // `errorCode` is the JSON "code"; by default it follows the exit code ("failed", "usage",
    // "not_signed_in").
    int fail(const QString& message, int exitCode = ExitFailed, const QString& errorCode = {});
    // A database error: the owner's sentence on stderr (no raw SQLSTATE), and in the JSON error
    // object also the server's own words ("detail") and "sqlstate", for scripts and reports.
    int fail(const db::DbError& error, int exitCode = ExitFailed);
    // Something the owner named does not exist: exit 1, JSON code "not_found".
    int notFound(const QString& message);
    // Fields printed next to "error" in the JSON error object (what was done before failing).
    void setErrorDetails(const QJsonObject& details) { m_errorDetails = details; }
    void printJson(const QJsonDocument& doc);
    // Ends a command whose result stands either way (a benchmark's figures, a status): with
    // --json prints `result`; a non-empty `failure` makes it exit 1 with that message on stderr
    // and, with --json, the error object inside the same document.
    int finish(const QJsonObject& result, const QString& failure = {},
               const QString& errorCode = {});

    // The dispatcher's backstop, after a command returned `exitCode`: a failure asked for in
    // JSON that printed no JSON document still gets an error object on stdout. Commands print
    // their own (fail()); this keeps the promise for a path that forgot to.
    static void ensureJsonError(const QString& command, const QStringList& args, int exitCode);

private:
    QString m_command;
    QCommandLineParser m_parser;
    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
    int m_exit = 0;
    bool m_withDb = true;
    bool m_json = false;
    bool m_jsonErrorPrinted = false;
    int m_maxPositional = -1;
    QJsonObject m_errorDetails;
};

// One function per subcommand; `args` starts with the program name followed by the
// subcommand's own arguments.
int runMigrate(const QStringList& args);
int runSandbox(const QStringList& args);
int runDemoData(const QStringList& args);
int runBench(const QStringList& args);
int runAuth(const QStringList& args);
int runCampaigns(const QStringList& args);
int runPayments(const QStringList& args);
int runFunnel(const QStringList& args);
int runBenchFunnel(const QStringList& args);
int runConversations(const QStringList& args);
int runTranscript(const QStringList& args);
int runBenchViews(const QStringList& args);
int runSimulate(const QStringList& args);
int runProfile(const QStringList& args);
int runDocuments(const QStringList& args);
int runSearch(const QStringList& args);
int runBenchDocuments(const QStringList& args);
int runChat(const QStringList& args);
int runScenarios(const QStringList& args);
int runMaintenance(const QStringList& args);
int runReplay(const QStringList& args);
int runBenchAgent(const QStringList& args);
// A conversation with a LangGraph API server's agent (`chat --server` hands over to it).
int runServerChat(const QStringList& args);
int runBenchAgentServer(const QStringList& args);

} // namespace limitless::cli
