// The chunker and token estimate as they were before they were made fast (app/knowledge at the
// merge of kb-chunk): every position's break strength and token count worked out first, then
// the chunks chosen from those. Simple enough to trust, kept as the reference the fast ones
// must agree with, chunk for chunk and count for count (ChunkerTest).
#include "ReferenceChunker.h"

#include "knowledge/Chunker.h"

#include <QChar>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <memory>
#include <vector>

namespace limitless::test::reference {

using namespace limitless::knowledge;

// ---- The token estimate (TokenCounter) ----

namespace tokens {

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

} // namespace tokens

using namespace tokens;

qint64 centi(QStringView text)
{
    qint64 total = 0;
    scan(text, [&](qsizetype, qsizetype, int cost) { total += cost; });
    return total;
}

void cumulativeCenti(QStringView text, qint32* out)
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

QVector<qint32> cumulativeCenti(QStringView text)
{
    QVector<qint32> cum(text.size() + 1);
    cumulativeCenti(text, cum.data());
    return cum;
}

// ---- The chunker ----

namespace {

// Break flags per position p (a break before text[p]): the low bits say how strongly the text
// breaks there, kGrapheme that p is a grapheme cluster boundary at all.
enum Level : quint8 { None = 0, Grapheme = 1, Word = 2, Line = 3, Sentence = 4, Paragraph = 5 };
constexpr quint8 kGrapheme = 0x80;
constexpr quint8 kMidLine = 0x40; // inside a large atomic span, off its line starts
constexpr quint8 kLevelMask = 0x0f;

// A chunk ends at the strongest break that leaves it at least this full.
constexpr double kMinFill = 0.5;

struct Region {
    qsizetype start = 0;
    qsizetype end = 0;
    int page = -1;    // index into pages
    int section = -1; // index into sections
};

bool isSpace(QChar c)
{
    return c.isSpace();
}

// Moves a boundary off the middle of a surrogate pair.
qsizetype snapSurrogate(const QString& text, qsizetype p)
{
    if (p > 0 && p < text.size() && text[p - 1].isHighSurrogate() && text[p].isLowSurrogate())
        return p + 1;
    return p;
}

// The spans of text where page and innermost section stay the same.
QList<Region> regionsOf(const ExtractedText& ex)
{
    const qsizetype n = ex.text.size();
    auto clamp = [&](qsizetype p) {
        return snapSurrogate(ex.text, std::clamp<qsizetype>(p, 0, n));
    };
    std::vector<qsizetype> cuts{0, n};
    for (const PageSpan& p : ex.pages) {
        cuts.push_back(clamp(p.start));
        cuts.push_back(clamp(p.end));
    }
    for (const SectionSpan& s : ex.sections) {
        cuts.push_back(clamp(s.start));
        cuts.push_back(clamp(s.end));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QList<Region> regions;
    for (size_t i = 0; i + 1 < cuts.size(); ++i)
        regions.append(Region{cuts[i], cuts[i + 1], -1, -1});
    auto firstRegionAt = [&](qsizetype pos) {
        return std::lower_bound(regions.begin(), regions.end(), pos,
                                [](const Region& r, qsizetype p) { return r.end <= p; }) -
               regions.begin();
    };

    for (int i = 0; i < ex.pages.size(); ++i) {
        const qsizetype a = clamp(ex.pages[i].start), b = clamp(ex.pages[i].end);
        for (qsizetype r = firstRegionAt(a); r < regions.size() && regions[r].start < b; ++r)
            regions[r].page = i;
    }
    // Innermost = the containing section that starts last (the deeper level on a tie).
    for (int i = 0; i < ex.sections.size(); ++i) {
        const SectionSpan& s = ex.sections[i];
        const qsizetype a = clamp(s.start), b = clamp(s.end);
        for (qsizetype r = firstRegionAt(a); r < regions.size() && regions[r].start < b; ++r) {
            Region& reg = regions[r];
            if (reg.section >= 0) {
                const SectionSpan& cur = ex.sections[reg.section];
                const qsizetype curStart = clamp(cur.start);
                if (curStart > a || (curStart == a && cur.level > s.level))
                    continue;
            }
            reg.section = i;
        }
    }

    QList<Region> merged;
    for (const Region& r : std::as_const(regions)) {
        if (!merged.isEmpty() && merged.last().page == r.page &&
            merged.last().section == r.section && merged.last().end == r.start)
            merged.last().end = r.end;
        else
            merged.append(r);
    }
    return merged;
}

// UAX #29's word boundary rules where the two characters on either side are ASCII or curly
// quotes: no break inside runs of letters, digits and underscores, nor around a "." ":" "'"
// "‘" "’" between letters ("e.g", "don't", "don’t") or a "." "," ";" "'" "‘" "’" between
// digits ("3.14", "1,000"), nor inside runs of spaces; a break everywhere else.
enum class Wb : quint8 {
    Other,
    Letter,
    Digit,
    Under,
    MidLetter,
    MidNumLet,
    MidNum,
    Space,
    Newline
};

// ASCII, or one of the curly quotes ‘ ’ “ ”, which the word rules treat as they treat ' and ".
bool asciiOrCurly(QChar q)
{
    const char16_t c = q.unicode();
    return c < 0x80 || c == u'\u2018' || c == u'\u2019' || c == u'\u201c' || c == u'\u201d';
}

Wb wordClass(QChar q)
{
    const char16_t c = q.unicode();
    if ((c | 0x20) >= u'a' && (c | 0x20) <= u'z')
        return Wb::Letter;
    if (c >= u'0' && c <= u'9')
        return Wb::Digit;
    switch (c) {
    case u'_':
        return Wb::Under;
    case u':':
        return Wb::MidLetter;
    case u'.':
    case u'\'':
    case u'\u2018':
    case u'\u2019':
        return Wb::MidNumLet;
    case u',':
    case u';':
        return Wb::MidNum;
    case u' ':
        return Wb::Space;
    case u'\n':
    case u'\r':
    case u'\v':
    case u'\f':
        return Wb::Newline;
    default:
        return Wb::Other;
    }
}

bool asciiWordBreak(const QChar* s, qsizetype n, qsizetype p)
{
    const Wb a = wordClass(s[p - 1]);
    const Wb b = wordClass(s[p]);
    if (a == Wb::Newline || b == Wb::Newline)
        return true;
    if (a == Wb::Space && b == Wb::Space)
        return false;
    auto word = [](Wb x) { return x == Wb::Letter || x == Wb::Digit || x == Wb::Under; };
    if (word(a) && word(b))
        return false;
    const Wb after = p + 1 < n ? wordClass(s[p + 1]) : Wb::Other;
    const Wb before = p >= 2 ? wordClass(s[p - 2]) : Wb::Other;
    if (a == Wb::Letter && (b == Wb::MidLetter || b == Wb::MidNumLet) && after == Wb::Letter)
        return false;
    if ((a == Wb::MidLetter || a == Wb::MidNumLet) && b == Wb::Letter && before == Wb::Letter)
        return false;
    if (a == Wb::Digit && (b == Wb::MidNum || b == Wb::MidNumLet) && after == Wb::Digit)
        return false;
    if ((a == Wb::MidNum || a == Wb::MidNumLet) && b == Wb::Digit && before == Wb::Digit)
        return false;
    return true;
}

// Where sentences start (UAX #29), with single line breaks read as spaces since extracted PDF
// text breaks its lines in mid-sentence; blank lines still end a sentence.
std::vector<qsizetype> sentenceStarts(QStringView view)
{
    const qsizetype n = view.size();
    QString flat(view.toString());
    QChar* fl = flat.data();
    for (qsizetype i = 0; i < n; ++i) {
        if (fl[i] != u'\n' && fl[i] != u'\r')
            continue;
        qsizetype j = i + 1;
        if (fl[i] == u'\r' && j < n && fl[j] == u'\n')
            ++j;
        qsizetype k = j;
        while (k < n && fl[k].isSpace() && fl[k] != u'\n' && fl[k] != u'\r')
            ++k;
        if (k < n && (fl[k] == u'\n' || fl[k] == u'\r')) { // a blank line: kept
            while (k < n && fl[k].isSpace())
                ++k;
            i = k - 1;
            continue;
        }
        for (qsizetype m = i; m < j; ++m)
            fl[m] = u' ';
        i = j - 1;
    }
    std::vector<qsizetype> out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, flat.constData(), n);
    for (qsizetype p = finder.toNextBoundary(); p >= 0; p = finder.toNextBoundary())
        out.push_back(p);
    return out;
}

// Break flags for one region's text (size + 1 entries).
std::vector<quint8> breaksOf(QStringView view, const QList<AtomicSpan>& atomic, qsizetype offset,
                             const qint32* cum, qint64 targetCenti,
                             const std::function<std::vector<qsizetype>()>& sentences)
{
    const qsizetype n = view.size();
    std::vector<quint8> f(size_t(n + 1), 0);
    auto raise = [&](qsizetype p, quint8 level) {
        quint8& x = f[size_t(p)];
        if ((x & kGrapheme) && (x & kLevelMask) < level)
            x = quint8(kGrapheme | level);
    };

    // Graphemes and words: QTextBoundaryFinder (UAX #29) decides wherever a character outside
    // ASCII is near; between ASCII characters its rules come down to a few comparisons, done
    // here directly, so that mostly-ASCII text does not pay for a full pass.
    const QChar* s = view.data();
    for (qsizetype p = 2; p + 1 < n; ++p) {
        if (!asciiOrCurly(s[p - 2]) || !asciiOrCurly(s[p - 1]) || !asciiOrCurly(s[p]) ||
            !asciiOrCurly(s[p + 1]))
            continue;
        if (s[p - 1] == u'\r' && s[p] == u'\n')
            continue;
        f[size_t(p)] = quint8(kGrapheme | (asciiWordBreak(s, n, p) ? Word : Grapheme));
    }
    std::vector<uchar> buffer;
    for (qsizetype i = 0; i < n;) {
        if (i >= 2 && i + 2 < n && asciiOrCurly(s[i])) {
            ++i;
            continue;
        }
        // A zone: characters outside ASCII but for the curly quotes (and the text's first and
        // last two) with less than eight others between them, decided by QTextBoundaryFinder
        // with context.
        qsizetype last = i;
        qsizetype j = i + 1;
        while (j < n && j - last <= 8) {
            if (!asciiOrCurly(s[j]) || j + 2 >= n)
                last = j;
            ++j;
        }
        const qsizetype from = std::max<qsizetype>(0, i - 1);
        const qsizetype to = std::min(n, last + 2);
        const qsizetype z0 = std::max<qsizetype>(0, i - 4);
        const qsizetype z1 = std::min(n, last + 5);
        for (qsizetype p = from; p <= to; ++p)
            f[size_t(p)] = 0;
        buffer.resize(size_t(z1 - z0 + 1));
        QTextBoundaryFinder g(QTextBoundaryFinder::Grapheme, s + z0, z1 - z0, buffer.data(),
                              qsizetype(buffer.size()));
        for (qsizetype b = 0; b >= 0; b = g.toNextBoundary()) {
            if (z0 + b >= from && z0 + b <= to)
                f[size_t(z0 + b)] = kGrapheme | Grapheme;
        }
        QTextBoundaryFinder w(QTextBoundaryFinder::Word, s + z0, z1 - z0, buffer.data(),
                              qsizetype(buffer.size()));
        for (qsizetype b = 0; b >= 0; b = w.toNextBoundary()) {
            if (z0 + b >= from && z0 + b <= to)
                raise(z0 + b, Word);
        }
        i = last + 1;
    }

    // Lines and paragraphs (after a blank line), then sentences.
    for (qsizetype i = 0; i < n; ++i) {
        if (view[i] != u'\n' && view[i] != u'\r')
            continue;
        qsizetype eol = i + 1; // past the line break (CR LF is one)
        if (view[i] == u'\r' && eol < n && view[eol] == u'\n')
            ++eol;
        qsizetype j = eol;
        bool blank = false;
        while (j < n && isSpace(view[j])) {
            blank = blank || view[j] == u'\n' || view[j] == u'\r';
            ++j;
        }
        if (blank) { // a blank line: a paragraph starts at j
            raise(j, Paragraph);
            i = j - 1;
            continue;
        }
        raise(eol, Line);
        i = eol - 1;
    }
    for (qsizetype p : sentences())
        raise(p, Sentence);
    f[0] = kGrapheme | Paragraph;
    f[size_t(n)] = kGrapheme | Paragraph;

    // Atomic spans: no break inside one that fits the target; one larger is cut at its lines.
    for (const AtomicSpan& a : atomic) {
        const qsizetype s = std::clamp<qsizetype>(a.start - offset, 0, n);
        const qsizetype e = std::clamp<qsizetype>(a.end - offset, 0, n);
        if (e <= s)
            continue;
        const bool fits = qint64(cum[e]) - cum[s] <= targetCenti;
        for (qsizetype p = s + 1; p < e; ++p) {
            quint8& x = f[size_t(p)];
            if (fits)
                x &= kGrapheme;
            else if (view[p - 1] == u'\n' && (x & kGrapheme))
                x = kGrapheme | Line;
            else
                x = quint8((x & kGrapheme) | kMidLine | std::min<quint8>(x & kLevelMask, Word));
        }
        raise(s, Paragraph);
        raise(e, Paragraph);
    }
    return f;
}

class RegionChunker {
public:
    RegionChunker(QStringView view, const qint32* cum, const std::vector<quint8>& f, qint64 target,
                  qint64 overlap)
        : m_view(view), m_cum(cum), m_f(f), m_target(target), m_overlap(overlap)
    {}

