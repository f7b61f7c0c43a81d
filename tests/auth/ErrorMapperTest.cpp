#include "auth/ErrorMapper.h"
#include "auth/AuthError.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace limitless::auth;
using Kind = AuthError::Kind;
using Endpoint = ErrorMapper::Endpoint;

namespace {

ErrorMapper::Response response(int status, const char* body, const char* apiVersion = "")
{
    ErrorMapper::Response r;
    r.status = status;
    r.body = body;
    r.apiVersion = apiVersion;
    return r;
}

} // namespace

TEST_CASE("auth errors: the three GoTrue shapes give the same decision", "[auth][errors]")
{
    // {code, error_code, msg}: servers answering without the API version header.
    const AuthError legacy = ErrorMapper::fromResponse(
        response(
            400,
            R"({"code":400,"error_code":"invalid_credentials","msg":"Invalid login credentials"})"),
        Endpoint::Password);
    // {code, message}: X-Supabase-Api-Version 2024-01-01 echoed back.
    const AuthError versioned = ErrorMapper::fromResponse(
        response(400, R"({"code":"invalid_credentials","message":"Invalid login credentials"})",
                 "2024-01-01"),
        Endpoint::Password);
    // {error, error_description}: the OAuth shape of older servers' token endpoint.
    const AuthError oauth = ErrorMapper::fromResponse(
        response(400,
                 R"({"error":"invalid_grant","error_description":"Invalid login credentials"})"),
        Endpoint::Password);

    CHECK(legacy.kind == Kind::InvalidCredentials);
    CHECK(legacy.code == QLatin1String("invalid_credentials"));
    CHECK(legacy.serverMessage == QLatin1String("Invalid login credentials"));
    CHECK(versioned.kind == Kind::InvalidCredentials);
    CHECK(versioned.code == QLatin1String("invalid_credentials"));
    CHECK(oauth.kind == Kind::InvalidCredentials);
    CHECK(oauth.code == QLatin1String("invalid_grant"));
    CHECK(legacy.userMessage() == versioned.userMessage());
    CHECK(legacy.userMessage() == oauth.userMessage());
}

TEST_CASE("auth errors: decided by the code, never by the message text", "[auth][errors]")
{
    // Same text, different codes: different decisions.
    const AuthError a = ErrorMapper::fromResponse(
        response(400, R"({"code":"email_not_confirmed","message":"Invalid login credentials"})",
                 "2024-01-01"),
        Endpoint::Password);
    CHECK(a.kind == Kind::EmailNotConfirmed);
    // Same code, any text (localised servers): the same decision.
    const AuthError b = ErrorMapper::fromResponse(
        response(
            400,
            R"({"code":400,"error_code":"email_not_confirmed","msg":"E-Mail nicht bestätigt"})"),
        Endpoint::Password);
    CHECK(b.kind == Kind::EmailNotConfirmed);
    // No code in the body: the x-sb-error-code header carries it.
    ErrorMapper::Response c = response(400, R"({"msg":"whatever"})");
    c.errorCodeHeader = "refresh_token_already_used";
    CHECK(ErrorMapper::fromResponse(c, Endpoint::Refresh).kind == Kind::SessionEnded);
}

TEST_CASE("auth errors: the OAuth invalid_grant depends on the endpoint", "[auth][errors]")
{
    const char* body =
        R"({"error":"invalid_grant","error_description":"Invalid Refresh Token: Already Used"})";
    CHECK(ErrorMapper::fromResponse(response(400, body), Endpoint::Refresh).kind ==
          Kind::SessionEnded);
    CHECK(ErrorMapper::fromResponse(response(400, body), Endpoint::Password).kind ==
          Kind::InvalidCredentials);
    CHECK(ErrorMapper::fromResponse(response(400, body), Endpoint::Pkce).kind ==
          Kind::BrowserFlowExpired);
    CHECK(ErrorMapper::fromResponse(response(400, body), Endpoint::Verify).kind ==
          Kind::RecoveryCodeInvalid);
}

TEST_CASE("auth errors: codes that end the session", "[auth][errors]")
{
    for (const char* code : {"refresh_token_already_used", "refresh_token_not_found",
                             "session_not_found", "session_expired", "bad_jwt"}) {
        INFO(code);
        const QByteArray body = QByteArray(R"({"code":")") + code + R"(","message":"x"})";
        const AuthError e = ErrorMapper::fromResponse(response(400, body.constData(), "2024-01-01"),
                                                      Endpoint::Refresh);
        CHECK(e.kind == Kind::SessionEnded);
        CHECK_FALSE(e.isTransient());
    }
}

TEST_CASE("auth errors: 429 with Retry-After", "[auth][errors]")
{
    ErrorMapper::Response r = response(
        429, R"({"code":"over_request_rate_limit","message":"Request rate limit reached"})",
        "2024-01-01");
    r.retryAfter = "42";
    const AuthError e = ErrorMapper::fromResponse(r, Endpoint::Password);
    CHECK(e.kind == Kind::RateLimited);
    CHECK(e.retryAfterSeconds == 42);
    CHECK(e.userMessage().contains(QLatin1String("42")));
    CHECK(e.isTransient());

    // An HTTP-date instead of seconds.
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
    CHECK(ErrorMapper::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now) == 60);
    CHECK(ErrorMapper::parseRetryAfter("garbage", now) == -1);
    CHECK(ErrorMapper::parseRetryAfter("", now) == -1);

    // No header, and even the old body without a code: still "too many attempts".
    const AuthError bare = ErrorMapper::fromResponse(
        response(429,
                 R"({"code":429,"msg":"Too many requests. Please try again in a few seconds."})"),
        Endpoint::Password);
    CHECK(bare.kind == Kind::RateLimited);
    CHECK(bare.retryAfterSeconds == -1);
    CHECK_FALSE(bare.userMessage().isEmpty());
}

