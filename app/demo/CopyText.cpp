#include "demo/CopyText.h"

#include <QDate>
#include <QDateTime>

#include <cstdio>

namespace limitless::demo {

void CopyText::separator()
{
    if (m_rowStarted)
        m_data += '\t';
    m_rowStarted = true;
}

CopyText& CopyText::field(QByteArrayView value)
{
    separator();
    const char* run = value.data();
    const char* end = run + value.size();
    for (const char* p = run; p != end; ++p) {
        const char c = *p;
        if (c != '\\' && c != '\t' && c != '\n' && c != '\r')
            continue;
        m_data.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '\\':
            m_data += "\\\\";
            break;
        case '\t':
            m_data += "\\t";
            break;
        case '\n':
            m_data += "\\n";
            break;
        default:
            m_data += "\\r";
            break;
        }
    }
    m_data.append(run, end - run);
    return *this;
}

CopyText& CopyText::number(qint64 value)
{
    separator();
    m_data += QByteArray::number(value);
    return *this;
}

CopyText& CopyText::flag(bool value)
{
    separator();
    m_data += value ? 't' : 'f';
    return *this;
}

CopyText& CopyText::null()
{
    separator();
    m_data += "\\N";
    return *this;
}

CopyText& CopyText::fieldOrNull(QByteArrayView value)
{
    return value.isEmpty() ? null() : field(value);
}

QByteArray CopyText::formatTimestamp(qint64 msecsSinceEpoch)
{
    // Hand-rolled: called millions of times during a large load.
    const qint64 days =
        msecsSinceEpoch >= 0 ? msecsSinceEpoch / 86400000 : (msecsSinceEpoch - 86399999) / 86400000;
    qint64 rem = msecsSinceEpoch - days * 86400000;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    const int h = int(rem / 3600000);
    rem %= 3600000;
    const int m = int(rem / 60000);
    rem %= 60000;
    const int s = int(rem / 1000);
    const int ms = int(rem % 1000);
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d.%03d", date.year(),
                                date.month(), date.day(), h, m, s, ms);
    return QByteArray(buf, n);
}

CopyText& CopyText::timestamp(qint64 msecsSinceEpoch)
{
    if (msecsSinceEpoch == 0)
        return null();
    separator();
    m_data += formatTimestamp(msecsSinceEpoch);
    return *this;
}

void CopyText::endRow()
{
    m_data += '\n';
    m_rowStarted = false;
}

} // namespace limitless::demo
