#include "demo/Rng.h"

#include <array>
#include <cstring>

namespace limitless::demo {

namespace {

QByteArray formatUuid(const std::array<std::uint8_t, 16>& b)
{
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

} // namespace

quint64 Rng::derive(quint64 seed, quint64 stream)
{
    quint64 z = seed + 0x9e3779b97f4a7c15ULL * (stream + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 Rng::below(quint64 n)
{
    if (n <= 1)
        return 0;
    // Largest multiple of n that fits: values at or above it would bias the result.
    const quint64 limit = (~quint64(0) / n) * n;
    quint64 x = next();
    while (x >= limit)
        x = next();
    return x % n;
}

qint64 Rng::range(qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return lo;
    return lo + qint64(below(quint64(hi - lo) + 1));
}

int Rng::weighted(const QList<int>& weights)
{
    quint64 total = 0;
    for (int w : weights)
        total += quint64(std::max(w, 0));
    if (total == 0)
        return 0;
    quint64 r = below(total);
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const quint64 w = quint64(std::max(weights.at(i), 0));
        if (r < w)
            return int(i);
        r -= w;
    }
    return int(weights.size() - 1);
}

double Rng::symmetricUnit()
{
    const quint64 bits = next() >> 11;                    // 53 bits
    return double(bits) * (2.0 / 9007199254740992.0) - 1; // 2^53
}

void Rng::fill(std::uint8_t* out, int count)
{
    quint64 x = 0;
    for (int i = 0; i < count; ++i) {
        if (i % 8 == 0)
            x = next();
        out[i] = std::uint8_t(x & 0xff);
        x >>= 8;
    }
}

QByteArray Rng::uuid4()
{
    std::array<std::uint8_t, 16> b{};
    fill(b.data(), 16);
    b[6] = std::uint8_t((b[6] & 0x0f) | 0x40);
    b[8] = std::uint8_t((b[8] & 0x3f) | 0x80);
    return formatUuid(b);
}

QByteArray Rng::uuid7(qint64 msecsSinceEpoch)
{
    std::array<std::uint8_t, 16> b{};
    fill(b.data(), 16);
    const quint64 ms = quint64(msecsSinceEpoch);
    for (int i = 0; i < 6; ++i)
        b[size_t(i)] = std::uint8_t(ms >> (8 * (5 - i)));
    b[6] = std::uint8_t((b[6] & 0x0f) | 0x70);
    b[8] = std::uint8_t((b[8] & 0x3f) | 0x80);
    return formatUuid(b);
}

QByteArray Rng::token(const char* alphabet, int length)
{
    const quint64 n = quint64(std::strlen(alphabet));
    QByteArray out(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        out[i] = alphabet[below(n)];
    return out;
}

} // namespace limitless::demo
