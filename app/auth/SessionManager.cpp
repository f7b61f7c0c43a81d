#include "auth/SessionManager.h"

#include "auth/AuthLog.h"
#include "auth/ChallengeJob.h"
#include "auth/LoopbackRedirect.h"
#include "auth/Pkce.h"
#include "auth/RefreshLock.h"
#include "auth/SecretStore.h"
#include "auth/SessionJob.h"
#include "auth/UserJob.h"

#include <QDateTime>
#include <QNetworkInformation>

#include <climits>

namespace limitless::auth {

namespace {
constexpr int kClockTickMs = 10000;
// A tick that comes this much later than planned means the computer was asleep.
constexpr qint64 kSleepGapSeconds = 30;
// Network flapping must not turn into a refresh storm.
constexpr qint64 kMinSecondsBetweenRefreshes = 30;
// A refresh lock is presumed abandoned this long after the request's own timeout: the holder
// still has to write the keychain.
constexpr int kLockSlackMs = 30000;
// An access token this close to expiry may lapse on the way: checkWithServer() renews it first.
constexpr qint64 kCheckMarginSeconds = 10;

bool endsSession(const AuthError& e)
{
    return e.kind == AuthError::Kind::SessionEnded || e.kind == AuthError::Kind::UserBanned;
}
} // namespace

SessionManager::SessionManager(std::unique_ptr<AuthBackend> backend, SecretStore* store,
                               QObject* parent)
    : QObject(parent), m_backend(std::move(backend)), m_store(store)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_session.isValid())
            refresh();
    });
    m_browserTimer.setSingleShot(true);
    connect(&m_browserTimer, &QTimer::timeout, this, [this] {
        stopBrowserFlow();
        failStep(AuthError::make(AuthError::Kind::BrowserFlowExpired));
    });
    m_clock.setInterval(kClockTickMs);
    connect(&m_clock, &QTimer::timeout, this, &SessionManager::onClockTick);
    setWatchSystemEvents(true);
}

SessionManager::~SessionManager()
{
    stopBrowserFlow();
}

qint64 SessionManager::now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString SessionManager::storageKey() const
{
    return m_backend->storageNamespace() + QStringLiteral("/session");
}

QString SessionManager::refreshLockPath() const
{
    return RefreshLock::pathFor(storageKey());
}

void SessionManager::setWatchSystemEvents(bool watch)
{
    if (!watch) {
        m_clock.stop();
        m_watchNetwork = false;
        return;
    }
    m_lastTick = now();
    m_clock.start();
    if (m_watchNetwork)
        return;
    m_watchNetwork = true;
    // Not every platform has a backend (and none is needed for the rest to work).
    if (!QNetworkInformation::instance())
        QNetworkInformation::loadDefaultBackend();
    if (auto* info = QNetworkInformation::instance()) {
        connect(info, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (m_watchNetwork && r == QNetworkInformation::Reachability::Online)
                        handleNetworkOnline();
                });
    }
}

void SessionManager::onClockTick()
{
    const qint64 t = now();
    const qint64 gap = t - m_lastTick;
    m_lastTick = t;
    if (gap > kClockTickMs / 1000 + kSleepGapSeconds)
        handleWake();
}

void SessionManager::handleWake()
{
    // Timers do not count the time asleep: the access token may be long expired.
    if (m_state != State::SignedIn)
        return;
    qCInfo(lcAuth) << "woke from sleep; refreshing the session";
    refresh();
}

void SessionManager::handleNetworkOnline()
{
    if (m_state != State::SignedIn)
        return;
    const bool recent = now() - m_lastRefreshAt < kMinSecondsBetweenRefreshes;
    if (recent && m_session.secondsLeft(now()) > m_marginSeconds)
        return;
    qCInfo(lcAuth) << "network is back; refreshing the session";
    refresh();
}

template <typename Job> Job* SessionManager::adopt(Job* job)
{
    // Jobs die with the manager; their replies are aborted then.
    job->setParent(this);
    return job;
}

