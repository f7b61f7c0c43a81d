#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace limitless::demo {

// Rows in COPY's binary format, for LangGraph's tables (text, bytea and jsonb columns only,
// whose DDL is fixed upstream). Transcript blobs are most of the bytes of a large load; in
// binary they go over the wire as they are instead of doubled by bytea's hex escaping.
class CopyBinary {
public:
    CopyBinary();
    void beginRow(int fieldCount);
    // text or bytea
    void field(QByteArrayView bytes);
    void jsonb(QByteArrayView text);
    void null();
    // Appends the end-of-data marker; the buffer is complete after this.
    void finish();

    QByteArray& data() { return m_data; }
    qsizetype size() const { return m_data.size(); }

private:
    void appendInt32(qint32 v);

    QByteArray m_data;
};

} // namespace limitless::demo
