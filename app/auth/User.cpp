#include "auth/User.h"

#include <QJsonArray>

namespace limitless::auth {

const User::Factor* User::verifiedTotpFactor() const
{
    for (const Factor& f : factors) {
        if (f.type == QLatin1String("totp") && f.status == QLatin1String("verified"))
            return &f;
    }
    return nullptr;
}

User User::fromJson(const QJsonObject& o)
{
    User u;
    u.raw = o;
    u.id = o.value(QStringLiteral("id")).toString();
    u.email = o.value(QStringLiteral("email")).toString();
    u.role = o.value(QStringLiteral("role")).toString();
    // GoTrue leaves `factors` out when the user has none.
    for (const QJsonValue& v : o.value(QStringLiteral("factors")).toArray()) {
        const QJsonObject f = v.toObject();
        u.factors.append({f.value(QStringLiteral("id")).toString(),
                          f.value(QStringLiteral("factor_type")).toString(),
                          f.value(QStringLiteral("status")).toString(),
                          f.value(QStringLiteral("friendly_name")).toString()});
    }
    return u;
}

} // namespace limitless::auth
