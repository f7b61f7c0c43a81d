#include "cli/Cli.h"

#include "campaigns/CampaignService.h"

#include "cli/TextTable.h"
#include "db/PgConnection.h"
#include "sandbox/Sandbox.h"

#include <QCoreApplication>

namespace limitless::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

// One process runs one command: whether it has put a JSON document on stdout yet.
bool g_printedJson = false;

QString defaultErrorCode(int exitCode)
{
    return exitCode == ExitUsage         ? QStringLiteral("usage")
           : exitCode == ExitNotSignedIn ? QStringLiteral("not_signed_in")
                                         : QStringLiteral("failed");
}

} // namespace

bool Cli::jsonRequested(const QStringList& args)
{
    // Up to "--", after which everything is a positional argument.
    for (const QString& a : args) {
        if (a == QLatin1String("--"))
            return false;
        if (a == QLatin1String("--json") || a.startsWith(QLatin1String("--json=")))
            return true;
    }
    return false;
}

void Cli::ensureJsonError(const QString& command, const QStringList& args, int exitCode)
{
    if (exitCode == ExitOk || g_printedJson || !jsonRequested(args))
        return;
    // The command has said why on stderr already: only the object is missing.
    Cli cli(command);
    const QJsonObject error{{QStringLiteral("message"),
                             tr("%1 failed (exit code %2); its message is on standard error.")
                                 .arg(command)
                                 .arg(exitCode)},
                            {QStringLiteral("code"), defaultErrorCode(exitCode)},
                            {QStringLiteral("exit_code"), exitCode}};
    cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}));
}

void Cli::addCommonOptions(bool withDb)
{
    m_withDb = withDb;
    m_parser.addHelpOption();
    if (withDb)
        m_parser.addOption({QStringLiteral("db"),
                            tr("PostgreSQL connection URL (postgresql://… or key=value; default: "
                               "LIMITLESS_DATABASE_URL, else the running local sandbox)."),
                            QStringLiteral("url")});
    m_parser.addOption({QStringLiteral("json"), tr("Machine-readable output.")});
}

bool Cli::parse(const QStringList& args)
{
    // Known before parsing, so that even a command line the parser rejects gets its JSON error.
    m_json = jsonRequested(args);
    if (!m_parser.parse(args)) {
        fail(m_parser.errorText(), ExitUsage);
        return false;
    }
    m_json = m_parser.isSet(QStringLiteral("json"));
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        m_out.flush();
        m_exit = ExitOk;
        return false;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (m_maxPositional >= 0 && positional.size() > m_maxPositional) {
        fail(tr("unexpected argument '%1'").arg(positional.at(m_maxPositional).left(100)),
             ExitUsage);
        return false;
    }
    return true;
}

bool Cli::json() const
{
    return m_json;
}

QString Cli::databaseUrl()
{
    auto checked = [&](const QString& url, const QString& source) {
        const QString problem = db::PgConnection::connectionStringProblem(url);
        if (problem.isEmpty())
            return url;
        fail(tr("%1 is not a PostgreSQL connection URL (%2). Give postgresql://user@host:port/"
                "database, postgres://…, or key=value pairs such as \"host=… dbname=…\".")
                 .arg(source, problem),
             ExitUsage);
        return QString();
    };
    if (m_withDb && m_parser.isSet(QStringLiteral("db")))
        return checked(m_parser.value(QStringLiteral("db")), QStringLiteral("--db"));
    // An empty variable counts as unset, as shells make it easy to leave one behind.
    const QString env = qEnvironmentVariable("LIMITLESS_DATABASE_URL");
    if (!env.isEmpty())
        return checked(env, QStringLiteral("LIMITLESS_DATABASE_URL"));
    const sandbox::Sandbox box;
    const sandbox::Sandbox::Status st = box.status();
    if (st.running)
        return st.adminUrl;
    fail(tr("No database: pass --db URL, set LIMITLESS_DATABASE_URL, or start the local sandbox "
            "with `limitless sandbox start`."));
    return {};
}

std::unique_ptr<db::PgConnection> Cli::connect()
{
    const QString url = databaseUrl();
    if (url.isEmpty())
        return nullptr;
    db::DbError error;
    auto conn = db::PgConnection::open(url, &error);
    if (!conn)
        fail(error.userMessage() + QStringLiteral("\n") + error.message);
    return conn;
}

QString Cli::resolveOwner(db::PgConnection& conn, const QString& email)
{
    const db::QueryResult r = conn.exec(campaigns::campaignQuery(QStringLiteral("owner_for_cli")),
                                        {email.isEmpty() ? QVariant() : QVariant(email)});
    if (!r.ok()) {
        fail(r.error);
        return {};
    }
    if (r.rowCount() == 0) {
        if (email.isEmpty())
            fail(tr("The database has no owner yet."));
        else
            notFound(tr("No owner has the e-mail address %1.").arg(email));
        return {};
    }
    if (r.rowCount() > 1) {
        fail(tr("The database has several owners: say which with --owner-email."), ExitUsage);
        return {};
    }
    return r.value(0, QStringLiteral("id")).toString();
}

int Cli::fail(const QString& message, int exitCode, const QString& errorCode)
{
    // Server messages can quote stored data: keep them from driving the terminal too.
    m_err << m_command << ": " << terminalSafeLines(message) << Qt::endl;
    m_exit = exitCode;
    if (m_json && !m_jsonErrorPrinted) {
        m_jsonErrorPrinted = true;
        const QString code = errorCode.isEmpty() ? defaultErrorCode(exitCode) : errorCode;
        // A command may describe the error further (the sign-in server's own code and kind,
        // say): its fields stay, and "code" is the command's where it gave one.
        QJsonObject o = m_errorDetails;
        QJsonObject error = o.value(QStringLiteral("error")).toObject();
        error.insert(QStringLiteral("message"), message);
        if (!error.contains(QStringLiteral("code")))
            error.insert(QStringLiteral("code"), code);
        error.insert(QStringLiteral("exit_code"), exitCode);
        o.insert(QStringLiteral("error"), error);
        printJson(QJsonDocument(o));
    }
    return exitCode;
}

int Cli::fail(const db::DbError& error, int exitCode)
{
    QJsonObject details = m_errorDetails;
    m_errorDetails.insert(QStringLiteral("detail"), error.toString());
    if (!error.sqlState.isEmpty())
        m_errorDetails.insert(QStringLiteral("sqlstate"), error.sqlState);
    fail(error.userMessage(), exitCode);
    m_errorDetails = details;
    return exitCode;
}

int Cli::notFound(const QString& message)
{
    return fail(message, ExitFailed, QStringLiteral("not_found"));
}

void Cli::printJson(const QJsonDocument& doc)
{
    g_printedJson = true;
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

int Cli::finish(const QJsonObject& result, const QString& failure, const QString& errorCode)
{
    if (failure.isEmpty()) {
        if (m_json)
            printJson(QJsonDocument(result));
        return ExitOk;
    }
    setErrorDetails(result);
    return fail(failure, ExitFailed, errorCode);
}

} // namespace limitless::cli
