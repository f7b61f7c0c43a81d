#pragma once

#include "agent/OpenAiChatClient.h"
#include "agent/Policy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace limitless::agent {

// The agent's policy through an OpenAI-compatible chat-completions server (OpenAI, or a local
// model server that speaks the same API).
//
// The request is the node's prompt as the system message, then a second system message with
// the retrieved chunks (quoted as reference material, never as instructions) and what is known
// about the lead, then the conversation: human → user, AI → assistant with its tool calls,
// tool → tool, system → system. Only `request.tools` are offered (tool_choice "auto"); a call
// to any other tool fails the turn with BadToolCall, so nothing the lead writes can widen the
// set. Text is streamed to onToken as it arrives.
class OpenAiPolicy final : public Policy {
    Q_DECLARE_TR_FUNCTIONS(OpenAiPolicy)

public:
    struct Config {
        QUrl baseUrl = QUrl(QStringLiteral("https://api.openai.com/v1"));
        QString model = QStringLiteral("gpt-4o-mini");
        std::optional<double> temperature = 0.3;
        bool stream = true;
        OpenAiChatOptions options;
    };

    OpenAiPolicy(Config config, QByteArray apiKey);

    QString name() const override { return QStringLiteral("openai"); }
    PolicyReply respond(const PolicyRequest& request,
                        const std::function<void(const QString& delta)>& onToken,
                        const std::atomic_bool* cancel) override;

    const Config& config() const { return m_config; }
    // The last call's timing, usage and finish reason (the benchmark and the inspector read it).
    const ChatResult& lastResult() const { return m_last; }

    // The chat request a PolicyRequest becomes (the tests and the playground's inspector).
    ChatRequest chatRequest(const PolicyRequest& request) const;
    static QList<ChatMessage> messagesFor(const PolicyRequest& request);

private:
    Config m_config;
    OpenAiChatClient m_client;
    ChatResult m_last;
};

} // namespace limitless::agent
