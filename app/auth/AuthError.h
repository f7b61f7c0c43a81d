#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace limitless::auth {

// A failed auth call, classified. The app decides on `kind` (derived from the server's error
// code, the HTTP status or the transport error), never on the server's message text; the
// message is kept for the log only. userMessage() is the sentence the owner sees.
struct AuthError {
    Q_DECLARE_TR_FUNCTIONS(AuthError)

public:
    enum class Kind {
        None,
        InvalidCredentials,   // invalid_credentials (or OAuth invalid_grant on the password grant)
        EmailNotConfirmed,    // email_not_confirmed
        RateLimited,          // HTTP 429 / over_*_rate_limit; retryAfterSeconds when known
        SessionEnded,         // refresh token used/unknown, session gone, JWT rejected
        UserBanned,           // user_banned
        MfaCodeInvalid,       // mfa_verification_failed / _rejected
        MfaChallengeExpired,  // mfa_challenge_expired
        WeakPassword,         // weak_password (+ reasons)
        SamePassword,         // same_password
        RecoveryCodeInvalid,  // otp_expired / otp_disabled / invalid_grant on verify
        BrowserFlowExpired,   // flow_state_*, bad_code_verifier, bad_oauth_*
        OAuthDenied,          // the owner cancelled in the browser (error=access_denied)
        OAuthFailed,          // any other error= on the loopback redirect
        ProviderDisabled,     // provider_disabled / oauth_provider_not_supported
        InvalidApiKey,        // 401 from the API gateway without an auth error code
        ServerUnavailable,    // 5xx (JSON or not)
        NoNetwork,            // connection refused / dropped / network down
        InvalidServerAddress, // bad URL or host not found
        InsecureUrl,          // http:// to a host that is not this computer
        TlsFailed,            // certificate or TLS handshake problem
        Timeout,              // no answer within the job's timeout
        Cancelled,            // aborted by the app
        BadResponse,          // a success status with a body that is not what the API documents
        NotSupported,         // this backend cannot do it (e.g. e-mail recovery on the sandbox)
        Keychain,             // the OS keychain refused or is missing
        Database,             // the local sandbox's database failed
        Server,               // any other error code from the server
        Busy,                 // another process of this app held the refresh lock too long
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;                    // the server's error code (`invalid_credentials`, …)
    QString serverMessage;           // the server's text: for logs, never for decisions
    int retryAfterSeconds = -1;      // from Retry-After on 429, -1 when not given
    QStringList weakPasswordReasons; // `length`, `characters`, `pwned`
    QString detail;                  // already translated extra text for client-side errors

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    // Errors that say nothing about the session itself: keep it and try again later.
    bool isTransient() const;

    QString userMessage() const;
    // For logs: kind, status, code and server message. Never holds a secret (servers do not
    // echo tokens or passwords in errors, and client-side details are written here).
    QString toString() const;

    static AuthError make(Kind kind, const QString& detail = {});
    static QString kindName(Kind kind);
};

} // namespace limitless::auth
