#include "auth/Jwt.h"

#include <QJsonDocument>

namespace limitless::auth {

QByteArray Jwt::base64UrlDecode(const QByteArray& text)
{
    const auto result = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                  QByteArray::AbortOnBase64DecodingErrors);
    return result ? *result : QByteArray();
}

QJsonObject Jwt::decodePayload(const QString& token)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(base64UrlDecode(parts.at(1)), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    return doc.object();
}

} // namespace limitless::auth
