#include "knowledge/GcsStore.h"

#include "auth/ErrorMapper.h"
#include "knowledge/BlockingHttp.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>

namespace limitless::knowledge {

namespace {

using Kind = StoreError::Kind;

constexpr qint64 kReadBlock = 1024 * 1024;
constexpr int kAbandonTimeoutMs = 5000;

QByteArray enc(const QString& s)
{
    return QUrl::toPercentEncoding(s);
}

QString decodeSegment(const QString& encoded)
{
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}

bool isTransientStatus(int status)
{
    // Google's retry guidance for Cloud Storage: 408, 429 and every 5xx.
    return status == 408 || status == 429 || (status >= 500 && status <= 599);
}

// GCS errors: {"error": {"code": 403, "message": "…", "errors": [{"reason": "forbidden", …}]}}.
QString serverMessage(const HttpAnswer& answer)
{
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body);
    const QJsonValue error = doc.object().value(QStringLiteral("error"));
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        QString message = e.value(QStringLiteral("message")).toString();
        if (message.isEmpty()) {
            const QJsonArray errors = e.value(QStringLiteral("errors")).toArray();
            if (!errors.isEmpty())
                message = errors.first().toObject().value(QStringLiteral("message")).toString();
        }
        if (!message.isEmpty())
            return message;
    }
    if (error.isString()) // OAuth-style answers from the front end
        return error.toString();
    return QString::fromUtf8(answer.body.left(200)).simplified();
}

// The persisted bytes of a resumable session from its 308 answer: "Range: bytes=0-N" means
// N + 1 bytes; no Range means none. -1 when the header cannot be read.
qint64 persistedBytes(const HttpAnswer& answer)
{
    const QByteArray range = answer.header("Range").trimmed();
    if (range.isEmpty())
        return 0;
    if (!range.startsWith("bytes=0-"))
        return -1;
    bool ok = false;
    const qint64 last = range.mid(8).toLongLong(&ok);
    return ok && last >= 0 ? last + 1 : -1;
}

// Writes through to a file while hashing what passes, so that a download is checked against
// the MD5 the server announces without reading the file again.
class HashingWriter : public QIODevice {
public:
    explicit HashingWriter(QIODevice& target) : m_target(target), m_md5(QCryptographicHash::Md5)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray md5() const { return m_md5.result(); }
    qint64 written() const { return m_written; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        const qint64 n = m_target.write(data, size);
        if (n > 0) {
            m_md5.addData(QByteArrayView(data, n));
            m_written += n;
        }
        return n;
    }

private:
    QIODevice& m_target;
    QCryptographicHash m_md5;
    qint64 m_written = 0;
};

// "crc32c=n03x6A==,md5=Ojk9c3dhfxgoKVVHYwFbHQ==" (x-goog-hash): the MD5, decoded; empty for
// objects that have none (composite objects).
QByteArray announcedMd5(const HttpAnswer& answer)
{
    for (const QByteArray& part : answer.header("x-goog-hash").split(',')) {
        const QByteArray p = part.trimmed();
        if (p.startsWith("md5="))
            return QByteArray::fromBase64(p.mid(4));
    }
    return {};
}

} // namespace

// One blocking call's network, token and retry state.
class GcsStore::Call {
public:
    Call(const GcsStore& store, const std::atomic_bool* cancel)
        : m_store(store), m_cancel(cancel), m_http(m_nam)
    {
        m_http.setInactivityTimeout(store.m_timeoutMs);
    }

    bool cancelled() const { return m_cancel && m_cancel->load(); }
    BlockingHttp& http() { return m_http; }
    const std::atomic_bool* cancelFlag() const { return m_cancel; }

    enum class Next { Accept, Retry, Fail };

    // A token for the next request; empty with Retry (after the back-off) or Fail.
    QString token(Next* next, StoreError* error)
    {
        StoreError e;
        const QString t = m_store.m_tokens->accessToken(&e, m_cancel);
        if (!e) {
            *next = Next::Accept;
            return t;
        }
        const bool transient =
            e.kind == Kind::Network || e.kind == Kind::Server || e.kind == Kind::RateLimited;
        *next = transient && backOff(nullptr, e, error) ? Next::Retry : Next::Fail;
        if (!transient)
            *error = e;
        return {};
    }

