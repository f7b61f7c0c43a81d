#include "FakeChatCompletions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace limitless::test {

namespace {

QJsonObject chunkWith(const QJsonArray& choices, const QJsonValue& usage = QJsonValue::Null)
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-test123")},
                       {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                       {QStringLiteral("created"), 1735689600},
                       {QStringLiteral("model"), QStringLiteral("gpt-4o-mini-2024-07-18")},
                       {QStringLiteral("system_fingerprint"), QStringLiteral("fp_test")},
                       {QStringLiteral("choices"), choices},
                       {QStringLiteral("usage"), usage}};
}

QByteArray choiceChunk(const QJsonObject& delta, const QJsonValue& finish = QJsonValue::Null)
{
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("delta"), delta},
                             {QStringLiteral("logprobs"), QJsonValue::Null},
                             {QStringLiteral("finish_reason"), finish}};
    return QJsonDocument(chunkWith(QJsonArray{choice})).toJson(QJsonDocument::Compact);
}

QByteArray httpChunk(const QByteArray& payload)
{
    return QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n";
}

} // namespace

QByteArray FakeChatCompletions::roleChunk()
{
    return choiceChunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                   {QStringLiteral("content"), QString()},
                                   {QStringLiteral("refusal"), QJsonValue::Null}});
}

QByteArray FakeChatCompletions::contentChunk(const QString& token)
{
    return choiceChunk(QJsonObject{{QStringLiteral("content"), token}});
}

QByteArray FakeChatCompletions::toolCallChunk(const QList<ToolCallDelta>& deltas)
{
    QJsonArray calls;
    for (const ToolCallDelta& d : deltas) {
        QJsonObject function{{QStringLiteral("arguments"), d.argumentsFragment}};
        QJsonObject call{{QStringLiteral("index"), d.index}};
        if (!d.id.isEmpty()) {
            call.insert(QStringLiteral("id"), d.id);
            call.insert(QStringLiteral("type"), QStringLiteral("function"));
            function.insert(QStringLiteral("name"), d.name);
        }
        call.insert(QStringLiteral("function"), function);
        calls.append(call);
    }
    return choiceChunk(QJsonObject{{QStringLiteral("tool_calls"), calls}});
}

QByteArray FakeChatCompletions::finishChunk(const QString& reason)
{
    return choiceChunk(QJsonObject{}, reason);
}

QByteArray FakeChatCompletions::usageChunk(int prompt, int completion)
{
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), prompt},
                            {QStringLiteral("completion_tokens"), completion},
                            {QStringLiteral("total_tokens"), prompt + completion}};
    return QJsonDocument(chunkWith(QJsonArray{}, usage)).toJson(QJsonDocument::Compact);
}

FakeChatCompletions::Reply FakeChatCompletions::streamOf(const QList<QByteArray>& events,
                                                         Reply::End end, int delayMs)
{
    Reply r;
    r.events = events;
    r.end = end;
    r.delayMs = delayMs;
    return r;
}

FakeChatCompletions::Reply FakeChatCompletions::streamedText(const QStringList& tokens, int delayMs)
{
    QList<QByteArray> events{roleChunk()};
    for (const QString& t : tokens)
        events << contentChunk(t);
    events << finishChunk(QStringLiteral("stop")) << usageChunk(57, int(tokens.size()));
    return streamOf(events, Reply::End::Done, delayMs);
}

FakeChatCompletions::Reply
FakeChatCompletions::streamedToolCalls(const QList<ToolCallDelta>& deltas,
                                       const QStringList& tokensFirst)
{
    QList<QByteArray> events{roleChunk()};
    for (const QString& t : tokensFirst)
        events << contentChunk(t);
    for (const ToolCallDelta& d : deltas)
        events << toolCallChunk({d});
    events << finishChunk(QStringLiteral("tool_calls")) << usageChunk(120, 33);
    return streamOf(events);
}

FakeChatCompletions::Reply FakeChatCompletions::whole(const QString& text,
                                                      const QList<ToolCallDelta>& calls)
{
    QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("content"),
                         text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text)},
                        {QStringLiteral("refusal"), QJsonValue::Null}};
    if (!calls.isEmpty()) {
        QJsonArray list;
        for (const ToolCallDelta& c : calls)
            list.append(
                QJsonObject{{QStringLiteral("id"), c.id},
                            {QStringLiteral("type"), QStringLiteral("function")},
                            {QStringLiteral("function"),
                             QJsonObject{{QStringLiteral("name"), c.name},
                                         {QStringLiteral("arguments"), c.argumentsFragment}}}});
        message.insert(QStringLiteral("tool_calls"), list);
    }
    const QJsonObject body{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-test123")},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("created"), 1735689600},
        {QStringLiteral("model"), QStringLiteral("gpt-4o-mini-2024-07-18")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{
             {QStringLiteral("index"), 0},
             {QStringLiteral("message"), message},
             {QStringLiteral("logprobs"), QJsonValue::Null},
             {QStringLiteral("finish_reason"),
              calls.isEmpty() ? QStringLiteral("stop") : QStringLiteral("tool_calls")}}}},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 40},
                                              {QStringLiteral("completion_tokens"), 9},
                                              {QStringLiteral("total_tokens"), 49}}}};
    Reply r;
    r.kind = Reply::Kind::Whole;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

FakeChatCompletions::Reply FakeChatCompletions::error(int status, const QByteArray& type,
                                                      const QByteArray& code,
                                                      const QString& message,
                                                      const Headers& headers)
{
    Reply r;
    r.kind = Reply::Kind::Error;
    r.status = status;
    r.body = openAiErrorBody(message, type, code);
    r.headers = headers;
    return r;
}

