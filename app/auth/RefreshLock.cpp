#include "auth/RefreshLock.h"

#include "auth/AuthLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLockFile>
#include <QStandardPaths>

namespace limitless::auth {

RefreshLock::RefreshLock(QString path, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_file(std::make_unique<QLockFile>(m_path))
{
    m_file->setStaleLockTime(m_staleAfterMs);
    m_retry.setInterval(100);
    connect(&m_retry, &QTimer::timeout, this, &RefreshLock::attempt);
}

RefreshLock::~RefreshLock()
{
    release();
}

QString RefreshLock::pathFor(const QString& storageKey)
{
    // The runtime directory is per user and cleared at logout, as a lock belongs; it is not
    // per application on every platform, hence the prefix. The key names a URL or a directory,
    // so it is hashed into a file name.
    // Looked up once: without XDG_RUNTIME_DIR Qt warns on every lookup, and a command would
    // print that line on each refresh.
    static const QString dir = [] {
        const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        return runtime.isEmpty() ? QDir::tempPath() : runtime;
    }();
    const QByteArray hash =
        QCryptographicHash::hash(storageKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return dir + QStringLiteral("/limitless-refresh-") + QString::fromLatin1(hash) +
           QStringLiteral(".lock");
}

void RefreshLock::setStaleAfter(int milliseconds)
{
    m_staleAfterMs = milliseconds;
    m_file->setStaleLockTime(milliseconds);
}

void RefreshLock::acquire(Callback done)
{
    m_pending = std::move(done);
    m_waiting.start();
    attempt();
}

void RefreshLock::attempt()
{
    if (!m_pending) {
        m_retry.stop();
        return;
    }
    if (m_held) {
        m_retry.stop();
        std::exchange(m_pending, {})({});
        return;
    }
    // tryLock(0) never sleeps; it also removes a stale file left by a dead holder.
    if (m_file->tryLock(0)) {
        m_held = true;
        m_retry.stop();
        std::exchange(m_pending, {})({});
        return;
    }
    if (m_file->error() != QLockFile::LockFailedError) {
        qCWarning(lcAuth).noquote() << "cannot create the refresh lock" << m_path
                                    << "; refreshing without it, error" << int(m_file->error());
        m_retry.stop();
        std::exchange(m_pending, {})({});
        return;
    }
    const int maxWait = m_maxWaitMs >= 0 ? m_maxWaitMs : m_staleAfterMs + 5000;
    if (m_waiting.elapsed() >= maxWait) {
        qCInfo(lcAuth) << "another process holds the refresh lock; giving up after"
                       << m_waiting.elapsed() << "ms";
        m_retry.stop();
        std::exchange(m_pending, {})(AuthError::make(AuthError::Kind::Busy));
        return;
    }
    if (!m_retry.isActive()) {
        qCInfo(lcAuth) << "another process is refreshing the session; waiting for it";
        m_retry.start();
    }
}

void RefreshLock::release()
{
    m_pending = {};
    m_retry.stop();
    if (m_held) {
        m_file->unlock();
        m_held = false;
    }
}

} // namespace limitless::auth
