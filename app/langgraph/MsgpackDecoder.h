#pragma once

#include "langgraph/Transcript.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace limitless::langgraph {

// The msgpack half of TranscriptReader: LangGraph Python's JsonPlusSerializer output read with
// msgpack-c. Maps are read by key, unknown ext codes never fail a whole blob, and sizes are
// bounded by the blob's own length so a damaged header cannot ask for gigabytes.
namespace MsgpackDecoder {

// A `messages` channel value: an array of ext 5 (pydantic v2) or ext 4 (v1) messages, or of
// plain field maps. Unknown ext codes become Role::Unsupported entries.
bool decodeMessages(const QByteArray& blob, QList<TranscriptMessage>* messages, QString* error);
// Any other value (str, int, float, bool, nil, arrays, maps; ext 0–5 by their payload).
bool decodeValue(const QByteArray& blob, QVariant* value, QString* error);
// The element count of a top-level array, read from its header only; -1 if it is not one.
int arrayLength(const QByteArray& blob);

} // namespace MsgpackDecoder
} // namespace limitless::langgraph
