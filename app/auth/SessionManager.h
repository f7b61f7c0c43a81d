#pragma once

#include "auth/AuthBackend.h"
#include "auth/AuthError.h"
#include "auth/Session.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace limitless::auth {

class LoopbackRedirect;
class RefreshLock;
class SecretStore;

// The owner's session for one project: signs in (password, browser with PKCE, recovery code,
// TOTP step), keeps the session in the keychain, refreshes it, and signs out.
//
// Refresh tokens rotate, so: only one refresh is ever in flight (later callers wait for its
// result), the new session is written to the keychain before it is used, and a refresh happens
// about 90 s before the access token expires, at start-up (restore()), after the computer
// wakes and when the network comes back. A rejected refresh token ends the session with a
// reason the owner can read; a network or server failure keeps it and retries with back-off.
//
// Other processes (a second dashboard, `limitless auth refresh`) share the keychain entry, so a
// refresh also holds a lock file (RefreshLock) and re-reads the stored session under it: a newer
// session stored by another process is adopted instead of sending a token that is already spent.
class SessionManager : public QObject {
    Q_OBJECT

public:
    enum class State { SignedOut, Restoring, SigningIn, NeedsMfa, NeedsNewPassword, SignedIn };
    Q_ENUM(State)
    using Scope = AuthBackend::SignOutScope;
    using RefreshCallback = std::function<void(const AuthError& error)>;

    SessionManager(std::unique_ptr<AuthBackend> backend, SecretStore* store,
                   QObject* parent = nullptr);
    ~SessionManager() override;

    AuthBackend* backend() const { return m_backend.get(); }
    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    bool isBusy() const { return m_busy; }
    // The current session (valid while SignedIn).
    const Session& session() const { return m_session; }
    // The keychain entry of this project's session.
    QString storageKey() const;
    // The lock file that serialises refreshes of this project's session across processes.
    QString refreshLockPath() const;
    // The last successful refresh took the newer session another process had stored, instead of
    // asking the server.
    bool lastRefreshAdopted() const { return m_lastRefreshAdopted; }

    // Seconds before expiry at which the session is refreshed (default 90).
    void setRefreshMargin(int seconds) { m_marginSeconds = seconds; }
    // Back-off after failed refreshes, in milliseconds (default 5 s … 2 min).
    void setRetryDelays(const QList<int>& delaysMs) { m_retryDelaysMs = delaysMs; }
    // How long the browser sign-in may take (default 5 min).
    void setBrowserTimeout(int milliseconds) { m_browserTimeoutMs = milliseconds; }
    // Wake-from-sleep detection and network reachability (default on).
    void setWatchSystemEvents(bool watch);

    // Start-up: reads the stored session and refreshes it; ends in signedIn() or signedOut().
    // With refreshNow = false the stored session is taken as it is (status display, sign-out)
    // and refreshed on schedule.
    void restore(bool refreshNow = true);
    void signIn(const QString& email, const QString& password);
    // NeedsMfa: verifies a TOTP code (challenge + verify) and upgrades the session to aal2.
    void verifyMfaCode(const QString& code);
    // Opens the provider's sign-in in the browser (openUrlRequested) and waits for the loopback
    // redirect on 127.0.0.1:`port` (0 = any free port).
    void startOAuth(const QString& provider, quint16 port = 0);
    void requestRecoveryCode(const QString& email);
    // Trades the e-mailed code for a session; then NeedsNewPassword.
    void verifyRecoveryCode(const QString& email, const QString& code);
    void setNewPassword(const QString& password);
    // Abandons an unfinished sign-in (browser, MFA step, new-password step).
    void cancel();
    // Refreshes now, or joins the refresh in flight. `done` is dropped if `context` dies.
    void refresh(QObject* context = nullptr, RefreshCallback done = {});
    // Asks the server whether the session is still valid (GET /user with the access token;
    // refreshed first when it has expired, and once more when the server rejects it, so that the
    // refresh token decides). `done` gets no error when the server confirmed the session;
    // SessionEnded or UserBanned when it was rejected (the session is then ended here as after a
    // refresh); anything else when the server could not say. Dropped if `context` dies.
    void checkWithServer(QObject* context, RefreshCallback done);
    // Forgets the session here (keychain entry removed) and ends it on the server: `Local`
    // ends this session, `Global` every session of the user. `reason` reaches signedOut().
    void signOut(Scope scope = Scope::Local, const QString& reason = {});

