#include "langgraph/Uuid6.h"

namespace limitless::langgraph {

namespace {
// Milliseconds between the Gregorian epoch (1582-10-15) and the Unix epoch.
constexpr qint64 kGregorianOffsetMs = 12219292800000LL;
} // namespace

QByteArray Uuid6::make(qint64 msecsSinceEpoch, int nsecs, int clockseq,
                       const std::array<std::uint8_t, 6>& node)
{
    const quint64 t = quint64(msecsSinceEpoch + kGregorianOffsetMs) * 10000ULL + quint64(nsecs);
    std::array<std::uint8_t, 16> b{};
    // time_high (32 bits), time_mid (16), version + time_low (4 + 12).
    const quint64 high = (t >> 28) & 0xffffffffULL;
    b[0] = std::uint8_t(high >> 24);
    b[1] = std::uint8_t(high >> 16);
    b[2] = std::uint8_t(high >> 8);
    b[3] = std::uint8_t(high);
    const quint64 mid = (t >> 12) & 0xffffULL;
    b[4] = std::uint8_t(mid >> 8);
    b[5] = std::uint8_t(mid);
    const quint64 low = t & 0xfffULL;
    b[6] = std::uint8_t(0x60 | (low >> 8));
    b[7] = std::uint8_t(low);
    // As the JavaScript uuid package does it: (clockseq >>> 8) | 0x80, then clockseq & 0xff.
    const quint32 cs = quint32(clockseq);
    b[8] = std::uint8_t((cs >> 8) | 0x80);
    b[9] = std::uint8_t(cs & 0xff);
    for (int i = 0; i < 6; ++i)
        b[size_t(10 + i)] = node[size_t(i)];

    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += '-';
        out += hex[b[size_t(i)] >> 4];
        out += hex[b[size_t(i)] & 15];
    }
    return out;
}

qint64 Uuid6::msecsOf(const QByteArray& uuid)
{
    QByteArray hex = uuid;
    hex.replace('-', QByteArray());
    if (hex.size() != 32)
        return 0;
    // time_high(8) time_mid(4) version(1) time_low(3)
    const QByteArray timeHex = hex.left(12) + hex.mid(13, 3);
    bool ok = false;
    const quint64 t = timeHex.toULongLong(&ok, 16);
    return ok ? qint64(t / 10000ULL) - kGregorianOffsetMs : 0;
}

int Uuid6::nsecsOf(const QByteArray& uuid)
{
    QByteArray hex = uuid;
    hex.replace('-', QByteArray());
    if (hex.size() != 32)
        return 0;
    bool ok = false;
    const quint64 t = (hex.left(12) + hex.mid(13, 3)).toULongLong(&ok, 16);
    return ok ? int(t % 10000ULL) : 0;
}

} // namespace limitless::langgraph
