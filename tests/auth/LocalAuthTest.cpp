#include "AuthTestSupport.h"
#include "SandboxUsers.h"
#include "TestDatabase.h"

#include "auth/LocalAuthBackend.h"
#include "auth/SessionJob.h"
#include "auth/UserJob.h"

#include <catch2/catch.hpp>

#include <QTcpServer>

using namespace limitless::auth;
using limitless::test::SandboxUsers;
using limitless::test::waitUntil;
using Kind = AuthError::Kind;

namespace {

template <typename Job> std::unique_ptr<Job> run(Job* job)
{
    job->setAutoDelete(false);
    bool done = false;
    QObject::connect(job, &AuthJob::finished, job, [&done] { done = true; });
    job->start();
    REQUIRE(waitUntil([&] { return done; }, 15000));
    return std::unique_ptr<Job>(job);
}

LocalAuthBackend backend()
{
    return LocalAuthBackend(limitless::test::appUrl(), limitless::test::sandboxDir());
}

} // namespace

TEST_CASE("local sign-in: e-mail and password against auth.users", "[auth][local]")
{
    SandboxUsers users;
    const auto a = users.add(QStringLiteral("local"));
    LocalAuthBackend b = backend();
    CHECK(b.storageNamespace() == QStringLiteral("sandbox:") + limitless::test::sandboxDir());

    auto ok = run(b.signInWithPassword(a.email, a.password));
    REQUIRE_FALSE(ok->error());
    const Session& s = ok->session();
    CHECK(s.isValid());
    CHECK(s.userId() == a.userId);
    CHECK(s.user.id == a.userId);
    CHECK(s.email() == a.email);
    // The claims GoTrue puts in an access token.
    CHECK(s.claims.value(QStringLiteral("role")).toString() == QLatin1String("authenticated"));
    CHECK(s.claims.value(QStringLiteral("aud")).toString() == QLatin1String("authenticated"));
    CHECK(s.aal() == QLatin1String("aal1"));
    CHECK_FALSE(s.claims.value(QStringLiteral("session_id")).toString().isEmpty());
    CHECK(s.claims.value(QStringLiteral("exp")).toInteger() == s.expiresAt);
    CHECK(s.secondsLeft(QDateTime::currentSecsSinceEpoch()) > 3500);
    CHECK(s.tokenType == QLatin1String("bearer"));
    CHECK(s.accessToken.count(QLatin1Char('.')) == 2);

    // Case does not matter in the address, as with GoTrue.
    CHECK_FALSE(run(b.signInWithPassword(a.email.toUpper(), a.password))->error());

    auto wrong = run(b.signInWithPassword(a.email, QStringLiteral("not it")));
    CHECK(wrong->error().kind == Kind::InvalidCredentials);
    CHECK(wrong->error().httpStatus == 400);
    auto nobody = run(b.signInWithPassword(QStringLiteral("nobody@nowhere.test"), a.password));
    CHECK(nobody->error().kind == Kind::InvalidCredentials);

    const auto unconfirmed = users.add(QStringLiteral("unconfirmed"), false);
    auto e = run(b.signInWithPassword(unconfirmed.email, unconfirmed.password));
    CHECK(e->error().kind == Kind::EmailNotConfirmed);
}

