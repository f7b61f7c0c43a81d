#include "cli/TextTable.h"

namespace limitless::cli {

namespace {

bool needsEscape(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QString escaped(char32_t c)
{
    switch (c) {
    case '\n':
        return QStringLiteral("\\n");
    case '\t':
        return QStringLiteral("\\t");
    case '\r':
        return QStringLiteral("\\r");
    default:
        break;
    }
    if (c < 0x80)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

QString safe(const QString& text, bool keepNewlines)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (needsEscape(c) && !(keepNewlines && c == '\n'))
            out += escaped(c);
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace

QString terminalSafe(const QString& text)
{
    return safe(text, false);
}

QString terminalSafeLines(const QString& text)
{
    return safe(text, true);
}

namespace {

// East Asian Wide and Fullwidth (Unicode 14, assigned characters; gaps of unassigned code points
// merged), which terminals draw two columns wide.
struct Range {
    char32_t first;
    char32_t last;
};
constexpr Range kWide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x3247},   {0x3250, 0x4DBF},   {0x4E00, 0xA4C6},   {0xA960, 0xA97C},
    {0xAC00, 0xD7A3},   {0xF900, 0xFAD9},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6B},
    {0xFF01, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x1B2FB}, {0x1F004, 0x1F004},
    {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F320},
    {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
    {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E},
    {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E},
    {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4},
    {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
    {0x1F6D5, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7F0},
    {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAF6},
    {0x20000, 0x3FFFD},
};

int charWidth(char32_t c)
{
    if (c == 0xAD) // the soft hyphen is drawn, as terminals do
        return 1;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Other_Control:
        return 0;
    default:
        break;
    }
    if (c >= 0x1160 && c <= 0x11FF) // Hangul vowels and final consonants join the syllable
        return 0;
    for (const Range& r : kWide) {
        if (c < r.first)
            break;
        if (c <= r.last)
            return 2;
    }
    return 1;
}

bool hasRightToLeft(const QString& text)
{
    for (const char32_t c : text.toUcs4()) {
        const QChar::Direction d = QChar::direction(c);
        if (d == QChar::DirR || d == QChar::DirAL)
            return true;
    }
    return false;
}

QString padded(const QString& cell, int width, TextTable::Align align)
{
    const int fill = width - displayWidth(cell);
    if (fill <= 0)
        return cell;
    return align == TextTable::Align::Right ? QString(fill, QLatin1Char(' ')) + cell
                                            : cell + QString(fill, QLatin1Char(' '));
}

} // namespace

int displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += charWidth(c);
    return width;
}

void TextTable::addColumn(const QString& heading, Align align, int width)
{
    m_columns.append({heading, align, qMax(width, displayWidth(heading))});
}

void TextTable::addRow(const QStringList& cells)
{
    QStringList row;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        QString cell = terminalSafe(cells.at(i));
        // U+200E LEFT-TO-RIGHT MARK: zero width, and it ends the right-to-left run here.
        if (i + 1 < m_columns.size() && hasRightToLeft(cell))
            cell += QChar(0x200E);
        row << cell;
    }
    m_rows.append(row);
}

QString TextTable::line(const QStringList& cells) const
{
    QString s(m_indent, QLatin1Char(' '));
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column& col = m_columns.at(i);
        const QString cell = cells.value(i);
        const bool last = i + 1 == m_columns.size();
        if (i > 0)
            s += QLatin1String("  ");
        // No trailing blanks after the last column.
        s += last && col.align == Align::Left ? cell : padded(cell, col.width, col.align);
    }
    return s;
}

void TextTable::print(QTextStream& out)
{
    if (!m_headingPrinted) {
        for (const QStringList& row : std::as_const(m_rows)) {
            for (int i = 0; i < m_columns.size(); ++i)
                m_columns[i].width = qMax(m_columns[i].width, displayWidth(row.value(i)));
        }
        QStringList headings;
        for (const Column& c : std::as_const(m_columns))
            headings << c.heading;
        out << line(headings) << '\n';
        m_headingPrinted = true;
    }
    for (const QStringList& row : std::as_const(m_rows))
        out << line(row) << '\n';
    m_rows.clear();
    out.flush();
}

} // namespace limitless::cli
