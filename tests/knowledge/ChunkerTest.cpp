#include "ChunkTestText.h"
#include "ReferenceChunker.h"

#include "knowledge/Chunker.h"
#include "knowledge/Extractor.h"
#include "knowledge/SentenceBreaks.h"
#include "knowledge/TokenCounter.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QTextBoundaryFinder>
#include <QThreadPool>

#include <random>

using namespace limitless::knowledge;
using limitless::knowledge::detail::limitTokenVectors;
using limitless::test::syntheticProse;
using limitless::test::systemLicenseText;
using limitless::test::testDataFile;

namespace {

ExtractedText plain(const QString& text, FileKind kind = FileKind::Text)
{
    ExtractedText ex;
    ex.kind = kind;
    ex.text = text;
    return ex;
}

// Every chunk is its exact slice of the text, trimmed, non-empty, in order.
void requireExactSpans(const ExtractedText& ex, const QList<Chunk>& chunks)
{
    qsizetype lastStart = -1;
    for (int i = 0; i < chunks.size(); ++i) {
        const Chunk& c = chunks[i];
        INFO("chunk " << i);
        REQUIRE(c.index == i);
        REQUIRE(c.start >= 0);
        REQUIRE(c.end <= ex.text.size());
        REQUIRE(c.start < c.end);
        REQUIRE(c.text == ex.text.mid(c.start, c.end - c.start));
        // Trimmed, except where a space carries a combining mark (one grapheme, not blank).
        if (c.text.front().isSpace())
            REQUIRE((c.text.size() > 1 && c.text[1].isMark()));
        REQUIRE_FALSE(c.text.back().isSpace());
        REQUIRE(c.start > lastStart);
        lastStart = c.start;
    }
}

// No chunk boundary falls inside a grapheme cluster or a surrogate pair.
void requireWholeGraphemes(const QString& text, const QList<Chunk>& chunks)
{
    QTextBoundaryFinder g(QTextBoundaryFinder::Grapheme, text);
    for (const Chunk& c : chunks) {
        for (qsizetype p : {c.start, c.end}) {
            INFO("boundary " << p << " of chunk " << c.index);
            g.setPosition(p);
            REQUIRE(g.isAtBoundary());
            if (p > 0 && p < text.size())
                REQUIRE_FALSE((text[p - 1].isHighSurrogate() && text[p].isLowSurrogate()));
        }
    }
}

// The same chunks as the whole-text reference chunker gives (ReferenceChunker.cpp).
void requireSameAsReference(const ExtractedText& ex, const ChunkSettings& settings)
{
    INFO("settings " << settings.targetTokens << "/" << settings.overlapTokens << ", text of "
                     << ex.text.size() << " characters");
    const QList<Chunk> ours = Chunker::chunk(ex, settings);
    const QList<Chunk> theirs = limitless::test::reference::chunk(ex, settings);
    REQUIRE(ours.size() == theirs.size());
    for (int i = 0; i < ours.size(); ++i) {
        INFO("chunk " << i);
        REQUIRE(ours[i].start == theirs[i].start);
        REQUIRE(ours[i].end == theirs[i].end);
        REQUIRE(ours[i].index == theirs[i].index);
        REQUIRE(ours[i].text == theirs[i].text);
        REQUIRE(ours[i].tokens == theirs[i].tokens);
        REQUIRE(ours[i].page == theirs[i].page);
        REQUIRE(ours[i].section == theirs[i].section);
        REQUIRE(ours[i].ocr == theirs[i].ocr);
    }
}

// Texts made to reach the corners: prose and code mixed with sentence ends of every kind,
// quotes, contractions, numbers, CRLF and blank lines, long words and sign runs, accents,
// combining marks, CJK, emoji sequences, flags, surrogate pairs, odd spaces and separators.
QString fuzzText(std::mt19937& rng, int pieces)
{
    static const QStringList common = {"the",  "owner", "Campaign", "REPORT", "a",
                                       "x",    "shows", "e.g.",     "U.S.",   "don't",
                                       "it's", "3.14",  "1,000",    "2023"};
    static const QStringList rare = {" ",
                                     "  ",
                                     "\n",
                                     "\n\n",
                                     "\r\n",
                                     "\r\n\r\n",
                                     "\n \n",
                                     "\t",
                                     ". ",
                                     "? ",
                                     "! ",
                                     ", ",
                                     "; ",
                                     ": ",
                                     "\"",
                                     "'",
                                     "(",
                                     ")",
                                     "[",
                                     "]",
                                     "...",
                                     "--",
                                     "-",
                                     "/",
                                     "_",
                                     "#",
                                     "*",
                                     "```",
                                     "|",
                                     "quick.Brown",
                                     "ab.Cd",
                                     "Mr. Smith",
                                     "etc., and",
                                     "end.\" Next",
                                     "(see above.) Then",
                                     "q?!Next",
                                     "x.\n\nY",
                                     "café",
                                     "naïve",
                                     "Übersicht",
                                     "—",
                                     "“",
                                     "”",
                                     "‘",
                                     "’",
                                     "don’t",
                                     "it’s",
                                     "we’ll",
                                     "end.” Next",
                                     "“Quoted,” he",
                                     "‘x’",
                                     "”).",
                                     "’’",
                                     "«",
                                     "»",
                                     "…",
                                     "e\u0301",
                                     "\u00a0",
                                     "\u2028",
                                     "\u2029",
                                     "\u0085",
                                     "\u0301",
                                     "\u200d",
                                     "漢字",
                                     "日本語の文。",
                                     "한국어",
                                     "Привет",
                                     "👩‍👩‍👧‍👦",
                                     "👍🏽",
                                     "🇩🇪🇫🇷",
                                     "𠀋",
                                     "𝒳",
                                     "supercalifragilisticexpialidocious",
                                     "0123456789abcdef0123456789abcdef",
                                     "----------",
                                     "==========",
                                     "    ",
                                     "\f",
                                     "\v",
                                     "https://example.com/some/path?query=1"};
    QString t;
    for (int i = 0; i < pieces; ++i) {
        if (rng() % 100 < 60)
            t += common[int(rng() % common.size())] + u' ';
        else
            t += rare[int(rng() % rare.size())];
    }
    return t;
}

// The estimate's ceiling: the target plus rounding at the chunk's two ends.
int ceilingFor(int target)
{
    return target + 2;
}

} // namespace