    QNetworkRequest request(const QUrl& url, const QString& token) const
    {
        QNetworkRequest r = BlockingHttp::request(url);
        // A resumable session's URI authenticates by itself; the token goes only to the API's
        // own host, never to wherever a Location header might point.
        if (!token.isEmpty() && url.host() == m_store.m_base.host() &&
            url.port() == m_store.m_base.port())
            r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        return r;
    }

    // What the common answers mean for any request: 401 refreshes the token once; transient
    // failures back off and count against the attempts; the rest is for the caller (Accept).
    Next judge(const HttpAnswer& a, const QString& token, StoreError* error)
    {
        if (a.cancelled || cancelled()) {
            *error = cancelledError();
            return Next::Fail;
        }
        if (a.answered() && a.status == 401) {
            if (m_authRetried) {
                *error = statusError(a);
                return Next::Fail;
            }
            m_authRetried = true;
            m_store.m_tokens->invalidate(token);
            return Next::Retry;
        }
        if (!a.answered() || isTransientStatus(a.status)) {
            const StoreError failure = a.answered() ? statusError(a) : transportError(a);
            return backOff(&a, failure, error) ? Next::Retry : Next::Fail;
        }
        return Next::Accept;
    }

    // The server answered sensibly: the counts start again.
    void progressed()
    {
        m_failures = 0;
        m_authRetried = false;
    }

    StoreError statusError(const HttpAnswer& a) const
    {
        const QString said = serverMessage(a);
        switch (a.status) {
        case 401:
            return StoreError::make(Kind::Auth,
                                    GcsStore::tr("Google Cloud Storage did not accept the service "
                                                 "account's credentials: %1")
                                        .arg(said),
                                    a.status, said);
        case 403:
            return StoreError::make(
                Kind::Forbidden,
                GcsStore::tr("Google Cloud Storage refused access to the bucket "
                             "\"%1\": %2")
                    .arg(m_store.m_bucket, said),
                a.status, said);
        case 404:
            return StoreError::make(
                Kind::NotFound,
                GcsStore::tr("Google Cloud Storage has no such bucket or object: %1").arg(said),
                a.status, said);
        case 429:
            return StoreError::make(
                Kind::RateLimited,
                GcsStore::tr("Google Cloud Storage is limiting requests; try again "
                             "later."),
                a.status, said);
        default:
            if (isTransientStatus(a.status))
                return StoreError::make(
                    Kind::Server,
                    GcsStore::tr("Google Cloud Storage is unavailable (HTTP %1); try "
                                 "again later.")
                        .arg(a.status),
                    a.status, said);
            return StoreError::make(
                Kind::Server,
                GcsStore::tr("Google Cloud Storage refused the request (HTTP %1): %2")
                    .arg(a.status)
                    .arg(said),
                a.status, said);
        }
    }

    static StoreError transportError(const HttpAnswer& a)
    {
        if (a.timedOut)
            return StoreError::make(Kind::Network,
                                    GcsStore::tr("Google Cloud Storage stopped answering."), 0,
                                    a.errorText);
        return StoreError::make(
            Kind::Network,
            GcsStore::tr("Google Cloud Storage cannot be reached: %1").arg(a.errorText), 0,
            a.errorText);
    }

    // A failure found by the caller (a damaged download): back off and try again, or not.
    bool retryAfter(const StoreError& failure, StoreError* error)
    {
        return backOff(nullptr, failure, error);
    }

