#include "knowledge/LocalFolderStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace limitless::knowledge {

namespace {

using Kind = StoreError::Kind;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Copies `from` to `to` in blocks, atomically: `to` appears whole or not at all.
StoreError copyFile(const QString& from, const QString& to, const std::atomic_bool* cancel,
                    const StoreProgress& progress)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return StoreError::make(
            Kind::Io,
            LocalFolderStore::tr("Cannot read %1: %2").arg(native(from), in.errorString()));
    if (!QDir().mkpath(QFileInfo(to).absolutePath()))
        return StoreError::make(
            Kind::Io, LocalFolderStore::tr("Cannot create the folder for %1.").arg(native(to)));
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return StoreError::make(
            Kind::Io,
            LocalFolderStore::tr("Cannot write %1: %2").arg(native(to), out.errorString()));
    const qint64 total = in.size();
    qint64 done = 0;
    if (progress)
        progress(0, total);
    while (!in.atEnd()) {
        if (cancel && cancel->load()) {
            out.cancelWriting();
            return StoreError::make(Kind::Cancelled, LocalFolderStore::tr("Cancelled."));
        }
        const QByteArray block = in.read(LocalFolderStore::kBlockSize);
        if (block.isEmpty() && in.error() != QFileDevice::NoError)
            return StoreError::make(
                Kind::Io,
                LocalFolderStore::tr("Cannot read %1: %2").arg(native(from), in.errorString()));
        if (out.write(block) != block.size())
            return StoreError::make(
                Kind::Io,
                LocalFolderStore::tr("Cannot write %1: %2").arg(native(to), out.errorString()));
        done += block.size();
        if (progress)
            progress(done, total);
    }
    if (cancel && cancel->load()) {
        out.cancelWriting();
        return StoreError::make(Kind::Cancelled, LocalFolderStore::tr("Cancelled."));
    }
    if (!out.commit())
        return StoreError::make(
            Kind::Io,
            LocalFolderStore::tr("Cannot write %1: %2").arg(native(to), out.errorString()));
    return {};
}

} // namespace

LocalFolderStore::LocalFolderStore(const QString& root)
    : m_root(QDir::cleanPath(QFileInfo(root).absoluteFilePath()))
{}

QString LocalFolderStore::pathFor(const QString& objectName) const
{
    const QString name = sanitizeObjectName(objectName, ObjectNameRules::LocalFiles);
    if (name.isEmpty())
        return {};
    return m_root + QLatin1Char('/') + name;
}

StoredObject LocalFolderStore::put(const QString& localPath, const QString& objectName,
                                   const QString& contentType, StoreError* error,
                                   const std::atomic_bool* cancel, const StoreProgress& progress)
{
    Q_UNUSED(contentType) // a file's type is its content; nothing keeps it beside the file
    StoreError scratch;
    StoreError& err = error ? *error : scratch;
    err = {};
    const QString target = pathFor(objectName);
    if (target.isEmpty()) {
        err = StoreError::make(
            Kind::Io, tr("\"%1\" cannot be used as the name of a stored file.").arg(objectName));
        return {};
    }
    err = copyFile(localPath, target, cancel, progress);
    if (err)
        return {};
    return StoredObject{QUrl::fromLocalFile(target).toString(QUrl::FullyEncoded), bucketName()};
}

QString LocalFolderStore::fileFor(const StoredObject& object, StoreError* error) const
{
    const QUrl url(object.url, QUrl::StrictMode);
    if (!url.isLocalFile()) {
        *error =
            StoreError::make(Kind::Io, tr("\"%1\" is not a local file address.").arg(object.url));
        return {};
    }
    const QString path = QDir::cleanPath(url.toLocalFile());
    // Through symbolic links too: compare where things really are when they exist.
    const QString realRoot = QFileInfo(m_root).canonicalFilePath();
    const QString realPath = QFileInfo(path).canonicalFilePath();
    const bool inside = path.startsWith(m_root + QLatin1Char('/')) &&
                        (realPath.isEmpty() || realRoot.isEmpty() ||
                         realPath.startsWith(realRoot + QLatin1Char('/')));
    if (!inside) {
        *error = StoreError::make(
            Kind::Io, tr("%1 is not in the document folder %2.").arg(native(path), native(m_root)));
        return {};
    }
    return path;
}

StoreError LocalFolderStore::remove(const StoredObject& object)
{
    StoreError err;
    const QString path = fileFor(object, &err);
    if (err)
        return err;
    QFile file(path);
    if (file.exists() && !file.remove())
        return StoreError::make(Kind::Io,
                                tr("Cannot delete %1: %2").arg(native(path), file.errorString()));
    // Empty folders left behind go too (documents/<id>/), never the root itself.
    QDir dir = QFileInfo(path).absoluteDir();
    while (dir.absolutePath().startsWith(m_root + QLatin1Char('/'))) {
        const QString current = dir.absolutePath();
        if (!dir.cdUp() || !dir.rmdir(QFileInfo(current).fileName()))
            break;
    }
    return {};
}

StoreError LocalFolderStore::fetch(const StoredObject& object, const QString& localPath)
{
    return fetchWithProgress(object, localPath, nullptr, {});
}

StoreError LocalFolderStore::fetchWithProgress(const StoredObject& object, const QString& localPath,
                                               const std::atomic_bool* cancel,
                                               const StoreProgress& progress)
{
    StoreError err;
    const QString path = fileFor(object, &err);
    if (err)
        return err;
    if (!QFileInfo(path).isFile())
        return StoreError::make(Kind::NotFound,
                                tr("The stored file %1 is missing.").arg(native(path)));
    return copyFile(path, localPath, cancel, progress);
}

} // namespace limitless::knowledge
