#include "auth/AuthClient.h"

#include "auth/ChallengeJob.h"
#include "auth/SessionJob.h"
#include "auth/UserJob.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace limitless::auth {

namespace {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString enc(const QString& s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

AuthClient::AuthClient(const QUrl& supabaseUrl, const QString& apiKey, QNetworkAccessManager* nam)
    : m_apiKey(apiKey), m_nam(nam)
{
    // Accept the project URL with or without a trailing slash or /auth/v1.
    m_base =
        supabaseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = m_base.path();
    if (path.endsWith(QLatin1String("/auth/v1")))
        path.chop(8);
    m_base.setPath(path);
    m_urlError = checkServerUrl(m_base);
    if (!m_nam) {
        m_ownNam = std::make_unique<QNetworkAccessManager>();
        m_nam = m_ownNam.get();
    }
}

AuthClient::~AuthClient() = default;

bool AuthClient::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

AuthError AuthClient::checkServerUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return AuthError::make(AuthError::Kind::InvalidServerAddress);
    if (url.scheme() == QLatin1String("http") && !isLoopbackHost(url.host()))
        return AuthError::make(AuthError::Kind::InsecureUrl);
    return {};
}

QString AuthClient::storageNamespace() const
{
    // One Supabase project = one host (plus port for local development servers).
    QString ns = QStringLiteral("supabase:") + m_base.host().toLower();
    if (m_base.port() > 0)
        ns += QLatin1Char(':') + QString::number(m_base.port());
    return ns;
}

QUrl AuthClient::endpoint(const QString& path, const QString& query) const
{
    QUrl u = m_base;
    u.setPath(m_base.path() + QStringLiteral("/auth/v1") + path);
    if (!query.isEmpty())
        u.setQuery(query, QUrl::StrictMode);
    return u;
}

QNetworkRequest AuthClient::request(const QString& path, const QString& query,
                                    const QString& bearer) const
{
    QNetworkRequest r(endpoint(path, query));
    r.setRawHeader("apikey", m_apiKey.toUtf8());
    if (!bearer.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    r.setHeader(QNetworkRequest::ContentTypeHeader,
                QByteArrayLiteral("application/json;charset=UTF-8"));
    r.setRawHeader("Accept", "application/json");
    r.setRawHeader("X-Supabase-Api-Version", apiVersion());
    r.setRawHeader("X-Client-Info", QByteArrayLiteral("limitless-dashboard/" LIMITLESS_VERSION));
    // The API never redirects; a redirect would carry the key and token elsewhere.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return r;
}

template <typename Job>
Job* AuthClient::prepare(Job* job, const QNetworkRequest& request, const QByteArray& verb,
                         const QByteArray& body)
{
    job->setTimeout(timeout());
    if (m_urlError)
        job->setFailure(m_urlError);
    else
        job->setHttp(m_nam, request, verb, body);
    return job;
}

SessionJob* AuthClient::signInWithPassword(const QString& email, const QString& password)
{
    return prepare(
        new SessionJob(ErrorMapper::Endpoint::Password),
        request(QStringLiteral("/token"), QStringLiteral("grant_type=password")), "POST",
        json({{QStringLiteral("email"), email}, {QStringLiteral("password"), password}}));
}

SessionJob* AuthClient::refresh(const QString& refreshToken)
{
    return prepare(new SessionJob(ErrorMapper::Endpoint::Refresh),
                   request(QStringLiteral("/token"), QStringLiteral("grant_type=refresh_token")),
                   "POST", json({{QStringLiteral("refresh_token"), refreshToken}}));
}

UserJob* AuthClient::fetchUser(const QString& accessToken)
{
    return prepare(new UserJob(ErrorMapper::Endpoint::User),
                   request(QStringLiteral("/user"), {}, accessToken), "GET");
}

UserJob* AuthClient::updatePassword(const QString& accessToken, const QString& newPassword)
{
    return prepare(new UserJob(ErrorMapper::Endpoint::User),
                   request(QStringLiteral("/user"), {}, accessToken), "PUT",
                   json({{QStringLiteral("password"), newPassword}}));
}

AuthJob* AuthClient::signOut(const QString& accessToken, SignOutScope scope)
{
    QString s = QStringLiteral("local");
    if (scope == SignOutScope::Global)
        s = QStringLiteral("global");
    else if (scope == SignOutScope::Others)
        s = QStringLiteral("others");
    return prepare(new AuthJob(ErrorMapper::Endpoint::Logout),
                   request(QStringLiteral("/logout"), QStringLiteral("scope=") + s, accessToken),
                   "POST");
}

AuthJob* AuthClient::recover(const QString& email)
{
    return prepare(new AuthJob(ErrorMapper::Endpoint::Recover), request(QStringLiteral("/recover")),
                   "POST", json({{QStringLiteral("email"), email}}));
}

SessionJob* AuthClient::verifyRecovery(const QString& email, const QString& code)
{
    return prepare(new SessionJob(ErrorMapper::Endpoint::Verify),
                   request(QStringLiteral("/verify")), "POST",
                   json({{QStringLiteral("type"), QStringLiteral("recovery")},
                         {QStringLiteral("email"), email},
                         {QStringLiteral("token"), code}}));
}

QUrl AuthClient::authorizeUrl(const QString& provider, const QUrl& redirectTo,
                              const QString& codeChallenge) const
{
    return endpoint(
        QStringLiteral("/authorize"),
        QStringLiteral("provider=%1&redirect_to=%2&code_challenge=%3"
                       "&code_challenge_method=s256")
            .arg(enc(provider), enc(redirectTo.toString(QUrl::FullyEncoded)), enc(codeChallenge)));
}

SessionJob* AuthClient::exchangeCode(const QString& authCode, const QString& codeVerifier)
{
    return prepare(new SessionJob(ErrorMapper::Endpoint::Pkce),
                   request(QStringLiteral("/token"), QStringLiteral("grant_type=pkce")), "POST",
                   json({{QStringLiteral("auth_code"), authCode},
                         {QStringLiteral("code_verifier"), codeVerifier}}));
}

ChallengeJob* AuthClient::mfaChallenge(const QString& accessToken, const QString& factorId)
{
    return prepare(
        new ChallengeJob(ErrorMapper::Endpoint::Mfa),
        request(QStringLiteral("/factors/%1/challenge").arg(enc(factorId)), {}, accessToken),
        "POST", json({}));
}

SessionJob* AuthClient::mfaVerify(const QString& accessToken, const QString& factorId,
                                  const QString& challengeId, const QString& code)
{
    return prepare(
        new SessionJob(ErrorMapper::Endpoint::Mfa),
        request(QStringLiteral("/factors/%1/verify").arg(enc(factorId)), {}, accessToken), "POST",
        json({{QStringLiteral("challenge_id"), challengeId}, {QStringLiteral("code"), code}}));
}

AuthJob* AuthClient::health()
{
    return prepare(new AuthJob(ErrorMapper::Endpoint::Health), request(QStringLiteral("/health")),
                   "GET");
}

} // namespace limitless::auth
