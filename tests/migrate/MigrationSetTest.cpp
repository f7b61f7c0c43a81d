// MigrationSet without a database: journal parsing, statement splitting, checksums and the
// errors for broken folders. Hashes and splits are compared with independent computations
// (sha256sum, and drizzle-orm's own readMigrationFiles when the interop packages are present).
#include "MigrationFolder.h"
#include "TestDatabase.h"

#include "db/MigrationSet.h"

#include "CatchQt.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDateTime>
#include <QProcess>
#include <QTimeZone>
#include <QStandardPaths>

using limitless::db::Migration;
using limitless::db::MigrationSet;
using limitless::test::MigrationFolder;

namespace {

// The seed's "Migration Files Structure" (the seed set), then the dashboard's additions
// documented in docs/schema.md. Later additions may follow; these must stay first and unchanged.
const QStringList kExpectedTags = {
    QStringLiteral("seed/0001_create_owners"),
    QStringLiteral("seed/0002_create_campaigns"),
    QStringLiteral("seed/0003_create_documents"),
    QStringLiteral("seed/0004_enable_pgvector"),
    QStringLiteral("seed/0005_create_document_embeddings"),
    QStringLiteral("seed/0006_create_conversations"),
    QStringLiteral("seed/0007_create_analytics_events"),
    QStringLiteral("seed/0008_create_payments"),
    QStringLiteral("additions/0001_schema_and_row_security"),
    QStringLiteral("additions/0002_live_notifications"),
    QStringLiteral("additions/0003_embeddings_unique_chunk"),
};

QString sourceMigrations(const QString& set)
{
    return limitless::test::sourcePath(QStringLiteral("app/db/migrations/") + set);
}

// Both builtin sets in order, seed first.
QList<Migration> builtinMigrations()
{
    const MigrationSet seed = MigrationSet::builtinSeed();
    const MigrationSet additions = MigrationSet::builtinAdditions();
    return seed.migrations() + additions.migrations();
}

QString errorOf(const MigrationSet& set)
{
    return set.error().message;
}

// Runs `program args` and returns its stdout, failing the test on a non-zero exit.
QByteArray runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

} // namespace

TEST_CASE("builtin migrations are the seed's files in order, then the additive ones")
{
    INFO(errorOf(MigrationSet::builtinSeed()).toStdString());
    INFO(errorOf(MigrationSet::builtinAdditions()).toStdString());
    REQUIRE(MigrationSet::builtinSeed().isValid());
    REQUIRE(MigrationSet::builtinAdditions().isValid());
    const QList<Migration> all = builtinMigrations();
    REQUIRE(all.size() >= kExpectedTags.size());
    const MigrationSet seed = MigrationSet::builtinSeed();
    const qsizetype seedCount = seed.migrations().size();
    // True dates: none before the day the files were written, none in the future, increasing
    // across both sets, so a journal holding both orders them as they were made.
    const qint64 written = QDateTime(QDate(2026, 12, 6), QTime(0, 0), Qt::UTC)
                               .toMSecsSinceEpoch();
    CHECK(all.first().createdAt >= written);
    CHECK(all.last().createdAt <= QDateTime::currentMSecsSinceEpoch());
    qint64 previous = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Migration& m = all.at(i);
        if (i < kExpectedTags.size())
            CHECK(m.qualifiedTag() == kExpectedTags.at(i));
        CHECK(m.idx == int(i < seedCount ? i : i - seedCount));
        CHECK(m.createdAt > previous);
        CHECK(m.breakpoints);
        CHECK_FALSE(m.sql.isEmpty());
        previous = m.createdAt;
    }
}

