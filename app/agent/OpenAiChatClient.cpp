#include "agent/OpenAiChatClient.h"

#include "knowledge/BlockingHttp.h"
#include "knowledge/OpenAiApi.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>

#include <chrono>

namespace limitless::agent {

namespace {

using knowledge::BlockingHttp;
using knowledge::HttpAnswer;

bool raised(const std::atomic_bool* flag)
{
    return flag && flag->load();
}

QString snippet(const QByteArray& bytes)
{
    QString s = QString::fromUtf8(bytes).simplified();
    if (s.size() > 80)
        s = s.left(80) + u'…';
    return s;
}

QJsonValue messageJson(const ChatMessage& m)
{
    QJsonObject o;
    switch (m.role) {
    case ChatMessage::Role::System:
        o.insert(QStringLiteral("role"), QStringLiteral("system"));
        break;
    case ChatMessage::Role::User:
        o.insert(QStringLiteral("role"), QStringLiteral("user"));
        break;
    case ChatMessage::Role::Assistant:
        o.insert(QStringLiteral("role"), QStringLiteral("assistant"));
        break;
    case ChatMessage::Role::Tool:
        o.insert(QStringLiteral("role"), QStringLiteral("tool"));
        o.insert(QStringLiteral("tool_call_id"), m.toolCallId);
        break;
    }
    // An assistant message that only called tools has null content, as the API documents.
    if (m.role == ChatMessage::Role::Assistant && m.content.isEmpty() && !m.toolCalls.isEmpty())
        o.insert(QStringLiteral("content"), QJsonValue::Null);
    else
        o.insert(QStringLiteral("content"), m.content);
    if (!m.name.isEmpty() && m.role != ChatMessage::Role::Tool)
        o.insert(QStringLiteral("name"), m.name);
    if (m.role == ChatMessage::Role::Assistant && !m.toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ToolCall& c : m.toolCalls) {
            calls.append(QJsonObject{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("type"), QStringLiteral("function")},
                {QStringLiteral("function"),
                 QJsonObject{{QStringLiteral("name"), c.name},
                             {QStringLiteral("arguments"),
                              QString::fromUtf8(c.argumentsJson.isEmpty() ? QByteArray("{}")
                                                                          : c.argumentsJson)}}}});
        }
        o.insert(QStringLiteral("tool_calls"), calls);
    }
    return o;
}

// A tool call as its deltas arrive.
struct PartialCall {
    QString id;
    QString name;
    QByteArray arguments;
};

// Reads a chat-completions answer: the server-sent events of a streamed one as its bytes
// arrive (BlockingHttp writes a 2xx body here), or one JSON object. A refused write (-1) makes
// BlockingHttp drop the connection: the answer is already known to be bad.
class AnswerReader final : public QIODevice {
public:
    AnswerReader(const OpenAiChatClient::DeltaCallback& onDelta, const QElapsedTimer& clock,
                 ChatTiming& timing)
        : m_onDelta(onDelta), m_clock(clock), m_timing(timing)
    {
        open(QIODevice::WriteOnly);
    }

    bool isSequential() const override { return true; }
    qint64 bytes() const { return m_bytes; }
    bool failed() const { return m_error != PolicyErrorKind::None; }

    // The body ended (`clean`: as the server meant it). Fills `out`, or its error.
    void finish(bool clean, ChatResult& out)
    {
        if (!failed() && clean && !m_line.isEmpty()) {
            // A last line without its newline still counts, and so does an event without
            // the blank line that should close it.
            line(m_line);
            m_line.clear();
        }
        if (!failed() && clean && !m_data.isNull())
            dispatch();
        if (!failed() && !m_sawDone && !m_sawFinish && m_fields == 0)
            readWholeJson(); // a server that ignored "stream": one chat.completion object
        if (!failed() && !m_sawDone && !m_sawFinish)
            fail(PolicyErrorKind::BadResponse,
                 OpenAiChatClient::tr("The model server's stream ended before the reply was "
                                      "complete."));
        if (!failed())
            assembleCalls(out);
        out.text = m_text;
        out.finishReason = m_finishReason;
        out.usage = m_usage;
        if (failed()) {
            out.error = m_error;
            out.errorMessage = m_message;
        }
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }

