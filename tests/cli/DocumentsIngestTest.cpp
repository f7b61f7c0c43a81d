// `limitless documents ingest` over the extraction corpus's bad files next to good ones: the run
// exits non-zero, names each bad file with its own reason on stderr and in the JSON, and still
// ingests every good file whole (completed, chunked, its original kept). A fresh database so
// that nothing else on the test cluster sees these documents.
#include "CliRun.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

using namespace limitless;

namespace {

QJsonObject json(const test::CliRun& r)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(pe.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("documents ingest refuses each bad file with its own reason and keeps the good ones",
          "[cli][db][knowledge]")
{
    const QString url = test::migratedDatabase(QStringLiteral("cli_ingest_corpus"));
    {
        auto conn = test::connect(url);
        REQUIRE(conn->exec(QStringLiteral("insert into owners (id, email, name, supabase_user_id) "
                                          "values ('owner-ingest', 'ingest@example.com', "
                                          "'Ingest', 'user-ingest')"))
                    .ok());
    }
    QTemporaryDir home;
    QTemporaryDir files;
    QTemporaryDir storage;
    REQUIRE(home.isValid());
    REQUIRE(files.isValid());
    REQUIRE(storage.isValid());
    // Bad: each with the reason the owner must read. Good: one per format and encoding.
    const QMap<QString, QString> bad{
        {QStringLiteral("encrypted.pdf"), QStringLiteral("protected by a password")},
        {QStringLiteral("no-document.docx"), QStringLiteral("no word/document.xml")},
        {QStringLiteral("zip-bomb.docx"), QStringLiteral("zip bomb")},
        {QStringLiteral("page-thumbnail.png"), QStringLiteral("is a PNG image")},
        {QStringLiteral("openssl-readme.rtf"), QStringLiteral("is an RTF document")},
        {QStringLiteral("price-list.pdf"), QStringLiteral("named .pdf but is a PNG image")},
        {QStringLiteral("notes.txt"), QStringLiteral("named .txt but is a Word document")},
    };
    const QStringList good{QStringLiteral("zstd-readme.docx"), QStringLiteral("openssl-readme.md"),
                           QStringLiteral("nettle-changelog-latin1-crlf.txt"),
                           QStringLiteral("gmp-changelog-utf16le.txt"),
                           QStringLiteral("libuv-changelog-invalid-utf8.txt")};
    for (const QString& name : bad.keys() + good)
        if (QFile::exists(test::sourcePath(QStringLiteral("tests/knowledge/corpus/") + name)))
            REQUIRE(QFile::copy(test::sourcePath(QStringLiteral("tests/knowledge/corpus/") + name),
                                files.filePath(name)));
    // Mismatched: a name that says one format over the content of another.
    REQUIRE(
        QFile::copy(test::sourcePath(QStringLiteral("tests/knowledge/corpus/page-thumbnail.png")),
                    files.filePath(QStringLiteral("price-list.pdf"))));
    REQUIRE(QFile::copy(test::sourcePath(QStringLiteral("tests/knowledge/corpus/zstd-readme.docx")),
                        files.filePath(QStringLiteral("notes.txt"))));

    // The default profile (offline embedder, in-app processing), not the developer's.
    const QMap<QString, QString> env{{QStringLiteral("HOME"), home.path()},
                                     {QStringLiteral("XDG_CONFIG_HOME"), home.filePath("config")},
                                     {QStringLiteral("XDG_DATA_HOME"), home.filePath("data")}};
    const QStringList common{QStringLiteral("--db"), url, QStringLiteral("--storage-dir"),
                             storage.path()};
    const test::CliRun text = test::runLimitless(
        QStringList{QStringLiteral("documents"), QStringLiteral("ingest"), files.path()} + common,
        env);
    INFO("stdout: " << text.out.toStdString() << "\nstderr: " << text.err.toStdString());
    CHECK(text.exitCode == 1);
    for (auto it = bad.cbegin(); it != bad.cend(); ++it) {
        bool named = false;
        for (const QString& line : text.err.split(QLatin1Char('\n')))
            if (line.startsWith(it.key() + QStringLiteral(": ")) && line.contains(it.value()))
                named = true;
        INFO(it.key().toStdString());
        CHECK(named);
    }
    CHECK(text.err.contains(QLatin1String("7 files were refused or failed.")));
    for (const QString& name : good)
        CHECK(QString::fromUtf8(text.out).contains(name + QStringLiteral(": ")));

    // What is stored: every good file completed with chunks and its original kept; a bad file
    // that was uploaded is marked failed with its reason, never completed.
    const test::CliRun listed = test::runLimitless(
        QStringList{QStringLiteral("documents"), QStringLiteral("list"), QStringLiteral("--json")} +
            common,
        env);
    REQUIRE(listed.exitCode == 0);
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue& v : json(listed).value(QStringLiteral("documents")).toArray())
        byName.insert(v.toObject().value(QStringLiteral("filename")).toString(), v.toObject());
    for (const QString& name : good) {
        INFO(name.toStdString());
        REQUIRE(byName.contains(name));
        const QJsonObject d = byName.value(name);
        CHECK(d.value(QStringLiteral("status")).toString() == QLatin1String("completed"));
        CHECK(d.value(QStringLiteral("total_chunks")).toInt() > 0);
        const QString original =
            QUrl(d.value(QStringLiteral("storage_url")).toString()).toLocalFile();
        QFile kept(original);
        REQUIRE(kept.open(QIODevice::ReadOnly));
        QFile source(files.filePath(name));
        REQUIRE(source.open(QIODevice::ReadOnly));
        CHECK(kept.readAll() == source.readAll());
    }
    for (auto it = bad.cbegin(); it != bad.cend(); ++it) {
        INFO(it.key().toStdString());
        if (!byName.contains(it.key()))
            continue; // refused before upload (a format the knowledge base does not take)
        const QJsonObject d = byName.value(it.key());
        CHECK(d.value(QStringLiteral("status")).toString() == QLatin1String("failed"));
        CHECK(d.value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("message"))
                  .toString()
                  .contains(it.value()));
    }
    CHECK(byName.size() >= good.size());

