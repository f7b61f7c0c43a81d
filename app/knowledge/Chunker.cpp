#include "knowledge/Chunker.h"

#include "knowledge/SentenceBreaks.h"
#include "knowledge/TextScan.h"
#include "knowledge/TokenCounter.h"

#include <QFuture>
#include <QTextBoundaryFinder>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <atomic>
#include <limits>
#include <memory>
#include <mutex>
#include <vector>

namespace limitless::knowledge {

using namespace textscan;

namespace {

// How the chunker works. A chunk ends where the text breaks most strongly (paragraph >
// sentence > line > word > grapheme) and the chunk is at least kMinFill full; it may not pass
// its target in tokens. A chunker therefore needs the break strengths only in the stretch
// where the chunk may end (between kMinFill and the target) and in the overlap before that
// end; nowhere else. So:
//
// - tokens are counted as a stream of pre-tokens (TokenCounter::scan), once, in segments that
//   begin at line starts; in a long region a pool thread counts them ahead of the chunker
//   (TokenSegments), which otherwise counts as far as the current chunk needs;
// - the break strength of a position is worked out when asked for, from the characters
//   around it: word and grapheme boundaries by UAX #29's rules, which come down to a few
//   comparisons between ASCII characters and are left to QTextBoundaryFinder near any other
//   character ("zones", found once per region by a fast scan for non-ASCII characters);
//   lines and paragraphs from the run of whitespace around the position; sentences
//   (UAX #29 as Qt implements it) from a small window around the stretch in question,
//   replayed from a point where the sentence state is known (SentenceBreaks);
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

// Regions at least this long (characters) have their tokens counted ahead on another thread.
constexpr qsizetype kAheadFrom = 65536;

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

constexpr Wb wordClassOf(char16_t c)
{
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

constexpr std::array<Wb, 128> kWordClass = [] {
    std::array<Wb, 128> t{};
    for (char16_t c = 0; c < 128; ++c)
        t[c] = wordClassOf(c);
    return t;
}();

// (Between ASCII characters and curly quotes only: ‘ ’ are MidNumLet like '.' and '\'', “ ”
// Other.)
inline Wb wordClass(QChar q)
{
    const char16_t c = q.unicode();
    if (c < 0x80) [[likely]]
        return kWordClass[c];
    return c == u'\u2018' || c == u'\u2019' ? Wb::MidNumLet : Wb::Other;
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

// Grapheme and word boundaries near characters outside ASCII (but for the curly quotes), by
// QTextBoundaryFinder. A zone is a cluster of such characters (less than eight others apart;
// the text's first and last two characters count as such) decided with four characters of
// context; elsewhere asciiWordBreak decides. Zones are found once per region by skipping over
// ASCII and curly quotes, and decided when first asked about.
class Zones {
public:
    explicit Zones(QStringView view) : m_view(view)
    {
        const char16_t* u = view.utf16();
        const qsizetype n = view.size();
        for (qsizetype i = 0; i < n;) {
            if (i >= 2 && i + 2 < n && isAsciiOrCurly(u[i])) {
                i = findNonAsciiOrCurly(u, i, n - 2);
                continue;
            }
            qsizetype last = i;
            qsizetype j = i + 1;
            while (j < n && j - last <= 8) {
                if (!isAsciiOrCurly(u[j]) || j + 2 >= n)
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

// Line and paragraph starts: after the first line break of a run of whitespace, Line; or,
// where another line break follows in the run, Paragraph at the run's end.
struct LineStart {
    qsizetype at;
    int level;
    qsizetype runEnd;
};

inline LineStart lineStartFrom(QStringView view, qsizetype firstBreak)
{
    const char16_t* u = view.utf16();
    const qsizetype n = view.size();
    qsizetype eol = firstBreak + 1;
    if (u[firstBreak] == u'\r' && eol < n && u[eol] == u'\n')
        ++eol;
    qsizetype j = eol;
    // Commonest: an indentation of spaces, if any, then a visible ASCII character.
    while (j < n && u[j] == u' ')
        ++j;
    if (j < n && isVisibleAscii(u[j]))
        return LineStart{eol, Line, j};
    bool blank = false;
    while (j < n && view[j].isSpace()) {
        blank = blank || isLineBreak(u[j]);
        ++j;
    }
    return blank ? LineStart{j, Paragraph, j} : LineStart{eol, Line, j};
}

// What the chunker needs to know of a segment of a region that depends on its text alone: its
// pre-token pieces (running cost from 0 at its start) and line and paragraph starts (from its
// line breaks, as offsets from the segment's start: eight bytes each, since they too move
// between cores).
struct LineMark {
    qint32 offset;
    qint32 level;
};
struct SegmentFacts {
    TokenCounter::PieceQueue pieces;
    std::vector<LineMark> lines;
};

// A region's pre-token pieces, counted in segments that begin at line starts (right after a
// line break, at anything but whitespace), where a pre-token always begins: each segment can be
// counted on its own. In a long region a pool thread counts segments ahead of the chunker. The
// chunker never waits for it: when the segment it needs is not ready it counts the next free
// one meanwhile, and when none is left near (the thread is late: a busy machine) it counts the
// segment itself too; the first count to finish is kept.
class TokenSegments {
public:
    using Facts = SegmentFacts;
    static constexpr qsizetype kSegment = 8192; // characters, about
    static constexpr qsizetype kAhead = 16;     // segments counted ahead of the chunker, at most

    TokenSegments(QStringView view, bool ahead) : m_view(view)
    {
        const char16_t* u = view.utf16();
        const qsizetype n = view.size();
        std::vector<qsizetype> starts{0};
        for (qsizetype at = kSegment; at < n;) {
            qsizetype p = findLineBreak(u, at, n) + 1;
            while (p < n && view[p].isSpace())
                p = findLineBreak(u, p, n) + 1;
            if (p >= n)
                break;
            starts.push_back(p);
            at = p + kSegment;
        }
        m_count = qsizetype(starts.size());
        m_segments = std::make_unique<Segment[]>(size_t(m_count));
        for (qsizetype k = 0; k < m_count; ++k) {
            m_segments[size_t(k)].from = starts[size_t(k)];
            m_segments[size_t(k)].to = k + 1 < m_count ? starts[size_t(k + 1)] : n;
        }
        if (ahead && m_count > 2)
            m_worker = QtConcurrent::run([this] { work(); });
    }

    ~TokenSegments()
    {
        m_stop.store(true);
        m_passed.store(std::numeric_limits<qsizetype>::max()); // wakes a waiting thread
        m_passed.notify_all();
        if (m_worker.isValid())
            m_worker.waitForFinished();
        for (qsizetype k = 0; k < m_count; ++k)
            delete m_segments[size_t(k)].facts.load();
        for (Facts* f : m_spare)
            delete f;
    }
    TokenSegments(const TokenSegments&) = delete;
    TokenSegments& operator=(const TokenSegments&) = delete;

    qsizetype count() const { return m_count; }
    qsizetype from(qsizetype k) const { return m_segments[size_t(k)].from; }
    qsizetype to(qsizetype k) const { return m_segments[size_t(k)].to; }

    // Segment k's facts. Asked for in order (by the chunker's thread).
    const Facts& get(qsizetype k)
    {
        Segment& segment = m_segments[size_t(k)];
        for (;;) {
            if (const Facts* f = segment.facts.load(std::memory_order_acquire))
                return *f;
            qsizetype next = m_next.load();
            if (next <= k) { // nobody has taken it
                if (m_next.compare_exchange_strong(next, k + 1))
                    countSegment(k);
            } else if (next < m_count && next <= k + kAhead) {
                // The thread has it: count the next one meanwhile (unless the thread just took it).
                if (m_next.compare_exchange_strong(next, next + 1))
                    countSegment(next);
            } else {
                // The thread is late (descheduled?): count it too, not wait.
                countSegment(k);
            }
        }
    }

    // The chunker is past segment k.
    void passed(qsizetype k)
    {
        recycle(m_segments[size_t(k)].facts.exchange(nullptr));
        m_passed.store(k + 1, std::memory_order_release);
        m_passed.notify_one();
    }

private:
    struct Segment {
        qsizetype from = 0;
        qsizetype to = 0;
        std::atomic<Facts*> facts{nullptr};
    };

    void countSegment(qsizetype k)
    {
        Segment& segment = m_segments[size_t(k)];
        Facts* f = spare();
        f->pieces.restart(segment.from);
        f->lines.clear();
        TokenCounter::scan(m_view, segment.to, &f->pieces);
        // A run of whitespace ends at the next segment's start: segments share none.
        qsizetype next = segment.from; // line breaks before this are in a run already seen
        forEachLineBreak(m_view.utf16(), segment.from, segment.to, [&](qsizetype b) {
            if (b < next)
                return;
            const LineStart l = lineStartFrom(m_view, b);
            f->lines.push_back(LineMark{qint32(l.at - segment.from), l.level});
            next = l.runEnd;
        });
        Facts* none = nullptr;
        if (!segment.facts.compare_exchange_strong(none, f, std::memory_order_acq_rel))
            recycle(f); // counted twice: the other count was kept
    }

    // Facts are reused, segment after segment: their memory stays allocated and warm in the
    // caches (fresh allocations for each segment cost page faults and cross-thread frees).
    Facts* spare()
    {
        {
            std::lock_guard lock(m_spareLock);
            if (!m_spare.empty()) {
                // The one let go of longest ago: its memory has most likely left the cache of
                // the core that read it (writing to lines another core holds costs a round trip).
                Facts* f = m_spare.front();
                m_spare.erase(m_spare.begin());
                return f;
            }
        }
        return new Facts;
    }
    void recycle(Facts* f)
    {
        if (!f)
            return;
        std::lock_guard lock(m_spareLock);
        m_spare.push_back(f);
    }

    void work()
    {
        while (!m_stop.load()) {
            qsizetype next = m_next.load();
            if (next >= m_count)
                return;
            const qsizetype passed = m_passed.load(std::memory_order_acquire);
            if (next >= passed + kAhead) {
                m_passed.wait(passed);
                continue;
            }
            if (m_next.compare_exchange_weak(next, next + 1))
                countSegment(next);
        }
    }

    QStringView m_view;
    qsizetype m_count = 0;
    std::unique_ptr<Segment[]> m_segments;
    std::atomic<qsizetype> m_next{0};   // the first segment nobody has taken
    std::atomic<qsizetype> m_passed{0}; // segments the chunker is past
    std::atomic<bool> m_stop{false};
    std::mutex m_spareLock;
    std::vector<Facts*> m_spare;
    QFuture<void> m_worker;
};

// Running token counts of a region: cum(p) is the cost (in hundredths) of the pre-tokens ending
// at or before p, as TokenCounter::cumulativeCenti gives it.
class Tokens {
public:
    Tokens(QStringView view, bool ahead) : m_segments(view, ahead), m_n(view.size()) {}

    qint64 cum(qsizetype p)
    {
        // A chunk asks about the same few positions more than once (its start and end, the
        // next one's start): the last answers are kept.
        Memo& m = m_memo[size_t(p) % m_memo.size()];
        if (m.p == p)
            return m.cum;
        Live& l = segmentAt(p);
        const qsizetype offset = p - l.pieces->origin();
        const Piece* it = search(l, [&](const Piece& k) { return k.end > offset; });
        m = Memo{p, l.base + (it == l.pieces->begin() ? 0 : (it - 1)->cum)};
        return m.cum;
    }

    // The last position p with cum(p) <= budget (the region's size when all fit).
    qsizetype lastWithin(qint64 budget)
    {
        Live* l = firstLive([&](const Live& x) { return x.base + x.pieces->total() > budget; });
        if (!l)
            return m_n;
        return l->pieces->origin() +
               search(*l, [&](const Piece& k) { return l->base + k.cum > budget; })->end - 1;
    }

    // The end of the first pre-token piece whose running cost reaches x (the region's size + 1
    // when none): for x above cum(p), the first position after p where cum reaches x.
    qsizetype firstReaching(qint64 x)
    {
        Live* l = firstLive([&](const Live& y) { return y.base + y.pieces->total() >= x; });
        if (!l)
            return m_n + 1;
        return l->pieces->origin() +
               search(*l, [&](const Piece& k) { return l->base + k.cum >= x; })->end;
    }

    // Calls f(position, level) for the line and paragraph starts in [a, b], in order.
    template <typename F> void forEachLineStart(qsizetype a, qsizetype b, F&& f)
    {
        segmentAt(b); // loads the segments up to b
        for (size_t i = m_first; i < m_live.size() && m_segments.from(m_live[i].k) <= b; ++i) {
            const qsizetype from = m_segments.from(m_live[i].k);
            if (m_segments.to(m_live[i].k) < a)
                continue;
            const std::vector<LineMark>& lines = m_live[i].facts->lines;
            auto it = std::lower_bound(lines.begin(), lines.end(), a - from,
                                       [](const LineMark& l, qsizetype x) { return l.offset < x; });
            for (; it != lines.end() && from + it->offset <= b; ++it)
                f(from + it->offset, it->level);
        }
    }

    // Nothing before p will be asked for again.
    void forgetBefore(qsizetype p)
    {
        while (m_first < m_live.size() && m_segments.to(m_live[m_first].k) < p) {
            m_segments.passed(m_live[m_first].k);
            ++m_first;
        }
        if (m_first > 64 && m_first * 2 > m_live.size()) {
            m_live.erase(m_live.begin(), m_live.begin() + qsizetype(m_first));
            m_first = 0;
        }
    }

private:
    using Piece = TokenCounter::Piece;
    struct Live {
        qsizetype k;
        const TokenCounter::PieceQueue* pieces;
        const SegmentFacts* facts;
        qint64 base;        // cum at the segment's start
        qsizetype hint = 0; // where the last search ended
    };

    // The first piece of l for which f holds (f is false, then true). A chunk's questions are
    // about a few hundred pieces: the search gallops from where the last one ended.
    template <typename F> const Piece* search(Live& l, F f)
    {
        const Piece* b = l.pieces->begin();
        const qsizetype n = l.pieces->end() - b;
        const qsizetype h = std::min(l.hint, n);
        qsizetype lo = 0, hi = n; // f is false before lo, true from hi on (the end counts)
        if (h == n || f(b[h])) {
            hi = h;
            for (qsizetype step = 1;; step *= 2) {
                if (hi - step < 0)
                    break;
                if (!f(b[hi - step])) {
                    lo = hi - step + 1;
                    break;
                }
                hi -= step;
            }
        } else {
            lo = h + 1;
            for (qsizetype step = 1; lo < n; step *= 2) {
                if (lo + step - 1 >= n)
                    break;
                if (f(b[lo + step - 1])) {
                    hi = lo + step - 1;
                    break;
                }
                lo += step;
            }
        }
        const Piece* it =
            std::partition_point(b + lo, b + hi, [&](const Piece& k) { return !f(k); });
        l.hint = it - b;
        return it;
    }

    bool load()
    {
        const qsizetype k = m_live.empty() ? 0 : m_live.back().k + 1;
        if (k >= m_segments.count())
            return false;
        const qint64 base = m_live.empty() ? 0 : m_live.back().base + m_live.back().pieces->total();
        const SegmentFacts& facts = m_segments.get(k);
        const TokenCounter::PieceQueue& pieces = facts.pieces;
        // Counted on another core, most likely: fetch them while the searches begin.
        for (const char* at = reinterpret_cast<const char*>(pieces.begin());
             at < reinterpret_cast<const char*>(pieces.end()); at += 64)
            __builtin_prefetch(at);
        m_live.push_back(Live{k, &pieces, &facts, base});
        return true;
    }
    // The segment holding p (the last one for the region's end).
    Live& segmentAt(qsizetype p)
    {
        while ((m_live.size() == m_first || m_segments.to(m_live.back().k) <= p) && load()) {
        }
        size_t i = m_live.size() - 1;
        while (i > m_first && m_segments.from(m_live[i].k) > p)
            --i;
        return m_live[i];
    }
    template <typename F> Live* firstLive(F f)
    {
        for (size_t i = m_first;; ++i) {
            if (i == m_live.size() && !load())
                return nullptr;
            if (f(m_live[i]))
                return &m_live[i];
        }
    }

    TokenSegments m_segments;
    qsizetype m_n;
    std::vector<Live> m_live; // segments loaded; those before m_first passed
    size_t m_first = 0;
    struct Memo {
        qsizetype p = -1;
        qint64 cum = 0;
    };
    std::array<Memo, 8> m_memo;
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
        : m_view(view), m_u(view.utf16()), m_n(view.size()),
          m_tokens(view, view.size() >= kAheadFrom &&
                             QThreadPool::globalInstance()->maxThreadCount() > 1),
          m_zones(view), m_sentences(view), m_atoms(std::move(atoms)), m_target(target),
          m_overlap(overlap)
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
            qint64 cs = m_tokens.cum(s);
            qsizetype e = endFrom(s, cs, prevEnd);
            if (e < 0 && s < prevEnd) {
                // The overlap leaves no room before an atomic span: drop the overlap.
                s = skipSpace(prevEnd, n);
                cs = m_tokens.cum(s);
                e = endFrom(s, cs, prevEnd);
            }
            if (e < 0)
                e = firstWholeAfter(s, prevEnd);
            const qsizetype a = skipSpace(s, e);
            const qsizetype b = trimEnd(a, e);
            if (b > a)
                out(a, b, int((m_tokens.cum(b) - m_tokens.cum(a) + 50) / 100));
            if (e >= n)
                break;
            const qsizetype next = overlapStart(s, cs, e);
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

    bool grapheme(qsizetype p) const
    {
        if (p <= 0 || p >= m_n)
            return true;
        const int z = m_zones.at(p);
        if (z >= 0)
            return z & kGrapheme;
        return !(m_u[p - 1] == u'\r' && m_u[p] == u'\n');
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
        const LineStart l = lineStartFrom(m_view, first);
        return l.at == p ? l.level : None;
    }
    template <typename F> void forEachLineStart(qsizetype a, qsizetype b, F&& f)
    {
        m_tokens.forEachLineStart(a, b, f);
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
    qsizetype endFrom(qsizetype s, qint64 cs, qsizetype prevEnd)
    {
        const qsizetype limit = m_tokens.lastWithin(cs + m_target);
        if (limit >= m_n)
            return m_n;
        const qsizetype lo = std::max(s, prevEnd);
        const qint64 minFill = qint64(double(m_target) * kMinFill);
        if (atomsTouch(lo + 1, limit))
            return endNearAtoms(lo, limit, cs, minFill);

        // Full from `full` on: the strongest break there, paragraphs, sentences, lines.
        const qsizetype full = std::max(m_tokens.firstReaching(cs + minFill), lo + 1);
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
    qsizetype overlapStart(qsizetype s, qint64 cs, qsizetype e)
    {
        if (m_overlap <= 0)
            return e;
        const qint64 ce = m_tokens.cum(e);
        // Positions p in [from, e) have (ce - cum(p)) <= m_overlap; not s, nor before.
        const qsizetype from =
            ce - m_overlap <= cs ? s + 1 : m_tokens.firstReaching(ce - m_overlap);
        if (from >= e)
            return e;
        if (atomsTouch(from, e - 1))
            return overlapNearAtoms(from, e, ce);
        qsizetype sentence = -1;
        forEachLineStart(from, e - 1, [&](qsizetype p, int level) {
            if (sentence < 0 && level == Paragraph && grapheme(p))
                sentence = p;
        });
        // Only a sentence in the overlap's second half (nearer the start) will do: none after
        // the last position whose running count leaves half the overlap to e is looked for.
        const qsizetype half = m_tokens.lastWithin(ce - (m_overlap + 1) / 2);
        m_found.clear();
        m_sentences.collect(from, std::min(half, sentence >= 0 ? sentence - 1 : e - 1), &m_found);
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
    Tokens m_tokens; // first: a long region's counting starts on another thread meanwhile
    Zones m_zones;
    SentenceBreaks m_sentences;
    std::vector<Atom> m_atoms;
    std::vector<size_t> m_byStart;  // atoms by start
    std::vector<qsizetype> m_reach; // the furthest end of the atoms up to each in m_byStart
    size_t m_resolved = 0;          // atoms in m_byStart whose fit is known
    std::vector<size_t> m_around;
    std::vector<qsizetype> m_found;
    qint64 m_target;
    qint64 m_overlap;
};

// Each chunk's text, copied out of the document's: in blocks that a pool thread helps with when
// there are many (the chunker's thread takes blocks too, so nothing waits for a busy pool).
void fillTexts(const QString& text, QList<Chunk>* chunks, qsizetype first)
{
    constexpr qsizetype kBlock = 256;
    Chunk* c = chunks->data() + first;
    const qsizetype count = chunks->size() - first;
    const qsizetype blocks = (count + kBlock - 1) / kBlock;
    std::atomic<qsizetype> next{0};
    auto copy = [&] {
        for (qsizetype b; (b = next.fetch_add(1)) < blocks;) {
            const qsizetype end = std::min(count, (b + 1) * kBlock);
            for (qsizetype i = b * kBlock; i < end; ++i)
                c[i].text = text.mid(c[i].start, c[i].end - c[i].start);
        }
    };
    QFuture<void> helper;
    if (blocks > 1 && QThreadPool::globalInstance()->maxThreadCount() > 1)
        helper = QtConcurrent::run(copy);
    copy();
    if (helper.isValid())
        helper.waitForFinished();
}

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
        const qsizetype firstChunk = chunks.size();
        RegionChunker chunker(view, std::move(atoms), target, overlap);
        chunker.run([&](qsizetype a, qsizetype b, int tokens) {
            Chunk c;
            c.index = int(chunks.size());
            c.start = r.start + a;
            c.end = r.start + b;
            c.page = page;
            c.ocr = ocr;
            c.section = section;
            c.tokens = tokens;
            chunks.append(std::move(c));
        });
        fillTexts(ex.text, &chunks, firstChunk);
    }
    return chunks;
}

} // namespace limitless::knowledge
