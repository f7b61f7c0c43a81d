// Where uploaded originals are kept: the local sandbox's folder and Google Cloud Storage (against
// FakeGcs, a loopback server that answers as Google documents its token endpoint and JSON API).
#include "FakeGcs.h"

#include "knowledge/GcsStore.h"
#include "knowledge/GoogleAuth.h"
#include "knowledge/LocalFolderStore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <random>

using namespace limitless::knowledge;
using limitless::test::FakeGcs;
using limitless::test::TestRsaKey;
using Kind = StoreError::Kind;
using Op = FakeGcs::Op;

namespace {

constexpr qint64 KiB = 1024;
constexpr auto kB64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QString kBucket = QStringLiteral("elevate-growth-lab-docs");

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

// A store against the fake, with 256 KiB chunks and quick back-off.
std::unique_ptr<GcsStore> storeFor(FakeGcs& fake, int maxAttempts = 4)
{
    StoreError error;
    auto store = GcsStore::fromKeyJson(fake.keyJson(), kBucket, &error);
    REQUIRE_FALSE(error);
    REQUIRE(store);
    store->setBaseUrl(fake.url());
    store->setChunkSize(256 * KiB);
    GcsStore::RetryPolicy policy;
    policy.maxAttempts = maxAttempts;
    policy.initialDelayMs = 10;
    policy.maxDelayMs = 50;
    store->setRetryPolicy(policy);
    store->setInactivityTimeout(10000);
    return store;
}

struct Started {
    FakeGcs fake;
    Started()
    {
        REQUIRE(fake.start());
        fake.addBucket(kBucket);
    }
};

QList<FakeGcs::Request> ofKind(const FakeGcs& fake, Op op)
{
    QList<FakeGcs::Request> out;
    for (const auto& r : fake.requests()) {
        if (r.op == op)
            out << r;
    }
    return out;
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

// ---------------------------------------------------------------------------------------------
// The service account

TEST_CASE("ServiceAccountKey: a malformed key is refused with the reason", "[storage][google]")
{
    const TestRsaKey key = TestRsaKey::generate();
    REQUIRE_FALSE(key.privatePem.isEmpty());
    auto keyWith = [&](const std::function<void(QJsonObject&)>& change) {
        QJsonObject o{
            {QStringLiteral("type"), QStringLiteral("service_account")},
            {QStringLiteral("client_email"), QStringLiteral("a@p.iam.gserviceaccount.com")},
            {QStringLiteral("private_key_id"), QStringLiteral("abc123")},
            {QStringLiteral("private_key"), QString::fromLatin1(key.privatePem)},
            {QStringLiteral("token_uri"), QStringLiteral("https://oauth2.googleapis.com/token")}};
        change(o);
        return QJsonDocument(o).toJson();
    };
    StoreError error;
    const ServiceAccountKey good =
        ServiceAccountKey::fromJson(keyWith([](QJsonObject&) {}), &error);
    CHECK_FALSE(error);
    CHECK(good.isValid());
    CHECK(good.tokenUri == QUrl(QStringLiteral("https://oauth2.googleapis.com/token")));

    struct Bad {
        QByteArray json;
        const char* mentions;
    };
    const QList<Bad> bad{
        {"not json at all", "JSON"},
        {keyWith(
             [](QJsonObject& o) { o[QStringLiteral("type")] = QStringLiteral("authorized_user"); }),
         "authorized_user"},
        {keyWith([](QJsonObject& o) { o.remove(QStringLiteral("client_email")); }), "client_email"},
        {keyWith([](QJsonObject& o) { o.remove(QStringLiteral("private_key_id")); }),
         "private_key_id"},
        {keyWith([](QJsonObject& o) { o.remove(QStringLiteral("private_key")); }), "private_key"},
        {keyWith([](QJsonObject& o) {
             o[QStringLiteral("private_key")] =
                 QStringLiteral("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
         }),
         "RSA"},
        {keyWith([](QJsonObject& o) {
             o[QStringLiteral("token_uri")] = QStringLiteral("http://tokens.example.com/token");
         }),
         "https"},
    };
    for (const Bad& b : bad) {
        INFO(b.json.left(60).toStdString());
        const ServiceAccountKey k = ServiceAccountKey::fromJson(b.json, &error);
        CHECK_FALSE(k.isValid());
        CHECK(error.kind == Kind::Auth);
        CHECK(error.message.contains(QLatin1String(b.mentions)));
    }
    // No token_uri: Google's.
    const ServiceAccountKey noUri = ServiceAccountKey::fromJson(
        keyWith([](QJsonObject& o) { o.remove(QStringLiteral("token_uri")); }), &error);
    CHECK_FALSE(error);
    CHECK(noUri.tokenUri.toString() == QLatin1String("https://oauth2.googleapis.com/token"));
}

TEST_CASE("GoogleTokenSource: the JWT is the one Google documents", "[storage][google]")
{
    const TestRsaKey key = TestRsaKey::generate();
    ServiceAccountKey k;
    k.clientEmail = QStringLiteral("docs@p.iam.gserviceaccount.com");
    k.privateKeyId = QStringLiteral("0123abcd");
    k.privateKeyPem = key.privatePem;
    k.tokenUri = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
    GoogleTokenSource source(k);
    StoreError error;
    const QByteArray jwt = source.assertion(1700000000, &error);
    REQUIRE_FALSE(error);
    const QList<QByteArray> parts = jwt.split('.');
    REQUIRE(parts.size() == 3);
    CHECK_FALSE(jwt.contains('='));
    const QJsonObject header =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], kB64Url)).object();
    CHECK(header == QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                {QStringLiteral("typ"), QStringLiteral("JWT")},
                                {QStringLiteral("kid"), QStringLiteral("0123abcd")}});
    const QJsonObject claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], kB64Url)).object();
    CHECK(
        claims ==
        QJsonObject{{QStringLiteral("iss"), k.clientEmail},
                    {QStringLiteral("scope"), QStringLiteral("https://www.googleapis.com/auth/"
                                                             "devstorage.read_write")},
                    {QStringLiteral("aud"), QStringLiteral("https://oauth2.googleapis.com/token")},
                    {QStringLiteral("iat"), 1700000000},
                    {QStringLiteral("exp"), 1700003600}});
    const QByteArray signature = QByteArray::fromBase64(parts[2], kB64Url);
    CHECK(signature.size() == 256); // RSA-2048
    CHECK(TestRsaKey::verify(key.publicPem, parts[0] + '.' + parts[1], signature));
    CHECK_FALSE(TestRsaKey::verify(key.publicPem, parts[0] + '.' + parts[0], signature));
}

