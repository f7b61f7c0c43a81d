#include "knowledge/SentenceBreaks.h"

#include "knowledge/TextScan.h"

#include <QTextBoundaryFinder>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>

namespace limitless::knowledge {

using namespace textscan;

namespace {

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
constexpr std::array<bool, 128> kResets = [] {
    std::array<bool, 128> t{};
    for (size_t c = 0; c < 128; ++c) {
        const Class k = kAscii[c];
        t[c] = k == Any || k == Sp || k == Numeric || k == SContinue || k == Close;
    }
    return t;
}();

// (A curly quote is a Close.)
inline bool resets(char16_t c)
{
    return c < 128 ? kResets[c] : isCurlyQuote(c);
}

} // namespace sb

constexpr qsizetype kReach = 2048; // how far to look for a restart

} // namespace

std::vector<qsizetype> SentenceBreaks::whole(QStringView view)
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

inline bool SentenceBreaks::restartAt(qsizetype q) const
{
    return q >= 2 && sb::resets(m_u[q - 1]) && isAsciiLetter(m_u[q - 2]);
}

SentenceBreaks::SentenceBreaks(QStringView text) : m_text(text), m_u(text.utf16()), m_n(text.size())
{}

void SentenceBreaks::collect(qsizetype a, qsizetype b, std::vector<qsizetype>* out)
{
    b = std::min(b, m_n);
    if (a > b)
        return;
    // The chunker asks about overlapping stretches (a chunk's end from its target backwards,
    // then the next chunk's start in the overlap before that end): what is known is kept and
    // only the part not yet worked out is, on either side (the starts in a stretch are exact
    // whatever stretch is asked for, so the parts join).
    if (!m_whole && (a < m_cacheFrom || b > m_cacheTo)) {
        if (m_cacheFrom > m_cacheTo || b < m_cacheFrom - 1 || a > m_cacheTo + 1) {
            m_cacheFrom = a;
            m_cacheTo = b;
            m_cache.clear();
            compute(a, b, &m_cache);
        } else {
            if (a < m_cacheFrom) {
                m_before.clear();
                compute(a, m_cacheFrom - 1, &m_before);
                if (!m_whole) {
                    m_cache.insert(m_cache.begin(), m_before.begin(), m_before.end());
                    m_cacheFrom = a;
                }
            }
            if (b > m_cacheTo && !m_whole) {
                compute(m_cacheTo + 1, b, &m_cache);
                m_cacheTo = b;
            }
        }
    }
    if (m_whole) {
        for (auto it = std::lower_bound(m_all.begin(), m_all.end(), a);
             it != m_all.end() && *it <= b; ++it)
            out->push_back(*it);
        return;
    }
    for (auto it = std::lower_bound(m_cache.begin(), m_cache.end(), a);
         it != m_cache.end() && *it <= b; ++it)
        out->push_back(*it);
}

bool SentenceBreaks::at(qsizetype p)
{
    if (!m_whole && (p < m_cacheFrom || p > m_cacheTo)) {
        m_cacheFrom = std::max<qsizetype>(1, p - 96);
        m_cacheTo = std::min(m_n, p + 96);
        m_cache.clear();
        compute(m_cacheFrom, m_cacheTo, &m_cache);
    }
    const std::vector<qsizetype>& known = m_whole ? m_all : m_cache;
    return std::binary_search(known.begin(), known.end(), p);
}

void SentenceBreaks::compute(qsizetype a, qsizetype b, std::vector<qsizetype>* out)
{
    if (!m_whole) {
        const qsizetype from = restartAtOrBefore(a, 0, true);
        const qsizetype to = from < 0 ? -1 : restartAfter(b);
        if (to >= 0) {
            // ASCII stretches through the table, the rest through QTextBoundaryFinder.
            const size_t before = out->size();
            int state = from == 0 ? sb::BAfter : sb::Initial;
            qsizetype at = from;
            while (at < to) {
                const qsizetype other = findNonAsciiOrCurly(m_u, at, to);
                if (other == to) {
                    byTable(at, to, state, a, b, out);
                    at = to;
                    break;
                }
                const qsizetype q = restartAtOrBefore(other, at, false);
                const qsizetype y = restartAfter(other);
                if (y < 0)
                    break;
                if (q > at)
                    byTable(at, q, state, a, b, out); // its state at q is the initial one
                byFinder(q, y, a, b, out);
                at = y;
                state = sb::Initial;
            }
            if (at >= to) {
                if (b >= m_n)
                    out->push_back(m_n); // the text's end
                return;
            }
            out->resize(before); // no restart near: the whole text after all
        }
        m_all = whole(m_text);
        m_whole = true;
    }
    for (auto it = std::lower_bound(m_all.begin(), m_all.end(), a); it != m_all.end() && *it <= b;
         ++it)
        out->push_back(*it);
}