    // [start, end) pairs of the region's chunks, trimmed.
    QList<std::pair<qsizetype, qsizetype>> run()
    {
        QList<std::pair<qsizetype, qsizetype>> out;
        const qsizetype n = m_view.size();
        qsizetype s = skipSpace(0, n);
        qsizetype prevEnd = s;
        while (s < n) {
            qsizetype e = endFrom(s, prevEnd);
            if (e < 0 && s < prevEnd) {
                // The overlap leaves no room before an atomic span: drop the overlap.
                s = skipSpace(prevEnd, n);
                e = endFrom(s, prevEnd);
            }
            if (e < 0)
                e = firstWholeAfter(s, prevEnd);
            const qsizetype a = skipSpace(s, e);
            const qsizetype b = trimEnd(a, e);
            if (b > a)
                out.append({a, b});
            if (e >= n)
                break;
            const qsizetype next = overlapStart(s, e);
            prevEnd = e;
            s = skipSpace(next, n);
        }
        return out;
    }

private:
    qint64 tokens(qsizetype a, qsizetype b) const { return qint64(m_cum[b]) - m_cum[a]; }
    bool grapheme(qsizetype p) const { return m_f[size_t(p)] & kGrapheme; }
    int level(qsizetype p) const { return m_f[size_t(p)] & kLevelMask; }

