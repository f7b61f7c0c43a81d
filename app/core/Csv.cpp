#include "core/Csv.h"

namespace limitless::csv {

bool looksLikeFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case 0xFF1D: // ＝ full-width forms, which some spreadsheets also take as operators
    case 0xFF0B: // ＋
    case 0xFF0D: // －
    case 0xFF20: // ＠
        return true;
    default:
        return false;
    }
}

QByteArray field(const QString& value)
{
    const bool formula = looksLikeFormula(value);
    QByteArray f = (formula ? QStringLiteral("'") + value : value).toUtf8();
    if (formula || f.contains(',') || f.contains('"') || f.contains('\n') || f.contains('\r'))
        f = '"' + f.replace('"', "\"\"") + '"';
    return f;
}

} // namespace limitless::csv
