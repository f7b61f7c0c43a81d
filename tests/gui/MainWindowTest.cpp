// The dashboard window on the test cluster: the Campaigns page with real rows, its empty state
// and error banner, every page built (no placeholder left), the connection indicator, remembered
// window state, and screenshots of each for review.
#include "MainWindow.h"
#include "Banner.h"
#include "CampaignsModel.h"
#include "CampaignsPage.h"
#include "ConnectionIndicator.h"
#include "GuiTestSupport.h"
#include "MigrationFolder.h"
#include "ModelRoles.h"
#include "PlaceholderPage.h"
#include "PlaygroundPage.h"
#include "TestDatabase.h"
#include "Theme.h"

#include "db/Migrator.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace limitless;
using ui::MainWindow;

namespace {

void applyTheme()
{
    ui::Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
}

// A small but believable business, so the screenshot shows what an owner would see.
const QList<test::CampaignRows::Spec> DemoCampaigns = {
    {QStringLiteral("IG-REELS-JAN"), QStringLiteral("Instagram Reels – January launch"),
     QStringLiteral("instagram"), true, 4820, 612, 288, 97, 41},
    {QStringLiteral("FB-LEADS-Q1"), QStringLiteral("Facebook lead ads – Q1"),
     QStringLiteral("facebook"), true, 3150, 401, 170, 52, 35},
    {QStringLiteral("YT-SHORTS-BTS"), QStringLiteral("YouTube Shorts – behind the scenes"),
     QStringLiteral("youtube"), true, 2210, 265, 121, 38, 28},
    {QStringLiteral("IG-STORY-VIP"), QStringLiteral("Instagram Stories – VIP offer"),
     QStringLiteral("instagram"), false, 1380, 190, 96, 41, 60},
    {QStringLiteral("TT-HOOKS-2"), QStringLiteral("TikTok hooks test #2"), QStringLiteral("tiktok"),
     true, 960, 88, 30, 7, 12},
    {QStringLiteral("FB-RETARGET"), QStringLiteral("Facebook retargeting – abandoned checkouts"),
     QStringLiteral("facebook"), true, 740, 133, 71, 29, 9},
    {QStringLiteral("YT-WEBINAR"), QStringLiteral("YouTube webinar replay"),
     QStringLiteral("youtube"), false, 520, 61, 33, 12, 75},
    {QStringLiteral("IG-BIO-LINK"), QStringLiteral("Instagram bio link"),
     QStringLiteral("instagram"), true, 2890, 344, 140, 45, 90},
    {QStringLiteral("NEWS-APRIL"), QStringLiteral("Newsletter – April issue"), QString(), true, 0,
     0, 0, 0, 1},
};

QStringList demoCodes()
{
    QStringList codes;
    for (const auto& spec : DemoCampaigns)
        codes << spec.code;
    return codes;
}

QStringList visibleCodes(const ui::CampaignsPage& page)
{
    QStringList codes;
    const QAbstractItemModel* proxy = page.view()->model();
    for (int r = 0; r < proxy->rowCount(); ++r)
        codes << proxy->index(r, models::CampaignsModel::CodeColumn).data().toString();
    return codes;
}

} // namespace

