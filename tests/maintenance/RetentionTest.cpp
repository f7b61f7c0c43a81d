// Data retention (app/maintenance) on the test cluster: the dry run's counts on the large demo
// business against counts written independently here, archive → delete → restore row for row,
// an apply cancelled mid-way and resumed ending exactly as an uninterrupted one, payments
// untouched, the funnel's roll-ups equal to a recount throughout, and the owner scoping under
// a signed-in owner's claims.
#include "DemoDatabase.h"
#include "RollupRecount.h"
#include "TestDatabase.h"

#include "analytics/FunnelQuery.h"
#include "db/Claims.h"
#include "db/PgConnection.h"
#include "demo/DemoLoader.h"
#include "maintenance/ArchiveReader.h"
#include "maintenance/RetentionJournal.h"
#include "maintenance/RetentionPlanner.h"
#include "maintenance/RetentionRunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

#include <atomic>

using namespace limitless;
using maintenance::RetentionCounts;
using maintenance::RetentionOutcome;
using maintenance::RetentionPolicy;
using maintenance::RetentionRunner;

namespace {

void require(const db::QueryResult& r)
{
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
}

QDateTime demoNow()
{
    return QDateTime::fromMSecsSinceEpoch(test::kDemoNowMsecs, QTimeZone::utc());
}

QString ownerOf(db::PgConnection& c)
{
    const db::QueryResult r = c.exec(QStringLiteral("select id from owners order by id limit 1"));
    require(r);
    return r.scalar().toString();
}

// A policy that catches part of every table of the 90-day demo: finished more than 30 days
// before its "now", events older than 45 days, conversations silent for 60 days.
RetentionPolicy partialPolicy(int batchSize)
{
    RetentionPolicy p;
    p.asOf = demoNow();
    p.checkpointDays = 30;
    p.eventDays = 45;
    p.inactiveDays = 60;
    p.batchSize = batchSize;
    return p;
}

// Every row of the tables a run touches, one md5 per table (row_to_json in key order).
QStringList fingerprint(db::PgConnection& c)
{
    const db::QueryResult r = c.exec(QStringLiteral(R"SQL(
select (select md5(coalesce(string_agg(row_to_json(t)::text, E'\n' order by id), '')) from conversations t),
       (select md5(coalesce(string_agg(row_to_json(t)::text, E'\n' order by id), '')) from analytics_events t),
       (select md5(coalesce(string_agg(row_to_json(t)::text, E'\n' order by thread_id, checkpoint_ns, checkpoint_id), ''))
          from checkpoints t),
       (select md5(coalesce(string_agg(row_to_json(t)::text, E'\n' order by thread_id, checkpoint_ns, channel, version), ''))
          from checkpoint_blobs t),
       (select md5(coalesce(string_agg(row_to_json(t)::text, E'\n' order by thread_id, checkpoint_ns, checkpoint_id, task_id, idx), ''))
          from checkpoint_writes t),
       (select md5(coalesce(string_agg(row_to_json(t)::text, E'\n' order by id), '')) from payments t),
       (select count(*) from conversations)::text, (select count(*) from analytics_events)::text,
       (select count(*) from checkpoints)::text
)SQL"));
    require(r);
    QStringList out;
    for (const QVariant& v : r.rows.value(0))
        out << v.toString();
    return out;
}

qint64 differences(db::PgConnection& c)
{
    return test::rollupDifferences(c);
}

qint64 paymentDifferences(db::PgConnection& c)
{
    return test::paymentRollupDifferences(c);
}

// The Funnel page's data-quality columns (funnel_campaigns.sql): per campaign, the stored
// counters and the events counted over all time, archived ones included.
QStringList dataQuality(db::PgConnection& c)
{
    const db::QueryResult r =
        c.exec(analytics::FunnelQuery::sql(QStringLiteral("funnel_campaigns")));
    require(r);
    QStringList out;
    for (int row = 0; row < r.rowCount(); ++row) {
        QStringList cells;
        for (int k = 1; k < 12; ++k)
            cells << r.value(row, k).toString();
        out << cells.join(QLatin1Char(' '));
    }
    return out;
}

// Events retention moved to archives, per analytics_campaign_totals.archived (additions/0012).
qint64 archivedEvents(db::PgConnection& c)
{
    const db::QueryResult r = c.exec(QStringLiteral(
        "select coalesce(sum(archived), 0) from limitless.analytics_campaign_totals"));
    require(r);
    return r.scalar().toLongLong();
}

// Events of `policy` that have a campaign (the only ones the data-quality check counts).
qint64 eventsWithCampaign(db::PgConnection& c, const RetentionPolicy& policy)
{
    const db::QueryResult r = c.exec(QStringLiteral(R"SQL(
with gone as (select id from conversations where last_message_at < $2::timestamp
              and id not in (select conversation_id from payments where conversation_id is not null))
select count(*) from analytics_events
where campaign_id is not null
  and (created_at < $1::timestamp or conversation_id in (select id from gone))
)SQL"),
                                     {RetentionPolicy::sqlTime(policy.eventCutoff()),
                                      RetentionPolicy::sqlTime(policy.inactiveCutoff())});
    require(r);
    return r.scalar().toLongLong();
}

// The counts of `policy` written independently of retention_plan.sql (one owner per test
// database, so no owner scoping here).
RetentionCounts expectedCounts(db::PgConnection& c, const RetentionPolicy& policy)
{
    const db::QueryResult r = c.exec(QStringLiteral(R"SQL(
with paid as (select distinct conversation_id as id from payments),
gone as (select id from conversations where last_message_at < $3::timestamp
         and id not in (select id from paid)),
threads as (select id from conversations
            where (completed_at < $1::timestamp and current_stage in ('complete', 'nurture'))
               or id in (select id from gone))
select (select count(*) from gone),
       (select count(*) from conversations where last_message_at < $3::timestamp
          and id in (select id from paid)),
       (select count(*) from analytics_events where created_at < $2::timestamp
          or conversation_id in (select id from gone)),
       (select count(*) from threads),
       (select count(*) from checkpoints where thread_id in (select id from threads)),
       (select count(*) from checkpoint_blobs where thread_id in (select id from threads)),
       (select count(*) from checkpoint_writes where thread_id in (select id from threads))
)SQL"),
                                     {RetentionPolicy::sqlTime(policy.checkpointCutoff()),
                                      RetentionPolicy::sqlTime(policy.eventCutoff()),
                                      RetentionPolicy::sqlTime(policy.inactiveCutoff())});
    require(r);
    RetentionCounts e;
    e.conversations = r.value(0, 0).toLongLong();
    e.conversationsKeptPaid = r.value(0, 1).toLongLong();
    e.analyticsEvents = r.value(0, 2).toLongLong();
    e.threads = r.value(0, 3).toLongLong();
    e.checkpoints = r.value(0, 4).toLongLong();
    e.checkpointBlobs = r.value(0, 5).toLongLong();
    e.checkpointWrites = r.value(0, 6).toLongLong();
    return e;
}

void requireEqual(const RetentionCounts& a, const RetentionCounts& b)
{
    CHECK(a.conversations == b.conversations);
    CHECK(a.conversationsKeptPaid == b.conversationsKeptPaid);
    CHECK(a.analyticsEvents == b.analyticsEvents);
    CHECK(a.threads == b.threads);
    CHECK(a.checkpoints == b.checkpoints);
    CHECK(a.checkpointBlobs == b.checkpointBlobs);
    CHECK(a.checkpointWrites == b.checkpointWrites);
}

// The small demo in a database of its own, plus a pending write on one thread that goes
// (the demo writes none, and checkpoint_writes is archived too).
QString smallDemo(const QString& name)
{
    const QString url = test::bootstrapDatabase(name, true);
    auto conn = test::connect(url);
    demo::DemoOptions options;
    options.seed = test::kDemoSeed;
    options.nowMsecs = test::kDemoNowMsecs;
    demo::DemoLoader::Report report;
    const db::DbError e = demo::DemoLoader(*conn).load(options, false, &report);
    INFO(e.toString().toStdString());
    REQUIRE_FALSE(e.isError());
    require(conn->exec(QStringLiteral(R"SQL(
insert into checkpoint_writes (thread_id, checkpoint_ns, checkpoint_id, task_id, idx, channel, type, blob)
select c.thread_id, c.checkpoint_ns, c.checkpoint_id, 'task-1', 0, 'messages', 'json', '\x5b5d'::bytea
from checkpoints c join conversations v on v.id = c.thread_id
where v.current_stage in ('complete', 'nurture') and v.completed_at < $1::timestamp
order by c.thread_id, c.checkpoint_id limit 1
)SQL"),
                       {RetentionPolicy::sqlTime(partialPolicy(1).checkpointCutoff())}));
    return url;
}

} // namespace

TEST_CASE("the dry run counts the large demo business per table", "[maintenance][db][large]")
{
    const QString url = test::bootstrapDatabase(QStringLiteral("maintenance_large"), true);
    auto conn = test::connect(url);
    demo::DemoOptions options;
    options.scale = demo::Scale::Large;
    options.seed = test::kDemoSeed;
    options.nowMsecs = test::kDemoNowMsecs;
    demo::DemoLoader::Report report;
    const db::DbError e = demo::DemoLoader(*conn).load(options, false, &report);
    INFO(e.toString().toStdString());
    REQUIRE_FALSE(e.isError());
    REQUIRE(report.events == 1000000);
    const QString owner = ownerOf(*conn);

    for (const RetentionPolicy& policy :
         {partialPolicy(2000), [] {
              RetentionPolicy p; // the seed's policy, a year after the demo's "now"
              p.asOf = demoNow().addDays(320);
              return p;
          }()}) {
        QElapsedTimer timer;
        timer.start();
        RetentionCounts counts;
        const db::DbError pe = maintenance::RetentionPlanner(*conn, owner).plan(policy, &counts);
        INFO(pe.toString().toStdString());
        REQUIRE_FALSE(pe.isError());
        WARN("dry run on the large demo: " << timer.elapsed() << " ms, " << counts.total()
                                           << " rows");
        requireEqual(counts, expectedCounts(*conn, policy));
        CHECK(counts.conversations > 0);
        CHECK(counts.conversations < report.conversations);
        CHECK(counts.analyticsEvents > 0);
        CHECK(counts.analyticsEvents < report.events);
        CHECK(counts.checkpoints > 0);
        CHECK(counts.conversationsKeptPaid > 0);
    }
    // Another owner sees nothing of it.
    RetentionCounts none;
    REQUIRE_FALSE(maintenance::RetentionPlanner(*conn, QStringLiteral("no-such-owner"))
                      .plan(partialPolicy(2000), &none)
                      .isError());
    CHECK(none.total() == 0);
    conn.reset();
    test::freshDatabase(QStringLiteral("maintenance_large")); // 1 GB less on the test cluster
}

TEST_CASE("archive, delete and restore round-trip row for row", "[maintenance][db]")
{
    const QString url = smallDemo(QStringLiteral("maintenance_roundtrip"));
    auto conn = test::connect(url);
    const QString owner = ownerOf(*conn);
    const QStringList before = fingerprint(*conn);
    const RetentionPolicy policy = partialPolicy(37);
    RetentionCounts planned;
    REQUIRE_FALSE(maintenance::RetentionPlanner(*conn, owner).plan(policy, &planned).isError());
    requireEqual(planned, expectedCounts(*conn, policy));
    REQUIRE(planned.conversations > 0);
    REQUIRE(planned.analyticsEvents > 0);
    REQUIRE(planned.checkpointWrites == 1);
    REQUIRE(planned.conversationsKeptPaid > 0);
    const QStringList qualityBefore = dataQuality(*conn);
    const qint64 withCampaign = eventsWithCampaign(*conn, policy);
    REQUIRE(withCampaign > 0);
    REQUIRE(archivedEvents(*conn) == 0);

    QTemporaryDir dir;
    RetentionRunner runner(*conn, owner);
    RetentionOutcome applied;
    QString error;
    REQUIRE(runner.apply(policy, dir.path(), &applied, &error));
    INFO(error.toStdString());
    REQUIRE_FALSE(applied.cancelled);
    CHECK_FALSE(applied.resumed);
    for (const QString& table : maintenance::retentionTables()) {
        INFO(table.toStdString());
        CHECK(applied.archived.value(table) == planned.forTable(table));
        CHECK(applied.changed.value(table) == planned.forTable(table));
    }
    CHECK(applied.keptPaid == planned.conversationsKeptPaid);

    const QStringList after = fingerprint(*conn);
    CHECK(after[5] == before[5]); // payments untouched
    CHECK(after[0] != before[0]);
    CHECK(after[6].toLongLong() == before[6].toLongLong() - planned.conversations);
    CHECK(after[7].toLongLong() == before[7].toLongLong() - planned.analyticsEvents);
    CHECK(differences(*conn) == 0);
    CHECK(paymentDifferences(*conn) == 0);
    // The archived events still count against the campaigns' all-time counters: the Funnel
    // page's data-quality line reads exactly as before.
    CHECK(archivedEvents(*conn) == withCampaign);
    CHECK(dataQuality(*conn) == qualityBefore);
    // Nothing is left to do, and the archive checks out against its manifest.
    RetentionCounts left;
    REQUIRE_FALSE(maintenance::RetentionPlanner(*conn, owner).plan(policy, &left).isError());
    CHECK(left.total() == 0);
    maintenance::ArchiveReader reader(applied.archivePath);
    REQUIRE(reader.open());
    CHECK(reader.verify());
    CHECK(reader.ownerId() == owner);
    CHECK(RetentionRunner::archives(dir.path(), owner).size() == 1);
    CHECK(RetentionRunner::archives(dir.path(), QStringLiteral("someone-else")).isEmpty());

    RetentionOutcome restored;
    REQUIRE(runner.restore(applied.archivePath, &restored, &error));
    for (const QString& table : maintenance::retentionTables())
        CHECK(restored.changed.value(table) == planned.forTable(table));
    CHECK(fingerprint(*conn) == before);
    CHECK(differences(*conn) == 0);
    CHECK(paymentDifferences(*conn) == 0);
    CHECK(archivedEvents(*conn) == 0);
    CHECK(dataQuality(*conn) == qualityBefore);

    // Again: everything is there already, nothing changes.
    RetentionOutcome again;
    REQUIRE(runner.restore(applied.archivePath, &again, &error));
    for (const QString& table : maintenance::retentionTables())
        CHECK(again.changed.value(table) == 0);
    CHECK(fingerprint(*conn) == before);

    // A damaged archive is refused before anything is written.
    const QString damaged = dir.filePath(QStringLiteral("damaged.zip"));
    QFile::copy(applied.archivePath, damaged);
    {
        QFile f(damaged);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 3);
        f.write("garbage!");
    }
    RetentionOutcome refused;
    CHECK_FALSE(runner.restore(damaged, &refused, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("an apply cancelled mid-way resumes to the uninterrupted result", "[maintenance][db]")
{
    const QString urlA = smallDemo(QStringLiteral("maintenance_whole"));
    const QString urlB = smallDemo(QStringLiteral("maintenance_interrupted"));
    auto a = test::connect(urlA);
    auto b = test::connect(urlB);
    const QString owner = ownerOf(*a);
    REQUIRE(ownerOf(*b) == owner);
    REQUIRE(fingerprint(*a) == fingerprint(*b));
    const RetentionPolicy policy = partialPolicy(25);

    QTemporaryDir dirA;
    RetentionOutcome whole;
    QString error;
    REQUIRE(RetentionRunner(*a, owner).apply(policy, dirA.path(), &whole, &error));

    QTemporaryDir dirB;
    std::atomic_bool cancel{false};
    RetentionRunner runner(*b, owner);
    runner.setCancelFlag(&cancel);
    runner.setProgress([&](const maintenance::RetentionProgress& p) {
        if (p.phase == QLatin1String("deleting") && p.batches == 5)
            cancel = true; // after the fifth committed batch
    });
    RetentionOutcome first;
    REQUIRE(runner.apply(policy, dirB.path(), &first, &error));
    INFO(error.toStdString());
    REQUIRE(first.cancelled);
    const QString journalPath = RetentionRunner::pendingJournal(dirB.path(), owner);
    REQUIRE(journalPath == maintenance::RetentionJournal::pathFor(first.archivePath));
    maintenance::RetentionJournal journal;
    REQUIRE(maintenance::RetentionJournal::load(journalPath, &journal, &error));
    CHECK(journal.phase == maintenance::RetentionJournal::Phase::Deleting);
    int batches = 0;
    for (const int n : journal.batchesDone)
        batches += n;
    CHECK(batches == 5);
    CHECK(fingerprint(*b) != fingerprint(*a)); // part of it is done
    CHECK(differences(*b) == 0);

    // The resume names no policy of its own: the journal's is used.
    cancel = false;
    runner.setProgress({});
    RetentionOutcome resumed;
    RetentionPolicy other = partialPolicy(1000);
    other.eventDays = 1;
    REQUIRE(runner.apply(other, dirB.path(), &resumed, &error));
    CHECK(resumed.resumed);
    CHECK_FALSE(resumed.cancelled);
    CHECK(resumed.archivePath == first.archivePath);
    CHECK(resumed.changed == whole.changed);
    CHECK(fingerprint(*b) == fingerprint(*a));
    CHECK(differences(*b) == 0);
    CHECK(paymentDifferences(*b) == 0);
    CHECK(RetentionRunner::pendingJournal(dirB.path(), owner).isEmpty());

    // An apply cancelled while archiving deletes nothing and starts its archive over.
    const QString urlC = smallDemo(QStringLiteral("maintenance_early"));
    auto c = test::connect(urlC);
    const QStringList untouched = fingerprint(*c);
    QTemporaryDir dirC;
    RetentionRunner early(*c, owner);
    std::atomic_bool stop{false};
    early.setCancelFlag(&stop);
    early.setProgress([&](const maintenance::RetentionProgress& p) {
        if (p.table == QLatin1String("checkpoint_blobs"))
            stop = true;
    });
    RetentionOutcome cut;
    REQUIRE(early.apply(policy, dirC.path(), &cut, &error));
    CHECK(cut.cancelled);
    CHECK(fingerprint(*c) == untouched);
    CHECK_FALSE(QFile::exists(cut.archivePath));
    stop = false;
    early.setProgress({});
    RetentionOutcome finished;
    REQUIRE(early.apply(policy, dirC.path(), &finished, &error));
    CHECK(finished.resumed);
    CHECK(fingerprint(*c) == fingerprint(*a));
}

TEST_CASE("a signed-in owner's session reaches only its own rows", "[maintenance][db][rls]")
{
    const QString name = QStringLiteral("maintenance_claims");
    const QString url = smallDemo(name);
    auto admin = test::connect(url);
    const QString owner = ownerOf(*admin);
    const db::QueryResult sub =
        admin->exec(QStringLiteral("select supabase_user_id from owners where id = $1"), {owner});
    require(sub);
    const auto claimsFor = [](const QString& s) {
        return QJsonDocument(QJsonObject{{QStringLiteral("sub"), s},
                                         {QStringLiteral("role"), QStringLiteral("authenticated")}})
            .toJson(QJsonDocument::Compact);
    };
    QUrl appUrl(test::appUrl());
    appUrl.setPath(QStringLiteral("/") + name);
    auto app = test::connect(appUrl.toString());
    const RetentionPolicy policy = partialPolicy(50);
    const QStringList before = fingerprint(*admin);

    RetentionCounts asOwner;
    REQUIRE_FALSE(maintenance::RetentionPlanner(*app, owner, claimsFor(sub.scalar().toString()))
                      .plan(policy, &asOwner)
                      .isError());
    requireEqual(asOwner, expectedCounts(*admin, policy));

    // A stranger's session, even naming this owner, counts and deletes nothing.
    const QByteArray stranger = claimsFor(QStringLiteral("00000000-0000-0000-0000-000000000001"));
    RetentionCounts strangers;
    REQUIRE_FALSE(
        maintenance::RetentionPlanner(*app, owner, stranger).plan(policy, &strangers).isError());
    CHECK(strangers.total() == 0);
    QTemporaryDir dir;
    QString error;
    RetentionOutcome o;
    REQUIRE(RetentionRunner(*app, owner, stranger).apply(policy, dir.path(), &o, &error));
    CHECK(fingerprint(*admin) == before);
    CHECK(archivedEvents(*admin) == 0);

    // The owner's own session applies and restores like the maintenance role, and records the
    // archived events in the campaign totals (the column its update policy allows).
    const QStringList qualityBefore = dataQuality(*admin);
    const qint64 withCampaign = eventsWithCampaign(*admin, policy);
    REQUIRE(withCampaign > 0);
    RetentionRunner runner(*app, owner, claimsFor(sub.scalar().toString()));
    QTemporaryDir dir2;
    RetentionOutcome applied;
    REQUIRE(runner.apply(policy, dir2.path(), &applied, &error));
    INFO(error.toStdString());
    for (const QString& table : maintenance::retentionTables())
        CHECK(applied.changed.value(table) == asOwner.forTable(table));
    CHECK(fingerprint(*admin)[5] == before[5]);
    CHECK(archivedEvents(*admin) == withCampaign);
    CHECK(dataQuality(*admin) == qualityBefore);
    RetentionOutcome restored;
    REQUIRE(runner.restore(applied.archivePath, &restored, &error));
    CHECK(fingerprint(*admin) == before);
    CHECK(differences(*admin) == 0);
    CHECK(archivedEvents(*admin) == 0);
    CHECK(dataQuality(*admin) == qualityBefore);
}