TEST_CASE("An empty or blank text makes no chunks", "[knowledge][chunker]")
{
    CHECK(Chunker::chunk(plain({}), {}).isEmpty());
    CHECK(Chunker::chunk(plain(QStringLiteral(" \n\n\t  \n")), {}).isEmpty());
}

TEST_CASE("Chunks index the extracted text exactly and are trimmed", "[knowledge][chunker]")
{
    const ExtractedText ex =
        plain(QStringLiteral("\n\n  ") + syntheticProse(60) + QStringLiteral("   \n\n"));
    const QList<Chunk> chunks = Chunker::chunk(ex, {200, 30});
    REQUIRE(chunks.size() > 5);
    requireExactSpans(ex, chunks);
    // The whole text is covered: nothing but whitespace lies between or around chunks.
    qsizetype covered = 0;
    for (const Chunk& c : chunks) {
        CHECK(ex.text.mid(covered, std::max<qsizetype>(0, c.start - covered)).trimmed().isEmpty());
        covered = std::max(covered, c.end);
    }
    CHECK(ex.text.mid(covered).trimmed().isEmpty());
}

TEST_CASE("No chunk exceeds the target", "[knowledge][chunker]")
{
    const ExtractedText ex = plain(syntheticProse(120));
    for (int target : {16, 50, 128, 400, 1000}) {
        INFO("target " << target);
        const QList<Chunk> chunks = Chunker::chunk(ex, {target, target / 6});
        REQUIRE_FALSE(chunks.isEmpty());
        int total = 0;
        for (const Chunk& c : chunks) {
            CHECK(c.tokens <= ceilingFor(target));
            // Counted in context; a count of the chunk alone differs at its two ends only.
            CHECK(std::abs(c.tokens - TokenCounter::count(c.text)) <= 2);
            total += c.tokens;
        }
        // Chunks are reasonably full: on average at least half the target (the last chunk of
        // the text may be short).
        if (chunks.size() > 3)
            CHECK(total / chunks.size() >= target / 2);
    }
}

TEST_CASE("Chunks end at sentence ends where the sentences fit", "[knowledge][chunker]")
{
    // 600 paragraphs are over 200,000 characters: sentences are then found on a second thread.
    const int paragraphs = GENERATE(80, 600);
    const ExtractedText ex = plain(syntheticProse(paragraphs));
    const QList<Chunk> chunks = Chunker::chunk(ex, {150, 0});
    REQUIRE(chunks.size() > 10);
    int atSentence = 0;
    for (const Chunk& c : chunks)
        atSentence += c.text.endsWith(u'.') ? 1 : 0;
    CHECK(atSentence == chunks.size());
    // Without overlap the chunks tile the text.
    for (int i = 1; i < chunks.size(); ++i)
        CHECK(chunks[i].start >= chunks[i - 1].end);
}