TEST_CASE("the embedded migrations are byte for byte the files in the source tree")
{
    for (const QString& name : {QStringLiteral("seed"), QStringLiteral("additions")}) {
        const MigrationSet builtin = name == QLatin1String("seed")
                                         ? MigrationSet::builtinSeed()
                                         : MigrationSet::builtinAdditions();
        const MigrationSet disk = MigrationSet::load(sourceMigrations(name));
        REQUIRE(builtin.isValid());
        INFO(errorOf(disk).toStdString());
        REQUIRE(disk.isValid());
        REQUIRE(builtin.migrations().size() == disk.migrations().size());
        for (qsizetype i = 0; i < disk.migrations().size(); ++i) {
            const Migration& a = builtin.migrations().at(i);
            const Migration& b = disk.migrations().at(i);
            CHECK(a.set == name);
            CHECK(b.set == name);
            CHECK(a.tag == b.tag);
            CHECK(a.createdAt == b.createdAt);
            CHECK(a.sql == b.sql);
            CHECK(a.hash == b.hash);
            CHECK(a.statements == b.statements);
        }
    }
}

TEST_CASE("checksums are sha256 of the whole file")
{
    // Known answer (FIPS 180-2 test vector).
    CHECK(MigrationSet::hashOf("abc") ==
          QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(MigrationSet::hashOf(QByteArray()) ==
          QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));

    // Every real file against coreutils' sha256sum.
    const QString sha256sum = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
    REQUIRE_FALSE(sha256sum.isEmpty());
    const MigrationSet set = MigrationSet::load(sourceMigrations(QStringLiteral("additions")));
    REQUIRE(set.isValid());
    for (const Migration& m : set.migrations()) {
        INFO(m.tag.toStdString());
        const QByteArray out =
            runTool(sha256sum, {QDir(sourceMigrations(QStringLiteral("additions"))).filePath(m.fileName())});
        CHECK(QString::fromLatin1(out.left(64)) == m.hash);
    }
}

TEST_CASE("statements are split exactly like String.prototype.split on the breakpoint marker")
{
    CHECK(MigrationSet::splitStatements(QStringLiteral("select 1;")) ==
          QStringList{QStringLiteral("select 1;")});
    CHECK(MigrationSet::splitStatements(QStringLiteral(
              "create table a (x int);\n--> statement-breakpoint\ncreate index i "
              "on a (x);\n")) == QStringList{QStringLiteral("create table a (x int);\n"),
                                             QStringLiteral("\ncreate index i on a (x);\n")});
    // drizzle-kit's own output style: the marker right after the semicolon.
    CHECK(MigrationSet::splitStatements(QStringLiteral("a;--> statement-breakpoint\nb;")) ==
          QStringList{QStringLiteral("a;"), QStringLiteral("\nb;")});
    // Empty pieces are kept (a trailing marker gives an empty last statement).
    CHECK(MigrationSet::splitStatements(QStringLiteral("a;--> statement-breakpoint")) ==
          QStringList{QStringLiteral("a;"), QString()});
    CHECK(MigrationSet::splitStatements(
              QStringLiteral("--> statement-breakpoint--> statement-breakpoint")) ==
          QStringList{QString(), QString(), QString()});
    CHECK(MigrationSet::splitStatements(QString()) == QStringList{QString()});
    // The marker is matched exactly: variants are ordinary SQL comments.
    CHECK(
        MigrationSet::splitStatements(QStringLiteral("a;\n-->  statement-breakpoint\nb;")).size() ==
        1);
    CHECK(
        MigrationSet::splitStatements(QStringLiteral("a;\n--> Statement-Breakpoint\nb;")).size() ==
        1);
    // Non-ASCII text passes through untouched.
    CHECK(MigrationSet::splitStatements(
              QStringLiteral("select 'é€😀';--> statement-breakpoint select 2;")) ==
          QStringList{QStringLiteral("select 'é€😀';"), QStringLiteral(" select 2;")});

    for (const Migration& m : builtinMigrations()) {
        INFO(m.tag.toStdString());
        CHECK(m.statements.join(QLatin1String(MigrationSet::kBreakpoint)) ==
              QString::fromUtf8(m.sql));
        CHECK(m.statements.size() ==
              m.sql.count(QByteArrayLiteral("--> statement-breakpoint")) + 1);
    }
}

