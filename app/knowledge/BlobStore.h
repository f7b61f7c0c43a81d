#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace limitless::knowledge {

struct StoreError {
    Q_DECLARE_TR_FUNCTIONS(StoreError)
public:
    enum class Kind { None, Io, Network, Auth, Forbidden, NotFound, RateLimited, Server, Cancelled };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // one translated sentence for the owner
    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
};

// Where an uploaded file is kept (documents.storage_url, documents.storage_bucket).
struct StoredObject {
    QString url;    // storage_url
    QString bucket; // storage_bucket
};

// The stored originals: a local folder (the sandbox) or Google Cloud Storage (a cloud profile).
// Blocking; called from a worker thread.
class BlobStore {
public:
    virtual ~BlobStore() = default;
    // Stores `localPath` as `objectName` (e.g. "documents/<id>/<filename>").
    virtual StoredObject put(const QString& localPath, const QString& objectName,
                             const QString& contentType, StoreError* error,
                             const std::atomic_bool* cancel = nullptr,
                             const std::function<void(qint64 sent, qint64 total)>& progress = {}) = 0;
    // Removes a stored object; a missing one is not an error.
    virtual StoreError remove(const StoredObject& object) = 0;
    // Copies the stored object to `localPath` (re-processing, the chunk viewer).
    virtual StoreError fetch(const StoredObject& object, const QString& localPath) = 0;
};

} // namespace limitless::knowledge
