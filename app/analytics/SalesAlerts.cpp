#include "analytics/SalesAlerts.h"

#include "analytics/FunnelQuery.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace limitless::analytics {

SalesAlerts::SalesAlerts(db::Database* database, QObject* parent) : QObject(parent), m_db(database)
{
    if (!m_db)
        return;
    connect(m_db, &db::Database::notification, this, &SalesAlerts::onNotification);
    m_db->listen(QStringLiteral("limitless_changes"));
}

void SalesAlerts::onNotification(const QString& channel, const QString& payload)
{
    if (channel != QLatin1String("limitless_changes") || !m_db)
        return;
    const QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
    if (o.value(QLatin1String("table")).toString() != QLatin1String("analytics_events") ||
        o.value(QLatin1String("op")).toString() != QLatin1String("INSERT"))
        return;
    const QString type = o.value(QLatin1String("event_type")).toString();
    if (type != QLatin1String("qualified") && type != QLatin1String("payment_completed"))
        return;
    const QString eventId = o.value(QLatin1String("id")).toString();
    static const QString sql = FunnelQuery::sql(QStringLiteral("sales_alert_event"));
    m_db->query(db::Statement(sql, {eventId}), this, [this, eventId](const db::QueryResult& r) {
        if (!r.ok() || r.rowCount() != 1)
            return;
        if (r.value(0, QStringLiteral("platform")).toString() == QLatin1String("playground"))
            return;
        Alert a;
        a.kind = r.value(0, QStringLiteral("event_type")).toString() == QLatin1String("qualified")
                     ? Kind::Qualified
                     : Kind::PaymentCompleted;
        a.eventId = eventId;
        a.conversationId = r.value(0, QStringLiteral("conversation_id")).toString();
        a.instagramHandle = r.value(0, QStringLiteral("instagram_handle")).toString();
        a.campaignName = r.value(0, QStringLiteral("campaign_name")).toString();
        const QJsonObject data = r.value(0, QStringLiteral("event_data")).toJsonValue().toObject();
        if (data.contains(QLatin1String("amount")))
            a.amountCents = qint64(data.value(QLatin1String("amount")).toDouble());
        a.currency = data.value(QLatin1String("currency")).toString();
        emit alert(a);
    });
}

} // namespace limitless::analytics
