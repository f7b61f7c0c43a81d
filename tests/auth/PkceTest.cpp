#include "AuthTestSupport.h"

#include "auth/LoopbackRedirect.h"
#include "auth/Pkce.h"

#include <catch2/catch.hpp>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace limitless::auth;
using limitless::test::waitUntil;

TEST_CASE("pkce: the S256 challenge matches RFC 7636 appendix B", "[auth][pkce]")
{
    // The verifier of RFC 7636 appendix B, made from its 32 example octets.
    const unsigned char octets[32] = {116, 24,  223, 180, 151, 153, 224, 37,  79,  250, 96,
                                      125, 216, 173, 187, 186, 22,  212, 37,  77,  105, 214,
                                      191, 240, 91,  88,  5,   88,  83,  132, 141, 121};
    const QString verifier = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(octets), 32)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    CHECK(verifier == QLatin1String("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    CHECK(Pkce::challengeS256(verifier) ==
          QLatin1String("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    CHECK(Pkce::isValidVerifier(verifier));
}

TEST_CASE("pkce: generated verifiers follow section 4.1", "[auth][pkce]")
{
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        const QString v = Pkce::generateVerifier();
        CHECK(v.size() == 43);
        CHECK(Pkce::isValidVerifier(v));
        CHECK_FALSE(seen.contains(v));
        seen.insert(v);
        CHECK(Pkce::challengeS256(v).size() == 43);
    }
    CHECK_FALSE(Pkce::isValidVerifier(QStringLiteral("too-short")));
    CHECK_FALSE(Pkce::isValidVerifier(QString(43, QLatin1Char('+'))));
}

TEST_CASE("pkce: the loopback redirect captures the code", "[auth][pkce]")
{
    LoopbackRedirect loopback;
    REQUIRE(loopback.listen());
    const QUrl uri = loopback.redirectUri();
    CHECK(uri.scheme() == QLatin1String("http"));
    CHECK(uri.host() == QLatin1String("127.0.0.1"));
    CHECK(uri.port() > 0);
    CHECK(uri.path() == QLatin1String("/callback"));

    QSignalSpy codes(&loopback, &LoopbackRedirect::codeReceived);
    QNetworkAccessManager nam;

    // Anything else than /callback is not it (browsers ask for /favicon.ico).
    QNetworkReply* favicon = nam.get(QNetworkRequest(
        QUrl(uri.toString().replace(QLatin1String("/callback"), QLatin1String("/favicon.ico")))));
    REQUIRE(waitUntil([&] { return favicon->isFinished(); }));
    CHECK(favicon->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 404);
    CHECK(codes.isEmpty());

    QUrl withCode = uri;
    withCode.setQuery(QStringLiteral("code=3f1e1b2a-8c9d-4e5f-a6b7-0c1d2e3f4a5b"));
    QNetworkReply* reply = nam.get(QNetworkRequest(withCode));
    REQUIRE(waitUntil([&] { return reply->isFinished(); }));
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    CHECK(reply->rawHeader("Cache-Control") == "no-store");
    CHECK(reply->readAll().contains("<h1>"));
    REQUIRE(codes.size() == 1);
    CHECK(codes.first().first().toString() ==
          QLatin1String("3f1e1b2a-8c9d-4e5f-a6b7-0c1d2e3f4a5b"));
    // One sign-in, one redirect: the listener is gone.
    CHECK_FALSE(loopback.isListening());
    delete favicon;
    delete reply;
}

TEST_CASE("pkce: a redirect with error= is an error", "[auth][pkce]")
{
    LoopbackRedirect loopback;
    REQUIRE(loopback.listen());
    QSignalSpy codes(&loopback, &LoopbackRedirect::codeReceived);
    QSignalSpy failures(&loopback, &LoopbackRedirect::failed);
    QUrl url = loopback.redirectUri();
    url.setQuery(QStringLiteral(
        "error=access_denied&error_code=access_denied&"
        "error_description=The%20user%20has%20denied%20your%20application%20access."));
    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.get(QNetworkRequest(url));
    REQUIRE(waitUntil([&] { return reply->isFinished(); }));
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    REQUIRE(failures.size() == 1);
    CHECK(codes.isEmpty());
    const auto error = failures.first().first().value<AuthError>();
    CHECK(error.kind == AuthError::Kind::OAuthDenied);
    CHECK_FALSE(error.userMessage().isEmpty());
    delete reply;
}

TEST_CASE("pkce: the loopback listener is not reachable from other addresses", "[auth][pkce]")
{
    LoopbackRedirect loopback;
    REQUIRE(loopback.listen());
    // It binds 127.0.0.1 only: the same port on the IPv6 loopback is not it.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHostIPv6, loopback.redirectUri().port());
    const bool connected = socket.waitForConnected(1000);
    CHECK_FALSE(connected);
}
