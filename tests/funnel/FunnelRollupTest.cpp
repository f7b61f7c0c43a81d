// The funnel roll-ups (migrations 0011, 0012, 0014) stay exactly equal to a recount of
// analytics_events and payments: under concurrent writers on several connections, and after
// updates and deletes.
#include "FunnelFixture.h"
#include "RollupRecount.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

using namespace limitless;

namespace {

qint64 differences(db::PgConnection& c)
{
    return test::rollupDifferences(c);
}

qint64 paymentDifferences(db::PgConnection& c)
{
    return test::paymentRollupDifferences(c);
}

struct WriterOutcome {
    int failures = 0;
    int deadlocks = 0; // rolled back as a whole: a recount does not see them either
};

// `writers` threads, each on its own connection with its own generator (seed + index), run
// `operations` statements from `next`; failed statements and deadlock victims are counted.
WriterOutcome
runWriters(const QString& url, int writers, int operations, quint32 seed,
           const std::function<db::QueryResult(db::PgConnection&, QRandomGenerator&)>& next)
{
    std::atomic<int> failures{0};
    std::atomic<int> deadlocks{0};
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            db::DbError openError;
            auto conn = db::PgConnection::open(url, &openError);
            if (!conn) {
                ++failures;
                return;
            }
            QRandomGenerator rng(seed + quint32(w));
            for (int i = 0; i < operations; ++i) {
                const db::QueryResult r = next(*conn, rng);
                if (r.error.sqlState == QLatin1String("40P01")) {
                    ++deadlocks;
                } else if (!r.ok()) {
                    ++failures;
                    qWarning("writer: %s", qPrintable(r.error.toString()));
                }
            }
        });
    }
    for (std::thread& t : threads)
        t.join();
    return {failures.load(), deadlocks.load()};
}

const char* const kTypes[] = {"campaign_click", "conversation_started", "qualified",
                              "objection_raised", "payment_completed"};
const char* const kObjections[] = {"price", "timing", "trust"};

} // namespace

TEST_CASE("the roll-up equals a recount under concurrent inserts", "[funnel][db][rollup]")
{
    const QString url = test::createFunnelFixture(QStringLiteral("funnel_rollup"));
    auto admin = test::connect(url);
    REQUIRE(differences(*admin) == 0);

    constexpr int kWriters = 4;
    constexpr int kStatements = 150;
    const WriterOutcome outcome = runWriters(
        url, kWriters, kStatements, 1000, [](db::PgConnection& conn, QRandomGenerator& rng) {
            // 1–5 events per statement over few hours and campaigns, so writers keep hitting
            // the same roll-up rows (the case that needs ON CONFLICT to be exact).
            const int n = rng.bounded(1, 6);
            QStringList campaigns, types, data, times;
            for (int k = 0; k < n; ++k) {
                campaigns << QString::fromLatin1(rng.bounded(2) ? test::kCampaignA
                                                                : test::kCampaignB);
                types << QString::fromLatin1(kTypes[rng.bounded(5)]);
                data << QStringLiteral(R"({"objection_type":"%1"})")
                            .arg(QString::fromLatin1(kObjections[rng.bounded(3)]));
                times << QStringLiteral("2025-03-1%1 %2:%3")
                             .arg(rng.bounded(3))
                             .arg(22 + rng.bounded(2))
                             .arg(rng.bounded(60), 2, 10, QLatin1Char('0'));
            }
            return conn.exec(
                QStringLiteral("insert into analytics_events (campaign_id, event_type, "
                               "event_data, created_at) select * from unnest($1::text[], "
                               "$2::text[], $3::jsonb[], $4::timestamp[])"),
                {campaigns, types, data, times});
        });
    CHECK(outcome.failures == 0);
    CHECK(outcome.deadlocks == 0);
    const db::QueryResult total =
        admin->exec(QStringLiteral("select count(*) from analytics_events"));
    CHECK(total.scalar().toLongLong() > 22 + kWriters * kStatements);
    CHECK(differences(*admin) == 0);

    SECTION("updates and deletes keep it exact")
    {
        auto run = [&](const char* sql) {
            const db::QueryResult r = admin->exec(QString::fromLatin1(sql));
            INFO(r.error.toString().toStdString());
            REQUIRE(r.ok());
        };
        run("update analytics_events set created_at = created_at + interval '1 hour' "
            "where event_type = 'qualified'");
        run("update analytics_events set event_data = '{\"objection_type\":\"other\"}' "
            "where event_type = 'objection_raised' and created_at::date = '2025-03-11'");
        run("update analytics_events set campaign_id = 'fx-camp-p' where event_type = "
            "'campaign_click' and created_at < '2025-03-11'");
        run("delete from analytics_events where event_type = 'payment_completed' and "
            "created_at::date = '2025-03-12'");
        CHECK(differences(*admin) == 0);
        run("select limitless.limitless_analytics_rebuild()");
        CHECK(differences(*admin) == 0);
    }
}