TEST_CASE("Consecutive chunks overlap by about the overlap, from a sentence or word start",
          "[knowledge][chunker]")
{
    const ExtractedText ex = plain(syntheticProse(80));
    const int target = 200, overlap = 40;
    const QList<Chunk> chunks = Chunker::chunk(ex, {target, overlap});
    REQUIRE(chunks.size() > 5);
    int overlapping = 0;
    for (int i = 1; i < chunks.size(); ++i) {
        const Chunk& prev = chunks[i - 1];
        const Chunk& cur = chunks[i];
        REQUIRE(cur.end > prev.end);
        if (cur.start >= prev.end)
            continue;
        ++overlapping;
        const int shared = TokenCounter::count(ex.text.mid(cur.start, prev.end - cur.start));
        CHECK(shared <= overlap + 2);
        CHECK(shared >= 1);
        // Starts at a word: the character before it is a space or the text's start.
        CHECK((cur.start == 0 || ex.text[cur.start - 1].isSpace()));
    }
    CHECK(overlapping >= chunks.size() - 2);
    // Sentence starts are preferred inside the overlap.
    int sentenceStarts = 0;
    for (int i = 1; i < chunks.size(); ++i)
        sentenceStarts += chunks[i].text.front().isUpper() ? 1 : 0;
    CHECK(sentenceStarts * 2 >= chunks.size());
}

TEST_CASE("Chunks never cross a page or a section: they carry page, section and OCR",
          "[knowledge][chunker]")
{
    // Three pages; a level-1 section over pages 1–2 with a level-2 section inside it, and a
    // second level-1 section starting in the middle of page 3.
    ExtractedText ex;
    ex.kind = FileKind::Pdf;
    QStringList pages;
    for (int i = 0; i < 3; ++i)
        pages << syntheticProse(6, std::uint32_t(11 + i));
    qsizetype pos = 0;
    for (int i = 0; i < 3; ++i) {
        ex.pages.append(PageSpan{i + 1, pos, pos + pages[i].size(), i == 1});
        ex.text += pages[i];
        pos += pages[i].size();
        if (i < 2) {
            ex.text += QChar(u'\f');
            ++pos;
        }
    }
    const qsizetype p3 = ex.pages[2].start;
    const qsizetype mid3 =
        ex.text.indexOf(QStringLiteral(". "), p3 + (ex.pages[2].end - p3) / 2) + 2;
    const qsizetype sub = ex.text.indexOf(QStringLiteral(". "), ex.pages[0].end / 2) + 2;
    ex.sections.append(SectionSpan{QStringLiteral("Overview"), 1, 0, mid3});
    ex.sections.append(SectionSpan{QStringLiteral("Refunds"), 2, sub, ex.pages[1].end});
    ex.sections.append(SectionSpan{QStringLiteral("Fees"), 1, mid3, ex.text.size()});

    const QList<Chunk> chunks = Chunker::chunk(ex, {120, 20});
    requireExactSpans(ex, chunks);
    QSet<QString> seen;
    for (const Chunk& c : chunks) {
        INFO("chunk " << c.index << " [" << c.start << ", " << c.end << ")");
        const PageSpan* page = nullptr;
        for (const PageSpan& p : ex.pages) {
            if (c.start >= p.start && c.start < p.end)
                page = &p;
        }
        REQUIRE(page);
        CHECK(c.page == page->number);
        CHECK(c.end <= page->end);
        CHECK(c.ocr == page->ocr);
        for (qsizetype cut : {sub, mid3})
            CHECK_FALSE((c.start < cut && c.end > cut));
        const QString expected = c.start >= mid3                               ? "Fees"
                                 : c.start >= sub && c.start < ex.pages[1].end ? "Refunds"
                                                                               : "Overview";
        CHECK(c.section == expected);
        seen.insert(c.section + QString::number(c.page));
    }
    // Overview on pages 1 and 3, Refunds on 1 and 2, Fees on 3.
    CHECK(seen.contains("Overview1"));
    CHECK(seen.contains("Refunds1"));
    CHECK(seen.contains("Refunds2"));
    CHECK(seen.contains("Overview3"));
    CHECK(seen.contains("Fees3"));
}

TEST_CASE("Text outside any page has page -1 and no section", "[knowledge][chunker]")
{
    const QList<Chunk> chunks = Chunker::chunk(plain(syntheticProse(3)), {});
    REQUIRE_FALSE(chunks.isEmpty());
    CHECK(chunks.front().page == -1);
    CHECK(chunks.front().section.isEmpty());
    CHECK_FALSE(chunks.front().ocr);
}

