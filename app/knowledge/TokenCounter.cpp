#include "knowledge/TokenCounter.h"

#include "knowledge/TextScan.h"

#include <QChar>

#include <bit>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

namespace limitless::knowledge {

namespace {

enum class Cls : quint8 { Letter, Number, Space, Newline, Other };

// Character classes of cl100k_base's pattern: \p{L}, \p{N}, \s (with \r and \n apart), rest.
constexpr std::array<Cls, 128> kAscii = [] {
    std::array<Cls, 128> t{};
    for (char32_t cp = 0; cp < 128; ++cp) {
        Cls c = Cls::Other;
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
            c = Cls::Letter;
        else if (cp >= '0' && cp <= '9')
            c = Cls::Number;
        else if (cp == '\n' || cp == '\r')
            c = Cls::Newline;
        else if (cp == ' ' || (cp >= 0x09 && cp <= 0x0c))
            c = Cls::Space;
        t[cp] = c;
    }
    return t;
}();

inline Cls classify(char32_t cp)
{
    if (cp < 0x80) [[likely]]
        return kAscii[cp];
    if (QChar::isLetter(cp))
        return Cls::Letter;
    if (QChar::isNumber(cp))
        return Cls::Number;
    if (QChar::isSpace(cp))
        return Cls::Space;
    return Cls::Other;
}

struct Cursor {
    const QChar* s;
    qsizetype n;
    // The code point at i and its length in UTF-16 units (a lone surrogate is one unit).
    char32_t at(qsizetype i, int* len) const
    {
        const char16_t c = s[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1].unicode())) {
            *len = 2;
            return QChar::surrogateToUcs4(c, s[i + 1].unicode());
        }
        *len = 1;
        return c;
    }
    Cls clsAt(qsizetype i) const
    {
        int len = 0;
        return classify(at(i, &len));
    }
};

// Average cost (hundredths of a token) of a run of ASCII letters by length, after a space,
// after nothing (line start, identifiers), or after a sign, for lower-case, Capitalised and
// UPPER-case words; fitted on js-tiktoken's counts (see TokenCounter.h).
constexpr int kTable = 17;
constexpr std::array<int, kTable> kLowerSp = {0,   100, 101, 100, 101, 102, 105, 104, 114,
                                              114, 117, 119, 131, 116, 127, 172, 204};
constexpr std::array<int, kTable> kLowerNo = {0,   100, 100, 103, 119, 105, 127, 143, 144,
                                              162, 175, 179, 187, 225, 235, 245, 255};
constexpr std::array<int, kTable> kLowerPu = {0,   100, 113, 118, 133, 149, 149, 180, 200,
                                              226, 218, 242, 230, 289, 300, 310, 320};
constexpr std::array<int, kTable> kCapSp = {0,   100, 100, 100, 102, 107, 118, 106, 133,
                                            162, 174, 154, 140, 133, 130, 172, 204};
constexpr std::array<int, kTable> kUpperSp = {0,   100, 103, 111, 120, 128, 184, 167, 195,
                                              215, 179, 218, 267, 280, 300, 320, 340};

enum class Lead { None, Space, Sign };

constexpr int asciiWordCost(int n, int upper, bool firstUpper, Lead lead)
{
    const bool lower = upper == 0;
    const bool cap = upper == 1 && firstUpper;
    const bool allUpper = upper == n;
    if (!lower && !cap && !allUpper) // camelCase, iOS, …: split where the case changes
        return 100 + 15 * n + (lead == Lead::Sign ? 30 : 0);
    if (n >= kTable) {
        const int perChar = allUpper                    ? 22
                            : lead == Lead::Sign        ? 21
                            : cap || lead == Lead::None ? 17
                                                        : 16;
        return perChar * n;
    }
    if (allUpper && n > 1)
        return kUpperSp[size_t(n)] + (lead == Lead::Space ? 0 : 8);
    if (cap && n > 1) {
        if (lead == Lead::Sign)
            return kLowerPu[size_t(n)] + 50;
        return kCapSp[size_t(n)] + (lead == Lead::None ? 10 : 0);
    }
    switch (lead) {
    case Lead::Space:
        return kLowerSp[size_t(n)];
    case Lead::None:
        return kLowerNo[size_t(n)];
    case Lead::Sign:
        return kLowerPu[size_t(n)];
    }
    return 100;
}

// Tokens per letter outside ASCII, by script (hundredths): Latin with diacritics (the whole
// word then costs by length, ~3 letters a token), Cyrillic, Greek, Hangul, CJK, the rest.
int scriptCost(char32_t cp)
{
    if (cp < 0x80 || (cp >= 0xc0 && cp < 0x250) || (cp >= 0x1e00 && cp < 0x1f00))
        return 33;
    if (cp >= 0x400 && cp < 0x530)
        return 51;
    if (cp >= 0x370 && cp < 0x400)
        return 104;
    if ((cp >= 0xac00 && cp < 0xd7b0) || (cp >= 0x1100 && cp < 0x1200) ||
        (cp >= 0x3130 && cp < 0x3190))
        return 130;
    if ((cp >= 0x3040 && cp < 0x3100) || (cp >= 0x3400 && cp < 0xa000) ||
        (cp >= 0xf900 && cp < 0xfb00) || (cp >= 0x20000 && cp < 0x32000))
        return 119;
    return 80;
}

// Signs and symbols outside ASCII: emoji are several byte tokens, their joiners, skin tones
// and variation selectors about one, flags' regional indicators one and a half; a repeated
// sign (box drawing: "────", "═══") packs several into a token.
int symbolCost(char32_t cp, char32_t previous = 0)
{
    if (cp == previous && cp < 0x1f000)
        return 20;
    if (cp == 0x200d || (cp >= 0x1f3fb && cp <= 0x1f3ff))
        return 100;
    if (cp >= 0xfe00 && cp <= 0xfe0f)
        return 60;
    if (cp >= 0x1f1e6 && cp <= 0x1f1ff)
        return 150;
    if (cp >= 0x1f000 || (cp >= 0x2600 && cp < 0x27c0))
        return 250;
    return 100;
}

// A run of ASCII signs: common pairs ("),", "();") are one token, longer runs split, a run of
// one repeated sign ("-----", "=====") packs many into a token.
constexpr int asciiSignsCost(int k, bool repeated)
{
    constexpr std::array<int, 8> kSigns = {0, 100, 101, 120, 165, 210, 260, 300};
    if (k <= 0)
        return 0;
    if (repeated && k > 2)
        return 100 + 13 * (k - 1);
    return k < 8 ? kSigns[size_t(k)] : 45 * k;
}

