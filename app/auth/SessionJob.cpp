#include "auth/SessionJob.h"

#include <QDateTime>
#include <QJsonObject>

namespace limitless::auth {

AuthError SessionJob::parseSuccess(const QJsonDocument& body)
{
    m_session = Session::fromTokenResponse(body.object(), QDateTime::currentSecsSinceEpoch());
    if (!m_session.isValid())
        return AuthError::make(AuthError::Kind::BadResponse);
    return {};
}

} // namespace limitless::auth
