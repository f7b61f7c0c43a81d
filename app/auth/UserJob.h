#pragma once

#include "auth/AuthJob.h"
#include "auth/User.h"

namespace limitless::auth {

// A call that yields the user: GET /user, PUT /user (new password).
class UserJob : public AuthJob {
    Q_OBJECT

public:
    using AuthJob::AuthJob;
    const User& user() const { return m_user; }

protected:
    AuthError parseSuccess(const QJsonDocument& body) override;

private:
    User m_user;
};

} // namespace limitless::auth