// The cl100k_base pre-token at i by the general rules (any script): calls piece(start, end,
// costCenti) for its pieces and returns where the next pre-token starts.
template <typename Emit>
[[gnu::noinline]] qsizetype generalStep(QStringView text, qsizetype i, Emit& piece)
{
    const Cursor c{text.data(), text.size()};
    const qsizetype n = text.size();
    int len = 0;
    {
        const char32_t cp = c.at(i, &len);
        const Cls cls = classify(cp);

        // (?i:'s|'t|'re|'ve|'m|'ll|'d)
        if (cp == '\'' && i + 1 < n) {
            const char16_t a = char16_t(text[i + 1].unicode() | 0x20);
            const char16_t b = i + 2 < n ? char16_t(text[i + 2].unicode() | 0x20) : 0;
            int clen = 0;
            if (a == 's' || a == 't' || a == 'm' || a == 'd')
                clen = 2;
            else if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l'))
                clen = 3;
            if (clen > 0) {
                piece(i, i + clen, 100);
                return i + clen;
            }
        }

        // [^\r\n\p{L}\p{N}]?\p{L}+
        qsizetype letters = -1;
        Lead lead = Lead::None;
        if (cls == Cls::Letter) {
            letters = i;
        } else if (cls != Cls::Number && cls != Cls::Newline && i + len < n &&
                   c.clsAt(i + len) == Cls::Letter) {
            letters = i + len;
            lead = cp == ' ' ? Lead::Space : Lead::Sign;
        }
        if (letters >= 0) {
            qsizetype j = letters;
            int count = 0, upper = 0, script = 0;
            bool ascii = true, firstUpper = false;
            while (j < n) {
                int l = 0;
                const char32_t x = c.at(j, &l);
                if (classify(x) != Cls::Letter)
                    break;
                if (x < 0x80) {
                    const bool up = x >= 'A' && x <= 'Z';
                    upper += up ? 1 : 0;
                    if (count == 0)
                        firstUpper = up;
                } else {
                    ascii = false;
                }
                script += scriptCost(x);
                ++count;
                j += l;
            }
            if (ascii && count < kTable) {
                piece(i, j, asciiWordCost(count, upper, firstUpper, lead));
            } else if (ascii) {
                // A very long word (a hash, base64): costs by length, booked per letter so that
                // a cut inside it is counted right.
                const int total = asciiWordCost(count, upper, firstUpper, lead);
                const int each = total / count;
                piece(i, letters + 1, total - each * (count - 1));
                for (qsizetype k = letters + 1; k < j; ++k)
                    piece(k, k + 1, each);
            } else {
                // Other scripts cost per letter: booked per letter, the lead sign and the
                // word's minimum with the first.
                const int extra = std::max(100, script) - script + (lead == Lead::Sign ? 30 : 0);
                int l = 0;
                const char32_t x0 = c.at(letters, &l);
                piece(i, letters + l, scriptCost(x0) + extra);
                for (qsizetype k = letters + l; k < j; k += l) {
                    const char32_t x = c.at(k, &l);
                    piece(k, k + l, scriptCost(x));
                }
            }
            return j;
        }

        // \p{N}{1,3}
        if (cls == Cls::Number) {
            qsizetype j = i;
            for (int k = 0; k < 3 && j < n; ++k) {
                int l = 0;
                if (classify(c.at(j, &l)) != Cls::Number)
                    break;
                j += l;
            }
            piece(i, j, 100);
            return j;
        }

        //  ?[^\s\p{L}\p{N}]+[\r\n]*
        {
            qsizetype j = i;
            if (cp == ' ' && i + 1 < n && c.clsAt(i + 1) == Cls::Other)
                j = i + 1;
            if (j < n && c.clsAt(j) == Cls::Other) {
                const qsizetype signs = j;
                int asciiSigns = 0, other = 0;
                bool repeated = true;
                const char16_t first = text[j].unicode();
                char32_t previous = 0;
                while (j < n) {
                    int l = 0;
                    const char32_t x = c.at(j, &l);
                    if (classify(x) != Cls::Other)
                        break;
                    if (x < 0x80) {
                        ++asciiSigns;
                        repeated = repeated && x == first;
                    } else {
                        other += symbolCost(x, previous);
                        previous = x;
                    }
                    j += l;
                }
                qsizetype end = j;
                while (end < n && (text[end] == u'\n' || text[end] == u'\r'))
                    ++end;
                const int asciiCost = asciiSignsCost(asciiSigns, repeated);
                if (other == 0 && asciiSigns < 8) {
                    piece(i, end, std::max(100, asciiCost));
                } else {
                    // Emoji and long runs cost per sign: booked per sign, so that a cut inside
                    // the run is counted right.
                    const int each = asciiSigns > 0 ? asciiCost / asciiSigns : 0;
                    int firstCost = std::max(100, asciiCost + other) - asciiCost - other +
                                    (asciiCost - each * asciiSigns);
                    qsizetype k = i;
                    char32_t prev = 0;
                    while (k < j) {
                        int l = 0;
                        const char32_t x = c.at(k, &l);
                        const qsizetype stop = k < signs ? signs : k + l;
                        const int cost = k < signs ? 0 : x < 0x80 ? each : symbolCost(x, prev);
                        if (k >= signs && x >= 0x80)
                            prev = x;
                        piece(k, stop == j ? end : stop, cost + firstCost);
                        firstCost = 0;
                        k = stop;
                    }
                }
                return end;
            }
        }

        // \s*[\r\n]+ | \s+(?!\S) | \s+
        qsizetype j = i;
        qsizetype lastNewline = -1;
        while (j < n) {
            int l = 0;
            const Cls x = classify(c.at(j, &l));
            if (x == Cls::Newline)
                lastNewline = j;
            else if (x != Cls::Space)
                break;
            j += l;
        }
        qsizetype end;
        if (lastNewline >= 0)
            end = lastNewline + 1;
        else if (j < n && j - i > 1)
            end = j - 1; // the last space goes with the word after it
        else
            end = j;
        if (end <= i) // a stray character the pattern cannot place: a token of its own
            end = i + len;
        piece(i, end, 100 + int((end - i) / 64) * 100);
        return end;
    }
}

// The fast path: the pre-tokens English text is mostly made of (words with or without a leading
// space or sign, digit groups, short sign runs, whitespace), decided from ASCII characters
// alone. Anything else, and any case where a character outside ASCII could change the
// outcome, goes to generalStep; both cut and cost alike.
enum Kind : quint8 { KOther, KLetter, KDigit, KSpace, KBlank, KNewline, KQuote };

constexpr std::array<Kind, 128> kKind = [] {
    std::array<Kind, 128> t{};
    for (char16_t c = 0; c < 128; ++c) {
        Kind k = KOther;
        if ((c | 0x20) >= u'a' && (c | 0x20) <= u'z')
            k = KLetter;
        else if (c >= u'0' && c <= u'9')
            k = KDigit;
        else if (c == u' ')
            k = KSpace;
        else if (c == u'\t' || c == u'\v' || c == u'\f')
            k = KBlank;
        else if (c == u'\n' || c == u'\r')
            k = KNewline;
        else if (c == u'\'')
            k = KQuote;
        t[c] = k;
    }
    return t;
}();

inline bool isAsciiLetter(char16_t c)
{
    return char16_t((c | 0x20) - u'a') < 26;
}

// asciiWordCost by lead, case (lower, UPPER, Capitalised, mixed) and length.
enum WordCase { CaseLower, CaseUpper, CaseCap, CaseMixed };
constexpr auto kWordCost = [] {
    std::array<std::array<std::array<int, kTable>, 4>, 3> t{};
    const Lead leads[3] = {Lead::None, Lead::Space, Lead::Sign};
    for (int l = 0; l < 3; ++l) {
        for (int n = 1; n < kTable; ++n) {
            t[size_t(l)][CaseLower][size_t(n)] = asciiWordCost(n, 0, false, leads[l]);
            t[size_t(l)][CaseUpper][size_t(n)] = asciiWordCost(n, n, true, leads[l]);
            t[size_t(l)][CaseCap][size_t(n)] = asciiWordCost(n, 1, true, leads[l]);
            t[size_t(l)][CaseMixed][size_t(n)] = asciiWordCost(n, 1, false, leads[l]);
        }
    }
    return t;
}();

// WordCase from (upper == 0) | (upper == all) << 1 | (upper == 1) << 2, in asciiWordCost's
// order: lower case first, then all upper, then capitalised.
constexpr std::array<WordCase, 8> kCaseOf = {CaseMixed, CaseLower, CaseUpper, CaseLower,
                                             CaseCap,   CaseLower, CaseUpper, CaseLower};

