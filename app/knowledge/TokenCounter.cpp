#include "knowledge/TokenCounter.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <cmath>

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

int asciiWordCost(int n, int upper, bool firstUpper, Lead lead)
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
int asciiSignsCost(int k, bool repeated)
{
    static constexpr std::array<int, 8> kSigns = {0, 100, 101, 120, 165, 210, 260, 300};
    if (k <= 0)
        return 0;
    if (repeated && k > 2)
        return 100 + 13 * (k - 1);
    return k < 8 ? kSigns[size_t(k)] : 45 * k;
}

// Calls piece(start, end, costCenti) for each cl100k_base pre-token of `text`, in order,
// covering it exactly.
template <typename Emit> void scan(QStringView text, Emit&& piece)
{
    const Cursor c{text.data(), text.size()};
    const qsizetype n = text.size();
    qsizetype i = 0;
    int len = 0;
    while (i < n) {
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
                i += clen;
                continue;
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
            i = j;
            continue;
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
            i = j;
            continue;
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
                i = end;
                continue;
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
        i = end;
    }
}

} // namespace

int TokenCounter::count(QStringView text)
{
    return int((centi(text) + 50) / 100);
}

qint64 TokenCounter::centi(QStringView text)
{
    qint64 total = 0;
    scan(text, [&](qsizetype, qsizetype, int cost) { total += cost; });
    return total;
}

void TokenCounter::cumulativeCenti(QStringView text, qint32* out)
{
    qsizetype filled = 0; // out[0..filled] are final
    qint32 running = 0;
    out[0] = 0;
    scan(text, [&](qsizetype, qsizetype end, int cost) {
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

} // namespace limitless::knowledge
