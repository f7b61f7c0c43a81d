#pragma once

#include "auth/AuthError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

class QLockFile;

namespace limitless::auth {

// One session refresh at a time across processes. The dashboard, a second window and
// `limitless auth refresh` share one keychain entry, and a refresh token is spent the moment the
// server sees it: two processes sending the same token end the whole session. So each refresh
// holds a lock file in the runtime directory (one per project), re-reads the stored session
// under it, and only then decides whether to refresh.
//
// Never blocks the calling thread: acquire() tries at once and then on a timer, and calls back.
// A holder that died leaves a stale file that QLockFile recognises (dead process id on this
// host) and takes over; a holder that hangs is presumed dead after staleAfter().
class RefreshLock : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const AuthError& error)>;

    explicit RefreshLock(QString path, QObject* parent = nullptr);
    ~RefreshLock() override;

    // The lock file for a session's keychain key: <runtime dir>/limitless-refresh-<hash>.lock.
    static QString pathFor(const QString& storageKey);

    QString path() const { return m_path; }
    // A lock older than this is taken over even if its process still runs (default 60 s; it must
    // exceed the longest refresh: the request's timeout plus the keychain write).
    void setStaleAfter(int milliseconds);
    int staleAfter() const { return m_staleAfterMs; }
    // How long acquire() keeps trying before it gives up with Kind::Busy (default: staleAfter()
    // plus 5 s, so that a hung holder is outlived).
    void setMaxWait(int milliseconds) { m_maxWaitMs = milliseconds; }
    // Interval between attempts (default 100 ms).
    void setRetryInterval(int milliseconds) { m_retry.setInterval(milliseconds); }

    // Calls `done` once the lock is held (no error) or waiting gave up (Kind::Busy). A lock
    // file that cannot be created at all (no runtime directory, no permission) does not stop a
    // refresh: `done` is called without error and the refresh runs uncoordinated, as before.
    // A second acquire() replaces a pending one.
    void acquire(Callback done);
    // Releases the lock (if held) and drops a pending acquire(). Safe to call any time.
    void release();
    bool isHeld() const { return m_held; }

private:
    void attempt();

    QString m_path;
    std::unique_ptr<QLockFile> m_file;
    QTimer m_retry;
    QElapsedTimer m_waiting;
    Callback m_pending;
    int m_staleAfterMs = 60000;
    int m_maxWaitMs = -1;
    bool m_held = false;
};

} // namespace limitless::auth