TEST_CASE("The main window opens on the Campaigns page and shows the campaigns", "[gui][db]")
{
    test::IsolatedSettings settings;
    applyTheme();
    test::CampaignRows rows(demoCodes());
    QStringList ids;
    for (const auto& spec : DemoCampaigns)
        ids << rows.insert(spec);

    db::Database db;
    test::openAsOwner(db);
    MainWindow window(&db);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.currentPage() == MainWindow::Page::Campaigns);

    ui::CampaignsPage* page = window.campaignsPage();
    REQUIRE(QTest::qWaitFor(
        [&] {
            return page->model()->isLoaded() && !page->model()->isLoading() &&
                   page->model()->rowForId(ids.last()) >= 0;
        },
        10000));
    CHECK(page->isShowingTable());
    const QStringList codes = visibleCodes(*page);
    for (const QString& code : demoCodes())
        CHECK(codes.contains(code));
    // Newest first by default.
    CHECK(codes.indexOf(QStringLiteral("NEWS-APRIL")) <
          codes.indexOf(QStringLiteral("IG-BIO-LINK")));

    const QString status = window.connectionIndicator()->text();
    CHECK(status.contains(QStringLiteral("PostgreSQL")));
    CHECK(status.contains(db.serverInfo().databaseName));
    CHECK(status.contains(db.serverInfo().pgvector ? QStringLiteral("pgvector")
                                                   : QStringLiteral("in-process vectors")));
    CHECK(status.contains(QStringLiteral("live updates on")));

    page->view()->selectRow(codes.indexOf(QStringLiteral("FB-RETARGET")));
    QTest::qWait(50);
    test::saveScreenshot(window, QStringLiteral("main-window-campaigns"));

    SECTION("a live change keeps the selection")
    {
        const QString selectedId = page->view()->currentIndex().data(models::IdRole).toString();
        REQUIRE_FALSE(selectedId.isEmpty());
        rows.exec(QStringLiteral("update campaigns set total_clicks = total_clicks + 10 "
                                 "where code = 'FB-RETARGET'"));
        REQUIRE(QTest::qWaitFor(
            [&] {
                const int r = page->model()->rowForId(selectedId);
                return r >= 0 && page->model()->campaign(r).clicks == 750;
            },
            5000));
        CHECK(page->view()->currentIndex().data(models::IdRole).toString() == selectedId);
        CHECK(page->view()->selectionModel()->selectedRows().size() == 1);
    }

    SECTION("a filter that matches nothing says so and offers to clear it")
    {
        auto* filter = page->findChild<QLineEdit*>(QStringLiteral("campaignFilter"));
        REQUIRE(filter);
        QTest::keyClicks(filter, QStringLiteral("no such campaign"));
        CHECK_FALSE(page->isShowingTable());
        CHECK(page->emptyStateTitle() == QStringLiteral("No matching campaigns"));
        test::saveScreenshot(window, QStringLiteral("campaigns-no-match"));
        page->clearFilters();
        CHECK(page->isShowingTable());
        filter->setText(QStringLiteral("instagram"));
        CHECK(visibleCodes(*page).contains(QStringLiteral("IG-REELS-JAN")));
        CHECK_FALSE(visibleCodes(*page).contains(QStringLiteral("FB-LEADS-Q1")));
    }

    SECTION("every page is built; none is a placeholder any more")
    {
        window.showPage(MainWindow::Page::AgentPlayground);
        REQUIRE(window.playgroundPage());
        CHECK(window.page(MainWindow::Page::AgentPlayground) == window.playgroundPage());
        CHECK(window.playgroundPage()->isVisible());
        for (auto p : {MainWindow::Page::Campaigns, MainWindow::Page::Conversations,
                       MainWindow::Page::Funnel, MainWindow::Page::Payments,
                       MainWindow::Page::Documents, MainWindow::Page::AgentPlayground,
                       MainWindow::Page::Settings, MainWindow::Page::Maintenance})
            CHECK_FALSE(qobject_cast<ui::PlaceholderPage*>(window.page(p)));
    }
}

TEST_CASE("The Campaigns page explains an empty list", "[gui][db]")
{
    test::IsolatedSettings settings;
    applyTheme();
    db::Database db;
    test::openAsStranger(db);
    MainWindow window(&db);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ui::CampaignsPage* page = window.campaignsPage();
    REQUIRE(QTest::qWaitFor([&] { return page->model()->isLoaded(); }, 10000));
    CHECK_FALSE(page->isShowingTable());
    CHECK(page->emptyStateTitle() == QStringLiteral("No campaigns yet"));
    CHECK(page->banner()->isHidden());
    test::saveScreenshot(window, QStringLiteral("campaigns-empty"));
}

