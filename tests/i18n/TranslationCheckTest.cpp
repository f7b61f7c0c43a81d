// The translation check: the committed catalogues (translations/*.ts) against the sources, by
// running lupdate into temporary copies. The first test is the check itself; the second shows on
// a small tree that each kind of problem is found and named.
#include "TranslationCheck.h"

#include "core/Translations.h"
#include "db/Additions.h"
#include "knowledge/RetrievalBench.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using limitless::test::TranslationCheck;

namespace {

void write(const QString& path, const QByteArray& text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

QString catalogue(const QString& messages)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                          "<TS version=\"2.1\" language=\"de\">\n<context>\n"
                          "    <name>Demo</name>\n%1</context>\n</TS>\n")
        .arg(messages);
}

QString message(const QString& source, const QString& translation, const QString& type = {})
{
    return QStringLiteral("    <message>\n        <source>%1</source>\n"
                          "        <translation%2>%3</translation>\n    </message>\n")
        .arg(source, type.isEmpty() ? QString() : QStringLiteral(" type=\"%1\"").arg(type),
             translation);
}

} // namespace

TEST_CASE("Every tr() string is translated in German and Spanish, nothing obsolete",
          "[translations]")
{
    const QDir root(QStringLiteral(LIMITLESS_SOURCE_DIR));
    const QStringList sources = TranslationCheck::sources({root.filePath(QStringLiteral("app")),
                                                           root.filePath(QStringLiteral("models")),
                                                           root.filePath(QStringLiteral("ui"))});
    REQUIRE(sources.size() > 100);
    const auto report =
        TranslationCheck::run(QStringLiteral(LIMITLESS_LUPDATE), sources,
                              {root.filePath(QStringLiteral("translations/limitless_de.ts")),
                               root.filePath(QStringLiteral("translations/limitless_es.ts"))});
    INFO(report.describe().toStdString());
    CHECK(report.ok());

    // English: only the %n strings, each with its singular and plural (lupdate -pluralonly).
    const auto english =
        TranslationCheck::run(QStringLiteral(LIMITLESS_LUPDATE), sources,
                              {root.filePath(QStringLiteral("translations/limitless_en.ts"))},
                              {QStringLiteral("-pluralonly")});
    INFO(english.describe().toStdString());
    CHECK(english.ok());
}

TEST_CASE("The translation check names new, vanished, unfinished and obsolete entries",
          "[translations]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("Demo.cpp"));
    const QString ts = dir.filePath(QStringLiteral("demo_de.ts"));
    write(source, "#include <QCoreApplication>\n"
                  "QString a() { return QCoreApplication::translate(\"Demo\", \"Kept\"); }\n"
                  "QString b() { return QCoreApplication::translate(\"Demo\", \"Pending\"); }\n"
                  "QString c() { return QCoreApplication::translate(\"Demo\", \"Added later\"); "
                  "}\n");
    write(ts, catalogue(
                  message(QStringLiteral("Kept"), QStringLiteral("Behalten")) +
                  message(QStringLiteral("Pending"), {}, QStringLiteral("unfinished")) +
                  message(QStringLiteral("Gone"), QStringLiteral("Weg")) +
                  message(QStringLiteral("Old"), QStringLiteral("Alt"), QStringLiteral("obsolete")))
                  .toUtf8());
    QFile committed(ts);
    REQUIRE(committed.open(QIODevice::ReadOnly));
    const QByteArray before = committed.readAll();
    committed.close();

    const auto report = TranslationCheck::run(QStringLiteral(LIMITLESS_LUPDATE), {source}, {ts});
    INFO(report.describe().toStdString());
    CHECK(report.error.isEmpty());
    CHECK_FALSE(report.ok());
    CHECK(report.notInCatalogue ==
          QStringList{QStringLiteral("demo_de.ts: Demo: \"Added later\"")});
    CHECK(report.vanished == QStringList{QStringLiteral("demo_de.ts: Demo: \"Gone\"")});
    CHECK(report.unfinished == QStringList{QStringLiteral("demo_de.ts: Demo: \"Pending\"")});
    CHECK(report.obsolete == QStringList{QStringLiteral("demo_de.ts: Demo: \"Old\"")});
    // The failure message lists the source strings.
    CHECK(report.describe().contains(QStringLiteral("\"Added later\"")));
    // The committed catalogue is never touched.
    REQUIRE(committed.open(QIODevice::ReadOnly));
    CHECK(committed.readAll() == before);
    committed.close();

    // Complete: every string translated, nothing else.
    write(source, "#include <QCoreApplication>\n"
                  "QString a() { return QCoreApplication::translate(\"Demo\", \"Kept\"); }\n");
    write(ts, catalogue(message(QStringLiteral("Kept"), QStringLiteral("Behalten"))).toUtf8());
    const auto clean = TranslationCheck::run(QStringLiteral(LIMITLESS_LUPDATE), {source}, {ts});
    INFO(clean.describe().toStdString());
    CHECK(clean.ok());

    // lupdate missing: an error, not a pass.
    const auto missing =
        TranslationCheck::run(dir.filePath(QStringLiteral("no-lupdate")), {source}, {ts});
    CHECK_FALSE(missing.ok());
    CHECK(missing.error.contains(QStringLiteral("lupdate")));
}

TEST_CASE("Strings are found at run time whichever way their class declares tr()", "[i18n]")
{
    // As the app starts in German. tr() of a QObject asks with its qualified class name, a class
    // with Q_DECLARE_TR_FUNCTIONS with the name it gives, the commands with their context.
    qputenv("LIMITLESS_LANG", "de_DE");
    limitless::installTranslations(*QCoreApplication::instance());
    CHECK(limitless::knowledge::RetrievalBench::tr("Loading the search index…") ==
          QStringLiteral("Suchindex wird geladen …"));
    CHECK(limitless::db::Additions::tr("funnel roll-ups") ==
          QStringLiteral("Funnel-Zusammenfassungen"));
    CHECK(QCoreApplication::translate("limitless::cli", "Sandbox stopped.") ==
          QStringLiteral("Sandbox gestoppt."));
    // What no catalogue has stays as written.
    CHECK(limitless::knowledge::RetrievalBench::tr("no such source text") ==
          QStringLiteral("no such source text"));
    qunsetenv("LIMITLESS_LANG");
}
