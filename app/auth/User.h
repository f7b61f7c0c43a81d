#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace limitless::auth {

// The signed-in user as GoTrue's UserSchema describes it (the fields the app uses), plus the
// raw object so that a stored session round-trips without loss.
struct User {
    // An MFA factor (MFAFactorSchema). Only verified TOTP factors ask for a code at sign-in.
    struct Factor {
        QString id;
        QString type;   // factor_type: "totp", "phone", "webauthn"
        QString status; // "verified" | "unverified"
        QString friendlyName;
    };

    QString id;
    QString email;
    QString role;
    QList<Factor> factors;
    QJsonObject raw;

    bool isValid() const { return !id.isEmpty(); }
    // The first verified TOTP factor, the one the sign-in asks a code for.
    const Factor* verifiedTotpFactor() const;

    static User fromJson(const QJsonObject& object);
};

} // namespace limitless::auth
