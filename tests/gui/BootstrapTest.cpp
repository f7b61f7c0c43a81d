// Resolving the connection at start-up (ConnectionBootstrap) and the translated interface.
#include "Banner.h"
#include "CampaignsModel.h"
#include "CampaignsPage.h"
#include "ConnectionBootstrap.h"
#include "ConnectionIndicator.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "Theme.h"
#include "core/Translations.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace limitless;

namespace {

// Sets (or, with a null value, unsets) an environment variable for one scope.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const QByteArray& value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

TEST_CASE("ConnectionBootstrap uses LIMITLESS_DATABASE_URL and LIMITLESS_CLAIMS", "[gui][db]")
{
    const ScopedEnv url("LIMITLESS_DATABASE_URL", test::appUrl().toUtf8());
    const ScopedEnv claims("LIMITLESS_CLAIMS",
                           ui::ConnectionBootstrap::ownerClaims(test::clusterStatus()));
    db::Database db;
    ui::ConnectionBootstrap bootstrap(&db);
    QSignalSpy opened(&bootstrap, &ui::ConnectionBootstrap::opened);
    bootstrap.start();
    CHECK(opened.count() == 1);
    REQUIRE(QTest::qWaitFor([&] { return db.state() == db::ConnectionState::Connected; }, 15000));
    CHECK(db.serverInfo().userName == QStringLiteral("limitless_app"));
    CHECK(db.claims().contains(test::clusterStatus().ownerUserId.toUtf8()));
}

TEST_CASE("ConnectionBootstrap rejects claims that are not a JSON object", "[gui]")
{
    const ScopedEnv url("LIMITLESS_DATABASE_URL", "postgresql://127.0.0.1:1/none");
    const ScopedEnv claims("LIMITLESS_CLAIMS", "[1, 2]");
    db::Database db;
    ui::ConnectionBootstrap bootstrap(&db);
    QSignalSpy failed(&bootstrap, &ui::ConnectionBootstrap::failed);
    bootstrap.start();
    REQUIRE(failed.count() == 1);
    CHECK(failed.first().first().toString().contains(QStringLiteral("LIMITLESS_CLAIMS")));
    CHECK(db.state() == db::ConnectionState::Disconnected);
}

TEST_CASE("ConnectionBootstrap connects to a running local sandbox as its owner", "[gui][db]")
{
    const ScopedEnv url("LIMITLESS_DATABASE_URL", QByteArray());
    const ScopedEnv dir("LIMITLESS_SANDBOX_DIR", test::sandboxDir().toUtf8());
    db::Database db;
    ui::ConnectionBootstrap bootstrap(&db);
    QSignalSpy opened(&bootstrap, &ui::ConnectionBootstrap::opened);
    QSignalSpy failed(&bootstrap, &ui::ConnectionBootstrap::failed);
    bootstrap.start();
    // The sandbox is inspected off the GUI thread: start() returns before anything is known.
    CHECK(opened.count() == 0);
    REQUIRE(QTest::qWaitFor([&] { return opened.count() + failed.count() > 0; }, 30000));
    REQUIRE(failed.isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return db.state() == db::ConnectionState::Connected; }, 15000));
    CHECK(db.serverInfo().userName == QStringLiteral("limitless_app"));
    CHECK(db.claims() == ui::ConnectionBootstrap::ownerClaims(test::clusterStatus()));
}

