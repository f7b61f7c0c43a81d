#include "FakeGcs.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <array>

namespace limitless::test {

namespace {

constexpr auto kB64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qint64 kChunkGranularity = 256 * 1024;
constexpr qint64 kKeepBodyUpTo = 64 * 1024;

const char* reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 308:
        return "Resume Incomplete"; // what Cloud Storage calls it
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 499:
        return "Client Closed Request";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray randomText(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    for (char& c : b)
        c = char(QRandomGenerator::global()->bounded(256));
    return b.toBase64(kB64Url);
}

// CRC-32C (Castagnoli), as Cloud Storage reports it: base64 of the big-endian value.
QByteArray crc32cBase64(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFFu] ^ (crc >> 8);
    crc ^= 0xFFFFFFFFu;
    QByteArray be(4, Qt::Uninitialized);
    for (int i = 0; i < 4; ++i)
        be[i] = char((crc >> (24 - 8 * i)) & 0xFFu);
    return be.toBase64();
}

QByteArray md5Base64(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64();
}

// Google's JSON API error body.
QJsonObject gcsError(int code, const QString& message, const QString& reason)
{
    return {
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), code},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("errors"),
                      QJsonArray{QJsonObject{{QStringLiteral("message"), message},
                                             {QStringLiteral("domain"), QStringLiteral("global")},
                                             {QStringLiteral("reason"), reason}}}}}}};
}

QJsonObject oauthError(const QString& code, const QString& description)
{
    return {{QStringLiteral("error"), code}, {QStringLiteral("error_description"), description}};
}

} // namespace

bool TestRsaKey::verify(const QByteArray& publicPem, const QByteArray& input, const QByteArray& sig)
{
    BIO* bio = BIO_new_mem_buf(publicPem.constData(), int(publicPem.size()));
    EVP_PKEY* key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        return false;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
                    EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(sig.constData()),
                                     size_t(sig.size()),
                                     reinterpret_cast<const unsigned char*>(input.constData()),
                                     size_t(input.size())) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    ERR_clear_error();
    return ok;
}

TestRsaKey TestRsaKey::generate()
{
    TestRsaKey out;
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY* key = nullptr;
    if (ctx && EVP_PKEY_keygen_init(ctx) == 1 && EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 2048) == 1)
        EVP_PKEY_generate(ctx, &key);
    EVP_PKEY_CTX_free(ctx);
    if (!key)
        return out;
    auto pem = [key](bool isPrivate) {
        BIO* bio = BIO_new(BIO_s_mem());
        if (isPrivate) // PKCS#8, "BEGIN PRIVATE KEY", as in Google's key files
            PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
        else
            PEM_write_bio_PUBKEY(bio, key);
        char* data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        QByteArray text(data, qsizetype(size));
        BIO_free(bio);
        return text;
    };
    out.privatePem = pem(true);
    out.publicPem = pem(false);
    EVP_PKEY_free(key);
    return out;
}

// Everything the server knows, shared by the test's thread and the server's.
struct FakeGcs::State {
    struct Token {
        qint64 expiresAt = 0; // ms since the epoch
        bool revoked = false;
    };
    struct Session {
        QString bucket;
        QString name;
        QString contentType;
        QByteArray md5; // base64, from the metadata; empty when not given
        qint64 declaredTotal = -1;
        QByteArray data; // persisted so far
        bool complete = false;
        int goneStatus = 0; // 404/410 once expired or cancelled
        QJsonObject resource;
    };
    struct Fault {
        int status = 0;
        int times = 0;
        int retryAfter = -1;
        QString message;
    };

    QMutex mutex;
    QElapsedTimer clock;
    QHash<QString, QByteArray> publicKeys; // by key id
    QHash<QByteArray, Token> tokens;
    int tokenLifetime = 3599; // what Google answers
    int tokenExchanges = 0;
    QHash<QString, QHash<QString, Object>> buckets;
    QHash<QString, Session> sessions; // by upload_id
    QHash<Op, QList<Fault>> faults;
    QHash<qint64, qint64> drops; // chunk start → bytes kept
    QList<Request> requests;
    qint64 generation = 1700000000000000;
    QUrl base;
};

