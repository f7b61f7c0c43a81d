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

struct ChunkSettings {
    int targetTokens = 400;
    int overlapTokens = 60;
    bool operator==(const ChunkSettings&) const = default;
};

} // namespace limitless::knowledge