TEST_CASE("ConnectionBootstrap starts a stopped sandbox without blocking the window", "[gui][db]")
{
    // A sandbox of its own under the test cluster's directory (reachable by the server's user
    // when running as root), deleted again at the end.
    const QString dir = test::sandboxDir() + QStringLiteral("-bootstrap");
    sandbox::Sandbox box(dir);
    box.reset();
    const auto cleanup = qScopeGuard([&] { box.reset(); });
    const ScopedEnv url("LIMITLESS_DATABASE_URL", QByteArray());
    const ScopedEnv sandboxDir("LIMITLESS_SANDBOX_DIR", dir.toUtf8());

    test::IsolatedSettings settings;
    db::Database db;
    ui::MainWindow window(&db);
    ui::ConnectionBootstrap bootstrap(&db);
    QObject::connect(&bootstrap, &ui::ConnectionBootstrap::progress, &window,
                     &ui::MainWindow::showStartupMessage);
    QObject::connect(&bootstrap, &ui::ConnectionBootstrap::opened, &window,
                     &ui::MainWindow::clearStartupMessage);
    QSignalSpy progress(&bootstrap, &ui::ConnectionBootstrap::progress);
    QSignalSpy opened(&bootstrap, &ui::ConnectionBootstrap::opened);
    QSignalSpy failed(&bootstrap, &ui::ConnectionBootstrap::failed);

    // The event loop must keep turning while the cluster is created and started.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
    sinceTick.start();
    ticker.start(20);

    bootstrap.start();
    REQUIRE(bootstrap.isRunning());
    REQUIRE(QTest::qWaitFor([&] { return !progress.isEmpty(); }, 10000));
    CHECK(progress.first().first().toString().startsWith(
        QStringLiteral("Starting the local sandbox…")));
    CHECK(window.connectionIndicator()->text().startsWith(
        QStringLiteral("Starting the local sandbox…")));
    REQUIRE(QTest::qWaitFor([&] { return opened.count() + failed.count() > 0; }, 180000));
    INFO((failed.isEmpty() ? QString() : failed.first().first().toString()).toStdString());
    REQUIRE(failed.isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return db.state() == db::ConnectionState::Connected; }, 15000));
    ticker.stop();
    CHECK(longestGap < 1000);
    CHECK(window.startupBanner()->isHidden());
    CHECK(db.serverInfo().userName == QStringLiteral("limitless_app"));
    REQUIRE(QTest::qWaitFor([&] { return window.campaignsPage()->model()->isLoaded(); }, 10000));
    CHECK_FALSE(window.campaignsPage()->model()->lastError().isError());
    db.close();
}

TEST_CASE("The window speaks German with LIMITLESS_LANG=de", "[gui][db]")
{
    test::IsolatedSettings settings;
    ui::Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
    test::CampaignRows rows({QStringLiteral("DE-REELS"), QStringLiteral("DE-PAUSE")});
    rows.insert({QStringLiteral("DE-REELS"), QStringLiteral("Reels – Frühjahrsaktion"),
                 QStringLiteral("instagram"), true, 1520, 210, 95, 31, 6});
    rows.insert({QStringLiteral("DE-PAUSE"), QStringLiteral("Lead-Formular – Herbst"),
                 QStringLiteral("facebook"), false, 880, 97, 40, 12, 40});

    const ScopedEnv lang("LIMITLESS_LANG", "de");
    const QLocale previousLocale;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    limitless::installTranslations(*QCoreApplication::instance());
    const auto removeTranslators = qScopeGuard([&] {
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(previousLocale);
    });

    db::Database db;
    test::openAsOwner(db);
    ui::MainWindow window(&db);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    CHECK(navigation->item(0)->text() == QStringLiteral("Kampagnen"));
    CHECK(navigation->item(4)->text() == QStringLiteral("Dokumente"));
    ui::CampaignsPage* page = window.campaignsPage();
    REQUIRE(QTest::qWaitFor([&] { return page->model()->rowCount() >= 2; }, 10000));
    CHECK(page->model()->headerData(models::CampaignsModel::ClicksColumn, Qt::Horizontal) ==
          QStringLiteral("Klicks"));
    int paused = -1;
    for (int r = 0; r < page->model()->rowCount(); ++r)
        if (page->model()->campaign(r).code == QStringLiteral("DE-PAUSE"))
            paused = r;
    REQUIRE(paused >= 0);
    CHECK(page->model()->index(paused, models::CampaignsModel::ActiveColumn).data() ==
          QStringLiteral("Pausiert"));
    CHECK(page->model()->index(paused, models::CampaignsModel::ClicksColumn).data() ==
          QStringLiteral("880"));
    CHECK(window.connectionIndicator()->text().contains(QStringLiteral("Live-Aktualisierung an")));
    test::saveScreenshot(window, QStringLiteral("main-window-campaigns-de"));
}
