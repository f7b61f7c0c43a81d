#pragma once

#include "conversations/ConversationRow.h"

#include <QByteArray>
#include <QString>

namespace limitless::conversations {

// The Conversations list as CSV (RFC 4180): one row per conversation, CRLF line ends, fields
// with a comma, quote or line break quoted, quotes doubled, formula-like text neutralised
// (csv::field). UTF-8; times ISO 8601 UTC.
namespace ConversationCsv {

QByteArray header();
QByteArray row(const ConversationRow& row);
// One field, quoted where RFC 4180 requires it and neutralised where a spreadsheet would take it
// for a formula (csv::field).
QByteArray field(const QString& value);

} // namespace ConversationCsv
} // namespace limitless::conversations
