#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QObject;
class QSettings;

namespace limitless::auth {
class SecretStore;
}

namespace limitless::agent {

class OpenAiPolicy;

// How the agent runtime answers for one profile (the dashboard's QSettings, group
// "agent/<profile id>", shared with the CLI). The API key of the OpenAI-compatible server lives
// in the keychain under apiKeyName(), never in the settings. The default is the offline policy:
// the sandbox and an owner without an API key need no network.
struct AgentSettings {
    Q_DECLARE_TR_FUNCTIONS(AgentSettings)

public:
    enum class PolicyKind { Offline, OpenAiCompatible };

    PolicyKind policy = PolicyKind::Offline;
    QString baseUrl = QStringLiteral("https://api.openai.com/v1");
    QString model = QStringLiteral("gpt-4o-mini");
    double temperature = 0.3; // 0..2
    bool streaming = true;    // SSE; off for a server whose streaming is broken

    static AgentSettings load(const QString& profileId);
    void save(const QString& profileId) const;
    static void load(QSettings& s, AgentSettings* out);
    void save(QSettings& s) const;

    // "offline", "openai" (the settings' values and `limitless chat --policy`).
    static QString policyName(PolicyKind kind);
    static std::optional<PolicyKind> policyFromName(const QString& name);

    // What is wrong with these settings (translated); empty when usable. With the
    // OpenAI-compatible policy, `apiKey` is checked too: OpenAI itself needs one, and a key is
    // only sent over https or to this computer.
    QStringList problems(const QByteArray& apiKey = {}) const;

    // Keychain entry: "agent/<profile>/api-key".
    static QString apiKeyName(const QString& profileId);
};

// Reads the API key that `settings` need from the keychain (nothing for the offline policy)
// and calls `done` on `context`'s thread; `error` is translated.
void readAgentApiKey(auth::SecretStore* secrets, const QString& profileId,
                     const AgentSettings& settings, QObject* context,
                     std::function<void(const QByteArray& apiKey, const QString& error)> done);

// The OpenAI-compatible policy for these settings and key; null with `error` (translated, the
// settings' problems joined) when they are not usable.
std::unique_ptr<OpenAiPolicy> makeOpenAiPolicy(const AgentSettings& settings,
                                               const QByteArray& apiKey, QString* error = nullptr);

} // namespace limitless::agent
