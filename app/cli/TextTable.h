#pragma once

#include <QList>
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

// A plain-text table: headings, then rows, columns separated by two spaces. Cells are made
// terminal-safe here. print() sizes every column to its widest cell; for output streamed page
// by page, printHeading()/printRow() use the widths given to addColumn() and a wider cell
// pushes the rest of its row along rather than running into the next column.
class TextTable {
public:
    enum class Align { Left, Right };

    void addColumn(const QString& heading, Align align = Align::Left, int width = 0);
    void addRow(const QStringList& cells);
    int rowCount() const { return int(m_rows.size()); }

    void print(QTextStream& out);
    void printHeading(QTextStream& out) const;
    void printRow(QTextStream& out, const QStringList& cells) const;

private:
    struct Column {
        QString heading;
        Align align;
        int width;
    };
    QString line(const QStringList& safeCells) const;
    QList<Column> m_columns;
    QList<QStringList> m_rows; // already terminal-safe
};

} // namespace limitless::cli
