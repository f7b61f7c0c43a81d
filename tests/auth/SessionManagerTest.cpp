#include "AuthTestSupport.h"
#include "FakeGoTrue.h"
#include "MemorySecretStore.h"

#include "auth/AuthClient.h"
#include "auth/DatabaseBinding.h"
#include "auth/SessionManager.h"
#include "db/Database.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace limitless::auth;
using limitless::test::FakeGoTrue;
using limitless::test::LogCapture;
using limitless::test::MemorySecretStore;
using limitless::test::waitUntil;
using Kind = AuthError::Kind;
using State = SessionManager::State;

namespace {

const QString kEmail = QStringLiteral("owner@example.com");
const QString kPassword = QStringLiteral("correct horse battery");

struct Fixture {
    FakeGoTrue server;
    MemorySecretStore store;
    std::unique_ptr<SessionManager> manager;
    QString userId;

    Fixture()
    {
        REQUIRE(server.start());
        userId = server.addUser(kEmail, kPassword);
        manager = std::make_unique<SessionManager>(
            std::make_unique<AuthClient>(server.url(), FakeGoTrue::anonKey()), &store);
        manager->setWatchSystemEvents(false);
        manager->setRetryDelays({50, 100});
    }

    void signIn()
    {
        QSignalSpy signedIn(manager.get(), &SessionManager::signedIn);
        manager->signIn(kEmail, kPassword);
        REQUIRE(waitUntil([&] { return !signedIn.isEmpty(); }));
        REQUIRE(manager->isSignedIn());
    }

    Session stored() const { return Session::fromStorage(store.value(manager->storageKey())); }

    // Another process's session manager: its own memory, the same keychain entry.
    std::unique_ptr<SessionManager> another()
    {
        auto m = std::make_unique<SessionManager>(
            std::make_unique<AuthClient>(server.url(), FakeGoTrue::anonKey()), &store);
        m->setWatchSystemEvents(false);
        m->setRetryDelays({50, 100});
        QSignalSpy signedIn(m.get(), &SessionManager::signedIn);
        m->restore(/*refreshNow=*/false);
        REQUIRE(waitUntil([&] { return !signedIn.isEmpty(); }));
        return m;
    }

    int refreshRequests() const { return server.refreshRequestCount(); }
};

// Spends `refreshToken` the way another device would, and returns the session it gave.
Session rotateElsewhere(const FakeGoTrue& server, const QString& refreshToken)
{
    AuthError error;
    const Session fresh = limitless::test::spendRefreshToken(server.url(), refreshToken, &error);
    REQUIRE_FALSE(error);
    return fresh;
}

// Ends the session on the server (as signing out on another device does).
void endOnServer(const FakeGoTrue& server, const QString& accessToken)
{
    REQUIRE_FALSE(limitless::test::endSessionOnServer(server.url(), accessToken));
}

} // namespace

TEST_CASE("refresh lock child: take the lock and die without releasing it", "[.child]")
{
    QLockFile lock(qEnvironmentVariable("LIMITLESS_TEST_LOCK"));
    REQUIRE(lock.tryLock(0));
    std::fflush(stdout);
    std::_Exit(0); // no destructor: the file stays behind, naming a process that is gone
}

TEST_CASE("session manager: sign-in stores the session before it is used", "[auth][session]")
{
    Fixture f;
    f.store.setDelay(30);
    QSignalSpy states(f.manager.get(), &SessionManager::stateChanged);
    QSignalSpy busy(f.manager.get(), &SessionManager::busyChanged);
    bool storedWhenSignedIn = false;
    QObject::connect(f.manager.get(), &SessionManager::signedIn, [&] {
        storedWhenSignedIn = f.stored().refreshToken == f.manager->session().refreshToken;
    });
    f.signIn();
    CHECK(storedWhenSignedIn);
    CHECK(f.manager->session().userId() == f.userId);
    CHECK(f.manager->storageKey() ==
          QStringLiteral("supabase:127.0.0.1:%1/session").arg(f.server.url().port()));
    REQUIRE(states.size() >= 2);
    CHECK(states.first().first().value<State>() == State::SigningIn);
    CHECK(states.last().first().value<State>() == State::SignedIn);
    CHECK(busy.size() == 2); // on, then off
    CHECK_FALSE(f.manager->isBusy());
}

