// Where uploaded originals are kept: the local sandbox's folder.
#include "knowledge/LocalFolderStore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <random>

using namespace limitless::knowledge;
using Kind = StoreError::Kind;

namespace {

constexpr qint64 KiB = 1024;

QByteArray randomBytes(qint64 size, unsigned seed = 7)
{
    std::mt19937 rng(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char& c : out)
        c = char(rng() & 0xFF);
    return out;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& data)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(data) == data.size());
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList filesUnder(const QString& root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(root).relativeFilePath(it.next());
    out.sort();
    return out;
}

QString documentName(const QString& filename)
{
    return QStringLiteral("documents/") + QUuid::createUuid().toString(QUuid::WithoutBraces) +
           QLatin1Char('/') + filename;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The local folder

TEST_CASE("LocalFolderStore: put, fetch and remove round-trip", "[storage][local]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QByteArray data = randomBytes(3 * 1024 * KiB + 123); // several copy blocks
    const QString source = writeFile(tmp, QStringLiteral("in/Brand Guide.pdf"), data);
    LocalFolderStore store(tmp.filePath(QStringLiteral("store")));

    QList<qint64> seen;
    StoreError error;
    const QString name = documentName(QStringLiteral("Brand Guide.pdf"));
    const StoredObject stored = store.put(source, name, QStringLiteral("application/pdf"), &error,
                                          nullptr, [&](qint64 sent, qint64 total) {
                                              CHECK(total == data.size());
                                              seen << sent;
                                          });
    REQUIRE_FALSE(error);
    CHECK(stored.bucket == QLatin1String("local"));
    CHECK(stored.url.startsWith(QLatin1String("file:///")));
    const QString path = QUrl(stored.url).toLocalFile();
    CHECK(path == store.root() + QLatin1Char('/') + name);
    CHECK(readFile(path) == data);
    REQUIRE(seen.size() >= 4);
    CHECK(seen.first() == 0);
    CHECK(seen.last() == data.size());
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(stored.url.contains(QLatin1String("Brand%20Guide.pdf"))); // stored fully encoded

    const QString back = tmp.filePath(QStringLiteral("out/copy.pdf"));
    REQUIRE_FALSE(store.fetch(stored, back));
    CHECK(readFile(back) == data);

    // Removing takes the emptied documents/<id>/ folders with it, never the root.
    REQUIRE_FALSE(store.remove(stored));
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QDir(store.root() + QStringLiteral("/documents")).exists());
    CHECK(QDir(store.root()).exists());
    // A missing object is not an error to remove, but cannot be fetched.
    CHECK_FALSE(store.remove(stored));
    CHECK(store.fetch(stored, back).kind == Kind::NotFound);
}

TEST_CASE("LocalFolderStore: object names are sanitised", "[storage][local]")
{
    using R = ObjectNameRules;
    CHECK(sanitizeObjectName(QStringLiteral("documents/1/a.pdf"), R::LocalFiles) ==
          QLatin1String("documents/1/a.pdf"));
    CHECK(sanitizeObjectName(QStringLiteral("../../etc/passwd"), R::LocalFiles) ==
          QLatin1String("etc/passwd"));
    CHECK(sanitizeObjectName(QStringLiteral("/abs/./x.txt"), R::LocalFiles) ==
          QLatin1String("abs/x.txt"));
    CHECK(sanitizeObjectName(QStringLiteral("C:\\Users\\..\\x.txt"), R::LocalFiles) ==
          QLatin1String("C_/Users/x.txt"));
    CHECK(sanitizeObjectName(QStringLiteral("d/what?<now>.pdf"), R::LocalFiles) ==
          QLatin1String("d/what__now_.pdf"));
    CHECK(sanitizeObjectName(QStringLiteral("d/con.txt"), R::LocalFiles) ==
          QLatin1String("d/_con.txt"));
    CHECK(sanitizeObjectName(QStringLiteral("d/notes. "), R::LocalFiles) ==
          QLatin1String("d/notes"));
    CHECK(sanitizeObjectName(QStringLiteral("line\nbreak.md"), R::LocalFiles) ==
          QLatin1String("line_break.md"));
    CHECK(sanitizeObjectName(QStringLiteral("../.."), R::LocalFiles).isEmpty());
    // Cloud Storage takes ':' and '?' but neither CR/LF nor "." / ".." segments.
    CHECK(sanitizeObjectName(QStringLiteral("../d/Q3: what?.pdf"), R::Cloud) ==
          QLatin1String("d/Q3: what?.pdf"));
    CHECK(sanitizeObjectName(QStringLiteral("d/a\r\nb"), R::Cloud) == QLatin1String("d/a__b"));
    CHECK(sanitizeObjectName(QString(1100, QLatin1Char('x')), R::Cloud).isEmpty());

    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString source = writeFile(tmp, QStringLiteral("x.txt"), "hello");
    LocalFolderStore store(tmp.filePath(QStringLiteral("store")));
    StoreError error;
    const StoredObject stored = store.put(source, QStringLiteral("../../escape/x.txt"), {}, &error);
    REQUIRE_FALSE(error);
    CHECK(QUrl(stored.url).toLocalFile() == store.root() + QStringLiteral("/escape/x.txt"));
    CHECK_FALSE(QFile::exists(tmp.filePath(QStringLiteral("escape/x.txt"))));

    store.put(source, QStringLiteral("/.."), {}, &error);
    CHECK(error.kind == Kind::Io);

    // A storage_url outside the root is neither removed nor read.
    const StoredObject outside{QUrl::fromLocalFile(source).toString(), QStringLiteral("local")};
    CHECK(store.remove(outside).kind == Kind::Io);
    CHECK(QFile::exists(source));
    CHECK(store.fetch(outside, tmp.filePath(QStringLiteral("y.txt"))).kind == Kind::Io);
    const StoredObject sneaky{
        QUrl::fromLocalFile(store.root() + QStringLiteral("/../x.txt")).toString(),
        QStringLiteral("local")};
    CHECK(store.remove(sneaky).kind == Kind::Io);
    CHECK(QFile::exists(source));
}

TEST_CASE("LocalFolderStore: cancel leaves no file behind", "[storage][local]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString source = writeFile(tmp, QStringLiteral("big.bin"), randomBytes(4 * 1024 * KiB));
    LocalFolderStore store(tmp.filePath(QStringLiteral("store")));
    std::atomic_bool cancel{false};
    StoreError error;
    store.put(source, QStringLiteral("documents/1/big.bin"), {}, &error, &cancel,
              [&](qint64 sent, qint64) {
                  if (sent >= LocalFolderStore::kBlockSize)
                      cancel = true;
              });
    CHECK(error.kind == Kind::Cancelled);
    CHECK(filesUnder(store.root()).isEmpty()); // no target, no temporary file
}
