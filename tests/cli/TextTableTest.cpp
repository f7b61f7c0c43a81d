// cli/TextTable on its own: columns sized by what the terminal draws, never run together.
#include "cli/TextTable.h"

#include <catch2/catch.hpp>

#include <QStringList>

using namespace limitless::cli;
using Align = TextTable::Align;

namespace {

QStringList printed(TextTable& table)
{
    QString text;
    QTextStream out(&text);
    table.print(out);
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The terminal column where `needle` starts in `line`.
int columnOf(const QString& line, const QString& needle)
{
    const qsizetype at = line.indexOf(needle);
    REQUIRE(at >= 0);
    return displayWidth(line.left(at));
}

const QString kCjk = QStringLiteral("日本語の名前");                  // 6 characters, 12 columns
const QString kAccents = QStringLiteral("Jose\u0301 Gonza\u0301lez"); // 15 units, 13 columns
const QString kEmoji = QStringLiteral("fit💪life🔥"); // two wide emoji, 4 UTF-16 units

} // namespace

TEST_CASE("text table: the width of text on a terminal", "[cli][table]")
{
    CHECK(displayWidth(QStringLiteral("K7PX3MQZ")) == 8);
    CHECK(displayWidth(kCjk) == 12);
    CHECK(displayWidth(kAccents) == 13);
    CHECK(displayWidth(kEmoji) == 11);
    CHECK(displayWidth(QStringLiteral("\U0001D538")) == 1); // mathematical A: one column, 2 units
    CHECK(displayWidth(QStringLiteral("a\u200Bb\u200E")) == 2);      // zero-width space, LRM
    CHECK(displayWidth(QStringLiteral("ＡＢ")) == 4);                // fullwidth forms
    CHECK(displayWidth(terminalSafe(QStringLiteral("a\x1b"))) == 5); // "a\x1b" shown escaped
}

TEST_CASE("text table: a long cell never runs into the next column", "[cli][table]")
{
    // An 8-character code under a 4-character heading, a number wider than its heading.
    TextTable table;
    table.addColumn(QStringLiteral("CODE"));
    table.addColumn(QStringLiteral("STATUS"));
    table.addColumn(QStringLiteral("CLICKS"), Align::Right);
    table.addColumn(QStringLiteral("NAME"));
    table.addRow({QStringLiteral("TCLIESC7"), QStringLiteral("active"), QStringLiteral("1234567"),
                  QStringLiteral("Spring")});
    table.addRow({QStringLiteral("K7PX3M"), QStringLiteral("paused"), QStringLiteral("3"),
                  QStringLiteral("Autumn sale")});
    CHECK(printed(table) == QStringList{
                                QStringLiteral("CODE      STATUS   CLICKS  NAME"),
                                QStringLiteral("TCLIESC7  active  1234567  Spring"),
                                QStringLiteral("K7PX3M    paused        3  Autumn sale"),
                            });
}

TEST_CASE("text table: wide, combining and emoji text keeps the columns straight", "[cli][table]")
{
    TextTable table;
    table.addColumn(QStringLiteral("NAME"));
    table.addColumn(QStringLiteral("PLATFORM"));
    table.addColumn(QStringLiteral("CODE"));
    for (const QString& name : {kCjk, kAccents, kEmoji, QStringLiteral("plain")})
        table.addRow({name, QStringLiteral("instagram"), QStringLiteral("ABCDEF")});
    const QStringList lines = printed(table);
    REQUIRE(lines.size() == 5);
    const int platform = columnOf(lines.at(0), QStringLiteral("PLATFORM"));
    const int code = columnOf(lines.at(0), QStringLiteral("CODE"));
    CHECK(platform == 13 + 2); // the widest name takes 13 columns, then the two spaces
    for (const QString& line : lines.mid(1)) {
        INFO(line.toStdString());
        CHECK(columnOf(line, QStringLiteral("instagram")) == platform);
        CHECK(columnOf(line, QStringLiteral("ABCDEF")) == code);
    }
}

TEST_CASE("text table: right-to-left text cannot pull the next column into it", "[cli][table]")
{
    TextTable table;
    table.addColumn(QStringLiteral("NAME"));
    table.addColumn(QStringLiteral("CLICKS"), Align::Right);
    table.addColumn(QStringLiteral("LAST"));
    table.addRow({QStringLiteral("שלום עולם"), QStringLiteral("42"), QStringLiteral("שלום")});
    table.addRow({QStringLiteral("plain"), QStringLiteral("7"), QStringLiteral("x")});
    // A left-to-right mark (no width) ends the Hebrew cell, so that a terminal laying out
    // bidirectional text keeps "42" in its own column; nothing is added to a left-to-right
    // cell, nor to the last column, which nothing follows.
    CHECK(printed(table) == QStringList{
                                QStringLiteral("NAME       CLICKS  LAST"),
                                QStringLiteral("שלום עולם\u200E      42  שלום"),
                                QStringLiteral("plain           7  x"),
                            });
}

TEST_CASE("text table: a streamed list keeps the first page's widths", "[cli][table]")
{
    TextTable table;
    table.addColumn(QStringLiteral("LEAD"));
    table.addColumn(QStringLiteral("STAGE"));
    table.addRow({QStringLiteral("@jane.fit"), QStringLiteral("close")});
    QString text;
    QTextStream out(&text);
    table.print(out);
    CHECK(table.rowCount() == 0);
    // The next page: the same widths, no second heading; a longer cell pushes its row along
    // and still leaves two spaces.
    table.addRow({QStringLiteral("@a.much.longer.handle"), QStringLiteral("pitch")});
    table.addRow({QStringLiteral("@bo"), QStringLiteral("greeting")});
    table.print(out);
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0) == QStringLiteral("LEAD       STAGE"));
    CHECK(lines.at(1) == QStringLiteral("@jane.fit  close"));
    CHECK(lines.at(2) == QStringLiteral("@a.much.longer.handle  pitch"));
    CHECK(lines.at(3) == QStringLiteral("@bo        greeting"));
    // An empty table prints its headings once.
    TextTable empty;
    empty.addColumn(QStringLiteral("ID"));
    CHECK(printed(empty) == QStringList{QStringLiteral("ID")});
}

TEST_CASE("text table: cells are terminal-safe", "[cli][table]")
{
    TextTable table;
    table.addColumn(QStringLiteral("NAME"));
    table.addColumn(QStringLiteral("CODE"));
    table.addRow({QStringLiteral("Evil\n\x1b[31mred"), QStringLiteral("ABC")});
    const QStringList lines = printed(table);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1) == QStringLiteral("Evil\\n\\x1b[31mred  ABC"));
    CHECK(columnOf(lines.at(0), QStringLiteral("CODE")) ==
          columnOf(lines.at(1), QStringLiteral("ABC")));
}

TEST_CASE("text table: a lead's handle has exactly one @", "[cli][table]")
{
    CHECK(instagramHandle(QStringLiteral("jane.fit")) == QStringLiteral("@jane.fit"));
    CHECK(instagramHandle(QStringLiteral("@jane.fit")) == QStringLiteral("@jane.fit"));
    CHECK(instagramHandle(QStringLiteral("@@jane.fit")) == QStringLiteral("@jane.fit"));
    CHECK(instagramHandle(QString()).isEmpty());
    CHECK(instagramHandle(QStringLiteral("@")) == QStringLiteral("@"));
}
