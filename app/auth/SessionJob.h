#pragma once

#include "auth/AuthJob.h"
#include "auth/Session.h"

namespace limitless::auth {

// A call that yields a session: password sign-in, refresh, PKCE exchange, recovery code,
// MFA verification.
class SessionJob : public AuthJob {
    Q_OBJECT

public:
    using AuthJob::AuthJob;
    const Session& session() const { return m_session; }

protected:
    AuthError parseSuccess(const QJsonDocument& body) override;

private:
    Session m_session;
};

} // namespace limitless::auth