    qint64 writeData(const char* data, qint64 size) override
    {
        if (failed())
            return -1;
        m_writeNs = m_clock.nsecsElapsed();
        if (m_bytes == 0 && size > 0)
            m_timing.firstByteNs = m_writeNs;
        m_bytes += size;
        if (m_fields == 0 && m_raw.size() < kMaxRaw)
            m_raw.append(data, size);
        for (qint64 i = 0; i < size && !failed(); ++i) {
            const char c = data[i];
            if (c == '\n' && m_afterCr) { // the \n of a \r\n
                m_afterCr = false;
                continue;
            }
            m_afterCr = c == '\r';
            if (c == '\n' || c == '\r') {
                line(m_line);
                m_line.clear();
            } else {
                m_line.append(c);
            }
        }
        return failed() ? -1 : size;
    }

private:
    static constexpr qsizetype kMaxRaw = 16 * 1024 * 1024;

    void fail(PolicyErrorKind kind, const QString& message)
    {
        if (failed())
            return;
        m_error = kind;
        m_message = message;
    }

    // One line of the event stream (https://html.spec.whatwg.org/#event-stream-interpretation).
    void line(const QByteArray& l)
    {
        if (l.isEmpty()) {
            if (!m_data.isNull())
                dispatch();
            return;
        }
        if (l.startsWith(':')) // a comment (keep-alive, "OPENROUTER PROCESSING")
            return;
        const qsizetype colon = l.indexOf(':');
        const QByteArray field = colon < 0 ? l : l.left(colon);
        QByteArray value = colon < 0 ? QByteArray() : l.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        if (field == "data") {
            ++m_fields;
            if (m_data.isNull())
                m_data = QByteArray(""); // an event, even with an empty data line
            else
                m_data.append('\n');
            m_data.append(value);
        } else if (field == "event" || field == "id" || field == "retry") {
            ++m_fields;
            if (field == "event")
                m_event = value;
        }
        // Other fields are ignored, as the event-stream format says.
    }

    void dispatch()
    {
        const QByteArray data = m_data;
        const QByteArray event = m_event;
        m_data = QByteArray();
        m_event.clear();
        if (m_sawDone)
            return;
        if (data.trimmed() == "[DONE]") {
            m_sawDone = true;
            return;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            if (event == "error") {
                fail(PolicyErrorKind::Server,
                     OpenAiChatClient::tr("The model server reported an error in the middle of "
                                          "the reply: %1")
                         .arg(snippet(data)));
                return;
            }
            fail(PolicyErrorKind::BadResponse,
                 OpenAiChatClient::tr("The model server sent a stream chunk that is not JSON: %1")
                     .arg(snippet(data)));
            return;
        }
        chunk(doc.object(), event == "error");
    }

    void chunk(const QJsonObject& o, bool errorEvent)
    {
        const QJsonValue err = o.value(QStringLiteral("error"));
        if ((!err.isUndefined() && !err.isNull()) || errorEvent) {
            const knowledge::OpenAiServerError se = knowledge::openAiServerErrorOf(
                err.isUndefined() ? QJsonValue(o) : err, OpenAiChatClient::tr("no message given"));
            fail(PolicyErrorKind::Server,
                 OpenAiChatClient::tr("The model server reported an error in the middle of the "
                                      "reply: %1")
                     .arg(se.message));
            return;
        }
        const QJsonValue choices = o.value(QStringLiteral("choices"));
        if (!choices.isUndefined() && !choices.isArray()) {
            fail(PolicyErrorKind::BadResponse,
                 OpenAiChatClient::tr("The model server sent a chunk whose \"choices\" is not a "
                                      "list."));
            return;
        }
        for (const QJsonValue& c : choices.toArray()) {
            const QJsonObject choice = c.toObject();
            if (choice.value(QStringLiteral("index")).toInt(0) != 0)
                continue; // n = 1 was asked for
            const QJsonValue delta = choice.value(QStringLiteral("delta"));
            if (delta.isObject())
                content(delta.toObject(), true);
            const QJsonValue reason = choice.value(QStringLiteral("finish_reason"));
            if (reason.isString()) {
                m_finishReason = reason.toString();
                m_sawFinish = true;
            }
        }
        usage(o.value(QStringLiteral("usage")));
    }

