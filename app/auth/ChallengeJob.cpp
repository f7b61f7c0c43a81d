#include "auth/ChallengeJob.h"

#include <QJsonObject>

namespace limitless::auth {

AuthError ChallengeJob::parseSuccess(const QJsonDocument& body)
{
    const QJsonObject o = body.object();
    m_id = o.value(QStringLiteral("id")).toString();
    m_expiresAt = o.value(QStringLiteral("expires_at")).toInteger();
    if (m_id.isEmpty())
        return AuthError::make(AuthError::Kind::BadResponse);
    return {};
}

} // namespace limitless::auth
