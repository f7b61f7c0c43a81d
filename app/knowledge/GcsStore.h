#pragma once

#include "knowledge/BlobStore.h"
#include "knowledge/GoogleAuth.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>

namespace limitless::knowledge {

// The originals of a cloud profile, in a Google Cloud Storage bucket, through the JSON API:
// resumable uploads (one session per file, sent in chunks, resumed from what the server says
// it has after a dropped connection or a 5xx/429, with exponential back-off), downloads with
// alt=media, deletes. Authenticated with a service account (GoogleTokenSource).
//
// Blocking; every call makes its own QNetworkAccessManager on the calling thread, so one store
// may serve several worker threads at once. Configure it before sharing it.
class GcsStore : public BlobStore {
    Q_DECLARE_TR_FUNCTIONS(GcsStore)
public:
    struct RetryPolicy {
        int maxAttempts = 6;            // tries of one step (the first included) before giving up
        int initialDelayMs = 1000;      // doubled after each failure…
        int maxDelayMs = 32000;         // …up to this, plus up to 10% random jitter
        int maxRetryAfterSeconds = 300; // a server asking for a longer pause is not waited for
    };
    // Chunks of a resumable upload are multiples of this (the last one excepted).
    static constexpr qint64 kChunkGranularity = 256 * 1024;
    static constexpr qint64 kDefaultChunkSize = 8 * 1024 * 1024;

    GcsStore(std::shared_ptr<GoogleTokenSource> tokens, QString bucket);
    // A store for `bucket` authenticated with a service-account key file's bytes. Null with
    // *error (Auth) when the key is unusable.
    static std::unique_ptr<GcsStore> fromKeyJson(const QByteArray& keyJson, const QString& bucket,
                                                 StoreError* error);

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://storage.googleapis.com")); }
    // Where the JSON API is (tests and emulators use a loopback address). Must be https, or
    // http to this computer; anything else is refused at the first call.
    void setBaseUrl(const QUrl& url) { m_base = url; }
    QUrl baseUrl() const { return m_base; }
    QString bucket() const { return m_bucket; }
    // Rounded up to a multiple of 256 KiB.
    void setChunkSize(qint64 bytes);
    qint64 chunkSize() const { return m_chunkSize; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }
    // A request is given up (and retried) when nothing moved for this long.
    void setInactivityTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    GoogleTokenSource& tokens() const { return *m_tokens; }

    // The object name is made safe first (sanitizeObjectName, Cloud rules); storage_url is the
    // public-style https://storage.googleapis.com/{bucket}/{name}, storage_bucket the bucket.
    StoredObject put(const QString& localPath, const QString& objectName,
                     const QString& contentType, StoreError* error,
                     const std::atomic_bool* cancel = nullptr,
                     const StoreProgress& progress = {}) override;
    StoreError remove(const StoredObject& object) override;
    StoreError fetch(const StoredObject& object, const QString& localPath) override;
    StoreError fetchWithProgress(const StoredObject& object, const QString& localPath,
                                 const std::atomic_bool* cancel,
                                 const StoreProgress& progress) override;

    // storage_url of an object: each segment of the name percent-encoded, '/' kept.
    static QString storageUrl(const QString& bucket, const QString& objectName);
    struct Location {
        QString bucket;
        QString objectName;
        bool isValid() const { return !bucket.isEmpty() && !objectName.isEmpty(); }
    };
    // The bucket and object name behind a storage_url (https://storage.googleapis.com/b/name,
    // https://storage.cloud.google.com/b/name, https://b.storage.googleapis.com/name,
    // gs://b/name); invalid for anything else.
    static Location parseStorageUrl(const QString& url);

private:
    class Call;

    std::shared_ptr<GoogleTokenSource> m_tokens;
    QString m_bucket;
    QUrl m_base = defaultBaseUrl();
    qint64 m_chunkSize = kDefaultChunkSize;
    RetryPolicy m_retry;
    int m_timeoutMs = 60000;
};

} // namespace limitless::knowledge
