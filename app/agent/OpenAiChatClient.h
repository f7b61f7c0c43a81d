#pragma once

#include "agent/Policy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <optional>

namespace limitless::agent {

// One message of a chat-completions request.
struct ChatMessage {
    enum class Role { System, User, Assistant, Tool };
    Role role = Role::User;
    QString content;
    QList<ToolCall> toolCalls; // Assistant: the calls it made
    QString toolCallId;        // Tool: the call this message answers
    QString name;              // optional participant / tool name
};

struct ChatRequest {
    QString model;
    std::optional<double> temperature; // not sent when empty (the server's default)
    QList<ChatMessage> messages;
    QList<ToolSpec> tools;
    // "auto", "none", "required", or a tool's name (forces that function); empty: not sent.
    QString toolChoice;
    bool stream = true; // SSE, with stream_options.include_usage
};

struct ChatUsage {
    int promptTokens = -1; // -1: the server did not say
    int completionTokens = -1;
    int totalTokens = -1;
};

// Where the time of one complete() went. The *Ns times are measured on one clock from the
// start of the attempt that answered: `firstDeltaNs - firstDeltaBytesNs` is what reading the
// stream costs before a token can be shown.
struct ChatTiming {
    qint64 attemptStartNs = 0;     // std::chrono::steady_clock, since its epoch (to compare with
                                   // times taken elsewhere, e.g. a stand-in's send time)
    qint64 firstByteNs = -1;       // the answer's first body byte reached the client
    qint64 firstDeltaBytesNs = -1; // the bytes that completed the first text delta arrived
    qint64 firstDeltaNs = -1;      // that delta was handed to onDelta
    qint64 totalNs = 0;            // the whole call, waits included
    int attempts = 0;              // requests sent
    qint64 waitedMs = 0;           // back-off waited between them
};

struct ChatResult {
    Q_DECLARE_TR_FUNCTIONS(ChatResult)

public:
    QString text;
    QList<ToolCall> toolCalls; // in the order of their `index`; arguments a JSON object
    QString finishReason;      // "stop", "tool_calls", "length", "content_filter", …
    ChatUsage usage;
    ChatTiming timing;
    PolicyErrorKind error = PolicyErrorKind::None;
    int httpStatus = 0;   // the last HTTP status, 0 when there was none
    QString errorMessage; // one translated sentence, with the server's message where it gave one
    bool ok() const { return error == PolicyErrorKind::None; }
};

// How OpenAiChatClient retries and waits.
struct OpenAiChatOptions {
    int maxAttempts = 4;              // requests per complete(), the first included
    int maxTotalWaitMs = 60000;       // back-off waiting per complete()
    int inactivityTimeoutMs = 120000; // nothing received for this long: the request is dropped
    int backoffMs = 500;              // first back-off without a server hint; doubles
    int maxBackoffMs = 10000;         // cap of one back-off without a server hint
};

// The OpenAI chat-completions API (POST {baseUrl}/chat/completions), or a local server that
// speaks it (Ollama, LM Studio, llama.cpp, vLLM…). Blocking: complete() runs its own
// QNetworkAccessManager in the calling worker thread (through knowledge::BlockingHttp).
//
// - Streaming (the default) reads the server-sent events as OpenAI documents them: `data:`
//   lines each holding a chat.completion.chunk, `choices[0].delta.content` handed to onDelta
//   as it arrives, tool-call deltas assembled by `index` (id and name in the first, the
//   `arguments` fragments concatenated), `finish_reason`, the usage chunk that
//   stream_options.include_usage asks for, and `data: [DONE]`. A server that ignores `stream`
//   and answers one JSON object is read as a non-streamed answer.
// - Errors: no connection (refused, unknown host) → Network at once; a connection dropped or
//   silent before any answer → tried again, then Network. 429 → tried again after the
//   server's retry-after-ms / Retry-After (else a back-off), within maxAttempts and
//   maxTotalWaitMs, then RateLimited; "insufficient_quota" is not tried again. 500/502/503/504
//   (and 408/409) → tried again with back-off, then Server. 401/403 → Auth; other 4xx →
//   Server; both with the server's {"error": {"message"}}. In a 2xx answer: a chunk that is
//   not JSON → BadResponse; an `error` object in the stream → Server with its message; the
//   stream ending before [DONE] or a finish_reason → BadResponse; tool-call arguments that
//   are not a JSON object → BadToolCall. Nothing is retried once the answer's body began
//   (its tokens may already be on screen).
// - `cancel` is polled during requests and waits: Cancelled.
class OpenAiChatClient {
    Q_DECLARE_TR_FUNCTIONS(OpenAiChatClient)

public:
    using Options = OpenAiChatOptions;
    using DeltaCallback = std::function<void(const QString& delta)>;

    // `baseUrl` like "https://api.openai.com/v1"; `apiKey` may be empty for a local server.
    OpenAiChatClient(QUrl baseUrl, QByteArray apiKey, Options options = {});

    QUrl endpoint() const;
    const Options& options() const { return m_options; }
    void setOptions(const Options& options) { m_options = options; }

    ChatResult complete(const ChatRequest& request, const DeltaCallback& onDelta = {},
                        const std::atomic_bool* cancel = nullptr) const;

    // The request body as sent (compact JSON); tool schemas that are not JSON objects are
    // reported in `error` (translated) and nothing is built.
    static QByteArray requestBody(const ChatRequest& request, QString* error = nullptr);

private:
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    Options m_options;
};

} // namespace limitless::agent
