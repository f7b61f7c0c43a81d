#include "AuthTestSupport.h"
#include "FakeGoTrue.h"

#include "auth/AuthClient.h"
#include "auth/ChallengeJob.h"
#include "auth/Pkce.h"
#include "auth/SessionJob.h"
#include "auth/UserJob.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpServer>

using namespace limitless::auth;
using limitless::test::FakeGoTrue;
using limitless::test::waitUntil;
using Kind = AuthError::Kind;

namespace {

// Runs a job to its end (tests may spin the event loop; the app never does).
template <typename Job> Job* run(Job* job)
{
    job->setAutoDelete(false);
    bool done = false;
    QObject::connect(job, &AuthJob::finished, job, [&done] { done = true; });
    job->start();
    REQUIRE(waitUntil([&] { return done; }, 10000));
    return job;
}

struct Fixture {
    FakeGoTrue server;
    std::unique_ptr<AuthClient> client;
    Fixture()
    {
        REQUIRE(server.start());
        client = std::make_unique<AuthClient>(server.url(), FakeGoTrue::anonKey());
    }
};

} // namespace

TEST_CASE("auth client: password sign-in", "[auth][client]")
{
    Fixture f;
    const QString id =
        f.server.addUser(QStringLiteral("owner@example.com"), QStringLiteral("correct horse"));
    std::unique_ptr<SessionJob> job(run(f.client->signInWithPassword(
        QStringLiteral("owner@example.com"), QStringLiteral("correct horse"))));
    REQUIRE_FALSE(job->error());
    CHECK(job->httpStatus() == 200);
    const Session& s = job->session();
    CHECK(s.isValid());
    CHECK(s.userId() == id);
    CHECK(s.user.id == id);
    CHECK(s.email() == QLatin1String("owner@example.com"));
    CHECK(s.claims.value(QStringLiteral("role")).toString() == QLatin1String("authenticated"));
    CHECK(s.aal() == QLatin1String("aal1"));
    CHECK(s.secondsLeft(QDateTime::currentSecsSinceEpoch()) > 3500);
    CHECK_FALSE(s.needsMfa());

    // The request as GoTrue documents it.
    const FakeGoTrue::Request r = f.server.last(QStringLiteral("/auth/v1/token"));
    CHECK(r.method == "POST");
    CHECK(r.query.queryItemValue(QStringLiteral("grant_type")) == QLatin1String("password"));
    CHECK(r.header("apikey") == FakeGoTrue::anonKey().toLatin1());
    CHECK(r.header("x-supabase-api-version") == "2024-01-01");
    CHECK(r.header("content-type").startsWith("application/json"));
    CHECK(r.header("authorization").isEmpty());
    CHECK(r.json().value(QStringLiteral("email")).toString() == QLatin1String("owner@example.com"));
    CHECK(r.json().value(QStringLiteral("password")).toString() == QLatin1String("correct horse"));
}

TEST_CASE("auth client: invalid_credentials in every error shape", "[auth][client]")
{
    Fixture f;
    f.server.addUser(QStringLiteral("owner@example.com"), QStringLiteral("right"));
    SECTION("new shape {code, message}") {}
    SECTION("old shape {code, error_code, msg}")
    {
        f.server.setLegacyErrors(true);
    }
    SECTION("OAuth shape {error, error_description}")
    {
        f.server.setLegacyErrors(true);
        f.server.setOAuthGrantErrors(true);
    }
    std::unique_ptr<SessionJob> job(run(f.client->signInWithPassword(
        QStringLiteral("owner@example.com"), QStringLiteral("wrong"))));
    CHECK(job->error().kind == Kind::InvalidCredentials);
    CHECK(job->httpStatus() == 400);
    CHECK(job->error().httpStatus == 400);
    CHECK_FALSE(job->session().isValid());
    CHECK(job->errorString() == AuthError::make(Kind::InvalidCredentials).userMessage());
}

TEST_CASE("auth client: e-mail not confirmed", "[auth][client]")
{
    Fixture f;
    f.server.addUser(QStringLiteral("new@example.com"), QStringLiteral("pw123456"), false);
    std::unique_ptr<SessionJob> job(run(f.client->signInWithPassword(
        QStringLiteral("new@example.com"), QStringLiteral("pw123456"))));
    CHECK(job->error().kind == Kind::EmailNotConfirmed);
    CHECK(job->error().code == QLatin1String("email_not_confirmed"));
}

