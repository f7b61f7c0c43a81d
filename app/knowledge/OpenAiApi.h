#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

class QJsonValue;

namespace limitless::knowledge {

// What the OpenAI API and the local servers that speak it (Ollama, LM Studio, llama.cpp, vLLM…)
// have in common, shared by the embeddings and the chat-completions clients.

// {"error": {"message", "type", "param", "code"}} as OpenAI documents its errors; a local
// server may answer {"error": "text"} or plain text. `message` is `fallback` when the body
// says nothing readable (an HTML page, an empty body).
struct OpenAiServerError {
    QString message;
    QString type;
    QString code; // "insufficient_quota", "invalid_api_key", … or empty
};
OpenAiServerError openAiServerErrorOf(const QByteArray& body, const QString& fallback);
// The same for an already parsed `error` value (a string or the documented object).
OpenAiServerError openAiServerErrorOf(const QJsonValue& error, const QString& fallback);

// The wait a server asked for, in milliseconds, or -1: OpenAI's `retry-after-ms` before
// `Retry-After` (seconds or an HTTP date). Both headers' raw values, empty when absent.
int openAiRetryAfterMs(const QByteArray& retryAfterMsHeader, const QByteArray& retryAfterHeader);

// A back-off without a server hint: exponential from `firstMs`, capped at `capMs`, with "equal
// jitter" (half fixed, half random) so that clients that failed together do not retry together.
int openAiBackoffMs(int tryNumber, int firstMs, int capMs);

// {baseUrl}/{path}, whether or not the base ends with a slash ("https://api.openai.com/v1").
QUrl openAiEndpoint(const QUrl& baseUrl, const QString& path);

} // namespace limitless::knowledge