    static StoreError cancelledError()
    {
        return StoreError::make(Kind::Cancelled, GcsStore::tr("Cancelled."));
    }

private:
    // Counts a transient failure and waits before the next try: the policy's exponential delay
    // with jitter, or the server's Retry-After when that is longer. False with *error when the
    // attempts are used up, the server asks for too long a pause, or the call is cancelled.
    bool backOff(const HttpAnswer* answer, const StoreError& failure, StoreError* error)
    {
        const GcsStore::RetryPolicy& policy = m_store.m_retry;
        ++m_failures;
        if (m_failures >= std::max(1, policy.maxAttempts)) {
            *error = failure;
            return false;
        }
        const int retryAfter =
            answer ? auth::ErrorMapper::parseRetryAfter(answer->header("Retry-After"),
                                                        QDateTime::currentDateTimeUtc())
                   : -1;
        if (retryAfter > policy.maxRetryAfterSeconds) {
            *error =
                StoreError::make(Kind::RateLimited,
                                 GcsStore::tr("Google Cloud Storage asks to wait %1 seconds before "
                                              "trying again.")
                                     .arg(retryAfter),
                                 failure.httpStatus, failure.serverMessage);
            return false;
        }
        qint64 delay = qint64(std::max(0, policy.initialDelayMs)) << std::min(m_failures - 1, 20);
        delay = std::min<qint64>(delay, policy.maxDelayMs);
        delay += QRandomGenerator::global()->bounded(delay / 10 + 1);
        delay = std::max<qint64>(delay, qint64(retryAfter) * 1000);
        if (!BlockingHttp::wait(int(delay), m_cancel)) {
            *error = cancelledError();
            return false;
        }
        return true;
    }

    const GcsStore& m_store;
    const std::atomic_bool* m_cancel;
    QNetworkAccessManager m_nam;
    BlockingHttp m_http;
    int m_failures = 0;
    bool m_authRetried = false;
};

GcsStore::GcsStore(std::shared_ptr<GoogleTokenSource> tokens, QString bucket)
    : m_tokens(std::move(tokens)), m_bucket(std::move(bucket))
{}

std::unique_ptr<GcsStore> GcsStore::fromKeyJson(const QByteArray& keyJson, const QString& bucket,
                                                StoreError* error)
{
    StoreError e;
    ServiceAccountKey key = ServiceAccountKey::fromJson(keyJson, &e);
    if (error)
        *error = e;
    if (e)
        return {};
    return std::make_unique<GcsStore>(std::make_shared<GoogleTokenSource>(std::move(key)), bucket);
}

void GcsStore::setChunkSize(qint64 bytes)
{
    const qint64 units = std::max<qint64>(1, (bytes + kChunkGranularity - 1) / kChunkGranularity);
    m_chunkSize = units * kChunkGranularity;
}

QString GcsStore::storageUrl(const QString& bucket, const QString& objectName)
{
    QStringList segments;
    for (const QString& s : objectName.split(QLatin1Char('/')))
        segments << QString::fromLatin1(enc(s));
    return QStringLiteral("https://storage.googleapis.com/") + QString::fromLatin1(enc(bucket)) +
           QLatin1Char('/') + segments.join(QLatin1Char('/'));
}

GcsStore::Location GcsStore::parseStorageUrl(const QString& url)
{
    const QUrl u(url.trimmed(), QUrl::TolerantMode);
    if (!u.isValid())
        return {};
    const QString host = u.host().toLower();
    QStringList segments = u.path(QUrl::FullyEncoded).split(QLatin1Char('/'));
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst();
    Location out;
    if (u.scheme() == QLatin1String("gs")) {
        out.bucket = u.host(); // QUrl lower-cases hosts; bucket names are lower case anyway
    } else if (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http")) {
        const QString virtualSuffix = QStringLiteral(".storage.googleapis.com");
        if (host == QLatin1String("storage.googleapis.com") ||
            host == QLatin1String("storage.cloud.google.com")) {
            if (segments.isEmpty())
                return {};
            out.bucket = decodeSegment(segments.takeFirst());
        } else if (host.endsWith(virtualSuffix)) {
            out.bucket = host.left(host.size() - virtualSuffix.size());
        } else {
            return {};
        }
    } else {
        return {};
    }
    QStringList name;
    for (const QString& s : segments)
        name << decodeSegment(s);
    out.objectName = name.join(QLatin1Char('/'));
    if (!out.isValid())
        return {};
    return out;
}

