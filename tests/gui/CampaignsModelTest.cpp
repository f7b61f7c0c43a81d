// CampaignsModel and its helpers against the test cluster: loading under row-level security,
// live changes pushed by NOTIFY from another connection and merged in place, debouncing,
// sorting and filtering through the proxy.
#include "CampaignsModel.h"
#include "CampaignsFilterModel.h"
#include "GuiTestSupport.h"
#include "ModelRoles.h"
#include "MigrationFolder.h"
#include "TableChangeWatcher.h"
#include "TestDatabase.h"

#include "db/Migrator.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace limitless;
using models::CampaignsModel;

namespace {

QModelIndex indexFor(const CampaignsModel& model, const QString& id, int column)
{
    return model.index(model.rowForId(id), column);
}

bool waitForLoad(CampaignsModel& model)
{
    return QTest::qWaitFor([&] { return model.isLoaded() && !model.isLoading(); }, 10000);
}

} // namespace

TEST_CASE("TableChangeWatcher folds a burst of notifications into one change", "[model]")
{
    db::Database db; // never opened: the signals are driven by hand
    models::TableChangeWatcher watcher(&db, {QStringLiteral("campaigns")});
    QSignalSpy changed(&watcher, &models::TableChangeWatcher::changed);
    REQUIRE(watcher.debounceInterval() <= 250);

    const QString channel = QString::fromLatin1(models::TableChangeWatcher::Channel);
    for (int i = 0; i < 20; ++i)
        emit db.notification(channel, QStringLiteral(R"({"table":"campaigns","op":"UPDATE"})"));
    emit db.notification(channel, QStringLiteral(R"({"table":"payments","op":"INSERT"})"));
    emit db.notification(QStringLiteral("other"), QStringLiteral(R"({"table":"campaigns"})"));
    REQUIRE(changed.wait(1000));
    QTest::qWait(watcher.debounceInterval() + 100);
    CHECK(changed.count() == 1);

    // Other tables and other channels do not concern the campaigns.
    emit db.notification(channel, QStringLiteral(R"({"table":"payments","op":"INSERT"})"));
    emit db.notification(QStringLiteral("other"), QStringLiteral(R"({"table":"campaigns"})"));
    QTest::qWait(watcher.debounceInterval() + 100);
    CHECK(changed.count() == 1);

    // An unreadable payload may concern us: better one needless re-query than a stale page.
    emit db.notification(channel, QStringLiteral("not json"));
    REQUIRE(changed.wait(1000));
}

