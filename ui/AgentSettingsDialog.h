#pragma once

#include "agent/AgentSettings.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace limitless::auth {
class SecretStore;
}

namespace limitless::ui {

class PasswordField;

// The agent's OpenAI-compatible model for one profile (AgentSettings, shared with the command
// line): the server's base URL, the chat model, the temperature, streaming, and the API key,
// which goes to the keychain (as the knowledge base's embeddings key does), never to the
// settings. What is still missing is said before saving.
class AgentSettingsDialog : public QDialog {
    Q_OBJECT

public:
    AgentSettingsDialog(const QString& profileId, auth::SecretStore* secrets,
                        QWidget* parent = nullptr);

    void setSettings(const agent::AgentSettings& settings);
    agent::AgentSettings settings() const;
    // Whether the keychain holds a key for this profile (the form then needs none typed).
    void setHasStoredKey(bool stored);
    QString problemsText() const;
    QLineEdit* baseUrlEdit() const { return m_baseUrl; }
    QLineEdit* modelEdit() const { return m_model; }
    QDoubleSpinBox* temperatureEdit() const { return m_temperature; }
    PasswordField* apiKeyField() const { return m_apiKey; }
    QPushButton* saveButton() const { return m_save; }

    // Writes a typed key to the keychain, then saves the settings and emits saved(); false
    // (nothing written) when the form has problems.
    bool save();

signals:
    // `apiKey`: the key now in the keychain when one was typed (empty: unchanged).
    void saved(const limitless::agent::AgentSettings& settings, const QByteArray& apiKey);

private:
    void updateProblems();

    QString m_profileId;
    auth::SecretStore* m_secrets;
    agent::AgentSettings m_loaded;
    bool m_storedKey = false;
    QLineEdit* m_baseUrl;
    QLineEdit* m_model;
    QDoubleSpinBox* m_temperature;
    QCheckBox* m_streaming;
    PasswordField* m_apiKey;
    QLabel* m_problems;
    QPushButton* m_save;
};

} // namespace limitless::ui