// The HTTP side, in the server thread.
class FakeGcs::Server : public QObject {
public:
    explicit Server(State& state) : m_state(state) {}

    bool listen()
    {
        m_tcp = new QTcpServer(this);
        connect(m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_tcp->nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
        return m_tcp->listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_tcp->serverPort(); }

private:
    struct Reply {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        void add(const QByteArray& name, const QByteArray& value)
        {
            headers.append(qMakePair(name, value));
        }
        void json(const QJsonObject& o)
        {
            body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            add("Content-Type", "application/json; charset=UTF-8");
        }
    };

    void onRead(QTcpSocket* socket);
    static Op classify(const Request& r, const QStringList& path);
    Reply handle(Request& r, const QStringList& path); // with the state locked
    Reply token(const Request& r);
    Reply initiate(const Request& r, const QString& bucket);
    Reply session(Request& r, const QString& uploadId);
    Reply remove(const QString& bucket, const QString& name);
    Reply download(const QString& bucket, const QString& name);
    bool authorised(const Request& r, bool required, Reply* refusal) const;
    Reply faultReply(const State::Fault& fault) const;
    QJsonObject finish(State::Session& s);
    static Reply resumeIncomplete(const State::Session& s);
    void write(QTcpSocket* socket, const Reply& reply);

    State& m_state;
    QTcpServer* m_tcp = nullptr;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

FakeGcs::Op FakeGcs::Server::classify(const Request& r, const QStringList& path)
{
    // path: decoded segments of the request path, without the leading empty one.
    if (r.method == "POST" && path == QStringList{QStringLiteral("token")})
        return Op::Token;
    const bool upload = path.size() == 6 && path.at(0) == QLatin1String("upload") &&
                        path.at(1) == QLatin1String("storage") &&
                        path.at(3) == QLatin1String("b") && path.at(5) == QLatin1String("o");
    if (upload) {
        const bool hasSession = r.query.hasQueryItem(QStringLiteral("upload_id"));
        if (r.method == "POST" && !hasSession)
            return Op::Initiate;
        if (r.method == "PUT" && hasSession)
            return r.header("content-range").startsWith("bytes */") ? Op::Status : Op::Chunk;
        if (r.method == "DELETE" && hasSession)
            return Op::CancelSession;
        return Op::Other;
    }
    const bool object = path.size() == 6 && path.at(0) == QLatin1String("storage") &&
                        path.at(2) == QLatin1String("b") && path.at(4) == QLatin1String("o");
    if (object && r.method == "DELETE")
        return Op::Delete;
    if (object && r.method == "GET" &&
        r.query.queryItemValue(QStringLiteral("alt")) == QLatin1String("media"))
        return Op::Download;
    return Op::Other;
}

void FakeGcs::Server::onRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request r;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() < 2) {
            m_buffers.remove(socket);
            socket->abort();
            return;
        }
        r.method = requestLine.at(0);
        r.target = requestLine.at(1);
        const qsizetype q = r.target.indexOf('?');
        const QByteArray rawPath = q < 0 ? r.target : r.target.left(q);
        if (q >= 0)
            r.query = QUrlQuery(QString::fromLatin1(r.target.mid(q + 1)));
        QStringList path;
        for (const QByteArray& segment : rawPath.split('/')) {
            if (!segment.isEmpty())
                path << QUrl::fromPercentEncoding(segment);
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.insert(line.left(colon).trimmed().toLower(),
                                 line.mid(colon + 1).trimmed());
        }
        r.op = classify(r, path);
        const qint64 length = r.header("content-length").toLongLong();
        const qint64 available = buffer.size() - (headerEnd + 4);

