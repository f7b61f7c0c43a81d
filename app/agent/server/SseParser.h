#pragma once

#include <QByteArray>
#include <QList>

namespace limitless::agent::server {

// One Server-Sent Event: `event:`, `data:` (several data lines joined with "\n") and `id:`.
struct SseEvent {
    QByteArray event = QByteArrayLiteral("message");
    QByteArray data;
    QByteArray id;
    bool hasId = false;
    bool hasData = false;
};

// Splits a text/event-stream into events as bytes arrive, in whatever pieces the network
// gives them (a line or an event may be cut anywhere, "\r\n" and "\n" both end a line).
// Comment lines (": keep-alive") are skipped, as the SSE specification says.
class SseParser {
public:
    QList<SseEvent> feed(const QByteArray& bytes);
    // An event left without its closing blank line when the stream ended.
    bool hasPartialEvent() const { return m_inEvent || !m_line.isEmpty(); }
    QByteArray lastEventId() const { return m_lastId; }

private:
    void line(const QByteArray& l, QList<SseEvent>& out);

    QByteArray m_line;
    SseEvent m_current;
    bool m_inEvent = false;
    bool m_pendingCr = false;
    QByteArray m_lastId;
};

} // namespace limitless::agent::server
