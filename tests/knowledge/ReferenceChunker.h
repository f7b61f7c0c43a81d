#pragma once

#include "knowledge/Chunk.h"
#include "knowledge/Extracted.h"

#include <QList>
#include <QStringView>
#include <QVector>

namespace limitless::test::reference {

// The whole-text chunker and token estimate the fast ones replaced (see ReferenceChunker.cpp):
// what Chunker::chunk and TokenCounter must still give.
QList<knowledge::Chunk> chunk(const knowledge::ExtractedText& text,
                              const knowledge::ChunkSettings& settings);
qint64 centi(QStringView text);
QVector<qint32> cumulativeCenti(QStringView text);

} // namespace limitless::test::reference
