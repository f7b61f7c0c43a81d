#include "auth/ErrorMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace limitless::auth {

namespace {

using Kind = AuthError::Kind;

// The codes GoTrue documents (supabase.com/docs/guides/auth/debugging/error-codes) that the
// owner can do something about; anything else is shown with its code.
const QHash<QString, Kind>& codeKinds()
{
    static const QHash<QString, Kind> map{
        {QStringLiteral("invalid_credentials"), Kind::InvalidCredentials},
        {QStringLiteral("email_not_confirmed"), Kind::EmailNotConfirmed},
        {QStringLiteral("phone_not_confirmed"), Kind::EmailNotConfirmed},
        {QStringLiteral("over_request_rate_limit"), Kind::RateLimited},
        {QStringLiteral("over_email_send_rate_limit"), Kind::RateLimited},
        {QStringLiteral("over_sms_send_rate_limit"), Kind::RateLimited},
        {QStringLiteral("refresh_token_already_used"), Kind::SessionEnded},
        {QStringLiteral("refresh_token_not_found"), Kind::SessionEnded},
        {QStringLiteral("session_not_found"), Kind::SessionEnded},
        {QStringLiteral("session_expired"), Kind::SessionEnded},
        {QStringLiteral("bad_jwt"), Kind::SessionEnded},
        {QStringLiteral("user_banned"), Kind::UserBanned},
        {QStringLiteral("mfa_verification_failed"), Kind::MfaCodeInvalid},
        {QStringLiteral("mfa_verification_rejected"), Kind::MfaCodeInvalid},
        {QStringLiteral("mfa_challenge_expired"), Kind::MfaChallengeExpired},
        {QStringLiteral("weak_password"), Kind::WeakPassword},
        {QStringLiteral("same_password"), Kind::SamePassword},
        {QStringLiteral("otp_expired"), Kind::RecoveryCodeInvalid},
        {QStringLiteral("otp_disabled"), Kind::RecoveryCodeInvalid},
        {QStringLiteral("flow_state_not_found"), Kind::BrowserFlowExpired},
        {QStringLiteral("flow_state_expired"), Kind::BrowserFlowExpired},
        {QStringLiteral("bad_code_verifier"), Kind::BrowserFlowExpired},
        {QStringLiteral("bad_oauth_state"), Kind::BrowserFlowExpired},
        {QStringLiteral("bad_oauth_callback"), Kind::BrowserFlowExpired},
        {QStringLiteral("provider_disabled"), Kind::ProviderDisabled},
        {QStringLiteral("oauth_provider_not_supported"), Kind::ProviderDisabled},
        {QStringLiteral("email_provider_disabled"), Kind::ProviderDisabled},
        {QStringLiteral("unexpected_failure"), Kind::ServerUnavailable},
    };
    return map;
}

// Responses that carry API version 2024-01-01 or later put the error code in `code`.
bool isVersioned(const QByteArray& apiVersion)
{
    const QDate d = QDate::fromString(QString::fromLatin1(apiVersion.trimmed()), Qt::ISODate);
    return d.isValid() && d >= QDate(2024, 1, 1);
}

} // namespace

AuthError::Kind ErrorMapper::kindForCode(const QString& code, Endpoint endpoint, bool oauthShape)
{
    if (oauthShape && code == QLatin1String("invalid_grant")) {
        // Old servers answer every failed grant with invalid_grant; which grant it was is the
        // only thing that tells the cases apart.
        switch (endpoint) {
        case Endpoint::Password:
            return Kind::InvalidCredentials;
        case Endpoint::Refresh:
            return Kind::SessionEnded;
        case Endpoint::Pkce:
            return Kind::BrowserFlowExpired;
        case Endpoint::Verify:
            return Kind::RecoveryCodeInvalid;
        default:
            return Kind::Server;
        }
    }
    // A refresh for a user who no longer exists ends the session like a revoked token.
    if (code == QLatin1String("user_not_found") &&
        (endpoint == Endpoint::Refresh || endpoint == Endpoint::User))
        return Kind::SessionEnded;
    return codeKinds().value(code, Kind::Server);
}

