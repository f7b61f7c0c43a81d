#pragma once

#include "agent/server/ServerSettings.h"

#include <QByteArray>
#include <QDialog>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace limitless::auth {
class SecretStore;
}

namespace limitless::ui {

class PasswordField;

// Settings ▸ Agent backend, for one profile: the playground's agent is the dashboard's built-in
// runtime or the one a LangGraph API server runs (its URL, its API key kept in the keychain as
// `agent/<profile>/server-api-key`, and the assistant chosen from the server's list). "Test
// connection" checks /ok and /info on a worker thread, then lists the assistants; it shows the
// server's version or the specific error. Save stores the key first, then the settings.
class AgentBackendDialog : public QDialog {
    Q_OBJECT

public:
    AgentBackendDialog(const QString& profileId, auth::SecretStore* secrets,
                       QWidget* parent = nullptr);
    ~AgentBackendDialog() override;

    QComboBox* backendChoice() const { return m_backend; }
    QLineEdit* urlField() const { return m_url; }
    PasswordField* apiKeyField() const { return m_apiKey; }
    QComboBox* assistantChoice() const { return m_assistant; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* saveButton() const { return m_save; }
    QString statusText() const;
    bool isTesting() const { return m_testing; }
    // The settings as the form has them.
    agent::server::ServerSettings settings() const;

public slots:
    // Test connection with the URL and key in the form (the stored key when none is typed).
    void testConnection();
    bool save();

signals:
    // A test finished: `ok` with the server's version in `message`, else the error.
    void tested(bool ok, const QString& message);
    void saved(const limitless::agent::server::ServerSettings& settings);

private:
    void updateFields();

    QString m_profileId;
    auth::SecretStore* m_secrets;
    QByteArray m_storedKey;
    bool m_testing = false;
    QComboBox* m_backend;
    QLineEdit* m_url;
    PasswordField* m_apiKey;
    QComboBox* m_assistant;
    QPushButton* m_test;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
};

} // namespace limitless::ui
