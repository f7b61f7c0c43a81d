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

void TextTable::addColumn(const QString& heading, Align align, int width)
{
    m_columns.append({heading, align, qMax(width, int(heading.size()))});
}

void TextTable::addRow(const QStringList& cells)
{
    QStringList row;
    for (const QString& c : cells)
        row << terminalSafe(c);
    m_rows.append(row);
}

QString TextTable::line(const QStringList& cells) const
{
    QString s;
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column& col = m_columns.at(i);
        const QString cell = cells.value(i);
        const bool last = i + 1 == m_columns.size();
        if (i > 0)
            s += QLatin1String("  ");
        if (col.align == Align::Right)
            s += cell.rightJustified(col.width);
        else
            s += last ? cell : cell.leftJustified(col.width);
    }
    return s;
}

void TextTable::print(QTextStream& out)
{
    for (const QStringList& row : std::as_const(m_rows)) {
        for (int i = 0; i < m_columns.size(); ++i)
            m_columns[i].width = qMax(m_columns[i].width, int(row.value(i).size()));
    }
    printHeading(out);
    for (const QStringList& row : std::as_const(m_rows))
        out << line(row) << '\n';
    out.flush();
}

void TextTable::printHeading(QTextStream& out) const
{
    QStringList headings;
    for (const Column& c : m_columns)
        headings << c.heading;
    out << line(headings) << '\n';
}

void TextTable::printRow(QTextStream& out, const QStringList& cells) const
{
    QStringList row;
    for (const QString& c : cells)
        row << terminalSafe(c);
    out << line(row) << '\n';
}

} // namespace limitless::cli