TEST_CASE("GoogleTokenSource: exchange and caching", "[storage][google]")
{
    Started s;
    StoreError error;
    const ServiceAccountKey key = ServiceAccountKey::fromJson(s.fake.keyJson(), &error);
    REQUIRE_FALSE(error);
    GoogleTokenSource source(key);

    const QString first = source.accessToken(&error);
    REQUIRE_FALSE(error);
    CHECK(first.startsWith(QLatin1String("ya29.")));
    CHECK(source.accessToken(&error) == first); // cached: 3599 s left
    CHECK(s.fake.tokenExchanges() == 1);
    const FakeGcs::Request exchange = ofKind(s.fake, Op::Token).first();
    CHECK(exchange.header("content-type") == "application/x-www-form-urlencoded");
    CHECK(exchange.body.startsWith(
        "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=ey"));

    // A token the server refused is dropped; a newer one is not.
    source.invalidate(QStringLiteral("ya29.some-older-token"));
    CHECK(source.accessToken(&error) == first);
    source.invalidate(first);
    const QString second = source.accessToken(&error);
    REQUIRE_FALSE(error);
    CHECK(second != first);
    CHECK(s.fake.tokenExchanges() == 2);

    // A token with less than a minute left is not reused.
    s.fake.setTokenLifetime(45);
    GoogleTokenSource shortLived(key);
    shortLived.accessToken(&error);
    shortLived.accessToken(&error);
    REQUIRE_FALSE(error);
    CHECK(s.fake.tokenExchanges() == 4);
    CHECK(shortLived.exchanges() == 2);
}