TEST_CASE("auth client: 429 with Retry-After", "[auth][client]")
{
    Fixture f;
    f.server.setFault(QStringLiteral("/auth/v1/token"), FakeGoTrue::Fault::RateLimited, 17);
    std::unique_ptr<SessionJob> job(
        run(f.client->signInWithPassword(QStringLiteral("a@example.com"), QStringLiteral("x"))));
    CHECK(job->error().kind == Kind::RateLimited);
    CHECK(job->error().retryAfterSeconds == 17);
    CHECK(job->errorString().contains(QLatin1String("17")));
}

TEST_CASE("auth client: refresh tokens rotate", "[auth][client]")
{
    Fixture f;
    f.server.addUser(QStringLiteral("owner@example.com"), QStringLiteral("pw123456"));
    std::unique_ptr<SessionJob> signIn(run(f.client->signInWithPassword(
        QStringLiteral("owner@example.com"), QStringLiteral("pw123456"))));
    const QString first = signIn->session().refreshToken;

    std::unique_ptr<SessionJob> refreshed(run(f.client->refresh(first)));
    REQUIRE_FALSE(refreshed->error());
    const QString second = refreshed->session().refreshToken;
    CHECK(second != first);
    CHECK(refreshed->session().userId() == signIn->session().userId());
    CHECK(f.server.last(QStringLiteral("/auth/v1/token"))
              .json()
              .value(QStringLiteral("refresh_token"))
              .toString() == first);

    // The rotated token is spent.
    std::unique_ptr<SessionJob> reused(run(f.client->refresh(first)));
    CHECK(reused->error().kind == Kind::SessionEnded);
    CHECK(reused->error().code == QLatin1String("refresh_token_already_used"));

    std::unique_ptr<SessionJob> unknown(run(f.client->refresh(QStringLiteral("nope"))));
    CHECK(unknown->error().code == QLatin1String("refresh_token_not_found"));
    CHECK(unknown->error().kind == Kind::SessionEnded);

    std::unique_ptr<SessionJob> again(run(f.client->refresh(second)));
    CHECK_FALSE(again->error());
}

TEST_CASE("auth client: a 502 with an HTML body", "[auth][client]")
{
    Fixture f;
    f.server.setFault(QStringLiteral("/auth/v1/token"), FakeGoTrue::Fault::Html502);
    std::unique_ptr<SessionJob> job(run(f.client->refresh(QStringLiteral("whatever"))));
    CHECK(job->error().kind == Kind::ServerUnavailable);
    CHECK(job->error().httpStatus == 502);
    CHECK(job->errorString().contains(QLatin1String("502")));
}

TEST_CASE("auth client: connection refused", "[auth][client]")
{
    // A port nobody listens on: take a free one and let it go.
    quint16 port = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    AuthClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), FakeGoTrue::anonKey());
    std::unique_ptr<SessionJob> job(
        run(client.signInWithPassword(QStringLiteral("a@example.com"), QStringLiteral("x"))));
    CHECK(job->error().kind == Kind::NoNetwork);
    CHECK_FALSE(job->errorString().isEmpty());
}

TEST_CASE("auth client: a dropped connection", "[auth][client]")
{
    Fixture f;
    f.server.setFault(QStringLiteral("/auth/v1/token"), FakeGoTrue::Fault::DropConnection);
    std::unique_ptr<SessionJob> job(
        run(f.client->signInWithPassword(QStringLiteral("a@example.com"), QStringLiteral("x"))));
    CHECK(job->error().kind == Kind::NoNetwork);
}

TEST_CASE("auth client: a server that never answers times out", "[auth][client]")
{
    Fixture f;
    f.server.setFault(QStringLiteral("/auth/v1/token"), FakeGoTrue::Fault::NeverAnswer);
    f.client->setTimeout(300);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<SessionJob> job(
        run(f.client->signInWithPassword(QStringLiteral("a@example.com"), QStringLiteral("x"))));
    CHECK(job->error().kind == Kind::Timeout);
    CHECK(clock.elapsed() >= 250);
    CHECK(clock.elapsed() < 3000);
}

