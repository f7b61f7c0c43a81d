#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace limitless::langgraph {

// Minimal JSON text building for checkpoint payloads. Transcripts are written by the hundred
// thousand, so they are assembled as UTF-8 bytes directly (and in the key order LangGraph.js
// itself produces) instead of going through QJsonDocument, which sorts keys and converts to
// UTF-16 and back.
namespace JsonText {

// Appends `text` (UTF-8) as a quoted JSON string.
void appendString(QByteArray& out, QByteArrayView text);
QByteArray quoted(QByteArrayView text);
// Integers and the numbers LangGraph.js writes: integral values without a fraction (99.0 → 99).
QByteArray number(qint64 value);
QByteArray number(double value);
// "2025-03-01T10:11:12.345Z", as JavaScript's Date.toISOString() prints it.
QByteArray isoTimestamp(qint64 msecsSinceEpoch);

} // namespace JsonText
} // namespace limitless::langgraph
