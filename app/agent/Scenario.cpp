#include "agent/Scenario.h"

#include <QJsonArray>

namespace limitless::agent {

QJsonObject ScenarioOutcome::resultJson() const
{
    return QJsonObject{{QStringLiteral("replies"), QJsonArray::fromStringList(replies)},
                       {QStringLiteral("stages"), QJsonArray::fromStringList(stages)},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("fingerprint"), fingerprint}};
}

QJsonObject ScenarioOutcome::toJson() const
{
    QJsonObject o{
        {QStringLiteral("thread_id"), threadId.isEmpty() ? QJsonValue() : threadId},
        {QStringLiteral("policy"), policy},
        {QStringLiteral("prompt_version"), promptVersion},
        {QStringLiteral("stage_reached"), stageReached.isEmpty() ? QJsonValue() : stageReached},
        {QStringLiteral("qualified"), qualified},
        {QStringLiteral("payment_link_sent"), paymentLinkSent},
        {QStringLiteral("turns"), turns},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : error},
        {QStringLiteral("ran_at"),
         ranAt.isValid() ? QJsonValue(ranAt.toString(Qt::ISODateWithMs)) : QJsonValue()}};
    const QJsonObject result = resultJson();
    for (auto it = result.constBegin(); it != result.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString ScenarioReport::status() const
{
    if (!outcome.ok())
        return QStringLiteral("failed");
    if (!hasPrevious)
        return QStringLiteral("new");
    return changes.isEmpty() ? QStringLiteral("same") : QStringLiteral("changed");
}

} // namespace limitless::agent