StoredObject GcsStore::put(const QString& localPath, const QString& objectName,
                           const QString& contentType, StoreError* error,
                           const std::atomic_bool* cancel, const StoreProgress& progress)
{
    StoreError scratch;
    StoreError& err = error ? *error : scratch;
    err = {};
    auto fail = [&err](const StoreError& e) {
        err = e;
        return StoredObject();
    };

    const QString name = sanitizeObjectName(objectName, ObjectNameRules::Cloud);
    if (name.isEmpty())
        return fail(StoreError::make(Kind::Io, tr("\"%1\" cannot be used as the name of a stored "
                                                  "file.")
                                                   .arg(objectName)));
    if (!isSecureOrLoopback(m_base))
        return fail(StoreError::make(
            Kind::Network,
            tr("The storage address %1 is not an https address.").arg(m_base.toString())));
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(StoreError::make(
            Kind::Io,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(localPath), file.errorString())));
    const qint64 total = file.size();

    // The MD5 goes with the metadata: Cloud Storage then refuses to finish an upload whose
    // bytes differ from the file's (a file changed while it was sent, a corrupted chunk).
    QCryptographicHash md5(QCryptographicHash::Md5);
    while (!file.atEnd()) {
        if (cancel && cancel->load())
            return fail(Call::cancelledError());
        const QByteArray block = file.read(kReadBlock);
        if (block.isEmpty() && file.error() != QFileDevice::NoError)
            return fail(StoreError::make(
                Kind::Io, tr("Cannot read %1: %2")
                              .arg(QDir::toNativeSeparators(localPath), file.errorString())));
        md5.addData(block);
    }
    const QByteArray md5Base64 = md5.result().toBase64();
    const QString type =
        contentType.isEmpty() ? QStringLiteral("application/octet-stream") : contentType;

    Call call(*this, cancel);
    const QByteArray base = m_base.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash).toUtf8();
    const QUrl initiateUrl = QUrl::fromEncoded(base + "/upload/storage/v1/b/" + enc(m_bucket) +
                                                   "/o?uploadType=resumable&name=" + enc(name),
                                               QUrl::StrictMode);
    const QByteArray totalText = QByteArray::number(total);
    const QByteArray metadata =
        QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                  {QStringLiteral("contentType"), type},
                                  {QStringLiteral("md5Hash"), QString::fromLatin1(md5Base64)}})
            .toJson(QJsonDocument::Compact);

    QUrl session;
    qint64 offset = 0;      // bytes the server has confirmed
    bool askOffset = false; // after a failure mid-upload: ask before sending more
    bool sessionRenewed = false;
    auto report = [&](qint64 done) {
        if (progress)
            progress(std::clamp<qint64>(done, 0, total), total);
    };
    // Cancelling ends the session too, so that the server drops what it holds.
    auto abandon = [&] {
        if (session.isEmpty())
            return;
        QNetworkAccessManager nam;
        BlockingHttp http(nam);
        http.setInactivityTimeout(kAbandonTimeoutMs);
        http.send(BlockingHttp::request(session), "DELETE");
    };
    report(0);

    for (;;) {
        if (call.cancelled()) {
            abandon();
            return fail(Call::cancelledError());
        }
        Call::Next next = Call::Next::Accept;
        const QString token = call.token(&next, &err);
        if (next == Call::Next::Retry)
            continue;
        if (next == Call::Next::Fail) {
            if (err.kind == Kind::Cancelled)
                abandon();
            return StoredObject();
        }

        if (session.isEmpty()) {
            QNetworkRequest r = call.request(initiateUrl, token);
            r.setHeader(QNetworkRequest::ContentTypeHeader,
                        QByteArrayLiteral("application/json; charset=UTF-8"));
            r.setRawHeader("X-Upload-Content-Type", type.toUtf8());
            r.setRawHeader("X-Upload-Content-Length", totalText);
            const HttpAnswer a = call.http().send(r, "POST", metadata, cancel);
            next = call.judge(a, token, &err);
            if (next == Call::Next::Retry)
                continue;
            if (next == Call::Next::Fail)
                return StoredObject();
            if (a.status != 200 && a.status != 201)
                return fail(call.statusError(a));
            session = QUrl::fromEncoded(a.header("Location").trimmed(), QUrl::StrictMode);
            if (!session.isValid() || !isSecureOrLoopback(session))
                return fail(StoreError::make(Kind::Server,
                                             tr("Google Cloud Storage did not open an upload "
                                                "session."),
                                             a.status));
            offset = 0;
            askOffset = false;
            call.progressed();
            continue;
        }

        QNetworkRequest r = call.request(session, token);
        HttpAnswer a;
        const bool statusQuery = askOffset || offset >= total;
        if (statusQuery) {
            // "bytes */total": where does the session stand? (For an empty file this is
            // also the upload itself.)
            r.setRawHeader("Content-Range", "bytes */" + totalText);
            a = call.http().send(r, "PUT", {}, cancel);
        } else {
            const qint64 length = std::min(m_chunkSize, total - offset);
            if (!file.seek(offset))
                return fail(StoreError::make(
                    Kind::Io, tr("Cannot read %1: %2")
                                  .arg(QDir::toNativeSeparators(localPath), file.errorString())));
            const QByteArray chunk = file.read(length);
            if (chunk.size() != length)
                return fail(
                    StoreError::make(Kind::Io, tr("%1 changed while it was being "
                                                  "uploaded.")
                                                   .arg(QDir::toNativeSeparators(localPath))));
            r.setHeader(QNetworkRequest::ContentTypeHeader, type.toUtf8());
            r.setRawHeader("Content-Range", "bytes " + QByteArray::number(offset) + '-' +
                                                QByteArray::number(offset + length - 1) + '/' +
                                                totalText);
            const qint64 start = offset;
            a = call.http().send(r, "PUT", chunk, cancel,
                                 [&](qint64 sent, qint64) { report(start + sent); });
        }

        if (a.answered() && (a.status == 404 || a.status == 410)) {
            // The session expired (a week without progress) or was cancelled: start over
            // once with a new one.
            if (sessionRenewed)
                return fail(StoreError::make(Kind::Server,
                                             tr("Google Cloud Storage ended the upload session "
                                                "twice; try again later."),
                                             a.status, serverMessage(a)));
            sessionRenewed = true;
            session.clear();
            offset = 0;
            report(0);
            continue;
        }
        next = call.judge(a, token, &err);
        if (next == Call::Next::Retry) {
            askOffset = true;
            continue;
        }
        if (next == Call::Next::Fail) {
            if (err.kind == Kind::Cancelled)
                abandon();
            return StoredObject();
        }
        if (a.status == 308) {
            const qint64 persisted = persistedBytes(a);
            if (persisted < 0 || persisted > total)
                return fail(StoreError::make(Kind::Server,
                                             tr("Google Cloud Storage reported an upload "
                                                "position that does not fit the file."),
                                             a.status, QString::fromLatin1(a.header("Range"))));
            const bool advanced = persisted > offset;
            offset = persisted;
            askOffset = false;
            report(offset);
            // Only bytes taken count as progress: a status query alone does not start the
            // attempts again, or a chunk that always fails would be sent forever.
            if (advanced) {
                call.progressed();
                continue;
            }
            if (statusQuery && offset < total)
                continue;
            // A chunk of which nothing was kept, or every byte kept and no object: a failure
            // like a 5xx.
            if (call.retryAfter(StoreError::make(Kind::Server,
                                                 tr("Google Cloud Storage is not taking the "
                                                    "file's bytes; try again later."),
                                                 a.status),
                                &err))
                continue;
            if (err.kind == Kind::Cancelled)
                abandon();
            return StoredObject();
        }
        if (a.status != 200 && a.status != 201)
            return fail(call.statusError(a));

        // The object resource: check that what was stored is the file.
        const QJsonObject object = QJsonDocument::fromJson(a.body).object();
        const QString size = object.value(QStringLiteral("size")).toString();
        const QString storedMd5 = object.value(QStringLiteral("md5Hash")).toString();
        if ((!size.isEmpty() && size.toLongLong() != total) ||
            (!storedMd5.isEmpty() && storedMd5.toLatin1() != md5Base64))
            return fail(StoreError::make(Kind::Server,
                                         tr("The copy in Google Cloud Storage differs from the "
                                            "file."),
                                         a.status));
        report(total);
        return StoredObject{storageUrl(m_bucket, name), m_bucket};
    }
}

