#pragma once

#include <QList>
#include <QString>

namespace limitless::knowledge {

// One chunk of a document's extracted text. [start, end) index ExtractedText::text exactly:
// text == extracted.text.mid(start, end - start). page is -1 where the document has no pages;
// section is empty where no heading governs the chunk.
struct Chunk {
    int index = 0;
    QString text;
    qsizetype start = 0;
    qsizetype end = 0;
    int page = -1;
    QString section;
    bool ocr = false;
    int tokens = 0;
};

// Sizes in estimated cl100k_base tokens (TokenCounter). A chunk's estimate never exceeds
// targetTokens; the next chunk starts about overlapTokens before the previous one ended.
//
// The defaults come from a measurement (ChunkMeasureTest, "[.measure]"): 22 documents every
// Debian system has (licences, git release notes, dpkg specs, C sources, a multilingual
// sample), all chunks competing, embedded with the offline embedder; questions are a random
// half of the words of two consecutive sentences (A, 301 questions) or a third of one
// sentence (B, 227), and a hit is a chunk holding at least half of that passage:
//
//   target/overlap   hit@3 A  MRR A   hit@3 B  MRR B
//   128/19            0.990   0.972    0.868   0.809
//   200/30            0.970   0.960    0.841   0.767
//   256/38            0.983   0.958    0.824   0.757
//   400/60            0.960   0.942    0.775   0.729
//   512/76            0.947   0.923    0.797   0.704
//   800/120           0.950   0.902    0.744   0.672
//   256/0             0.967   0.942    0.841   0.762
//
// Retrieval holds up to about 256 tokens and falls beyond (B loses 5–12 points at 400–800);
// below 256 it gains little more while each hit brings the answering model less context and
// a document more rows to embed and store. A 15% overlap gains 1–2 points on passages that
// straddle a chunk boundary (A) and costs nothing measurable on single sentences (B), for
// about 16% more chunks. Hence 256 tokens with 38 (15%) of overlap.
struct ChunkSettings {
    int targetTokens = 256;
    int overlapTokens = 38;
    bool operator==(const ChunkSettings&) const = default;
};

} // namespace limitless::knowledge
