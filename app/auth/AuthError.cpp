#include "auth/AuthError.h"

namespace limitless::auth {

bool AuthError::isTransient() const
{
    switch (kind) {
    case Kind::RateLimited:
    case Kind::ServerUnavailable:
    case Kind::NoNetwork:
    case Kind::Timeout:
    case Kind::TlsFailed:
    case Kind::Keychain:
    case Kind::Database:
    case Kind::Busy:
        return true;
    default:
        return false;
    }
}

AuthError AuthError::make(Kind kind, const QString& detail)
{
    AuthError e;
    e.kind = kind;
    e.detail = detail;
    return e;
}

QString AuthError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidCredentials:
        return QStringLiteral("invalid-credentials");
    case Kind::EmailNotConfirmed:
        return QStringLiteral("email-not-confirmed");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::SessionEnded:
        return QStringLiteral("session-ended");
    case Kind::UserBanned:
        return QStringLiteral("user-banned");
    case Kind::MfaCodeInvalid:
        return QStringLiteral("mfa-code-invalid");
    case Kind::MfaChallengeExpired:
        return QStringLiteral("mfa-challenge-expired");
    case Kind::WeakPassword:
        return QStringLiteral("weak-password");
    case Kind::SamePassword:
        return QStringLiteral("same-password");
    case Kind::RecoveryCodeInvalid:
        return QStringLiteral("recovery-code-invalid");
    case Kind::BrowserFlowExpired:
        return QStringLiteral("browser-flow-expired");
    case Kind::OAuthDenied:
        return QStringLiteral("oauth-denied");
    case Kind::OAuthFailed:
        return QStringLiteral("oauth-failed");
    case Kind::ProviderDisabled:
        return QStringLiteral("provider-disabled");
    case Kind::InvalidApiKey:
        return QStringLiteral("invalid-api-key");
    case Kind::ServerUnavailable:
        return QStringLiteral("server-unavailable");
    case Kind::NoNetwork:
        return QStringLiteral("no-network");
    case Kind::InvalidServerAddress:
        return QStringLiteral("invalid-server-address");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case Kind::TlsFailed:
        return QStringLiteral("tls-failed");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::BadResponse:
        return QStringLiteral("bad-response");
    case Kind::NotSupported:
        return QStringLiteral("not-supported");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Database:
        return QStringLiteral("database");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Busy:
        return QStringLiteral("busy");
    }
    return QStringLiteral("unknown");
}

QString AuthError::userMessage() const
{
    auto withDetail = [this](const QString& sentence) {
        return detail.isEmpty() ? sentence : sentence + QLatin1Char(' ') + detail;
    };
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidCredentials:
        return tr("The e-mail address or the password is wrong.");
    case Kind::EmailNotConfirmed:
        return tr("This e-mail address is not confirmed yet. Open the confirmation link that was "
                  "sent to it, then sign in again.");
    case Kind::RateLimited:
        if (retryAfterSeconds > 120)
            return tr("Too many attempts. Try again in %1 min.").arg((retryAfterSeconds + 59) / 60);
        if (retryAfterSeconds > 0)
            return tr("Too many attempts. Try again in %1 s.").arg(retryAfterSeconds);
        return tr("Too many attempts. Wait a moment, then try again.");
    case Kind::SessionEnded:
        return tr("Your session has ended: you signed out on another device, or it expired. "
                  "Please sign in again.");
    case Kind::UserBanned:
        return tr("This account is blocked. Contact the project's administrator.");
    case Kind::MfaCodeInvalid:
        return tr("The authentication code is wrong. Enter the current 6-digit code from your "
                  "authenticator app.");
    case Kind::MfaChallengeExpired:
        return tr("The authentication code has expired. Enter the current code.");
    case Kind::WeakPassword: {
        QStringList reasons;
        for (const QString& r : weakPasswordReasons) {
            if (r == QLatin1String("length"))
                reasons << tr("it is too short");
            else if (r == QLatin1String("characters"))
                reasons << tr("it needs more kinds of characters (letters, digits, symbols)");
            else if (r == QLatin1String("pwned"))
                reasons << tr("it appears in known password leaks");
        }
        if (reasons.isEmpty())
            return tr("The new password is too weak. Choose a longer one.");
        return tr("The new password is too weak: %1.").arg(reasons.join(QStringLiteral("; ")));
    }
    case Kind::SamePassword:
        return tr("The new password must be different from the old one.");
    case Kind::RecoveryCodeInvalid:
        return tr("The code from the e-mail is wrong or has expired. Request a new code.");
    case Kind::BrowserFlowExpired:
        return tr("The sign-in in the browser took too long or belongs to another attempt. "
                  "Start it again.");
    case Kind::OAuthDenied:
        return tr("The sign-in was cancelled in the browser.");
    case Kind::OAuthFailed:
        return withDetail(tr("The sign-in in the browser failed."));
    case Kind::ProviderDisabled:
        return tr("This sign-in method is not enabled for the project.");
    case Kind::InvalidApiKey:
        return tr("The server rejected the app's API key. Check the anon (publishable) key in "
                  "the profile.");
    case Kind::ServerUnavailable:
        if (httpStatus > 0)
            return tr("The sign-in server is unavailable right now (HTTP %1). Try again in a few "
                      "minutes.")
                .arg(httpStatus);
        return tr("The sign-in server is unavailable right now. Try again in a few minutes.");
    case Kind::NoNetwork:
        return withDetail(tr("The sign-in server cannot be reached. Check your network "
                             "connection."));
    case Kind::InvalidServerAddress:
        return tr("The server address is not valid or cannot be found. Check the Supabase URL in "
                  "the profile.");
    case Kind::InsecureUrl:
        return tr("The server address must start with https://. Plain http:// is only allowed "
                  "for this computer (localhost).");
    case Kind::TlsFailed:
        return withDetail(tr("The secure connection to the server failed."));
    case Kind::Timeout:
        return tr("The sign-in server did not answer in time. Check your network connection and "
                  "try again.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::BadResponse:
        return tr("The sign-in server sent an answer this app does not understand.");
    case Kind::NotSupported:
        return withDetail(tr("This is not available for this profile."));
    case Kind::Keychain:
        return withDetail(tr("The system keychain is not available."));
    case Kind::Database:
        return withDetail(tr("The local sandbox could not sign you in."));
    case Kind::Server:
        if (!code.isEmpty())
            return tr("The sign-in server refused the request (%1).").arg(code);
        return tr("The sign-in server refused the request (HTTP %1).").arg(httpStatus);
    case Kind::Busy:
        return tr("Another Limitless window or command is renewing the session and has not "
                  "finished. Try again in a moment.");
    }
    return {};
}

QString AuthError::toString() const
{
    QString s = kindName(kind);
    if (httpStatus > 0)
        s += QStringLiteral(" http=%1").arg(httpStatus);
    if (!code.isEmpty())
        s += QStringLiteral(" code=%1").arg(code);
    if (retryAfterSeconds >= 0)
        s += QStringLiteral(" retry-after=%1").arg(retryAfterSeconds);
    if (!serverMessage.isEmpty())
        s += QStringLiteral(" message=\"%1\"").arg(serverMessage.left(200));
    if (!detail.isEmpty())
        s += QStringLiteral(" detail=\"%1\"").arg(detail.left(200));
    return s;
}

} // namespace limitless::auth
