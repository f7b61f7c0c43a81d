#include "cli/Cli.h"

#include "db/PgConnection.h"
#include "sandbox/Sandbox.h"

#include <QCoreApplication>

namespace limitless::cli {

void Cli::addCommonOptions(bool withDb)
{
    m_withDb = withDb;
    m_parser.addHelpOption();
    if (withDb)
        m_parser.addOption({QStringLiteral("db"),
                            QCoreApplication::translate("Cli", "PostgreSQL URL (default: "
                                                               "LIMITLESS_DATABASE_URL, else the "
                                                               "running local sandbox)."),
                            QStringLiteral("url")});
    m_parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("Cli", "Machine-readable output.")});
}

bool Cli::parse(const QStringList& args)
{
    if (!m_parser.parse(args)) {
        m_err << m_command << ": " << m_parser.errorText() << Qt::endl;
        m_exit = 2;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        m_out.flush();
        m_exit = 0;
        return false;
    }
    return true;
}

bool Cli::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

QString Cli::databaseUrl()
{
    if (m_withDb && m_parser.isSet(QStringLiteral("db")))
        return m_parser.value(QStringLiteral("db"));
    const QString env = qEnvironmentVariable("LIMITLESS_DATABASE_URL");
    if (!env.isEmpty())
        return env;
    const sandbox::Sandbox box;
    const sandbox::Sandbox::Status st = box.status();
    if (st.running)
        return st.adminUrl;
    fail(QCoreApplication::translate("Cli",
                                     "No database: pass --db URL, set LIMITLESS_DATABASE_URL, or "
                                     "start the local sandbox with `limitless sandbox start`."));
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

int Cli::fail(const QString& message, int code)
{
    m_err << m_command << ": " << message << Qt::endl;
    m_exit = code;
    return code;
}

void Cli::printJson(const QJsonDocument& doc)
{
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

} // namespace limitless::cli
