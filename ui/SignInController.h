#pragma once

#include "db/DbError.h"
#include "sandbox/Sandbox.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMainWindow;

namespace limitless::db {
class Database;
}

namespace limitless::auth {
class DatabaseBinding;
class KeychainStore;
class ProfileStore;
class SecretStore;
class SessionManager;
} // namespace limitless::auth

namespace limitless::ui {

class SignInDialog;

// Runs the owner's sign-in for the app: picks the current profile (starting the local sandbox
// off the GUI thread when that is the profile), restores the stored session or shows the
// sign-in window, binds the database to the session (claims on sign-in, new claims on refresh,
// connections closed on sign-out), and switches profiles — which signs out of the old one.
class SignInController : public QObject {
    Q_OBJECT

public:
    // `secrets` null = the OS keychain (tests pass a store of their own).
    explicit SignInController(db::Database* database, auth::SecretStore* secrets = nullptr,
                              QObject* parent = nullptr);
    ~SignInController() override;

    // Starts with the current profile; ends in signedIn() or with the sign-in window shown. On
    // the first run (no choice made yet, no sandbox created) the window asks first: try the
    // local sandbox with the demo business, or connect to the owner's Supabase project.
    void start();
    bool isFirstRun() const;
    // Adds the "Account" menu (who is signed in, Sign out) to the main window.
    void attach(QMainWindow* window);
    void signOut();

    SignInDialog* dialog() const { return m_dialog.get(); }
    auth::SessionManager* sessions() const { return m_sessions.get(); }
    auth::ProfileStore* profiles() const { return m_profiles.get(); }

signals:
    void signedIn();
    void signedOut(const QString& reason);
    // The sign-in window was closed without signing in.
    void quitRequested();

private:
    struct SandboxResult {
        db::DbError error;
        sandbox::Sandbox::Status status;
        QString createdPassword; // set once, when the sandbox was created just now
        QString demoNote;        // the demo business loaded into it (first run), or why not
    };
    void useProfile(const QString& id);
    void createSessions(const QString& id);
    void dropSessions();
    void editProfile(const QString& id);
    void chooseFirstRun(const QString& choice);
    void showDialog();
    void updateAccountMenu();

    QPointer<db::Database> m_db;
    std::unique_ptr<auth::KeychainStore> m_keychain;
    auth::SecretStore* m_secrets;
    std::unique_ptr<auth::ProfileStore> m_profiles;
    std::unique_ptr<auth::SessionManager> m_sessions;
    std::unique_ptr<auth::DatabaseBinding> m_binding;
    std::unique_ptr<SignInDialog> m_dialog;
    QFutureWatcher<SandboxResult> m_sandbox;
    QString m_profileId;
    // A sandbox created by this run: its owner account, shown once in the sign-in window.
    QString m_newOwnerEmail;
    QString m_newOwnerPassword;
    QString m_demoNote;
    quint64 m_generation = 0;
    bool m_loadDemo = false; // the first run chose the sandbox: fill it with the demo business
    QPointer<QMainWindow> m_window;
    QPointer<QAction> m_whoAction;
};

} // namespace limitless::ui