TEST_CASE("Atomic spans stay whole: one larger than the target is cut at its lines",
          "[knowledge][chunker]")
{
    QString code;
    for (int i = 0; i < 12; ++i)
        code += QStringLiteral("    total += line_%1 * rate; // item %1\n").arg(i);
    QString table;
    for (int i = 0; i < 3; ++i)
        table += QStringLiteral("| March | campaign %1 | 120 visits | 14 refunds |\n").arg(i);
    ExtractedText ex;
    ex.kind = FileKind::Markdown;
    ex.text = syntheticProse(4, 3) + QStringLiteral("```\n");
    const qsizetype codeStart = ex.text.size() - 4;
    ex.text += code + QStringLiteral("```\n\n");
    const qsizetype codeEnd = ex.text.size() - 2; // the closing fence, without its line break
    ex.text += syntheticProse(2, 5);
    QList<std::pair<qsizetype, qsizetype>> rows;
    for (const QString& row : table.split(u'\n', Qt::SkipEmptyParts)) {
        rows.append({ex.text.size(), ex.text.size() + row.size()});
        ex.text += row + u'\n';
    }
    ex.text += u'\n' + syntheticProse(3, 9);
    ex.atomic.append(AtomicSpan{codeStart, codeEnd});
    for (const auto& [a, b] : rows)
        ex.atomic.append(AtomicSpan{a, b});

    const int codeTokens = TokenCounter::count(ex.text.mid(codeStart, codeEnd - codeStart));
    REQUIRE(codeTokens > 100);

    SECTION("fits: one chunk holds the whole code block, and no chunk cuts into it")
    {
        const int target = codeTokens + 20;
        const QList<Chunk> chunks = Chunker::chunk(ex, {target, 30});
        requireExactSpans(ex, chunks);
        bool whole = false;
        for (const Chunk& c : chunks) {
            whole = whole || (c.start <= codeStart && c.end >= codeEnd);
            // The overlap gives way where it would push the block over the target.
            CHECK(c.tokens <= ceilingFor(target));
            for (const AtomicSpan& a : ex.atomic) {
                CHECK_FALSE((c.start > a.start && c.start < a.end));
                CHECK_FALSE((c.end > a.start && c.end < a.end));
            }
        }
        CHECK(whole);
    }
    SECTION("too large: cut at its lines only")
    {
        const QList<Chunk> chunks = Chunker::chunk(ex, {60, 10});
        requireExactSpans(ex, chunks);
        int inside = 0;
        for (const Chunk& c : chunks) {
            if (c.start > codeStart && c.start < codeEnd) {
                ++inside;
                // Trimmed of the line's indentation, the chunk starts a line.
                qsizetype lineStart = c.start;
                while (lineStart > 0 && ex.text[lineStart - 1] == u' ')
                    --lineStart;
                CHECK(ex.text[lineStart - 1] == u'\n');
            }
            if (c.end > codeStart && c.end < codeEnd)
                CHECK(ex.text[c.end] == u'\n');
            for (int r = 1; r < ex.atomic.size(); ++r) { // table rows still whole
                const AtomicSpan& a = ex.atomic[r];
                CHECK_FALSE((c.start > a.start && c.start < a.end));
                CHECK_FALSE((c.end > a.start && c.end < a.end));
            }
        }
        CHECK(inside >= 2);
    }
}

TEST_CASE("Chunking is deterministic", "[knowledge][chunker]")
{
    ExtractedText ex = plain(syntheticProse(50) + testDataFile("multilingual.txt"));
    ex.sections.append(SectionSpan{QStringLiteral("All"), 1, 0, ex.text.size()});
    const QList<Chunk> a = Chunker::chunk(ex, {100, 20});
    const QList<Chunk> b = Chunker::chunk(ex, {100, 20});
    REQUIRE(a.size() == b.size());
    for (int i = 0; i < a.size(); ++i) {
        CHECK(a[i].start == b[i].start);
        CHECK(a[i].end == b[i].end);
        CHECK(a[i].text == b[i].text);
        CHECK(a[i].tokens == b[i].tokens);
    }
}