    void usage(const QJsonValue& u)
    {
        if (!u.isObject())
            return; // null in every chunk but the last
        const QJsonObject o = u.toObject();
        m_usage.promptTokens = o.value(QStringLiteral("prompt_tokens")).toInt(-1);
        m_usage.completionTokens = o.value(QStringLiteral("completion_tokens")).toInt(-1);
        m_usage.totalTokens = o.value(QStringLiteral("total_tokens")).toInt(-1);
    }

    // A delta (streamed) or a whole message: its text and its tool calls.
    void content(const QJsonObject& d, bool streamed)
    {
        const QString text = d.value(QStringLiteral("content")).toString();
        if (!text.isEmpty()) {
            m_text += text;
            if (m_timing.firstDeltaNs < 0) {
                m_timing.firstDeltaBytesNs = m_writeNs;
                m_timing.firstDeltaNs = m_clock.nsecsElapsed();
            }
            if (m_onDelta)
                m_onDelta(text);
        }
        const QJsonValue calls = d.value(QStringLiteral("tool_calls"));
        if (calls.isNull() || calls.isUndefined())
            return;
        if (!calls.isArray()) {
            fail(PolicyErrorKind::BadResponse,
                 OpenAiChatClient::tr("The model server sent \"tool_calls\" that are not a "
                                      "list."));
            return;
        }
        const QJsonArray list = calls.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject call = list[i].toObject();
            // Streamed calls are numbered by "index"; a whole message lists them in order.
            const QJsonValue index = call.value(QStringLiteral("index"));
            const int key = streamed && index.isDouble() ? index.toInt() : int(i);
            if (!streamed && !m_calls.isEmpty() && i == 0)
                m_calls.clear();
            PartialCall& p = m_calls[key];
            const QString id = call.value(QStringLiteral("id")).toString();
            if (!id.isEmpty())
                p.id = id;
            const QJsonObject function = call.value(QStringLiteral("function")).toObject();
            const QString name = function.value(QStringLiteral("name")).toString();
            if (!name.isEmpty())
                p.name = name;
            const QJsonValue args = function.value(QStringLiteral("arguments"));
            if (args.isString())
                p.arguments += args.toString().toUtf8();
            else if (args.isObject()) // some local servers send the object itself
                p.arguments += QJsonDocument(args.toObject()).toJson(QJsonDocument::Compact);
        }
    }

    void readWholeJson()
    {
        const QByteArray body = m_raw.trimmed();
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            fail(PolicyErrorKind::BadResponse,
                 OpenAiChatClient::tr("The model server answered with something other than the "
                                      "documented JSON: %1")
                     .arg(snippet(body)));
            return;
        }
        const QJsonObject o = doc.object();
        const QJsonValue err = o.value(QStringLiteral("error"));
        if (!err.isUndefined() && !err.isNull()) {
            fail(PolicyErrorKind::Server,
                 OpenAiChatClient::tr("The model server reported an error: %1")
                     .arg(knowledge::openAiServerErrorOf(err, snippet(body)).message));
            return;
        }
        const QJsonArray choices = o.value(QStringLiteral("choices")).toArray();
        if (choices.isEmpty() ||
            !choices.first().toObject().value(QStringLiteral("message")).isObject()) {
            fail(PolicyErrorKind::BadResponse,
                 OpenAiChatClient::tr("The model server's answer has no message."));
            return;
        }
        const QJsonObject choice = choices.first().toObject();
        content(choice.value(QStringLiteral("message")).toObject(), false);
        m_finishReason = choice.value(QStringLiteral("finish_reason")).toString();
        m_sawFinish = true;
        usage(o.value(QStringLiteral("usage")));
    }

    void assembleCalls(ChatResult& out)
    {
        for (auto it = m_calls.cbegin(); it != m_calls.cend() && !failed(); ++it) {
            const PartialCall& p = it.value();
            if (p.name.isEmpty()) {
                fail(PolicyErrorKind::BadToolCall,
                     OpenAiChatClient::tr("The model sent a tool call without a function name."));
                return;
            }
            ToolCall call;
            call.id = p.id.isEmpty() ? QStringLiteral("call_%1").arg(it.key()) : p.id;
            call.name = p.name;
            const QByteArray args = p.arguments.trimmed();
            if (args.isEmpty()) {
                call.argumentsJson = "{}"; // a function without parameters
            } else {
                QJsonParseError pe;
                const QJsonDocument doc = QJsonDocument::fromJson(args, &pe);
                if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                    fail(PolicyErrorKind::BadToolCall,
                         OpenAiChatClient::tr("The model called the tool \"%1\" with arguments "
                                              "that are not a JSON object: %2")
                             .arg(p.name, snippet(args)));
                    return;
                }
                call.argumentsJson = doc.toJson(QJsonDocument::Compact);
            }
            out.toolCalls.append(call);
        }
    }

    const OpenAiChatClient::DeltaCallback& m_onDelta;
    const QElapsedTimer& m_clock;
    ChatTiming& m_timing;
    qint64 m_bytes = 0;
    qint64 m_writeNs = 0; // when the bytes being read arrived
    QByteArray m_raw;     // the body while it does not look like an event stream
    QByteArray m_line;
    bool m_afterCr = false;
    QByteArray m_data; // null: no event pending
    QByteArray m_event;
    int m_fields = 0;
    bool m_sawDone = false;
    bool m_sawFinish = false;
    QString m_text;
    QMap<int, PartialCall> m_calls;
    QString m_finishReason;
    ChatUsage m_usage;
    PolicyErrorKind m_error = PolicyErrorKind::None;
    QString m_message;
};

