#pragma once

#include <QList>
#include "core/Handle.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace limitless::cli {

// Text from the database (names, handles, messages) is the owner's data, not terminal input:
// printed raw, a newline breaks a table and an ESC sequence drives the terminal. Every human-
// readable line the CLI prints with stored text goes through these; JSON output does not.

// Control characters (C0, DEL, C1), line/paragraph separators and bidirectional overrides as
// visible escapes: "\n", "\t", "\r", "\x1b", "\u009b", "\u202e".
QString terminalSafe(const QString& text);
// The same, but keeps line breaks: for message bodies and error messages, which are prose.
QString terminalSafeLines(const QString& text);

// How many terminal columns `text` takes, as terminals count them (wcwidth): East Asian wide
// and fullwidth characters and emoji take two, combining marks and format characters none, a
// character outside the Basic Multilingual Plane one or two, never its two UTF-16 units.
int displayWidth(const QString& text);

// A lead's Instagram handle with exactly one "@" (one home for the app and the CLI).
using core::instagramHandle;

// A plain-text table: headings, then rows, columns two spaces apart. Cells are made
// terminal-safe here, and padded by their width on the terminal (displayWidth()), not by
// their length, so CJK names, emoji and accents keep the columns straight. A cell with
// right-to-left text (Hebrew, Arabic) is closed with an invisible left-to-right mark, so that a
// terminal that lays out bidirectional text cannot pull the next column into it.
//
// print() prints the rows added since its last call. The first call sizes every column to its
// widest cell (and at least to the width given to addColumn() and to its heading) and prints
// the headings; a list streamed page by page calls it once per page, and a later page keeps
// those widths: a wider cell there pushes the rest of its row along, still two spaces on,
// never into the next column.
class TextTable {
public:
    enum class Align { Left, Right };
    TextTable() = default;
    // Left-aligned columns with these headings.
    explicit TextTable(const QStringList& headings)
    {
        for (const QString& h : headings)
            addColumn(h);
    }

    void addColumn(const QString& heading, Align align = Align::Left, int width = 0);
    void addRow(const QStringList& cells);
    // Spaces before every line (a table under a heading line).
    void setIndent(int spaces) { m_indent = spaces; }
    // Rows added and not printed yet.
    int rowCount() const { return int(m_rows.size()); }

    void print(QTextStream& out);

private:
    struct Column {
        QString heading;
        Align align;
        int width;
    };
    QString line(const QStringList& safeCells) const;
    QList<Column> m_columns;
    QList<QStringList> m_rows; // already terminal-safe
    int m_indent = 0;
    bool m_headingPrinted = false;
};

} // namespace limitless::cli