    // Past whitespace, stopping where moving on would split a grapheme cluster.
    qsizetype skipSpace(qsizetype a, qsizetype limit) const
    {
        while (a < limit && isSpace(m_view[a]) && grapheme(a + 1))
            ++a;
        return a;
    }
    qsizetype trimEnd(qsizetype a, qsizetype b) const
    {
        while (b > a && isSpace(m_view[b - 1]) && grapheme(b - 1))
            --b;
        return b;
    }

    // Where the chunk starting at s ends: beyond prevEnd, within the target; -1 where no
    // break fits.
    qsizetype endFrom(qsizetype s, qsizetype prevEnd) const
    {
        const qsizetype n = m_view.size();
        // The furthest position within the target (cum is non-decreasing).
        const qint64 budget = qint64(m_cum[s]) + m_target;
        const qsizetype limit = std::upper_bound(m_cum + s, m_cum + n + 1, budget) - m_cum - 1;
        if (limit >= n)
            return n;
        const qsizetype lo = std::max(s, prevEnd);
        const qint64 minFill = qint64(double(m_target) * kMinFill);
        std::array<qsizetype, 6> best{-1, -1, -1, -1, -1, -1};
        for (qsizetype p = limit; p > lo; --p) {
            const int l = level(p);
            if (l == None)
                continue;
            const bool full = tokens(s, p) >= minFill;
            for (int k = 1; k <= l; ++k) {
                if (best[size_t(k)] < 0 && (k <= Word || full))
                    best[size_t(k)] = p;
            }
            if (!full && best[Word] >= 0)
                break; // stronger breaks from here on would leave the chunk too small
            if (l == Paragraph && full)
                break;
        }
        for (int k = Paragraph; k >= Grapheme; --k) {
            if (best[size_t(k)] >= 0)
                return best[size_t(k)];
        }
        return -1;
    }

