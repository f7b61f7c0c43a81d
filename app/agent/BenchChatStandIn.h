#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QUrl>

class QTcpServer;

namespace limitless::agent {

// The streaming benchmark's loopback stand-in for an OpenAI-compatible server: on its own
// thread it answers every POST …/chat/completions as OpenAI documents a streamed completion —
// 200, `Content-Type: text/event-stream`, chunked, one `data: {chat.completion.chunk}` event
// per HTTP chunk (the role, then each token, then the finish_reason), `data: [DONE]` — and
// records, on std::chrono::steady_clock, when it wrote each answer's first body byte. Anything
// else gets OpenAI's 404 error object. Only for `limitless bench agent`: the real servers are
// remote, and the figure is the client's share of the time to the first token.
class BenchChatStandIn {
public:
    explicit BenchChatStandIn(QStringList tokens);
    ~BenchChatStandIn();

    // Listens on a free loopback port; false with *error when it cannot.
    bool start(QString* error);
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1

    // steady_clock nanoseconds of each answer's first body byte, in answer order.
    QList<qint64> firstByteTimes() const;

private:
    QStringList m_tokens;
    QThread m_thread;
    QTcpServer* m_server = nullptr; // lives on m_thread
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<qint64> m_firstBytes;
};

} // namespace limitless::agent
