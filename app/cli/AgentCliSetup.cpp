#include "cli/AgentCliSetup.h"

#include "cli/Cli.h"

#include "agent/AgentSettings.h"
#include "agent/OfflinePolicy.h"
#include "agent/OpenAiPolicy.h"
#include "auth/KeychainStore.h"
#include "auth/ProfileStore.h"
#include "db/PgConnection.h"
#include "knowledge/Embedder.h"
#include "knowledge/KnowledgeFactory.h"
#include "knowledge/KnowledgeSettings.h"
#include "knowledge/Retriever.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace limitless::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("limitless::cli", text);
}

QString currentProfile(const QString& given)
{
    if (!given.isEmpty())
        return given;
    auth::KeychainStore keychain;
    auth::ProfileStore profiles(&keychain);
    profiles.setSettingsApplication(QStringLiteral("limitless-dashboard"));
    const QString current = profiles.currentId();
    return current.isEmpty() ? QStringLiteral("sandbox") : current;
}

} // namespace

AgentCliSetup::AgentCliSetup() = default;
AgentCliSetup::~AgentCliSetup() = default;

void AgentCliSetup::addOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("policy"),
                 tr("Who chooses the replies: offline (default, no network) or openai."),
                 QStringLiteral("name"), QStringLiteral("offline")});
    p.addOption({QStringLiteral("base-url"),
                 tr("With --policy openai: the server's base URL (default: the profile's "
                    "setting). The key comes from LIMITLESS_AGENT_API_KEY."),
                 QStringLiteral("url")});
    p.addOption({QStringLiteral("model"),
                 tr("With --policy openai: the model (default: the profile's setting)."),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("owner-email"), tr("The owner whose agent and data to use."),
                 QStringLiteral("email")});
    p.addOption({QStringLiteral("profile"),
                 tr("The profile whose knowledge settings apply (default: the current one)."),
                 QStringLiteral("id")});
}

bool AgentCliSetup::open(Cli& cli, bool needAgent)
{
    QCommandLineParser& p = cli.parser();
    const QString policyName = p.value(QStringLiteral("policy"));
    if (needAgent) {
        if (policyName != QLatin1String("offline") && policyName != QLatin1String("openai")) {
            cli.fail(tr("--policy is offline or openai."), ExitUsage);
            return false;
        }
    }
    conn = cli.connect();
    if (!conn)
        return false;
    ownerId = cli.resolveOwner(*conn, p.value(QStringLiteral("owner-email")));
    if (ownerId.isEmpty())
        return false;
    if (!needAgent)
        return true;
    const QString profile = currentProfile(p.value(QStringLiteral("profile")));
    if (policyName == QLatin1String("openai")) {
        // The profile's base URL, model and temperature (the options override them); the key
        // from the environment, as the command line reads every API key.
        agent::AgentSettings agentSettings = agent::AgentSettings::load(profile);
        agentSettings.policy = agent::AgentSettings::PolicyKind::OpenAiCompatible;
        if (p.isSet(QStringLiteral("base-url")))
            agentSettings.baseUrl = p.value(QStringLiteral("base-url"));
        if (p.isSet(QStringLiteral("model")))
            agentSettings.model = p.value(QStringLiteral("model"));
        QString policyError;
        policy = agent::makeOpenAiPolicy(
            agentSettings, qEnvironmentVariable("LIMITLESS_AGENT_API_KEY").toUtf8(), &policyError);
        if (!policy) {
            cli.fail(tr("The OpenAI-compatible policy cannot be used: %1").arg(policyError),
                     ExitUsage);
            return false;
        }
    } else {
        policy = std::make_unique<agent::OfflinePolicy>();
    }
    const knowledge::KnowledgeSettings settings = knowledge::KnowledgeSettings::load(profile);
    QString embedderError;
    embedder = knowledge::makeEmbedder(
        settings, qEnvironmentVariable("LIMITLESS_EMBEDDINGS_API_KEY").toUtf8(), &embedderError);
    if (embedder)
        retriever = std::make_unique<knowledge::Retriever>(*conn, *embedder);
    else
        notes << tr("No document retrieval: %1").arg(embedderError);
    db::DbError promptError;
    prompts = agent::PromptSet::load(*conn, ownerId, {}, &promptError);
    if (promptError) {
        prompts = agent::PromptSet::builtin();
        notes << tr("The saved prompts could not be read (%1); the built-in ones apply.")
                     .arg(promptError.userMessage());
    }
    return true;
}

} // namespace limitless::cli
