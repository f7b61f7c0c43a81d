#include "AuthTestSupport.h"
#include "FakeGoTrue.h"
#include "MemorySecretStore.h"
#include "UrlCatcher.h"

#include "Banner.h"
#include "MessageBox.h"
#include "PasswordField.h"
#include "ProfileEditorDialog.h"
#include "SignInDialog.h"
#include "Theme.h"
#include "auth/AuthClient.h"
#include "auth/ProfileStore.h"
#include "auth/SessionManager.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace limitless;
using namespace limitless::auth;
using limitless::test::FakeGoTrue;
using limitless::test::MemorySecretStore;
using limitless::test::waitUntil;
using limitless::ui::SignInDialog;
using Page = SignInDialog::Page;

namespace {

const QString kEmail = QStringLiteral("alex@limitless-growth.com");
const QString kPassword = QStringLiteral("correct horse battery");

QString screenshot(QWidget& w, const QString& name)
{
    const QString dir = QStringLiteral(LIMITLESS_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    // Let pending layout changes (a banner that appeared, a step that changed) settle first.
    QTest::qWait(50);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    REQUIRE(w.grab().save(path));
    return path;
}

// A sign-in window for the Production profile against the fake Supabase Auth.
struct Window {
    QTemporaryDir settingsDir;
    FakeGoTrue server;
    MemorySecretStore secrets;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<SessionManager> manager;
    std::unique_ptr<SignInDialog> dialog;
    QString userId;

    explicit Window(const QString& profileId = QStringLiteral("production"))
    {
        ui::Theme::apply(*qApp);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("LimitlessTest"));
        QCoreApplication::setApplicationName(QStringLiteral("signin"));
        REQUIRE(server.start());
        userId = server.addUser(kEmail, kPassword);
        profiles = std::make_unique<ProfileStore>(&secrets);
        manager = std::make_unique<SessionManager>(
            std::make_unique<AuthClient>(server.url(), FakeGoTrue::anonKey()), &secrets);
        manager->setWatchSystemEvents(false);
        dialog = std::make_unique<SignInDialog>(profiles.get());
        dialog->setSessionManager(manager.get());
        dialog->setProfile(profileId);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
        dialog->activateWindow();
    }

    void waitIdle()
    {
        REQUIRE(waitUntil([&] { return !manager->isBusy(); }));
        QTest::qWait(20);
    }
};

} // namespace

TEST_CASE("sign-in window: empty", "[auth][gui]")
{
    Window w;
    SignInDialog& d = *w.dialog;
    CHECK(d.page() == Page::Credentials);
    CHECK(d.profileId() == QLatin1String("production"));
    CHECK(d.profileBox()->currentText() == QLatin1String("Production"));
    CHECK(d.emailEdit()->text().isEmpty());
    CHECK(d.emailEdit()->hasFocus());
    CHECK(d.passwordField()->lineEdit()->echoMode() == QLineEdit::Password);
    CHECK(d.banner()->text().isEmpty());
    REQUIRE(d.providerButtons().size() == 2);
    CHECK(d.providerButtons().at(0)->text() == QLatin1String("Continue with Google"));
    CHECK(d.providerButtons().at(1)->text() == QLatin1String("Continue with GitHub"));
    CHECK(d.signInButton()->isDefault());
    screenshot(d, QStringLiteral("sign-in-empty"));
}

