#include "auth/LocalAuthBackend.h"

#include "auth/ChallengeJob.h"
#include "auth/SessionJob.h"
#include "auth/UserJob.h"
#include "db/PgConnection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace limitless::auth {

AuthError LocalAuthBackend::databaseError(const db::DbError& e)
{
    AuthError a = AuthError::make(AuthError::Kind::Database);
    a.serverMessage = e.sqlState.isEmpty() ? e.message : e.sqlState + QLatin1Char(' ') + e.message;
    if (e.kind == db::DbError::Kind::ConnectionRefused)
        a.detail = tr("The local sandbox is not running. Start it with `limitless sandbox start` "
                      "or open the app, which starts it.");
    else if (e.kind == db::DbError::Kind::UndefinedObject)
        a.detail = tr("The local sandbox was created by an older version of the app and has no "
                      "sign-in functions. Recreate it with `limitless sandbox reset` followed by "
                      "`limitless sandbox start` (this deletes the sandbox's data).");
    else
        a.detail = e.userMessage();
    return a;
}

LocalAuthBackend::LocalAuthBackend(const QString& conninfo, const QString& sandboxDir)
    : m_conninfo(conninfo), m_dir(sandboxDir)
{}

QString LocalAuthBackend::storageNamespace() const
{
    return QStringLiteral("sandbox:") + m_dir;
}

AuthJob::Response LocalAuthBackend::call(const QString& conninfo, const QString& sql,
                                         const QVariantList& params, AuthError* error)
{
    db::DbError dbError;
    auto conn = db::PgConnection::open(conninfo, &dbError, 5);
    if (!conn) {
        *error = databaseError(dbError);
        return {};
    }
    const db::QueryResult r = conn->exec(sql, params);
    if (!r.ok()) {
        *error = databaseError(r.error);
        return {};
    }
    // The functions answer {"status": <HTTP status>, "body": <GoTrue's JSON or null>}.
    const QJsonObject answer = QJsonDocument::fromJson(r.scalar().toString().toUtf8()).object();
    AuthJob::Response response;
    response.status = answer.value(QStringLiteral("status")).toInt();
    const QJsonValue body = answer.value(QStringLiteral("body"));
    if (body.isObject())
        response.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    if (response.status == 0)
        *error = AuthError::make(AuthError::Kind::BadResponse);
    return response;
}

template <typename Job>
Job* LocalAuthBackend::prepare(Job* job, const QString& sql, const QVariantList& params)
{
    job->setTimeout(timeout());
    job->setLocal([conninfo = m_conninfo, sql, params](AuthError* error) {
        return call(conninfo, sql, params, error);
    });
    return job;
}

template <typename Job> Job* LocalAuthBackend::unsupported(Job* job, const QString& detail)
{
    job->setFailure(AuthError::make(AuthError::Kind::NotSupported, detail));
    return job;
}

SessionJob* LocalAuthBackend::signInWithPassword(const QString& email, const QString& password)
{
    return prepare(new SessionJob(ErrorMapper::Endpoint::Password),
                   QStringLiteral("select auth.sandbox_token_password($1, $2)::text"),
                   {email, password});
}

SessionJob* LocalAuthBackend::refresh(const QString& refreshToken)
{
    return prepare(new SessionJob(ErrorMapper::Endpoint::Refresh),
                   QStringLiteral("select auth.sandbox_token_refresh($1)::text"), {refreshToken});
}

UserJob* LocalAuthBackend::fetchUser(const QString& accessToken)
{
    return prepare(new UserJob(ErrorMapper::Endpoint::User),
                   QStringLiteral("select auth.sandbox_user($1)::text"), {accessToken});
}

UserJob* LocalAuthBackend::updatePassword(const QString& accessToken, const QString& newPassword)
{
    return prepare(new UserJob(ErrorMapper::Endpoint::User),
                   QStringLiteral("select auth.sandbox_update_password($1, $2)::text"),
                   {accessToken, newPassword});
}

AuthJob* LocalAuthBackend::signOut(const QString& accessToken, SignOutScope scope)
{
    QString s = QStringLiteral("local");
    if (scope == SignOutScope::Global)
        s = QStringLiteral("global");
    else if (scope == SignOutScope::Others)
        s = QStringLiteral("others");
    return prepare(new AuthJob(ErrorMapper::Endpoint::Logout),
                   QStringLiteral("select auth.sandbox_logout($1, $2)::text"), {accessToken, s});
}

AuthJob* LocalAuthBackend::recover(const QString&)
{
    return unsupported(new AuthJob(ErrorMapper::Endpoint::Recover),
                       tr("The local sandbox sends no e-mail. Set a new password with "
                          "`limitless sandbox passwd`."));
}

SessionJob* LocalAuthBackend::verifyRecovery(const QString&, const QString&)
{
    return unsupported(new SessionJob(ErrorMapper::Endpoint::Verify),
                       tr("The local sandbox sends no e-mail. Set a new password with "
                          "`limitless sandbox passwd`."));
}

QUrl LocalAuthBackend::authorizeUrl(const QString&, const QUrl&, const QString&) const
{
    return {};
}

SessionJob* LocalAuthBackend::exchangeCode(const QString&, const QString&)
{
    return unsupported(new SessionJob(ErrorMapper::Endpoint::Pkce),
                       tr("Google and GitHub sign-in need a Supabase project."));
}

ChallengeJob* LocalAuthBackend::mfaChallenge(const QString&, const QString&)
{
    return unsupported(new ChallengeJob(ErrorMapper::Endpoint::Mfa),
                       tr("Local sandbox accounts have no second factor."));
}

SessionJob* LocalAuthBackend::mfaVerify(const QString&, const QString&, const QString&,
                                        const QString&)
{
    return unsupported(new SessionJob(ErrorMapper::Endpoint::Mfa),
                       tr("Local sandbox accounts have no second factor."));
}

} // namespace limitless::auth
