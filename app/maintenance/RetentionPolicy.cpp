#include "maintenance/RetentionPolicy.h"

#include <QTimeZone>

namespace limitless::maintenance {

QJsonObject RetentionPolicy::toJson() const
{
    return {{QStringLiteral("as_of"), asOf.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("checkpoint_days"), checkpointDays},
            {QStringLiteral("event_days"), eventDays},
            {QStringLiteral("inactive_days"), inactiveDays},
            {QStringLiteral("batch_size"), batchSize}};
}

RetentionPolicy RetentionPolicy::fromJson(const QJsonObject& o)
{
    RetentionPolicy p;
    p.asOf = QDateTime::fromString(o.value(QStringLiteral("as_of")).toString(), Qt::ISODateWithMs);
    p.checkpointDays = o.value(QStringLiteral("checkpoint_days")).toInt(p.checkpointDays);
    p.eventDays = o.value(QStringLiteral("event_days")).toInt(p.eventDays);
    p.inactiveDays = o.value(QStringLiteral("inactive_days")).toInt(p.inactiveDays);
    p.batchSize = o.value(QStringLiteral("batch_size")).toInt(p.batchSize);
    return p;
}

QString RetentionPolicy::sqlTime(const QDateTime& t)
{
    return t.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

} // namespace limitless::maintenance