        if (r.op == Op::Chunk) {
            // A scripted drop: keep the first bytes of this chunk, then hang up.
            const QByteArray range = r.header("content-range"); // bytes a-b/t
            const qint64 start = range.mid(6, range.indexOf('-') - 6).toLongLong();
            QMutexLocker lock(&m_state.mutex);
            const auto drop = m_state.drops.constFind(start);
            if (drop != m_state.drops.constEnd() && drop.value() < length) {
                if (available < drop.value())
                    return; // wait for more of the body
                State::Session& s =
                    m_state.sessions[r.query.queryItemValue(QStringLiteral("upload_id"))];
                const QByteArray kept = buffer.mid(headerEnd + 4, drop.value());
                const qint64 persisted = s.data.size();
                if (start <= persisted && start + kept.size() > persisted)
                    s.data += kept.mid(persisted - start);
                r.bodySize = kept.size();
                r.dropped = true;
                r.atMs = m_state.clock.elapsed();
                m_state.requests.append(r);
                lock.unlock();
                m_buffers.remove(socket);
                socket->abort();
                return;
            }
        }
        if (available < length)
            return; // the body is still coming
        r.bodySize = length;
        if (length <= kKeepBodyUpTo)
            r.body = buffer.mid(headerEnd + 4, length);
        const QByteArray fullBody = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);

        Reply reply;
        {
            QMutexLocker lock(&m_state.mutex);
            r.atMs = m_state.clock.elapsed();
            Request recorded = r;
            r.body = fullBody;
            reply = handle(r, path);
            m_state.requests.append(recorded);
        }
        write(socket, reply);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void FakeGcs::Server::write(QTcpSocket* socket, const Reply& reply)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto& h : reply.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    out += reply.body;
    socket->write(out);
}

FakeGcs::Server::Reply FakeGcs::Server::faultReply(const State::Fault& fault) const
{
    Reply reply;
    reply.status = fault.status;
    QString message = fault.message;
    QString reason;
    switch (fault.status) {
    case 401:
        reason = QStringLiteral("authError");
        if (message.isEmpty())
            message = QStringLiteral("Invalid Credentials");
        reply.add("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\"");
        break;
    case 403:
        reason = QStringLiteral("forbidden");
        if (message.isEmpty())
            message = clientEmail() +
                      QStringLiteral(" does not have storage.objects.create access to the Google "
                                     "Cloud Storage object. Permission 'storage.objects.create' "
                                     "denied on resource (or it may not exist).");
        break;
    case 404:
        reason = QStringLiteral("notFound");
        if (message.isEmpty())
            message = QStringLiteral("Not Found");
        break;
    case 429:
        reason = QStringLiteral("rateLimitExceeded");
        if (message.isEmpty())
            message = QStringLiteral("The rate of change requests to the object exceeds the rate "
                                     "limit. Please reduce the rate of create, update, and delete "
                                     "requests.");
        break;
    default:
        reason = fault.status >= 500 ? QStringLiteral("backendError") : QStringLiteral("invalid");
        if (message.isEmpty())
            message = fault.status >= 500 ? QStringLiteral("Backend Error")
                                          : QStringLiteral("Invalid request.");
        break;
    }
    reply.json(gcsError(fault.status, message, reason));
    if (fault.retryAfter >= 0)
        reply.add("Retry-After", QByteArray::number(fault.retryAfter));
    return reply;
}