TEST_CASE("GoogleTokenSource: invalid_grant carries Google's description", "[storage][google]")
{
    Started s;
    StoreError error;
    const TestRsaKey other = TestRsaKey::generate();

    SECTION("a key the account does not have (signed by another key under its id)")
    {
        GoogleTokenSource source(
            ServiceAccountKey::fromJson(s.fake.keyJson(other.privatePem, s.fake.keyId()), &error));
        REQUIRE_FALSE(error);
        CHECK(source.accessToken(&error).isEmpty());
        CHECK(error.kind == Kind::Auth);
        CHECK(error.httpStatus == 400);
        CHECK(error.serverMessage == QLatin1String("Invalid JWT Signature."));
        CHECK(error.message.contains(QLatin1String("Invalid JWT Signature.")));
    }
    SECTION("a deleted key id")
    {
        GoogleTokenSource source(ServiceAccountKey::fromJson(
            s.fake.keyJson(other.privatePem, QStringLiteral("deadbeef")), &error));
        CHECK(source.accessToken(&error).isEmpty());
        CHECK(error.kind == Kind::Auth);
        CHECK(error.serverMessage == QLatin1String("Invalid JWT Signature."));
    }
    SECTION("an unknown account")
    {
        GoogleTokenSource source(ServiceAccountKey::fromJson(
            s.fake.keyJson(other.privatePem, s.fake.keyId(),
                           QStringLiteral("x@y.iam.gserviceaccount.com")),
            &error));
        CHECK(source.accessToken(&error).isEmpty());
        CHECK(error.kind == Kind::Auth);
    }
    SECTION("a scope the account may not have")
    {
        GoogleTokenSource source(ServiceAccountKey::fromJson(s.fake.keyJson(), &error),
                                 QStringLiteral("https://www.googleapis.com/auth/cloud-platform"));
        CHECK(source.accessToken(&error).isEmpty());
        CHECK(error.kind == Kind::Auth);
        CHECK(error.serverMessage.contains(QLatin1String("scope")));
    }
    CHECK(s.fake.tokenExchanges() == 0);
}

// ---------------------------------------------------------------------------------------------
// Google Cloud Storage

TEST_CASE("GcsStore: resumable upload of a multi-chunk file", "[storage][gcs]")
{
    Started s;
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QByteArray data = randomBytes(1536 * KiB + 1000); // 6 full chunks and a short one
    const QString source = writeFile(tmp, QStringLiteral("report.pdf"), data);
    auto store = storeFor(s.fake);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString name = QStringLiteral("documents/%1/Q3 report (final) #2.pdf").arg(id);

    QList<qint64> seen;
    StoreError error;
    const StoredObject stored = store->put(source, name, QStringLiteral("application/pdf"), &error,
                                           nullptr, [&](qint64 sent, qint64 total) {
                                               CHECK(total == data.size());
                                               seen << sent;
                                           });
    REQUIRE_FALSE(error);
    REQUIRE(s.fake.hasObject(kBucket, name));
    CHECK(s.fake.object(kBucket, name).data == data);
    CHECK(s.fake.object(kBucket, name).contentType == QLatin1String("application/pdf"));

    // The seed's format (app/demo/DemoBusiness.cpp): the file name percent-encoded.
    CHECK(stored.bucket == kBucket);
    CHECK(stored.url == QStringLiteral("https://storage.googleapis.com/") + kBucket +
                            QStringLiteral("/documents/") + id + QLatin1Char('/') +
                            QString::fromLatin1(QUrl::toPercentEncoding(
                                QStringLiteral("Q3 report (final) #2.pdf"))));
    const GcsStore::Location where = GcsStore::parseStorageUrl(stored.url);
    CHECK(where.bucket == kBucket);
    CHECK(where.objectName == name);

    const auto initiate = ofKind(s.fake, Op::Initiate);
    REQUIRE(initiate.size() == 1);
    const FakeGcs::Request& i = initiate.first();
    CHECK(i.target.startsWith("/upload/storage/v1/b/" + kBucket.toLatin1() +
                              "/o?uploadType=resumable&name=documents%2F"));
    CHECK(i.header("authorization").startsWith("Bearer ya29."));
    CHECK(i.header("x-upload-content-type") == "application/pdf");
    CHECK(i.header("x-upload-content-length") == QByteArray::number(data.size()));
    CHECK(i.header("content-type").startsWith("application/json"));
    const QJsonObject metadata = QJsonDocument::fromJson(i.body).object();
    CHECK(metadata.value(QStringLiteral("name")).toString() == name);
    CHECK(metadata.value(QStringLiteral("contentType")).toString() ==
          QLatin1String("application/pdf"));

    const auto chunks = ofKind(s.fake, Op::Chunk);
    REQUIRE(chunks.size() == 7);
    for (int c = 0; c < 7; ++c) {
        const qint64 first = c * 256 * KiB;
        const qint64 last = std::min<qint64>(first + 256 * KiB, data.size()) - 1;
        CHECK(chunks[c].header("content-range") == "bytes " + QByteArray::number(first) + '-' +
                                                       QByteArray::number(last) + '/' +
                                                       QByteArray::number(data.size()));
    }
    CHECK(ofKind(s.fake, Op::Status).isEmpty());
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(seen.first() == 0);
    CHECK(seen.last() == data.size());
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(s.fake.tokenExchanges() == 1);
}