TEST_CASE("auth errors: a 5xx with an HTML body is an unavailable server", "[auth][errors]")
{
    const AuthError html = ErrorMapper::fromResponse(
        response(502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"),
        Endpoint::Refresh);
    CHECK(html.kind == Kind::ServerUnavailable);
    CHECK(html.httpStatus == 502);
    CHECK(html.userMessage().contains(QLatin1String("502")));
    CHECK(html.isTransient());

    const AuthError json500 = ErrorMapper::fromResponse(
        response(
            500,
            R"({"code":"unexpected_failure","message":"Unexpected failure, please check server logs for more information"})",
            "2024-01-01"),
        Endpoint::Password);
    CHECK(json500.kind == Kind::ServerUnavailable);

    const AuthError empty = ErrorMapper::fromResponse(response(503, ""), Endpoint::User);
    CHECK(empty.kind == Kind::ServerUnavailable);
}

TEST_CASE("auth errors: the API gateway's 401 is a key problem", "[auth][errors]")
{
    const AuthError e = ErrorMapper::fromResponse(
        response(
            401,
            R"({"message":"Invalid API key","hint":"Double check your Supabase `anon` or `service_role` API key."})"),
        Endpoint::Password);
    CHECK(e.kind == Kind::InvalidApiKey);
}

TEST_CASE("auth errors: weak passwords carry their reasons", "[auth][errors]")
{
    const AuthError v = ErrorMapper::fromResponse(
        response(
            422,
            R"({"code":"weak_password","message":"Password should be at least 6 characters.","weak_password":{"reasons":["length"]}})",
            "2024-01-01"),
        Endpoint::User);
    CHECK(v.kind == Kind::WeakPassword);
    CHECK(v.weakPasswordReasons == QStringList{QStringLiteral("length")});
    // Servers from before error codes flagged it by the object alone.
    const AuthError old = ErrorMapper::fromResponse(
        response(
            422,
            R"({"code":422,"msg":"Password should contain at least one character of each","weak_password":{"reasons":["characters"]}})"),
        Endpoint::User);
    CHECK(old.kind == Kind::WeakPassword);
    CHECK(old.userMessage().contains(QLatin1String("characters")));
}

TEST_CASE("auth errors: transport failures", "[auth][errors]")
{
    CHECK(ErrorMapper::fromNetworkError(QNetworkReply::ConnectionRefusedError, {}).kind ==
          Kind::NoNetwork);
    CHECK(ErrorMapper::fromNetworkError(QNetworkReply::RemoteHostClosedError, {}).kind ==
          Kind::NoNetwork);
    CHECK(ErrorMapper::fromNetworkError(QNetworkReply::HostNotFoundError, {}).kind ==
          Kind::InvalidServerAddress);
    CHECK(ErrorMapper::fromNetworkError(QNetworkReply::TimeoutError, {}).kind == Kind::Timeout);
    CHECK(ErrorMapper::fromNetworkError(QNetworkReply::SslHandshakeFailedError, QStringLiteral("x"))
              .kind == Kind::TlsFailed);
}

TEST_CASE("auth errors: redirect errors of a browser sign-in", "[auth][errors]")
{
    QUrlQuery denied(QStringLiteral(
        "error=access_denied&error_code=access_denied&error_description=The+user+has+denied"));
    CHECK(ErrorMapper::fromRedirect(denied).kind == Kind::OAuthDenied);
    QUrlQuery expired(QStringLiteral("error=invalid_request&error_code=flow_state_expired&error_"
                                     "description=Flow+state+expired"));
    CHECK(ErrorMapper::fromRedirect(expired).kind == Kind::BrowserFlowExpired);
    QUrlQuery other(QStringLiteral(
        "error=server_error&error_description=Error+getting+user+email+from+external+provider"));
    const AuthError e = ErrorMapper::fromRedirect(other);
    CHECK(e.kind == Kind::OAuthFailed);
    CHECK(e.userMessage().contains(QLatin1String("external provider")));
}

TEST_CASE("auth errors: every common case has its own sentence", "[auth][errors]")
{
    QSet<QString> seen;
    for (Kind k :
         {Kind::InvalidCredentials, Kind::EmailNotConfirmed, Kind::RateLimited, Kind::SessionEnded,
          Kind::ServerUnavailable, Kind::NoNetwork, Kind::InvalidServerAddress, Kind::InsecureUrl,
          Kind::Timeout, Kind::MfaCodeInvalid, Kind::InvalidApiKey, Kind::BadResponse}) {
        const QString m = AuthError::make(k).userMessage();
        INFO(AuthError::kindName(k).toStdString());
        CHECK_FALSE(m.isEmpty());
        CHECK_FALSE(seen.contains(m));
        seen.insert(m);
    }
}
