#include "agent/AgentSettings.h"

#include "agent/OpenAiPolicy.h"
#include "auth/SecretStore.h"
#include "knowledge/BlockingHttp.h"

#include <QMetaObject>
#include <QObject>
#include <QSettings>
#include <QUrl>

#include <cmath>

namespace limitless::agent {

namespace {

QString group(const QString& profileId)
{
    return QStringLiteral("agent/") + profileId;
}

} // namespace

AgentSettings AgentSettings::load(const QString& profileId)
{
    QSettings s(QCoreApplication::organizationName(), QStringLiteral("limitless-dashboard"));
    s.beginGroup(group(profileId));
    AgentSettings a;
    load(s, &a);
    s.endGroup();
    return a;
}

void AgentSettings::save(const QString& profileId) const
{
    QSettings s(QCoreApplication::organizationName(), QStringLiteral("limitless-dashboard"));
    s.beginGroup(group(profileId));
    save(s);
    s.endGroup();
}

void AgentSettings::load(QSettings& s, AgentSettings* a)
{
    const AgentSettings d;
    a->policy = policyFromName(s.value(QStringLiteral("policy")).toString()).value_or(d.policy);
    a->baseUrl = s.value(QStringLiteral("baseUrl"), d.baseUrl).toString();
    a->model = s.value(QStringLiteral("model"), d.model).toString();
    bool ok = false;
    const double t = s.value(QStringLiteral("temperature"), d.temperature).toDouble(&ok);
    a->temperature = ok && std::isfinite(t) ? t : d.temperature;
    a->streaming = s.value(QStringLiteral("streaming"), d.streaming).toBool();
}

void AgentSettings::save(QSettings& s) const
{
    s.setValue(QStringLiteral("policy"), policyName(policy));
    s.setValue(QStringLiteral("baseUrl"), baseUrl);
    s.setValue(QStringLiteral("model"), model);
    s.setValue(QStringLiteral("temperature"), temperature);
    s.setValue(QStringLiteral("streaming"), streaming);
}

QString AgentSettings::policyName(PolicyKind kind)
{
    return kind == PolicyKind::OpenAiCompatible ? QStringLiteral("openai")
                                                : QStringLiteral("offline");
}

std::optional<AgentSettings::PolicyKind> AgentSettings::policyFromName(const QString& name)
{
    if (name == QLatin1String("offline"))
        return PolicyKind::Offline;
    if (name == QLatin1String("openai"))
        return PolicyKind::OpenAiCompatible;
    return std::nullopt;
}

QStringList AgentSettings::problems(const QByteArray& apiKey) const
{
    QStringList out;
    if (policy != PolicyKind::OpenAiCompatible)
        return out;
    const QUrl u(baseUrl.trimmed());
    const bool http = u.isValid() && !u.host().isEmpty() &&
                      (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http"));
    if (!http)
        out << tr("The model server's URL must be an http(s) URL, e.g. https://api.openai.com/v1.");
    if (model.trimmed().isEmpty())
        out << tr("Name the chat model, e.g. gpt-4o-mini.");
    if (!(temperature >= 0 && temperature <= 2))
        out << tr("The temperature must be between 0 and 2.");
    if (http && apiKey.isEmpty() &&
        u.host().compare(QLatin1String("api.openai.com"), Qt::CaseInsensitive) == 0)
        out << tr("Enter the OpenAI API key for the agent.");
    if (http && !apiKey.isEmpty() && !knowledge::isSecureOrLoopback(u))
        out << tr("The API key is only sent over https or to this computer; use an https URL.");
    return out;
}

QString AgentSettings::apiKeyName(const QString& profileId)
{
    return QStringLiteral("agent/%1/api-key").arg(profileId);
}

void readAgentApiKey(auth::SecretStore* secrets, const QString& profileId,
                     const AgentSettings& settings, QObject* context,
                     std::function<void(const QByteArray&, const QString&)> done)
{
    if (!secrets || settings.policy != AgentSettings::PolicyKind::OpenAiCompatible) {
        // Still asynchronous, like a keychain answer: callers need not care which it was.
        QMetaObject::invokeMethod(
            context, [done] { done({}, {}); }, Qt::QueuedConnection);
        return;
    }
    secrets->read(AgentSettings::apiKeyName(profileId), context,
                  [done](const QByteArray& key, const auth::AuthError& e) {
                      done(e ? QByteArray() : key, e ? e.userMessage() : QString());
                  });
}

std::unique_ptr<OpenAiPolicy> makeOpenAiPolicy(const AgentSettings& settings,
                                               const QByteArray& apiKey, QString* error)
{
    AgentSettings s = settings;
    s.policy = AgentSettings::PolicyKind::OpenAiCompatible;
    const QStringList problems = s.problems(apiKey);
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(u' ');
        return nullptr;
    }
    if (error)
        error->clear();
    OpenAiPolicy::Config config;
    config.baseUrl = QUrl(s.baseUrl.trimmed());
    config.model = s.model.trimmed();
    config.temperature = s.temperature;
    config.stream = s.streaming;
    return std::make_unique<OpenAiPolicy>(config, apiKey);
}

} // namespace limitless::agent
