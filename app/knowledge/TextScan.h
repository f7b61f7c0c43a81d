#pragma once

#include <QtGlobal>

#include <atomic>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

// Character scans the chunker and its sentence finder share (internal to app/knowledge).
namespace limitless::knowledge::textscan {

inline bool isAsciiLetter(char16_t c)
{
    return char16_t((c | 0x20) - u'a') < 26;
}

inline bool isAsciiDigit(char16_t c)
{
    return char16_t(c - u'0') < 10;
}

inline bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

// '!' to '~': neither a blank nor a control character.
inline bool isVisibleAscii(char16_t c)
{
    return char16_t(c - 0x21) < 0x5e;
}

// The curly quotes ‘ ’ “ ” (U+2018, U+2019, U+201C, U+201D), which text from PDFs is full of.
// To the word, sentence and grapheme rules and to the token estimate they are signs like ASCII
// ones (‘ ’ as the apostrophe, “ ” as the double quote), so the scans that read ASCII by
// their own rules read these four too. c & kCurlyMask == kCurly holds for them and no other.
constexpr char16_t kCurlyMask = 0xfffa;
constexpr char16_t kCurly = 0x2018;

inline bool isCurlyQuote(char16_t c)
{
    return (c & kCurlyMask) == kCurly;
}

inline bool isAsciiOrCurly(char16_t c)
{
    return c < 0x80 || isCurlyQuote(c);
}

// First positions in [i, end) holding a character of a kind, else end. Eight at a time.
#if defined(__SSE2__)
template <typename Match> qsizetype findWide(const char16_t* u, qsizetype i, qsizetype end, Match m)
{
    for (; i + 8 <= end; i += 8) {
        const int bits =
            _mm_movemask_epi8(m(_mm_loadu_si128(reinterpret_cast<const __m128i*>(u + i))));
        if (bits)
            return i + std::countr_zero(unsigned(bits)) / 2;
    }
    return i;
}
#endif

inline qsizetype findNonAscii(const char16_t* u, qsizetype i, qsizetype end)
{
#if defined(__SSE2__)
    // Long ASCII stretches 32 at a time: all or'ed, one test.
    const __m128i top = _mm_set1_epi16(0x7f);
    for (; i + 32 <= end; i += 32) {
        const auto at = [&](int k) {
            return _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + i + k * 8));
        };
        const __m128i any = _mm_or_si128(_mm_or_si128(at(0), at(1)), _mm_or_si128(at(2), at(3)));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_subs_epu16(any, top), _mm_setzero_si128())) !=
            0xffff)
            break;
    }
    i = findWide(u, i, end, [](__m128i v) {
        return _mm_xor_si128(
            _mm_cmpeq_epi16(_mm_subs_epu16(v, _mm_set1_epi16(0x7f)), _mm_setzero_si128()),
            _mm_set1_epi16(-1));
    });
#endif
    while (i < end && u[i] < 0x80)
        ++i;
    return i;
}

// The first position in [i, end) holding a character that is neither ASCII nor a curly quote.
inline qsizetype findNonAsciiOrCurly(const char16_t* u, qsizetype i, qsizetype end)
{
    for (;; ++i) {
        i = findNonAscii(u, i, end);
        if (i >= end || !isCurlyQuote(u[i]))
            return i;
    }
}

inline qsizetype findLineBreak(const char16_t* u, qsizetype i, qsizetype end)
{
#if defined(__SSE2__)
    i = findWide(u, i, end, [](__m128i v) {
        return _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('\n')),
                            _mm_cmpeq_epi16(v, _mm_set1_epi16('\r')));
    });
#endif
    while (i < end && !isLineBreak(u[i]))
        ++i;
    return i;
}