void SessionManager::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SessionManager::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void SessionManager::failStep(const AuthError& error)
{
    setBusy(false);
    if (m_state == State::SigningIn || m_state == State::Restoring)
        setState(m_session.isValid() ? State::SignedIn : State::SignedOut);
    else if ((m_state == State::NeedsMfa || m_state == State::NeedsNewPassword) &&
             !m_pending.isValid())
        setState(State::SignedOut);
    emit errorOccurred(error);
}

void SessionManager::persist(const Session& session,
                             const std::function<void(const AuthError&)>& done)
{
    m_store->write(storageKey(), session.toStorage(), this, done);
}

void SessionManager::accept(const Session& session, Next next)
{
    if (session.needsMfa()) {
        m_pending = session;
        m_afterMfa = next;
        setBusy(false);
        setState(State::NeedsMfa);
        qCInfo(lcAuth) << "second factor required";
        emit mfaRequired();
        return;
    }
    if (next == Next::NewPassword) {
        m_pending = session;
        setBusy(false);
        setState(State::NeedsNewPassword);
        emit newPasswordRequired();
        return;
    }
    establish(session);
}

void SessionManager::establish(const Session& session)
{
    const quint64 gen = m_generation;
    // Stored first, used second: the refresh token in it is the only valid one.
    persist(session, [this, session, gen](const AuthError& e) {
        if (gen != m_generation)
            return;
        if (e)
            emit warning(tr("You are signed in, but the session could not be saved in the system "
                            "keychain, so you will have to sign in again next time. %1")
                             .arg(e.userMessage()));
        m_session = session;
        m_pending = {};
        m_retryIndex = 0;
        m_lastRefreshAt = now();
        setBusy(false);
        setState(State::SignedIn);
        scheduleRefresh();
        qCInfo(lcAuth).noquote() << "signed in; user" << session.userId() << "aal" << session.aal();
        emit signedIn();
    });
}

void SessionManager::restore(bool refreshNow)
{
    ++m_generation;
    const quint64 gen = m_generation;
    setBusy(true);
    setState(State::Restoring);
    m_store->read(
        storageKey(), this, [this, gen, refreshNow](const QByteArray& data, const AuthError& e) {
            if (gen != m_generation)
                return;
            if (e) {
                setBusy(false);
                setState(State::SignedOut);
                emit signedOut(e.userMessage());
                return;
            }
            const Session stored = Session::fromStorage(data);
            if (!stored.isValid()) {
                if (!data.isEmpty())
                    m_store->remove(storageKey(), this, {});
                setBusy(false);
                setState(State::SignedOut);
                emit signedOut({});
                return;
            }
            qCInfo(lcAuth).noquote() << "restoring the stored session of user" << stored.userId();
            m_session = stored;
            if (refreshNow) {
                refresh();
                return;
            }
            setBusy(false);
            setState(State::SignedIn);
            scheduleRefresh();
            emit signedIn();
        });
}

void SessionManager::signIn(const QString& email, const QString& password)
{
    ++m_generation;
    const quint64 gen = m_generation;
    stopBrowserFlow();
    setBusy(true);
    setState(State::SigningIn);
    auto* job = adopt(m_backend->signInWithPassword(email, password));
    connect(job, &AuthJob::finished, this, [this, job, gen] {
        if (gen != m_generation)
            return;
        if (job->error())
            failStep(job->error());
        else
            accept(job->session(), Next::SignedIn);
    });
    job->start();
}