TEST_CASE("Chunks never split a grapheme cluster or a surrogate pair", "[knowledge][chunker]")
{
    const QString family = QStringLiteral("👩‍👩‍👧‍👦"); // ZWJ sequence
    const QString thumbs = QStringLiteral("👍🏽");                  // with a skin tone
    const QString flag = QStringLiteral("🇩🇪");                          // regional indicators
    const QString accented = QStringLiteral("e\u0301\u0323");           // two combining marks
    const QString cjk = QStringLiteral("𠀋𡈽𡌛漢字"); // CJK Extension B (surrogate pairs)

    SECTION("long runs without spaces, cut between graphemes")
    {
        QString text;
        for (int i = 0; i < 40; ++i)
            text += family + thumbs + flag + accented + cjk;
        const ExtractedText ex = plain(text);
        for (int target : {16, 23, 40}) {
            const QList<Chunk> chunks = Chunker::chunk(ex, {target, 5});
            REQUIRE(chunks.size() > 3);
            requireExactSpans(ex, chunks);
            requireWholeGraphemes(ex.text, chunks);
            for (const Chunk& c : chunks)
                CHECK(c.tokens <= ceilingFor(target));
        }
    }
    SECTION("mixed prose, CJK sentences and emoji")
    {
        const ExtractedText ex = plain(testDataFile("multilingual.txt").repeated(3));
        REQUIRE(ex.text.size() > 1000);
        for (int target : {16, 30, 64}) {
            const QList<Chunk> chunks = Chunker::chunk(ex, {target, target / 4});
            requireExactSpans(ex, chunks);
            requireWholeGraphemes(ex.text, chunks);
        }
    }
    SECTION("a boundary near an isolated surrogate pair or a mark after a space")
    {
        // A combining mark after a space forms one grapheme with the space: trimming must not
        // cut between them.
        QString text = QStringLiteral("word ") + QChar(0x0301) + QStringLiteral(" next ");
        text += QStringLiteral("𝒳").repeated(60);
        const ExtractedText ex = plain(text);
        const QList<Chunk> chunks = Chunker::chunk(ex, {16, 4});
        REQUIRE_FALSE(chunks.isEmpty());
        requireExactSpans(ex, chunks);
        requireWholeGraphemes(ex.text, chunks);
    }
}

TEST_CASE("A real licence text chunks within the target and at sentence ends",
          "[knowledge][chunker]")
{
    const QString gpl = systemLicenseText();
    if (gpl.isEmpty()) {
        WARN("/usr/share/common-licenses/GPL-3 is missing; skipped");
        return;
    }
    const ExtractedText ex = plain(gpl);
    const QList<Chunk> chunks = Chunker::chunk(ex, {});
    REQUIRE(chunks.size() > 10);
    requireExactSpans(ex, chunks);
    int atEnd = 0;
    for (const Chunk& c : chunks) {
        CHECK(c.tokens <= ceilingFor(ChunkSettings{}.targetTokens));
        const QChar last = c.text.back();
        atEnd += (last == u'.' || last == u':' || last == u';' || last == u')') ? 1 : 0;
    }
    CHECK(atEnd * 10 >= chunks.size() * 8);
}

TEST_CASE("The token estimate counts alike streamed, from line starts and whole",
          "[knowledge][chunker]")
{
    std::mt19937 rng(5);
    QStringList texts = {syntheticProse(40), testDataFile("multilingual.txt"), systemLicenseText(),
                         QStringLiteral("don't 'tis ''s x'll  \t\n\r\n..--===== 1234567 ")};
    for (int i = 0; i < 20; ++i)
        texts << fuzzText(rng, 400);
    // Around the edges of the block path: a character outside ASCII at every distance from a
    // block's start, right after letters, digits, blanks, signs and line breaks (a letter, a
    // space, a sign); and runs of 30 to 140 blanks after a line break, before a word, a line
    // break or a sign.
    {
        QString edges;
        const QStringList before = {QStringLiteral("word"),    QStringLiteral("1234"),
                                    QStringLiteral("    "),    QStringLiteral("--"),
                                    QStringLiteral("\n"),      QStringLiteral(" x'"),
                                    QStringLiteral("\n      ")};
        const QStringList outside = {
            QStringLiteral("é"),      QStringLiteral("\u00a0"), QStringLiteral("—"),
            QStringLiteral("\u2028"), QStringLiteral("٣"),      QStringLiteral("\u00a0\n"),
            QStringLiteral("’"),      QStringLiteral("“"),      QStringLiteral("’s "),
            QStringLiteral(".” "),    QStringLiteral("”\n"),    QStringLiteral(" ‘"),
            QStringLiteral("’’’")};
        for (int offset = 0; offset < 130; ++offset)
            for (const QString& b : before)
                for (const QString& o : outside)
                    edges += QStringLiteral("ab c").repeated(offset / 4 + 1).left(offset) + b + o +
                             QStringLiteral("tail ");
        for (int blanks = 30; blanks <= 140; ++blanks)
            for (const QString& after : {QStringLiteral("word"), QStringLiteral("\n"),
                                         QStringLiteral("."), QStringLiteral("\t\n")})
                edges += QStringLiteral("\n") + QString(blanks, u' ') + after +
                         QString(blanks % 13, u'b');
        texts << edges;
    }
    // Every vector width this processor has (AVX-512, AVX2, SSE2) classifies alike.
    const int widest = limitTokenVectors(3);
    for (int level = widest; level >= 0; --level)
        for (const QString& text : std::as_const(texts)) {
            REQUIRE(limitTokenVectors(level) == level);
            INFO("text of " << text.size() << " characters, vector level " << level);
            const QVector<qint32> reference = limitless::test::reference::cumulativeCenti(text);
            CHECK(TokenCounter::cumulativeCenti(text) == reference);
            CHECK(TokenCounter::centi(text) == limitless::test::reference::centi(text));
            // From the start in steps, and from each line start on its own: the same pieces.
            QList<qsizetype> starts{0};
            for (qsizetype p = 1; p < text.size(); ++p) {
                if ((text[p - 1] == u'\n' || text[p - 1] == u'\r') && !text[p].isSpace())
                    starts << p;
            }
            for (qsizetype from : starts) {
                TokenCounter::PieceQueue queue(from);
                for (qsizetype step = 1; queue.next() < text.size(); step = step * 3 + 1)
                    TokenCounter::scan(text, queue.next() + step, &queue);
                REQUIRE(queue.origin() == from);
                qsizetype at = from;
                for (const TokenCounter::Piece& piece : queue) {
                    const qsizetype end = queue.origin() + piece.end;
                    REQUIRE(end > at);
                    for (qsizetype x = at; x < end; ++x)
                        REQUIRE(reference[x] == reference[at]);
                    REQUIRE(piece.cum == reference[end] - reference[from]);
                    at = end;
                }
                REQUIRE(at == text.size());
            }
        }
    limitTokenVectors(3);
}

