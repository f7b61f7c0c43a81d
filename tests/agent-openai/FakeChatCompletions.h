#pragma once

#include "LoopbackHttpServer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace limitless::test {

// A loopback stand-in for POST /v1/chat/completions that answers as OpenAI documents it:
//
// - streamed: `Content-Type: text/event-stream`, Transfer-Encoding chunked, one
//   `data: {chat.completion.chunk}\n\n` event per HTTP chunk — the role first, then the
//   content tokens or the tool-call deltas (id, type and function.name in the first delta of
//   each `index`, the `arguments` in fragments), a chunk with the finish_reason, the usage chunk
//   (empty choices) that stream_options.include_usage asks for, and `data: [DONE]`;
// - not streamed: one chat.completion object;
// - errors: {"error": {"message", "type", "param", "code"}} with OpenAI's status codes, and
//   Retry-After / retry-after-ms on 429.
//
// Scripted: each request takes the next queued reply (a short streamed "OK." once the queue is
// empty); every request is recorded with its arrival time.
class FakeChatCompletions : public LoopbackHttpServer {
    Q_OBJECT

public:
    struct ToolCallDelta {
        int index = 0;
        QString id; // the first delta of a call carries id and name
        QString name;
        QString argumentsFragment;
    };

    // One event of a stream: raw `data:` payload bytes (may be made invalid on purpose).
    struct Reply {
        enum class Kind { Stream, Whole, Error, Hang, Drop };
        enum class End { Done, CutChunked, CloseWithoutDone, Hang };
        Kind kind = Kind::Stream;
        int status = 200;
        QList<QByteArray> events; // Stream: data payloads in order (without "data: ")
        End end = End::Done;      // Stream: how it ends
        int delayMs = 0;          // Stream: before each event after the first
        QByteArray body;          // Whole / Error: the body
        Headers headers;
    };

    // Chunk builders, as OpenAI sends them.
    static QByteArray roleChunk();
    static QByteArray contentChunk(const QString& token);
    static QByteArray toolCallChunk(const QList<ToolCallDelta>& deltas);
    static QByteArray finishChunk(const QString& reason);
    static QByteArray usageChunk(int prompt, int completion);

    // Replies.
    static Reply streamedText(const QStringList& tokens, int delayMs = 0);
    static Reply streamedToolCalls(const QList<ToolCallDelta>& deltas,
                                   const QStringList& tokensFirst = {});
    static Reply streamOf(const QList<QByteArray>& events, Reply::End end = Reply::End::Done,
                          int delayMs = 0);
    static Reply whole(const QString& text, const QList<ToolCallDelta>& calls = {});
    static Reply error(int status, const QByteArray& type, const QByteArray& code,
                       const QString& message, const Headers& headers = {});
    static Reply rateLimited(int retryAfterSeconds);
    static Reply rateLimitedMs(int retryAfterMs);
    static Reply quotaExceeded();
    static Reply serverError(int status = 500);
    static Reply invalidApiKey();
    static Reply hang();
    static Reply drop(); // reads the request and closes the connection without an answer

    explicit FakeChatCompletions(QObject* parent = nullptr);

    QUrl baseUrl() const; // http://127.0.0.1:<port>/v1
    void enqueue(const Reply& reply, int times = 1);
    // When each event of the last stream was written (std::chrono::steady_clock, ns).
    QList<qint64> eventSentNs() const { return *m_sent; }

protected:
    void answer(QTcpSocket* socket, const Request& request) override;

private:
    void stream(QTcpSocket* socket, const Reply& reply);

    QList<Reply> m_script;
    std::shared_ptr<QList<qint64>> m_sent = std::make_shared<QList<qint64>>();
};

} // namespace limitless::test