// What one request came to when it did not give an answer to read.
struct Failure {
    PolicyErrorKind kind = PolicyErrorKind::None;
    QString message;
    bool retryable = false;
    int retryAfterMs = -1;
};

Failure failureOf(const HttpAnswer& a, const QUrl& endpoint, int timeoutMs)
{
    Failure f;
    if (a.timedOut) {
        f.kind = PolicyErrorKind::Network;
        f.message = OpenAiChatClient::tr("The model server at %1 did not answer within %2 s.")
                        .arg(endpoint.toDisplayString())
                        .arg(timeoutMs / 1000.0, 0, 'g', 3);
        f.retryable = true;
        return f;
    }
    if (!a.answered()) {
        f.kind = PolicyErrorKind::Network;
        if (a.error == QNetworkReply::ConnectionRefusedError)
            f.message = OpenAiChatClient::tr("The model server at %1 refused the connection; is it "
                                             "running?")
                            .arg(endpoint.toDisplayString());
        else
            f.message = OpenAiChatClient::tr("Could not reach the model server at %1: %2")
                            .arg(endpoint.toDisplayString(), a.errorText);
        // Nobody listening, no such host, a TLS failure: trying again would not help. A
        // connection dropped on the way might.
        f.retryable = a.error != QNetworkReply::ConnectionRefusedError &&
                      a.error != QNetworkReply::HostNotFoundError &&
                      a.error != QNetworkReply::SslHandshakeFailedError &&
                      a.error != QNetworkReply::ProtocolUnknownError;
        return f;
    }
    const int status = a.status;
    const knowledge::OpenAiServerError se = knowledge::openAiServerErrorOf(
        a.body, OpenAiChatClient::tr("HTTP %1 without a message").arg(status));
    if (status == 401) {
        f.kind = PolicyErrorKind::Auth;
        f.message =
            OpenAiChatClient::tr("The model server refused the API key: %1").arg(se.message);
    } else if (status == 403) {
        f.kind = PolicyErrorKind::Auth;
        f.message = OpenAiChatClient::tr("The model server refused access: %1").arg(se.message);
    } else if (status == 429 && (se.code == QLatin1String("insufficient_quota") ||
                                 se.type == QLatin1String("insufficient_quota"))) {
        f.kind = PolicyErrorKind::RateLimited;
        f.message = OpenAiChatClient::tr("The model server's quota is used up: %1").arg(se.message);
    } else if (status == 429) {
        f.kind = PolicyErrorKind::RateLimited;
        f.message =
            OpenAiChatClient::tr("The model server is rate-limiting requests: %1").arg(se.message);
        f.retryable = true;
        f.retryAfterMs =
            knowledge::openAiRetryAfterMs(a.header("retry-after-ms"), a.header("retry-after"));
    } else if (status >= 500 || status == 408 || status == 409) {
        f.kind = PolicyErrorKind::Server;
        f.message = OpenAiChatClient::tr("The model server failed (HTTP %1): %2")
                        .arg(status)
                        .arg(se.message);
        f.retryable = status != 501 && status != 505;
        f.retryAfterMs =
            knowledge::openAiRetryAfterMs(a.header("retry-after-ms"), a.header("retry-after"));
    } else if (status >= 200 && status < 300) {
        f.kind = PolicyErrorKind::BadResponse;
        f.message = OpenAiChatClient::tr("The model server answered with an empty body.");
    } else {
        f.kind = PolicyErrorKind::Server;
        f.message = OpenAiChatClient::tr("The model server refused the request (HTTP %1): %2")
                        .arg(status)
                        .arg(se.message);
    }
    return f;
}

} // namespace