    // Where a chunk ends when not one grapheme (or atomic span) after prevEnd fits the
    // target: after the first whole one.
    qsizetype firstWholeAfter(qsizetype s, qsizetype prevEnd) const
    {
        const qsizetype n = m_view.size();
        qsizetype p = std::max(s, prevEnd) + 1;
        while (p < n && level(p) == None)
            ++p;
        return std::min(p, n);
    }

    // Where the next chunk starts: about m_overlap before e, at a sentence if one is in the
    // overlap's second half, else at a word.
    qsizetype overlapStart(qsizetype s, qsizetype e) const
    {
        if (m_overlap <= 0)
            return e;
        qsizetype sentence = -1, word = -1;
        for (qsizetype p = e - 1; p > s && tokens(p, e) <= m_overlap; --p) {
            const int l = level(p);
            if (m_f[size_t(p)] & kMidLine)
                continue; // a large code block's overlap starts at one of its lines
            if (l >= Word)
                word = p;
            if (l >= Sentence && tokens(p, e) * 2 >= m_overlap)
                sentence = p;
        }
        if (sentence >= 0)
            return sentence;
        return word >= 0 ? word : e;
    }

    QStringView m_view;
    const qint32* m_cum; // size + 1 entries
    const std::vector<quint8>& m_f;
    qint64 m_target;
    qint64 m_overlap;
};

} // namespace

QList<Chunk> chunk(const ExtractedText& ex, const ChunkSettings& settings)
{
    const ChunkSettings cs = Chunker::normalised(settings);
    const qint64 target = qint64(cs.targetTokens) * 100;
    const qint64 overlap = qint64(cs.overlapTokens) * 100;
    QList<Chunk> chunks;
    if (ex.text.isEmpty())
        return chunks;

    for (const Region& r : regionsOf(ex)) {
        const QStringView view = QStringView(ex.text).mid(r.start, r.end - r.start);
        if (std::all_of(view.begin(), view.end(), [](QChar c) { return c.isSpace(); }))
            continue;
        QList<AtomicSpan> atomic;
        for (const AtomicSpan& a : ex.atomic) {
            if (a.end > r.start && a.start < r.end)
                atomic.append(a);
        }
        const auto cumBuffer = std::make_unique_for_overwrite<qint32[]>(size_t(view.size() + 1));
        const qint32* cum = cumBuffer.get();
        cumulativeCenti(view, cumBuffer.get());
        const std::vector<quint8> f =
            breaksOf(view, atomic, r.start, cum, target, [&] { return sentenceStarts(view); });
        RegionChunker rc(view, cum, f, target, overlap);
        for (const auto& [a, b] : rc.run()) {
            Chunk c;
            c.index = int(chunks.size());
            c.start = r.start + a;
            c.end = r.start + b;
            c.text = ex.text.mid(c.start, c.end - c.start);
            if (r.page >= 0) {
                c.page = ex.pages[r.page].number;
                c.ocr = ex.pages[r.page].ocr;
            }
            if (r.section >= 0)
                c.section = ex.sections[r.section].title;
            c.tokens = int((qint64(cum[b]) - cum[a] + 50) / 100);
            chunks.append(std::move(c));
        }
    }
    return chunks;
}

} // namespace limitless::test::reference
