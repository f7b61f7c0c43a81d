#pragma once

#include "auth/AuthError.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QUrlQuery>

namespace limitless::auth {

// Turns what Supabase Auth (GoTrue) answered into an AuthError.
//
// GoTrue has three error shapes, all parsed here:
//   {"code": 400, "error_code": "invalid_credentials", "msg": "…"}  (no API version header)
//   {"code": "invalid_credentials", "message": "…"}                 (X-Supabase-Api-Version:
//                                                                    2024-01-01 echoed back)
//   {"error": "invalid_grant", "error_description": "…"}            (OAuth-style, older servers)
// The kind is decided from the code (plus, for the OAuth `invalid_grant`, the endpoint it came
// from), then from the HTTP status; the message text is never looked at. A 5xx with an HTML
// body from a proxy is an unavailable server, not a parse failure.
class ErrorMapper {
public:
    // Which endpoint answered: the same OAuth code means different things on each.
    enum class Endpoint {
        Password,
        Refresh,
        Pkce,
        Verify,
        User,
        Logout,
        Mfa,
        Recover,
        Health,
        Other
    };

    struct Response {
        int status = 0;
        QByteArray body;
        QByteArray apiVersion;      // X-Supabase-Api-Version of the response
        QByteArray retryAfter;      // Retry-After
        QByteArray errorCodeHeader; // x-sb-error-code
    };

    static AuthError fromResponse(const Response& response, Endpoint endpoint,
                                  const QDateTime& now = QDateTime::currentDateTimeUtc());
    // A request that got no HTTP answer at all.
    static AuthError fromNetworkError(QNetworkReply::NetworkError error, const QString& text);
    // The loopback redirect of a browser sign-in (`?error=…&error_description=…`).
    static AuthError fromRedirect(const QUrlQuery& query);
    // The kind for a GoTrue error code; Kind::Server when the code is unknown.
    static AuthError::Kind kindForCode(const QString& code, Endpoint endpoint, bool oauthShape);
    // A parameter of a form-encoded query ('+' is a space), fully decoded.
    static QString formValue(const QUrlQuery& query, const QString& key);
    // Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3). -1 if unusable.
    static int parseRetryAfter(const QByteArray& value, const QDateTime& now);
};

} // namespace limitless::auth
