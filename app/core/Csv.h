#pragma once

#include <QByteArray>
#include <QString>

namespace limitless::csv {

// One CSV field (RFC 4180: quoted where it holds a comma, quote or line break, quotes doubled;
// UTF-8), safe to open in a spreadsheet. Text that leads and agents write — a lead's handle, a
// pain point — could otherwise run as a formula (`=HYPERLINK(…)`, `+1+2`, `@SUM(…)`): a value
// that begins with = + - @, a tab or a carriage return (or their full-width forms) gets a
// leading apostrophe, as OWASP's CSV injection guidance recommends, and is quoted. Every CSV
// the app writes goes through here; numbers the app formats itself are written directly.
QByteArray field(const QString& value);

// Whether `value` would be read as a formula, and so gets the apostrophe.
bool looksLikeFormula(const QString& value);

} // namespace limitless::csv