    // What the system watchers call; public so that tests can simulate them.
    void handleWake();
    void handleNetworkOnline();

signals:
    void stateChanged(limitless::auth::SessionManager::State state);
    void busyChanged(bool busy);
    // A session is in place (after sign-in, or a restore whose refresh succeeded): its claims
    // are what the database uses.
    void signedIn();
    // restore() could not renew the stored session for a passing reason (no network, 5xx, 429,
    // timeout): that session is in place as it is, valid until its expiry, and the refresh is
    // retried with back-off. Not signedIn(): nothing confirmed the session.
    void sessionKept(const limitless::auth::AuthError& refreshError);
    // A refresh swapped in new tokens and claims.
    void sessionRefreshed();
    // No session any more; `reason` is empty when the owner asked for it. When the server ended
    // the session, this comes after the dead session has left the keychain.
    void signedOut(const QString& reason);
    // After signOut(): the keychain entry is gone and the server answered (or failed).
    void signOutFinished(const limitless::auth::AuthError& serverError);
    // The step the owner is on failed (wrong password, wrong code…).
    void errorOccurred(const limitless::auth::AuthError& error);
    // A refresh failed for a passing reason; the session is kept and retried.
    void refreshFailed(const limitless::auth::AuthError& error);
    void mfaRequired();
    void recoveryCodeSent();
    void newPasswordRequired();
    // The browser should open this URL (the core has no GUI to do it).
    void openUrlRequested(const QUrl& url);
    // Something the owner should know that does not stop them (e.g. keychain write failed).
    void warning(const QString& text);

private:
    enum class Next { SignedIn, NewPassword };
    struct Waiter {
        QPointer<QObject> context;
        bool hadContext = false;
        RefreshCallback callback;
    };

    template <typename Job> Job* adopt(Job* job);
    void setState(State state);
    void setBusy(bool busy);
    void accept(const Session& session, Next next);
    void establish(const Session& session);
    void persist(const Session& session, const std::function<void(const AuthError&)>& done);
    void failStep(const AuthError& error);
    bool refreshAbandoned(quint64 gen, RefreshLock* lock);
    void refreshUnderLock(quint64 gen, RefreshLock* lock);
    void sendRefresh(quint64 gen, RefreshLock* lock);
    void finishRefresh(RefreshLock* lock, const AuthError& error);
    void endSession(RefreshLock* lock, const AuthError& error, const QString& deadToken);
    void forgetStored(const QString& deadToken, const std::function<void()>& done);
    void checkUser(const RefreshCallback& finish, bool refreshed);
    void scheduleRefresh();
    void scheduleRetry(const AuthError& error);
    void stopBrowserFlow();
    void exchangeCode(const QString& code);
    void onClockTick();
    void flushWaiters(const AuthError& error);
    static qint64 now();

    std::unique_ptr<AuthBackend> m_backend;
    SecretStore* m_store;
    State m_state = State::SignedOut;
    bool m_busy = false;
    Session m_session;
    Session m_pending; // signed in, but a step (MFA, new password) is still open
    Next m_afterMfa = Next::SignedIn;
    quint64 m_generation = 0;

    bool m_refreshing = false;
    quint64 m_refreshGeneration = 0; // the generation the refresh in flight belongs to
    bool m_lastRefreshAdopted = false;
    QList<Waiter> m_waiters;
    QTimer m_refreshTimer;
    int m_marginSeconds = 90;
    QList<int> m_retryDelaysMs{5000, 15000, 30000, 60000, 120000};
    int m_retryIndex = 0;
    qint64 m_lastRefreshAt = 0;

    QPointer<LoopbackRedirect> m_loopback;
    QString m_verifier;
    QTimer m_browserTimer;
    int m_browserTimeoutMs = 5 * 60 * 1000;

    QTimer m_clock;
    qint64 m_lastTick = 0;
    bool m_watchNetwork = false;
};

} // namespace limitless::auth