FakeGcs::Server::Reply FakeGcs::Server::handle(Request& r, const QStringList& path)
{
    QList<State::Fault>& queue = m_state.faults[r.op];
    if (!queue.isEmpty()) {
        State::Fault& fault = queue.first();
        const State::Fault copy = fault;
        if (--fault.times <= 0)
            queue.removeFirst();
        if (r.op == Op::Token) {
            Reply reply;
            reply.status = copy.status;
            if (copy.status >= 500)
                reply.json(oauthError(QStringLiteral("internal_failure"),
                                      QStringLiteral("Backend Error")));
            else
                reply.json(oauthError(QStringLiteral("invalid_grant"),
                                      copy.message.isEmpty() ? QStringLiteral("Invalid grant")
                                                             : copy.message));
            if (copy.retryAfter >= 0)
                reply.add("Retry-After", QByteArray::number(copy.retryAfter));
            return reply;
        }
        return faultReply(copy);
    }

    Reply refusal;
    switch (r.op) {
    case Op::Token:
        return token(r);
    case Op::Initiate:
        if (!authorised(r, true, &refusal))
            return refusal;
        return initiate(r, path.at(4));
    case Op::Chunk:
    case Op::Status:
    case Op::CancelSession:
        // The session URI is the credential; a token that is sent must still be valid.
        if (!authorised(r, false, &refusal))
            return refusal;
        return session(r, r.query.queryItemValue(QStringLiteral("upload_id")));
    case Op::Delete:
        if (!authorised(r, true, &refusal))
            return refusal;
        return remove(path.at(3), path.at(5));
    case Op::Download:
        if (!authorised(r, true, &refusal))
            return refusal;
        return download(path.at(3), path.at(5));
    case Op::Other:
        break;
    }
    Reply reply;
    reply.status = 404;
    reply.json(gcsError(404, QStringLiteral("Not Found"), QStringLiteral("notFound")));
    return reply;
}

bool FakeGcs::Server::authorised(const Request& r, bool required, Reply* refusal) const
{
    const QByteArray auth = r.header("authorization");
    if (auth.isEmpty() && !required)
        return true;
    bool ok = auth.startsWith("Bearer ");
    if (ok) {
        const auto it = m_state.tokens.constFind(auth.mid(7));
        ok = it != m_state.tokens.constEnd() && !it->revoked &&
             it->expiresAt > QDateTime::currentMSecsSinceEpoch();
    }
    if (ok)
        return true;
    State::Fault f;
    f.status = 401;
    if (auth.isEmpty())
        f.message = QStringLiteral("Anonymous caller does not have storage.objects.create access "
                                   "to the Google Cloud Storage object.");
    *refusal = faultReply(f);
    return false;
}

