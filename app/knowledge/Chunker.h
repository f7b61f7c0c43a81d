#pragma once

#include "knowledge/Chunk.h"
#include "knowledge/Extracted.h"

#include <QList>

namespace limitless::knowledge {

// Cuts a document's extracted text into chunks for embedding.
//
// - A chunk belongs to one page and one section: page and section boundaries are never
//   crossed (a heading starts a new chunk, so does a page of a PDF).
// - Within that, a chunk ends where the text breaks most strongly and the chunk is still at
//   least half full: a paragraph, else a sentence, else a line, else a word; a single word
//   longer than the target (a URL, a hash) is cut between characters, never inside a
//   surrogate pair or a grapheme cluster (an emoji ZWJ sequence, a letter with its accents).
// - Atomic spans (code blocks, table rows) stay whole; one larger than the target is cut at
//   its lines.
// - The size is counted in estimated cl100k_base tokens (TokenCounter): no chunk's estimate
//   exceeds targetTokens unless a single grapheme does.
// - The next chunk starts about overlapTokens before the previous one ended, at the start of a
//   sentence where one lies in the overlap's second half, else at a word.
// - [start, end) index the extracted text exactly and are moved inwards past surrounding
//   whitespace; a chunk is never empty or all whitespace.
// - The result depends on the text and the settings only (not on threads: a long region's
//   tokens are counted ahead on a pool thread, when the pool has more than one).
class Chunker {
public:
    static QList<Chunk> chunk(const ExtractedText& text, const ChunkSettings& settings);

    // The settings as the chunker applies them: a target of at least 16 tokens, an overlap
    // of at most half the target.
    static ChunkSettings normalised(const ChunkSettings& settings);
};

} // namespace limitless::knowledge