TEST_CASE("hashes and statements agree with drizzle-orm's readMigrationFiles")
{
    const QString interop = limitless::test::sourcePath(QStringLiteral("tests/interop"));
    // The Node.js 20+ that CMake found (scripts/install-deps provides it); a missing install
    // fails here instead of skipping the comparison.
    const QString node = QStringLiteral(LIMITLESS_NODE_EXECUTABLE);
    INFO("run scripts/install-deps: it installs tests/interop/node_modules");
    REQUIRE(QFile::exists(interop + QStringLiteral("/node_modules/drizzle-orm")));
    // The real folder and one with awkward content: CRLF, a trailing marker, non-ASCII text.
    MigrationFolder awkward;
    awkward.append(QStringLiteral("0099_awkward"),
                   QByteArrayLiteral("select 'caf\xc3\xa9';\r\n--> statement-breakpoint\r\n"
                                     "select 2;--> statement-breakpoint"));
    for (const QString& folder :
         {sourceMigrations(QStringLiteral("seed")), sourceMigrations(QStringLiteral("additions")),
          awkward.path()}) {
        INFO(folder.toStdString());
        const QByteArray out =
            runTool(node, {interop + QStringLiteral("/drizzle-read-migrations.mjs"), folder});
        const QJsonArray theirs = QJsonDocument::fromJson(out).array();
        const MigrationSet ours = MigrationSet::load(folder);
        REQUIRE(ours.isValid());
        REQUIRE(theirs.size() == ours.migrations().size());
        for (qsizetype i = 0; i < theirs.size(); ++i) {
            const QJsonObject t = theirs.at(i).toObject();
            const Migration& m = ours.migrations().at(i);
            INFO(m.tag.toStdString());
            CHECK(t.value(QStringLiteral("hash")).toString() == m.hash);
            CHECK(qint64(t.value(QStringLiteral("folderMillis")).toDouble()) == m.createdAt);
            QStringList statements;
            for (const QJsonValue& s : t.value(QStringLiteral("sql")).toArray())
                statements << s.toString();
            CHECK(statements == m.statements);
        }
    }
}

TEST_CASE("a folder copy with an edited file hashes differently")
{
    MigrationFolder folder(QStringLiteral("seed"));
    const MigrationSet before = folder.load();
    folder.appendToFile(QStringLiteral("0003_create_documents"), "-- edited\n");
    const MigrationSet after = folder.load();
    REQUIRE(before.isValid());
    REQUIRE(after.isValid());
    const auto* a = before.findByTag(QStringLiteral("0003_create_documents"));
    const auto* b = after.findByTag(QStringLiteral("0003_create_documents"));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->hash != b->hash);
    CHECK(a->createdAt == b->createdAt);
    CHECK(before.findByTag(QStringLiteral("0002_create_campaigns"))->hash ==
          after.findByTag(QStringLiteral("0002_create_campaigns"))->hash);
}