TEST_CASE("auth client: http:// is refused for remote hosts", "[auth][client]")
{
    CHECK(AuthClient::checkServerUrl(QUrl(QStringLiteral("http://abc.supabase.co"))).kind ==
          Kind::InsecureUrl);
    CHECK_FALSE(AuthClient::checkServerUrl(QUrl(QStringLiteral("https://abc.supabase.co"))));
    CHECK_FALSE(AuthClient::checkServerUrl(QUrl(QStringLiteral("http://127.0.0.1:54321"))));
    CHECK_FALSE(AuthClient::checkServerUrl(QUrl(QStringLiteral("http://localhost:54321"))));
    CHECK_FALSE(AuthClient::checkServerUrl(QUrl(QStringLiteral("http://[::1]:54321"))));
    CHECK(AuthClient::checkServerUrl(QUrl(QStringLiteral("ftp://abc.supabase.co"))).kind ==
          Kind::InvalidServerAddress);
    CHECK(AuthClient::checkServerUrl(QUrl(QStringLiteral("not a url"))).kind ==
          Kind::InvalidServerAddress);

    // The job fails at once, without sending anything.
    AuthClient client(QUrl(QStringLiteral("http://abc.supabase.co")), FakeGoTrue::anonKey());
    std::unique_ptr<SessionJob> job(
        run(client.signInWithPassword(QStringLiteral("a@example.com"), QStringLiteral("x"))));
    CHECK(job->error().kind == Kind::InsecureUrl);
}

TEST_CASE("auth client: a wrong API key", "[auth][client]")
{
    Fixture f;
    AuthClient client(f.server.url(), QStringLiteral("not-the-key"));
    std::unique_ptr<SessionJob> job(
        run(client.signInWithPassword(QStringLiteral("a@example.com"), QStringLiteral("x"))));
    CHECK(job->error().kind == Kind::InvalidApiKey);
}

TEST_CASE("auth client: get user and sign out", "[auth][client]")
{
    Fixture f;
    const QString id =
        f.server.addUser(QStringLiteral("owner@example.com"), QStringLiteral("pw123456"));
    std::unique_ptr<SessionJob> a(run(f.client->signInWithPassword(
        QStringLiteral("owner@example.com"), QStringLiteral("pw123456"))));
    std::unique_ptr<SessionJob> b(run(f.client->signInWithPassword(
        QStringLiteral("owner@example.com"), QStringLiteral("pw123456"))));

    std::unique_ptr<UserJob> user(run(f.client->fetchUser(a->session().accessToken)));
    REQUIRE_FALSE(user->error());
    CHECK(user->user().id == id);
    CHECK(f.server.last(QStringLiteral("/auth/v1/user")).header("authorization") ==
          "Bearer " + a->session().accessToken.toLatin1());

    SECTION("local: this session only")
    {
        std::unique_ptr<AuthJob> out(
            run(f.client->signOut(a->session().accessToken, AuthBackend::SignOutScope::Local)));
        CHECK_FALSE(out->error());
        CHECK(out->httpStatus() == 204);
        CHECK(f.server.last(QStringLiteral("/auth/v1/logout"))
                  .query.queryItemValue(QStringLiteral("scope")) == QLatin1String("local"));
        std::unique_ptr<SessionJob> ra(run(f.client->refresh(a->session().refreshToken)));
        CHECK(ra->error().kind == Kind::SessionEnded);
        std::unique_ptr<SessionJob> rb(run(f.client->refresh(b->session().refreshToken)));
        CHECK_FALSE(rb->error());
        std::unique_ptr<UserJob> gone(run(f.client->fetchUser(a->session().accessToken)));
        CHECK(gone->error().kind == Kind::SessionEnded);
        CHECK(gone->error().code == QLatin1String("session_not_found"));
    }
    SECTION("global: every session of the user")
    {
        std::unique_ptr<AuthJob> out(
            run(f.client->signOut(a->session().accessToken, AuthBackend::SignOutScope::Global)));
        CHECK_FALSE(out->error());
        CHECK(f.server.last(QStringLiteral("/auth/v1/logout"))
                  .query.queryItemValue(QStringLiteral("scope")) == QLatin1String("global"));
        std::unique_ptr<SessionJob> rb(run(f.client->refresh(b->session().refreshToken)));
        CHECK(rb->error().kind == Kind::SessionEnded);
    }
}