TEST_CASE("GcsStore: an empty file and a missing bucket", "[storage][gcs]")
{
    Started s;
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString source = writeFile(tmp, QStringLiteral("empty.txt"), {});
    auto store = storeFor(s.fake);
    StoreError error;
    store->put(source, QStringLiteral("documents/1/empty.txt"), QStringLiteral("text/plain"),
               &error);
    REQUIRE_FALSE(error);
    CHECK(s.fake.hasObject(kBucket, QStringLiteral("documents/1/empty.txt")));
    CHECK(ofKind(s.fake, Op::Status).first().header("content-range") == "bytes */0");

    GcsStore elsewhere(std::make_shared<GoogleTokenSource>(store->tokens().key()),
                       QStringLiteral("no-such-bucket"));
    elsewhere.setBaseUrl(s.fake.url());
    elsewhere.put(source, QStringLiteral("x.txt"), {}, &error);
    CHECK(error.kind == Kind::NotFound);
    CHECK(error.serverMessage == QLatin1String("The specified bucket does not exist."));
}

TEST_CASE("GcsStore: a dropped connection resumes from the persisted offset", "[storage][gcs]")
{
    Started s;
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QByteArray data = randomBytes(1536 * KiB, 11);
    const QString source = writeFile(tmp, QStringLiteral("deck.pdf"), data);
    auto store = storeFor(s.fake);
    // The third chunk breaks off after 100000 bytes, every time it is sent from its start.
    const qint64 start = 512 * KiB;
    const qint64 kept = 100000;
    s.fake.dropChunk(start, kept);

    StoreError error;
    store->put(source, QStringLiteral("documents/2/deck.pdf"), QStringLiteral("application/pdf"),
               &error);
    REQUIRE_FALSE(error);
    CHECK(s.fake.object(kBucket, QStringLiteral("documents/2/deck.pdf")).data == data);

    // The client asked where the session stood, was told bytes=0-(start+kept-1) (308), and
    // went on from there with a chunk that starts mid-way.
    const auto status = ofKind(s.fake, Op::Status);
    REQUIRE_FALSE(status.isEmpty());
    CHECK(status.first().header("content-range") == "bytes */" + QByteArray::number(data.size()));
    bool resumed = false;
    for (const auto& r : ofKind(s.fake, Op::Chunk))
        resumed =
            resumed ||
            r.header("content-range").startsWith("bytes " + QByteArray::number(start + kept) + '-');
    CHECK(resumed);
    int dropped = 0;
    for (const auto& r : s.fake.requests())
        dropped += r.dropped ? 1 : 0;
    CHECK(dropped >= 1);
    CHECK(ofKind(s.fake, Op::Initiate).size() == 1);
}

TEST_CASE("GcsStore: an expired access token is refreshed once", "[storage][gcs]")
{
    Started s;
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString source = writeFile(tmp, QStringLiteral("a.txt"), randomBytes(300 * KiB));
    auto store = storeFor(s.fake);
    StoreError error;
    store->put(source, QStringLiteral("documents/3/a.txt"), QStringLiteral("text/plain"), &error);
    REQUIRE_FALSE(error);
    CHECK(s.fake.tokenExchanges() == 1);

    SECTION("401 with the cached token: a new token, then success")
    {
        s.fake.expireTokens();
        store->put(source, QStringLiteral("documents/3/b.txt"), QStringLiteral("text/plain"),
                   &error);
        REQUIRE_FALSE(error);
        CHECK(s.fake.tokenExchanges() == 2);
        CHECK(ofKind(s.fake, Op::Initiate).size() == 3); // first upload, the 401, the retry
        CHECK(s.fake.hasObject(kBucket, QStringLiteral("documents/3/b.txt")));
    }
    SECTION("401 again with the new token: an Auth error")
    {
        s.fake.fail(Op::Initiate, 401, 2);
        store->put(source, QStringLiteral("documents/3/c.txt"), QStringLiteral("text/plain"),
                   &error);
        CHECK(error.kind == Kind::Auth);
        CHECK(error.httpStatus == 401);
        CHECK(error.serverMessage == QLatin1String("Invalid Credentials"));
        CHECK(ofKind(s.fake, Op::Initiate).size() == 3);
        CHECK(s.fake.tokenExchanges() == 2);
    }
}