// Where a sentence may end: . ! ? and line breaks (the sentence state machine's only inputs
// that matter between words).
inline qsizetype findSentenceMark(const char16_t* u, qsizetype i, qsizetype end)
{
    auto mark = [](char16_t c) {
        return c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u'\r';
    };
#if defined(__SSE2__)
    i = findWide(u, i, end, [](__m128i v) {
        const __m128i a = _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('.')),
                                       _mm_cmpeq_epi16(v, _mm_set1_epi16('!')));
        const __m128i b = _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('?')),
                                       _mm_cmpeq_epi16(v, _mm_set1_epi16('\n')));
        return _mm_or_si128(_mm_or_si128(a, b), _mm_cmpeq_epi16(v, _mm_set1_epi16('\r')));
    });
#endif
    while (i < end && !mark(u[i]))
        ++i;
    return i;
}

// The first position in [i, end) holding neither '.' nor ' ' (dot leaders), else end.
inline qsizetype skipDotLeaders(const char16_t* u, qsizetype i, qsizetype end)
{
#if defined(__SSE2__)
    i = findWide(u, i, end, [](__m128i v) {
        return _mm_xor_si128(_mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('.')),
                                          _mm_cmpeq_epi16(v, _mm_set1_epi16(' '))),
                             _mm_set1_epi16(-1));
    });
#endif
    while (i < end && (u[i] == u'.' || u[i] == u' '))
        ++i;
    return i;
}

#if defined(__GNUC__) && defined(__x86_64__)
#define LIMITLESS_SCAN_AVX512 1
// The line breaks of u[i, i + 64) as bits, with AVX-512 (BW).
[[gnu::target("avx512f,avx512bw")]] inline quint64 lineBreaks64Avx512(const char16_t* u)
{
    const __m512i a = _mm512_loadu_si512(u);
    const __m512i b = _mm512_loadu_si512(u + 32);
    const __m512i lf = _mm512_set1_epi16('\n'), cr = _mm512_set1_epi16('\r');
    const quint64 lo = _mm512_cmpeq_epi16_mask(a, lf) | _mm512_cmpeq_epi16_mask(a, cr);
    const quint64 hi = _mm512_cmpeq_epi16_mask(b, lf) | _mm512_cmpeq_epi16_mask(b, cr);
    return lo | hi << 32;
}

// Whether the scans may use AVX-512 (tests turn it off with detail::limitTokenVectors).
inline std::atomic<bool> g_wideScans{true};

// Whether the processor has AVX-512 (F and BW), asked once.
inline bool cpuHasAvx512()
{
    static const bool has = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw");
    }();
    return has;
}

// Whether the scans may use AVX-512: the processor has it and the tests have not turned it off.
inline bool hasAvx512()
{
    return cpuHasAvx512() && g_wideScans.load(std::memory_order_relaxed);
}
#endif

// Calls f(position) for each line break ('\n', '\r') in [from, to), in order: 64 characters
// at a time, so that a text's thousands of lines cost no search each.
template <typename F> void forEachLineBreak(const char16_t* u, qsizetype from, qsizetype to, F&& f)
{
    qsizetype i = from;
#if defined(LIMITLESS_SCAN_AVX512)
    if (hasAvx512()) {
        for (; i + 64 <= to; i += 64) {
            for (quint64 breaks = lineBreaks64Avx512(u + i); breaks; breaks &= breaks - 1)
                f(i + std::countr_zero(breaks));
        }
    }
#endif
#if defined(__SSE2__)
    for (; i + 64 <= to; i += 64) {
        quint64 breaks = 0;
        for (int part = 0; part < 4; ++part) {
            const auto at = [&](int k) {
                return _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + i + part * 16 + k));
            };
            const auto isBreak = [](__m128i v) {
                return _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('\n')),
                                    _mm_cmpeq_epi16(v, _mm_set1_epi16('\r')));
            };
            breaks |= quint64(unsigned(
                          _mm_movemask_epi8(_mm_packs_epi16(isBreak(at(0)), isBreak(at(8))))))
                      << (part * 16);
        }
        for (; breaks; breaks &= breaks - 1)
            f(i + std::countr_zero(breaks));
    }
#endif
    for (; i < to; ++i) {
        if (isLineBreak(u[i]))
            f(i);
    }
}

} // namespace limitless::knowledge::textscan
