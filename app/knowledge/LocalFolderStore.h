#pragma once

#include "knowledge/BlobStore.h"

#include <QCoreApplication>
#include <QString>

namespace limitless::knowledge {

// The originals of the local sandbox: plain files under a root folder. storage_url is the
// file's absolute file:// URL, storage_bucket is "local". Writes are atomic (a temporary file
// renamed into place), so a crash or a cancel never leaves half a file under a stored name.
// Only files under the root are ever removed or read back, whatever a storage_url says.
class LocalFolderStore : public BlobStore {
    Q_DECLARE_TR_FUNCTIONS(LocalFolderStore)
public:
    static QString bucketName() { return QStringLiteral("local"); }
    static constexpr qint64 kBlockSize = 1024 * 1024; // copied per step: progress and cancel

    explicit LocalFolderStore(const QString& root);

    QString root() const { return m_root; }
    // Where `objectName` goes (sanitised with the LocalFiles rules); empty if it cannot be used.
    QString pathFor(const QString& objectName) const;

    StoredObject put(const QString& localPath, const QString& objectName,
                     const QString& contentType, StoreError* error,
                     const std::atomic_bool* cancel = nullptr,
                     const StoreProgress& progress = {}) override;
    // Removes the file, then its parent folders up to the root while they are empty.
    StoreError remove(const StoredObject& object) override;
    StoreError fetch(const StoredObject& object, const QString& localPath) override;
    StoreError fetchWithProgress(const StoredObject& object, const QString& localPath,
                                 const std::atomic_bool* cancel,
                                 const StoreProgress& progress) override;

private:
    // The local file behind a storage_url, if it lies under the root; empty otherwise.
    QString fileFor(const StoredObject& object, StoreError* error) const;

    QString m_root; // absolute, cleaned, no trailing slash
};

} // namespace limitless::knowledge