TEST_CASE("GcsStore: 403 is Forbidden with Cloud Storage's message", "[storage][gcs]")
{
    Started s;
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString source = writeFile(tmp, QStringLiteral("a.txt"), "hello");
    auto store = storeFor(s.fake);
    const QString said = QStringLiteral(
        "documents@limitless-test.iam.gserviceaccount.com does not have storage.objects.create "
        "access to the Google Cloud Storage object. Permission 'storage.objects.create' denied "
        "on resource (or it may not exist).");
    s.fake.fail(Op::Initiate, 403, 1, -1, said);
    StoreError error;
    const StoredObject stored = store->put(source, QStringLiteral("documents/4/a.txt"), {}, &error);
    CHECK(stored.url.isEmpty());
    CHECK(error.kind == Kind::Forbidden);
    CHECK(error.httpStatus == 403);
    CHECK(error.serverMessage == said);
    CHECK(error.message.contains(said));
    CHECK(ofKind(s.fake, Op::Initiate).size() == 1); // not retried
}

TEST_CASE("GcsStore: 429 and 503 back off, honouring Retry-After", "[storage][gcs]")
{
    Started s;
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QByteArray data = randomBytes(600 * KiB, 5);
    const QString source = writeFile(tmp, QStringLiteral("a.bin"), data);
    auto store = storeFor(s.fake);
    StoreError error;

    SECTION("429 on a chunk with Retry-After: 1")
    {
        s.fake.fail(Op::Chunk, 429, 1, 1);
        store->put(source, QStringLiteral("documents/5/a.bin"), {}, &error);
        REQUIRE_FALSE(error);
        CHECK(s.fake.object(kBucket, QStringLiteral("documents/5/a.bin")).data == data);
        const auto all = s.fake.requests();
        qint64 refusedAt = -1;
        qint64 nextAt = -1;
        for (const auto& r : all) {
            if (refusedAt < 0 && r.op == Op::Chunk)
                refusedAt = r.atMs;
            else if (refusedAt >= 0 && nextAt < 0)
                nextAt = r.atMs;
        }
        REQUIRE(nextAt >= 0);
        CHECK(nextAt - refusedAt >= 1000);
        // After the failure the client asked for the session's state before sending more.
        CHECK(ofKind(s.fake, Op::Status).size() == 1);
    }
    SECTION("503 twice on the session's start")
    {
        s.fake.fail(Op::Initiate, 503, 2);
        store->put(source, QStringLiteral("documents/5/b.bin"), {}, &error);
        REQUIRE_FALSE(error);
        CHECK(ofKind(s.fake, Op::Initiate).size() == 3);
        CHECK(s.fake.object(kBucket, QStringLiteral("documents/5/b.bin")).data == data);
    }
    SECTION("503 from the token endpoint")
    {
        s.fake.fail(Op::Token, 503, 1);
        store->put(source, QStringLiteral("documents/5/c.bin"), {}, &error);
        REQUIRE_FALSE(error);
        CHECK(s.fake.tokenExchanges() == 1);
        CHECK(ofKind(s.fake, Op::Token).size() == 2);
    }
    SECTION("a Retry-After longer than the policy allows is not waited for")
    {
        s.fake.fail(Op::Initiate, 429, 1, 3600);
        QElapsedTimer timer;
        timer.start();
        store->put(source, QStringLiteral("documents/5/d.bin"), {}, &error);
        CHECK(error.kind == Kind::RateLimited);
        CHECK(timer.elapsed() < 5000);
    }
}

