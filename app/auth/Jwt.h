#pragma once

#include <QJsonObject>
#include <QString>

namespace limitless::auth {

// Reads the payload of a JSON Web Token. The client cannot verify GoTrue's signature (the key
// stays on the server) and does not need to: the claims are only used to know who signed in
// and until when, and the database connection itself is the credential.
class Jwt {
public:
    // The decoded payload (the claims), or an empty object when `token` is not a JWT.
    static QJsonObject decodePayload(const QString& token);
    static QByteArray base64UrlDecode(const QByteArray& text);
};

} // namespace limitless::auth