TEST_CASE("The Campaigns page shows a query error in a banner with Retry", "[gui][db]")
{
    test::IsolatedSettings settings;
    applyTheme();
    // auth.uid() casts `sub` to uuid: with this claim, reading any campaign row fails on the
    // server (the policy is only evaluated when there is a row to check).
    test::CampaignRows rows({QStringLiteral("TM-ERROR")});
    rows.insert({QStringLiteral("TM-ERROR"), QStringLiteral("Makes the policy run")});
    db::Database db;
    db.setClaims(R"({"sub":"not-a-uuid","role":"authenticated"})");
    db.open(test::appUrl());
    REQUIRE(QTest::qWaitFor([&] { return db.state() == db::ConnectionState::Connected; }, 15000));
    MainWindow window(&db);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ui::CampaignsPage* page = window.campaignsPage();
    REQUIRE(QTest::qWaitFor([&] { return page->model()->lastError().isError(); }, 10000));
    CHECK_FALSE(page->banner()->isHidden());
    CHECK(page->banner()->kind() == ui::Banner::Kind::Error);
    CHECK(page->banner()->text().contains(page->model()->lastError().userMessage()));
    CHECK(page->emptyStateTitle() == QStringLiteral("Campaigns could not be loaded"));
    test::saveScreenshot(window, QStringLiteral("campaigns-error"));
}

TEST_CASE("The window says that the local sandbox is starting", "[gui]")
{
    test::IsolatedSettings settings;
    applyTheme();
    db::Database db; // not opened yet, as while the sandbox starts
    MainWindow window(&db);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.connectionIndicator()->text() == QStringLiteral("Not connected"));
    window.showStartupMessage(QStringLiteral("Starting the local sandbox…"));
    CHECK(window.connectionIndicator()->text() == QStringLiteral("Starting the local sandbox…"));
    CHECK_FALSE(window.startupBanner()->isHidden());
    CHECK(window.campaignsPage()->emptyStateTitle() == QStringLiteral("Loading campaigns…"));
    test::saveScreenshot(window, QStringLiteral("main-window-starting"));
    window.clearStartupMessage();
    CHECK(window.startupBanner()->isHidden());
    CHECK(window.connectionIndicator()->text() == QStringLiteral("Not connected"));
}

TEST_CASE("The window remembers its geometry, page and columns, and nothing secret", "[gui]")
{
    test::IsolatedSettings settings;
    db::Database db;
    QByteArray header;
    {
        MainWindow window(&db);
        window.resize(1100, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Payments);
        window.campaignsPage()->view()->sortByColumn(models::CampaignsModel::ClicksColumn,
                                                     Qt::AscendingOrder);
        header = window.campaignsPage()->headerState();
        window.close();
    }
    {
        MainWindow window(&db);
        CHECK(window.currentPage() == MainWindow::Page::Payments);
        CHECK(window.size() == QSize(1100, 700));
        const QHeaderView* columns = window.campaignsPage()->view()->horizontalHeader();
        CHECK(columns->sortIndicatorSection() == models::CampaignsModel::ClicksColumn);
        CHECK(columns->sortIndicatorOrder() == Qt::AscendingOrder);
    }
    const QSettings stored;
    for (const QString& key : stored.allKeys()) {
        const QString value = stored.value(key).toString();
        CHECK_FALSE(value.contains(QStringLiteral("postgres"), Qt::CaseInsensitive));
        CHECK_FALSE(value.contains(QStringLiteral("password"), Qt::CaseInsensitive));
    }
    CHECK(stored.value(QStringLiteral("mainWindow/page")).toString() == QStringLiteral("Payments"));
}

