#include "knowledge/Chunker.h"

#include "knowledge/TokenCounter.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <array>
#include <bit>
#include <memory>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace limitless::knowledge {

namespace {

// How the chunker works. A chunk ends where the text breaks most strongly (paragraph >
// sentence > line > word > grapheme) and the chunk is at least kMinFill full; it may not pass
// its target in tokens. A chunker therefore needs the break strengths only in the stretch
// where the chunk may end (between kMinFill and the target) and in the overlap before that
// end; nowhere else. So:
//
// - tokens are counted as a stream of pre-tokens (TokenCounter::scan), once, and only as far
//   as the current chunk needs;
// - the break strength of a position is worked out when asked for, from the characters
//   around it: word and grapheme boundaries by UAX #29's rules, which come down to a few
//   comparisons between ASCII characters and are left to QTextBoundaryFinder near any other
//   character ("zones", found once per region by a fast scan for non-ASCII characters);
//   lines and paragraphs from the run of whitespace around the position; sentences
//   (UAX #29 as Qt implements it) from a small window around the stretch in question,
//   replayed from a point where the sentence state is known (see Sentences);
// - the searches for a chunk's end and the next chunk's start look first for the strongest
//   break where such breaks can be (line breaks, sentence ends), not at every position.
//
// The result is the same as computing every position's break strength first and searching
// those, as this chunker did before (tests/knowledge/ReferenceChunker.cpp keeps that as the
// reference the tests compare with).

// Break flags of a position p (a break before text[p]): the low bits say how strongly the text
// breaks there, kGrapheme that p is a grapheme cluster boundary at all.
enum Level : quint8 { None = 0, Grapheme = 1, Word = 2, Line = 3, Sentence = 4, Paragraph = 5 };
constexpr quint8 kGrapheme = 0x80;
constexpr quint8 kMidLine = 0x40; // inside a large atomic span, off its line starts
constexpr quint8 kLevelMask = 0x0f;

// A chunk ends at the strongest break that leaves it at least this full.
constexpr double kMinFill = 0.5;

int levelOf(quint8 flags)
{
    return flags & kLevelMask;
}

// Raises a grapheme boundary's level (never lowers it; not a boundary: no break at all).
void raise(quint8& x, int level)
{
    if ((x & kGrapheme) && (x & kLevelMask) < level)
        x = quint8(kGrapheme | level);
}

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

qsizetype findNonAscii(const char16_t* u, qsizetype i, qsizetype end)
{
#if defined(__SSE2__)
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

qsizetype findLineBreak(const char16_t* u, qsizetype i, qsizetype end)
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
qsizetype findSentenceMark(const char16_t* u, qsizetype i, qsizetype end)
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

struct Region {
    qsizetype start = 0;
    qsizetype end = 0;
    int page = -1;    // index into pages
    int section = -1; // index into sections
};

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

// UAX #29's word boundary rules where the two characters on either side are ASCII: no break
// inside runs of letters, digits and underscores, nor around a "." ":" "'" between letters
// ("e.g", "don't") or a "." "," ";" "'" between digits ("3.14", "1,000"), nor inside runs of
// spaces; a break everywhere else.
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

// Sentences (UAX #29) are found with single line breaks read as spaces, since extracted PDF
// text breaks its lines in mid-sentence; blank lines still end a sentence. In each run of
// whitespace, the first line break becomes spaces unless another follows in the run.
void flattenLineBreaks(QChar* fl, qsizetype n)
{
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
}

// Sentence boundaries of a whole text (after its start), by QTextBoundaryFinder.
std::vector<qsizetype> sentenceStarts(QStringView view)
{
    const qsizetype n = view.size();
    QString flat(view.toString());
    flattenLineBreaks(flat.data(), n);
    std::vector<qsizetype> out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, flat.constData(), n);
    for (qsizetype p = finder.toNextBoundary(); p >= 0; p = finder.toNextBoundary())
        out.push_back(p);
    return out;
}

// Qt's sentence boundary state machine (qunicodetools.cpp, getSentenceBreaks, as in Qt 6.4),
// for ASCII text, whose sentence break classes are fixed: the tests compare it with
// QTextBoundaryFinder on random ASCII strings.
namespace sb {

enum Class : quint8 {
    Any,
    CR,
    LF,
    Sep,
    Extend,
    Sp,
    Lower,
    Upper,
    OLetter,
    Numeric,
    ATerm,
    SContinue,
    STerm,
    Close
};

enum State : quint8 {
    Initial,
    LowerS,
    UpperS,
    LUATerm,
    ATermS,
    ATermC,
    ACS,
    STermS,
    STermC,
    SCS,
    BAfterC,
    BAfter,
    Break,
    Lookup
};

// clang-format off
constexpr quint8 kTable[BAfter + 1][Close + 1] = {
//   Any      CR       LF       Sep      Extend   Sp       Lower    Upper    OLetter  Numeric  ATerm    SCont    STerm    Close
    {Initial, BAfterC, BAfter , BAfter , Initial, Initial, LowerS , UpperS , Initial, Initial, ATermS , Initial, STermS , Initial}, // Initial
    {Initial, BAfterC, BAfter , BAfter , LowerS , Initial, Initial, Initial, Initial, Initial, LUATerm, Initial, STermS , Initial}, // Lower
    {Initial, BAfterC, BAfter , BAfter , UpperS , Initial, Initial, UpperS , Initial, Initial, LUATerm, Initial, STermS , Initial}, // Upper
    {Lookup , BAfterC, BAfter , BAfter , LUATerm, ACS    , Initial, UpperS , Break  , Initial, ATermS , STermS , STermS , ATermC}, // LUATerm
    {Lookup , BAfterC, BAfter , BAfter , ATermS , ACS    , Initial, Break  , Break  , Initial, ATermS , STermS , STermS , ATermC}, // ATerm
    {Lookup , BAfterC, BAfter , BAfter , ATermC , ACS    , Initial, Break  , Break  , Lookup , ATermS , STermS , STermS , ATermC}, // ATermC
    {Lookup , BAfterC, BAfter , BAfter , ACS    , ACS    , Initial, Break  , Break  , Lookup , ATermS , STermS , STermS , Lookup}, // ACS
    {Break  , BAfterC, BAfter , BAfter , STermS , SCS    , Break  , Break  , Break  , Break  , ATermS , STermS , STermS , STermC}, // STerm
    {Break  , BAfterC, BAfter , BAfter , STermC , SCS    , Break  , Break  , Break  , Break  , ATermS , STermS , STermS , STermC}, // STermC
    {Break  , BAfterC, BAfter , BAfter , SCS    , SCS    , Break  , Break  , Break  , Break  , ATermS , STermS , STermS , Break}, // SCS
    {Break  , Break  , BAfter , Break  , Break  , Break  , Break  , Break  , Break  , Break  , Break  , Break  , Break  , Break}, // BAfterC
    {Break  , Break  , Break  , Break  , Break  , Break  , Break  , Break  , Break  , Break  , Break  , Break  , Break  , Break}, // BAfter
};
// clang-format on

constexpr std::array<Class, 128> kAscii = [] {
    std::array<Class, 128> t{};
    for (char16_t c = 0; c < 128; ++c) {
        Class k = Any;
        if (c == u'\r')
            k = CR;
        else if (c == u'\n')
            k = LF;
        else if (c == u'\t' || c == u'\v' || c == u'\f' || c == u' ')
            k = Sp;
        else if (c >= u'a' && c <= u'z')
            k = Lower;
        else if (c >= u'A' && c <= u'Z')
            k = Upper;
        else if (c >= u'0' && c <= u'9')
            k = Numeric;
        else if (c == u'.')
            k = ATerm;
        else if (c == u'!' || c == u'?')
            k = STerm;
        else if (c == u',' || c == u'-' || c == u':')
            k = SContinue;
        else if (c == u'"' || c == u'\'' || c == u'(' || c == u')' || c == u'[' || c == u']' ||
                 c == u'{' || c == u'}')
            k = Close;
        t[c] = k;
    }
    return t;
}();

// After an ASCII letter the state is Initial, Lower or Upper whatever came before, and no
// look-ahead reaches past it; after one of these characters following such a state it is
// Initial. A position right after such a pair is where the machine can start afresh.
inline bool resets(char16_t c)
{
    if (c >= 128 || isLineBreak(c))
        return false;
    const Class k = kAscii[c];
    return k == Any || k == Sp || k == Numeric || k == SContinue || k == Close;
}

} // namespace sb

// Sentence boundaries near a stretch of a region's text, exactly as QTextBoundaryFinder finds
// them in the whole (flattened) region. The machine is started where its state is known —
// right after an ASCII letter and a space, digit or sign ("a restart"), or at the region's
// start — and stopped at the first restart after the stretch, before which every decision
// about the stretch has been made. Between the two, ASCII text runs through sb::kTable,
// skipping from one . ! ? or line break to the next; other text goes to QTextBoundaryFinder.
// Without a restart nearby (long runs of Chinese, say) the whole region is analysed once.
class Sentences {
public:
    explicit Sentences(QStringView view) : m_view(view), m_u(view.utf16()), m_n(view.size()) {}

