#pragma once

#include <QByteArray>

#include <array>
#include <cstdint>

namespace limitless::langgraph {

// LangGraph's checkpoint ids: RFC 9562 version-6 UUIDs (time-ordered), made the way
// @langchain/langgraph-checkpoint's uuid6(clockseq) makes them, so that ids written here sort
// among ids written by LangGraph itself: `ORDER BY checkpoint_id DESC` is "newest first".
//
// The 60-bit timestamp counts 100 ns intervals since 1582-10-15; `clockseq` is the step number
// (LangGraph passes -1 for the input checkpoint, which yields "ffff"); `node` is six bytes that
// identify the writer (random in LangGraph, chosen by the caller here so output is reproducible).
class Uuid6 {
public:
    static QByteArray make(qint64 msecsSinceEpoch, int nsecs, int clockseq,
                           const std::array<std::uint8_t, 6>& node);
    // The millisecond timestamp encoded in a version-6 UUID (for tests and diagnostics).
    static qint64 msecsOf(const QByteArray& uuid);
    // The 100 ns intervals within that millisecond (the `nsecs` it was made with).
    static int nsecsOf(const QByteArray& uuid);
};

} // namespace limitless::langgraph