StoreError GcsStore::remove(const StoredObject& object)
{
    const Location where = parseStorageUrl(object.url);
    if (!where.isValid())
        return StoreError::make(
            Kind::Io, tr("\"%1\" is not a Google Cloud Storage address.").arg(object.url));
    if (!isSecureOrLoopback(m_base))
        return StoreError::make(Kind::Network, tr("The storage address %1 is not an https "
                                                  "address.")
                                                   .arg(m_base.toString()));
    const QByteArray base = m_base.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash).toUtf8();
    const QUrl url = QUrl::fromEncoded(base + "/storage/v1/b/" + enc(where.bucket) + "/o/" +
                                           enc(where.objectName),
                                       QUrl::StrictMode);
    Call call(*this, nullptr);
    for (;;) {
        StoreError err;
        Call::Next next = Call::Next::Accept;
        const QString token = call.token(&next, &err);
        if (next == Call::Next::Retry)
            continue;
        if (next == Call::Next::Fail)
            return err;
        const HttpAnswer a = call.http().send(call.request(url, token), "DELETE");
        if (a.status == 404) // already gone
            return {};
        next = call.judge(a, token, &err);
        if (next == Call::Next::Retry)
            continue;
        if (next == Call::Next::Fail)
            return err;
        if (a.status >= 200 && a.status < 300)
            return {};
        return call.statusError(a);
    }
}