TEST_CASE("The window works at 1024×640: every page fits without scrolling sideways", "[gui]")
{
    test::IsolatedSettings settings;
    applyTheme();
    db::Database db; // no data needed: the controls decide the width
    MainWindow window(&db);
    const QSize small(1024, 640);
    const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
    INFO("minimum " << least.width() << "×" << least.height());
    CHECK(least.width() <= small.width());
    CHECK(least.height() <= small.height());
    window.resize(small);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (const MainWindow::Page page :
         {MainWindow::Page::Campaigns, MainWindow::Page::Conversations, MainWindow::Page::Funnel,
          MainWindow::Page::Payments}) {
        window.showPage(page);
        QTest::qWait(50);
        CHECK(window.size() == small);
        // Every visible button lies inside the window (Export on the Funnel page, say).
        for (QAbstractButton* b : window.findChildren<QAbstractButton*>()) {
            if (!b->isVisible() || b->window() != &window)
                continue;
            const QRect r(b->mapTo(&window, QPoint(0, 0)), b->size());
            INFO(b->objectName().toStdString() << " " << b->text().toStdString() << " at " << r.x()
                                               << "," << r.y() << " " << r.width());
            CHECK(r.right() <= window.width());
        }
    }
    window.showPage(MainWindow::Page::Funnel);
    test::saveScreenshot(window, QStringLiteral("main-window-1024x640-funnel"));
}

TEST_CASE("At the start of an outage the status bar says it is checking, not that it polls",
          "[gui][db]")
{
    // A database of its own: ending its sessions touches no other test.
    const QString url = test::migratedDatabase(QStringLiteral("indicator_outage"));
    db::Database db;
    db.setReconnectDelays({100, 200, 400});
    db.open(url);
    ui::ConnectionIndicator indicator(&db);
    // The indicator follows the database's signals, which may arrive after the flag is set.
    REQUIRE(QTest::qWaitFor(
        [&] { return indicator.text().contains(QStringLiteral("live updates on")); }, 15000));

    // End every session of this Database (the listener and the worker), as a restart would.
    auto admin = test::connect(test::adminUrl());
    REQUIRE(admin
                ->exec(QStringLiteral("select pg_terminate_backend(pid) from pg_stat_activity "
                                      "where datname = 'indicator_outage'"))
                .ok());
    // The worker notices on its next request.
    db.query(db::Statement(QStringLiteral("select 1")), nullptr, [](const db::QueryResult&) {});
    QStringList seen;
    const bool back = QTest::qWaitFor(
        [&] {
            if (seen.isEmpty() || seen.last() != indicator.text())
                seen << indicator.text();
            return seen.last().contains(QStringLiteral("live updates on")) && seen.size() > 1;
        },
        20000);
    INFO(seen.join(QStringLiteral(" | ")).toStdString());
    CHECK(back);
    // Never "refreshing periodically" on the way: the outage is reported as what it is.
    for (const QString& text : seen)
        CHECK_FALSE(text.contains(QStringLiteral("refreshing periodically")));
    CHECK(seen.last().contains(QStringLiteral("live updates on")));
}

TEST_CASE("The status bar says which of the dashboard's additions the database lacks", "[gui][db]")
{
    // The seed's tables only, as the web project's migrations leave a database.
    const QString url = test::freshDatabase(QStringLiteral("indicator_no_additions"));
    {
        auto conn = test::connect(url);
        test::MigrationFolder none(QStringLiteral("additions"));
        none.keepFirst(0);
        REQUIRE_FALSE(
            db::Migrator(*conn, db::MigrationSet::builtinSeed(), none.load()).migrate().isError());
    }
    db::Database db;
    db.open(url);
    ui::ConnectionIndicator indicator(&db);
    const bool said = QTest::qWaitFor(
        [&] { return indicator.text().contains(QStringLiteral("no notifications")); }, 15000);
    INFO(indicator.text().toStdString());
    REQUIRE(said);
    CHECK(indicator.text().contains(QStringLiteral("dashboard additions not installed")));
    CHECK(indicator.toolTip().contains(QStringLiteral("limitless migrate")));
    CHECK_FALSE(db.liveUpdatesAvailable());
    CHECK(db.listenerAvailable());
    test::saveScreenshot(indicator, QStringLiteral("status-bar-without-additions"));
}
