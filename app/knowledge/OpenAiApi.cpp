#include "knowledge/OpenAiApi.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace limitless::knowledge {

OpenAiServerError openAiServerErrorOf(const QJsonValue& err, const QString& fallback)
{
    OpenAiServerError e;
    if (err.isObject()) {
        const QJsonObject o = err.toObject();
        e.message = o.value(QStringLiteral("message")).toString();
        e.type = o.value(QStringLiteral("type")).toString();
        const QJsonValue code = o.value(QStringLiteral("code"));
        // Some servers send the code as a number (the HTTP status).
        e.code = code.isDouble() ? QString::number(code.toInt()) : code.toString();
    } else if (err.isString()) {
        e.message = err.toString();
    }
    if (e.message.isEmpty())
        e.message = fallback;
    return e;
}

OpenAiServerError openAiServerErrorOf(const QByteArray& body, const QString& fallback)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue err = doc.object().value(QStringLiteral("error"));
    if (err.isObject() || err.isString())
        return openAiServerErrorOf(err, fallback);
    OpenAiServerError e;
    if (!doc.isObject() && !body.trimmed().isEmpty() && !body.contains('<'))
        e.message = QString::fromUtf8(body).simplified().left(300);
    if (e.message.isEmpty())
        e.message = fallback;
    return e;
}

int openAiRetryAfterMs(const QByteArray& retryAfterMsHeader, const QByteArray& retryAfterHeader)
{
    const QByteArray ms = retryAfterMsHeader.trimmed();
    bool ok = false;
    if (!ms.isEmpty()) {
        const double v = ms.toDouble(&ok);
        if (ok && v >= 0 && v < 1e9)
            return int(std::ceil(v));
    }
    const QByteArray ra = retryAfterHeader.trimmed();
    if (ra.isEmpty())
        return -1;
    const double seconds = ra.toDouble(&ok);
    if (ok && seconds >= 0 && seconds < 1e6)
        return int(std::ceil(seconds * 1000));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(ra), Qt::RFC2822Date);
    if (when.isValid())
        return int(
            std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, 1000000000));
    return -1;
}

int openAiBackoffMs(int tryNumber, int firstMs, int capMs)
{
    const double full =
        std::min<double>(capMs, firstMs * std::pow(2.0, std::max(0, tryNumber - 1)));
    const double half = full / 2;
    return int(half + QRandomGenerator::global()->generateDouble() * half);
}

QUrl openAiEndpoint(const QUrl& baseUrl, const QString& path)
{
    QUrl url = baseUrl;
    QString p = url.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    url.setPath(p + u'/' + path);
    return url;
}

} // namespace limitless::knowledge
