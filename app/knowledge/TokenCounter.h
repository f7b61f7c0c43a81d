#pragma once

#include <QStringView>
#include <QVector>

#include <memory>

namespace limitless::knowledge {

// A fast estimate of how many tokens OpenAI's cl100k_base encoding (text-embedding-3-*,
// GPT-4) makes of a text, without its 100k-entry vocabulary.
//
// The text is cut exactly as cl100k_base cuts it before byte-pair encoding (its pre-token
// pattern: contractions, an optional leading space or sign glued to a run of letters, numbers
// in groups of up to three digits, punctuation runs, whitespace runs). Each piece then costs
// what pieces of its kind cost on average: a short lower-case English word with its leading
// space is one token, longer, capitalised, all-caps and mixed-case words cost more, digit
// groups are exactly one, Latin words with accents and other alphabets cost by length, and
// CJK costs per character. The averages were fitted on English prose, release notes, C code
// and a multilingual sample (tests/knowledge/data/multilingual.txt) against js-tiktoken's
// exact counts (tests/interop/cl100k-count.mjs). ChunkMeasureTest measures the error per
// chunk: English prose (licences, release notes, specs) at ~400 tokens: +0.5% overall, 2.2%
// mean absolute, 5.2% at the 95th percentile; at ~100 tokens: -0.2%, 3.1%, 7.9%. C code:
// under 2.1% mean. The multilingual sample is under-counted by about 7% (German compounds,
// Cyrillic, CJK vary more than a per-letter average captures).
class TokenCounter {
public:
    // Estimated tokens of `text` (0 for an empty text).
    static int count(QStringView text);

    // Costs in hundredths of a token. Each pre-token's cost is booked at its end:
    // result[i] is the cost of the pre-tokens that end at or before i, so
    // (result[b] - result[a]) / 100 estimates the tokens of text[a, b) when a and b are word
    // boundaries. The vector has text.size() + 1 entries.
    static QVector<qint32> cumulativeCenti(QStringView text);
    // The same into `out`, which holds text.size() + 1 entries.
    static void cumulativeCenti(QStringView text, qint32* out);

    // The cost of the whole text in hundredths of a token.
    static qint64 centi(QStringView text);

    // Counting as one goes (the chunker counts a chunk's tokens up to its target, then the
    // next chunk's). A piece is a pre-token, or one letter or sign of a long word or sign run
    // whose cost is booked per letter: `end` is where it ends, counted from where its queue
    // started (PieceQueue::origin()), and `cum` the running cost through it, in hundredths.
    // Eight bytes, since a queue's pieces often move between cores: a queue covers less than
    // kMaxSpan characters.
    struct Piece {
        qint32 end;
        qint32 cum;
    };
    // The most characters one queue covers (so that ends and costs fit 32 bits: no piece
    // costs more than 256 hundredths a character).
    static constexpr qsizetype kMaxSpan = qsizetype(1) << 22;
    // The pieces scanned so far and not yet dropped, oldest first.
    class PieceQueue {
    public:
        // Scanning starts at `from`, a pre-token boundary (the text's start, or a position
        // right after a line break where no whitespace follows: whitespace pre-tokens end
        // with their last line break).
        explicit PieceQueue(qsizetype from = 0) : m_origin(from), m_next(from) {}

        const Piece* begin() const { return m_data.get() + m_first; }
        const Piece* end() const { return m_data.get() + m_last; }
        bool empty() const { return m_first == m_last; }
        qsizetype origin() const { return m_origin; } // where the queue started
        qsizetype next() const { return m_next; }     // where scanning goes on
        qint64 total() const { return m_total; }      // the running cost through the last piece
        void dropFront(qsizetype count) { m_first += count; }
        // Empties the queue (keeping its memory) for a scan from `from`.
        void restart(qsizetype from)
        {
            m_first = m_last = 0;
            m_origin = m_next = from;
            m_total = 0;
        }

    private:
        friend class TokenCounter;
        Piece* room(qsizetype count); // space for `count` more at the end
        std::unique_ptr<Piece[]> m_data;
        qsizetype m_first = 0, m_last = 0, m_capacity = 0;
        qsizetype m_origin = 0;
        qsizetype m_next = 0;
        qint64 m_total = 0;
    };
    // Appends to `queue` the pieces of the pre-tokens from where it stopped until one ends at
    // or past `until` or the text ends. The pre-tokens are cut exactly as a scan of the whole
    // text cuts them; their running cost starts at 0 where the queue started. `until` is
    // taken as at most kMaxSpan - 64 characters past the queue's origin.
    static void scan(QStringView text, qsizetype until, PieceQueue* queue);
};

namespace detail {
// For tests: the widest vector instructions TokenCounter may use, 0 (SSE2), 1 (AVX2), 2
// (AVX-512) or 3 (AVX-512 with byte permutations, VBMI, for the words' costs); it uses the
// widest the processor has unless told otherwise. (The chunker's line-break scan follows:
// AVX-512 from level 2.) Returns the level in effect (lower where the
// processor lacks some).
int limitTokenVectors(int level);
} // namespace detail

} // namespace limitless::knowledge