AuthError ErrorMapper::fromResponse(const Response& r, Endpoint endpoint, const QDateTime& now)
{
    AuthError e;
    e.httpStatus = r.status;
    if (r.status == 429)
        e.retryAfterSeconds = parseRetryAfter(r.retryAfter, now);

    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &perr);
    const QJsonObject o = doc.object();
    bool oauthShape = false;
    if (perr.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonValue code = o.value(QStringLiteral("code"));
        const QJsonValue errorCode = o.value(QStringLiteral("error_code"));
        const QJsonValue oauthError = o.value(QStringLiteral("error"));
        if (code.isString() && (isVersioned(r.apiVersion) || !errorCode.isString())) {
            e.code = code.toString();
        } else if (errorCode.isString()) {
            e.code = errorCode.toString();
        } else if (oauthError.isString()) {
            e.code = oauthError.toString();
            oauthShape = true;
        }
        for (const char* key : {"msg", "message", "error_description"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString() && !v.toString().isEmpty()) {
                e.serverMessage = v.toString();
                break;
            }
        }
        const QJsonValue weak = o.value(QStringLiteral("weak_password"));
        if (weak.isObject()) {
            for (const QJsonValue& reason :
                 weak.toObject().value(QStringLiteral("reasons")).toArray())
                e.weakPasswordReasons << reason.toString();
            // Servers from before error codes flagged weak passwords only by this object.
            if (e.code.isEmpty())
                e.code = QStringLiteral("weak_password");
        }
    } else {
        // Not JSON: a proxy's HTML page, a truncated body… keep a short excerpt for the log.
        e.serverMessage = QString::fromUtf8(r.body.left(120)).simplified();
    }
    if (e.code.isEmpty() && !r.errorCodeHeader.isEmpty())
        e.code = QString::fromLatin1(r.errorCodeHeader);

    if (!e.code.isEmpty())
        e.kind = kindForCode(e.code, endpoint, oauthShape);
    else
        e.kind = Kind::Server;

    // The status decides what the code cannot.
    if (r.status == 429)
        e.kind = Kind::RateLimited;
    else if (r.status >= 500 && (e.kind == Kind::Server || e.code.isEmpty()))
        e.kind = Kind::ServerUnavailable;
    else if (r.status == 401 && e.code.isEmpty())
        e.kind = Kind::InvalidApiKey; // the API gateway, before GoTrue saw the request
    else if (e.code.isEmpty() && perr.error != QJsonParseError::NoError)
        e.kind = Kind::BadResponse;
    return e;
}

AuthError ErrorMapper::fromNetworkError(QNetworkReply::NetworkError error, const QString& text)
{
    AuthError e;
    e.serverMessage = text;
    switch (error) {
    case QNetworkReply::NoError:
        e.kind = Kind::None;
        break;
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        e.kind = Kind::InvalidServerAddress;
        break;
    case QNetworkReply::TimeoutError:
        e.kind = Kind::Timeout;
        break;
    case QNetworkReply::OperationCanceledError:
        e.kind = Kind::Cancelled;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = Kind::TlsFailed;
        e.detail = text;
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.kind = Kind::NoNetwork;
        e.detail = AuthError::tr("The connection was closed before the answer arrived.");
        break;
    default:
        // Refused, unreachable, proxy trouble, temporary failures: all "cannot be reached".
        e.kind = Kind::NoNetwork;
        break;
    }
    return e;
}

QString ErrorMapper::formValue(const QUrlQuery& query, const QString& key)
{
    // Redirect parameters are form-encoded (GoTrue writes spaces as '+'); a literal plus
    // arrives as %2B and survives.
    QString raw = query.queryItemValue(key, QUrl::FullyEncoded);
    raw.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

AuthError ErrorMapper::fromRedirect(const QUrlQuery& query)
{
    AuthError e;
    // GoTrue adds error_code to the redirect since 2024; older servers send only `error`.
    e.code = formValue(query, QStringLiteral("error_code"));
    const QString oauthError = formValue(query, QStringLiteral("error"));
    if (e.code.isEmpty())
        e.code = oauthError;
    e.serverMessage = formValue(query, QStringLiteral("error_description"));
    e.kind = kindForCode(e.code, Endpoint::Pkce, false);
    if (oauthError == QLatin1String("access_denied") && e.kind == Kind::Server)
        e.kind = Kind::OAuthDenied;
    if (e.kind == Kind::Server) {
        e.kind = Kind::OAuthFailed;
        // The provider's own description is the only explanation there is; shown as detail.
        e.detail = e.serverMessage.left(200);
    }
    return e;
}

int ErrorMapper::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (English names whatever the locale).
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(v),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return -1;
    at.setTimeSpec(Qt::UTC);
    return int(std::max<qint64>(0, now.secsTo(at)));
}

} // namespace limitless::auth