#if defined(__SSE2__)
// Restarts at q = i + 2 .. i + 9, as bits 2k and 2k + 1 for q = i + 2 + k: u[q - 2] an ASCII
// letter, u[q - 1] a character after which the state starts afresh (sb::resets). Reads
// u[i, i + 9).
inline unsigned restartBits(const char16_t* u, qsizetype i)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + i));
    const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + i + 1));
    const __m128i zero = _mm_setzero_si128();
    auto letter = [&](__m128i x) { // (x | 0x20) - 'a' < 26, unsigned
        const __m128i d = _mm_sub_epi16(_mm_or_si128(x, _mm_set1_epi16(0x20)), _mm_set1_epi16('a'));
        return _mm_cmpeq_epi16(_mm_subs_epu16(d, _mm_set1_epi16(25)), zero);
    };
    auto is = [&](__m128i x, char16_t c) { return _mm_cmpeq_epi16(x, _mm_set1_epi16(short(c))); };
    const __m128i ascii = _mm_cmpeq_epi16(_mm_subs_epu16(w, _mm_set1_epi16(0x7f)), zero);
    const __m128i marks = _mm_or_si128(_mm_or_si128(_mm_or_si128(is(w, u'.'), is(w, u'!')),
                                                    _mm_or_si128(is(w, u'?'), is(w, u'\n'))),
                                       is(w, u'\r'));
    const __m128i curly = _mm_cmpeq_epi16(_mm_and_si128(w, _mm_set1_epi16(short(kCurlyMask))),
                                          _mm_set1_epi16(short(kCurly)));
    const __m128i resets =
        _mm_or_si128(_mm_andnot_si128(_mm_or_si128(letter(w), marks), ascii), curly);
    return unsigned(_mm_movemask_epi8(_mm_and_si128(letter(v), resets)));
}
#endif

// The last restart at or before a and after floor, else floor (a restart, or the text's
// start); -1 when none is within kReach and `near` is asked for.
qsizetype SentenceBreaks::restartAtOrBefore(qsizetype a, qsizetype floor, bool near) const
{
    // Restarts q in [lo, a]; with `near`, none before a - kReach - 1.
    const qsizetype lo =
        std::max(near ? std::max(floor + 1, a - kReach - 1) : floor + 1, qsizetype(2));
    qsizetype q = a;
#if defined(__SSE2__)
    for (; q - 9 >= lo - 2 && q - 9 >= 0; q -= 8) { // q - 9 .. q - 2: the pairs of q - 7 .. q
        const unsigned bits = restartBits(m_u, q - 9);
        if (bits)
            return q - 7 + (31 - std::countl_zero(bits)) / 2;
    }
#endif
    for (; q >= lo; --q) {
        if (restartAt(q))
            return q;
    }
    return near && a - kReach - 1 > floor ? -1 : floor;
}

// The first restart after b, or the text's end; -1 when none is near.
qsizetype SentenceBreaks::restartAfter(qsizetype b) const
{
    const qsizetype last = std::min(m_n - 1, b + kReach + 1); // the last one looked at
    qsizetype y = std::max(b + 1, qsizetype(2));
#if defined(__SSE2__)
    for (; y + 7 <= last; y += 8) { // the pairs of y .. y + 7 read u[y - 2, y + 7)
        const unsigned bits = restartBits(m_u, y - 2);
        if (bits)
            return y + std::countr_zero(bits) / 2;
    }
#endif
    for (; y <= last; ++y) {
        if (restartAt(y))
            return y;
    }
    return b + kReach + 1 < m_n ? -1 : m_n;
}

