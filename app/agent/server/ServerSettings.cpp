#include "agent/server/ServerSettings.h"

#include "knowledge/BlockingHttp.h"

#include <QSettings>
#include <QUrl>

namespace limitless::agent::server {

namespace {
QString group(const QString& profileId)
{
    return QStringLiteral("agent/") + profileId;
}
} // namespace

ServerSettings ServerSettings::load(const QString& profileId)
{
    QSettings s(QCoreApplication::organizationName(), QStringLiteral("limitless-dashboard"));
    s.beginGroup(group(profileId));
    ServerSettings out;
    load(s, &out);
    s.endGroup();
    return out;
}

void ServerSettings::save(const QString& profileId) const
{
    QSettings s(QCoreApplication::organizationName(), QStringLiteral("limitless-dashboard"));
    s.beginGroup(group(profileId));
    save(s);
    s.endGroup();
}

void ServerSettings::load(QSettings& s, ServerSettings* out)
{
    const ServerSettings d;
    out->backend = s.value(QStringLiteral("backend")).toString() == QLatin1String("server")
                       ? Backend::Server
                       : Backend::BuiltIn;
    out->serverUrl = s.value(QStringLiteral("serverUrl"), d.serverUrl).toString();
    out->assistantId = s.value(QStringLiteral("assistantId")).toString();
}

void ServerSettings::save(QSettings& s) const
{
    s.setValue(QStringLiteral("backend"),
               backend == Backend::Server ? QStringLiteral("server") : QStringLiteral("builtin"));
    s.setValue(QStringLiteral("serverUrl"), serverUrl);
    s.setValue(QStringLiteral("assistantId"), assistantId);
}

QStringList ServerSettings::problems() const
{
    QStringList out;
    if (backend != Backend::Server)
        return out;
    const QUrl u(serverUrl.trimmed());
    if (!u.isValid() || u.host().isEmpty() ||
        (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
        out << tr("The LangGraph server URL must be an http(s) URL, e.g. http://127.0.0.1:2024.");
    else if (!knowledge::isSecureOrLoopback(u))
        out << tr("The LangGraph server URL must use https unless the server runs on this "
                  "computer: the API key would travel in clear text.");
    return out;
}

QString ServerSettings::apiKeyName(const QString& profileId)
{
    return QStringLiteral("agent/%1/server-api-key").arg(profileId);
}

} // namespace limitless::agent::server