FakeGcs::Server::Reply FakeGcs::Server::token(const Request& r)
{
    Reply reply;
    reply.status = 400;
    if (!r.header("content-type").startsWith("application/x-www-form-urlencoded")) {
        reply.json(
            oauthError(QStringLiteral("invalid_request"), QStringLiteral("Invalid Content-Type")));
        return reply;
    }
    const QUrlQuery form(QString::fromLatin1(r.body));
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grant != QLatin1String("urn:ietf:params:oauth:grant-type:jwt-bearer")) {
        reply.json(oauthError(QStringLiteral("unsupported_grant_type"),
                              QStringLiteral("Invalid grant_type: ") + grant));
        return reply;
    }
    const QByteArray jwt =
        form.queryItemValue(QStringLiteral("assertion"), QUrl::FullyDecoded).toLatin1();
    const QList<QByteArray> parts = jwt.split('.');
    const auto invalidGrant = [&reply](const QString& description) {
        reply.json(oauthError(QStringLiteral("invalid_grant"), description));
        return reply;
    };
    if (parts.size() != 3)
        return invalidGrant(QStringLiteral("Invalid JWT: Token must be a short-lived token (60 "
                                           "minutes) and in a reasonable timeframe."));
    const QJsonObject header =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(0), kB64Url)).object();
    const QJsonObject claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), kB64Url)).object();
    const QByteArray signature = QByteArray::fromBase64(parts.at(2), kB64Url);
    const QString kid = header.value(QStringLiteral("kid")).toString();
    // Base64url without padding, exactly: a padded or standard-base64 JWT is not one.
    const bool canonical = !jwt.contains('=') && !jwt.contains('+') && !jwt.contains('/');
    if (!canonical || header.value(QStringLiteral("alg")).toString() != QLatin1String("RS256") ||
        header.value(QStringLiteral("typ")).toString() != QLatin1String("JWT") ||
        !m_state.publicKeys.contains(kid) ||
        !TestRsaKey::verify(m_state.publicKeys.value(kid), parts.at(0) + '.' + parts.at(1),
                            signature))
        return invalidGrant(QStringLiteral("Invalid JWT Signature."));
    if (claims.value(QStringLiteral("iss")).toString() != clientEmail())
        return invalidGrant(QStringLiteral("Invalid grant: account not found"));
    if (claims.value(QStringLiteral("aud")).toString() !=
        m_state.base.resolved(QUrl(QStringLiteral("/token"))).toString())
        return invalidGrant(QStringLiteral("Invalid JWT: Failed audience check."));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 iat = claims.value(QStringLiteral("iat")).toInteger(-1);
    const qint64 exp = claims.value(QStringLiteral("exp")).toInteger(-1);
    if (iat < 0 || exp <= iat || exp - iat > 3600 || iat > now + 60 || exp <= now)
        return invalidGrant(QStringLiteral("Invalid JWT: Token must be a short-lived token (60 "
                                           "minutes) and in a reasonable timeframe. Check your "
                                           "iat and exp values in the JWT claim."));
    const QStringList scopes =
        claims.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '));
    if (!scopes.contains(QStringLiteral("https://www.googleapis.com/auth/devstorage.read_write")) &&
        !scopes.contains(
            QStringLiteral("https://www.googleapis.com/auth/devstorage.full_control"))) {
        reply.json(oauthError(QStringLiteral("invalid_scope"),
                              QStringLiteral("Invalid OAuth scope or ID token audience "
                                             "provided.")));
        return reply;
    }
    const QByteArray access = "ya29.c." + randomText(48);
    m_state.tokens.insert(
        access,
        {QDateTime::currentMSecsSinceEpoch() + qint64(m_state.tokenLifetime) * 1000, false});
    ++m_state.tokenExchanges;
    reply.status = 200;
    reply.json({{QStringLiteral("access_token"), QString::fromLatin1(access)},
                {QStringLiteral("expires_in"), m_state.tokenLifetime},
                {QStringLiteral("token_type"), QStringLiteral("Bearer")}});
    return reply;
}

FakeGcs::Server::Reply FakeGcs::Server::initiate(const Request& r, const QString& bucket)
{
    Reply reply;
    if (!m_state.buckets.contains(bucket)) {
        reply.status = 404;
        reply.json(gcsError(404, QStringLiteral("The specified bucket does not exist."),
                            QStringLiteral("notFound")));
        return reply;
    }
    const QJsonObject metadata = QJsonDocument::fromJson(r.body).object();
    const QString queryName = r.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    const QString bodyName = metadata.value(QStringLiteral("name")).toString();
    if (!queryName.isEmpty() && !bodyName.isEmpty() && queryName != bodyName) {
        reply.status = 400;
        reply.json(gcsError(400,
                            QStringLiteral("Value '%1' in content does not agree with value "
                                           "'%2'.")
                                .arg(bodyName, queryName),
                            QStringLiteral("invalid")));
        return reply;
    }
    State::Session s;
    s.bucket = bucket;
    s.name = queryName.isEmpty() ? bodyName : queryName;
    if (s.name.isEmpty()) {
        reply.status = 400;
        reply.json(gcsError(400, QStringLiteral("Required"), QStringLiteral("required")));
        return reply;
    }
    s.contentType = metadata.value(QStringLiteral("contentType")).toString();
    if (s.contentType.isEmpty())
        s.contentType = QString::fromLatin1(r.header("x-upload-content-type"));
    s.md5 = metadata.value(QStringLiteral("md5Hash")).toString().toLatin1();
    if (!r.header("x-upload-content-length").isEmpty())
        s.declaredTotal = r.header("x-upload-content-length").toLongLong();
    const QString id = QString::fromLatin1(randomText(24));
    m_state.sessions.insert(id, s);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("uploadType"), QStringLiteral("resumable"));
    q.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(s.name)));
    q.addQueryItem(QStringLiteral("upload_id"), id);
    const QByteArray location = m_state.base.toString().toLatin1() + "/upload/storage/v1/b/" +
                                QUrl::toPercentEncoding(bucket) + "/o?" +
                                q.toString(QUrl::FullyEncoded).toLatin1();
    reply.add("Location", location);
    reply.add("X-GUploader-UploadID", id.toLatin1());
    return reply;
}

