#include "AuthTestSupport.h"
#include "MemorySecretStore.h"
#include "SandboxUsers.h"
#include "TestDatabase.h"

#include "Banner.h"
#include "PasswordField.h"
#include "SignInController.h"
#include "SignInDialog.h"
#include "Theme.h"
#include "auth/ProfileStore.h"
#include "auth/SessionManager.h"
#include "db/Database.h"
#include "sandbox/Sandbox.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace limitless;
using limitless::test::MemorySecretStore;
using limitless::test::waitUntil;

TEST_CASE("app sign-in: the sandbox profile from sign-in to sign-out", "[auth][gui][app]")
{
    ui::Theme::apply(*qApp);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("LimitlessTest"));
    QCoreApplication::setApplicationName(QStringLiteral("controller"));
    // The test cluster is the local sandbox here (it is running, so nothing is started).
    qputenv("LIMITLESS_SANDBOX_DIR", test::sandboxDir().toLocal8Bit());

    test::SandboxUsers users;
    auto owner = users.add(QStringLiteral("app"));
    users.addBusiness(owner);

    MemorySecretStore secrets;
    db::Database database;
    QMainWindow window;
    ui::SignInController controller(&database, &secrets);
    controller.attach(&window);
    QSignalSpy signedIn(&controller, &ui::SignInController::signedIn);
    QSignalSpy signedOut(&controller, &ui::SignInController::signedOut);
    controller.start();

    // Nothing stored: the window asks.
    ui::SignInDialog* dialog = controller.dialog();
    REQUIRE(waitUntil([&] { return !signedOut.isEmpty(); }, 15000));
    CHECK(dialog->isVisible());
    CHECK(dialog->profileId() == QLatin1String("sandbox"));
    REQUIRE(waitUntil([&] { return dialog->signInButton()->isEnabled(); }, 15000));

    dialog->emailEdit()->setText(owner.email);
    QTest::keyClicks(dialog->passwordField()->lineEdit(), owner.password);
    QTest::keyClick(dialog->passwordField()->lineEdit(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return !signedIn.isEmpty(); }, 15000));
    CHECK_FALSE(dialog->isVisible());
    REQUIRE(waitUntil([&] { return database.state() == db::ConnectionState::Connected; }, 15000));
    CHECK(database.claims() == controller.sessions()->session().claimsJson());
    CHECK(secrets.contains(controller.sessions()->storageKey()));

    // Under RLS: only this owner's campaigns.
    QStringList campaigns;
    bool done = false;
    database.query(QStringLiteral("select id from campaigns order by id"), &database,
                   [&](const db::QueryResult& r) {
                       for (int i = 0; i < r.rowCount(); ++i)
                           campaigns << r.value(i, 0).toString();
                       done = true;
                   });
    REQUIRE(waitUntil([&] { return done; }, 15000));
    owner.campaigns.sort();
    CHECK(campaigns == owner.campaigns);

    // "Sign out" in the main window's Account menu: the database closes, the window asks again.
    auto* signOutAction = window.findChild<QAction*>(QStringLiteral("signOutAction"));
    REQUIRE(signOutAction);
    signOutAction->trigger();
    REQUIRE(
        waitUntil([&] { return database.state() == db::ConnectionState::Disconnected; }, 15000));
    CHECK(database.claims().isEmpty());
    CHECK(dialog->isVisible());
    REQUIRE(waitUntil([&] { return !secrets.contains(controller.sessions()->storageKey()); }));

    // The next start restores a stored session without asking.
    dialog->emailEdit()->setText(owner.email);
    dialog->passwordField()->lineEdit()->setText(owner.password);
    dialog->signInButton()->click();
    REQUIRE(waitUntil([&] { return signedIn.size() == 2; }, 15000));
    db::Database database2;
    ui::SignInController next(&database2, &secrets);
    QSignalSpy restored(&next, &ui::SignInController::signedIn);
    next.start();
    REQUIRE(waitUntil([&] { return !restored.isEmpty(); }, 15000));
    CHECK_FALSE(next.dialog()->isVisible());
    REQUIRE(waitUntil([&] { return database2.state() == db::ConnectionState::Connected; }, 15000));
    qunsetenv("LIMITLESS_SANDBOX_DIR");
}