TEST_CASE("the payments roll-up equals a recount under concurrent writers", "[funnel][db][rollup]")
{
    const QString url = test::createFunnelFixture(QStringLiteral("funnel_payments_rollup"));
    auto admin = test::connect(url);
    REQUIRE(paymentDifferences(*admin) == 0);

    // Few conversations and minutes, so that writers keep meeting on the same conversation
    // (whose first payment decides the link stage) and on the same roll-up rows.
    struct Lead {
        const char* conversation;
        const char* campaign;
    };
    const Lead leads[] = {{"a1", test::kCampaignA},
                          {"a2", test::kCampaignA},
                          {"b1", test::kCampaignB},
                          {"p1", test::kCampaignP}};
    constexpr int kWriters = 4;
    constexpr int kOperations = 150;
    const WriterOutcome outcome = runWriters(
        url, kWriters, kOperations, 2000, [&](db::PgConnection& conn, QRandomGenerator& rng) {
            auto time = [&] {
                return QStringLiteral("2025-03-1%1 23:%2")
                    .arg(rng.bounded(3))
                    .arg(rng.bounded(60), 2, 10, QLatin1Char('0'));
            };
            const Lead& lead = leads[rng.bounded(4)];
            const QString conversation = QString::fromLatin1(lead.conversation);
            db::QueryResult r;
            switch (rng.bounded(6)) {
            case 0:
            case 1: { // a new checkout session, sometimes completed at once
                const bool completed = rng.bounded(2);
                r = conn.exec(
                    QStringLiteral(
                        "insert into payments (conversation_id, campaign_id, "
                        "instagram_handle, email, stripe_session_id, plan, amount_monthly, "
                        "amount_onetime, currency, payment_status, created_at, completed_at) "
                        "values ($1, $2, 'h', 'e@example.com', gen_random_uuid()::text, "
                        "'option1', $3, $4, $5, $6, $7::timestamp, "
                        "case when $6 = 'completed' then $7::timestamp end)"),
                    {conversation, QString::fromLatin1(lead.campaign), rng.bounded(1, 500) * 100,
                     rng.bounded(2) ? QVariant(rng.bounded(1, 50) * 1000) : QVariant(),
                     rng.bounded(2) ? QStringLiteral("usd") : QStringLiteral("eur"),
                     completed ? QStringLiteral("completed") : QStringLiteral("pending"), time()});
                break;
            }
            case 2: // the link flag changes
                r = conn.exec(QStringLiteral("update conversations set payment_link_sent = "
                                             "not payment_link_sent where id = $1"),
                              {conversation});
                break;
            case 3: // a payment completes (or its completion time is corrected)
                r = conn.exec(
                    QStringLiteral("update payments set payment_status = 'completed', "
                                   "completed_at = $2::timestamp where id = (select id from "
                                   "payments where conversation_id = $1 order by random() "
                                   "limit 1)"),
                    {conversation, time()});
                break;
            case 4: // a payment's creation time moves (changes which one is first)
                r = conn.exec(QStringLiteral("update payments set created_at = "
                                             "$2::timestamp where id = (select id from "
                                             "payments where conversation_id = $1 order by "
                                             "random() limit 1)"),
                              {conversation, time()});
                break;
            default: // refunded and removed
                r = conn.exec(QStringLiteral("delete from payments where id = (select id "
                                             "from payments where conversation_id = $1 "
                                             "order by random() limit 1)"),
                              {conversation});
                break;
            }
            return r;
        });
    CHECK(outcome.failures == 0);
    CHECK(outcome.deadlocks == 0);
    const db::QueryResult total = admin->exec(QStringLiteral(
        "select count(*) filter (where payment_status = 'completed'), count(*) from payments"));
    REQUIRE(total.ok());
    CHECK(total.value(0, 0).toLongLong() > 10);
    CHECK(paymentDifferences(*admin) == 0);

    const db::QueryResult rebuilt =
        admin->exec(QStringLiteral("select limitless.limitless_analytics_rebuild()"));
    REQUIRE(rebuilt.ok());
    CHECK(paymentDifferences(*admin) == 0);
}