FakeGcs::Server::Reply FakeGcs::Server::resumeIncomplete(const State::Session& s)
{
    Reply reply;
    reply.status = 308;
    if (!s.data.isEmpty())
        reply.add("Range", "bytes=0-" + QByteArray::number(s.data.size() - 1));
    return reply;
}

QJsonObject FakeGcs::Server::finish(State::Session& s)
{
    Object o;
    o.data = s.data;
    o.contentType =
        s.contentType.isEmpty() ? QStringLiteral("application/octet-stream") : s.contentType;
    o.generation = ++m_state.generation;
    m_state.buckets[s.bucket].insert(s.name, o);
    const QString gen = QString::number(o.generation);
    const QString base = m_state.base.toString();
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(s.name));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    s.complete = true;
    s.resource = {
        {QStringLiteral("kind"), QStringLiteral("storage#object")},
        {QStringLiteral("id"), s.bucket + QLatin1Char('/') + s.name + QLatin1Char('/') + gen},
        {QStringLiteral("selfLink"),
         base + QStringLiteral("/storage/v1/b/") + s.bucket + QStringLiteral("/o/") + encoded},
        {QStringLiteral("mediaLink"),
         base + QStringLiteral("/download/storage/v1/b/") + s.bucket + QStringLiteral("/o/") +
             encoded + QStringLiteral("?generation=") + gen + QStringLiteral("&alt=media")},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("bucket"), s.bucket},
        {QStringLiteral("generation"), gen},
        {QStringLiteral("metageneration"), QStringLiteral("1")},
        {QStringLiteral("contentType"), o.contentType},
        {QStringLiteral("storageClass"), QStringLiteral("STANDARD")},
        {QStringLiteral("size"), QString::number(o.data.size())},
        {QStringLiteral("md5Hash"), QString::fromLatin1(md5Base64(o.data))},
        {QStringLiteral("crc32c"), QString::fromLatin1(crc32cBase64(o.data))},
        {QStringLiteral("etag"), QString::fromLatin1(randomText(6))},
        {QStringLiteral("timeCreated"), now},
        {QStringLiteral("updated"), now},
        {QStringLiteral("timeStorageClassUpdated"), now},
    };
    return s.resource;
}