// The run of ASCII letters at u[from] (a letter): its end, its WordCase in *wcase; or -1
// where the fast path cannot decide (16 letters or more, or a character outside ASCII right
// after it).
[[gnu::always_inline]] inline qsizetype asciiWord(const char16_t* u, qsizetype from, qsizetype n,
                                                  WordCase* wcase)
{
    unsigned letters = 0, uppers = 0; // bit k: u[from + k]
#if defined(__SSE2__)
    if (from + 16 <= n) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + from));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + from + 8));
        const __m128i limit = _mm_set1_epi16(25);
        const __m128i zero = _mm_setzero_si128();
        // (c | 0x20) - 'a' < 26 and c - 'A' < 26, unsigned, as "saturating d - 25 == 0".
        const __m128i lowered = _mm_set1_epi16(0x20);
        auto isLetter = [&](__m128i v) {
            const __m128i d = _mm_sub_epi16(_mm_or_si128(v, lowered), _mm_set1_epi16(0x61));
            return _mm_cmpeq_epi16(_mm_subs_epu16(d, limit), zero);
        };
        auto isUpper = [&](__m128i v) {
            const __m128i d = _mm_sub_epi16(v, _mm_set1_epi16(0x41));
            return _mm_cmpeq_epi16(_mm_subs_epu16(d, limit), zero);
        };
        letters = unsigned(_mm_movemask_epi8(_mm_packs_epi16(isLetter(a), isLetter(b))));
        uppers = unsigned(_mm_movemask_epi8(_mm_packs_epi16(isUpper(a), isUpper(b))));
    } else
#endif
    {
        for (qsizetype k = 0; k < 16 && from + k < n; ++k) {
            const char16_t c = u[from + k];
            letters |= isAsciiLetter(c) ? 1u << k : 0u;
            uppers |= c >= u'A' && c <= u'Z' ? 1u << k : 0u;
        }
    }
    const unsigned other = ~letters & 0xffffu;
    if (other == 0)
        return -1;
    const int len = std::countr_zero(other);
    if (from + len < n && u[from + len] >= 0x80)
        return -1;
    const unsigned inWord = (1u << len) - 1;
    const unsigned up = uppers & inWord;
    // Without branches: which of "none", "all", "the first only" the upper-case letters are.
    *wcase = kCaseOf[unsigned(up == 0) | unsigned(up == inWord) << 1 | unsigned(up == 1) << 2];
    return from + len;
}

// The pre-token at i (a pre-token boundary): calls piece(start, end, costCenti) for its pieces
// and returns where the next starts.
template <typename Emit>
[[gnu::always_inline]] inline qsizetype step(QStringView text, qsizetype i, Emit& piece)
{
    const char16_t* u = text.utf16();
    const qsizetype n = text.size();

    // A run of letters from `from` (i, or i + 1 after a lead), or -1 for the general rules.
    auto word = [&](qsizetype from, int lead) __attribute__((always_inline))->qsizetype
    {
        WordCase wcase = CaseLower;
        const qsizetype j = asciiWord(u, from, n, &wcase);
        if (j < 0)
            return -1;
        piece(i, j, kWordCost[size_t(lead)][wcase][size_t(j - from)]);
        return j;
    };
    //  ?[^\s\p{L}\p{N}]+[\r\n]* with ASCII signs only, the signs from `from`.
    auto signs = [&](qsizetype from) __attribute__((always_inline))->qsizetype
    {
        const char16_t first = u[from];
        qsizetype j = from;
        bool repeated = true;
        while (j < n) {
            const char16_t x = u[j];
            if (x >= 0x80)
                return -1;
            const Kind k = kKind[x];
            if (k != KOther && k != KQuote)
                break;
            repeated = repeated && x == first;
            ++j;
        }
        const int count = int(j - from);
        if (count >= 8)
            return -1;
        while (j < n && (u[j] == u'\n' || u[j] == u'\r'))
            ++j;
        piece(i, j, std::max(100, asciiSignsCost(count, repeated)));
        return j;
    };
    // \s*[\r\n]+ | \s+(?!\S) | \s+ with ASCII whitespace only.
    auto spaces = [&]() __attribute__((always_inline))->qsizetype
    {
        qsizetype j = i;
        qsizetype lastNewline = -1;
        while (j < n) {
            const char16_t x = u[j];
            if (x >= 0x80)
                return -1;
            const Kind k = kKind[x];
            if (k == KNewline)
                lastNewline = j;
            else if (k != KSpace && k != KBlank)
                break;
            ++j;
        }
        const qsizetype end = lastNewline >= 0 ? lastNewline + 1 : j < n && j - i > 1 ? j - 1 : j;
        piece(i, end, 100 + int((end - i) / 64) * 100);
        return end;
    };

    {
        const char16_t ch = u[i];
        const char16_t after = i + 1 < n ? u[i + 1] : 0;
        qsizetype next = -1;
        // The two commonest first: " word" and "word".
        if (ch == u' ' && isAsciiLetter(after))
            next = word(i + 1, 1);
        else if (isAsciiLetter(ch))
            next = word(i, 0);
        else if (ch < 0x80) {
            switch (kKind[ch]) {
            case KLetter:
                next = word(i, 0);
                break;
            case KSpace:
                if (isAsciiLetter(after))
                    next = word(i + 1, 1);
                else if (i + 1 < n && after < 0x80)
                    next =
                        kKind[after] == KOther || kKind[after] == KQuote ? signs(i + 1) : spaces();
                else if (i + 1 >= n)
                    next = spaces();
                break;
            case KBlank:
                if (isAsciiLetter(after))
                    next = word(i + 1, 2);
                else if (i + 1 >= n || after < 0x80)
                    next = spaces();
                break;
            case KNewline:
                next = spaces();
                break;
            case KDigit: {
                qsizetype j = i + 1;
                while (j < n && j < i + 3 && u[j] >= u'0' && u[j] <= u'9')
                    ++j;
                if (j < n && j < i + 3 && u[j] >= 0x80)
                    break; // perhaps a digit of another script
                piece(i, j, 100);
                next = j;
                break;
            }
            case KQuote:
                if (i + 1 < n) {
                    const char16_t a = char16_t(after | 0x20);
                    const char16_t b = i + 2 < n ? char16_t(u[i + 2] | 0x20) : 0;
                    if (a == 's' || a == 't' || a == 'm' || a == 'd' || (a == 'r' && b == 'e') ||
                        (a == 'v' && b == 'e') || (a == 'l' && b == 'l'))
                        break; // a contraction: the general rules
                }
                [[fallthrough]];
            case KOther:
                if (isAsciiLetter(after))
                    next = word(i + 1, 2);
                else if (i + 1 >= n || after < 0x80)
                    next = signs(i);
                break;
            }
        }
        return next >= 0 ? next : generalStep(text, i, piece);
    }
}

// Calls piece(start, end, costCenti) for each cl100k_base pre-token of `text` from `i` (a
// pre-token boundary) until one ends at or past `until`, in order, covering the text exactly;
// returns where the next pre-token starts.
template <typename Emit>
qsizetype scanSequential(QStringView text, qsizetype i, qsizetype until, Emit& piece)
{
    until = std::min(until, text.size());
    while (i < until)
        i = step(text, i, piece);
    return i;
}

#if defined(__SSE2__) && defined(__SIZEOF_INT128__)
#define LIMITLESS_TOKEN_BLOCKS 1

// The block path. One pre-token after another, each start waits for the end of the one before
// (a load, a few vector operations, a bit scan: some 25 cycles), whatever the text. Here the
// pre-token starts of 64 characters are found at once, as bit masks (bit x: the character at
// base + x) combined by rules that cut ASCII text exactly as the pattern does; each piece's
// cost then comes from the masks at its start. Blocks with anything else (a character outside
// ASCII, 16 letters, 8 signs or 64 blanks in a row, long digit runs) are left to step(); a
// character outside ASCII in the block after only where runs reaching it could change a piece.
__extension__ typedef unsigned __int128 u128;

// Character classes of 64 characters: letters, upper case, digits, ' ', other blanks (\t \v
// \f), line breaks, '\'', other signs; C the curly quotes (U+2018, U+2019, U+201C, U+201D,
// which are among the other signs); X all set when any other character is outside ASCII; and
// whether the block has too long a run of letters, signs or blanks for the block path (16, 8,
// 64).
//
// A curly quote is a sign like any ASCII sign other than '\'' to the pre-token pattern, and
// alone (next to no other sign) it costs what such a sign costs, as a pre-token of its own, the
// lead of a word, or after a space. Runs of several signs with one among them cost by sign
// (generalStep): the block path leaves those to step().
struct Block {
    quint64 L = 0, U = 0, D = 0, S = 0, B = 0, N = 0, Q = 0, O = 0, C = 0, X = 0;
    bool longRun = false;
};