TEST_CASE("auth client: PKCE exchange", "[auth][client][pkce]")
{
    Fixture f;
    const QString id =
        f.server.addUser(QStringLiteral("gh@example.com"), QStringLiteral("unused1"));
    f.server.setOAuthUser(QStringLiteral("gh@example.com"));
    const QString verifier = Pkce::generateVerifier();
    const QUrl redirect(QStringLiteral("http://127.0.0.1:1/callback"));
    const QUrl authorize =
        f.client->authorizeUrl(QStringLiteral("github"), redirect, Pkce::challengeS256(verifier));
    const QUrlQuery q(authorize);
    CHECK(authorize.path() == QLatin1String("/auth/v1/authorize"));
    CHECK(q.queryItemValue(QStringLiteral("provider")) == QLatin1String("github"));
    CHECK(q.queryItemValue(QStringLiteral("redirect_to"), QUrl::FullyDecoded) ==
          redirect.toString());
    CHECK(q.queryItemValue(QStringLiteral("code_challenge")) == Pkce::challengeS256(verifier));
    CHECK(q.queryItemValue(QStringLiteral("code_challenge_method")) == QLatin1String("s256"));

    // What GoTrue does when the browser arrives: it remembers the challenge, hands out a code.
    QNetworkAccessManager nam;
    QNetworkRequest request(authorize);
    request.setRawHeader("apikey", FakeGoTrue::anonKey().toLatin1());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = nam.get(request);
    REQUIRE(waitUntil([&] { return reply->isFinished(); }));
    REQUIRE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 302);
    const QUrl location(QString::fromLatin1(reply->rawHeader("Location")));
    const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"));
    REQUIRE_FALSE(code.isEmpty());
    delete reply;

    SECTION("the right verifier")
    {
        std::unique_ptr<SessionJob> job(run(f.client->exchangeCode(code, verifier)));
        REQUIRE_FALSE(job->error());
        CHECK(job->session().userId() == id);
        const FakeGoTrue::Request r = f.server.last(QStringLiteral("/auth/v1/token"));
        CHECK(r.query.queryItemValue(QStringLiteral("grant_type")) == QLatin1String("pkce"));
        CHECK(r.json().value(QStringLiteral("auth_code")).toString() == code);
        CHECK(r.json().value(QStringLiteral("code_verifier")).toString() == verifier);
        // A code works once.
        std::unique_ptr<SessionJob> again(run(f.client->exchangeCode(code, verifier)));
        CHECK(again->error().code == QLatin1String("flow_state_not_found"));
        CHECK(again->error().kind == Kind::BrowserFlowExpired);
    }
    SECTION("another verifier")
    {
        std::unique_ptr<SessionJob> job(
            run(f.client->exchangeCode(code, Pkce::generateVerifier())));
        CHECK(job->error().code == QLatin1String("bad_code_verifier"));
        CHECK(job->error().kind == Kind::BrowserFlowExpired);
    }
}