TEST_CASE("CampaignsModel shows the owner's campaigns, formatted and sortable", "[model][db]")
{
    test::CampaignRows rows({QStringLiteral("TM-LOAD-A"), QStringLiteral("TM-LOAD-B"),
                             QStringLiteral("TM-LOAD-C"), QStringLiteral("TM-FOREIGN")});
    const QString a = rows.insert({QStringLiteral("TM-LOAD-A"), QStringLiteral("Reels, January"),
                                   QStringLiteral("instagram"), true, 40, 12, 6, 10, 3,
                                   QStringLiteral("Short reels with the code in the caption")});
    const QString b = rows.insert({QStringLiteral("TM-LOAD-B"), QStringLiteral("Shorts"),
                                   QStringLiteral("youtube"), false, 1200, 30, 9, 3, 2});
    const QString c = rows.insert({QStringLiteral("TM-LOAD-C"), QStringLiteral("Fresh, no clicks"),
                                   QString(), true, 0, 0, 0, 0, 1});
    // A campaign of another owner: row-level security must keep it out.
    rows.exec(QStringLiteral(
        "insert into owners (id, email, name, supabase_user_id) values "
        "('tm-foreign-owner', 'foreign@example.com', 'Foreign', gen_random_uuid()::text) "
        "on conflict (id) do nothing"));
    const QString foreign = rows.insert({QStringLiteral("TM-FOREIGN"), QStringLiteral("Not yours"),
                                         QStringLiteral("facebook"), true, 5, 1, 0, 0, 0},
                                        QStringLiteral("tm-foreign-owner"));

    db::Database db;
    test::openAsOwner(db);
    CampaignsModel model(&db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.refresh();
    REQUIRE(waitForLoad(model));
    REQUIRE_FALSE(model.lastError().isError());

    REQUIRE(model.rowForId(a) >= 0);
    REQUIRE(model.rowForId(b) >= 0);
    REQUIRE(model.rowForId(c) >= 0);
    CHECK(model.rowForId(foreign) < 0);
    CHECK(model.columnCount() == CampaignsModel::ColumnCount);

    const QLocale locale;
    CHECK(indexFor(model, a, CampaignsModel::CodeColumn).data() == QStringLiteral("TM-LOAD-A"));
    CHECK(indexFor(model, a, CampaignsModel::NameColumn).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Short reels with the code in the caption"));
    CHECK(indexFor(model, a, CampaignsModel::PlatformColumn).data() == QStringLiteral("Instagram"));
    CHECK(indexFor(model, b, CampaignsModel::PlatformColumn).data() == QStringLiteral("YouTube"));
    CHECK(indexFor(model, a, CampaignsModel::ActiveColumn).data() == QStringLiteral("Active"));
    CHECK(indexFor(model, b, CampaignsModel::ActiveColumn).data() == QStringLiteral("Paused"));
    CHECK(indexFor(model, b, CampaignsModel::ClicksColumn).data() == locale.toString(1200));
    CHECK(indexFor(model, a, CampaignsModel::ConversionRateColumn).data() ==
          QStringLiteral("%1%").arg(locale.toString(25.0, 'f', 1)));
    CHECK(indexFor(model, b, CampaignsModel::ConversionRateColumn).data() ==
          QStringLiteral("%1%").arg(locale.toString(0.25, 'f', 1)));
    // No clicks: no division by zero, a dash instead.
    CHECK(indexFor(model, c, CampaignsModel::ConversionRateColumn).data() == QStringLiteral("—"));
    CHECK(indexFor(model, c, CampaignsModel::ConversionRateColumn).data(models::SortRole) == -1.0);

    // Raw sort values, numbers right-aligned, dates as QDateTime.
    const QVariant clicks = indexFor(model, b, CampaignsModel::ClicksColumn).data(models::SortRole);
    CHECK(clicks.typeId() == QMetaType::LongLong);
    CHECK(clicks.toLongLong() == 1200);
    const QVariant created =
        indexFor(model, a, CampaignsModel::CreatedColumn).data(models::SortRole);
    REQUIRE(created.typeId() == QMetaType::QDateTime);
    CHECK(qAbs(created.toDateTime().secsTo(QDateTime::currentDateTimeUtc().addDays(-3))) < 3600);
    CHECK(indexFor(model, a, CampaignsModel::CreatedColumn).data() ==
          locale.toString(created.toDateTime().toLocalTime().date(), QLocale::ShortFormat));
    const auto alignment = [&](int column) {
        return Qt::Alignment(
            indexFor(model, a, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>());
    };
    CHECK((alignment(CampaignsModel::ClicksColumn) & Qt::AlignRight));
    CHECK((alignment(CampaignsModel::ConversionRateColumn) & Qt::AlignRight));
    CHECK((alignment(CampaignsModel::NameColumn) & Qt::AlignLeft));
    CHECK(indexFor(model, a, 0).data(models::IdRole) == a);

    SECTION("the proxy sorts numbers as numbers and dates as dates")
    {
        models::CampaignsFilterModel proxy;
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxy.setText(QStringLiteral("tm-load"));
        REQUIRE(proxy.rowCount() == 3);
        const auto codes = [&] {
            QStringList list;
            for (int r = 0; r < proxy.rowCount(); ++r)
                list << proxy.index(r, CampaignsModel::CodeColumn).data().toString();
            return list;
        };
        // As text, "1,200" < "40" < "0"; as numbers 0 < 40 < 1200.
        proxy.sort(CampaignsModel::ClicksColumn, Qt::AscendingOrder);
        CHECK(codes() == QStringList{QStringLiteral("TM-LOAD-C"), QStringLiteral("TM-LOAD-A"),
                                     QStringLiteral("TM-LOAD-B")});
        proxy.sort(CampaignsModel::CreatedColumn, Qt::DescendingOrder);
        CHECK(codes() == QStringList{QStringLiteral("TM-LOAD-C"), QStringLiteral("TM-LOAD-B"),
                                     QStringLiteral("TM-LOAD-A")});
        proxy.sort(CampaignsModel::ConversionRateColumn, Qt::DescendingOrder);
        CHECK(codes().first() == QStringLiteral("TM-LOAD-A"));
        CHECK(codes().last() == QStringLiteral("TM-LOAD-C"));

        proxy.setPlatform(QStringLiteral("youtube"));
        CHECK(codes() == QStringList{QStringLiteral("TM-LOAD-B")});
        proxy.setPlatform({});
        proxy.setActiveFilter(models::CampaignsFilterModel::ActiveFilter::PausedOnly);
        CHECK(codes() == QStringList{QStringLiteral("TM-LOAD-B")});
        proxy.setActiveFilter(models::CampaignsFilterModel::ActiveFilter::ActiveOnly);
        CHECK(proxy.rowCount() == 2);
        proxy.setText(QStringLiteral("reels"));
        CHECK(codes() == QStringList{QStringLiteral("TM-LOAD-A")});
        CHECK(proxy.isFiltering());
    }

    rows.exec(QStringLiteral("delete from campaigns where owner_id = 'tm-foreign-owner'"));
    rows.exec(QStringLiteral("delete from owners where id = 'tm-foreign-owner'"));
}

TEST_CASE("CampaignsModel applies changes from another connection in place", "[model][db]")
{
    test::CampaignRows rows(
        {QStringLiteral("TM-LIVE-A"), QStringLiteral("TM-LIVE-B"), QStringLiteral("TM-LIVE-NEW")});
    const QString a = rows.insert({QStringLiteral("TM-LIVE-A"), QStringLiteral("Stories"),
                                   QStringLiteral("instagram"), true, 10, 2, 1, 1, 5});
    const QString b = rows.insert({QStringLiteral("TM-LIVE-B"), QStringLiteral("Lead ads"),
                                   QStringLiteral("facebook"), true, 20, 4, 2, 1, 4});

    db::Database db;
    test::openAsOwner(db);
    CampaignsModel model(&db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.refresh();
    REQUIRE(waitForLoad(model));
    REQUIRE(model.rowForId(a) >= 0);

    // What a view holds on to: selection and current index are persistent indexes.
    const QPersistentModelIndex held(indexFor(model, a, CampaignsModel::ClicksColumn));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Nobody calls refresh() from here on: every change must arrive through NOTIFY.
    const QString fresh = rows.insert({QStringLiteral("TM-LIVE-NEW"), QStringLiteral("Brand new"),
                                       QStringLiteral("tiktok"), true, 0, 0, 0, 0, 0});
    REQUIRE(QTest::qWaitFor([&] { return model.rowForId(fresh) >= 0; }, 5000));
    CHECK(inserted.count() >= 1);
    CHECK(indexFor(model, fresh, CampaignsModel::PlatformColumn).data() ==
          QStringLiteral("TikTok"));

    rows.exec(QStringLiteral("update campaigns set total_clicks = 250, total_conversions = 5, "
                             "updated_at = now() where id = $1"),
              {a});
    REQUIRE(QTest::qWaitFor([&] { return model.campaign(model.rowForId(a)).clicks == 250; }, 5000));
    CHECK(changed.count() >= 1);
    REQUIRE(held.isValid());
    CHECK(held.row() == model.rowForId(a));
    CHECK(held.data(models::SortRole).toLongLong() == 250);
    CHECK(indexFor(model, a, CampaignsModel::ConversionRateColumn).data() ==
          QStringLiteral("%1%").arg(QLocale().toString(2.0, 'f', 1)));

    rows.exec(QStringLiteral("delete from campaigns where id = $1"), {b});
    REQUIRE(QTest::qWaitFor([&] { return model.rowForId(b) < 0; }, 5000));
    CHECK(removed.count() >= 1);
    CHECK(held.isValid());
    CHECK(held.row() == model.rowForId(a));

    // A burst of changes costs one or two re-queries, not one per row.
    QSignalSpy refreshed(&model, &CampaignsModel::refreshed);
    rows.exec(QStringLiteral("update campaigns set total_clicks = total_clicks + 1 "
                             "where id = $1 or id = $2"),
              {a, fresh});
    for (int i = 0; i < 5; ++i)
        rows.exec(QStringLiteral("update campaigns set total_clicks = total_clicks + 1 "
                                 "where id = $1"),
                  {a});
    REQUIRE(QTest::qWaitFor([&] { return model.campaign(model.rowForId(a)).clicks == 256; }, 5000));
    QTest::qWait(400);
    CHECK(refreshed.count() <= 3);
    CHECK(resets.count() == 0);
}

TEST_CASE("CampaignsModel is empty, not failing, for an owner without campaigns", "[model][db]")
{
    db::Database db;
    test::openAsStranger(db);
    CampaignsModel model(&db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.refresh();
    REQUIRE(waitForLoad(model));
    CHECK_FALSE(model.lastError().isError());
    CHECK(model.rowCount() == 0);
    CHECK(model.platforms().isEmpty());
}

TEST_CASE("Without the dashboard's notifications in the database, changes are found by polling",
          "[model][db]")
{
    // The seed's tables only, as the web project's migrations leave a database: LISTEN works,
    // but no trigger announces anything.
    const QString url = test::freshDatabase(QStringLiteral("watcher_no_triggers"));
    {
        auto conn = test::connect(url);
        test::MigrationFolder none(QStringLiteral("additions"));
        none.keepFirst(0);
        REQUIRE_FALSE(db::Migrator(*conn, db::MigrationSet::builtinSeed(), none.load())
                          .migrate()
                          .isError());
    }
    db::Database db;
    models::TableChangeWatcher watcher(&db, {QStringLiteral("campaigns")});
    watcher.setPollInterval(300);
    QSignalSpy changed(&watcher, &models::TableChangeWatcher::changed);
    db.open(url);
    REQUIRE(QTest::qWaitFor([&] { return db.listenerAvailable(); }, 15000));
    REQUIRE(QTest::qWaitFor([&] { return db.serverInfo().additions.probed; }, 15000));
    CHECK_FALSE(db.serverInfo().additions.notifications);
    CHECK_FALSE(db.liveUpdatesAvailable());
    CHECK(watcher.isPolling());
    changed.clear();
    // Polls keep coming, so a change made elsewhere is picked up without a notification.
    CHECK(QTest::qWaitFor([&] { return changed.count() >= 2; }, 5000));
}
