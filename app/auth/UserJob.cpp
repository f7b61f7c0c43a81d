#include "auth/UserJob.h"

#include <QJsonObject>

namespace limitless::auth {

AuthError UserJob::parseSuccess(const QJsonDocument& body)
{
    m_user = User::fromJson(body.object());
    if (!m_user.isValid())
        return AuthError::make(AuthError::Kind::BadResponse);
    return {};
}

} // namespace limitless::auth