TEST_CASE("sign-in window: keyboard only, show/hide password", "[auth][gui]")
{
    Window w;
    SignInDialog& d = *w.dialog;
    // The tab chain walks through every control of the step, in reading order.
    QWidget* expected[] = {d.passwordField()->lineEdit(),
                           d.passwordField()->toggleButton(),
                           d.findChild<QPushButton*>(QStringLiteral("linkButton")),
                           d.signInButton(),
                           d.providerButtons().at(0),
                           d.providerButtons().at(1)};
    QWidget* w0 = d.emailEdit();
    for (QWidget* next : expected) {
        CHECK(w0->nextInFocusChain() != nullptr);
        QWidget* n = w0->nextInFocusChain();
        while (n && !(n->focusPolicy() & Qt::TabFocus))
            n = n->nextInFocusChain();
        CHECK(n == next);
        w0 = next;
    }

    QTest::keyClicks(d.emailEdit(), kEmail);
    QTest::keyClick(d.emailEdit(), Qt::Key_Tab);
    CHECK(d.passwordField()->lineEdit()->hasFocus());
    QTest::keyClicks(d.passwordField()->lineEdit(), kPassword);
    QTest::keyClick(d.passwordField()->lineEdit(), Qt::Key_Tab);
    CHECK(d.passwordField()->toggleButton()->hasFocus());
    QTest::keyClick(d.passwordField()->toggleButton(), Qt::Key_Space);
    CHECK(d.passwordField()->isRevealed());
    screenshot(d, QStringLiteral("sign-in-password-shown"));
    QTest::keyClick(d.passwordField()->toggleButton(), Qt::Key_Space);
    CHECK_FALSE(d.passwordField()->isRevealed());

    QSignalSpy accepted(&d, &QDialog::accepted);
    d.passwordField()->lineEdit()->setFocus();
    QTest::keyClick(d.passwordField()->lineEdit(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return !accepted.isEmpty(); }));
    CHECK(w.manager->isSignedIn());
    // The address is remembered, the password is not (and is gone from the field).
    CHECK(w.profiles->rememberedEmail(QStringLiteral("production")) == kEmail);
    CHECK(d.passwordField()->text().isEmpty());
    QSettings().sync();
    CHECK(test::filesContaining(w.settingsDir.path(), {kPassword}).isEmpty());
}

TEST_CASE("sign-in window: error", "[auth][gui]")
{
    Window w;
    SignInDialog& d = *w.dialog;
    d.emailEdit()->setText(kEmail);
    QTest::keyClicks(d.passwordField()->lineEdit(), QStringLiteral("wrong password"));
    QTest::keyClick(d.passwordField()->lineEdit(), Qt::Key_Return);
    CHECK(d.isBusy());
    CHECK_FALSE(d.signInButton()->isEnabled());
    w.waitIdle();
    CHECK(d.banner()->kind() == ui::Banner::Kind::Error);
    CHECK(d.banner()->text() == AuthError::make(AuthError::Kind::InvalidCredentials).userMessage());
    CHECK(d.passwordField()->text().isEmpty());
    CHECK(d.passwordField()->lineEdit()->hasFocus());
    CHECK(d.signInButton()->isEnabled());
    screenshot(d, QStringLiteral("sign-in-error"));

    // Too many attempts: the wait comes from Retry-After.
    w.server.setFault(QStringLiteral("/auth/v1/token"), FakeGoTrue::Fault::RateLimited, 30);
    QTest::keyClicks(d.passwordField()->lineEdit(), QStringLiteral("again"));
    QTest::keyClick(d.passwordField()->lineEdit(), Qt::Key_Return);
    w.waitIdle();
    CHECK(d.banner()->text().contains(QLatin1String("30")));
    screenshot(d, QStringLiteral("sign-in-rate-limited"));

    // Nothing typed: said before anything is sent.
    d.emailEdit()->clear();
    d.signInButton()->click();
    CHECK(d.banner()->text() == QLatin1String("Enter the e-mail address of your account."));
}

TEST_CASE("sign-in window: MFA step", "[auth][gui][mfa]")
{
    Window w;
    w.server.addTotpFactor(w.userId);
    SignInDialog& d = *w.dialog;
    d.emailEdit()->setText(kEmail);
    d.passwordField()->lineEdit()->setText(kPassword);
    d.signInButton()->click();
    REQUIRE(waitUntil([&] { return d.page() == Page::Mfa; }));
    w.waitIdle();
    CHECK(d.codeEdit()->hasFocus());
    screenshot(d, QStringLiteral("sign-in-mfa"));

    // Six digits submit by themselves.
    QTest::keyClicks(d.codeEdit(), QStringLiteral("000000"));
    w.waitIdle();
    CHECK(d.banner()->text() == AuthError::make(AuthError::Kind::MfaCodeInvalid).userMessage());
    CHECK(d.page() == Page::Mfa);
    CHECK(d.codeEdit()->text().isEmpty());
    screenshot(d, QStringLiteral("sign-in-mfa-error"));

    QSignalSpy accepted(&d, &QDialog::accepted);
    QTest::keyClicks(d.codeEdit(), FakeGoTrue::validTotpCode());
    REQUIRE(waitUntil([&] { return !accepted.isEmpty(); }));
    CHECK(w.manager->session().aal() == QLatin1String("aal2"));
}

