#include "agent/OpenAiPlaygroundPolicy.h"

#include "agent/OpenAiPolicy.h"
#include "agent/PlaygroundSession.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace limitless::agent {

namespace {

struct Source {
    AgentSettings settings;
    QByteArray apiKey;
    QString keyError;
};

struct Sources {
    QMutex mutex;
    QHash<QString, Source> byProfile;
};

Sources& sources()
{
    static Sources s;
    return s;
}

// Why the policy cannot be built for `profileId` (translated), or '' with *out filled.
QString lookup(const QString& profileId, Source* out)
{
    Sources& s = sources();
    const QMutexLocker lock(&s.mutex);
    if (!s.byProfile.contains(profileId))
        return OpenAiPlaygroundPolicy::tr(
            "The agent settings of this profile are still being read; try again in a moment.");
    *out = s.byProfile.value(profileId);
    if (!out->keyError.isEmpty())
        return OpenAiPlaygroundPolicy::tr("The agent's API key could not be read from the "
                                          "keychain: %1")
            .arg(out->keyError);
    return {};
}

} // namespace

void OpenAiPlaygroundPolicy::registerPolicy()
{
    PlaygroundSession::registerPolicy(
        QString::fromLatin1(kName), tr("OpenAI-compatible model"),
        [](const knowledge::KnowledgeEnvironment& env, QString* error) -> std::unique_ptr<Policy> {
            Source source;
            const QString problem = lookup(env.profileId, &source);
            if (!problem.isEmpty()) {
                *error = problem;
                return nullptr;
            }
            QString why;
            std::unique_ptr<OpenAiPolicy> policy =
                makeOpenAiPolicy(source.settings, source.apiKey, &why);
            if (!policy) {
                *error = tr("Set up the OpenAI-compatible model in Agent settings: %1").arg(why);
                return nullptr;
            }
            return policy;
        });
}

void OpenAiPlaygroundPolicy::setSource(const QString& profileId, const AgentSettings& settings,
                                       const QByteArray& apiKey, const QString& keyError)
{
    Sources& s = sources();
    const QMutexLocker lock(&s.mutex);
    s.byProfile.insert(profileId, {settings, apiKey, keyError});
}

QString OpenAiPlaygroundPolicy::missing(const QString& profileId)
{
    Source source;
    const QString problem = lookup(profileId, &source);
    if (!problem.isEmpty())
        return problem;
    AgentSettings s = source.settings;
    s.policy = AgentSettings::PolicyKind::OpenAiCompatible;
    return s.problems(source.apiKey).join(u' ');
}

} // namespace limitless::agent