    // Appends the sentence boundaries in [a, b] (0 < a) to *out, ascending.
    void collect(qsizetype a, qsizetype b, std::vector<qsizetype>* out)
    {
        b = std::min(b, m_n);
        if (a > b)
            return;
        if (!m_whole) {
            const qsizetype from = restartAtOrBefore(a);
            const qsizetype to = from < 0 ? -1 : restartAfter(b);
            if (to >= 0) {
                if (findNonAscii(m_u, from, to) < to)
                    byFinder(from, to, a, b, out);
                else
                    byTable(from, to, a, b, out);
                return;
            }
            m_all = sentenceStarts(m_view);
            m_whole = true;
        }
        for (auto it = std::lower_bound(m_all.begin(), m_all.end(), a);
             it != m_all.end() && *it <= b; ++it)
            out->push_back(*it);
    }

    // Whether a sentence starts at p (0 < p < size).
    bool at(qsizetype p)
    {
        if (p < m_cacheFrom || p > m_cacheTo) {
            m_cacheFrom = std::max<qsizetype>(1, p - 96);
            m_cacheTo = std::min(m_n, p + 96);
            m_cache.clear();
            collect(m_cacheFrom, m_cacheTo, &m_cache);
        }
        return std::binary_search(m_cache.begin(), m_cache.end(), p);
    }

private:
    static constexpr qsizetype kReach = 2048; // how far to look for a restart