void SessionManager::verifyMfaCode(const QString& code)
{
    if (m_state != State::NeedsMfa || !m_pending.isValid())
        return;
    const User::Factor* factor = m_pending.user.verifiedTotpFactor();
    if (!factor) {
        failStep(AuthError::make(AuthError::Kind::BadResponse));
        return;
    }
    const quint64 gen = m_generation;
    const QString factorId = factor->id;
    const QString token = m_pending.accessToken;
    setBusy(true);
    auto* challenge = adopt(m_backend->mfaChallenge(token, factorId));
    connect(challenge, &AuthJob::finished, this, [this, challenge, gen, factorId, token, code] {
        if (gen != m_generation)
            return;
        if (challenge->error()) {
            if (challenge->error().kind == AuthError::Kind::SessionEnded) {
                m_pending = {};
                m_store->remove(storageKey(), this, {});
            }
            failStep(challenge->error());
            return;
        }
        auto* verify = adopt(m_backend->mfaVerify(token, factorId, challenge->challengeId(), code));
        connect(verify, &AuthJob::finished, this, [this, verify, gen] {
            if (gen != m_generation)
                return;
            if (verify->error()) {
                failStep(verify->error());
                return;
            }
            const Next next = m_afterMfa;
            m_afterMfa = Next::SignedIn;
            accept(verify->session(), next);
        });
        verify->start();
    });
    challenge->start();
}

void SessionManager::startOAuth(const QString& provider, quint16 port)
{
    if (!m_backend->supportsOAuth()) {
        emit errorOccurred(
            AuthError::make(AuthError::Kind::NotSupported,
                            tr("Sign-in through the browser needs a Supabase project.")));
        return;
    }
    ++m_generation;
    stopBrowserFlow();
    m_loopback = new LoopbackRedirect(this);
    if (!m_loopback->listen(port)) {
        const AuthError e = m_loopback->error();
        stopBrowserFlow();
        failStep(e);
        return;
    }
    m_verifier = Pkce::generateVerifier();
    const QUrl url = m_backend->authorizeUrl(provider, m_loopback->redirectUri(),
                                             Pkce::challengeS256(m_verifier));
    const quint64 gen = m_generation;
    connect(m_loopback, &LoopbackRedirect::codeReceived, this, [this, gen](const QString& code) {
        if (gen == m_generation)
            exchangeCode(code);
    });
    connect(m_loopback, &LoopbackRedirect::failed, this, [this, gen](const AuthError& e) {
        if (gen != m_generation)
            return;
        stopBrowserFlow();
        failStep(e);
    });
    setBusy(true);
    setState(State::SigningIn);
    m_browserTimer.start(m_browserTimeoutMs);
    qCInfo(lcAuth).noquote() << "browser sign-in started with" << provider << "on"
                             << m_loopback->redirectUri().toString();
    emit openUrlRequested(url);
}

void SessionManager::exchangeCode(const QString& code)
{
    const QString verifier = m_verifier;
    stopBrowserFlow();
    const quint64 gen = m_generation;
    auto* job = adopt(m_backend->exchangeCode(code, verifier));
    connect(job, &AuthJob::finished, this, [this, job, gen] {
        if (gen != m_generation)
            return;
        if (job->error())
            failStep(job->error());
        else
            accept(job->session(), Next::SignedIn);
    });
    job->start();
}

void SessionManager::stopBrowserFlow()
{
    m_browserTimer.stop();
    m_verifier.clear();
    if (m_loopback) {
        m_loopback->disconnect(this);
        m_loopback->close();
        m_loopback->deleteLater();
        m_loopback = nullptr;
    }
}

void SessionManager::requestRecoveryCode(const QString& email)
{
    const quint64 gen = m_generation;
    setBusy(true);
    auto* job = adopt(m_backend->recover(email));
    connect(job, &AuthJob::finished, this, [this, job, gen] {
        if (gen != m_generation)
            return;
        if (job->error()) {
            failStep(job->error());
            return;
        }
        setBusy(false);
        emit recoveryCodeSent();
    });
    job->start();
}

void SessionManager::verifyRecoveryCode(const QString& email, const QString& code)
{
    ++m_generation;
    const quint64 gen = m_generation;
    setBusy(true);
    setState(State::SigningIn);
    auto* job = adopt(m_backend->verifyRecovery(email, code));
    connect(job, &AuthJob::finished, this, [this, job, gen] {
        if (gen != m_generation)
            return;
        if (job->error())
            failStep(job->error());
        else
            accept(job->session(), Next::NewPassword);
    });
    job->start();
}