TEST_CASE("broken migration folders are clear errors naming the file")
{
    SECTION("no journal")
    {
        QTemporaryDir empty;
        const MigrationSet set = MigrationSet::load(empty.path());
        CHECK_FALSE(set.isValid());
        CHECK(set.isEmpty());
        CHECK(set.error().kind == limitless::db::DbError::Kind::Migration);
        CHECK(errorOf(set).contains(QStringLiteral("meta/_journal.json")));
    }
    SECTION("journal is not JSON")
    {
        MigrationFolder folder(QStringLiteral("seed"));
        folder.writeFile(QStringLiteral("meta/_journal.json"), "{\"entries\": [");
        const MigrationSet set = folder.load();
        CHECK_FALSE(set.isValid());
        CHECK(errorOf(set).contains(QStringLiteral("meta/_journal.json")));
        CHECK(errorOf(set).contains(QStringLiteral("not valid JSON")));
    }
    SECTION("journal without entries")
    {
        MigrationFolder folder(QStringLiteral("seed"));
        folder.writeFile(QStringLiteral("meta/_journal.json"), "{\"version\":\"7\"}");
        const MigrationSet set = folder.load();
        CHECK_FALSE(set.isValid());
        CHECK(errorOf(set).contains(QStringLiteral("\"entries\"")));
    }
    SECTION("journal for another dialect")
    {
        MigrationFolder folder(QStringLiteral("seed"));
        QJsonObject j = folder.journal();
        j.insert(QStringLiteral("dialect"), QStringLiteral("sqlite"));
        folder.setJournal(j);
        const MigrationSet set = folder.load();
        CHECK_FALSE(set.isValid());
        CHECK(errorOf(set).contains(QStringLiteral("sqlite")));
    }
    SECTION("an entry without its file")
    {
        MigrationFolder folder(QStringLiteral("seed"));
        REQUIRE(QFile::remove(folder.path() + QStringLiteral("/0006_create_conversations.sql")));
        const MigrationSet set = folder.load();
        CHECK_FALSE(set.isValid());
        CHECK(errorOf(set).contains(QStringLiteral("0006_create_conversations.sql")));
        CHECK(errorOf(set).contains(QStringLiteral("meta/_journal.json")));
    }
    SECTION("an entry without a tag, or with a path as tag")
    {
        for (const QJsonValue& tag :
             {QJsonValue(QJsonValue::Undefined), QJsonValue(), QJsonValue(QString()),
              QJsonValue(QStringLiteral("../outside")), QJsonValue(42)}) {
            MigrationFolder folder(QStringLiteral("seed"));
            QJsonObject j = folder.journal();
            QJsonArray entries = j.value(QStringLiteral("entries")).toArray();
            QJsonObject e = entries.at(1).toObject();
            e.insert(QStringLiteral("tag"), tag); // Undefined removes the key

            entries.replace(1, e);
            j.insert(QStringLiteral("entries"), entries);
            folder.setJournal(j);
            const MigrationSet set = folder.load();
            CHECK_FALSE(set.isValid());
            CHECK(errorOf(set).contains(QStringLiteral("Entry 1")));
        }
    }
    SECTION("an entry without a usable \"when\"")
    {
        for (const QJsonValue& when :
             {QJsonValue(QJsonValue::Undefined), QJsonValue(),
              QJsonValue(QStringLiteral("1736935200000")), QJsonValue(1.5), QJsonValue(-1)}) {
            MigrationFolder folder(QStringLiteral("seed"));
            QJsonObject j = folder.journal();
            QJsonArray entries = j.value(QStringLiteral("entries")).toArray();
            QJsonObject e = entries.at(0).toObject();
            e.insert(QStringLiteral("when"), when); // Undefined removes the key

            entries.replace(0, e);
            j.insert(QStringLiteral("entries"), entries);
            folder.setJournal(j);
            const MigrationSet set = folder.load();
            CHECK_FALSE(set.isValid());
            CHECK(errorOf(set).contains(QStringLiteral("0001_create_owners")));
        }
    }
    SECTION("entries out of order or listed twice")
    {
        MigrationFolder folder(QStringLiteral("seed"));
        QJsonObject j = folder.journal();
        QJsonArray entries = j.value(QStringLiteral("entries")).toArray();
        const QJsonValue first = entries.at(0);
        entries.replace(0, entries.at(1));
        entries.replace(1, first);
        j.insert(QStringLiteral("entries"), entries);
        folder.setJournal(j);
        MigrationSet set = folder.load();
        CHECK_FALSE(set.isValid());
        CHECK(errorOf(set).contains(QStringLiteral("0001_create_owners")));
        CHECK(errorOf(set).contains(QStringLiteral("must increase")));

        MigrationFolder twice(QStringLiteral("seed"));
        j = twice.journal();
        entries = j.value(QStringLiteral("entries")).toArray();
        QJsonObject again = entries.at(0).toObject();
        again.insert(QStringLiteral("when"),
                     entries.last().toObject().value(QStringLiteral("when")).toDouble() + 1);
        entries.append(again);
        j.insert(QStringLiteral("entries"), entries);
        twice.setJournal(j);
        set = twice.load();
        CHECK_FALSE(set.isValid());
        CHECK(errorOf(set).contains(QStringLiteral("twice")));
    }
    SECTION("a file that is not UTF-8")
    {
        MigrationFolder folder(QStringLiteral("seed"));
        folder.append(QStringLiteral("0099_latin1"), "select 'caf\xe9';\n");
        const MigrationSet set = folder.load();
        CHECK_FALSE(set.isValid());
        CHECK(errorOf(set).contains(QStringLiteral("0099_latin1.sql")));
    }
}
