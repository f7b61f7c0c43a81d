#include "auth/Profile.h"

#include "auth/AuthClient.h"

namespace limitless::auth {

namespace {

// libpq's key=value quoting: single quotes around, backslash before ' and \.
QString quoted(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

bool Profile::isDatabaseRemote() const
{
    return !dbHost.isEmpty() && !dbHost.startsWith(QLatin1Char('/')) &&
           !AuthClient::isLoopbackHost(dbHost);
}

QStringList Profile::problems() const
{
    QStringList p;
    for (const Problem& problem : fieldProblems())
        p << problem.message;
    return p;
}

QList<Profile::Problem> Profile::fieldProblems() const
{
    QList<Problem> p;
    if (isSandbox())
        return p;
    const auto add = [&p](const char* field, const QString& message) {
        p.append({QString::fromLatin1(field), message});
    };
    if (supabaseUrl.isEmpty()) {
        add("supabaseUrl", tr("Enter the project's Supabase URL (https://<project>.supabase.co)."));
    } else if (const AuthError e = AuthClient::checkServerUrl(supabaseUrl)) {
        add("supabaseUrl", e.userMessage());
    }
    if (anonKey.trimmed().isEmpty())
        add("anonKey", tr("Enter the project's anon or publishable key."));
    if (dbHost.trimmed().isEmpty())
        add("dbHost", tr("Enter the database host (direct connection or session pooler)."));
    if (dbPort <= 0 || dbPort > 65535)
        add("dbPort", tr("The database port must be between 1 and 65535."));
    if (dbPort == 6543)
        add("dbPort",
            tr("Port 6543 is the transaction pooler, which cannot deliver live updates; use the "
               "direct connection or the session pooler (port 5432)."));
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!modes.contains(sslMode))
        add("sslMode", tr("Unknown TLS mode '%1'.").arg(sslMode));
    if (isDatabaseRemote()) {
        if (sslMode == QLatin1String("disable"))
            add("sslMode", tr("A remote database must be reached over TLS."));
        if ((sslMode == QLatin1String("verify-full") || sslMode == QLatin1String("verify-ca")) &&
            sslRootCert.trimmed().isEmpty())
            add("sslRootCert",
                tr("Choose the database's CA certificate file (Supabase: Database settings → SSL "
                   "configuration → Download certificate)."));
    }
    if (!campaignBaseUrl.isEmpty()) {
        if (const AuthError e = AuthClient::checkServerUrl(campaignBaseUrl))
            add("campaignBaseUrl", tr("Campaign base URL: %1").arg(e.userMessage()));
    }
    if (oauthRedirectPort < 0 || oauthRedirectPort > 65535)
        add("oauthRedirectPort", tr("The browser sign-in port must be between 0 (any) and 65535."));
    return p;
}

QString Profile::databaseConninfo() const
{
    QStringList parts{
        QStringLiteral("host=") + quoted(dbHost),
        QStringLiteral("port=") + QString::number(dbPort),
        QStringLiteral("dbname=") + quoted(dbName),
        QStringLiteral("user=") + quoted(dbUser),
        QStringLiteral("sslmode=") + quoted(sslMode),
        QStringLiteral("connect_timeout=10"),
        QStringLiteral("application_name='limitless-dashboard'"),
    };
    if (!dbPassword.isEmpty())
        parts << QStringLiteral("password=") + quoted(dbPassword);
    if (!sslRootCert.isEmpty())
        parts << QStringLiteral("sslrootcert=") + quoted(sslRootCert);
    return parts.join(QLatin1Char(' '));
}

Profile Profile::production()
{
    Profile p;
    p.id = QStringLiteral("production");
    p.name = tr("Production");
    return p;
}

Profile Profile::staging()
{
    Profile p;
    p.id = QStringLiteral("staging");
    p.name = tr("Staging");
    return p;
}

Profile Profile::sandbox()
{
    Profile p;
    p.id = QStringLiteral("sandbox");
    p.name = tr("Local sandbox");
    p.kind = Kind::Sandbox;
    p.oauthProviders.clear();
    p.sslMode = QStringLiteral("disable");
    return p;
}

QStringList Profile::builtinIds()
{
    return {QStringLiteral("sandbox"), QStringLiteral("production"), QStringLiteral("staging")};
}

QString Profile::providerLabel(const QString& provider)
{
    if (provider == QLatin1String("google"))
        return tr("Google");
    if (provider == QLatin1String("github"))
        return tr("GitHub");
    if (provider == QLatin1String("gitlab"))
        return tr("GitLab");
    if (provider == QLatin1String("azure"))
        return tr("Microsoft");
    if (provider == QLatin1String("apple"))
        return tr("Apple");
    if (provider.isEmpty())
        return {};
    return provider.left(1).toUpper() + provider.mid(1);
}

} // namespace limitless::auth