TEST_CASE("GcsStore: a persistent 503 gives up after the attempts", "[storage][gcs]")
{
    Started s;
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString source = writeFile(tmp, QStringLiteral("a.bin"), randomBytes(600 * KiB));
    auto store = storeFor(s.fake, 3);
    StoreError error;

    SECTION("at the start")
    {
        s.fake.fail(Op::Initiate, 503, 100);
        store->put(source, QStringLiteral("documents/6/a.bin"), {}, &error);
        CHECK(error.kind == Kind::Server);
        CHECK(error.httpStatus == 503);
        CHECK(ofKind(s.fake, Op::Initiate).size() == 3);
    }
    SECTION("mid-upload")
    {
        s.fake.fail(Op::Chunk, 503, 1);
        s.fake.fail(Op::Status, 503, 100);
        store->put(source, QStringLiteral("documents/6/b.bin"), {}, &error);
        CHECK(error.kind == Kind::Server);
        CHECK(ofKind(s.fake, Op::Status).size() == 2);
        CHECK_FALSE(s.fake.hasObject(kBucket, QStringLiteral("documents/6/b.bin")));
    }
    SECTION("on every chunk")
    {
        s.fake.fail(Op::Chunk, 503, 100);
        store->put(source, QStringLiteral("documents/6/d.bin"), {}, &error);
        CHECK(error.kind == Kind::Server);
        CHECK(ofKind(s.fake, Op::Chunk).size() == 3);
        CHECK(ofKind(s.fake, Op::Status).size() == 2); // asked where it stood after each
    }
    SECTION("429 throughout")
    {
        s.fake.fail(Op::Initiate, 429, 100);
        store->put(source, QStringLiteral("documents/6/c.bin"), {}, &error);
        CHECK(error.kind == Kind::RateLimited);
        CHECK(ofKind(s.fake, Op::Initiate).size() == 3);
    }
}

TEST_CASE("GcsStore: the token goes nowhere but https or this computer", "[storage][gcs]")
{
    Started s;
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString source = writeFile(tmp, QStringLiteral("a.txt"), "hello");
    auto store = storeFor(s.fake);
    store->setBaseUrl(QUrl(QStringLiteral("http://storage.example.com")));
    StoreError error;
    store->put(source, QStringLiteral("documents/1/a.txt"), {}, &error);
    CHECK(error.kind == Kind::Network);
    CHECK(store->remove({GcsStore::storageUrl(kBucket, QStringLiteral("a")), kBucket}).kind ==
          Kind::Network);
    CHECK(s.fake.requests().isEmpty()); // not even a token was asked for
}

TEST_CASE("GcsStore: an expired session starts over with a new one", "[storage][gcs]")
{
    Started s;
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QByteArray data = randomBytes(1024 * KiB, 3);
    const QString source = writeFile(tmp, QStringLiteral("a.bin"), data);
    auto store = storeFor(s.fake);
    const int status = GENERATE(404, 410);
    INFO("the session answers " << status);
    bool expired = false;
    StoreError error;
    store->put(source, QStringLiteral("documents/7/a.bin"), {}, &error, nullptr,
               [&](qint64 sent, qint64) {
                   if (!expired && sent >= 512 * KiB) {
                       s.fake.expireSessions(status);
                       expired = true;
                   }
               });
    REQUIRE_FALSE(error);
    CHECK(expired);
    CHECK(ofKind(s.fake, Op::Initiate).size() == 2);
    CHECK(s.fake.object(kBucket, QStringLiteral("documents/7/a.bin")).data == data);
}

TEST_CASE("GcsStore: cancel mid-upload abandons the session", "[storage][gcs]")
{
    Started s;
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString source = writeFile(tmp, QStringLiteral("a.bin"), randomBytes(2048 * KiB));
    auto store = storeFor(s.fake);
    std::atomic_bool cancel{false};
    StoreError error;
    const StoredObject stored = store->put(source, QStringLiteral("documents/8/a.bin"), {}, &error,
                                           &cancel, [&](qint64 sent, qint64) {
                                               if (sent >= 512 * KiB)
                                                   cancel = true;
                                           });
    CHECK(error.kind == Kind::Cancelled);
    CHECK(stored.url.isEmpty());
    CHECK_FALSE(s.fake.hasObject(kBucket, QStringLiteral("documents/8/a.bin")));
    CHECK(ofKind(s.fake, Op::CancelSession).size() == 1);
    CHECK(s.fake.openSessions() == 0);
    CHECK(ofKind(s.fake, Op::Chunk).size() < 8);
}

