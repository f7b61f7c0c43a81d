#pragma once

#include "auth/AuthBackend.h"
#include "auth/AuthError.h"

#include <QNetworkRequest>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace limitless::auth {

// Supabase Auth (GoTrue) over its REST API, as a desktop client: every call is a job against
// `{url}/auth/v1/…` with the project's anon (publishable) key in `apikey`, the user's access
// token as Bearer where the endpoint needs it, and `X-Supabase-Api-Version: 2024-01-01` so that
// errors come back as {code, message}. Remote servers must use https; http is accepted for
// loopback addresses only (local development servers, tests).
class AuthClient : public AuthBackend {
public:
    // `nam` may be null: the client then makes its own (it must live on the caller's thread).
    AuthClient(const QUrl& supabaseUrl, const QString& apiKey,
               QNetworkAccessManager* nam = nullptr);
    ~AuthClient() override;

    // Whether `url` may be used as a Supabase URL: https, or http to this computer.
    static AuthError checkServerUrl(const QUrl& url);
    static bool isLoopbackHost(const QString& host);
    // The version this client speaks (sent as X-Supabase-Api-Version).
    static QByteArray apiVersion() { return QByteArrayLiteral("2024-01-01"); }

    QUrl baseUrl() const { return m_base; }
    QString storageNamespace() const override;
    bool supportsOAuth() const override { return true; }
    bool supportsRecovery() const override { return true; }

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
    // GET /health: used by "Test connection".
    AuthJob* health();

private:
    QUrl endpoint(const QString& path, const QString& query = {}) const;
    QNetworkRequest request(const QString& path, const QString& query = {},
                            const QString& bearer = {}) const;
    template <typename Job>
    Job* prepare(Job* job, const QNetworkRequest& request, const QByteArray& verb,
                 const QByteArray& body = {});

    QUrl m_base;
    QString m_apiKey;
    AuthError m_urlError;
    std::unique_ptr<QNetworkAccessManager> m_ownNam;
    QPointer<QNetworkAccessManager> m_nam;
};

} // namespace limitless::auth
