#pragma once

#include "auth/User.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace limitless::auth {

// A signed-in session: what GoTrue's AccessTokenResponse carries, plus the decoded claims of the
// access token. The same type comes out of Supabase Auth and out of the local sandbox, so every
// later code path is the same.
//
// Holds secrets: it has no QDebug operator on purpose, and toStorage() is only for the keychain.
struct Session {
    QString accessToken;
    QString refreshToken;
    QString tokenType;
    qint64 expiresAt = 0; // Unix seconds
    User user;
    QJsonObject claims; // the access token's payload: sub, role, email, aal, exp, session_id…

    bool isValid() const { return !accessToken.isEmpty() && !refreshToken.isEmpty(); }
    QString userId() const { return claims.value(QStringLiteral("sub")).toString(); }
    QString email() const;
    // Authenticator assurance level of the access token: "aal1", or "aal2" after MFA.
    QString aal() const { return claims.value(QStringLiteral("aal")).toString(); }
    // The user has a verified TOTP factor but this session has not been upgraded to aal2 yet.
    bool needsMfa() const;
    qint64 secondsLeft(qint64 nowSecs) const { return expiresAt - nowSecs; }
    // The claims as compact JSON text, as Database::setClaims expects them.
    QByteArray claimsJson() const;

    // Parses an AccessTokenResponse. Returns an invalid session when required fields are missing
    // or the access token is not a JWT.
    static Session fromTokenResponse(const QJsonObject& response, qint64 nowSecs);

    // What goes to the keychain, and back.
    QByteArray toStorage() const;
    static Session fromStorage(const QByteArray& data);
};

} // namespace limitless::auth
