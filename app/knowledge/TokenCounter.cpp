#include "knowledge/TokenCounter.h"

#include <QChar>

#include <bit>

#include <algorithm>
#include <array>
#include <cmath>

#if defined(__SSE2__)
#include <emmintrin.h>
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

template <typename Emit>
qsizetype scanText(QStringView text, qsizetype i, qsizetype until, Emit&& piece)
{
    return scanSequential(text, i, until, piece);
}

} // namespace

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
    // Room for a piece per character to `until`, and more should a pre-token run on.
    qsizetype room = std::max<qsizetype>(until - queue->m_next, 0) + 64;
    Piece* at = queue->room(room);
    Piece* stop = at + room;
    qint64 running = queue->m_total;
    queue->m_next = scanText(text, queue->m_next, until, [&](qsizetype, qsizetype end, int cost) {
        if (at == stop) [[unlikely]] {
            queue->m_last = at - queue->m_data.get();
            room *= 2;
            at = queue->room(room);
            stop = at + room;
        }
        running += cost;
        *at++ = Piece{end, running};
    });
    queue->m_last = at - queue->m_data.get();
    queue->m_total = running;
}

} // namespace limitless::knowledge