TEST_CASE("session manager: a failed sign-in says why", "[auth][session]")
{
    Fixture f;
    QSignalSpy errors(f.manager.get(), &SessionManager::errorOccurred);
    f.manager->signIn(kEmail, QStringLiteral("wrong"));
    REQUIRE(waitUntil([&] { return !errors.isEmpty(); }));
    CHECK(errors.first().first().value<AuthError>().kind == Kind::InvalidCredentials);
    CHECK(f.manager->state() == State::SignedOut);
    CHECK_FALSE(f.store.contains(f.manager->storageKey()));
}

TEST_CASE("session manager: two concurrent refreshes send one request", "[auth][session]")
{
    Fixture f;
    f.signIn();
    const QString before = f.manager->session().refreshToken;
    const int requestsBefore = f.server.count(QStringLiteral("/auth/v1/token"));
    f.server.setResponseDelay(100); // both calls are made while the first is on the wire

    QList<AuthError> results;
    f.manager->refresh(nullptr, [&](const AuthError& e) { results << e; });
    f.manager->refresh(nullptr, [&](const AuthError& e) { results << e; });
    REQUIRE(waitUntil([&] { return results.size() == 2; }));
    CHECK_FALSE(results.at(0));
    CHECK_FALSE(results.at(1));
    CHECK(f.server.count(QStringLiteral("/auth/v1/token")) == requestsBefore + 1);
    CHECK(f.manager->session().refreshToken != before);
    // The spent token is not used again: one active token remains on the server.
    CHECK(f.server.activeRefreshTokens() == 1);
}

TEST_CASE("session manager: the rotated token is persisted before it is used", "[auth][session]")
{
    Fixture f;
    f.signIn();
    f.store.setDelay(200);
    QString tokenInUseWhenWritten;
    QObject::connect(&f.store, &MemorySecretStore::written,
                     [&] { tokenInUseWhenWritten = f.manager->session().refreshToken; });
    const QString before = f.manager->session().refreshToken;
    QSignalSpy refreshed(f.manager.get(), &SessionManager::sessionRefreshed);
    f.manager->refresh();
    REQUIRE(waitUntil([&] { return !refreshed.isEmpty(); }));
    // While the keychain was writing, the old session was still the one in use...
    CHECK(tokenInUseWhenWritten == before);
    // ...and once in use, the new one was already stored.
    CHECK(f.stored().refreshToken == f.manager->session().refreshToken);
    CHECK(f.manager->session().refreshToken != before);
}

TEST_CASE("session manager: refreshes ahead of expiry", "[auth][session]")
{
    Fixture f;
    f.server.setAccessTokenLifetime(92); // with a 90 s margin: 2 s after sign-in
    f.signIn();
    QSignalSpy refreshed(f.manager.get(), &SessionManager::sessionRefreshed);
    const QString before = f.manager->session().refreshToken;
    REQUIRE(waitUntil([&] { return !refreshed.isEmpty(); }, 6000));
    CHECK(f.manager->session().refreshToken != before);
}