void SessionManager::setNewPassword(const QString& password)
{
    if (m_state != State::NeedsNewPassword || !m_pending.isValid())
        return;
    const quint64 gen = m_generation;
    setBusy(true);
    auto* job = adopt(m_backend->updatePassword(m_pending.accessToken, password));
    connect(job, &AuthJob::finished, this, [this, job, gen] {
        if (gen != m_generation)
            return;
        if (job->error()) {
            failStep(job->error());
            return;
        }
        Session s = m_pending;
        s.user = job->user();
        establish(s);
    });
    job->start();
}

void SessionManager::cancel()
{
    stopBrowserFlow();
    if (m_pending.isValid()) {
        // A half-finished sign-in still holds a server session: end it.
        signOut(Scope::Local);
        return;
    }
    ++m_generation;
    setBusy(false);
    if (m_state != State::SignedIn)
        setState(State::SignedOut);
}

void SessionManager::refresh(QObject* context, RefreshCallback done)
{
    if (!m_session.isValid()) {
        if (done) {
            QPointer<QObject> ctx(context);
            const bool hadContext = context != nullptr;
            QTimer::singleShot(0, this, [ctx, hadContext, done] {
                if (!hadContext || ctx)
                    done(AuthError::make(AuthError::Kind::SessionEnded));
            });
        }
        return;
    }
    if (done)
        m_waiters.append({context, context != nullptr, std::move(done)});
    // One refresh at a time: the token it sends is spent the moment the server sees it. (A
    // refresh left over from an earlier generation is abandoned; it releases its lock itself.)
    if (m_refreshing && m_refreshGeneration == m_generation)
        return;
    m_refreshing = true;
    m_refreshGeneration = m_generation;
    m_refreshTimer.stop();
    const quint64 gen = m_generation;
    // One lock object per refresh, so that an abandoned refresh and a new one exclude each other
    // like two processes do.
    auto* lock = new RefreshLock(refreshLockPath(), this);
    lock->setStaleAfter(m_backend->timeout() + kLockSlackMs);
    lock->acquire([this, gen, lock](const AuthError& e) {
        if (refreshAbandoned(gen, lock))
            return;
        if (e) {
            finishRefresh(lock, e);
            return;
        }
        refreshUnderLock(gen, lock);
    });
}

bool SessionManager::refreshAbandoned(quint64 gen, RefreshLock* lock)
{
    if (gen == m_generation)
        return false;
    // Signed out, signed in anew or restored meanwhile: this refresh belongs to a session that
    // is gone, and its result with it.
    if (m_refreshing && m_refreshGeneration == gen)
        m_refreshing = false;
    lock->release();
    lock->deleteLater();
    return true;
}

void SessionManager::refreshUnderLock(quint64 gen, RefreshLock* lock)
{
    // Another process may have refreshed while this one waited for the lock, or long before
    // (a dashboard left open holds a token that the CLI rotated twice since): the keychain, not
    // memory, says which token is still unspent.
    m_store->read(
        storageKey(), this, [this, gen, lock](const QByteArray& data, const AuthError& e) {
            if (refreshAbandoned(gen, lock))
                return;
            if (e)
                qCWarning(lcAuth).noquote()
                    << "cannot re-read the stored session before refreshing:" << e.toString();
            const Session stored = e ? Session() : Session::fromStorage(data);
            // Same user, another refresh token, not older: rotated by someone else, so ours is
            // spent. "Not older" rather than "later": two rotations within one second carry the
            // same expiry.
            if (stored.isValid() && stored.refreshToken != m_session.refreshToken &&
                stored.userId() == m_session.userId() && stored.expiresAt >= m_session.expiresAt) {
                qCInfo(lcAuth) << "another process renewed the session; using its tokens";
                m_session = stored;
                m_lastRefreshAt = now();
                m_lastRefreshAdopted = true;
                finishRefresh(lock, {});
                return;
            }
            sendRefresh(gen, lock);
        });
}