TEST_CASE("local sign-in: refresh rotation, user, password, sign-out", "[auth][local]")
{
    SandboxUsers users;
    const auto a = users.add(QStringLiteral("rotate"));
    LocalAuthBackend b = backend();
    auto signIn = run(b.signInWithPassword(a.email, a.password));
    REQUIRE_FALSE(signIn->error());
    const Session first = signIn->session();

    // Refresh tokens are kept as digests, never as they were handed out.
    const auto stored = users.admin().exec(
        QStringLiteral("select token from auth.refresh_tokens where user_id = $1"), {a.userId});
    REQUIRE(stored.rowCount() == 1);
    CHECK(stored.scalar().toString() != first.refreshToken);

    auto refreshed = run(b.refresh(first.refreshToken));
    REQUIRE_FALSE(refreshed->error());
    const Session second = refreshed->session();
    CHECK(second.refreshToken != first.refreshToken);
    CHECK(second.userId() == a.userId);
    CHECK(second.claims.value(QStringLiteral("session_id")) ==
          first.claims.value(QStringLiteral("session_id")));

    auto reused = run(b.refresh(first.refreshToken));
    CHECK(reused->error().kind == Kind::SessionEnded);
    CHECK(reused->error().code == QLatin1String("refresh_token_already_used"));
    auto unknown = run(b.refresh(QStringLiteral("made-up")));
    CHECK(unknown->error().code == QLatin1String("refresh_token_not_found"));

    auto user = run(b.fetchUser(second.accessToken));
    REQUIRE_FALSE(user->error());
    CHECK(user->user().id == a.userId);
    CHECK(user->user().email == a.email);
    auto forged = run(
        b.fetchUser(second.accessToken.left(second.accessToken.size() - 2) + QStringLiteral("xx")));
    CHECK(forged->error().kind == Kind::SessionEnded);
    CHECK(forged->error().code == QLatin1String("bad_jwt"));

    auto weak = run(b.updatePassword(second.accessToken, QStringLiteral("abc")));
    CHECK(weak->error().kind == Kind::WeakPassword);
    auto same = run(b.updatePassword(second.accessToken, a.password));
    CHECK(same->error().kind == Kind::SamePassword);
    auto changed = run(b.updatePassword(second.accessToken, a.password + QStringLiteral("-new")));
    CHECK_FALSE(changed->error());
    CHECK(run(b.signInWithPassword(a.email, a.password))->error().kind == Kind::InvalidCredentials);
    CHECK_FALSE(run(b.signInWithPassword(a.email, a.password + QStringLiteral("-new")))->error());

    auto out = run(b.signOut(second.accessToken, AuthBackend::SignOutScope::Local));
    CHECK_FALSE(out->error());
    CHECK(out->httpStatus() == 204);
    CHECK(run(b.refresh(second.refreshToken))->error().kind == Kind::SessionEnded);
    auto gone = run(b.fetchUser(second.accessToken));
    CHECK(gone->error().code == QLatin1String("session_not_found"));
}

TEST_CASE("local sign-in: global sign-out ends every session of the user", "[auth][local]")
{
    SandboxUsers users;
    const auto a = users.add(QStringLiteral("global"));
    LocalAuthBackend b = backend();
    auto one = run(b.signInWithPassword(a.email, a.password));
    auto two = run(b.signInWithPassword(a.email, a.password));
    CHECK_FALSE(
        run(b.signOut(one->session().accessToken, AuthBackend::SignOutScope::Global))->error());
    CHECK(run(b.refresh(two->session().refreshToken))->error().kind == Kind::SessionEnded);
}

TEST_CASE("local sign-in: what the sandbox cannot do, and a stopped sandbox", "[auth][local]")
{
    LocalAuthBackend b = backend();
    CHECK(run(b.recover(QStringLiteral("a@b.c")))->error().kind == Kind::NotSupported);
    CHECK(run(b.exchangeCode(QStringLiteral("x"), QStringLiteral("y")))->error().kind ==
          Kind::NotSupported);
    CHECK_FALSE(b.supportsOAuth());

    quint16 port = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    LocalAuthBackend stopped(
        QStringLiteral("postgresql://limitless_app@127.0.0.1:%1/limitless?sslmode=disable")
            .arg(port),
        QStringLiteral("/nonexistent"));
    auto e = run(stopped.signInWithPassword(QStringLiteral("a@b.c"), QStringLiteral("x")));
    CHECK(e->error().kind == Kind::Database);
    CHECK(e->errorString().contains(QLatin1String("limitless sandbox start")));
}

TEST_CASE("local sign-in: the app role reaches only the sign-in functions", "[auth][local]")
{
    auto app = limitless::test::connect(limitless::test::appUrl());
    CHECK(app->exec(QStringLiteral("select count(*) from auth.users")).error.kind ==
          limitless::db::DbError::Kind::PermissionDenied);
    CHECK(app->exec(QStringLiteral("select count(*) from auth.refresh_tokens")).error.kind ==
          limitless::db::DbError::Kind::PermissionDenied);
    CHECK(app->exec(QStringLiteral("select * from auth.sandbox_keys")).error.kind ==
          limitless::db::DbError::Kind::PermissionDenied);
    CHECK(app->exec(QStringLiteral("select auth.sandbox_jwt_sign('{\"sub\":\"x\"}')")).error.kind ==
          limitless::db::DbError::Kind::PermissionDenied);
    CHECK(app->exec(QStringLiteral("select auth.sandbox_token_password('a@b.c', 'x')")).ok());
}