OpenAiChatClient::OpenAiChatClient(QUrl baseUrl, QByteArray apiKey, Options options)
    : m_baseUrl(std::move(baseUrl)), m_apiKey(apiKey.trimmed()), m_options(options)
{}

QUrl OpenAiChatClient::endpoint() const
{
    return knowledge::openAiEndpoint(m_baseUrl, QStringLiteral("chat/completions"));
}

QByteArray OpenAiChatClient::requestBody(const ChatRequest& request, QString* error)
{
    QJsonObject body{{QStringLiteral("model"), request.model}};
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    QJsonArray messages;
    for (const ChatMessage& m : request.messages)
        messages.append(messageJson(m));
    body.insert(QStringLiteral("messages"), messages);
    if (!request.tools.isEmpty()) {
        QJsonArray tools;
        for (const ToolSpec& t : request.tools) {
            QJsonParseError pe;
            const QJsonDocument schema = QJsonDocument::fromJson(
                t.parametersJson.isEmpty() ? QByteArray("{\"type\":\"object\",\"properties\":{}}")
                                           : t.parametersJson,
                &pe);
            if (pe.error != QJsonParseError::NoError || !schema.isObject()) {
                if (error)
                    *error = tr("The parameters of the tool \"%1\" are not a JSON Schema object.")
                                 .arg(t.name);
                return {};
            }
            QJsonObject function{{QStringLiteral("name"), t.name},
                                 {QStringLiteral("parameters"), schema.object()}};
            if (!t.description.isEmpty())
                function.insert(QStringLiteral("description"), t.description);
            tools.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                     {QStringLiteral("function"), function}});
        }
        body.insert(QStringLiteral("tools"), tools);
    }
    if (!request.toolChoice.isEmpty()) {
        const QString& c = request.toolChoice;
        if (c == QLatin1String("auto") || c == QLatin1String("none") ||
            c == QLatin1String("required"))
            body.insert(QStringLiteral("tool_choice"), c);
        else
            body.insert(QStringLiteral("tool_choice"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                    {QStringLiteral("function"),
                                     QJsonObject{{QStringLiteral("name"), c}}}});
    }
    if (request.stream) {
        body.insert(QStringLiteral("stream"), true);
        body.insert(QStringLiteral("stream_options"),
                    QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    if (error)
        error->clear();
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ChatResult OpenAiChatClient::complete(const ChatRequest& request, const DeltaCallback& onDelta,
                                      const std::atomic_bool* cancel) const
{
    ChatResult result;
    QElapsedTimer total;
    total.start();
    auto done = [&](PolicyErrorKind kind, const QString& message) {
        result.error = kind;
        result.errorMessage = message;
        result.timing.totalNs = total.nsecsElapsed();
        return result;
    };
    auto cancelled = [&] {
        return done(PolicyErrorKind::Cancelled, tr("The reply was cancelled."));
    };

    QString problem;
    const QByteArray body = requestBody(request, &problem);
    if (body.isEmpty())
        return done(PolicyErrorKind::BadToolCall, problem);

    QNetworkAccessManager nam;
    BlockingHttp http(nam);
    http.setInactivityTimeout(std::max(1, m_options.inactivityTimeoutMs));
    QNetworkRequest r = BlockingHttp::request(endpoint());
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setRawHeader("Accept", request.stream ? "text/event-stream" : "application/json");
    if (!m_apiKey.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_apiKey);

    for (int tryNumber = 1;; ++tryNumber) {
        if (raised(cancel))
            return cancelled();
        QElapsedTimer clock;
        ChatTiming timing = result.timing;
        timing.firstByteNs = -1;
        timing.firstDeltaBytesNs = -1;
        timing.firstDeltaNs = -1;
        timing.attempts = tryNumber;
        AnswerReader reader(onDelta, clock, timing);
        clock.start();
        timing.attemptStartNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                    std::chrono::steady_clock::now().time_since_epoch())
                                    .count();
        const HttpAnswer a = http.send(r, "POST", body, cancel, {}, &reader);
        result.timing = timing;
        result.httpStatus = a.status;
        if (a.cancelled)
            return cancelled();

        if (reader.bytes() > 0) {
            // The answer began: it is read to its end or fails, never sent again.
            result.httpStatus = a.status > 0 ? a.status : 200;
            if (!reader.failed() && a.timedOut)
                return done(PolicyErrorKind::Network,
                            tr("The model server stopped sending for %1 s in the middle of the "
                               "reply.")
                                .arg(m_options.inactivityTimeoutMs / 1000.0, 0, 'g', 3));
            reader.finish(a.answered(), result);
            result.timing.totalNs = total.nsecsElapsed();
            return result;
        }

        const Failure f = failureOf(a, endpoint(), m_options.inactivityTimeoutMs);
        if (!f.retryable)
            return done(f.kind, f.message);
        if (tryNumber >= std::max(1, m_options.maxAttempts)) {
            return done(f.kind,
                        f.kind == PolicyErrorKind::RateLimited
                            ? tr("%1 (still refused after %n attempt(s))", nullptr, tryNumber)
                                  .arg(f.message)
                            : tr("%1 (failed %n time(s))", nullptr, tryNumber).arg(f.message));
        }
        const int wait = f.retryAfterMs >= 0
                             ? f.retryAfterMs
                             : knowledge::openAiBackoffMs(tryNumber, m_options.backoffMs,
                                                          m_options.maxBackoffMs);
        if (result.timing.waitedMs + wait > m_options.maxTotalWaitMs) {
            const QString seconds = QString::number(wait / 1000.0, 'f', 1);
            const QString allowed = QString::number(m_options.maxTotalWaitMs / 1000.0, 'f', 1);
            return done(f.kind,
                        f.retryAfterMs >= 0
                            ? tr("%1 (the server asks to wait %2 s more, longer than "
                                 "the %3 s allowed)")
                                  .arg(f.message, seconds, allowed)
                            : tr("%1 (gave up after waiting %2 s)")
                                  .arg(f.message,
                                       QString::number(result.timing.waitedMs / 1000.0, 'f', 1)));
        }
        if (!BlockingHttp::wait(wait, cancel))
            return cancelled();
        result.timing.waitedMs += wait;
    }
}

} // namespace limitless::agent