    bool restartAt(qsizetype q) const
    {
        return q >= 2 && sb::resets(m_u[q - 1]) && isAsciiLetter(m_u[q - 2]);
    }
    qsizetype restartAtOrBefore(qsizetype a) const
    {
        for (qsizetype q = a; q > 0; --q) {
            if (restartAt(q))
                return q;
            if (a - q > kReach)
                return -1;
        }
        return 0;
    }
    qsizetype restartAfter(qsizetype b) const
    {
        for (qsizetype y = b + 1; y < m_n; ++y) {
            if (restartAt(y))
                return y;
            if (y - b > kReach)
                return -1;
        }
        return m_n;
    }

    // The class of the ASCII character at i, line breaks read as the flattening leaves them.
    sb::Class classAt(qsizetype i) const
    {
        const char16_t c = m_u[i];
        if (!isLineBreak(c))
            return sb::kAscii[c];
        // The first line break of its whitespace run, and whether another follows in the run.
        qsizetype r = i;
        while (r > 0 && m_view[r - 1].isSpace())
            --r;
        qsizetype first = r;
        while (!isLineBreak(m_u[first]))
            ++first;
        qsizetype j = first + 1;
        if (m_u[first] == u'\r' && j < m_n && m_u[j] == u'\n')
            ++j;
        while (j < m_n && m_view[j].isSpace() && !isLineBreak(m_u[j]))
            ++j;
        if (j < m_n && isLineBreak(m_u[j]))
            return c == u'\r' ? sb::CR : sb::LF; // a blank line: kept
        return sb::Sp;
    }

    void byTable(qsizetype from, qsizetype to, qsizetype a, qsizetype b,
                 std::vector<qsizetype>* out) const
    {
        using namespace sb;
        quint8 state = from == 0 ? BAfter : Initial;
        for (qsizetype i = from; i < to; ++i) {
            if (state <= UpperS) {
                // Between words only . ! ? and line breaks matter; of the rest, a letter run
                // right before the next of those decides the state.
                const qsizetype j = findSentenceMark(m_u, i, to);
                qsizetype r = j;
                while (r > i && isAsciiLetter(m_u[r - 1]))
                    --r;
                if (r > i)
                    state = Initial;
                for (qsizetype k = r; k < j; ++k)
                    state = kTable[state][kAscii[m_u[k]]];
                i = j;
                if (i >= to)
                    break;
            }
            const Class cls = classAt(i);
            const qsizetype pos = i;
            state = kTable[state][cls];
            if (state == Lookup) { // SB8
                state = Break;
                for (qsizetype ahead = i + 1; ahead < m_n; ++ahead) {
                    const Class t = classAt(ahead);
                    if (t == Any || t == Extend || t == Sp || t == Numeric || t == SContinue ||
                        t == Close)
                        continue;
                    if (t == Lower) {
                        i = ahead;
                        state = Initial;
                    }
                    break;
                }
            }
            if (state == Break) {
                if (pos >= a && pos <= b && pos > 0)
                    out->push_back(pos);
                state = kTable[Initial][cls];
            }
        }
        if (to == m_n && b >= m_n && m_n > 0)
            out->push_back(m_n);
    }

