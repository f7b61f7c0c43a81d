// Measurements behind the chunker's choices (hidden: run them by tag, they print figures):
//
//   test_knowledge_chunking "[.measure]"   token estimate vs cl100k_base; size/overlap sweep
//   test_knowledge_chunking "[.bench]"     chunking MB/s vs LangChain.js; offline embedding
//
// The corpus is what every Debian system has: the licence texts in /usr/share/common-licenses
// and, where installed, git's release notes and dpkg's specs in /usr/share/doc, plus C sources
// and tests/knowledge/data/multilingual.txt. The one visible test checks that ChunkBench works.
#include "ChunkTestText.h"

#include "knowledge/ChunkBench.h"
#include "knowledge/Chunker.h"
#include "knowledge/OfflineEmbedder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace limitless::knowledge;

namespace {

struct Doc {
    QString name;
    QString group; // prose, code, multilingual
    QString text;
};

QList<Doc> corpus()
{
    QList<Doc> docs;
    auto add = [&](const QString& path, const QString& group) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            docs.append({QFileInfo(path).fileName(), group, QString::fromUtf8(f.readAll())});
    };
    for (const char* l : {"GPL-3", "Apache-2.0", "MPL-2.0", "GFDL-1.3", "LGPL-2.1", "Artistic"})
        add(QStringLiteral("/usr/share/common-licenses/") + QLatin1String(l),
            QStringLiteral("prose"));
    const QDir notes(QStringLiteral("/usr/share/doc/git/RelNotes"));
    const QStringList releases =
        notes.entryList({QStringLiteral("2.3*.0.txt")}, QDir::Files, QDir::Name);
    for (const QString& r : releases)
        add(notes.absoluteFilePath(r), QStringLiteral("prose"));
    add(QStringLiteral("/usr/share/doc/dpkg/spec/triggers.txt"), QStringLiteral("prose"));
    add(QStringLiteral("/usr/share/doc/git/contrib/subtree/git-subtree.txt"),
        QStringLiteral("prose"));
    add(QStringLiteral("/usr/share/doc/zlib1g-dev/examples/gun.c"), QStringLiteral("code"));
    add(QStringLiteral("/usr/share/doc/zlib1g-dev/examples/zran.c"), QStringLiteral("code"));
    add(QStringLiteral(LIMITLESS_SOURCE_DIR "/tests/knowledge/data/multilingual.txt"),
        QStringLiteral("multilingual"));
    return docs;
}

QString interopDir()
{
    return QStringLiteral(LIMITLESS_SOURCE_DIR "/tests/interop");
}

QString nodeExe()
{
    return QStringLiteral(LIMITLESS_NODE_EXECUTABLE);
}

// Exact cl100k_base counts from js-tiktoken; empty when Node.js or the package is missing.
QList<int> exactCounts(const QStringList& texts)
{
    QTemporaryDir dir;
    QJsonArray a;
    for (const QString& t : texts)
        a.append(t);
    const QString path = dir.filePath(QStringLiteral("texts.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(a).toJson(QJsonDocument::Compact));
    f.close();
    QProcess node;
    node.setWorkingDirectory(interopDir());
    node.start(nodeExe(), {interopDir() + QStringLiteral("/cl100k-count.mjs"), path});
    if (!node.waitForFinished(120000) || node.exitCode() != 0)
        return {};
    QList<int> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(node.readAllStandardOutput()).array())
        out << v.toInt();
    return out;
}

double percentile(QList<double> v, double q)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(std::ceil(q * v.size())) - 1)];
}

struct Retrieval {
    int questions = 0;
    double hitAt3 = 0;
    double mrr = 0;
    int chunks = 0;
};