StoreError GcsStore::fetch(const StoredObject& object, const QString& localPath)
{
    return fetchWithProgress(object, localPath, nullptr, {});
}

StoreError GcsStore::fetchWithProgress(const StoredObject& object, const QString& localPath,
                                       const std::atomic_bool* cancel,
                                       const StoreProgress& progress)
{
    const Location where = parseStorageUrl(object.url);
    if (!where.isValid())
        return StoreError::make(
            Kind::Io, tr("\"%1\" is not a Google Cloud Storage address.").arg(object.url));
    if (!isSecureOrLoopback(m_base))
        return StoreError::make(Kind::Network, tr("The storage address %1 is not an https "
                                                  "address.")
                                                   .arg(m_base.toString()));
    const QByteArray base = m_base.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash).toUtf8();
    const QUrl url = QUrl::fromEncoded(base + "/storage/v1/b/" + enc(where.bucket) + "/o/" +
                                           enc(where.objectName) + "?alt=media",
                                       QUrl::StrictMode);
    const QString target = QFileInfo(localPath).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return StoreError::make(
            Kind::Io, tr("Cannot create the folder for %1.").arg(QDir::toNativeSeparators(target)));

    Call call(*this, cancel);
    for (;;) {
        StoreError err;
        Call::Next next = Call::Next::Accept;
        const QString token = call.token(&next, &err);
        if (next == Call::Next::Retry)
            continue;
        if (next == Call::Next::Fail)
            return err;

        // Each try writes a fresh temporary file; the target is replaced only by a whole copy.
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly))
            return StoreError::make(
                Kind::Io,
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString()));
        HashingWriter writer(out);
        const HttpAnswer a = call.http().send(call.request(url, token), "GET", {}, cancel, {},
                                              &writer, [&](qint64 received, qint64 total) {
                                                  if (progress)
                                                      progress(received, total);
                                              });
        if (a.sinkFailed)
            return StoreError::make(
                Kind::Io,
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString()));
        if (a.status == 404)
            return StoreError::make(Kind::NotFound,
                                    tr("The stored file %1 is no longer in Google Cloud "
                                       "Storage.")
                                        .arg(where.objectName),
                                    a.status, serverMessage(a));
        next = call.judge(a, token, &err);
        if (next == Call::Next::Retry)
            continue;
        if (next == Call::Next::Fail)
            return err;
        if (a.status != 200)
            return call.statusError(a);
        const QByteArray expected = announcedMd5(a);
        if (!expected.isEmpty() && expected != writer.md5()) {
            // A corrupted transfer: try again like any other broken download.
            const StoreError corrupt = StoreError::make(
                Kind::Network, tr("The downloaded copy of %1 is damaged.").arg(where.objectName));
            if (call.retryAfter(corrupt, &err))
                continue;
            return err;
        }
        if (!out.commit())
            return StoreError::make(
                Kind::Io,
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString()));
        if (progress)
            progress(writer.written(), writer.written());
        return {};
    }
}

} // namespace limitless::knowledge