TEST_CASE("Chunks are those of the whole-text reference chunker", "[knowledge][chunker]")
{
    const std::vector<ChunkSettings> settings = {{256, 38}, {128, 19},   {400, 60}, {16, 4},
                                                 {50, 0},   {1000, 150}, {64, 32}};
    SECTION("real texts")
    {
        QStringList texts = {testDataFile("multilingual.txt")};
        const QDir licences(QStringLiteral("/usr/share/common-licenses"));
        for (const QString& name : licences.entryList(QDir::Files, QDir::Name))
            texts << systemLicenseText(name);
        for (const QString& text : std::as_const(texts)) {
            if (text.isEmpty())
                continue;
            for (const ChunkSettings& s : settings)
                requireSameAsReference(plain(text), s);
            QString crlf = text;
            requireSameAsReference(plain(crlf.replace(u'\n', QStringLiteral("\r\n"))), {});
        }
    }
    SECTION("long texts, counted on two threads, and on one")
    {
        // Over 65,536 characters: tokens are counted ahead on a pool thread.
        const ExtractedText ex = plain(syntheticProse(300) + testDataFile("multilingual.txt") +
                                       systemLicenseText() + syntheticProse(300, 9));
        REQUIRE(ex.text.size() > 200000);
        requireSameAsReference(ex, {});
        requireSameAsReference(ex, {100, 20});
        QThreadPool* pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        requireSameAsReference(ex, {});
        pool->setMaxThreadCount(threads);
    }
    SECTION("real and long texts with each vector width")
    {
        const ExtractedText ex = plain(syntheticProse(300) + testDataFile("multilingual.txt") +
                                       systemLicenseText() + syntheticProse(300, 9));
        for (int level = limitTokenVectors(3); level >= 0; --level) {
            INFO("vector level " << level);
            REQUIRE(limitTokenVectors(level) == level);
            requireSameAsReference(ex, {});
            requireSameAsReference(plain(testDataFile("multilingual.txt")), {64, 32});
        }
        limitTokenVectors(3);
    }
    SECTION("fuzzed documents with pages, sections and atomic spans")
    {
        std::mt19937 rng(11);
        for (int round = 0; round < 150; ++round) {
            ExtractedText ex;
            ex.kind = FileKind::Markdown;
            ex.text = fuzzText(rng, 50 + int(rng() % 2500));
            const qsizetype n = ex.text.size();
            if (rng() % 3 == 0) {
                int number = 1;
                for (qsizetype pos = 0; pos < n;) {
                    const qsizetype len = 1 + qsizetype(rng() % 4000);
                    ex.pages.append(
                        PageSpan{number++, pos, std::min(n, pos + len), rng() % 5 == 0});
                    pos += len;
                }
            }
            for (int k = 0, m = rng() % 2 ? int(rng() % 6) : 0; k < m; ++k) {
                const qsizetype a = qsizetype(rng() % n);
                ex.sections.append(SectionSpan{QStringLiteral("S%1").arg(k), 1 + int(rng() % 3), a,
                                               std::min(n, a + qsizetype(rng() % 8000))});
            }
            for (int k = 0, m = rng() % 2 ? int(rng() % 30) : 0; k < m; ++k) {
                const qsizetype a = qsizetype(rng() % n);
                const qsizetype len = 1 + qsizetype(rng() % (rng() % 2 ? 300 : 4000));
                ex.atomic.append(AtomicSpan{a, std::min(n, a + len)});
            }
            requireSameAsReference(ex, settings[size_t(rng() % settings.size())]);
        }
    }
    SECTION("dense punctuation: the sentence rules' corners")
    {
        const QString alphabet = QStringLiteral("aaabbbxyzAABXYZ...!!??,,-:;\"'()[]{}    "
                                                "\t\n\n\r1234#$%&*+/<=>@^_`|~éÉ漢。！\u00a0\u2029"
                                                "\u0301‘’’“”");
        std::mt19937 rng(17);
        for (int round = 0; round < 150; ++round) {
            ExtractedText ex;
            for (int k = 0, len = 1 + int(rng() % 5000); k < len; ++k)
                ex.text += alphabet[int(rng() % alphabet.size())];
            for (int k = 0, m = rng() % 2 ? int(rng() % 10) : 0; k < m; ++k) {
                const qsizetype a = qsizetype(rng() % ex.text.size());
                ex.atomic.append(
                    AtomicSpan{a, std::min(ex.text.size(), a + 1 + qsizetype(rng() % 500))});
            }
            requireSameAsReference(ex, settings[size_t(rng() % settings.size())]);
        }
    }
    SECTION("long stretches without ASCII letters")
    {
        const QStringList pieces = {"漢字",       "日本語の文。", "한국어 문장입니다. ",
                                    "中文句子！", "「引用」",     "。",
                                    "\n",         "\n\n",         "１２３",
                                    "、"};
        std::mt19937 rng(23);
        for (int round = 0; round < 20; ++round) {
            ExtractedText ex;
            const int len = 1000 + int(rng() % 8000);
            while (ex.text.size() < len)
                ex.text += pieces[int(rng() % pieces.size())];
            if (rng() % 2)
                ex.text.insert(qsizetype(rng() % ex.text.size()),
                               QStringLiteral("Some English words here. And more."));
            requireSameAsReference(ex, settings[size_t(rng() % settings.size())]);
        }
    }
}