    void byFinder(qsizetype from, qsizetype to, qsizetype a, qsizetype b,
                  std::vector<qsizetype>* out)
    {
        const qsizetype len = to - from;
        m_flat.resize(size_t(len));
        std::copy(m_view.data() + from, m_view.data() + to, m_flat.begin());
        flattenLineBreaks(m_flat.data(), len);
        m_buffer.resize(size_t(len + 1));
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, m_flat.data(), len,
                                   m_buffer.data(), qsizetype(m_buffer.size()));
        for (qsizetype p = finder.toNextBoundary(); p >= 0; p = finder.toNextBoundary()) {
            const qsizetype pos = from + p;
            if (pos >= to && to < m_n)
                break; // the end of the excerpt, not of the text
            if (pos >= a && pos <= b)
                out->push_back(pos);
        }
    }

    QStringView m_view;
    const char16_t* m_u;
    qsizetype m_n;
    bool m_whole = false;
    std::vector<qsizetype> m_all;
    std::vector<QChar> m_flat;
    std::vector<uchar> m_buffer;
    qsizetype m_cacheFrom = 1, m_cacheTo = 0;
    std::vector<qsizetype> m_cache;
};

// Grapheme and word boundaries near characters outside ASCII, by QTextBoundaryFinder. A zone
// is a cluster of such characters (less than eight ASCII characters apart; the text's first
// and last two characters count as such) decided with four characters of context; between
// ASCII characters asciiWordBreak decides. Zones are found once per region by skipping over
// ASCII, and decided when first asked about.
class Zones {
public:
    explicit Zones(QStringView view) : m_view(view)
    {
        const char16_t* u = view.utf16();
        const qsizetype n = view.size();
        for (qsizetype i = 0; i < n;) {
            if (i >= 2 && i + 2 < n && u[i] < 0x80) {
                i = findNonAscii(u, i, n - 2);
                continue;
            }
            qsizetype last = i;
            qsizetype j = i + 1;
            while (j < n && j - last <= 8) {
                if (u[j] >= 0x80 || j + 2 >= n)
                    last = j;
                ++j;
            }
            const qsizetype from = std::max<qsizetype>(0, i - 1);
            const qsizetype to = std::min(n, last + 2);
            // Only at the text's start does a zone begin inside the previous one: it wins.
            if (!m_zones.empty() && m_zones.back().to >= from) {
                m_zones.back().to = from - 1;
                if (m_zones.back().to < m_zones.back().from)
                    m_zones.pop_back();
            }
            m_zones.push_back(Zone{from, to, i, last, -1});
            i = last + 1;
        }
    }

    // The flags a zone gives p, or -1 where no zone covers it.
    int at(qsizetype p) const
    {
        if (m_zones.empty())
            return -1;
        size_t h = m_hint;
        if (!(m_zones[h].from <= p && (h + 1 == m_zones.size() || m_zones[h + 1].from > p))) {
            const auto it = std::upper_bound(m_zones.begin(), m_zones.end(), p,
                                             [](qsizetype x, const Zone& z) { return x < z.from; });
            if (it == m_zones.begin())
                return -1;
            h = size_t(it - m_zones.begin()) - 1;
            m_hint = h;
        }
        Zone& z = m_zones[h];
        if (p > z.to)
            return -1;
        if (z.offset < 0)
            decide(z);
        return m_flags[size_t(z.offset + (p - z.from))];
    }

private:
    struct Zone {
        qsizetype from; // the positions it decides, [from, to]
        qsizetype to;
        qsizetype first; // its first and last character outside ASCII (or at the text's ends)
        qsizetype last;
        qsizetype offset; // into m_flags once decided
    };

    void decide(Zone& z) const
    {
        const qsizetype n = m_view.size();
        const qsizetype z0 = std::max<qsizetype>(0, z.first - 4);
        const qsizetype z1 = std::min(n, z.last + 5);
        const qsizetype to = z.to;
        z.offset = qsizetype(m_flags.size());
        m_flags.resize(m_flags.size() + size_t(to - z.from + 1), 0);
        quint8* flags = m_flags.data() + z.offset;
        m_buffer.resize(size_t(z1 - z0 + 1));
        const QChar* s = m_view.data();
        QTextBoundaryFinder g(QTextBoundaryFinder::Grapheme, s + z0, z1 - z0, m_buffer.data(),
                              qsizetype(m_buffer.size()));
        for (qsizetype b = 0; b >= 0; b = g.toNextBoundary()) {
            if (z0 + b >= z.from && z0 + b <= to)
                flags[z0 + b - z.from] = kGrapheme | Grapheme;
        }
        QTextBoundaryFinder w(QTextBoundaryFinder::Word, s + z0, z1 - z0, m_buffer.data(),
                              qsizetype(m_buffer.size()));
        for (qsizetype b = 0; b >= 0; b = w.toNextBoundary()) {
            if (z0 + b >= z.from && z0 + b <= to)
                raise(flags[z0 + b - z.from], Word);
        }
    }

