#pragma once

#include <QString>
#include <QUrl>

namespace limitless::auth {

class AuthJob;
class ChallengeJob;
class SessionJob;
class UserJob;

// Where sessions come from: Supabase Auth over HTTPS (AuthClient) or the local sandbox's auth
// schema (LocalAuthBackend). Both hand out the same jobs with the same results, so the session
// manager, the database binding and the UI never know which one they talk to.
//
// Every method returns a job that has not started yet: connect to finished(), then start().
class AuthBackend {
public:
    enum class SignOutScope { Local, Global, Others };

    virtual ~AuthBackend() = default;

    // Names the project that sessions belong to; keychain entries are namespaced by it.
    virtual QString storageNamespace() const = 0;
    virtual bool supportsOAuth() const = 0;
    virtual bool supportsRecovery() const = 0;

    virtual SessionJob* signInWithPassword(const QString& email, const QString& password) = 0;
    virtual SessionJob* refresh(const QString& refreshToken) = 0;
    virtual UserJob* fetchUser(const QString& accessToken) = 0;
    virtual UserJob* updatePassword(const QString& accessToken, const QString& newPassword) = 0;
    virtual AuthJob* signOut(const QString& accessToken, SignOutScope scope) = 0;
    // Password recovery by e-mail code: recover() sends the code, verifyRecovery() trades it
    // for a session in which updatePassword() sets the new password.
    virtual AuthJob* recover(const QString& email) = 0;
    virtual SessionJob* verifyRecovery(const QString& email, const QString& code) = 0;
    // OAuth with PKCE: the browser opens authorizeUrl(); the loopback redirect brings a code that
    // exchangeCode() trades for a session.
    virtual QUrl authorizeUrl(const QString& provider, const QUrl& redirectTo,
                              const QString& codeChallenge) const = 0;
    virtual SessionJob* exchangeCode(const QString& authCode, const QString& codeVerifier) = 0;
    // TOTP: a challenge on the factor, then the code verified against it; the new session has
    // aal2.
    virtual ChallengeJob* mfaChallenge(const QString& accessToken, const QString& factorId) = 0;
    virtual SessionJob* mfaVerify(const QString& accessToken, const QString& factorId,
                                  const QString& challengeId, const QString& code) = 0;

    // Applies to jobs created afterwards.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

private:
    int m_timeoutMs = 30000;
};

} // namespace limitless::auth
