#pragma once

#include <QStringView>

#include <vector>

namespace limitless::knowledge {

// Where sentences start in a text (the chunker's view of a region), exactly as
// QTextBoundaryFinder finds them (UAX #29 as Qt 6.4 implements it) with single line breaks
// read as spaces, since extracted PDF text breaks its lines in mid-sentence; blank lines still
// end a sentence. whole() analyses the whole text; collect() only a little around the stretch
// asked for, so that a chunker can ask about the few places where a chunk may end.
//
// collect() replays Qt's sentence state machine from a place where its state is known: right
// after an ASCII letter and a space, digit or sign other than . ! ? (a "restart": the state is
// then the initial one whatever came before, and no look-ahead reaches back past the letter),
// or the text's start; and it stops at the first restart after the stretch, before which
// every decision about the stretch has been made. ASCII text runs through the state table
// (so do the curly quotes ‘ ’ “ ”, of the class Close like ASCII quotes and brackets),
// skipping from one . ! ? or line break to the next; a cluster of other characters goes to
// QTextBoundaryFinder between the restarts around it. Without a restart near (long runs of
// Chinese, say) the whole text is analysed once.
class SentenceBreaks {
public:
    explicit SentenceBreaks(QStringView text);

    // Appends the sentence starts in [a, b] (0 < a) to *out, ascending. The text's end counts
    // as one.
    void collect(qsizetype a, qsizetype b, std::vector<qsizetype>* out);
    // Whether a sentence starts at p (0 < p < size).
    bool at(qsizetype p);

    // All sentence starts after the text's start, by QTextBoundaryFinder over the whole text.
    static std::vector<qsizetype> whole(QStringView text);

private:
    void compute(qsizetype a, qsizetype b, std::vector<qsizetype>* out);
    bool restartAt(qsizetype q) const;
    qsizetype restartAtOrBefore(qsizetype a, qsizetype floor, bool near) const;
    qsizetype restartAfter(qsizetype b) const;
    int classAt(qsizetype i) const;
    int lineBreakClass(qsizetype i) const;
    int byTable(qsizetype from, qsizetype to, int state, qsizetype a, qsizetype b,
                std::vector<qsizetype>* out) const;
    void byFinder(qsizetype from, qsizetype to, qsizetype a, qsizetype b,
                  std::vector<qsizetype>* out);

    QStringView m_text;
    const char16_t* m_u;
    qsizetype m_n;
    bool m_whole = false;
    std::vector<qsizetype> m_all; // when the whole text was analysed
    std::vector<QChar> m_flat;
    std::vector<unsigned char> m_buffer;
    qsizetype m_cacheFrom = 1, m_cacheTo = 0; // the starts in [from, to] last worked out
    std::vector<qsizetype> m_cache;
    std::vector<qsizetype> m_before; // the part worked out before the cache's
};

} // namespace limitless::knowledge