FakeGcs::Server::Reply FakeGcs::Server::session(Request& r, const QString& uploadId)
{
    Reply reply;
    const auto it = m_state.sessions.find(uploadId);
    if (it == m_state.sessions.end() || it->goneStatus != 0) {
        reply.status = it == m_state.sessions.end() ? 404 : it->goneStatus;
        reply.json(
            gcsError(reply.status,
                     reply.status == 410 ? QStringLiteral("The upload session was "
                                                          "cancelled.")
                                         : QStringLiteral("No such upload session."),
                     reply.status == 410 ? QStringLiteral("gone") : QStringLiteral("notFound")));
        return reply;
    }
    State::Session& s = *it;
    if (r.op == Op::CancelSession) {
        s.goneStatus = 410;
        reply.status = 499;
        return reply;
    }
    if (s.complete) {
        reply.json(s.resource);
        return reply;
    }
    // Content-Range: "bytes */total" (status) or "bytes a-b/total" (a chunk).
    const QByteArray range = r.header("content-range");
    const qsizetype slash = range.indexOf('/');
    const QByteArray totalText = slash < 0 ? QByteArray() : range.mid(slash + 1);
    const qint64 total = totalText == "*" ? -1 : totalText.toLongLong();
    if (!range.startsWith("bytes ") || slash < 0 ||
        (s.declaredTotal >= 0 && total >= 0 && total != s.declaredTotal)) {
        reply.status = 400;
        reply.json(gcsError(400, QStringLiteral("Failed to parse Content-Range header."),
                            QStringLiteral("invalid")));
        return reply;
    }
    if (r.op == Op::Status) {
        if (total >= 0 && s.data.size() == total) {
            reply.json(finish(s));
            return reply;
        }
        return resumeIncomplete(s);
    }
    const QByteArray span = range.mid(6, slash - 6);
    const qint64 first = span.left(span.indexOf('-')).toLongLong();
    const qint64 last = span.mid(span.indexOf('-') + 1).toLongLong();
    const bool final = total >= 0 && last + 1 == total;
    if (last - first + 1 != r.body.size() || first > s.data.size()) {
        reply.status = 400;
        reply.json(gcsError(400,
                            QStringLiteral("Invalid request. The Content-Range does not match "
                                           "the body or starts after the persisted bytes."),
                            QStringLiteral("invalid")));
        return reply;
    }
    if (!final && r.body.size() % kChunkGranularity != 0) {
        reply.status = 400;
        reply.json(gcsError(
            400,
            QStringLiteral("Invalid request. The number of bytes uploaded is required to be equal "
                           "or greater than 262144, except for the final request (it's "
                           "recommended to be the exact multiple of 262144). The received "
                           "request contained %1 bytes, which does not meet this requirement.")
                .arg(r.body.size()),
            QStringLiteral("invalid")));
        return reply;
    }
    // Bytes the server already has are ignored.
    const qint64 persisted = s.data.size();
    if (first + r.body.size() > persisted)
        s.data += r.body.mid(persisted - first);
    if (final) {
        if (!s.md5.isEmpty() && s.md5 != md5Base64(s.data)) {
            reply.status = 400;
            reply.json(gcsError(
                400,
                QStringLiteral("Provided MD5 hash \"%1\" doesn't match "
                               "calculated MD5 hash \"%2\".")
                    .arg(QString::fromLatin1(s.md5), QString::fromLatin1(md5Base64(s.data))),
                QStringLiteral("invalid")));
            return reply;
        }
        reply.json(finish(s));
        return reply;
    }
    return resumeIncomplete(s);
}

FakeGcs::Server::Reply FakeGcs::Server::remove(const QString& bucket, const QString& name)
{
    Reply reply;
    if (!m_state.buckets.value(bucket).contains(name)) {
        reply.status = 404;
        reply.json(gcsError(404, QStringLiteral("No such object: %1/%2").arg(bucket, name),
                            QStringLiteral("notFound")));
        return reply;
    }
    m_state.buckets[bucket].remove(name);
    reply.status = 204;
    return reply;
}

FakeGcs::Server::Reply FakeGcs::Server::download(const QString& bucket, const QString& name)
{
    Reply reply;
    if (!m_state.buckets.value(bucket).contains(name)) {
        reply.status = 404;
        reply.json(gcsError(404, QStringLiteral("No such object: %1/%2").arg(bucket, name),
                            QStringLiteral("notFound")));
        return reply;
    }
    const Object& o = m_state.buckets[bucket][name];
    reply.body = o.data;
    reply.add("Content-Type", o.contentType.toUtf8());
    reply.add("x-goog-hash", "crc32c=" + crc32cBase64(o.data) + ",md5=" + md5Base64(o.data));
    reply.add("x-goog-generation", QByteArray::number(o.generation));
    reply.add("x-goog-stored-content-length", QByteArray::number(o.data.size()));
    return reply;
}

FakeGcs::FakeGcs() : m_state(std::make_unique<State>()), m_thread(std::make_unique<QThread>())
{
    static const TestRsaKey key = TestRsaKey::generate();
    m_privatePem = key.privatePem;
    m_keyId = QString::fromLatin1(
        QCryptographicHash::hash(key.publicPem, QCryptographicHash::Sha1).toHex());
    m_state->publicKeys.insert(m_keyId, key.publicPem);
    m_thread->setObjectName(QStringLiteral("FakeGcs"));
    m_thread->start();
    m_server = new Server(*m_state);
    m_server->moveToThread(m_thread.get());
}

