#include "FunnelFixture.h"

#include "MigrationFolder.h"
#include "TestDatabase.h"
#include "db/Migrator.h"

#include <catch2/catch.hpp>

namespace limitless::test {

namespace {

void run(db::PgConnection& c, const QString& sql)
{
    const db::QueryResult r = c.execScript(sql);
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
}

} // namespace

QString createFunnelFixture(const QString& name, bool additions)
{
    const QString url = freshDatabase(name);
    auto c = connect(url);
    {
        MigrationFolder none(QStringLiteral("additions"));
        none.keepFirst(0);
        const db::DbError e =
            additions ? db::Migrator(*c).migrate()
                      : db::Migrator(*c, db::MigrationSet::builtinSeed(), none.load()).migrate();
        INFO(e.toString().toStdString());
        REQUIRE_FALSE(e.isError());
    }
    // Times are UTC. Berlin is UTC+1 in March 2025 (summer time starts on the 30th), Kolkata
    // UTC+05:30: the events at 23:30–23:45 UTC on the 10th belong to the 11th in both zones.
    run(*c, QStringLiteral(R"SQL(
insert into owners (id, email, name, supabase_user_id)
  values ('owner-001', 'owner@example.com', 'Owner', '00000000-0000-0000-0000-000000000001');
insert into campaigns (id, code, name, owner_id, platform, total_clicks, total_conversations,
                       total_qualified, total_conversions) values
  ('fx-camp-a', 'AAA', 'Alpha', 'owner-001', 'instagram', 4, 3, 2, 1),
  ('fx-camp-b', 'BBB', 'Bravo', 'owner-001', 'facebook', 5, 1, 1, 0),
  ('fx-camp-p', 'PPP', 'Playground', 'owner-001', 'playground', 1, 1, 1, 0);
insert into conversations (id, instagram_handle, campaign_id, campaign_code, current_stage,
                           qualified, pitch_delivered, payment_link_sent, payment_completed,
                           created_at) values
  ('a1', 'lead_a1', 'fx-camp-a', 'AAA', 'complete', true, true, true, true, '2025-03-10 10:05'),
  ('a2', 'lead_a2', 'fx-camp-a', 'AAA', 'objection_handling', true, false, false, false,
   '2025-03-10 23:35'),
  ('a3', 'lead_a3', 'fx-camp-a', 'AAA', 'greeting', false, false, false, false,
   '2025-03-11 09:05'),
  ('b1', 'lead_b1', 'fx-camp-b', 'BBB', 'close', true, true, true, false, '2025-03-11 08:05'),
  ('p1', 'lead_p1', 'fx-camp-p', 'PPP', 'qualification', true, false, false, false,
   '2025-03-11 12:00');
insert into analytics_events (conversation_id, campaign_id, event_type, event_data, created_at)
values
  (null, 'fx-camp-a', 'campaign_click', null, '2025-03-10 10:00'),
  (null, 'fx-camp-a', 'campaign_click', null, '2025-03-10 23:30'),
  (null, 'fx-camp-a', 'campaign_click', null, '2025-03-11 09:00'),
  (null, 'fx-camp-a', 'campaign_click', null, '2025-03-12 12:00'),
  ('a1', 'fx-camp-a', 'conversation_started', '{}', '2025-03-10 10:05'),
  ('a1', 'fx-camp-a', 'qualified', '{"score":0.8}', '2025-03-10 10:10'),
  ('a1', 'fx-camp-a', 'pitch_delivered', '{"pitch_type":"warm"}', '2025-03-10 10:20'),
  ('a1', 'fx-camp-a', 'objection_raised', '{"objection_type":"price"}', '2025-03-10 10:25'),
  ('a1', 'fx-camp-a', 'payment_completed', '{"amount":69700}', '2025-03-10 10:40'),
  ('a2', 'fx-camp-a', 'conversation_started', '{}', '2025-03-10 23:35'),
  ('a2', 'fx-camp-a', 'qualified', '{"score":0.7}', '2025-03-10 23:40'),
  ('a2', 'fx-camp-a', 'objection_raised', '{"objection_type":"timing"}', '2025-03-10 23:45'),
  ('a3', 'fx-camp-a', 'conversation_started', '{}', '2025-03-11 09:05'),
  (null, 'fx-camp-b', 'campaign_click', null, '2025-03-11 08:00'),
  (null, 'fx-camp-b', 'campaign_click', null, '2025-03-11 08:01'),
  ('b1', 'fx-camp-b', 'conversation_started', '{}', '2025-03-11 08:05'),
  ('b1', 'fx-camp-b', 'qualified', '{"score":0.9}', '2025-03-11 08:10'),
  ('b1', 'fx-camp-b', 'pitch_delivered', '{"pitch_type":"cold"}', '2025-03-11 08:20'),
  ('b1', 'fx-camp-b', 'objection_raised', '{"objection_type":"price"}', '2025-03-11 08:25'),
  (null, 'fx-camp-p', 'campaign_click', null, '2025-03-11 11:59'),
  ('p1', 'fx-camp-p', 'conversation_started', '{}', '2025-03-11 12:00'),
  ('p1', 'fx-camp-p', 'qualified', '{}', '2025-03-11 12:05');
insert into payments (conversation_id, campaign_id, instagram_handle, email, stripe_session_id,
                      plan, amount_monthly, amount_onetime, payment_status, created_at,
                      completed_at) values
  ('a1', 'fx-camp-a', 'lead_a1', 'a1@example.com', 'cs_a1', 'option1', 19700, 50000,
   'completed', '2025-03-10 10:30', '2025-03-10 10:40'),
  ('b1', 'fx-camp-b', 'lead_b1', 'b1@example.com', 'cs_b1', 'option2', 29700, null,
   'pending', '2025-03-11 08:30', null),
  ('b1', 'fx-camp-b', 'lead_b1', 'b1@example.com', 'cs_b1_retry', 'option2', 29700, null,
   'pending', '2025-03-11 08:50', null);
)SQL"));
    return url;
}

} // namespace limitless::test
