#pragma once

#include "db/Database.h"
#include "db/PgConnection.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace limitless::test {

// Conversations and payments written straight into the test cluster as the superuser (as the
// agent and the Stripe webhook would), removed again with the fixture, together with any
// campaign whose code is listed (including campaigns the code under test created).
class CampaignTestRows {
public:
    explicit CampaignTestRows(const QStringList& campaignCodes);
    ~CampaignTestRows();
    CampaignTestRows(const CampaignTestRows&) = delete;
    CampaignTestRows& operator=(const CampaignTestRows&) = delete;

    // A campaign of the local owner; returns its id.
    QString campaign(const QString& code, const QString& name);
    QString conversation(const QString& campaignId, const QString& handle);
    struct PaymentSpec {
        QString plan = QStringLiteral("option1");
        qint64 monthly = 29700;
        qint64 onetime = 199700; // < 0 = NULL
        QString status = QStringLiteral("completed");
        QString currency = QStringLiteral("usd");
        int daysAgo = 0;
    };
    QString payment(const QString& campaignId, const QString& conversationId,
                    const PaymentSpec& spec);
    void exec(const QString& sql, const QVariantList& params = {});
    db::QueryResult query(const QString& sql, const QVariantList& params = {});
    db::PgConnection& admin() { return *m_admin; }

private:
    void cleanup();
    std::unique_ptr<db::PgConnection> m_admin;
    QStringList m_codes;
};

// Waits (bounded, event loop running) until `done` is true.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 10000);

} // namespace limitless::test