TEST_CASE("Sentence starts found near a stretch are those of the whole text",
          "[knowledge][chunker]")
{
    // Qt's sentence rules on ASCII (a state machine replayed from restarts), other characters,
    // line breaks read as spaces unless a blank line, and texts without restarts.
    const QString alphabet = QStringLiteral(
        "aaabbbxyzAABXYZ...!!??,,-:;\"'()[]{}    \t\n\n\r1234#$%&*+/<=>@^_`|~\x01\x7f");
    const QString wide =
        alphabet + QStringLiteral("éÉ漢。！“”\u00a0\u2029\u0085\u0301👍🏽");
    // ASCII and the curly quotes, which the state table reads as Close.
    const QString curly = alphabet + QStringLiteral("‘’“”’’");
    std::mt19937 rng(29);
    QStringList texts = {testDataFile("multilingual.txt"), systemLicenseText().left(20000),
                         syntheticProse(30)};
    for (int i = 0; i < 300; ++i) {
        const QString& from = i % 3 == 0 ? wide : i % 3 == 1 ? curly : alphabet;
        QString t;
        for (int k = 0, len = 1 + int(rng() % (i % 10 == 0 ? 6000 : 200)); k < len; ++k)
            t += from[int(rng() % from.size())];
        texts << t;
    }
    for (int i = 0; i < 30; ++i)
        texts << fuzzText(rng, 300);
    QString cjk;
    while (cjk.size() < 6000)
        cjk += QStringLiteral("日本語の文。中文句子！한국어 문장입니다. \n\n");
    texts << cjk << cjk + QStringLiteral("Then English. And more!") + cjk;
    // Dot leaders of a table of contents, and full stops and spaces before every kind of
    // character.
    QString leaders;
    for (const QString& after :
         {QStringLiteral("42"), QStringLiteral("Next"), QStringLiteral("next"),
          QStringLiteral("\"x\""), QStringLiteral("\n\nX"), QStringLiteral("?"),
          QStringLiteral(", y"), QStringLiteral("’s"), QStringLiteral("")})
        for (int dots = 1; dots < 12; ++dots)
            leaders += QStringLiteral("7.4.1 General interface") +
                       QStringLiteral(" .").repeated(dots) + QString(dots % 3, u' ') + after +
                       QStringLiteral("\n");
    texts << leaders;
    for (const QString& text : std::as_const(texts)) {
        if (text.isEmpty())
            continue;
        const std::vector<qsizetype> all = SentenceBreaks::whole(text);
        SentenceBreaks breaks(text);
        if (text.size() <= 200) { // each position alone, and from each on
            for (qsizetype a = 1; a <= text.size(); ++a) {
                for (qsizetype b : {a, std::min(text.size(), a + 15)}) {
                    std::vector<qsizetype> expected, found;
                    for (qsizetype p : all) {
                        if (p >= a && p <= b)
                            expected.push_back(p);
                    }
                    SentenceBreaks fresh(text);
                    fresh.collect(a, b, &found);
                    INFO("text " << text.toStdString() << " window [" << a << ", " << b << "]");
                    REQUIRE(found == expected);
                }
            }
        }
        for (int w = 0; w < 12; ++w) {
            const qsizetype a = 1 + qsizetype(rng() % text.size());
            const qsizetype b = std::min(text.size(), a + qsizetype(rng() % 400));
            std::vector<qsizetype> expected, found;
            for (qsizetype p : all) {
                if (p >= a && p <= b)
                    expected.push_back(p);
            }
            breaks.collect(a, b, &found);
            INFO("text " << text.toStdString() << " window [" << a << ", " << b << "]");
            REQUIRE(found == expected);
            const qsizetype p = 1 + qsizetype(rng() % std::max<qsizetype>(1, text.size() - 1));
            if (p < text.size())
                REQUIRE(breaks.at(p) == std::binary_search(all.begin(), all.end(), p));
        }
    }
}

