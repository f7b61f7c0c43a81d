// The Maintenance page offscreen, signed in as the demo database's owner: the dry run's counts
// as the planner gives them, Archive and delete after the (pre-answered) confirmation, the
// archive listed, and a restore from it. The screenshot goes to <build>/screenshots/.
#include "DemoDatabase.h"
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include "MaintenancePage.h"
#include "MessageBox.h"
#include "db/Database.h"
#include "db/PgConnection.h"
#include "maintenance/RetentionPlanner.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace limitless;

TEST_CASE("the Maintenance page counts, archives, lists and restores", "[maintenance][gui][db]")
{
    const QString name = QStringLiteral("maintenance_page");
    const QString adminUrl = test::demoDatabaseUrl(name);
    auto admin = test::connect(adminUrl);
    const db::QueryResult owner =
        admin->exec(QStringLiteral("select id, supabase_user_id from owners order by id limit 1"));
    REQUIRE(owner.ok());
    const QByteArray claims =
        QJsonDocument(QJsonObject{{QStringLiteral("sub"), owner.value(0, 1).toString()},
                                  {QStringLiteral("role"), QStringLiteral("authenticated")}})
            .toJson(QJsonDocument::Compact);
    QUrl appUrl(test::appUrl());
    appUrl.setPath(QStringLiteral("/") + name);

    db::Database database;
    database.setClaims(claims);
    database.open(appUrl.toString());
    REQUIRE(
        QTest::qWaitFor([&] { return database.state() == db::ConnectionState::Connected; }, 15000));

    const QDateTime demoNow = QDateTime::fromMSecsSinceEpoch(test::kDemoNowMsecs, QTimeZone::utc());
    QTemporaryDir dir;
    ui::MaintenancePage page(&database);
    page.setArchiveDir(dir.path());
    page.setAsOf(demoNow.addDays(300));
    page.resize(1000, 720);
    QSignalSpy counted(&page, &ui::MaintenancePage::countsShown);
    page.show();
    REQUIRE(counted.wait(30000));

    auto* table = page.findChild<QTableWidget*>(QStringLiteral("retentionCounts"));
    REQUIRE(table);
    maintenance::RetentionPolicy policy;
    policy.asOf = demoNow.addDays(300);
    maintenance::RetentionCounts expected;
    REQUIRE_FALSE(maintenance::RetentionPlanner(*admin, owner.value(0, 0).toString())
                      .plan(policy, &expected)
                      .isError());
    REQUIRE(expected.conversations > 0);
    // Rows in restore order: conversations, events, checkpoints, blobs, writes, payments.
    CHECK(table->item(0, 1)->text() == QLocale().toString(expected.conversations));
    CHECK(table->item(1, 1)->text() == QLocale().toString(expected.analyticsEvents));
    CHECK(table->item(2, 1)->text() == QLocale().toString(expected.checkpoints));
    CHECK(table->item(5, 1)->text() == QLocale().toString(0));

    QSignalSpy applied(&page, &ui::MaintenancePage::applyFinished);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    page.findChild<QPushButton*>(QStringLiteral("retentionApply"))->click();
    REQUIRE(applied.wait(60000));
    CHECK(applied.first().first().toBool());
    CHECK((ui::MessageBox::lastText().contains(QLocale().toString(expected.total())) ||
           ui::MessageBox::lastText().contains(QString::number(expected.total()))));
    REQUIRE(counted.wait(30000));
    auto* archives = page.findChild<QTableWidget*>(QStringLiteral("retentionArchives"));
    REQUIRE(archives->rowCount() == 1);
    CHECK(archives->item(0, 2)->text() == QLocale().toString(expected.total()));

    // Forty days later more is due; the screenshot shows both the counts and the archive.
    page.setAsOf(demoNow.addDays(340));
    page.refresh();
    REQUIRE(counted.wait(30000));
    CHECK(table->item(0, 1)->text() != QLocale().toString(0));
    archives->selectRow(0);
    test::saveScreenshot(page, QStringLiteral("maintenance"));

    QSignalSpy restored(&page, &ui::MaintenancePage::restoreFinished);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    page.findChild<QPushButton*>(QStringLiteral("retentionRestore"))->click();
    REQUIRE(restored.wait(60000));
    CHECK(restored.first().first().toBool());
    maintenance::RetentionCounts after;
    REQUIRE_FALSE(maintenance::RetentionPlanner(*admin, owner.value(0, 0).toString())
                      .plan(policy, &after)
                      .isError());
    CHECK(after.total() == expected.total());
}
