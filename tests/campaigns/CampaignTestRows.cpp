#include "CampaignTestRows.h"

#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QTest>
#include <QUuid>

namespace limitless::test {

CampaignTestRows::CampaignTestRows(const QStringList& campaignCodes)
    : m_admin(connect(adminUrl())), m_codes(campaignCodes)
{
    cleanup(); // what an interrupted earlier run may have left
}

CampaignTestRows::~CampaignTestRows()
{
    cleanup();
}

void CampaignTestRows::cleanup()
{
    // Children first: payments and conversations refer to the campaigns.
    const QString ids = QStringLiteral("select id from campaigns where code = any($1::text[])");
    const QString codes =
        QStringLiteral("{") + m_codes.join(QLatin1Char(',')) + QStringLiteral("}");
    m_admin->exec(QStringLiteral("delete from payments where campaign_id in (%1)").arg(ids),
                  {codes});
    m_admin->exec(QStringLiteral("delete from analytics_events where campaign_id in (%1)").arg(ids),
                  {codes});
    m_admin->exec(QStringLiteral("delete from conversations where campaign_id in (%1)").arg(ids),
                  {codes});
    m_admin->exec(QStringLiteral("delete from campaigns where code = any($1::text[])"), {codes});
}

db::QueryResult CampaignTestRows::query(const QString& sql, const QVariantList& params)
{
    return m_admin->exec(sql, params);
}

void CampaignTestRows::exec(const QString& sql, const QVariantList& params)
{
    const auto r = m_admin->exec(sql, params);
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
}

QString CampaignTestRows::campaign(const QString& code, const QString& name)
{
    const auto r =
        m_admin->exec(QStringLiteral("insert into campaigns (code, name, owner_id, platform) "
                                     "values ($1, $2, $3, 'instagram') returning id"),
                      {code, name, clusterStatus().ownerId});
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
    return r.scalar().toString();
}

QString CampaignTestRows::conversation(const QString& campaignId, const QString& handle)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    exec(QStringLiteral("insert into conversations (id, instagram_handle, campaign_id, "
                        "campaign_code, current_stage) select $1, $2, id, code, 'close' "
                        "from campaigns where id = $3"),
         {id, handle, campaignId});
    return id;
}

QString CampaignTestRows::payment(const QString& campaignId, const QString& conversationId,
                                  const PaymentSpec& s)
{
    const auto r = m_admin->exec(
        QStringLiteral(
            "insert into payments (conversation_id, campaign_id, instagram_handle, email, "
            "stripe_session_id, plan, amount_monthly, amount_onetime, currency, payment_status, "
            "created_at, completed_at) values ($1, $2, 'lead', 'lead@example.com', $3, $4, $5, "
            "$6, $7, $8, (now() at time zone 'utc') - make_interval(days => $9::int), "
            "case when $8 in ('completed', 'refunded') then (now() at time zone 'utc') end) "
            "returning id"),
        {conversationId, campaignId,
         QStringLiteral("cs_test_") + QUuid::createUuid().toString(QUuid::Id128), s.plan, s.monthly,
         s.onetime < 0 ? QVariant() : QVariant(s.onetime), s.currency, s.status, s.daysAgo});
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
    return r.scalar().toString();
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

} // namespace limitless::test
