#include "auth/Session.h"

#include "auth/Jwt.h"

#include <QJsonDocument>

namespace limitless::auth {

namespace {
constexpr int kStorageVersion = 1;
}

QString Session::email() const
{
    const QString fromClaims = claims.value(QStringLiteral("email")).toString();
    return fromClaims.isEmpty() ? user.email : fromClaims;
}

bool Session::needsMfa() const
{
    return user.verifiedTotpFactor() != nullptr && aal() != QLatin1String("aal2");
}

QByteArray Session::claimsJson() const
{
    return QJsonDocument(claims).toJson(QJsonDocument::Compact);
}

Session Session::fromTokenResponse(const QJsonObject& o, qint64 nowSecs)
{
    Session s;
    s.accessToken = o.value(QStringLiteral("access_token")).toString();
    s.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    s.tokenType = o.value(QStringLiteral("token_type")).toString(QStringLiteral("bearer"));
    s.claims = Jwt::decodePayload(s.accessToken);
    s.user = User::fromJson(o.value(QStringLiteral("user")).toObject());
    // expires_at is newer than expires_in; the claim is the last resort.
    const qint64 at = o.value(QStringLiteral("expires_at")).toInteger();
    const qint64 in = o.value(QStringLiteral("expires_in")).toInteger();
    if (at > 0)
        s.expiresAt = at;
    else if (in > 0)
        s.expiresAt = nowSecs + in;
    else
        s.expiresAt = s.claims.value(QStringLiteral("exp")).toInteger();
    if (s.accessToken.isEmpty() || s.refreshToken.isEmpty() || s.claims.isEmpty() ||
        s.userId().isEmpty() || s.expiresAt <= 0)
        return {};
    return s;
}

QByteArray Session::toStorage() const
{
    const QJsonObject o{
        {QStringLiteral("version"), kStorageVersion},
        {QStringLiteral("access_token"), accessToken},
        {QStringLiteral("refresh_token"), refreshToken},
        {QStringLiteral("token_type"), tokenType},
        {QStringLiteral("expires_at"), expiresAt},
        {QStringLiteral("user"), user.raw},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Session Session::fromStorage(const QByteArray& data)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    if (o.value(QStringLiteral("version")).toInt() != kStorageVersion)
        return {};
    Session s;
    s.accessToken = o.value(QStringLiteral("access_token")).toString();
    s.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    s.tokenType = o.value(QStringLiteral("token_type")).toString();
    s.expiresAt = o.value(QStringLiteral("expires_at")).toInteger();
    s.user = User::fromJson(o.value(QStringLiteral("user")).toObject());
    s.claims = Jwt::decodePayload(s.accessToken);
    if (!s.isValid() || s.claims.isEmpty())
        return {};
    return s;
}

} // namespace limitless::auth
