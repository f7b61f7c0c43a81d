#pragma once

#include "agent/AgentSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace limitless::agent {

// The OpenAI-compatible policy in the playground (PlaygroundSession's "openai"): built on the
// worker from the profile's AgentSettings and the API key that the GUI thread read from the
// keychain (readAgentApiKey) and handed over with setSource(). Until then, or while the
// settings are incomplete, choosing it says what to set.
class OpenAiPlaygroundPolicy {
    Q_DECLARE_TR_FUNCTIONS(OpenAiPlaygroundPolicy)

public:
    static constexpr const char* kName = "openai";

    // Registers the policy with PlaygroundSession (again: keeps the one registration).
    static void registerPolicy();
    // What the worker builds the policy from for `profileId`; `keyError` (translated): the
    // keychain could not give the key.
    static void setSource(const QString& profileId, const AgentSettings& settings,
                          const QByteArray& apiKey, const QString& keyError = {});
    // What must be set before the policy can answer for `profileId` (translated, '' = usable).
    static QString missing(const QString& profileId);
};

} // namespace limitless::agent