void SessionManager::sendRefresh(quint64 gen, RefreshLock* lock)
{
    const QString token = m_session.refreshToken;
    auto* job = adopt(m_backend->refresh(token));
    connect(job, &AuthJob::finished, this, [this, job, gen, lock, token] {
        if (refreshAbandoned(gen, lock))
            return;
        if (job->error()) {
            if (endsSession(job->error()))
                endSession(lock, job->error(), token);
            else
                finishRefresh(lock, job->error());
            return;
        }
        Session fresh = job->session();
        if (!fresh.user.isValid())
            fresh.user = m_session.user;
        // The lock is held until the write lands: the next process must read the new token.
        persist(fresh, [this, fresh, gen, lock](const AuthError& e) {
            if (refreshAbandoned(gen, lock))
                return;
            if (e)
                emit warning(tr("The renewed session could not be saved in the system keychain, "
                                "so you will have to sign in again next time. %1")
                                 .arg(e.userMessage()));
            m_session = fresh;
            m_lastRefreshAt = now();
            m_lastRefreshAdopted = false;
            finishRefresh(lock, {});
        });
    });
    job->start();
}

void SessionManager::finishRefresh(RefreshLock* lock, const AuthError& error)
{
    lock->release();
    lock->deleteLater();
    m_refreshing = false;
    const bool restoring = m_state == State::Restoring;
    if (!error) {
        m_retryIndex = 0;
        scheduleRefresh();
        qCInfo(lcAuth) << "session refreshed; expires in" << m_session.secondsLeft(now()) << "s";
        if (restoring) {
            setBusy(false);
            setState(State::SignedIn);
            emit signedIn();
        } else {
            emit sessionRefreshed();
        }
        flushWaiters({});
        return;
    }
    // The session itself is fine as far as anyone knows: keep it, try again later. It was not
    // renewed, and nothing here may say it was.
    scheduleRetry(error);
    if (restoring) {
        setBusy(false);
        setState(State::SignedIn);
        emit sessionKept(error);
    }
    emit refreshFailed(error);
    flushWaiters(error);
}

void SessionManager::flushWaiters(const AuthError& error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter& w : waiters) {
        if (w.callback && (!w.hadContext || w.context))
            w.callback(error);
    }
}

void SessionManager::endSession(RefreshLock* lock, const AuthError& error, const QString& deadToken)
{
    qCInfo(lcAuth).noquote() << "the server ended the session:" << error.toString();
    ++m_generation;
    const quint64 gen = m_generation;
    m_refreshTimer.stop();
    m_refreshing = false;
    m_session = {};
    m_pending = {};
    setBusy(false);
    setState(State::SignedOut);
    // signedOut() and the waiters come once the dead session has left the keychain: a CLI that
    // exits on them must not leave it there for the next run to resend. The lock is still held,
    // so no cooperating process stores a session between the read and the removal.
    forgetStored(deadToken, [this, gen, lock, error] {
        lock->release();
        lock->deleteLater();
        flushWaiters(error);
        if (gen == m_generation)
            emit signedOut(error.userMessage());
    });
}

void SessionManager::forgetStored(const QString& deadToken, const std::function<void()>& done)
{
    m_store->read(storageKey(), this,
                  [this, deadToken, done](const QByteArray& data, const AuthError& readError) {
                      const Session stored = Session::fromStorage(data);
                      // A different session was stored meanwhile (a sign-in elsewhere): it is not
                      // ours to delete. Unreadable data holds no usable session either way.
                      if (!readError && stored.isValid() && stored.refreshToken != deadToken) {
                          qCInfo(lcAuth) << "the stored session is a newer one; keeping it";
                          done();
                          return;
                      }
                      if (!readError && data.isEmpty()) {
                          done();
                          return;
                      }
                      m_store->remove(storageKey(), this, [this, done](const AuthError& e) {
                          if (e)
                              emit warning(e.userMessage());
                          done();
                      });
                  });
}