using textscan::kCurly; // the curly quotes: c & kCurlyMask == kCurly
using textscan::kCurlyMask;

inline bool hasRun64(quint64 m, int length) // a run of at least `length` (a power of 2) bits
{
    for (int s = 1; s < length; s *= 2)
        m &= m >> s;
    return m != 0;
}

// The scalar part of a block's classes: the signs, X, and the long runs.
inline void finishBlock(Block& k, quint64 blank, bool outside)
{
    k.O = ~(k.L | k.D | k.S | blank | k.Q);
    k.X = outside ? ~quint64(0) : 0;
    k.longRun = hasRun64(k.L, 16) || hasRun64(k.O | k.Q, 8) || (k.S | k.B) == ~quint64(0);
}

// The classes of u[at, at + 64) (all there), with SSE2.
Block classify64Sse2(const char16_t* u, qsizetype at)
{
    Block k;
    quint64 blanks = 0;
    const __m128i zero = _mm_setzero_si128();
    __m128i other = zero; // lanes outside ASCII that are no curly quote: all ones
    for (int part = 0; part < 4; ++part) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + at + part * 16));
        const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + at + part * 16 + 8));
        auto curly = [&](__m128i x) {
            return _mm_cmpeq_epi16(_mm_and_si128(x, _mm_set1_epi16(short(kCurlyMask))),
                                   _mm_set1_epi16(short(kCurly)));
        };
        auto outside = [&](__m128i x) { // above 0x7f
            return _mm_xor_si128(_mm_cmpeq_epi16(_mm_subs_epu16(x, _mm_set1_epi16(0x7f)), zero),
                                 _mm_set1_epi16(-1));
        };
        const __m128i ca = curly(a), cc = curly(c);
        other = _mm_or_si128(other, _mm_or_si128(_mm_andnot_si128(ca, outside(a)),
                                                 _mm_andnot_si128(cc, outside(c))));
        k.C |= quint64(unsigned(_mm_movemask_epi8(_mm_packs_epi16(ca, cc)))) << (part * 16);
        const __m128i v = _mm_packus_epi16(a, c); // exact for ASCII
        auto bits = [](__m128i m) { return quint64(unsigned(_mm_movemask_epi8(m))); };
        auto within = [&](__m128i x, char low, char span) {
            return _mm_cmpeq_epi8(
                _mm_subs_epu8(_mm_sub_epi8(x, _mm_set1_epi8(low)), _mm_set1_epi8(span)), zero);
        };
        auto is = [&](char ch) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(ch)); };
        const int shift = part * 16;
        const quint64 l = bits(within(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 25));
        const quint64 lowerCase = bits(_mm_slli_epi16(v, 2)); // bit 5 of each character
        const quint64 blank = bits(within(v, '\t', 4));       // \t \n \v \f \r
        const quint64 nl = bits(_mm_or_si128(is('\n'), is('\r')));
        k.L |= l << shift;
        k.U |= (l & ~lowerCase) << shift;
        k.D |= bits(within(v, '0', 9)) << shift;
        k.S |= bits(is(' ')) << shift;
        k.B |= (blank & ~nl) << shift;
        k.N |= nl << shift;
        k.Q |= bits(is('\'')) << shift;
        blanks |= blank << shift;
    }
    finishBlock(k, blanks, _mm_movemask_epi8(other) != 0);
    return k;
}

#if defined(__GNUC__) && defined(__x86_64__)
#define LIMITLESS_TOKEN_WIDE 1
// The same with AVX2: 32 characters a comparison. (No lambdas: they would not have the
// target's instructions.)
#define LIMITLESS_AVX2 [[gnu::target("avx2,bmi,bmi2,popcnt,lzcnt")]]
LIMITLESS_AVX2 inline quint64 bits256(__m256i m)
{
    return quint64(unsigned(_mm256_movemask_epi8(m)));
}
LIMITLESS_AVX2 inline quint64 within256(__m256i x, char low, char span) // low <= x <= low + span
{
    const __m256i d = _mm256_sub_epi8(x, _mm256_set1_epi8(low));
    return bits256(_mm256_cmpeq_epi8(_mm256_min_epu8(d, _mm256_set1_epi8(span)), d));
}
LIMITLESS_AVX2 inline quint64 is256(__m256i x, char ch)
{
    return bits256(_mm256_cmpeq_epi8(x, _mm256_set1_epi8(ch)));
}
LIMITLESS_AVX2 inline __m256i curly256(__m256i x) // lanes holding a curly quote: all ones
{
    return _mm256_cmpeq_epi16(_mm256_and_si256(x, _mm256_set1_epi16(short(kCurlyMask))),
                              _mm256_set1_epi16(short(kCurly)));
}
LIMITLESS_AVX2 inline __m256i outside256(__m256i x) // lanes above 0x7f: all ones
{
    return _mm256_xor_si256(
        _mm256_cmpeq_epi16(_mm256_and_si256(x, _mm256_set1_epi16(-0x80)), _mm256_setzero_si256()),
        _mm256_set1_epi16(-1));
}
LIMITLESS_AVX2 Block classify64Avx2(const char16_t* u, qsizetype at)
{
    Block k;
    quint64 blanks = 0;
    __m256i other = _mm256_setzero_si256(); // lanes outside ASCII that are no curly quote
    for (int part = 0; part < 2; ++part) {
        const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(u + at + part * 32));
        const __m256i c =
            _mm256_loadu_si256(reinterpret_cast<const __m256i*>(u + at + part * 32 + 16));
        const __m256i ca = curly256(a), cc = curly256(c);
        other = _mm256_or_si256(other, _mm256_or_si256(_mm256_andnot_si256(ca, outside256(a)),
                                                       _mm256_andnot_si256(cc, outside256(c))));
        // Exact for ASCII; packing works per 128-bit lane, the permutation puts them in order.
        const __m256i v = _mm256_permute4x64_epi64(_mm256_packus_epi16(a, c), 0xd8);
        k.C |= bits256(_mm256_permute4x64_epi64(_mm256_packs_epi16(ca, cc), 0xd8)) << (part * 32);
        const int shift = part * 32;
        const quint64 l = within256(_mm256_or_si256(v, _mm256_set1_epi8(0x20)), 'a', 25);
        const quint64 lowerCase = bits256(_mm256_slli_epi16(v, 2)); // bit 5 of each character
        const quint64 blank = within256(v, '\t', 4);                // \t \n \v \f \r
        const quint64 nl = is256(v, '\n') | is256(v, '\r');
        k.L |= l << shift;
        k.U |= (l & ~lowerCase) << shift;
        k.D |= within256(v, '0', 9) << shift;
        k.S |= is256(v, ' ') << shift;
        k.B |= (blank & ~nl) << shift;
        k.N |= nl << shift;
        k.Q |= is256(v, '\'') << shift;
        blanks |= blank << shift;
    }
    finishBlock(k, blanks, !_mm256_testz_si256(other, other));
    return k;
}