TEST_CASE("session manager: restore at start-up", "[auth][session]")
{
    Fixture f;
    f.signIn();
    const Session original = f.manager->session();

    // A new run of the app: a new manager over the same keychain.
    SessionManager next(std::make_unique<AuthClient>(f.server.url(), FakeGoTrue::anonKey()),
                        &f.store);
    next.setWatchSystemEvents(false);
    next.setRetryDelays({50, 100});

    SECTION("a stored session is refreshed and used")
    {
        QSignalSpy signedIn(&next, &SessionManager::signedIn);
        next.restore();
        CHECK(next.state() == State::Restoring);
        REQUIRE(waitUntil([&] { return !signedIn.isEmpty(); }));
        CHECK(next.isSignedIn());
        CHECK(next.session().userId() == original.userId());
        CHECK(next.session().refreshToken != original.refreshToken);
        CHECK(f.stored().refreshToken == next.session().refreshToken);
    }
    SECTION("a revoked session signs out with a reason")
    {
        // Ended elsewhere: the owner signed out everywhere from the web app.
        f.manager->signOut(SessionManager::Scope::Global);
        REQUIRE(waitUntil([&] { return f.server.count(QStringLiteral("/auth/v1/logout")) == 1; }));
        f.store.set(next.storageKey(), original.toStorage());
        QSignalSpy signedOut(&next, &SessionManager::signedOut);
        next.restore();
        REQUIRE(waitUntil([&] { return !signedOut.isEmpty(); }));
        CHECK(signedOut.first().first().toString() ==
              AuthError::make(Kind::SessionEnded).userMessage());
        CHECK(next.state() == State::SignedOut);
        REQUIRE(waitUntil([&] { return !f.store.contains(next.storageKey()); }));
    }
    SECTION("a server that cannot be reached keeps the session")
    {
        f.server.setFault(QStringLiteral("/auth/v1/token"), FakeGoTrue::Fault::Html502);
        QSignalSpy kept(&next, &SessionManager::sessionKept);
        QSignalSpy failed(&next, &SessionManager::refreshFailed);
        next.restore();
        REQUIRE(waitUntil([&] { return !kept.isEmpty(); }));
        CHECK(next.isSignedIn());
        CHECK(next.session().refreshToken == original.refreshToken);
        REQUIRE_FALSE(failed.isEmpty());
        CHECK(failed.first().first().value<AuthError>().kind == Kind::ServerUnavailable);
        // The retry goes through once the server is back.
        f.server.setFault(QStringLiteral("/auth/v1/token"), FakeGoTrue::Fault::None);
        QSignalSpy refreshed(&next, &SessionManager::sessionRefreshed);
        REQUIRE(waitUntil([&] { return !refreshed.isEmpty(); }, 3000));
        CHECK(next.session().refreshToken != original.refreshToken);
    }
    SECTION("nothing stored")
    {
        f.store.set(next.storageKey(), {});
        QSignalSpy signedOut(&next, &SessionManager::signedOut);
        next.restore();
        REQUIRE(waitUntil([&] { return !signedOut.isEmpty(); }));
        CHECK(signedOut.first().first().toString().isEmpty());
    }
}

TEST_CASE("session manager: refresh after wake and network return", "[auth][session]")
{
    Fixture f;
    f.signIn();
    QSignalSpy refreshed(f.manager.get(), &SessionManager::sessionRefreshed);
    const int before = f.server.count(QStringLiteral("/auth/v1/token"));
    f.manager->handleWake();
    REQUIRE(waitUntil([&] { return refreshed.size() == 1; }));
    CHECK(f.server.count(QStringLiteral("/auth/v1/token")) == before + 1);
    // Just refreshed and far from expiry: a network blip does not refresh again...
    f.manager->handleNetworkOnline();
    QTest::qWait(200);
    CHECK(refreshed.size() == 1);
    // ...but close to expiry it does.
    f.manager->setRefreshMargin(3600);
    f.manager->handleNetworkOnline();
    REQUIRE(waitUntil([&] { return refreshed.size() >= 2; }));
}

TEST_CASE("session manager: sign-out", "[auth][session]")
{
    Fixture f;
    f.signIn();
    const Session s = f.manager->session();
    QSignalSpy signedOut(f.manager.get(), &SessionManager::signedOut);
    QSignalSpy finished(f.manager.get(), &SessionManager::signOutFinished);
    f.manager->signOut(SessionManager::Scope::Local);
    CHECK(f.manager->state() == State::SignedOut);
    CHECK_FALSE(f.manager->session().isValid());
    REQUIRE(signedOut.size() == 1);
    CHECK(signedOut.first().first().toString().isEmpty());
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }));
    CHECK_FALSE(finished.first().first().value<AuthError>());
    CHECK_FALSE(f.store.contains(f.manager->storageKey()));
    const FakeGoTrue::Request r = f.server.last(QStringLiteral("/auth/v1/logout"));
    CHECK(r.header("authorization") == "Bearer " + s.accessToken.toLatin1());
    CHECK(r.query.queryItemValue(QStringLiteral("scope")) == QLatin1String("local"));

    // The server cannot be reached: the owner is signed out here all the same.
    f.signIn();
    f.server.setFault(QStringLiteral("/auth/v1/logout"), FakeGoTrue::Fault::DropConnection);
    QSignalSpy finished2(f.manager.get(), &SessionManager::signOutFinished);
    f.manager->signOut(SessionManager::Scope::Global);
    CHECK(f.manager->state() == State::SignedOut);
    REQUIRE(waitUntil([&] { return !finished2.isEmpty(); }));
    CHECK(finished2.first().first().value<AuthError>().kind == Kind::NoNetwork);
    CHECK_FALSE(f.store.contains(f.manager->storageKey()));
}