    QStringView m_view;
    mutable std::vector<Zone> m_zones;
    mutable std::vector<quint8> m_flags;
    mutable std::vector<uchar> m_buffer;
    mutable size_t m_hint = 0;
};

// Running token counts of a region, scanned only as far as asked: cum(p) is the cost (in
// hundredths) of the pre-tokens ending at or before p, as TokenCounter::cumulativeCenti gives.
class Tokens {
public:
    explicit Tokens(QStringView view) : m_view(view), m_n(view.size()) {}

    qint64 cum(qsizetype p)
    {
        while (m_queue.next() < p && m_queue.next() < m_n)
            more();
        const Piece* it = first([&](const Piece& k) { return k.end > p; });
        return it == m_queue.begin() ? m_baseCum : (it - 1)->cum;
    }

    // The last position p with cum(p) <= budget (the region's size when all fit).
    qsizetype lastWithin(qint64 budget)
    {
        while (m_queue.total() <= budget && m_queue.next() < m_n)
            more();
        const Piece* it = first([&](const Piece& k) { return k.cum > budget; });
        return it == m_queue.end() ? m_n : it->end - 1;
    }

    // The first position p >= from with cum(p) >= x (the region's size + 1 when none).
    qsizetype firstReaching(qint64 x, qsizetype from)
    {
        if (cum(from) >= x)
            return from;
        while (m_queue.total() < x && m_queue.next() < m_n)
            more();
        const Piece* it = first([&](const Piece& k) { return k.cum >= x; });
        return it == m_queue.end() ? m_n + 1 : it->end;
    }

    // Nothing before p will be asked for again.
    void forgetBefore(qsizetype p)
    {
        const Piece* it = m_queue.begin();
        while (it != m_queue.end() && it->end <= p) {
            m_baseCum = it->cum;
            ++it;
        }
        m_queue.dropFront(it - m_queue.begin());
    }

private:
    using Piece = TokenCounter::Piece;
    static constexpr qsizetype kStep = 4096;

    void more() { TokenCounter::scan(m_view, m_queue.next() + kStep, &m_queue); }

    // The first piece for which f holds (f is false, then true): queries cluster around the
    // current chunk, at the queue's front, so the search gallops from there.
    template <typename F> const Piece* first(F f) const
    {
        const Piece* lo = m_queue.begin();
        const Piece* end = m_queue.end();
        qsizetype step = 64;
        const Piece* hi = lo;
        while (hi != end && !f(*hi)) {
            lo = hi + 1;
            hi = end - hi > step ? hi + step : end;
            step *= 2;
        }
        return std::partition_point(lo, hi, [&](const Piece& k) { return !f(k); });
    }

    QStringView m_view;
    qsizetype m_n;
    TokenCounter::PieceQueue m_queue;
    qint64 m_baseCum = 0; // cum through the pieces forgotten
};

// An atomic span within a region, [start, end) in the region, in the order extraction gave.
struct Atom {
    qsizetype start = 0;
    qsizetype end = 0;
    int fits = -1; // whether its tokens fit the target; -1 until asked
};

class RegionChunker {
public:
    RegionChunker(QStringView view, std::vector<Atom> atoms, qint64 target, qint64 overlap)
        : m_view(view), m_u(view.utf16()), m_n(view.size()), m_zones(view), m_tokens(view),
          m_sentences(view), m_atoms(std::move(atoms)), m_target(target), m_overlap(overlap)
    {
        m_byStart.resize(m_atoms.size());
        for (size_t i = 0; i < m_atoms.size(); ++i)
            m_byStart[i] = i;
        std::stable_sort(m_byStart.begin(), m_byStart.end(),
                         [&](size_t a, size_t b) { return m_atoms[a].start < m_atoms[b].start; });
        qsizetype reach = -1;
        for (size_t i : m_byStart) {
            reach = std::max(reach, m_atoms[i].end);
            m_reach.push_back(reach);
        }
    }

    // Calls out(start, end, tokens) for each chunk, in order: [start, end) trimmed, in the
    // region, tokens rounded.
    template <typename Out> void run(Out&& out)
    {
        const qsizetype n = m_n;
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
                out(a, b, int((m_tokens.cum(b) - m_tokens.cum(a) + 50) / 100));
            if (e >= n)
                break;
            const qsizetype next = overlapStart(s, e);
            prevEnd = e;
            s = skipSpace(next, n);
            forgetBefore(s);
        }
    }