// The class of the ASCII character or curly quote (a Close) at i, line breaks read as the
// flattening leaves them. Inline: the table's loop asks for one in every few characters.
inline int SentenceBreaks::classAt(qsizetype i) const
{
    const char16_t c = m_u[i];
    if (c >= 0x80) [[unlikely]]
        return sb::Close;
    return isLineBreak(c) ? lineBreakClass(i) : sb::kAscii[c];
}

// The class of the line break at i: whether it is the first of its whitespace run, and
// whether another follows in the run.
int SentenceBreaks::lineBreakClass(qsizetype i) const
{
    const char16_t c = m_u[i];
    // Commonest: a line break after a visible ASCII character, then an indentation of spaces
    // if any and another, read as a space.
    if (i > 0 && isVisibleAscii(m_u[i - 1])) {
        qsizetype j = i + 1;
        while (j < m_n && m_u[j] == u' ')
            ++j;
        if (j < m_n && isVisibleAscii(m_u[j]))
            return sb::Sp;
    }
    qsizetype r = i;
    while (r > 0 && m_text[r - 1].isSpace())
        --r;
    qsizetype first = r;
    while (!isLineBreak(m_u[first]))
        ++first;
    qsizetype j = first + 1;
    if (m_u[first] == u'\r' && j < m_n && m_u[j] == u'\n')
        ++j;
    while (j < m_n && m_text[j].isSpace() && !isLineBreak(m_u[j]))
        ++j;
    if (j < m_n && isLineBreak(m_u[j]))
        return c == u'\r' ? sb::CR : sb::LF; // a blank line: kept
    return sb::Sp;
}

// Qt's getSentenceBreaks over ASCII text [from, to), from `state`; records the starts in [a, b].
int SentenceBreaks::byTable(qsizetype from, qsizetype to, int state, qsizetype a, qsizetype b,
                            std::vector<qsizetype>* out) const
{
    using namespace sb;
    for (qsizetype i = from; i < to; ++i) {
        if (state <= UpperS) {
            // Between words only . ! ? and line breaks matter; of the rest, a letter run right
            // before the next of those decides the state.
            const qsizetype j = findSentenceMark(m_u, i, to);
            if (j < to && m_u[j] == u'.') {
                qsizetype r = j;
                while (r > i && isAsciiLetter(m_u[r - 1]))
                    --r;
                if (r > i)
                    state = Initial;
                for (qsizetype k = r; k < j; ++k)
                    state = kTable[state][kAscii[m_u[k]]];
            } else {
                // Before ! ? and line breaks these three states go alike.
                state = Initial;
            }
            i = j;
            if (i >= to)
                break;
        }
        if ((state == ATermS || state == ACS) && (m_u[i] == u'.' || m_u[i] == u' ')) {
            // Dot leaders (". . . . 42" in a table of contents): after a full stop, spaces and
            // full stops only move between ATermS and ACS, never to a break; the last of the
            // run decides which.
            qsizetype j = skipDotLeaders(m_u, i + 1, to);
            state = m_u[j - 1] == u'.' ? ATermS : ACS;
            i = j - 1;
            continue;
        }
        const int cls = classAt(i);
        const qsizetype pos = i;
        state = kTable[state][cls];
        if (state == Lookup) { // SB8
            state = Break;
            for (qsizetype ahead = i + 1; ahead < m_n; ++ahead) {
                const int t = classAt(ahead);
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
    return state;
}

// QTextBoundaryFinder over [from, to) (both restarts, or the text's ends), flattened.
void SentenceBreaks::byFinder(qsizetype from, qsizetype to, qsizetype a, qsizetype b,
                              std::vector<qsizetype>* out)
{
    const qsizetype len = to - from;
    m_flat.resize(size_t(len));
    std::copy(m_text.data() + from, m_text.data() + to, m_flat.begin());
    flattenLineBreaks(m_flat.data(), len);
    m_buffer.resize(size_t(len + 1));
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, m_flat.data(), len, m_buffer.data(),
                               qsizetype(m_buffer.size()));
    for (qsizetype p = finder.toNextBoundary(); p >= 0; p = finder.toNextBoundary()) {
        const qsizetype pos = from + p;
        if (pos >= to)
            break; // the end of the excerpt (the text's end is added by collect())
        if (pos >= a && pos <= b)
            out->push_back(pos);
    }
}

} // namespace limitless::knowledge