TEST_CASE("session manager: MFA step", "[auth][session][mfa]")
{
    Fixture f;
    f.server.addTotpFactor(f.userId);
    QSignalSpy mfa(f.manager.get(), &SessionManager::mfaRequired);
    QSignalSpy errors(f.manager.get(), &SessionManager::errorOccurred);
    QSignalSpy signedIn(f.manager.get(), &SessionManager::signedIn);
    f.manager->signIn(kEmail, kPassword);
    REQUIRE(waitUntil([&] { return !mfa.isEmpty(); }));
    CHECK(f.manager->state() == State::NeedsMfa);
    // An aal1 session is never stored.
    CHECK_FALSE(f.store.contains(f.manager->storageKey()));

    f.manager->verifyMfaCode(QStringLiteral("000000"));
    REQUIRE(waitUntil([&] { return !errors.isEmpty(); }));
    CHECK(errors.first().first().value<AuthError>().kind == Kind::MfaCodeInvalid);
    CHECK(f.manager->state() == State::NeedsMfa);

    f.manager->verifyMfaCode(FakeGoTrue::validTotpCode());
    REQUIRE(waitUntil([&] { return !signedIn.isEmpty(); }));
    CHECK(f.manager->session().aal() == QLatin1String("aal2"));
    CHECK(f.stored().aal() == QLatin1String("aal2"));
}

TEST_CASE("session manager: browser sign-in with PKCE", "[auth][session][pkce]")
{
    Fixture f;
    f.server.setOAuthUser(kEmail);
    QSignalSpy open(f.manager.get(), &SessionManager::openUrlRequested);
    QSignalSpy signedIn(f.manager.get(), &SessionManager::signedIn);
    QSignalSpy errors(f.manager.get(), &SessionManager::errorOccurred);
    f.manager->startOAuth(QStringLiteral("google"));
    REQUIRE(open.size() == 1);
    const QUrl url = open.first().first().toUrl();
    CHECK(f.manager->state() == State::SigningIn);
    CHECK(QUrlQuery(url)
              .queryItemValue(QStringLiteral("redirect_to"), QUrl::FullyDecoded)
              .startsWith(QLatin1String("http://127.0.0.1:")));

    SECTION("approved")
    {
        f.server.browse(url, true);
        REQUIRE(waitUntil([&] { return !signedIn.isEmpty(); }));
        CHECK(f.manager->session().userId() == f.userId);
        CHECK(f.server.last(QStringLiteral("/auth/v1/token"))
                  .query.queryItemValue(QStringLiteral("grant_type")) == QLatin1String("pkce"));
    }
    SECTION("denied in the browser")
    {
        f.server.browse(url, false);
        REQUIRE(waitUntil([&] { return !errors.isEmpty(); }));
        CHECK(errors.first().first().value<AuthError>().kind == Kind::OAuthDenied);
        CHECK(f.manager->state() == State::SignedOut);
    }
    SECTION("never finished")
    {
        f.manager->setBrowserTimeout(100);
        f.manager->startOAuth(QStringLiteral("github"));
        REQUIRE(waitUntil([&] { return !errors.isEmpty(); }));
        CHECK(errors.first().first().value<AuthError>().kind == Kind::BrowserFlowExpired);
    }
}