private:
    // ---- Break flags of single positions, as the whole-text pass set them ----

    // Grapheme and word boundary flags: a zone's, else the ASCII rules'.
    quint8 base(qsizetype p) const
    {
        const int z = m_zones.at(p);
        if (z >= 0)
            return quint8(z);
        if (m_u[p - 1] == u'\r' && m_u[p] == u'\n')
            return 0;
        return kGrapheme | (asciiWordBreak(m_view.data(), m_n, p) ? Word : Grapheme);
    }

    bool grapheme(qsizetype p) const { return p <= 0 || p >= m_n || (base(p) & kGrapheme); }

    // Line and paragraph starts: after the first line break of a run of whitespace, Line; or,
    // where another line break follows in the run, Paragraph at the run's end.
    struct LineStart {
        qsizetype at;
        int level;
        qsizetype runEnd;
    };
    LineStart lineStartFrom(qsizetype firstBreak) const
    {
        qsizetype eol = firstBreak + 1;
        if (m_u[firstBreak] == u'\r' && eol < m_n && m_u[eol] == u'\n')
            ++eol;
        qsizetype j = eol;
        bool blank = false;
        while (j < m_n && m_view[j].isSpace()) {
            blank = blank || isLineBreak(m_u[j]);
            ++j;
        }
        return blank ? LineStart{j, Paragraph, j} : LineStart{eol, Line, j};
    }
    int lineLevel(qsizetype p) const
    {
        if (p <= 0 || !m_view[p - 1].isSpace())
            return None;
        qsizetype r = p - 1;
        while (r > 0 && m_view[r - 1].isSpace())
            --r;
        qsizetype first = r;
        while (first < m_n && m_view[first].isSpace() && !isLineBreak(m_u[first]))
            ++first;
        if (first >= m_n || !isLineBreak(m_u[first]))
            return None;
        const LineStart l = lineStartFrom(first);
        return l.at == p ? l.level : None;
    }
    // Calls f(position, level) for the line and paragraph starts in [a, b], in order.
    template <typename F> void forEachLineStart(qsizetype a, qsizetype b, F&& f) const
    {
        qsizetype i = a;
        while (i > 0 && m_view[i - 1].isSpace())
            --i;
        while (true) {
            const qsizetype first = findLineBreak(m_u, i, b);
            if (first >= b)
                return;
            const LineStart l = lineStartFrom(first);
            if (l.at >= a && l.at <= b)
                f(l.at, l.level);
            i = l.runEnd;
        }
    }

    // Whether a sentence starts at p. Never right after an ASCII letter or digit: the
    // sentence state is then one that does not break.
    bool sentenceAt(qsizetype p)
    {
        if (p <= 0 || p >= m_n)
            return false;
        const char16_t c = m_u[p - 1];
        if (isAsciiLetter(c) || isAsciiDigit(c))
            return false;
        return m_sentences.at(p);
    }

    // Break flags before atomic spans: the base, raised by lines, paragraphs and sentences.
    quint8 raised(qsizetype p)
    {
        if (p <= 0 || p >= m_n)
            return kGrapheme | Paragraph;
        quint8 x = base(p);
        if (!(x & kGrapheme))
            return x;
        raise(x, lineLevel(p));
        if (levelOf(x) < Sentence && sentenceAt(p))
            raise(x, Sentence);
        return x;
    }

    bool atomsTouch(qsizetype a, qsizetype b) const
    {
        if (m_atoms.empty())
            return false;
        const auto it =
            std::upper_bound(m_byStart.begin(), m_byStart.end(), b,
                             [&](qsizetype x, size_t i) { return x < m_atoms[i].start; });
        return it != m_byStart.begin() && m_reach[size_t(it - m_byStart.begin()) - 1] >= a;
    }

    bool fits(Atom& atom)
    {
        if (atom.fits < 0)
            atom.fits = m_tokens.cum(atom.end) - m_tokens.cum(atom.start) <= m_target ? 1 : 0;
        return atom.fits == 1;
    }

    // The full flags of p: raised, then changed by the atomic spans around it in their order.
    // Atomic spans: no break inside one that fits the target; one larger is cut at its lines.
    quint8 flags(qsizetype p)
    {
        quint8 x = raised(p);
        if (m_atoms.empty())
            return x;
        const auto it =
            std::upper_bound(m_byStart.begin(), m_byStart.end(), p,
                             [&](qsizetype v, size_t i) { return v < m_atoms[i].start; });
        m_around.clear();
        for (size_t k = size_t(it - m_byStart.begin()); k > 0 && m_reach[k - 1] >= p; --k) {
            if (m_atoms[m_byStart[k - 1]].end >= p)
                m_around.push_back(m_byStart[k - 1]);
        }
        std::sort(m_around.begin(), m_around.end());
        for (size_t i : m_around) {
            Atom& atom = m_atoms[i];
            if (p > atom.start && p < atom.end) {
                if (fits(atom))
                    x &= kGrapheme;
                else if (m_u[p - 1] == u'\n' && (x & kGrapheme))
                    x = kGrapheme | Line;
                else
                    x = quint8((x & kGrapheme) | kMidLine | std::min<int>(levelOf(x), Word));
            } else {
                raise(x, Paragraph); // p is its start or end
            }
        }
        return x;
    }

    // Whether p breaks at least between words (no atomic span near).
    bool wordOrMore(qsizetype p)
    {
        const quint8 x = base(p);
        if (!(x & kGrapheme))
            return false;
        return levelOf(x) >= Word || lineLevel(p) != None || sentenceAt(p);
    }

    // ---- The chunker's decisions ----

    // Past whitespace, stopping where moving on would split a grapheme cluster.
    qsizetype skipSpace(qsizetype a, qsizetype limit) const
    {
        while (a < limit && m_view[a].isSpace() && grapheme(a + 1))
            ++a;
        return a;
    }
    qsizetype trimEnd(qsizetype a, qsizetype b) const
    {
        while (b > a && m_view[b - 1].isSpace() && grapheme(b - 1))
            --b;
        return b;
    }

    // Where the chunk starting at s ends: beyond prevEnd, within the target, at the strongest
    // break that leaves it at least kMinFill full (else at the last word, else the last
    // grapheme); -1 where no break fits.
    qsizetype endFrom(qsizetype s, qsizetype prevEnd)
    {
        const qint64 cs = m_tokens.cum(s);
        const qsizetype limit = m_tokens.lastWithin(cs + m_target);
        if (limit >= m_n)
            return m_n;
        const qsizetype lo = std::max(s, prevEnd);
        const qint64 minFill = qint64(double(m_target) * kMinFill);
        if (atomsTouch(lo + 1, limit))
            return endNearAtoms(lo, limit, cs, minFill);

        // Full from `full` on: the strongest break there, paragraphs, sentences, lines.
        const qsizetype full = std::max(m_tokens.firstReaching(cs + minFill, s), lo + 1);
        if (full <= limit) {
            qsizetype paragraph = -1, line = -1;
            forEachLineStart(full, limit, [&](qsizetype p, int level) {
                if (grapheme(p))
                    (level == Paragraph ? paragraph : line) = p;
            });
            if (paragraph >= 0)
                return paragraph;
            for (qsizetype hi = limit; hi >= full;) {
                const qsizetype from = std::max(full, hi - 255);
                m_found.clear();
                m_sentences.collect(from, hi, &m_found);
                for (auto it = m_found.rbegin(); it != m_found.rend(); ++it) {
                    if (grapheme(*it))
                        return *it;
                }
                hi = from - 1;
            }
            if (line >= 0)
                return line;
        }
        // Else the last word boundary, even short of full, else the last grapheme boundary.
        qsizetype graphemeEnd = -1;
        for (qsizetype p = limit; p > lo; --p) {
            const quint8 x = base(p);
            if (!(x & kGrapheme))
                continue;
            if (wordOrMore(p))
                return p;
            if (graphemeEnd < 0)
                graphemeEnd = p;
        }
        return graphemeEnd;
    }

    // endFrom where atomic spans are near: every position's flags, from the end back.
    qsizetype endNearAtoms(qsizetype lo, qsizetype limit, qint64 cs, qint64 minFill)
    {
        std::array<qsizetype, 6> best{-1, -1, -1, -1, -1, -1};
        for (qsizetype p = limit; p > lo; --p) {
            const int l = levelOf(flags(p));
            if (l == None)
                continue;
            const bool full = m_tokens.cum(p) - cs >= minFill;
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
    qsizetype firstWholeAfter(qsizetype s, qsizetype prevEnd)
    {
        qsizetype p = std::max(s, prevEnd) + 1;
        while (p < m_n && levelOf(flags(p)) == None)
            ++p;
        return std::min(p, m_n);
    }

    // Where the next chunk starts: about m_overlap before e, at a sentence if one is in the
    // overlap's second half, else at a word.
    qsizetype overlapStart(qsizetype s, qsizetype e)
    {
        if (m_overlap <= 0)
            return e;
        const qint64 ce = m_tokens.cum(e);
        // Positions p in [from, e) have (ce - cum(p)) <= m_overlap.
        const qsizetype from = m_tokens.firstReaching(ce - m_overlap, s + 1);
        if (from >= e)
            return e;
        if (atomsTouch(from, e - 1))
            return overlapNearAtoms(from, e, ce);
        qsizetype sentence = -1;
        forEachLineStart(from, e - 1, [&](qsizetype p, int level) {
            if (sentence < 0 && level == Paragraph && grapheme(p))
                sentence = p;
        });
        m_found.clear();
        m_sentences.collect(from, sentence >= 0 ? sentence - 1 : e - 1, &m_found);
        for (qsizetype p : m_found) {
            if (grapheme(p)) {
                sentence = p;
                break;
            }
        }
        // Only in the overlap's second half (nearer the start).
        if (sentence >= 0 && (ce - m_tokens.cum(sentence)) * 2 >= m_overlap)
            return sentence;
        for (qsizetype p = from; p < e; ++p) {
            if (wordOrMore(p))
                return p;
        }
        return e;
    }

    qsizetype overlapNearAtoms(qsizetype from, qsizetype e, qint64 ce)
    {
        qsizetype sentence = -1, word = -1;
        for (qsizetype p = e - 1; p >= from; --p) {
            const quint8 x = flags(p);
            if (x & kMidLine)
                continue; // a large code block's overlap starts at one of its lines
            const int l = levelOf(x);
            if (l >= Word)
                word = p;
            if (l >= Sentence && (ce - m_tokens.cum(p)) * 2 >= m_overlap)
                sentence = p;
        }
        if (sentence >= 0)
            return sentence;
        return word >= 0 ? word : e;
    }

    // The chunker moves on to p: what atomic spans before it need is kept, the rest of the
    // token counts before it let go.
    void forgetBefore(qsizetype p)
    {
        while (m_resolved < m_byStart.size() && m_atoms[m_byStart[m_resolved]].start < p)
            fits(m_atoms[m_byStart[m_resolved++]]);
        m_tokens.forgetBefore(p);
    }

    QStringView m_view;
    const char16_t* m_u;
    qsizetype m_n;
    Zones m_zones;
    Tokens m_tokens;
    Sentences m_sentences;
    std::vector<Atom> m_atoms;
    std::vector<size_t> m_byStart;  // atoms by start
    std::vector<qsizetype> m_reach; // the furthest end of the atoms up to each in m_byStart
    size_t m_resolved = 0;          // atoms in m_byStart whose fit is known
    std::vector<size_t> m_around;
    std::vector<qsizetype> m_found;
    qint64 m_target;
    qint64 m_overlap;
};

} // namespace