TEST_CASE("sign-in window: Escape leaves the MFA step", "[auth][gui][mfa]")
{
    Window w;
    w.server.addTotpFactor(w.userId);
    SignInDialog& d = *w.dialog;
    d.emailEdit()->setText(kEmail);
    d.passwordField()->lineEdit()->setText(kPassword);
    d.signInButton()->click();
    REQUIRE(waitUntil([&] { return d.page() == Page::Mfa; }));
    QTest::keyClick(&d, Qt::Key_Escape);
    CHECK(d.page() == Page::Credentials);
    CHECK(d.isVisible());
    // The half-done server session is ended.
    REQUIRE(waitUntil([&] { return w.server.count(QStringLiteral("/auth/v1/logout")) == 1; }));
}

TEST_CASE("sign-in window: forgot password", "[auth][gui][recovery]")
{
    Window w;
    SignInDialog& d = *w.dialog;
    d.emailEdit()->setText(kEmail);
    d.findChild<QPushButton*>(QStringLiteral("linkButton"))->click();
    CHECK(d.page() == Page::RecoveryRequest);
    auto* email = d.findChild<QLineEdit*>(QStringLiteral("recoveryEmailEdit"));
    CHECK(email->text() == kEmail);
    screenshot(d, QStringLiteral("sign-in-forgot"));
    QTest::keyClick(email, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return d.page() == Page::RecoveryCode; }));
    auto* code = d.findChild<QLineEdit*>(QStringLiteral("recoveryCodeEdit"));
    QTest::keyClicks(code, w.server.recoveryCode(kEmail));
    QTest::keyClick(code, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return d.page() == Page::NewPassword; }));
    auto* pw = d.findChild<QLineEdit*>(QStringLiteral("newPasswordEdit"));
    auto* again = d.findChild<QLineEdit*>(QStringLiteral("newPasswordAgainEdit"));
    QTest::keyClicks(pw, QStringLiteral("a new long password"));
    QTest::keyClicks(again, QStringLiteral("a new long passwort"));
    QTest::keyClick(again, Qt::Key_Return);
    CHECK(d.banner()->text() == QLatin1String("The two passwords differ."));
    screenshot(d, QStringLiteral("sign-in-new-password"));
    QTest::keyClicks(again, QStringLiteral("a new long password"));
    QSignalSpy accepted(&d, &QDialog::accepted);
    QTest::keyClick(again, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return !accepted.isEmpty(); }));
}