TEST_CASE("session manager: password recovery", "[auth][session][recovery]")
{
    Fixture f;
    QSignalSpy sent(f.manager.get(), &SessionManager::recoveryCodeSent);
    QSignalSpy needPassword(f.manager.get(), &SessionManager::newPasswordRequired);
    QSignalSpy signedIn(f.manager.get(), &SessionManager::signedIn);
    QSignalSpy errors(f.manager.get(), &SessionManager::errorOccurred);
    f.manager->requestRecoveryCode(kEmail);
    REQUIRE(waitUntil([&] { return !sent.isEmpty(); }));
    f.manager->verifyRecoveryCode(kEmail, f.server.recoveryCode(kEmail));
    REQUIRE(waitUntil([&] { return !needPassword.isEmpty(); }));
    CHECK(f.manager->state() == State::NeedsNewPassword);
    f.manager->setNewPassword(QStringLiteral("short"));
    REQUIRE(waitUntil([&] { return !errors.isEmpty(); }));
    CHECK(errors.first().first().value<AuthError>().kind == Kind::WeakPassword);
    f.manager->setNewPassword(QStringLiteral("a much longer one"));
    REQUIRE(waitUntil([&] { return !signedIn.isEmpty(); }));
    CHECK(f.manager->isSignedIn());
}

TEST_CASE("session manager: no token or password in the log", "[auth][session][log]")
{
    LogCapture log;
    Fixture f;
    f.server.addTotpFactor(f.userId);
    QStringList secrets{kPassword, FakeGoTrue::validTotpCode()};

    QSignalSpy mfa(f.manager.get(), &SessionManager::mfaRequired);
    f.manager->signIn(kEmail, kPassword);
    REQUIRE(waitUntil([&] { return !mfa.isEmpty(); }));
    f.manager->verifyMfaCode(FakeGoTrue::validTotpCode());
    REQUIRE(waitUntil([&] { return f.manager->isSignedIn(); }));
    secrets << f.manager->session().accessToken << f.manager->session().refreshToken;

    // Failures are logged too: they must not carry the token either.
    f.server.setFault(QStringLiteral("/auth/v1/token"), FakeGoTrue::Fault::Html502);
    bool failed = false;
    f.manager->refresh(nullptr, [&](const AuthError&) { failed = true; });
    REQUIRE(waitUntil([&] { return failed; }));
    f.server.setFault(QStringLiteral("/auth/v1/token"), FakeGoTrue::Fault::None);
    bool refreshed = false;
    f.manager->refresh(nullptr, [&](const AuthError& e) { refreshed = !e; });
    REQUIRE(waitUntil([&] { return refreshed; }));
    secrets << f.manager->session().accessToken << f.manager->session().refreshToken;
    f.manager->signOut();
    REQUIRE(waitUntil([&] { return f.server.count(QStringLiteral("/auth/v1/logout")) == 1; }));

    const QString text = log.text();
    CHECK(log.lines() > 3); // something was logged at all
    for (const QString& s : std::as_const(secrets)) {
        REQUIRE(s.size() >= 6);
        INFO("secret of length " << s.size());
        CHECK_FALSE(text.contains(s));
        // Not even a recognisable piece of a token.
        if (s.size() > 40)
            CHECK_FALSE(text.contains(s.mid(s.size() / 2, 24)));
    }
}

TEST_CASE("session manager: the database runs with the session's claims", "[auth][session][db]")
{
    Fixture f;
    limitless::db::Database database;
    DatabaseBinding binding(f.manager.get(), &database);
    f.signIn();
    const QByteArray claims = database.claims();
    CHECK(claims == f.manager->session().claimsJson());
    const QJsonObject o = QJsonDocument::fromJson(claims).object();
    CHECK(o.value(QStringLiteral("sub")).toString() == f.userId);
    CHECK(o.value(QStringLiteral("role")).toString() == QLatin1String("authenticated"));

    // A refresh swaps the new claims in (new iat/exp).
    QTest::qWait(1100);
    bool done = false;
    f.manager->refresh(nullptr, [&](const AuthError&) { done = true; });
    REQUIRE(waitUntil([&] { return done; }));
    CHECK(database.claims() == f.manager->session().claimsJson());
    CHECK(database.claims() != claims);

    f.manager->signOut();
    CHECK(database.claims().isEmpty());
}

