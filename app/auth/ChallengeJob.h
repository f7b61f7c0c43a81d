#pragma once

#include "auth/AuthJob.h"

namespace limitless::auth {

// POST /factors/{id}/challenge: yields the challenge id that the code is verified against.
class ChallengeJob : public AuthJob {
    Q_OBJECT

public:
    using AuthJob::AuthJob;
    QString challengeId() const { return m_id; }
    qint64 expiresAt() const { return m_expiresAt; }

protected:
    AuthError parseSuccess(const QJsonDocument& body) override;

private:
    QString m_id;
    qint64 m_expiresAt = 0;
};

} // namespace limitless::auth