TEST_CASE("sign-in window: Google through the browser", "[auth][gui][pkce]")
{
    Window w;
    w.server.setOAuthUser(kEmail);
    test::UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    SignInDialog& d = *w.dialog;
    d.providerButtons().at(0)->click();
    REQUIRE(browser.urls.size() == 1);
    CHECK(d.page() == Page::Browser);
    CHECK(QUrlQuery(browser.urls.first()).queryItemValue(QStringLiteral("provider")) ==
          QLatin1String("google"));
    screenshot(d, QStringLiteral("sign-in-browser"));
    QSignalSpy accepted(&d, &QDialog::accepted);
    w.server.browse(browser.urls.first(), true);
    REQUIRE(waitUntil([&] { return !accepted.isEmpty(); }));
    CHECK(w.profiles->rememberedEmail(QStringLiteral("production")) == kEmail);
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

TEST_CASE("sign-in window: the local sandbox profile", "[auth][gui]")
{
    Window w(QStringLiteral("sandbox"));
    SignInDialog& d = *w.dialog;
    CHECK(d.profileBox()->currentText() == QLatin1String("Local sandbox"));
    // No browser sign-in for local accounts; the hint says where the password is.
    CHECK(d.providerButtons().isEmpty());
    CHECK(d.findChild<QLabel*>(QStringLiteral("sandboxHint"))->isVisible());
    d.setPreparing(QStringLiteral("Starting the local sandbox…"));
    CHECK_FALSE(d.signInButton()->isEnabled());
    screenshot(d, QStringLiteral("sign-in-sandbox-starting"));
    d.setPreparing({});
    d.clearMessage();
    CHECK(d.signInButton()->isEnabled());
    screenshot(d, QStringLiteral("sign-in-sandbox"));

    // Choosing another profile is a request to the owner of the window.
    QSignalSpy change(&d, &SignInDialog::profileChangeRequested);
    d.profileBox()->setFocus();
    QTest::keyClick(d.profileBox(), Qt::Key_Down);
    REQUIRE(change.size() == 1);
    CHECK(change.first().first().toString() == QLatin1String("production"));
}

TEST_CASE("profile editor: test connection says which part failed", "[auth][gui][profiles]")
{
    Window w;
    ui::ProfileEditorDialog editor(w.profiles.get());
    Profile p = Profile::staging();
    p.supabaseUrl = w.server.url();
    p.anonKey = FakeGoTrue::anonKey();
    p.dbHost = QStringLiteral("127.0.0.1");
    {
        QTcpServer probe; // a port where no database listens
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        p.dbPort = probe.serverPort();
    }
    p.sslMode = QStringLiteral("disable");
    editor.setProfile(p);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy tested(&editor, &ui::ProfileEditorDialog::tested);
    editor.testConnection();
    REQUIRE(waitUntil([&] { return !tested.isEmpty(); }, 20000));
    const QStringList lines = editor.testResult().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QStringLiteral("✓")));
    CHECK(lines.at(1).startsWith(QStringLiteral("✗")));
    screenshot(editor, QStringLiteral("profile-editor-test"));

    // A remote http:// URL is refused before anything is sent.
    auto* url = editor.findChildren<QLineEdit*>().at(1);
    url->setText(QStringLiteral("http://stagingref.supabase.co"));
    CHECK(editor.findChild<QLabel*>(QStringLiteral("profileProblems"))
              ->text()
              .contains(QLatin1String("https://")));
    CHECK(editor.testResult().startsWith(QLatin1String("not tested")));
    screenshot(editor, QStringLiteral("profile-editor-problem"));
}

TEST_CASE("message box: a test answers it without a click", "[auth][gui]")
{
    ui::MessageBox::setNextAnswer(ui::MessageBox::Button::Yes);
    ui::MessageBox::Button answer = ui::MessageBox::Button::NoButton;
    ui::MessageBox::question(nullptr, QStringLiteral("Sign out?"), QStringLiteral("Really?"),
                             [&](ui::MessageBox::Button b) { answer = b; });
    REQUIRE(waitUntil([&] { return answer != ui::MessageBox::Button::NoButton; }));
    CHECK(answer == ui::MessageBox::Button::Yes);
    CHECK(ui::MessageBox::lastText() == QLatin1String("Really?"));
    // Nothing was shown.
    for (QWidget* top : QApplication::topLevelWidgets())
        CHECK_FALSE((top->isVisible() && qobject_cast<QMessageBox*>(top)));
}

TEST_CASE("sign-in window: the first run's welcome page", "[auth][gui]")
{
    Window w(QStringLiteral("sandbox"));
    SignInDialog& d = *w.dialog;
    d.showPage(SignInDialog::Page::Welcome);
    // The two ways to start, and no profile row or sign-in fields to confuse them with.
    CHECK(d.trySandboxButton()->isVisible());
    CHECK(d.connectProjectButton()->isVisible());
    CHECK_FALSE(d.profileBox()->isVisible());
    CHECK_FALSE(d.emailEdit()->isVisible());
    CHECK(d.trySandboxButton()->hasFocus());
    CHECK_FALSE(d.trySandboxButton()->accessibleName().isEmpty());
    screenshot(d, QStringLiteral("sign-in-welcome"));
    QSignalSpy sandbox(&d, &SignInDialog::trySandboxChosen);
    QSignalSpy project(&d, &SignInDialog::connectProjectChosen);
    d.connectProjectButton()->click();
    CHECK(project.size() == 1);
    d.trySandboxButton()->click();
    CHECK(sandbox.size() == 1);
    // Escape on the welcome page closes the window (there is no step to go back to).
    QSignalSpy rejected(&d, &QDialog::rejected);
    QTest::keyClick(&d, Qt::Key_Escape);
    CHECK(rejected.size() == 1);
}
