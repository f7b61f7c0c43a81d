// `limitless-dashboard`: the owner's desktop app. Thin: sets up the application, then hands over
// to the main window and the connection bootstrap (ui/).
#include "Appearance.h"
#include "ConnectionBootstrap.h"
#include "MainWindow.h"
#include "SignInController.h"
#include "core/Translations.h"
#include "db/Database.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Limitless"));
    QApplication::setApplicationName(QStringLiteral("limitless-dashboard"));
    QApplication::setApplicationVersion(QStringLiteral(LIMITLESS_VERSION));
    // The installed .desktop file's name (packaging/): lets Wayland compositors and docks match the
    // window to its launcher and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("com.limitless_os.Dashboard"));
    limitless::installTranslations(app);
    // The owner's choice in Settings (System by default), followed live.
    limitless::ui::Appearance::instance().apply();

    using limitless::ui::ConnectionBootstrap;
    using limitless::ui::MainWindow;
    limitless::db::Database database;
    MainWindow window(&database);
    ConnectionBootstrap bootstrap(&database);
    QObject::connect(&bootstrap, &ConnectionBootstrap::progress, &window,
                     &MainWindow::showStartupMessage);
    QObject::connect(&bootstrap, &ConnectionBootstrap::opened, &window,
                     &MainWindow::clearStartupMessage);
    QObject::connect(&bootstrap, &ConnectionBootstrap::failed, &window,
                     &MainWindow::showStartupError);
    // The owner signs in first (the local sandbox profile by default) and the database runs with
    // the session's claims. LIMITLESS_DATABASE_URL (+ LIMITLESS_CLAIMS) skips the sign-in.
    if (qEnvironmentVariableIsEmpty("LIMITLESS_DATABASE_URL")) {
        using limitless::ui::SignInController;
        SignInController signIn(&database);
        signIn.attach(&window);
        QObject::connect(&signIn, &SignInController::signedIn, &window, &QWidget::show);
        QObject::connect(&signIn, &SignInController::signedOut, &window, &QWidget::hide);
        QObject::connect(&signIn, &SignInController::signedOut, &window, &MainWindow::resetSession);
        QObject::connect(&signIn, &SignInController::quitRequested, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
        signIn.start();
        return QApplication::exec();
    }
    QObject::connect(&window, &MainWindow::retryRequested, &bootstrap, &ConnectionBootstrap::start);
    window.show();
    bootstrap.start();
    return QApplication::exec();
}