// The same with AVX-512 (BW): 64 characters a comparison, straight into masks.
#define LIMITLESS_AVX512 [[gnu::target("avx512f,avx512bw,bmi,bmi2,popcnt,lzcnt")]]
LIMITLESS_AVX512 inline quint64 below512(__m512i x, char low, char count) // low <= x < low + count
{
    return _mm512_cmplt_epu8_mask(_mm512_sub_epi8(x, _mm512_set1_epi8(low)),
                                  _mm512_set1_epi8(count));
}
LIMITLESS_AVX512 inline quint64 is512(__m512i x, char ch)
{
    return _mm512_cmpeq_epi8_mask(x, _mm512_set1_epi8(ch));
}
LIMITLESS_AVX512 inline quint64 curly512(__m512i x) // bit k: a curly quote in 16-bit lane k
{
    return _mm512_cmpeq_epi16_mask(_mm512_and_si512(x, _mm512_set1_epi16(short(kCurlyMask))),
                                   _mm512_set1_epi16(short(kCurly)));
}
LIMITLESS_AVX512 Block classify64Avx512(const char16_t* u, qsizetype at)
{
    Block k;
    const __m512i a = _mm512_loadu_si512(u + at);
    const __m512i c = _mm512_loadu_si512(u + at + 32);
    // Exact for ASCII; packing works per 128-bit lane, the permutation puts them in order.
    const __m512i v = _mm512_maskz_permutexvar_epi64(0xff, _mm512_set_epi64(7, 5, 3, 1, 6, 4, 2, 0),
                                                     _mm512_packus_epi16(a, c));
    const quint64 l = below512(_mm512_or_si512(v, _mm512_set1_epi8(0x20)), 'a', 26);
    const quint64 lowerCase = _mm512_test_epi8_mask(v, _mm512_set1_epi8(0x20));
    const quint64 blank = below512(v, '\t', 5); // \t \n \v \f \r
    const quint64 nl = is512(v, '\n') | is512(v, '\r');
    k.L = l;
    k.U = l & ~lowerCase;
    k.D = below512(v, '0', 10);
    k.S = is512(v, ' ');
    k.B = blank & ~nl;
    k.N = nl;
    k.Q = is512(v, '\'');
    const quint64 ca = curly512(a), cc = curly512(c);
    k.C = ca | cc << 32;
    const quint64 outsideA = _mm512_test_epi16_mask(a, _mm512_set1_epi16(-0x80));
    const quint64 outsideC = _mm512_test_epi16_mask(c, _mm512_set1_epi16(-0x80));
    finishBlock(k, blank, ((outsideA & ~ca) | (outsideC & ~cc)) != 0);
    return k;
}
#endif

// The widest of the above this processor has (chosen once).
using Classify64 = Block (*)(const char16_t*, qsizetype);
Classify64 chooseClassify64(int level)
{
#if defined(LIMITLESS_TOKEN_WIDE)
    __builtin_cpu_init();
    if (level >= 2 && textscan::cpuHasAvx512())
        return classify64Avx512;
    if (level >= 1 && __builtin_cpu_supports("avx2"))
        return classify64Avx2;
#endif
    Q_UNUSED(level);
    return classify64Sse2;
}
std::atomic<Classify64> g_classify64{chooseClassify64(3)};

int levelOf(Classify64 f)
{
#if defined(LIMITLESS_TOKEN_WIDE)
    if (f == classify64Avx512)
        return 2;
    if (f == classify64Avx2)
        return 1;
#endif
    Q_UNUSED(f);
    return 0;
}

// Whether runs crossing from a block into the next are too long for the block path.
// (A run of blanks may cross at any length short of a whole block of them: where it ends is
// then within the two blocks.)
inline bool longAcross(const Block& a, const Block& b)
{
    auto across = [](quint64 x, quint64 y) { return std::countl_one(x) + std::countr_one(y); };
    return across(a.L, b.L) >= 16 || across(a.O | a.Q, b.O | b.Q) >= 8;
}

// Whether a block whose successor `next` (at v) has a character outside ASCII can still take the
// block path: what the block's pieces look at in the next one (its first two characters, and
// runs of letters, digits, blanks or signs that cross into it, up to 63 characters) ends before
// the first such character, on an ASCII character of another class.
inline bool asciiAhead(const char16_t* v, const Block& next)
{
    int first = 0;
    while (first < 64 && v[first] < 0x80)
        ++first;
    if (first < 2)
        return false;
    for (const quint64 run : {next.L, next.D, next.S | next.B | next.N, next.O | next.Q})
        if (std::countr_one(run) >= first)
            return false;
    return true;
}

// The 64 bits from bit s (0 <= s <= 64) of hi:lo.
inline quint64 bitsFrom(quint64 lo, quint64 hi, int s)
{
    return quint64(((u128(hi) << 64) | lo) >> s);
}

// kWordCost as [lead][case][length] with 16 lengths, indexed (lead * 4 + case) * 16 + length.
constexpr auto kWordCostFlat = [] {
    std::array<int, 3 * 4 * 16> t{};
    for (size_t l = 0; l < 3; ++l)
        for (size_t c = 0; c < 4; ++c)
            for (size_t n = 0; n < 16; ++n)
                t[(l * 4 + c) * 16 + n] = kWordCost[l][c][n];
    return t;
}();

constexpr auto kSignCost = [] {
    std::array<std::array<int, 2>, 8> t{};
    for (int k = 1; k < 8; ++k) {
        t[size_t(k)][0] = std::max(100, asciiSignsCost(k, false));
        t[size_t(k)][1] = std::max(100, asciiSignsCost(k, true));
    }
    return t;
}();

// The costs of the words starting at the bits of `at` (after a lead where `lead` has the bit),
// into costAt. Apart, so that the few values it needs stay in registers.
[[gnu::noinline]] void wordCosts(const Block& cur, const Block& next, quint64 at, quint64 lead,
                                 qint16* costAt)
{
    const u128 letters = (u128(next.L) << 64) | cur.L;
    const u128 uppers = (u128(next.U) << 64) | cur.U;
    if (uppers == 0) { // no capitals near: all lower case (the commonest)
        for (; at; at &= at - 1) {
            const int p = __builtin_ctzll(at);
            const int leads = int((lead >> p) & 1);
            const int length = __builtin_ctzll(~quint64(letters >> (p + leads)) | 0x8000);
            const int leadKind = leads << (1 - int((cur.S >> p) & 1)); // 0, 1 (' '), 2 (sign)
            costAt[p] = qint16(kWordCostFlat[size_t(((leadKind << 2) | CaseLower) << 4 | length)]);
        }
        return;
    }
    for (; at; at &= at - 1) {
        const int p = __builtin_ctzll(at);
        const int leads = int((lead >> p) & 1);
        const int from = p + leads; // at most 64
        const quint64 run = quint64(letters >> from);
        const int length = __builtin_ctzll(~run | 0x8000); // at most 15 (no run of 16)
        const quint64 all = (quint64(1) << length) - 1;
        const quint64 upper = quint64(uppers >> from) & all;
        const WordCase wcase =
            kCaseOf[unsigned(upper == 0) | unsigned(upper == all) << 1 | unsigned(upper == 1) << 2];
        const int leadKind = leads << (1 - int((cur.S >> p) & 1)); // 0, 1 (' '), 2 (sign)
        costAt[p] = qint16(kWordCostFlat[size_t(((leadKind << 2) | wcase) << 4 | length)]);
    }
}

#if defined(LIMITLESS_TOKEN_WIDE)
// The same for all 64 positions at once, with AVX-512 and its byte permutations (VBMI): each
// position's word (its length, and whether it is lower case, upper case, capitalised or mixed)
// from the next non-letter, upper-case and other letter within 16 characters, found by four
// steps of shifted minimums; then the table. Writes every entry of costAt (those outside `at`
// are of no use).
#define LIMITLESS_VBMI [[gnu::target("avx512f,avx512bw,avx512vbmi,bmi,bmi2,popcnt,lzcnt")]]

// kWordCostFlat as 16-bit entries, 32 to a register.
alignas(64) constexpr auto kWordCost16 = [] {
    std::array<qint16, 3 * 4 * 16> t{};
    for (size_t i = 0; i < t.size(); ++i)
        t[i] = qint16(kWordCostFlat[i]);
    return t;
}();

// Byte k: k + shift (indices into two registers of 64 bytes), for shifts 0, 1, 2, 4, 8 and 15.
alignas(64) constexpr auto kShifted = [] {
    std::array<std::array<quint8, 64>, 6> t{};
    const int shifts[6] = {0, 1, 2, 4, 8, 15};
    for (size_t s = 0; s < 6; ++s)
        for (int k = 0; k < 64; ++k)
            t[s][size_t(k)] = quint8(k + shifts[s]);
    return t;
}();