TEST_CASE("session manager: a failed refresh at start-up never reports a sign-in",
          "[auth][session][refresh]")
{
    Fixture f;
    f.signIn();
    const Session original = f.manager->session();
    f.server.setResponseDelay(0);

    struct Case {
        const char* name;
        FakeGoTrue::Fault fault;
        Kind kind;
    };
    const Case cases[] = {
        {"429 with Retry-After", FakeGoTrue::Fault::RateLimited, Kind::RateLimited},
        {"an HTML 502", FakeGoTrue::Fault::Html502, Kind::ServerUnavailable},
        {"a server that never answers", FakeGoTrue::Fault::NeverAnswer, Kind::Timeout},
        {"a dropped connection", FakeGoTrue::Fault::DropConnection, Kind::NoNetwork},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        f.server.setFault(QStringLiteral("/auth/v1/token"), c.fault, 30);
        auto backend = std::make_unique<AuthClient>(f.server.url(), FakeGoTrue::anonKey());
        backend->setTimeout(300);
        SessionManager next(std::move(backend), &f.store);
        next.setWatchSystemEvents(false);
        next.setRetryDelays({60000});
        QSignalSpy signedIn(&next, &SessionManager::signedIn);
        QSignalSpy kept(&next, &SessionManager::sessionKept);
        QSignalSpy failed(&next, &SessionManager::refreshFailed);
        next.restore();
        REQUIRE(waitUntil([&] { return !failed.isEmpty(); }));
        QTest::qWait(50);
        CHECK(signedIn.isEmpty());
        REQUIRE(kept.size() == 1);
        CHECK(kept.first().first().value<AuthError>().kind == c.kind);
        CHECK(failed.first().first().value<AuthError>().kind == c.kind);
        // Kept as it was, in use, and still the stored one.
        CHECK(next.state() == State::SignedIn);
        CHECK(next.session().refreshToken == original.refreshToken);
        CHECK(f.stored().refreshToken == original.refreshToken);
    }

    // Nothing listening at all.
    f.server.setFault(QStringLiteral("/auth/v1/token"), FakeGoTrue::Fault::None);
    f.server.stop();
    SessionManager next(std::make_unique<AuthClient>(f.server.url(), FakeGoTrue::anonKey()),
                        &f.store);
    next.setWatchSystemEvents(false);
    next.setRetryDelays({60000});
    QSignalSpy signedIn(&next, &SessionManager::signedIn);
    QSignalSpy kept(&next, &SessionManager::sessionKept);
    next.restore();
    REQUIRE(waitUntil([&] { return !kept.isEmpty(); }));
    CHECK(kept.first().first().value<AuthError>().kind == Kind::NoNetwork);
    CHECK(signedIn.isEmpty());
}

TEST_CASE("session manager: an ended session leaves the keychain before signedOut",
          "[auth][session][refresh]")
{
    Fixture f;
    f.signIn();
    f.store.setDelay(50); // a keychain that takes its time, as the real one does
    rotateElsewhere(f.server, f.manager->session().refreshToken);

    bool storedAtSignOut = true;
    QObject::connect(f.manager.get(), &SessionManager::signedOut,
                     [&] { storedAtSignOut = f.store.contains(f.manager->storageKey()); });
    AuthError callbackError;
    bool storedAtCallback = true;
    bool called = false;
    f.manager->refresh(nullptr, [&](const AuthError& e) {
        callbackError = e;
        storedAtCallback = f.store.contains(f.manager->storageKey());
        called = true;
    });
    REQUIRE(waitUntil([&] { return called; }));
    CHECK(callbackError.kind == Kind::SessionEnded);
    CHECK(callbackError.code == QLatin1String("refresh_token_already_used"));
    CHECK_FALSE(storedAtCallback);
    REQUIRE(waitUntil([&] { return f.manager->state() == State::SignedOut; }));
    CHECK_FALSE(storedAtSignOut);
}

