#include "demo/CopyBinary.h"

namespace limitless::demo {

CopyBinary::CopyBinary()
{
    // Signature, flags (no OIDs), header extension length.
    static const char header[] = "PGCOPY\n\377\r\n\0";
    m_data.append(header, 11);
    appendInt32(0);
    appendInt32(0);
}

void CopyBinary::appendInt32(qint32 v)
{
    const auto u = quint32(v);
    const char b[4] = {char(u >> 24), char(u >> 16), char(u >> 8), char(u)};
    m_data.append(b, 4);
}

void CopyBinary::beginRow(int fieldCount)
{
    const auto u = quint16(fieldCount);
    const char b[2] = {char(u >> 8), char(u)};
    m_data.append(b, 2);
}

void CopyBinary::field(QByteArrayView bytes)
{
    appendInt32(qint32(bytes.size()));
    m_data.append(bytes.data(), bytes.size());
}

void CopyBinary::jsonb(QByteArrayView text)
{
    // jsonb's binary form: a version byte (1) followed by the JSON text.
    appendInt32(qint32(text.size() + 1));
    m_data += char(1);
    m_data.append(text.data(), text.size());
}

void CopyBinary::null()
{
    appendInt32(-1);
}

void CopyBinary::finish()
{
    m_data.append("\xff\xff", 2);
}

} // namespace limitless::demo