void SessionManager::checkWithServer(QObject* context, RefreshCallback done)
{
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    RefreshCallback finish = [ctx, hadContext, done](const AuthError& e) {
        if (done && (!hadContext || ctx))
            done(e);
    };
    if (!m_session.isValid()) {
        QTimer::singleShot(0, this,
                           [finish] { finish(AuthError::make(AuthError::Kind::SessionEnded)); });
        return;
    }
    // An expired access token proves nothing either way: renew it first.
    if (m_session.secondsLeft(now()) <= kCheckMarginSeconds) {
        refresh(this, [this, finish](const AuthError& e) {
            if (e)
                finish(e);
            else
                checkUser(finish, true);
        });
        return;
    }
    checkUser(finish, false);
}

void SessionManager::checkUser(const RefreshCallback& finish, bool refreshed)
{
    const quint64 gen = m_generation;
    auto* job = adopt(m_backend->fetchUser(m_session.accessToken));
    connect(job, &AuthJob::finished, this, [this, job, gen, finish, refreshed] {
        if (gen != m_generation) {
            finish(AuthError::make(AuthError::Kind::Cancelled));
            return;
        }
        const AuthError e = job->error();
        if (!e) {
            m_session.user = job->user();
            finish({});
            return;
        }
        if (endsSession(e) && !refreshed) {
            // A rejected access token (session revoked, signing key rotated): the refresh
            // token decides, either with a new access token or by ending the session.
            refresh(this, [this, finish](const AuthError& re) {
                if (re)
                    finish(re);
                else
                    checkUser(finish, true);
            });
            return;
        }
        finish(e);
    });
    job->start();
}

void SessionManager::scheduleRefresh()
{
    if (!m_session.isValid())
        return;
    const qint64 delay = std::max<qint64>(0, m_session.secondsLeft(now()) - m_marginSeconds);
    m_refreshTimer.start(int(std::min<qint64>(delay * 1000, INT_MAX)));
}

void SessionManager::scheduleRetry(const AuthError& error)
{
    int delay =
        m_retryDelaysMs.isEmpty()
            ? 60000
            : m_retryDelaysMs.at(std::min<int>(m_retryIndex, int(m_retryDelaysMs.size()) - 1));
    if (error.kind == AuthError::Kind::RateLimited && error.retryAfterSeconds > 0)
        delay = std::max(delay, error.retryAfterSeconds * 1000);
    ++m_retryIndex;
    qCInfo(lcAuth).noquote() << "refresh failed (" << error.toString() << "); next try in"
                             << delay / 1000 << "s";
    m_refreshTimer.start(delay);
}

void SessionManager::signOut(Scope scope, const QString& reason)
{
    const QString token = m_session.isValid() ? m_session.accessToken : m_pending.accessToken;
    const bool wasSignedOut = m_state == State::SignedOut && token.isEmpty();
    ++m_generation;
    stopBrowserFlow();
    m_refreshTimer.stop();
    // A refresh in flight finds its generation gone and releases its lock itself.
    m_refreshing = false;
    flushWaiters(AuthError::make(AuthError::Kind::Cancelled));
    m_session = {};
    m_pending = {};
    setBusy(false);
    setState(State::SignedOut);
    if (!wasSignedOut) {
        qCInfo(lcAuth) << "signed out";
        emit signedOut(reason);
    }

    // Local state goes first: a server that cannot be reached must not keep anyone signed in.
    auto pending = std::make_shared<int>(token.isEmpty() ? 1 : 2);
    auto serverError = std::make_shared<AuthError>();
    auto step = [this, pending, serverError] {
        if (--*pending == 0)
            emit signOutFinished(*serverError);
    };
    m_store->remove(storageKey(), this, [this, step](const AuthError& e) {
        if (e)
            emit warning(e.userMessage());
        step();
    });
    if (token.isEmpty())
        return;
    auto* job = adopt(m_backend->signOut(token, scope));
    connect(job, &AuthJob::finished, this, [job, serverError, step] {
        // A session the server no longer knows is signed out already.
        if (job->error() && job->error().kind != AuthError::Kind::SessionEnded)
            *serverError = job->error();
        step();
    });
    job->start();
}

} // namespace limitless::auth