// Byte 2k: 32 * half + k (the other bytes are masked off).
alignas(64) constexpr auto kWiden = [] {
    std::array<std::array<quint8, 64>, 2> t{};
    for (size_t h = 0; h < 2; ++h)
        for (size_t k = 0; k < 32; ++k)
            t[h][2 * k] = t[h][2 * k + 1] = quint8(32 * h + k);
    return t;
}();

// Byte q: the first position in [q, q + 15] whose bit is set in (atNext:here), 255 when none;
// *first64 that for q = 64.
LIMITLESS_VBMI inline __m512i nextSet(quint64 here, quint64 atNext, const __m512i* step,
                                      int* first64)
{
    const __m512i none = _mm512_set1_epi8(char(-1));
    __m512i c = _mm512_mask_mov_epi8(none, here, step[0]);
    for (int k = 1; k <= 4; ++k) // windows of 2, 4, 8, 16 within the block
        c = _mm512_min_epu8(c, _mm512_permutex2var_epi8(c, step[k], none));
    // From the next block, its first: where it is within reach.
    const int first = 64 + __builtin_ctzll(atNext | (quint64(1) << 63));
    *first64 = first <= 79 ? first : 255;
    const quint64 reach = _mm512_cmple_epu8_mask(_mm512_set1_epi8(char(first)), step[5]);
    return _mm512_mask_min_epu8(c, reach, c, _mm512_set1_epi8(char(first)));
}

LIMITLESS_VBMI [[gnu::noinline]] void wordCostsVbmi(const Block& cur, const Block& next, quint64 at,
                                                    quint64 lead, qint16* costAt)
{
    Q_UNUSED(at);
    __m512i step[6];
    for (size_t k = 0; k < 6; ++k)
        step[k] = _mm512_load_si512(kShifted[k].data());
    const __m512i iota = step[0];
    int unused = 0;
    const __m512i nl = nextSet(~cur.L, ~next.L, step, &unused); // the next non-letter
    const __m512i length = _mm512_sub_epi8(nl, iota);
    // The word at 64 (after a lead at 63), from the next block's masks.
    int word64 = 0;
    if (lead >> 63) [[unlikely]] {
        const int n = __builtin_ctzll(~next.L | 0x8000);
        const quint64 all = (quint64(1) << n) - 1;
        const quint64 upper = next.U & all;
        const WordCase wcase =
            kCaseOf[unsigned(upper == 0) | unsigned(upper == all) << 1 | unsigned(upper == 1) << 2];
        word64 = int(wcase) * 16 + n;
    }
    __m512i word = length; // lower case: 0 * 16 + length
    if ((cur.U | (next.U & 0xffff)) != 0) {
        int nu64 = 0;
        const __m512i nu = nextSet(cur.U, next.U, step, &nu64);      // the next upper case
        const __m512i nnu = nextSet(~cur.U, ~next.U, step, &unused); // the next other
        const __m512i nuAfter =                                      // from q + 1
            _mm512_permutex2var_epi8(nu, step[1], _mm512_set1_epi8(char(nu64)));
        const quint64 noneAfter = _mm512_cmpge_epu8_mask(nuAfter, nl); // none past the first
        const quint64 allUpper = cur.U & _mm512_cmpge_epu8_mask(nnu, nl);
        const quint64 lower = ~cur.U & noneAfter;
        const quint64 cap = cur.U & noneAfter & ~allUpper;
        __m512i wcase = _mm512_set1_epi8(CaseMixed * 16);
        wcase = _mm512_mask_mov_epi8(wcase, cap, _mm512_set1_epi8(CaseCap * 16));
        wcase = _mm512_mask_mov_epi8(wcase, allUpper, _mm512_set1_epi8(CaseUpper * 16));
        wcase = _mm512_mask_mov_epi8(wcase, lower, _mm512_setzero_si512());
        word = _mm512_add_epi8(word, wcase);
    }
    // After a lead the word starts one on; the lead adds 64 (a space) or 128 (another).
    const __m512i shifted = _mm512_permutex2var_epi8(word, step[1], _mm512_set1_epi8(char(word64)));
    __m512i index = _mm512_mask_blend_epi8(lead, word, shifted);
    index = _mm512_mask_add_epi8(index, lead & cur.S, index, _mm512_set1_epi8(64));
    index = _mm512_mask_add_epi8(index, lead & ~cur.S, index, _mm512_set1_epi8(char(128)));
    const __m512i* table = reinterpret_cast<const __m512i*>(kWordCost16.data());
    for (int half = 0; half < 2; ++half) {
        // Bytes 32 * half .. 32 * half + 31 widened to 16 bits: each into the low byte of its
        // lane, the high byte zero.
        const __m512i i16 = _mm512_maskz_permutexvar_epi8(
            0x5555555555555555ull, _mm512_load_si512(kWiden[size_t(half)].data()), index);
        __m512i cost =
            _mm512_permutex2var_epi16(_mm512_load_si512(table), i16, _mm512_load_si512(table + 1));
        cost = _mm512_mask_blend_epi16(_mm512_cmpge_epu16_mask(i16, _mm512_set1_epi16(64)), cost,
                                       _mm512_permutex2var_epi16(_mm512_load_si512(table + 2), i16,
                                                                 _mm512_load_si512(table + 3)));
        cost = _mm512_mask_blend_epi16(_mm512_cmpge_epu16_mask(i16, _mm512_set1_epi16(128)), cost,
                                       _mm512_permutex2var_epi16(_mm512_load_si512(table + 4), i16,
                                                                 _mm512_load_si512(table + 5)));
        _mm512_storeu_si512(costAt + half * 32, cost);
    }
}
#endif

// The word costs of the widest of the above this processor has (chosen with Classify64).
using WordCosts = void (*)(const Block&, const Block&, quint64, quint64, qint16*);
WordCosts chooseWordCosts(int level)
{
#if defined(LIMITLESS_TOKEN_WIDE)
    __builtin_cpu_init();
    if (level >= 3 && textscan::cpuHasAvx512() && __builtin_cpu_supports("avx512vbmi"))
        return wordCostsVbmi;
#endif
    Q_UNUSED(level);
    return wordCosts;
}
std::atomic<WordCosts> g_wordCosts{chooseWordCosts(3)};

