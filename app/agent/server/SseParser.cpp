#include "agent/server/SseParser.h"

namespace limitless::agent::server {

QList<SseEvent> SseParser::feed(const QByteArray& bytes)
{
    QList<SseEvent> out;
    for (const char c : bytes) {
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == '\n')
                continue; // the "\n" of a "\r\n"
        }
        if (c == '\r' || c == '\n') {
            m_pendingCr = c == '\r';
            line(m_line, out);
            m_line.clear();
        } else {
            m_line.append(c);
        }
    }
    return out;
}

void SseParser::line(const QByteArray& l, QList<SseEvent>& out)
{
    if (l.isEmpty()) {
        if (m_inEvent) {
            if (m_current.hasId)
                m_lastId = m_current.id;
            out << m_current;
        }
        m_current = SseEvent();
        m_inEvent = false;
        return;
    }
    if (l.startsWith(':'))
        return;
    const int colon = l.indexOf(':');
    const QByteArray field = colon < 0 ? l : l.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : l.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    m_inEvent = true;
    if (field == "event") {
        m_current.event = value;
    } else if (field == "data") {
        if (m_current.hasData)
            m_current.data += '\n';
        m_current.data += value;
        m_current.hasData = true;
    } else if (field == "id") {
        m_current.id = value;
        m_current.hasId = true;
    }
}

} // namespace limitless::agent::server