TEST_CASE("session manager: only the session whose token failed is removed",
          "[auth][session][refresh]")
{
    Fixture f;
    f.signIn();
    const Session dead = f.manager->session();
    rotateElsewhere(f.server, dead.refreshToken);

    // While the doomed refresh is on the wire, another process signs in anew and stores that.
    MemorySecretStore otherStore;
    SessionManager other(std::make_unique<AuthClient>(f.server.url(), FakeGoTrue::anonKey()),
                         &otherStore);
    other.setWatchSystemEvents(false);
    QSignalSpy otherIn(&other, &SessionManager::signedIn);
    other.signIn(kEmail, kPassword);
    REQUIRE(waitUntil([&] { return !otherIn.isEmpty(); }));
    const Session newer = other.session();

    f.server.setResponseDelay(300);
    QTimer::singleShot(100, [&] { f.store.set(f.manager->storageKey(), newer.toStorage()); });
    QSignalSpy signedOut(f.manager.get(), &SessionManager::signedOut);
    const qsizetype logBefore = f.store.log().size();
    f.manager->refresh();
    REQUIRE(waitUntil([&] { return !signedOut.isEmpty(); }));
    QTest::qWait(100); // a removal would have landed by now
    CHECK_FALSE(
        f.store.log().mid(logBefore).contains(QStringLiteral("remove ") + f.manager->storageKey()));
    CHECK(f.stored().refreshToken == newer.refreshToken);
}

TEST_CASE("session manager: two processes refreshing at once send one request",
          "[auth][session][refresh][lock]")
{
    Fixture f;
    f.signIn();
    auto cli = f.another(); // same keychain entry, its own copy of the session in memory
    REQUIRE(cli->session().refreshToken == f.manager->session().refreshToken);
    const int before = f.refreshRequests();
    f.server.setResponseDelay(200); // the first request is still on the wire when both ask

    QSignalSpy dashboardOut(f.manager.get(), &SessionManager::signedOut);
    QSignalSpy cliOut(cli.get(), &SessionManager::signedOut);
    QList<AuthError> results;
    f.manager->refresh(nullptr, [&](const AuthError& e) { results << e; });
    cli->refresh(nullptr, [&](const AuthError& e) { results << e; });
    REQUIRE(waitUntil([&] { return results.size() == 2; }, 10000));
    CHECK_FALSE(results.at(0));
    CHECK_FALSE(results.at(1));
    CHECK(dashboardOut.isEmpty());
    CHECK(cliOut.isEmpty());
    CHECK(f.refreshRequests() == before + 1);
    // Both hold the session that the one refresh produced, and it is the stored one.
    CHECK(f.manager->session().refreshToken == cli->session().refreshToken);
    CHECK(f.stored().refreshToken == cli->session().refreshToken);
    CHECK(f.manager->lastRefreshAdopted() != cli->lastRefreshAdopted());
    CHECK(f.server.activeRefreshTokens() == 1);
    CHECK_FALSE(QFile::exists(f.manager->refreshLockPath()));
}

TEST_CASE("session manager: a session two rotations behind adopts the stored one",
          "[auth][session][refresh][lock]")
{
    Fixture f;
    f.signIn();
    auto cli = f.another();
    for (int i = 0; i < 2; ++i) {
        bool ok = false;
        cli->refresh(nullptr, [&](const AuthError& e) { ok = !e; });
        REQUIRE(waitUntil([&] { return ok; }));
    }
    REQUIRE(cli->session().refreshToken != f.manager->session().refreshToken);
    const int before = f.refreshRequests();

    // The dashboard's scheduled refresh comes round with its old token in memory.
    QSignalSpy refreshed(f.manager.get(), &SessionManager::sessionRefreshed);
    QSignalSpy signedOut(f.manager.get(), &SessionManager::signedOut);
    f.manager->refresh();
    REQUIRE(waitUntil([&] { return !refreshed.isEmpty() || !signedOut.isEmpty(); }));
    CHECK(signedOut.isEmpty());
    CHECK(f.refreshRequests() == before);
    CHECK(f.manager->lastRefreshAdopted());
    CHECK(f.manager->session().refreshToken == cli->session().refreshToken);
    CHECK(f.manager->session().accessToken == cli->session().accessToken);
    CHECK(f.manager->isSignedIn());
}

