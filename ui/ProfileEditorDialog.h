#pragma once

#include "auth/Profile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace limitless::auth {
class ConnectionTester;
class ProfileStore;
struct AuthError;
} // namespace limitless::auth

namespace limitless::ui {

class Banner;
class PasswordField;

// Edits one profile: the Supabase project (URL, anon or publishable key), the database
// (direct connection or session pooler, TLS mode and CA file), the campaign links' base URL and
// the browser sign-in providers. "Test connection" checks the auth endpoint and the database
// separately and says which one failed and why. Secrets are saved to the keychain by the
// ProfileStore; nothing here talks to a server itself.
class ProfileEditorDialog : public QDialog {
    Q_OBJECT

public:
    ProfileEditorDialog(auth::ProfileStore* profiles, QWidget* parent = nullptr);
    ~ProfileEditorDialog() override;

    // Loads the profile (with its secrets, asynchronously) into the form.
    void load(const QString& id);
    void setProfile(const auth::Profile& profile);
    auth::Profile profile() const;
    // Starts "Test connection".
    void testConnection();
    QString testResult() const;
    bool isTesting() const;

signals:
    void saved(const QString& id);
    void tested();

private:
    void save();
    void updateProblems();
    void chooseCaFile();
    void onModeChanged();
    void showTestResult(bool authOk, const QString& authText, bool dbOk, const QString& dbText);

    auth::ProfileStore* m_profiles;
    auth::ConnectionTester* m_tester;
    auth::Profile m_loaded;

    Banner* m_banner;
    QLabel* m_sandboxNote;
    QWidget* m_remoteForm;
    QLineEdit* m_name;
    QLineEdit* m_url;
    PasswordField* m_key;
    QComboBox* m_mode;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    PasswordField* m_password;
    QComboBox* m_sslMode;
    QLineEdit* m_caFile;
    QPushButton* m_browseCa;
    QLineEdit* m_campaignUrl;
    QLineEdit* m_providers;
    QSpinBox* m_redirectPort;
    QLabel* m_problems;
    QLabel* m_testAuth;
    QLabel* m_testDb;
    QPushButton* m_test;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

} // namespace limitless::ui