ChunkSettings Chunker::normalised(const ChunkSettings& settings)
{
    ChunkSettings s = settings;
    s.targetTokens = std::max(16, s.targetTokens);
    s.overlapTokens = std::clamp(s.overlapTokens, 0, s.targetTokens / 2);
    return s;
}

QList<Chunk> Chunker::chunk(const ExtractedText& ex, const ChunkSettings& settings)
{
    const ChunkSettings cs = normalised(settings);
    const qint64 target = qint64(cs.targetTokens) * 100;
    const qint64 overlap = qint64(cs.overlapTokens) * 100;
    QList<Chunk> chunks;
    if (ex.text.isEmpty())
        return chunks;
    // About one chunk per target's worth of characters (4 per token), less the overlap.
    chunks.reserve(ex.text.size() / std::max(1, (cs.targetTokens - cs.overlapTokens) * 3) + 1);

    for (const Region& r : regionsOf(ex)) {
        const QStringView view = QStringView(ex.text).mid(r.start, r.end - r.start);
        if (std::all_of(view.begin(), view.end(), [](QChar c) { return c.isSpace(); }))
            continue;
        std::vector<Atom> atoms;
        for (const AtomicSpan& a : ex.atomic) {
            if (a.end > r.start && a.start < r.end) {
                const qsizetype s = std::clamp<qsizetype>(a.start - r.start, 0, view.size());
                const qsizetype e = std::clamp<qsizetype>(a.end - r.start, 0, view.size());
                if (e > s)
                    atoms.push_back(Atom{s, e, -1});
            }
        }
        int page = -1;
        bool ocr = false;
        if (r.page >= 0) {
            page = ex.pages[r.page].number;
            ocr = ex.pages[r.page].ocr;
        }
        const QString section = r.section >= 0 ? ex.sections[r.section].title : QString();
        RegionChunker(view, std::move(atoms), target, overlap)
            .run([&](qsizetype a, qsizetype b, int tokens) {
                Chunk c;
                c.index = int(chunks.size());
                c.start = r.start + a;
                c.end = r.start + b;
                c.text = ex.text.mid(c.start, c.end - c.start);
                c.page = page;
                c.ocr = ocr;
                c.section = section;
                c.tokens = tokens;
                chunks.append(std::move(c));
            });
    }
    return chunks;
}

} // namespace limitless::knowledge