FakeGcs::~FakeGcs()
{
    QMetaObject::invokeMethod(
        m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool FakeGcs::start()
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_server,
        [this, &ok] {
            ok = m_server->listen();
            m_port = m_server->port();
        },
        Qt::BlockingQueuedConnection);
    QMutexLocker lock(&m_state->mutex);
    m_state->base = url();
    m_state->clock.start();
    return ok;
}

QUrl FakeGcs::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QByteArray FakeGcs::keyJson() const
{
    return keyJson(m_privatePem, m_keyId);
}

QByteArray FakeGcs::keyJson(const QByteArray& privatePem, const QString& keyId,
                            const QString& email) const
{
    const QJsonObject key{
        {QStringLiteral("type"), QStringLiteral("service_account")},
        {QStringLiteral("project_id"), QStringLiteral("limitless-test")},
        {QStringLiteral("private_key_id"), keyId},
        {QStringLiteral("private_key"), QString::fromLatin1(privatePem)},
        {QStringLiteral("client_email"), email},
        {QStringLiteral("client_id"), QStringLiteral("100000000000000000001")},
        {QStringLiteral("auth_uri"), QStringLiteral("https://accounts.google.com/o/oauth2/auth")},
        {QStringLiteral("token_uri"), tokenUrl().toString()},
        {QStringLiteral("auth_provider_x509_cert_url"),
         QStringLiteral("https://www.googleapis.com/oauth2/v1/certs")},
        {QStringLiteral("universe_domain"), QStringLiteral("googleapis.com")},
    };
    return QJsonDocument(key).toJson();
}

void FakeGcs::setTokenLifetime(int seconds)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->tokenLifetime = seconds;
}

void FakeGcs::expireTokens()
{
    QMutexLocker lock(&m_state->mutex);
    for (auto& t : m_state->tokens)
        t.revoked = true;
}

int FakeGcs::tokenExchanges() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->tokenExchanges;
}

void FakeGcs::addBucket(const QString& bucket)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->buckets[bucket];
}

void FakeGcs::putObject(const QString& bucket, const QString& name, const QByteArray& data)
{
    QMutexLocker lock(&m_state->mutex);
    Object o;
    o.data = data;
    o.contentType = QStringLiteral("application/octet-stream");
    o.generation = ++m_state->generation;
    m_state->buckets[bucket].insert(name, o);
}

bool FakeGcs::hasObject(const QString& bucket, const QString& name) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->buckets.value(bucket).contains(name);
}

FakeGcs::Object FakeGcs::object(const QString& bucket, const QString& name) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->buckets.value(bucket).value(name);
}

int FakeGcs::openSessions() const
{
    QMutexLocker lock(&m_state->mutex);
    int n = 0;
    for (const auto& s : m_state->sessions)
        n += !s.complete && s.goneStatus == 0 ? 1 : 0;
    return n;
}

void FakeGcs::fail(Op op, int status, int times, int retryAfterSeconds, const QString& message)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->faults[op].append({status, times, retryAfterSeconds, message});
}

void FakeGcs::dropChunk(qint64 start, qint64 keep)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->drops.insert(start, keep);
}

void FakeGcs::expireSessions(int status)
{
    QMutexLocker lock(&m_state->mutex);
    for (auto& s : m_state->sessions) {
        if (!s.complete)
            s.goneStatus = status;
    }
}

QList<FakeGcs::Request> FakeGcs::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

int FakeGcs::count(Op op) const
{
    QMutexLocker lock(&m_state->mutex);
    int n = 0;
    for (const Request& r : m_state->requests)
        n += r.op == op ? 1 : 0;
    return n;
}

} // namespace limitless::test
