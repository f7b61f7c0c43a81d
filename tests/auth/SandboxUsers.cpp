#include "SandboxUsers.h"

#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QUuid>

namespace limitless::test {

SandboxUsers::SandboxUsers()
    : m_admin(connect(adminUrl())), m_run(QUuid::createUuid().toString(QUuid::Id128).left(10))
{}

SandboxUsers::~SandboxUsers()
{
    for (const QString& id : std::as_const(m_userIds)) {
        const QVariantList p{id};
        // Children first; the sessions and refresh tokens go with the user (on delete cascade).
        m_admin->exec(QStringLiteral("delete from payments where campaign_id in (select c.id from "
                                     "campaigns c join owners o on o.id = c.owner_id where "
                                     "o.supabase_user_id = $1)"),
                      p);
        m_admin->exec(QStringLiteral("delete from analytics_events where campaign_id in (select "
                                     "c.id from campaigns c join owners o on o.id = c.owner_id "
                                     "where o.supabase_user_id = $1)"),
                      p);
        m_admin->exec(QStringLiteral("delete from conversations where campaign_id in (select c.id "
                                     "from campaigns c join owners o on o.id = c.owner_id where "
                                     "o.supabase_user_id = $1)"),
                      p);
        m_admin->exec(QStringLiteral("delete from campaigns where owner_id in (select id from "
                                     "owners where supabase_user_id = $1)"),
                      p);
        m_admin->exec(QStringLiteral("delete from owners where supabase_user_id = $1"), p);
        m_admin->exec(QStringLiteral("delete from auth.users where id = $1::uuid"), p);
    }
}

SandboxUsers::Account SandboxUsers::add(const QString& name, bool confirmed)
{
    Account a;
    a.email = QStringLiteral("%1-%2@test.limitless.local").arg(name, m_run);
    a.password = QStringLiteral("pw-%1-%2").arg(name, m_run);
    const auto user = m_admin->exec(
        QStringLiteral(
            "insert into auth.users (instance_id, aud, role, email, encrypted_password, "
            "email_confirmed_at, raw_app_meta_data, raw_user_meta_data) values "
            "('00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated', $1, "
            "crypt($2, gen_salt('bf', 4)), case when $3 then now() end, "
            "'{\"provider\":\"email\",\"providers\":[\"email\"]}', '{}') returning id::text"),
        {a.email, a.password, confirmed});
    REQUIRE(user.ok());
    a.userId = user.scalar().toString();
    m_userIds << a.userId;
    a.ownerId = QStringLiteral("owner-%1-%2").arg(name, m_run);
    const auto owner = m_admin->exec(
        QStringLiteral(
            "insert into owners (id, email, name, supabase_user_id) values ($1, $2, $3, $4)"),
        {a.ownerId, a.email, name, a.userId});
    REQUIRE(owner.ok());
    return a;
}

void SandboxUsers::addBusiness(Account& a)
{
    for (int i = 0; i < 2; ++i) {
        const QString code = QStringLiteral("%1-c%2").arg(a.ownerId).arg(i);
        const auto campaign = m_admin->exec(
            QStringLiteral("insert into campaigns (code, name, owner_id, platform) values ($1, $2, "
                           "$3, 'instagram') returning id"),
            {code, QStringLiteral("Campaign %1").arg(i), a.ownerId});
        REQUIRE(campaign.ok());
        const QString campaignId = campaign.scalar().toString();
        a.campaigns << campaignId;
        const QString conversationId = QStringLiteral("%1-v%2").arg(a.ownerId).arg(i);
        REQUIRE(m_admin
                    ->exec(QStringLiteral("insert into conversations (id, instagram_handle, "
                                          "campaign_id, campaign_code, current_stage) values ($1, "
                                          "$2, $3, $4, 'greeting')"),
                           {conversationId, QStringLiteral("@lead%1").arg(i), campaignId, code})
                    .ok());
        a.conversations << conversationId;
        const auto event = m_admin->exec(
            QStringLiteral(
                "insert into analytics_events (conversation_id, campaign_id, event_type) "
                "values ($1, $2, 'conversation_started') returning id"),
            {conversationId, campaignId});
        REQUIRE(event.ok());
        a.events << event.scalar().toString();
        const auto payment = m_admin->exec(
            QStringLiteral("insert into payments (conversation_id, campaign_id, instagram_handle, "
                           "email, stripe_session_id, plan, amount_monthly, payment_status) values "
                           "($1, $2, $3, $4, $5, 'pro', 9900, 'completed') returning id"),
            {conversationId, campaignId, QStringLiteral("@lead%1").arg(i),
             QStringLiteral("lead%1@example.com").arg(i),
             QStringLiteral("cs_test_%1_%2").arg(a.ownerId).arg(i)});
        REQUIRE(payment.ok());
        a.payments << payment.scalar().toString();
    }
}

} // namespace limitless::test