namespace {

// What the chunker made of a document, as stored: each chunk's [start, end), page and section,
// hashed (SHA-256, the first 16 hex digits), and how many there are.
std::pair<qsizetype, QByteArray> fingerprint(const QList<Chunk>& chunks)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Chunk& c : chunks)
        hash.addData(QStringLiteral("%1 %2 %3 %4\n")
                         .arg(c.start)
                         .arg(c.end)
                         .arg(c.page)
                         .arg(c.section)
                         .toUtf8());
    return {chunks.size(), hash.result().toHex().left(16)};
}

QString corpusFile(const char* name)
{
    return QStringLiteral(LIMITLESS_SOURCE_DIR "/tests/knowledge/corpus/") + QLatin1String(name);
}

} // namespace

// The chunks of real documents, pinned: a change that makes the chunker faster must not move a
// single boundary or change a chunk's page or section (the fingerprints were taken before the
// chunker's speed work and are not to be updated to pass).
TEST_CASE("Real documents chunk exactly as they did", "[knowledge][chunker]")
{
    struct Pinned {
        const char* file;
        qsizetype chunks;
        const char* hash;
    };
    const Pinned pinned[] = {
        {"catch2-tutorial-bom.md", 22, "e654a7be31fa73da"},
        {"zstd-readme-crlf.md", 22, "6ebccd68f5635a62"},
        {"openssl-readme.md", 16, "c4eacc08f34d72e3"},
        {"zstd-readme-german-styles.docx", 18, "75076f284117b634"},
        {"nettle-changelog-latin1-crlf.txt", 3, "f20d2b72ed808bce"},
    };
    QString longText;
    for (const Pinned& p : pinned) {
        INFO(p.file);
        ExtractError error;
        const ExtractedText ex = extract(corpusFile(p.file), ExtractOptions{}, &error);
        REQUIRE(!ex.text.isEmpty());
        const auto [count, hash] = fingerprint(Chunker::chunk(ex, {}));
        CHECK(count == p.chunks);
        CHECK(hash.toStdString() == p.hash);
        longText += ex.text + QStringLiteral("\n\n");
    }
    // Over 65,536 characters: counted on two threads (where the pool has two), and on one.
    while (longText.size() < 300000)
        longText += longText;
    const ExtractedText ex = plain(longText);
    const auto [count, hash] = fingerprint(Chunker::chunk(ex, {}));
    CHECK(count == 424);
    CHECK(hash.toStdString() == "757458395b389991");
    QThreadPool* pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    const auto one = fingerprint(Chunker::chunk(ex, {}));
    pool->setMaxThreadCount(threads);
    CHECK(one.first == count);
    CHECK(one.second == hash);
}