TEST_CASE("auth client: MFA challenge and verify", "[auth][client][mfa]")
{
    Fixture f;
    const QString id =
        f.server.addUser(QStringLiteral("mfa@example.com"), QStringLiteral("pw123456"));
    const QString factor = f.server.addTotpFactor(id);
    std::unique_ptr<SessionJob> signIn(run(f.client->signInWithPassword(
        QStringLiteral("mfa@example.com"), QStringLiteral("pw123456"))));
    REQUIRE_FALSE(signIn->error());
    const Session aal1 = signIn->session();
    CHECK(aal1.aal() == QLatin1String("aal1"));
    REQUIRE(aal1.user.verifiedTotpFactor());
    CHECK(aal1.user.verifiedTotpFactor()->id == factor);
    CHECK(aal1.needsMfa());

    std::unique_ptr<ChallengeJob> challenge(run(f.client->mfaChallenge(aal1.accessToken, factor)));
    REQUIRE_FALSE(challenge->error());
    CHECK_FALSE(challenge->challengeId().isEmpty());
    CHECK(challenge->expiresAt() > QDateTime::currentSecsSinceEpoch());
    CHECK(f.server.last(QStringLiteral("/auth/v1/factors/%1/challenge").arg(factor))
              .header("authorization") == "Bearer " + aal1.accessToken.toLatin1());

    std::unique_ptr<SessionJob> wrong(run(f.client->mfaVerify(
        aal1.accessToken, factor, challenge->challengeId(), QStringLiteral("000000"))));
    CHECK(wrong->error().kind == Kind::MfaCodeInvalid);
    CHECK(wrong->error().httpStatus == 422);

    std::unique_ptr<SessionJob> right(run(f.client->mfaVerify(
        aal1.accessToken, factor, challenge->challengeId(), FakeGoTrue::validTotpCode())));
    REQUIRE_FALSE(right->error());
    const FakeGoTrue::Request r =
        f.server.last(QStringLiteral("/auth/v1/factors/%1/verify").arg(factor));
    CHECK(r.json().value(QStringLiteral("challenge_id")).toString() == challenge->challengeId());
    CHECK(r.json().value(QStringLiteral("code")).toString() == FakeGoTrue::validTotpCode());
    CHECK(right->session().aal() == QLatin1String("aal2"));
    CHECK_FALSE(right->session().needsMfa());
}

TEST_CASE("auth client: password recovery by e-mail code", "[auth][client][recovery]")
{
    Fixture f;
    f.server.addUser(QStringLiteral("owner@example.com"), QStringLiteral("forgotten"));
    std::unique_ptr<AuthJob> recover(run(f.client->recover(QStringLiteral("owner@example.com"))));
    REQUIRE_FALSE(recover->error());
    const QString code = f.server.recoveryCode(QStringLiteral("owner@example.com"));
    REQUIRE_FALSE(code.isEmpty());

    std::unique_ptr<SessionJob> wrong(run(
        f.client->verifyRecovery(QStringLiteral("owner@example.com"), QStringLiteral("000000"))));
    CHECK(wrong->error().kind == Kind::RecoveryCodeInvalid);

    std::unique_ptr<SessionJob> verified(
        run(f.client->verifyRecovery(QStringLiteral("owner@example.com"), code)));
    REQUIRE_FALSE(verified->error());
    const FakeGoTrue::Request v = f.server.last(QStringLiteral("/auth/v1/verify"));
    CHECK(v.json().value(QStringLiteral("type")).toString() == QLatin1String("recovery"));
    CHECK(v.json().value(QStringLiteral("email")).toString() == QLatin1String("owner@example.com"));
    CHECK(v.json().value(QStringLiteral("token")).toString() == code);

    const QString token = verified->session().accessToken;
    std::unique_ptr<UserJob> weak(run(f.client->updatePassword(token, QStringLiteral("abc"))));
    CHECK(weak->error().kind == Kind::WeakPassword);
    CHECK(weak->error().weakPasswordReasons == QStringList{QStringLiteral("length")});
    std::unique_ptr<UserJob> same(
        run(f.client->updatePassword(token, QStringLiteral("forgotten"))));
    CHECK(same->error().kind == Kind::SamePassword);
    std::unique_ptr<UserJob> updated(
        run(f.client->updatePassword(token, QStringLiteral("remembered"))));
    REQUIRE_FALSE(updated->error());
    CHECK(f.server.last(QStringLiteral("/auth/v1/user")).method == "PUT");

    std::unique_ptr<SessionJob> signIn(run(f.client->signInWithPassword(
        QStringLiteral("owner@example.com"), QStringLiteral("remembered"))));
    CHECK_FALSE(signIn->error());
}

TEST_CASE("auth client: health check", "[auth][client]")
{
    Fixture f;
    std::unique_ptr<AuthJob> job(run(f.client->health()));
    CHECK_FALSE(job->error());
    CHECK(f.server.last(QStringLiteral("/auth/v1/health")).header("apikey") ==
          FakeGoTrue::anonKey().toLatin1());
}
