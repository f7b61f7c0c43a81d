#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace limitless::auth {
class ProfileStore;
class SessionManager;
struct AuthError;
} // namespace limitless::auth

namespace limitless::ui {

class Banner;
class PasswordField;

// The sign-in window: the profile chooser, e-mail and password (the address is remembered per
// profile, the password never), "Forgot password" with the e-mailed code and a new password,
// Google/GitHub through the browser, and the authenticator-code step when the account has MFA.
// It drives a SessionManager and shows its progress and errors; it knows nothing of HTTP or SQL.
// Usable with the keyboard alone: every control is in the tab chain, labels have mnemonics,
// Return submits the current step and Escape goes back or closes.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    enum class Page {
        Credentials,
        Mfa,
        RecoveryRequest,
        RecoveryCode,
        NewPassword,
        Browser,
        Welcome
    };
    Q_ENUM(Page)

    explicit SignInDialog(auth::ProfileStore* profiles, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // The manager of the selected profile (not owned); null while it is being prepared.
    void setSessionManager(auth::SessionManager* manager);
    void setProfile(const QString& id);
    QString profileId() const;
    // Something is being prepared (the local sandbox starting): inputs wait, `message` says why.
    void setPreparing(const QString& message);
    void showError(const QString& message);
    void showNotice(const QString& message);
    void clearMessage();
    // Fills the credentials in (the account of a sandbox created just now).
    void prefill(const QString& email, const QString& password);

    Page page() const;
    void showPage(Page page);
    bool isBusy() const { return m_busy; }

    // For tests and accessibility checks.
    QLineEdit* emailEdit() const { return m_email; }
    PasswordField* passwordField() const { return m_password; }
    QLineEdit* codeEdit() const { return m_mfaCode; }
    QPushButton* signInButton() const { return m_signIn; }
    QComboBox* profileBox() const { return m_profile; }
    Banner* banner() const { return m_banner; }
    QList<QPushButton*> providerButtons() const { return m_providerButtons; }
    QPushButton* trySandboxButton() const { return m_trySandbox; }
    QPushButton* connectProjectButton() const { return m_connectProject; }

signals:
    // The owner picked another profile; the owner of this dialog switches (and signs out).
    void profileChangeRequested(const QString& id);
    void editProfileRequested(const QString& id);
    // The first run's choices (Page::Welcome).
    void trySandboxChosen();
    void connectProjectChosen();

protected:
    void reject() override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildCredentialsPage();
    QWidget* buildMfaPage();
    QWidget* buildRecoveryRequestPage();
    QWidget* buildRecoveryCodePage();
    QWidget* buildNewPasswordPage();
    QWidget* buildBrowserPage();
    QWidget* buildWelcomePage();
    void rebuildProviders();
    void reloadProfiles();
    void setBusy(bool busy);
    void updateEnabled();
    void focusPage();

    void submitCredentials();
    void submitMfa();
    void submitRecoveryRequest();
    void submitRecoveryCode();
    void submitNewPassword();
    void startProvider(const QString& provider);
    void backToCredentials();

    void onError(const auth::AuthError& error);
    void onSignedIn();

    auth::ProfileStore* m_profiles;
    QPointer<auth::SessionManager> m_manager;
    QString m_profileId;
    QString m_preparing;
    QString m_lastProvider;
    bool m_busy = false;

    QLabel* m_title;
    QLabel* m_subtitle;
    QComboBox* m_profile;
    QPushButton* m_editProfile;
    QWidget* m_profileRow = nullptr;
    QPushButton* m_trySandbox = nullptr;
    QPushButton* m_connectProject = nullptr;
    Banner* m_banner;
    QStackedWidget* m_pages;
    QProgressBar* m_progress;

    QLineEdit* m_email;
    PasswordField* m_password;
    QPushButton* m_signIn;
    QPushButton* m_forgot;
    QLabel* m_sandboxHint;
    QWidget* m_providerBox;
    QVBoxLayout* m_providerLayout;
    QList<QPushButton*> m_providerButtons;

    QLineEdit* m_mfaCode;
    QPushButton* m_mfaVerify;
    QPushButton* m_mfaCancel;

    QLineEdit* m_recoveryEmail;
    QPushButton* m_recoverySend;
    QPushButton* m_recoveryBack;
    QLineEdit* m_recoveryCode;
    QPushButton* m_recoveryContinue;
    QPushButton* m_recoveryCodeBack;
    PasswordField* m_newPassword;
    PasswordField* m_newPasswordAgain;
    QPushButton* m_newPasswordSave;
    QPushButton* m_newPasswordCancel;

    QLabel* m_browserText;
    QPushButton* m_browserCancel;
};

} // namespace limitless::ui
