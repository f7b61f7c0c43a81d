#pragma once

#include "knowledge/BlobStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <atomic>

namespace limitless::knowledge {

// A Google Cloud service-account key: the JSON file the Cloud console hands out (kept in the
// keychain by the caller). Only what the token exchange needs is read.
struct ServiceAccountKey {
    Q_DECLARE_TR_FUNCTIONS(ServiceAccountKey)
public:
    QString clientEmail;
    QString privateKeyId;
    QByteArray privateKeyPem; // PKCS#8 PEM, RSA
    QUrl tokenUri;            // "https://oauth2.googleapis.com/token" unless the key says otherwise
    QString projectId;

    bool isValid() const { return !clientEmail.isEmpty() && !privateKeyPem.isEmpty(); }
    // Parses and checks a key file: type "service_account", the e-mail, a readable RSA private
    // key, and a token address that is https (or http to this computer). On failure: an invalid
    // key and an Auth error saying what is wrong.
    static ServiceAccountKey fromJson(const QByteArray& json, StoreError* error);
};

// Access tokens for a service account, obtained as Google documents for server-to-server
// applications: a JWT signed with the account's key (RS256) is exchanged at the key's token_uri
// (grant type jwt-bearer). A token is reused until 60 seconds before it expires. Thread-safe:
// one source may serve several worker threads; each exchange runs on the caller's thread.
class GoogleTokenSource {
    Q_DECLARE_TR_FUNCTIONS(GoogleTokenSource)
public:
    static QString storageScope() // read and write objects, nothing else
    {
        return QStringLiteral("https://www.googleapis.com/auth/devstorage.read_write");
    }
    static constexpr int kLifetimeSeconds = 3600; // the longest Google grants
    static constexpr int kRefreshMarginSeconds = 60;

    explicit GoogleTokenSource(ServiceAccountKey key, QString scope = storageScope());

    const ServiceAccountKey& key() const { return m_key; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // A current access token; empty with *error set when none could be had (Auth for a refused
    // key, with Google's error_description; Network, RateLimited, Server for transient trouble).
    QString accessToken(StoreError* error, const std::atomic_bool* cancel = nullptr);
    // The server refused `token` (HTTP 401): forget it so that the next call exchanges anew.
    // A token another thread has already replaced is left alone.
    void invalidate(const QString& token);
    // Exchanges done so far (for tests and logs).
    int exchanges() const;

    // The signed JWT assertion for the moment `issuedAt` (seconds since the epoch).
    QByteArray assertion(qint64 issuedAt, StoreError* error) const;

private:
    QString exchange(const std::atomic_bool* cancel, qint64* expiresAt, StoreError* error) const;

    const ServiceAccountKey m_key;
    const QString m_scope;
    int m_timeoutMs = 30000;
    mutable QMutex m_mutex; // guards the members below; held during an exchange
    QString m_token;
    qint64 m_refreshAt = 0; // seconds since the epoch
    int m_exchanges = 0;
};

// RS256 (RSASSA-PKCS1-v1_5 with SHA-256) over `input` with a PEM private key. Empty on failure.
QByteArray signRs256(const QByteArray& privateKeyPem, const QByteArray& input);

} // namespace limitless::knowledge
