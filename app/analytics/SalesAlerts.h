#pragma once

#include "db/Database.h"

#include <QObject>
#include <QPointer>

namespace limitless::analytics {

// Turns the database's change notifications into "a lead qualified" and "a payment completed"
// alerts for desktop notifications. The NOTIFY payload only carries ids, so each new event of
// those two types is looked up once (sales_alert_event.sql). Playground conversations (the
// owner's own tests) are not announced.
class SalesAlerts : public QObject {
    Q_OBJECT

public:
    enum class Kind { Qualified, PaymentCompleted };
    Q_ENUM(Kind)

    struct Alert {
        Kind kind = Kind::Qualified;
        QString eventId;
        QString conversationId;
        QString instagramHandle;
        QString campaignName;
        qint64 amountCents = -1; // payments only; -1 = not given
        QString currency;
    };

    explicit SalesAlerts(db::Database* database, QObject* parent = nullptr);

signals:
    void alert(const limitless::analytics::SalesAlerts::Alert& alert);

private:
    void onNotification(const QString& channel, const QString& payload);

    QPointer<db::Database> m_db;
};

} // namespace limitless::analytics