#if defined(LIMITLESS_TOKEN_WIDE)
// A block's pieces with AVX-512: the starts' positions and costs packed (compressed) in order,
// each piece's cost (a fixed one, else 100: within a block no piece is 64 long), running
// sums, and the pieces written eight at a time. `starts` are all after the open piece's
// start, which spans `first` (its cost, by length if need be); the block is at `base`
// (relative to the pieces' origin). Writes up to 64 pieces at out; returns how many.
LIMITLESS_AVX512 int blockPiecesAvx512(quint64 starts, const qint16* costAt, qint32 base,
                                       qint32 first, qint32* running, TokenCounter::Piece* out,
                                       int* lastAt)
{
    alignas(64) qint32 pos[64 + 16];
    alignas(64) qint32 cost[1 + 64 + 16]; // cost[j]: of the piece that ends at pos[j]
    cost[0] = first;
    const __m512i iota = _mm512_set_epi32(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
    int k = 0;
    for (int g = 0; g < 4; ++g) {
        const __mmask16 m = __mmask16(starts >> (16 * g));
        const __m512i at = _mm512_add_epi32(iota, _mm512_set1_epi32(16 * g));
        const __m512i c = _mm512_maskz_cvtepi16_epi32(
            __mmask16(0xffff),
            _mm256_loadu_si256(reinterpret_cast<const __m256i*>(costAt + 16 * g)));
        _mm512_storeu_si512(pos + k, _mm512_maskz_compress_epi32(m, at));
        _mm512_storeu_si512(cost + 1 + k, _mm512_maskz_compress_epi32(m, c));
        k += __builtin_popcount(m);
    }
    // Interleaving ends and running sums into pieces, eight a register.
    const __m512i low = _mm512_set_epi32(23, 7, 22, 6, 21, 5, 20, 4, 19, 3, 18, 2, 17, 1, 16, 0);
    const __m512i high =
        _mm512_set_epi32(31, 15, 30, 14, 29, 13, 28, 12, 27, 11, 26, 10, 25, 9, 24, 8);
    const __m512i zero = _mm512_setzero_si512();
    qint32 sum = *running;
    alignas(64) qint32 cums[16];
    for (int j = 0; j < k; j += 16) {
        __m512i c = _mm512_loadu_si512(cost + j);
        c = _mm512_mask_mov_epi32(c, _mm512_cmplt_epi32_mask(c, zero), _mm512_set1_epi32(100));
        // Running sums: four shifted additions, then what came before.
        c = _mm512_add_epi32(c, _mm512_maskz_alignr_epi32(__mmask16(0xffff), c, zero, 15));
        c = _mm512_add_epi32(c, _mm512_maskz_alignr_epi32(__mmask16(0xffff), c, zero, 14));
        c = _mm512_add_epi32(c, _mm512_maskz_alignr_epi32(__mmask16(0xffff), c, zero, 12));
        c = _mm512_add_epi32(c, _mm512_maskz_alignr_epi32(__mmask16(0xffff), c, zero, 8));
        c = _mm512_add_epi32(c, _mm512_set1_epi32(sum));
        const __m512i ends = _mm512_add_epi32(_mm512_loadu_si512(pos + j), _mm512_set1_epi32(base));
        _mm512_storeu_si512(out + j, _mm512_permutex2var_epi32(ends, low, c));
        _mm512_storeu_si512(out + j + 8, _mm512_permutex2var_epi32(ends, high, c));
        _mm512_store_si512(cums, c);
        sum = cums[std::min(15, k - 1 - j)];
    }
    *running = sum;
    *lastAt = k > 0 ? pos[k - 1] : -1;
    return k;
}
#endif

template <typename Emit>
qsizetype scanBlocks(QStringView text, qsizetype i, qsizetype until, Emit& piece)
{
    const char16_t* u = text.utf16();
    const qsizetype n = text.size();
    while (i < until) {
        if (n - i < 128)
            return scanSequential(text, i, until, piece);
        // A fresh start at i, a pre-token boundary: nothing before it counts.
        Block before; // the block before: all clear
        quint64 leadBefore = 0, wsBefore = 0, glued = 0, afterContraction = 0;
        const Classify64 classify64 = g_classify64.load(std::memory_order_relaxed);
        const WordCosts wordCostsOf = g_wordCosts.load(std::memory_order_relaxed);
#if defined(LIMITLESS_TOKEN_WIDE)
        const bool wideBlocks = classify64 == classify64Avx512;
#endif
        Block cur = classify64(u, i);
        qsizetype base = i;
        qsizetype start = i; // the piece not yet closed
        int fixed = -1;      // its cost if known at its start, else -1 (cost by length)
        bool fallBack = false;
        while (start < until && n - base >= 128) {
            const Block next = classify64(u, base + 64);
            // A curly quote next to another sign: a run of signs that costs by sign.
            const quint64 signHere = cur.O | cur.Q;
            const quint64 signBeside = (signHere << 1) | ((before.O | before.Q) >> 63) |
                                       (signHere >> 1) | ((next.O | next.Q) << 63);
            if (cur.X != 0 || cur.longRun || next.longRun || longAcross(cur, next) ||
                (before.D == ~quint64(0) && (cur.D & 1)) || (cur.C & signBeside) != 0 ||
                (next.X != 0 && !asciiAhead(u + base + 64, next))) {
                fallBack = true;
                break;
            }
            const quint64 sb = cur.S | cur.B, g = cur.O | cur.Q, w = sb | cur.N;
            auto prev = [](quint64 m, quint64 b) { return (m << 1) | (b >> 63); };
            auto nextOf = [](quint64 m, quint64 a) { return (m >> 1) | (a << 63); };
            const quint64 gBefore = before.O | before.Q;
            // Signs start a pre-token unless signs or a space (" .") come right before.
            const quint64 signsStart = g & ~prev(g, gBefore) & ~prev(cur.S, before.S);
            quint64 contraction = 0, contractionEnd = afterContraction, contractionEndNext = 0;
            for (quint64 qs = cur.Q & signsStart; qs; qs &= qs - 1) {
                const int p = std::countr_zero(qs);
                const char16_t a = char16_t(u[base + p + 1] | 0x20);
                const char16_t c = char16_t(u[base + p + 2] | 0x20);
                const int length =
                    a == 's' || a == 't' || a == 'm' || a == 'd' ? 2
                    : (a == 'r' && c == 'e') || (a == 'v' && c == 'e') || (a == 'l' && c == 'l')
                        ? 3
                        : 0;
                if (length) {
                    contraction |= quint64(1) << p;
                    if (p + length < 64)
                        contractionEnd |= quint64(1) << (p + length);
                    else
                        contractionEndNext |= quint64(1) << (p + length - 64);
                }
            }
            // A blank, or a sign that starts a pre-token, before letters leads them.
            const quint64 lead = nextOf(cur.L, next.L) & (sb | signsStart) & ~contraction;
            const quint64 words =
                (cur.L & ~prev(cur.L, before.L) & ~prev(lead | contraction, leadBefore)) |
                (contractionEnd & cur.L);
            // Digits: groups of three from a run's start.
            const u128 D2 = (u128(cur.D) << 64) | before.D;
            u128 groups = D2 & ~(D2 << 1);
            for (u128 t = groups; (t = D2 & (t << 3) & (D2 << 1) & (D2 << 2));)
                groups |= t;
            const quint64 digits = quint64(groups >> 64);
            // Whitespace. Line breaks right after signs go with them; of the rest of a run, the
            // part to its last line break is one pre-token, and of the blanks after it all but
            // the last (which goes with what follows) another.
            const quint64 firstGlued = (cur.N & prev(g, gBefore)) | (cur.N & 1 & glued);
            const quint64 gluedNow = cur.N & ~(cur.N + firstGlued);
            const quint64 ws = w & ~gluedNow;
            // Blanks whose run ends at a line break (rare: trailing blanks).
            quint64 beforeBreakLow = 0;
            if ((sb & nextOf(cur.N, next.N)) | ((next.S | next.B) & (next.N >> 1))) {
                const u128 SB = (u128(next.S | next.B) << 64) | sb;
                const u128 N = (u128(next.N) << 64) | cur.N;
                u128 beforeBreak = SB & (N >> 1);
                u128 run = SB;
                for (int s = 1; s <= 64; s *= 2) { // runs of up to 127 blanks
                    beforeBreak |= (beforeBreak >> s) & run;
                    run &= run >> s;
                }
                beforeBreakLow = quint64(beforeBreak);
            }
            const quint64 spaces =
                (ws & ~prev(ws, wsBefore)) | (sb & prev(cur.N, before.N) & ~beforeBreakLow) |
                (sb & prev(sb, before.S | before.B) & nextOf(~w, ~(next.S | next.B | next.N)));
            const quint64 starts = words | lead | signsStart | digits | spaces | contractionEnd;

            // Costs known at a piece's start: words' (by lead, case and length) and signs' (by
            // count, and whether all alike); the rest cost by length when they close.
            alignas(64) qint16 costAt[64];
            const quint64 gNext = next.O | next.Q;
            // Sign runs start a piece, or follow the space that starts it (" .").
            const quint64 signs =
                (signsStart & ~lead & ~contraction) | (starts & cur.S & nextOf(g, gNext));
            wordCostsOf(cur, next, words | lead, lead, costAt); // first: it may write them all
            for (quint64 m = starts & ~(words | lead | signs); m; m &= m - 1)
                costAt[__builtin_ctzll(m)] = -1;
            for (quint64 m = signs; m; m &= m - 1) {
                const int p = __builtin_ctzll(m);
                const int at = p + int((cur.S >> p) & 1); // the first sign, at most 64
                const quint64 gs = bitsFrom(g, gNext, at);
                const int count = __builtin_ctzll(~gs | 0x80) & 7; // at most 7 (no run of 8)
                bool alike = false; // one sign repeated ("-----"): matters from three on
                if (count > 2) [[unlikely]] {
                    alike = true;
                    for (int k = 1; k < count; ++k)
                        alike = alike && u[base + at + k] == u[base + at];
                }
                costAt[p] = qint16(kSignCost[size_t(count)][alike ? 1 : 0]);
            }
            // Each start closes the piece before it: fixed, or (when -1) by length; without a
            // branch on the kind. At most 64 pieces, into a batch held in registers.
            piece.reserve(64);
            auto batch = piece.batch();
            bool whole = false; // the block's pieces written at once
#if defined(LIMITLESS_TOKEN_WIDE)
            if constexpr (requires { batch.block(starts, costAt, base, &start, &fixed); }) {
                if (wideBlocks && base + 64 <= until) {
                    batch.block(starts, costAt, base, &start, &fixed);
                    whole = true;
                }
            }
#endif
            for (quint64 m = whole ? 0 : starts; m; m &= m - 1) {
                const int p = __builtin_ctzll(m);
                const qsizetype at = base + p;
                if (at > start) {
                    const int byLength = 100 + int((at - start) >> 6) * 100;
                    const int unknown = fixed >> 31;
                    batch.put(start, at, (fixed & ~unknown) | (byLength & unknown));
                    start = at;
                    if (start >= until)
                        break;
                }
                fixed = costAt[p];
            }
            piece.done(batch);
            before = cur;
            leadBefore = lead | contraction;
            wsBefore = ws;
            glued = gluedNow >> 63;
            afterContraction = contractionEndNext;
            cur = next;
            base += 64;
        }
        if (start >= until)
            return start;
        // The rest of this stretch one pre-token after another, then afresh.
        i = scanSequential(text, start, fallBack ? std::min(until, base + 64) : until, piece);
    }
    return i;
}
#endif

// An emitter is called as piece(start, end, cost); the block path also calls reserve(count),
// then takes a batch() (a copy of its writing state, which stays in registers), calls the
// batch's put(start, end, cost) up to count times without further checks, and hands it back
// with done(batch). A plain function gets these from Plain.
template <typename F> struct Plain {
    F& f;
    void reserve(qsizetype) {}
    void put(qsizetype start, qsizetype end, int cost) { f(start, end, cost); }
    void operator()(qsizetype start, qsizetype end, int cost) { f(start, end, cost); }
    Plain batch() { return *this; }
    void done(const Plain&) {}
};

template <typename Emit>
qsizetype scanText(QStringView text, qsizetype i, qsizetype until, Emit&& piece)
{
    if constexpr (!requires { piece.reserve(qsizetype(1)); }) {
        Plain<std::remove_reference_t<Emit>> plain{piece};
        return scanText(text, i, until, plain);
    } else {
#if defined(LIMITLESS_TOKEN_BLOCKS)
        return scanBlocks(text, i, until, piece);
#else
        return scanSequential(text, i, until, piece);
#endif
    }
}

} // namespace

