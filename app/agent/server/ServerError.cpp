#include "agent/server/ServerError.h"

#include "knowledge/BlockingHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace limitless::agent::server {

QString ServerError::code() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Busy:
        return QStringLiteral("busy");
    case Kind::BadRequest:
        return QStringLiteral("bad_request");
    case Kind::NodeFailed:
        return QStringLiteral("node_failed");
    case Kind::StreamDropped:
        return QStringLiteral("stream_dropped");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::BadResponse:
        return QStringLiteral("bad_response");
    case Kind::UnknownCheckpoint:
        return QStringLiteral("unknown_checkpoint");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

ServerError ServerError::make(Kind kind, const QString& message, int status, const QString& detail)
{
    ServerError e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = status;
    e.detail = detail;
    return e;
}

QString ServerError::serverText(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &pe);
    if (pe.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        // LangGraph's Python server (and an auth handler's HTTPException): {"detail": …}.
        if (o.value(QStringLiteral("detail")).isString())
            return o.value(QStringLiteral("detail")).toString();
        if (o.value(QStringLiteral("message")).isString())
            return o.value(QStringLiteral("message")).toString();
        // The JS server's validation errors:
        // {"success":false,"error":{"issues":[…],"name":"ZodError"}}.
        const QJsonObject err = o.value(QStringLiteral("error")).toObject();
        const QJsonArray issues = err.value(QStringLiteral("issues")).toArray();
        if (!issues.isEmpty()) {
            QStringList parts;
            for (const QJsonValue& v : issues) {
                const QJsonObject issue = v.toObject();
                QStringList path;
                for (const QJsonValue& p : issue.value(QStringLiteral("path")).toArray())
                    path << (p.isDouble() ? QString::number(p.toInt()) : p.toString());
                const QString m = issue.value(QStringLiteral("message")).toString();
                parts << (path.isEmpty() ? m
                                         : path.join(QLatin1Char('.')) + QStringLiteral(": ") + m);
            }
            return parts.join(QStringLiteral("; "));
        }
        // The embedded server: {"error": "Thread not found"}.
        if (o.value(QStringLiteral("error")).isString())
            return o.value(QStringLiteral("error")).toString();
    }
    QString text = QString::fromUtf8(trimmed);
    if (text.size() > 300)
        text = text.left(300) + QChar(0x2026);
    return text;
}

ServerError ServerError::fromAnswer(const knowledge::HttpAnswer& answer, const QString& what)
{
    if (answer.cancelled)
        return make(Kind::Cancelled, tr("Cancelled."));
    if (answer.timedOut)
        return make(Kind::Network,
                    tr("The LangGraph server stopped answering while working on %1.").arg(what));
    if (!answer.answered())
        return make(
            Kind::Network,
            tr("The LangGraph server could not be reached for %1: %2").arg(what, answer.errorText),
            0, answer.errorText);
    const int s = answer.status;
    if (s >= 200 && s < 300)
        return {};
    const QString text = serverText(answer.body);
    if (s == 401 || s == 403)
        return make(Kind::Auth,
                    s == 401 ? tr("The LangGraph server wants an API key for %1 (HTTP 401): %2. "
                                  "Set the key in the agent backend settings.")
                                   .arg(what, text)
                             : tr("The LangGraph server refused the API key for %1 (HTTP 403): "
                                  "%2. Check the key in the agent backend settings.")
                                   .arg(what, text),
                    s, text);
    if (s == 404)
        return make(Kind::NotFound,
                    tr("The LangGraph server does not know %1 (HTTP 404): %2").arg(what, text), s,
                    text);
    if (s == 409 || s == 422)
        return make(Kind::Busy,
                    tr("%1 is already running a task on the LangGraph server (HTTP %2): wait for "
                       "it to finish or cancel it.")
                        .arg(what)
                        .arg(s),
                    s, text);
    if (s >= 400 && s < 500)
        return make(Kind::BadRequest,
                    tr("The LangGraph server rejected the request for %1 (HTTP %2): %3")
                        .arg(what)
                        .arg(s)
                        .arg(text),
                    s, text);
    return make(Kind::Server,
                tr("The LangGraph server failed on %1 (HTTP %2): %3").arg(what).arg(s).arg(text), s,
                text);
}

} // namespace limitless::agent::server
