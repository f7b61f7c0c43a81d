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
    QString message;       // one translated sentence for the owner
    QString serverMessage; // what the server said (GCS's error message, OAuth error_description)
    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static StoreError make(Kind kind, const QString& message, int httpStatus = 0,
                           const QString& serverMessage = {});
    static QString kindName(Kind kind); // "io", "network", … for logs and JSON
};

// Where an uploaded file is kept (documents.storage_url, documents.storage_bucket).
struct StoredObject {
    QString url;    // storage_url
    QString bucket; // storage_bucket
};

using StoreProgress = std::function<void(qint64 done, qint64 total)>;

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
    // The same, cancellable and with progress for big files. `localPath` is replaced only once
    // the whole object has arrived. Stores that cannot report progress need not override it.
    virtual StoreError fetchWithProgress(const StoredObject& object, const QString& localPath,
                                         const std::atomic_bool* cancel,
                                         const StoreProgress& progress)
    {
        Q_UNUSED(cancel)
        Q_UNUSED(progress)
        return fetch(object, localPath);
    }
};

// What an object name may contain where it is stored.
enum class ObjectNameRules {
    // Portable file names (Linux, macOS, Windows): no  < > : " | ? * \ or control characters,
    // no reserved device names (CON, NUL, COM1…), no trailing dots or spaces.
    LocalFiles,
    // Google Cloud Storage: any UTF-8 but CR/LF, at most 1024 bytes.
    Cloud,
};

// `name` made safe to store: '\' and '/' both separate segments; empty, "." and ".." segments
// are dropped (so "../x" and "/etc/x" stay inside the store); characters the rules forbid become
// '_'. Empty when nothing usable is left.
QString sanitizeObjectName(const QString& name, ObjectNameRules rules);

} // namespace limitless::knowledge