TEST_CASE("app sign-in: the first run offers the sandbox with the demo business, creates it and "
          "shows its owner account once",
          "[auth][gui][app][slow]")
{
    ui::Theme::apply(*qApp);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("LimitlessTest"));
    QCoreApplication::setApplicationName(QStringLiteral("first-start"));
    // A sandbox directory of its own, under /tmp (as root the server runs as `postgres`).
    QTemporaryDir sandboxDir(QStringLiteral("/tmp/limitless-first-start-XXXXXX"));
    REQUIRE(sandboxDir.isValid());
    qputenv("LIMITLESS_SANDBOX_DIR", sandboxDir.path().toLocal8Bit());
    struct Cleanup {
        QString dir;
        ~Cleanup()
        {
            sandbox::Sandbox(dir).reset();
            qunsetenv("LIMITLESS_SANDBOX_DIR");
        }
    } cleanup{sandboxDir.path()};

    MemorySecretStore secrets;
    db::Database database;
    ui::SignInController controller(&database, &secrets);
    QSignalSpy signedIn(&controller, &ui::SignInController::signedIn);
    REQUIRE(controller.isFirstRun());
    controller.start();
    ui::SignInDialog* dialog = controller.dialog();
    CHECK(dialog->isVisible());
    // Nothing chosen yet: the window asks where to start, and starts nothing by itself.
    CHECK(dialog->page() == ui::SignInDialog::Page::Welcome);
    CHECK(dialog->trySandboxButton()->isEnabled());
    CHECK(dialog->connectProjectButton()->isEnabled());
    CHECK_FALSE(sandbox::Sandbox(sandboxDir.path()).status().initialized);
    dialog->trySandboxButton()->click();
    CHECK_FALSE(controller.isFirstRun()); // the choice is remembered
    CHECK(dialog->page() == ui::SignInDialog::Page::Credentials);
    CHECK_FALSE(dialog->signInButton()->isEnabled()); // the sandbox is starting
    CHECK(dialog->banner()->text().startsWith(QLatin1String("Starting the local sandbox")));

    // Created and running: the account is filled in and said once.
    REQUIRE(waitUntil([&] { return dialog->signInButton()->isEnabled(); }, 240000));
    const auto st = sandbox::Sandbox(sandboxDir.path()).status();
    REQUIRE(st.running);
    REQUIRE_FALSE(st.ownerId.isEmpty());
    CHECK(dialog->emailEdit()->text() == st.ownerEmail);
    CHECK_FALSE(dialog->passwordField()->text().isEmpty());
    CHECK(dialog->banner()->text().contains(dialog->passwordField()->text()));
    INFO(dialog->banner()->text().toStdString());
    CHECK(dialog->banner()->text().contains(QLatin1String("demo business is loaded")));
    QDir().mkpath(QStringLiteral(LIMITLESS_BINARY_DIR "/screenshots"));
    QTest::qWait(50);
    dialog->grab().save(QStringLiteral(LIMITLESS_BINARY_DIR "/screenshots/sign-in-first-run.png"));

    dialog->signInButton()->click();
    REQUIRE(waitUntil([&] { return !signedIn.isEmpty(); }, 15000));
    REQUIRE(waitUntil([&] { return database.state() == db::ConnectionState::Connected; }, 15000));
    // The local owner's own row, under RLS.
    QString ownerId;
    bool done = false;
    database.query(QStringLiteral("select id from owners"), &database,
                   [&](const db::QueryResult& r) {
                       if (r.rowCount() == 1)
                           ownerId = r.value(0, 0).toString();
                       done = true;
                   });
    REQUIRE(waitUntil([&] { return done; }, 15000));
    CHECK(ownerId == st.ownerId);
    // The demo business is the owner's: its campaigns under RLS.
    int campaigns = -1;
    database.query(QStringLiteral("select count(*) from campaigns"), &database,
                   [&](const db::QueryResult& r) { campaigns = r.value(0, 0).toInt(); });
    REQUIRE(waitUntil([&] { return campaigns >= 0; }, 15000));
    CHECK(campaigns >= 8);
    database.close();
}

TEST_CASE("app sign-in: the first run's other choice opens the production profile's editor",
          "[auth][gui][app]")
{
    ui::Theme::apply(*qApp);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("LimitlessTest"));
    QCoreApplication::setApplicationName(QStringLiteral("first-run-project"));
    QTemporaryDir sandboxDir(QStringLiteral("/tmp/limitless-first-run-XXXXXX"));
    REQUIRE(sandboxDir.isValid());
    qputenv("LIMITLESS_SANDBOX_DIR", sandboxDir.path().toLocal8Bit());

    MemorySecretStore secrets;
    db::Database database;
    ui::SignInController controller(&database, &secrets);
    controller.start();
    ui::SignInDialog* dialog = controller.dialog();
    REQUIRE(dialog->page() == ui::SignInDialog::Page::Welcome);
    dialog->connectProjectButton()->click();
    CHECK(controller.profiles()->currentId() == QLatin1String("production"));
    CHECK(dialog->profileId() == QLatin1String("production"));
    CHECK(dialog->page() == ui::SignInDialog::Page::Credentials);
    QWidget* editor = nullptr;
    REQUIRE(waitUntil(
        [&] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (w->isVisible() && w->inherits("limitless::ui::ProfileEditorDialog"))
                    editor = w;
            return editor != nullptr;
        },
        5000));
    // Nothing was started for the sandbox.
    CHECK_FALSE(sandbox::Sandbox(sandboxDir.path()).status().initialized);
    CHECK_FALSE(controller.isFirstRun());
    editor->close();
    qunsetenv("LIMITLESS_SANDBOX_DIR");
}