int detail::limitTokenVectors(int level)
{
#if defined(LIMITLESS_TOKEN_BLOCKS)
    const Classify64 f = chooseClassify64(level);
    g_classify64.store(f);
#if defined(LIMITLESS_SCAN_AVX512)
    textscan::g_wideScans.store(level >= 2);
#endif
    const WordCosts w = chooseWordCosts(level);
    g_wordCosts.store(w);
#if defined(LIMITLESS_TOKEN_WIDE)
    if (w == wordCostsVbmi)
        return 3;
#endif
    return levelOf(f);
#else
    Q_UNUSED(level);
    return 0;
#endif
}

int TokenCounter::count(QStringView text)
{
    return int((centi(text) + 50) / 100);
}

qint64 TokenCounter::centi(QStringView text)
{
    qint64 total = 0;
    scanText(text, 0, text.size(), [&](qsizetype, qsizetype, int cost) { total += cost; });
    return total;
}

void TokenCounter::cumulativeCenti(QStringView text, qint32* out)
{
    qsizetype filled = 0; // out[0..filled] are final
    qint32 running = 0;
    out[0] = 0;
    scanText(text, 0, text.size(), [&](qsizetype, qsizetype end, int cost) {
        for (qsizetype k = filled + 1; k < end; ++k)
            out[k] = running;
        running += cost;
        out[end] = running;
        filled = end;
    });
}

QVector<qint32> TokenCounter::cumulativeCenti(QStringView text)
{
    QVector<qint32> cum(text.size() + 1);
    cumulativeCenti(text, cum.data());
    return cum;
}

TokenCounter::Piece* TokenCounter::PieceQueue::room(qsizetype count)
{
    if (m_last + count > m_capacity) {
        const qsizetype live = m_last - m_first;
        if (live + count <= m_capacity / 2) { // plenty of room once the dropped ones go
            std::copy(begin(), end(), m_data.get());
        } else {
            m_capacity = std::max<qsizetype>(1024, 2 * (live + count));
            auto grown = std::make_unique_for_overwrite<Piece[]>(size_t(m_capacity));
            std::copy(begin(), end(), grown.get());
            m_data = std::move(grown);
        }
        m_first = 0;
        m_last = live;
    }
    return m_data.get() + m_last;
}

void TokenCounter::scan(QStringView text, qsizetype until, PieceQueue* queue)
{
    // Room for a piece per two characters to `until` (English text has one per four or five),
    // more when needed.
    struct Into {
        PieceQueue* queue;
        qsizetype room;
        Piece* at;
        Piece* stop;
        qsizetype origin;
        qint32 running;
        void grow(qsizetype count)
        {
            queue->m_last = at - queue->m_data.get();
            room = std::max(room * 2, count);
            at = queue->room(room);
            stop = at + room;
        }
        void reserve(qsizetype count)
        {
            if (stop - at < count) [[unlikely]]
                grow(count);
        }
        struct Batch {
            Piece* at;
            qsizetype origin;
            qint32 running;
            void put(qsizetype, qsizetype end, int cost)
            {
                running += cost;
                *at++ = Piece{qint32(end - origin), running};
            }
#if defined(LIMITLESS_TOKEN_WIDE)
            // A whole block's pieces (see blockPiecesAvx512): those of the starts after *start,
            // whose open piece they close first.
            void block(quint64 starts, const qint16* costAt, qsizetype base, qsizetype* start,
                       int* fixed)
            {
                if (*start >= base) { // a fresh start in this block: it opens the first piece
                    const int p = int(*start - base);
                    if ((starts >> p) & 1)
                        *fixed = costAt[p];
                    starts &= ~quint64(0) << p << 1;
                }
                if (!starts)
                    return;
                const qsizetype firstEnd = base + __builtin_ctzll(starts);
                const int first = *fixed >= 0 ? *fixed : 100 + int((firstEnd - *start) >> 6) * 100;
                int last = 0;
                const int count = blockPiecesAvx512(starts, costAt, qint32(base - origin), first,
                                                    &running, at, &last);
                at += count;
                *start = base + last;
                *fixed = costAt[last];
            }
#endif
        };
        Batch batch() const
        {
            return Batch{at, origin, running};
        }
        void done(const Batch& b)
        {
            at = b.at;
            running = b.running;
        }
        void put(qsizetype start, qsizetype end, int cost)
        {
            Batch b = batch();
            b.put(start, end, cost);
            done(b);
        }
        void operator()(qsizetype start, qsizetype end, int cost)
        {
            reserve(1);
            put(start, end, cost);
        }
    };
    until = std::min(until, queue->m_origin + kMaxSpan - 64);
    const qsizetype room = std::max<qsizetype>(until - queue->m_next, 0) / 2 + 256;
    Piece* at = queue->room(room);
    Into into{queue, room, at, at + room, queue->m_origin, qint32(queue->m_total)};
    queue->m_next = scanText(text, queue->m_next, until, into);
    queue->m_last = into.at - queue->m_data.get();
    queue->m_total = into.running;
}

} // namespace limitless::knowledge