// Questions: a deterministic sample of windows of `sentences` consecutive sentences (with 12+
// words, or 8+ for one sentence), each reduced to a random 1/`keepOneIn` of its words, kept in
// order; the right answer is any chunk that holds at least half of the window. All chunks of
// all documents compete.
Retrieval retrieval(const QList<Doc>& docs, const ChunkSettings& settings, int sentences,
                    std::uint32_t keepOneIn)
{
    struct Entry {
        int doc;
        qsizetype start, end;
        QVector<float> v;
    };
    QList<Entry> entries;
    for (int d = 0; d < docs.size(); ++d) {
        ExtractedText ex;
        ex.text = docs[d].text;
        for (const Chunk& c : Chunker::chunk(ex, settings))
            entries.append({d, c.start, c.end, {}});
    }
    {
        QStringList texts;
        for (const Entry& e : std::as_const(entries))
            texts << docs[e.doc].text.mid(e.start, e.end - e.start);
        OfflineEmbedder embedder;
        EmbedError error;
        const auto vs = embedder.embed(texts, &error);
        for (int i = 0; i < entries.size(); ++i)
            entries[i].v = vs[i];
    }

    std::uint32_t rng = 12345;
    auto next = [&](std::uint32_t mod) {
        rng = rng * 1664525u + 1013904223u;
        return (rng >> 8) % mod;
    };
    const QRegularExpression sentenceEnd(QStringLiteral("[.!?](?=\\s)"));
    Retrieval r;
    double rrSum = 0;
    int hits = 0;
    for (int d = 0; d < docs.size(); ++d) {
        if (docs[d].group != QStringLiteral("prose"))
            continue;
        const QString& text = docs[d].text;
        QList<qsizetype> ends{0};
        for (auto it = sentenceEnd.globalMatch(text); it.hasNext();)
            ends << it.next().capturedEnd();
        for (int s = 0; s + sentences < ends.size(); s += 9) {
            const qsizetype a = ends[s], b = ends[s + sentences];
            const QStringList words = text.mid(a, b - a).simplified().split(u' ');
            if (words.size() < (sentences > 1 ? 12 : 8) || words.size() > 120)
                continue;
            QStringList kept;
            for (const QString& w : words) {
                if (next(keepOneIn) == 0)
                    kept << w;
            }
            const QVector<float> q = OfflineEmbedder::embedOne(kept.join(u' '));
            QList<std::pair<float, int>> ranked;
            for (int i = 0; i < entries.size(); ++i) {
                float dot = 0;
                for (int k = 0; k < q.size(); ++k)
                    dot += q[k] * entries[i].v[k];
                ranked.append({-dot, i});
            }
            std::partial_sort(ranked.begin(),
                              ranked.begin() + std::min<qsizetype>(50, ranked.size()),
                              ranked.end());
            ++r.questions;
            for (int k = 0; k < std::min<qsizetype>(50, ranked.size()); ++k) {
                const Entry& e = entries[ranked[k].second];
                const qsizetype overlap = std::min(e.end, b) - std::max(e.start, a);
                if (e.doc == d && overlap * 2 >= (b - a)) {
                    hits += k < 3 ? 1 : 0;
                    rrSum += 1.0 / (k + 1);
                    break;
                }
            }
        }
    }
    r.chunks = int(entries.size());
    r.hitAt3 = r.questions ? double(hits) / r.questions : 0;
    r.mrr = r.questions ? rrSum / r.questions : 0;
    return r;
}

} // namespace

TEST_CASE("Token estimate against exact cl100k_base counts", "[.measure][knowledge]")
{
    const QList<Doc> docs = corpus();
    REQUIRE_FALSE(docs.isEmpty());
    std::printf(
        "Token estimate vs js-tiktoken cl100k_base, per chunk (error = estimate/exact - 1)\n");
    std::printf("%-14s %6s %7s %9s %9s %9s %9s\n", "group", "target", "chunks", "bias", "mean|e|",
                "p95|e|", "max|e|");
    for (int target : {100, 400}) {
        for (const QString& group :
             {QStringLiteral("prose"), QStringLiteral("code"), QStringLiteral("multilingual")}) {
            QStringList texts;
            QList<int> ours;
            for (const Doc& d : docs) {
                if (d.group != group)
                    continue;
                ExtractedText ex;
                ex.text = d.text;
                for (const Chunk& c : Chunker::chunk(ex, {target, 0})) {
                    texts << c.text;
                    ours << c.tokens;
                }
            }
            if (texts.isEmpty())
                continue;
            const QList<int> exact = exactCounts(texts);
            if (exact.size() != texts.size()) {
                WARN("Node.js or js-tiktoken missing (npm ci in tests/interop); not measured");
                return;
            }
            QList<double> abs;
            double bias = 0, sumOurs = 0, sumExact = 0;
            for (int i = 0; i < texts.size(); ++i) {
                const double e = double(ours[i]) / std::max(1, exact[i]) - 1.0;
                abs << std::abs(e);
                sumOurs += ours[i];
                sumExact += exact[i];
            }
            bias = sumOurs / sumExact - 1.0;
            double mean = 0;
            for (double x : abs)
                mean += x;
            mean /= abs.size();
            std::printf("%-14s %6d %7lld %+8.1f%% %8.1f%% %8.1f%% %8.1f%%\n", qPrintable(group),
                        target, qlonglong(texts.size()), bias * 100, mean * 100,
                        percentile(abs, 0.95) * 100, percentile(abs, 1.0) * 100);
        }
    }
}