    SECTION("--json gives each file's outcome with a code and the same reason")
    {
        QTemporaryDir again;
        REQUIRE(again.isValid());
        for (const QString& name : bad.keys())
            REQUIRE(QFile::copy(files.filePath(name), again.filePath(name)));
        // keep: the content is already there from the run above; uploading it again must
        // still report the same reasons.
        const test::CliRun j =
            test::runLimitless(QStringList{QStringLiteral("documents"), QStringLiteral("ingest"),
                                           again.path(), QStringLiteral("--on-duplicate"),
                                           QStringLiteral("keep"), QStringLiteral("--json")} +
                                   common,
                               env);
        CHECK(j.exitCode == 1);
        const QJsonObject o = json(j);
        QMap<QString, QString> reasons; // file name → message, from uploads and processing
        for (const QJsonValue& v : o.value(QStringLiteral("files")).toArray()) {
            const QJsonObject f = v.toObject();
            const QJsonObject e = f.value(QStringLiteral("error")).toObject();
            if (!e.isEmpty()) {
                CHECK_FALSE(e.value(QStringLiteral("code")).toString().isEmpty());
                reasons.insert(QFileInfo(f.value(QStringLiteral("path")).toString()).fileName(),
                               e.value(QStringLiteral("message")).toString());
            }
        }
        for (const QJsonValue& v : o.value(QStringLiteral("processed")).toArray()) {
            const QJsonObject f = v.toObject();
            const QJsonObject e = f.value(QStringLiteral("error")).toObject();
            if (!e.isEmpty()) {
                CHECK_FALSE(e.value(QStringLiteral("code")).toString().isEmpty());
                reasons.insert(f.value(QStringLiteral("filename")).toString(),
                               e.value(QStringLiteral("message")).toString());
            }
        }
        for (auto it = bad.cbegin(); it != bad.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK(reasons.value(it.key()).contains(it.value()));
        }
    }
}