TEST_CASE("GcsStore: remove, a missing object included", "[storage][gcs]")
{
    Started s;
    auto store = storeFor(s.fake);
    const QString name = QStringLiteral("documents/9/Brand Guide.pdf");
    s.fake.putObject(kBucket, name, "pdf bytes");
    const StoredObject object{GcsStore::storageUrl(kBucket, name), kBucket};

    REQUIRE_FALSE(store->remove(object));
    CHECK_FALSE(s.fake.hasObject(kBucket, name));
    const auto deletes = ofKind(s.fake, Op::Delete);
    REQUIRE(deletes.size() == 1);
    CHECK(deletes.first().target ==
          "/storage/v1/b/" + kBucket.toLatin1() + "/o/documents%2F9%2FBrand%20Guide.pdf");

    CHECK_FALSE(store->remove(object)); // 404: already gone
    s.fake.fail(Op::Delete, 503, 1);
    CHECK_FALSE(store->remove(object)); // retried, then 404
    CHECK(ofKind(s.fake, Op::Delete).size() == 4);

    s.fake.fail(Op::Delete, 403, 1);
    CHECK(store->remove(object).kind == Kind::Forbidden);
    CHECK(store->remove({QStringLiteral("file:///tmp/x"), kBucket}).kind == Kind::Io);
}

TEST_CASE("GcsStore: fetch downloads the object", "[storage][gcs]")
{
    Started s;
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    auto store = storeFor(s.fake);
    const QByteArray data = randomBytes(700 * KiB, 9);
    const QString name = QStringLiteral("documents/10/notes.md");
    s.fake.putObject(kBucket, name, data);
    const StoredObject object{GcsStore::storageUrl(kBucket, name), kBucket};
    const QString target = tmp.filePath(QStringLiteral("out/notes.md"));

    qint64 lastSeen = 0;
    REQUIRE_FALSE(store->fetchWithProgress(object, target, nullptr,
                                           [&](qint64 done, qint64) { lastSeen = done; }));
    CHECK(readFile(target) == data);
    CHECK(lastSeen == data.size());
    const auto downloads = ofKind(s.fake, Op::Download);
    REQUIRE(downloads.size() == 1);
    CHECK(downloads.first().target ==
          "/storage/v1/b/" + kBucket.toLatin1() + "/o/documents%2F10%2Fnotes.md?alt=media");

    s.fake.fail(Op::Download, 503, 1);
    QFile::remove(target);
    REQUIRE_FALSE(store->fetch(object, target));
    CHECK(readFile(target) == data);

    const StoredObject missing{GcsStore::storageUrl(kBucket, QStringLiteral("documents/x.md")),
                               kBucket};
    const StoreError error = store->fetch(missing, tmp.filePath(QStringLiteral("missing.md")));
    CHECK(error.kind == Kind::NotFound);
    CHECK_FALSE(QFile::exists(tmp.filePath(QStringLiteral("missing.md"))));
}

TEST_CASE("GcsStore: storage_url in the seed's format, and back", "[storage][gcs]")
{
    const QString id = QStringLiteral("6f1c2a4e-1d2b-4c3a-9e8f-0a1b2c3d4e5f");
    // As app/demo/DemoBusiness.cpp writes them.
    CHECK(GcsStore::storageUrl(kBucket, QStringLiteral("documents/") + id +
                                            QStringLiteral("/Pricing & Offers (2024).pdf")) ==
          QStringLiteral("https://storage.googleapis.com/elevate-growth-lab-docs/documents/") + id +
              QStringLiteral("/Pricing%20%26%20Offers%20%282024%29.pdf"));

    const QString name = QStringLiteral("documents/") + id + QStringLiteral("/a b%c.pdf");
    for (const QString& url :
         {GcsStore::storageUrl(kBucket, name),
          QStringLiteral("https://storage.cloud.google.com/elevate-growth-lab-docs/documents/") +
              id + QStringLiteral("/a%20b%25c.pdf"),
          QStringLiteral("https://elevate-growth-lab-docs.storage.googleapis.com/documents/") + id +
              QStringLiteral("/a%20b%25c.pdf"),
          QStringLiteral("gs://elevate-growth-lab-docs/documents/") + id +
              QStringLiteral("/a%20b%25c.pdf")}) {
        INFO(url.toStdString());
        const GcsStore::Location where = GcsStore::parseStorageUrl(url);
        CHECK(where.bucket == kBucket);
        CHECK(where.objectName == name);
    }
    CHECK_FALSE(GcsStore::parseStorageUrl(QStringLiteral("https://example.com/b/x")).isValid());
    CHECK_FALSE(GcsStore::parseStorageUrl(QStringLiteral("file:///tmp/x")).isValid());
    CHECK(StoreError::kindName(Kind::RateLimited) == QLatin1String("rate-limited"));
    CHECK_FALSE(
        GcsStore::parseStorageUrl(QStringLiteral("https://storage.googleapis.com/bucket-only"))
            .isValid());
}
