#pragma once

#include "agent/AgentState.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace limitless::agent {

// A tool the node allows the policy to call. The runtime, not the policy, decides the set per
// node; a call to any other tool is refused (lead text cannot widen it).
struct ToolSpec {
    QString name; // "record_lead_details", "send_payment_link", …
    QString description;
    QByteArray parametersJson; // JSON Schema of the arguments (an object)
};

struct ToolCall {
    QString id;
    QString name;
    QByteArray argumentsJson; // a JSON object as the policy produced it (validated by the runtime)
};

// What a node asks of the policy: the state so far (its last message is the lead's), the
// node's prompt (system text) and reply template, the chunks retrieved for this turn and the
// tools it may call.
struct PolicyRequest {
    QString node;
    AgentState state;
    QString prompt;        // the node's instructions (an LLM's system message)
    QString replyTemplate; // the node's template (the offline policy fills it)
    QList<RetrievedChunk> chunks;
    QList<ToolSpec> tools;
};

enum class PolicyErrorKind {
    None,
    Network,     // connection refused, dropped, timed out
    RateLimited, // 429 after the allowed waits
    Server,      // 5xx, or a 4xx refusing the request
    Auth,        // 401/403
    BadResponse, // not the documented JSON / SSE, a stream cut before its end
    BadToolCall, // a tool call with malformed arguments or a tool outside the allowed set
    Cancelled,
};

struct PolicyReply {
    QString text;              // the agent's reply to the lead (may be empty with tool calls)
    QList<ToolCall> toolCalls; // structured extraction and actions
    PolicyErrorKind error = PolicyErrorKind::None;
    QString errorMessage; // specific and user-readable (the server's message where it gave one)
    bool ok() const { return error == PolicyErrorKind::None; }
};

// Chooses the agent's reply in one node. Blocking: runs on the runtime's worker thread.
// `onToken` receives streamed text as it arrives (the offline policy gives the reply at once);
// `cancel` is polled while waiting.
class Policy {
public:
    virtual ~Policy() = default;
    virtual QString name() const = 0; // "offline", "openai"
    virtual PolicyReply respond(const PolicyRequest& request,
                                const std::function<void(const QString& delta)>& onToken,
                                const std::atomic_bool* cancel) = 0;
};

} // namespace limitless::agent
