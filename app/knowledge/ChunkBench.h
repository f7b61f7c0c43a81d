#pragma once

#include "knowledge/Chunk.h"

#include <QCoreApplication>
#include <QString>

namespace limitless::knowledge {

// The figures behind `limitless bench documents` for chunking and offline embedding:
//
// - our Chunker's throughput on a text (MB/s of UTF-8 input, chunks made; best of kRuns runs),
// - the same for LangChain.js's RecursiveCharacterTextSplitter (tests/interop/
//   textsplitter-bench.mjs, run with Node.js) at the equivalent sizes in characters (4 per
//   token), and the ratio of the two,
// - the offline embedder on 10,000 chunks of about 400 tokens of the text (cycled to reach the
//   count); its target is under 2 s on two cores.
//
// Our chunker does more per byte than the peer's plain string splits: a token estimate for
// every pre-token, and grapheme, word and sentence boundaries where a chunk may end (for a
// long text, on two cores: tokens are counted ahead on a pool thread). It is meant to be at
// least five times as fast all the same; the ratio says whether it is.
class ChunkBench {
    Q_DECLARE_TR_FUNCTIONS(ChunkBench)

public:
    struct Throughput {
        double ms = 0; // best run
        int chunks = 0;
        double mbPerSec = 0; // UTF-8 bytes of the text per second, in millions
        qint64 bytes = 0;
    };
    struct Peer {
        bool ran = false;
        Throughput figures;
        QString note; // why it did not run (no Node.js, packages not installed…)
    };
    struct Embedding {
        int chunks = 0;
        double averageTokens = 0;
        double ms = 0;
        double chunksPerSec = 0;
        int threads = 0;
    };
    struct Report {
        Throughput ours;
        Peer langchain;
        double ratio = 0; // our MB/s over the peer's (0 when the peer did not run)
        Embedding offline;
    };

    // Both sides: the best of `runs` runs after a warm-up. Twenty, because Node's JIT keeps
    // making the peer faster for its first ten or so runs: the best of three had it at 66–84
    // MB/s where the best of twenty reaches 105–139 MB/s on the same text.
    static constexpr int kRuns = 20;
    static Throughput measureChunker(const QString& text, const ChunkSettings& settings,
                                     int runs = kRuns);
    // `interopDir`: tests/interop with its node_modules (scripts/install-deps runs npm ci
    // there). `nodeExe` empty: LIMITLESS_NODE, else .deps/node beside the sources, else "node".
    static Peer measureLangChain(const QString& textPath, const ChunkSettings& settings,
                                 const QString& interopDir, const QString& nodeExe = {},
                                 int runs = kRuns);
    static Embedding measureOfflineEmbedder(const QString& text, const ChunkSettings& settings,
                                            int count = 10000);

    // All three on the UTF-8 text file at `textPath` (the embedder with 400-token chunks);
    // false with `error` set if it cannot be read.
    static bool run(const QString& textPath, const ChunkSettings& settings,
                    const QString& interopDir, Report* report, QString* error,
                    const QString& nodeExe = {});
};

} // namespace limitless::knowledge
