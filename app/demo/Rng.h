#pragma once

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <random>

namespace limitless::demo {

// The demo business's only source of randomness. std::mt19937_64's output sequence is fixed
// by the C++ standard, but the std::*_distribution classes are not (libstdc++, libc++ and MSVC
// map the same engine output to different numbers), so every value here is derived from the
// raw 64-bit output with our own integer arithmetic. Same seed → same bytes everywhere.
class Rng {
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}

    // A seed for an independent sub-stream (splitmix64 of the pair), so that e.g. conversation
    // #n is the same whatever was generated before it.
    static quint64 derive(quint64 seed, quint64 stream);

    quint64 next() { return m_engine(); }
    // Uniform in [0, n) without modulo bias (rejection sampling); n > 0.
    quint64 below(quint64 n);
    // Uniform in [lo, hi], inclusive.
    qint64 range(qint64 lo, qint64 hi);
    // True with probability perMille / 1000.
    bool chance(int perMille) { return below(1000) < quint64(perMille); }
    // An index chosen with the given non-negative integer weights (not all zero).
    int weighted(const QList<int>& weights);
    template <typename T> const T& pick(const QList<T>& items)
    {
        return items.at(qsizetype(below(quint64(items.size()))));
    }
    // Uniform in [-1, 1) from 53 random bits (exact in IEEE double arithmetic).
    double symmetricUnit();

    // Random (version 4) and time-ordered (version 7) UUIDs in canonical text form.
    QByteArray uuid4();
    QByteArray uuid7(qint64 msecsSinceEpoch);
    // `length` characters drawn from `alphabet`.
    QByteArray token(const char* alphabet, int length);
    // Six bytes, e.g. a LangGraph checkpoint id's node field.
    void fill(std::uint8_t* out, int count);

private:
    std::mt19937_64 m_engine;
};

} // namespace limitless::demo
