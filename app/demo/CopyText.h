#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace limitless::demo {

// Rows in COPY's text format (tab-separated, `\N` for NULL, backslash escapes). Used for the
// application tables: the server parses each field with the column's own input function, so
// the data stays valid if a column type differs slightly (vector vs real[], int vs bigint).
class CopyText {
public:
    void reserve(qsizetype bytes) { m_data.reserve(bytes); }
    CopyText& field(QByteArrayView value);
    CopyText& number(qint64 value);
    CopyText& flag(bool value);
    CopyText& null();
    // A field that is NULL when `value` is empty.
    CopyText& fieldOrNull(QByteArrayView value);
    // "2025-03-01 10:11:12.345" (UTC, for `timestamp` columns); 0 = NULL.
    CopyText& timestamp(qint64 msecsSinceEpoch);
    void endRow();

    QByteArray& data() { return m_data; }
    qsizetype size() const { return m_data.size(); }
    void clear() { m_data.clear(); }

    static QByteArray formatTimestamp(qint64 msecsSinceEpoch);

private:
    void separator();

    QByteArray m_data;
    bool m_rowStarted = false;
};

} // namespace limitless::demo