TEST_CASE("Chunk size and overlap against retrieval with the offline embedder",
          "[.measure][knowledge]")
{
    const QList<Doc> docs = corpus();
    REQUIRE_FALSE(docs.isEmpty());
    std::printf("Retrieval over %lld documents (all chunks compete), offline embedder\n",
                qlonglong(docs.size()));
    std::printf("questions: A = half the words of two sentences, B = a third of one sentence\n");
    std::printf("%7s %8s %7s %10s %8s %8s %10s %8s %8s\n", "target", "overlap", "chunks",
                "questions", "A hit@3", "A MRR", "questions", "B hit@3", "B MRR");
    for (int target : {128, 200, 256, 320, 400, 512, 800}) {
        for (double share : {0.0, 0.15, 0.25}) {
            const ChunkSettings s{target, int(target * share)};
            const Retrieval a = retrieval(docs, s, 2, 2);
            const Retrieval b = retrieval(docs, s, 1, 3);
            std::printf("%7d %8d %7d %10d %8.3f %8.3f %10d %8.3f %8.3f\n", s.targetTokens,
                        s.overlapTokens, a.chunks, a.questions, a.hitAt3, a.mrr, b.questions,
                        b.hitAt3, b.mrr);
            std::fflush(stdout);
        }
    }
}

TEST_CASE("Chunking throughput against LangChain.js: offline embedding of 10,000 chunks",
          "[.bench][knowledge]")
{
    // About 4 MB: the corpus, repeated.
    QString text;
    const QList<Doc> docs = corpus();
    REQUIRE_FALSE(docs.isEmpty());
    while (text.size() < 4'000'000) {
        for (const Doc& d : docs)
            text += d.text + QStringLiteral("\n\n");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corpus.txt"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    f.close();

    ChunkBench::Report report;
    QString error;
    REQUIRE(ChunkBench::run(path, ChunkSettings{}, interopDir(), &report, &error, nodeExe()));
    std::printf("text: %.2f MB UTF-8; settings %d/%d tokens (LangChain.js: %d/%d characters)\n",
                double(report.ours.bytes) / 1e6, ChunkSettings{}.targetTokens,
                ChunkSettings{}.overlapTokens, ChunkSettings{}.targetTokens * 4,
                ChunkSettings{}.overlapTokens * 4);
    std::printf("Chunker:       %8.1f ms  %6d chunks  %7.2f MB/s\n", report.ours.ms,
                report.ours.chunks, report.ours.mbPerSec);
    if (report.langchain.ran)
        std::printf("LangChain.js:  %8.1f ms  %6d chunks  %7.2f MB/s  (ours/theirs %.2f)\n",
                    report.langchain.figures.ms, report.langchain.figures.chunks,
                    report.langchain.figures.mbPerSec, report.ratio);
    else
        std::printf("LangChain.js: not run: %s\n", qPrintable(report.langchain.note));
    std::printf("Offline embedder: %d chunks of %.0f tokens on average in %.0f ms (%.0f chunks/s, "
                "%d threads)\n",
                report.offline.chunks, report.offline.averageTokens, report.offline.ms,
                report.offline.chunksPerSec, report.offline.threads);
    CHECK(report.offline.chunks == 10000);
}

TEST_CASE("ChunkBench measures our chunker, the LangChain.js peer and the offline embedder",
          "[knowledge][bench]")
{
    const QString text = limitless::test::syntheticProse(200);
    const ChunkBench::Throughput t = ChunkBench::measureChunker(text, {200, 30}, 1);
    CHECK(t.chunks > 10);
    CHECK(t.bytes == text.toUtf8().size());
    CHECK(t.mbPerSec > 0);

    const ChunkBench::Embedding e = ChunkBench::measureOfflineEmbedder(text, {200, 30}, 300);
    CHECK(e.chunks == 300);
    CHECK(e.averageTokens > 100);
    CHECK(e.chunksPerSec > 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("prose.txt"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    f.close();
    const ChunkBench::Peer peer =
        ChunkBench::measureLangChain(path, {200, 30}, interopDir(), nodeExe(), 1);
    if (!peer.ran) {
        WARN("LangChain.js peer not run: " << peer.note.toStdString());
        CHECK_FALSE(peer.note.isEmpty());
        return;
    }
    CHECK(peer.figures.chunks > 10);
    CHECK(peer.figures.mbPerSec > 0);
    CHECK(peer.figures.bytes == text.toUtf8().size());
}