TEST_CASE("session manager: a refresh waits for another process's lock without blocking",
          "[auth][session][refresh][lock]")
{
    Fixture f;
    f.signIn();
    const int before = f.refreshRequests();
    QLockFile held(f.manager->refreshLockPath());
    REQUIRE(held.tryLock(0));

    bool done = false;
    AuthError result;
    QElapsedTimer call;
    call.start();
    f.manager->refresh(nullptr, [&](const AuthError& e) {
        result = e;
        done = true;
    });
    CHECK(call.elapsed() < 50); // returns at once: the GUI thread never waits for the lock
    // The event loop runs meanwhile (a timer fires), and nothing reaches the server.
    bool ticked = false;
    QTimer::singleShot(100, [&] { ticked = true; });
    QTest::qWait(400);
    CHECK(ticked);
    CHECK_FALSE(done);
    CHECK(f.refreshRequests() == before);

    held.unlock();
    REQUIRE(waitUntil([&] { return done; }));
    CHECK_FALSE(result);
    CHECK(f.refreshRequests() == before + 1);
}

TEST_CASE("session manager: a lock left by a process that died does not stop refreshes",
          "[auth][session][refresh][lock]")
{
    Fixture f;
    f.signIn();
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LIMITLESS_TEST_LOCK"), f.manager->refreshLockPath());
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("refresh lock child: take the lock and die without releasing it")});
    REQUIRE(child.waitForFinished(30000));
    REQUIRE(QFile::exists(f.manager->refreshLockPath()));

    QElapsedTimer t;
    t.start();
    bool done = false;
    AuthError result;
    f.manager->refresh(nullptr, [&](const AuthError& e) {
        result = e;
        done = true;
    });
    REQUIRE(waitUntil([&] { return done; }));
    CHECK_FALSE(result);
    CHECK(t.elapsed() < 5000); // not the minute a hung holder gets
    CHECK_FALSE(QFile::exists(f.manager->refreshLockPath()));
}

TEST_CASE("session manager: checking the session with the server", "[auth][session][check]")
{
    Fixture f;
    auto check = [&](SessionManager& m) {
        AuthError result;
        bool done = false;
        m.checkWithServer(nullptr, [&](const AuthError& e) {
            result = e;
            done = true;
        });
        REQUIRE(waitUntil([&] { return done; }));
        return result;
    };

    SECTION("a valid session is confirmed with its access token")
    {
        f.signIn();
        const int tokens = f.refreshRequests();
        CHECK_FALSE(check(*f.manager));
        const FakeGoTrue::Request r = f.server.last(QStringLiteral("/auth/v1/user"));
        CHECK(r.method == "GET");
        CHECK(r.header("authorization") == "Bearer " + f.manager->session().accessToken.toLatin1());
        CHECK(f.refreshRequests() == tokens); // nothing to renew
    }
    SECTION("an expired access token is renewed first")
    {
        f.server.setAccessTokenLifetime(1);
        f.manager->setRefreshMargin(-3600); // no scheduled refresh gets there first
        f.signIn();
        const QString before = f.manager->session().accessToken;
        QTest::qWait(1100);
        f.server.setAccessTokenLifetime(3600);
        const int tokens = f.refreshRequests();
        CHECK_FALSE(check(*f.manager));
        CHECK(f.refreshRequests() == tokens + 1);
        CHECK(f.server.last(QStringLiteral("/auth/v1/user")).header("authorization") ==
              "Bearer " + f.manager->session().accessToken.toLatin1());
        CHECK(f.manager->session().accessToken != before);
    }
    SECTION("a session ended on the server is rejected and forgotten")
    {
        f.signIn();
        endOnServer(f.server, f.manager->session().accessToken);
        QSignalSpy signedOut(f.manager.get(), &SessionManager::signedOut);
        CHECK(check(*f.manager).kind == Kind::SessionEnded);
        CHECK(f.manager->state() == State::SignedOut);
        REQUIRE(waitUntil([&] { return !signedOut.isEmpty(); }));
        CHECK_FALSE(f.store.contains(f.manager->storageKey()));
    }
    SECTION("a server that cannot answer says so and keeps the session")
    {
        f.signIn();
        const Session s = f.manager->session();
        f.server.setFault(QStringLiteral("/auth/v1/user"), FakeGoTrue::Fault::Html502);
        CHECK(check(*f.manager).kind == Kind::ServerUnavailable);
        CHECK(f.manager->isSignedIn());
        CHECK(f.stored().refreshToken == s.refreshToken);
    }
}
