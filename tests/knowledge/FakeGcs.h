#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QThread;

namespace limitless::test {

// An RSA key pair made for one test run (2048 bits, PKCS#8 / SubjectPublicKeyInfo PEM). No
// private key is ever committed: tests generate theirs.
struct TestRsaKey {
    QByteArray privatePem;
    QByteArray publicPem;
    static TestRsaKey generate();
    // Whether `signature` is input's RS256 signature by the key behind `publicPem`.
    static bool verify(const QByteArray& publicPem, const QByteArray& input,
                       const QByteArray& signature);
};

// A loopback HTTP server that plays Google's OAuth token endpoint and the Cloud Storage JSON API
// as Google documents them, on 127.0.0.1 and a free port, in a thread of its own (so that the
// blocking store can be called from the test's thread).
//
// Token endpoint: checks the grant type, the JWT's RS256 signature against the public key of
// the service account's key id, iss/aud/scope/iat/exp, and answers with an access token or
// Google's OAuth errors (invalid_grant, invalid_scope, unsupported_grant_type).
// Storage: resumable uploads with real sessions (persisted offset, 308 with Range, chunk sizes
// checked, overlapping bytes ignored, MD5 checked, the object resource at the end), status
// queries, cancelling a session, downloads with alt=media (x-goog-hash), deletes; every request
// but the session URIs needs a valid Bearer token. Objects are kept in memory.
//
// Faults are scripted per kind of request: an HTTP error a number of times (401, 403, 429 with
// Retry-After, 503…), a connection dropped in the middle of a chunk after part of it was
// persisted, expired sessions, expired access tokens.
class FakeGcs {
public:
    enum class Op { Token, Initiate, Chunk, Status, CancelSession, Delete, Download, Other };
    struct Request {
        Op op = Op::Other;
        QByteArray method;
        QByteArray target; // as sent, percent-encoded
        QUrlQuery query;
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;                      // kept for requests up to 64 KiB
        qint64 bodySize = 0;
        qint64 atMs = 0; // milliseconds since start()
        bool dropped = false;
        QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    };
    struct Object {
        QByteArray data;
        QString contentType;
        qint64 generation = 0;
    };

    FakeGcs();
    ~FakeGcs();
    FakeGcs(const FakeGcs&) = delete;
    FakeGcs& operator=(const FakeGcs&) = delete;

    bool start();
    QUrl url() const; // http://127.0.0.1:<port>
    QUrl tokenUrl() const { return url().resolved(QUrl(QStringLiteral("/token"))); }

    // The service account the server knows, its key id, and a key file for it whose token_uri
    // points here.
    static QString clientEmail()
    {
        return QStringLiteral("documents@limitless-test.iam.gserviceaccount.com");
    }
    QString keyId() const { return m_keyId; }
    QByteArray keyJson() const;
    // A key file with any private key and key id (an unknown or revoked key).
    QByteArray keyJson(const QByteArray& privatePem, const QString& keyId,
                       const QString& email = clientEmail()) const;
    void setTokenLifetime(int seconds);
    // Every access token issued so far is refused from now on (401), as after it expired.
    void expireTokens();
    int tokenExchanges() const;

    void addBucket(const QString& bucket);
    void putObject(const QString& bucket, const QString& name, const QByteArray& data);
    bool hasObject(const QString& bucket, const QString& name) const;
    Object object(const QString& bucket, const QString& name) const;
    int openSessions() const;

    // The next `times` requests of kind `op` get `status` with Google's error body for it
    // (`message` replaces the default text) and, when >= 0, Retry-After.
    void fail(Op op, int status, int times = 1, int retryAfterSeconds = -1,
              const QString& message = {});
    // Chunk uploads whose Content-Range starts at `start` (the first try and every resend of
    // it) are cut off after `keep` bytes of their body: those are persisted, then the
    // connection is dropped without an answer.
    void dropChunk(qint64 start, qint64 keep);
    // Every open upload session is gone: requests for it answer `status` (404, or 410).
    void expireSessions(int status = 404);

    QList<Request> requests() const;
    int count(Op op) const;

private:
    class Server;
    struct State;

    std::unique_ptr<State> m_state; // shared with the server thread, behind its mutex
    std::unique_ptr<QThread> m_thread;
    Server* m_server = nullptr; // lives in m_thread
    quint16 m_port = 0;
    QString m_keyId;
    QByteArray m_privatePem;
};

} // namespace limitless::test