FakeChatCompletions::Reply FakeChatCompletions::rateLimited(int retryAfterSeconds)
{
    return error(429, "requests", "rate_limit_exceeded",
                 QStringLiteral("Rate limit reached for gpt-4o-mini in organization org-test on "
                                "requests per min (RPM): Limit 500, Used 500, Requested 1. "
                                "Please try again in %1s.")
                     .arg(retryAfterSeconds),
                 {{"retry-after", QByteArray::number(retryAfterSeconds)},
                  {"x-ratelimit-limit-requests", "500"},
                  {"x-ratelimit-remaining-requests", "0"}});
}

FakeChatCompletions::Reply FakeChatCompletions::rateLimitedMs(int retryAfterMs)
{
    return error(429, "requests", "rate_limit_exceeded",
                 QStringLiteral("Rate limit reached for gpt-4o-mini in organization org-test on "
                                "tokens per min (TPM). Please try again in %1ms.")
                     .arg(retryAfterMs),
                 {{"retry-after-ms", QByteArray::number(retryAfterMs)}});
}

FakeChatCompletions::Reply FakeChatCompletions::quotaExceeded()
{
    return error(429, "insufficient_quota", "insufficient_quota",
                 QStringLiteral("You exceeded your current quota, please check your plan and "
                                "billing details."));
}

FakeChatCompletions::Reply FakeChatCompletions::serverError(int status)
{
    return error(status, "server_error", {},
                 QStringLiteral("The server had an error while processing your request. Sorry "
                                "about that!"));
}

FakeChatCompletions::Reply FakeChatCompletions::invalidApiKey()
{
    return error(401, "invalid_request_error", "invalid_api_key",
                 QStringLiteral("Incorrect API key provided: sk-wrong***7890. You can find your "
                                "API key at https://platform.openai.com/account/api-keys."));
}

FakeChatCompletions::Reply FakeChatCompletions::hang()
{
    Reply r;
    r.kind = Reply::Kind::Hang;
    return r;
}

FakeChatCompletions::Reply FakeChatCompletions::drop()
{
    Reply r;
    r.kind = Reply::Kind::Drop;
    return r;
}

FakeChatCompletions::FakeChatCompletions(QObject* parent) : LoopbackHttpServer(parent) {}

QUrl FakeChatCompletions::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port()));
}

void FakeChatCompletions::enqueue(const Reply& reply, int times)
{
    for (int i = 0; i < times; ++i)
        m_script.append(reply);
}

void FakeChatCompletions::answer(QTcpSocket* socket, const Request& request)
{
    if (request.method != "POST" || request.path != "/v1/chat/completions") {
        send(socket, 404,
             openAiErrorBody(
                 QStringLiteral("Invalid URL (%1 %2)")
                     .arg(QString::fromUtf8(request.method), QString::fromUtf8(request.path)),
                 "invalid_request_error", {}));
        return;
    }
    const Reply reply =
        m_script.isEmpty() ? streamedText({QStringLiteral("OK.")}) : m_script.takeFirst();
    switch (reply.kind) {
    case Reply::Kind::Hang:
        return;
    case Reply::Kind::Drop:
        socket->abort();
        return;
    case Reply::Kind::Whole:
    case Reply::Kind::Error:
        send(socket, reply.status, reply.body, reply.headers);
        return;
    case Reply::Kind::Stream:
        stream(socket, reply);
        return;
    }
}

void FakeChatCompletions::stream(QTcpSocket* socket, const Reply& reply)
{
    const bool chunked = reply.end != Reply::End::CloseWithoutDone;
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                      "openai-processing-ms: 12\r\nx-request-id: req_test\r\n";
    head += chunked ? "Transfer-Encoding: chunked\r\nConnection: keep-alive\r\n"
                    : "Connection: close\r\n";
    socket->write(head + "\r\n");

    QPointer<QTcpSocket> guard(socket);
    m_sent->clear();
    auto write = [guard, chunked, sent = m_sent](const QByteArray& payload) {
        if (!guard)
            return;
        sent->append(std::chrono::duration_cast<std::chrono::nanoseconds>(
                         std::chrono::steady_clock::now().time_since_epoch())
                         .count());
        const QByteArray event = "data: " + payload + "\n\n";
        guard->write(chunked ? httpChunk(event) : event);
        guard->flush();
    };
    auto finish = [guard, end = reply.end, write] {
        if (!guard)
            return;
        switch (end) {
        case Reply::End::Done:
            write("[DONE]");
            guard->write("0\r\n\r\n");
            break;
        case Reply::End::CutChunked:
        case Reply::End::CloseWithoutDone:
            guard->flush();
            guard->disconnectFromHost();
            break;
        case Reply::End::Hang:
            break;
        }
    };
    if (reply.delayMs <= 0 || reply.events.isEmpty()) {
        for (const QByteArray& e : reply.events)
            write(e);
        finish();
        return;
    }
    // One event after the other, each `delayMs` after the one before (chained, so that timer
    // slack cannot reorder them).
    auto next = std::make_shared<std::function<void(qsizetype)>>();
    *next = [guard, events = reply.events, delay = reply.delayMs, write, finish,
             weak = std::weak_ptr(next)](qsizetype i) {
        if (!guard)
            return;
        if (i >= events.size()) {
            finish();
            return;
        }
        write(events[i]);
        if (auto self = weak.lock())
            QTimer::singleShot(delay, Qt::PreciseTimer, guard, [self, i] { (*self)(i + 1); });
    };
    write(reply.events.value(0));
    QTimer::singleShot(reply.delayMs, Qt::PreciseTimer, socket, [next] { (*next)(1); });
}

} // namespace limitless::test
