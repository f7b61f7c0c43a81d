#pragma once

#include "auth/AuthBackend.h"
#include "auth/AuthJob.h"

#include <QCoreApplication>
#include <QVariantList>

namespace limitless::db {
struct DbError;
}

namespace limitless::auth {

// Sign-in against the local sandbox: the sandbox has no GoTrue, so its auth schema answers
// GoTrue's token, user and logout calls through SQL functions (app/sandbox/sql/auth.sql) that
// check bcrypt passwords with pgcrypto, rotate refresh tokens and sign HS256 access tokens.
// Their answers have GoTrue's JSON shapes and statuses, and go through the same job parsing as
// Supabase's, so the resulting Session and claims are the production kind.
//
// Each call opens a short blocking connection as the sandbox's application role (no BYPASSRLS;
// it may only execute those functions) in the thread pool; the GUI thread never waits.
// E-mail recovery, OAuth and MFA have no local equivalent and fail with NotSupported.
class LocalAuthBackend : public AuthBackend {
    Q_DECLARE_TR_FUNCTIONS(LocalAuthBackend)

public:
    // `conninfo`: the sandbox's application-role URL (Sandbox::Status::appUrl).
    // `sandboxDir` names the project for the keychain.
    LocalAuthBackend(const QString& conninfo, const QString& sandboxDir);

    QString storageNamespace() const override;
    bool supportsOAuth() const override { return false; }
    bool supportsRecovery() const override { return false; }

    SessionJob* signInWithPassword(const QString& email, const QString& password) override;
    SessionJob* refresh(const QString& refreshToken) override;
    UserJob* fetchUser(const QString& accessToken) override;
    UserJob* updatePassword(const QString& accessToken, const QString& newPassword) override;
    AuthJob* signOut(const QString& accessToken, SignOutScope scope) override;
    AuthJob* recover(const QString& email) override;
    SessionJob* verifyRecovery(const QString& email, const QString& code) override;
    QUrl authorizeUrl(const QString& provider, const QUrl& redirectTo,
                      const QString& codeChallenge) const override;
    SessionJob* exchangeCode(const QString& authCode, const QString& codeVerifier) override;
    ChallengeJob* mfaChallenge(const QString& accessToken, const QString& factorId) override;
    SessionJob* mfaVerify(const QString& accessToken, const QString& factorId,
                          const QString& challengeId, const QString& code) override;

    // Runs one of the sandbox's auth functions (blocking; for pool threads and the CLI).
    static AuthJob::Response call(const QString& conninfo, const QString& sql,
                                  const QVariantList& params, AuthError* error);

private:
    static AuthError databaseError(const db::DbError& error);
    template <typename Job> Job* prepare(Job* job, const QString& sql, const QVariantList& params);
    template <typename Job> Job* unsupported(Job* job, const QString& detail);

    QString m_conninfo;
    QString m_dir;
};

} // namespace limitless::auth
