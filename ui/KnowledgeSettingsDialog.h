#pragma once

#include "knowledge/KnowledgeSettings.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace limitless::auth {
class SecretStore;
}

namespace limitless::ui {

class PasswordField;

// The knowledge base's settings for one profile: where documents are processed (in the app or
// by a cloud worker), where the originals are kept (a local folder or a Cloud Storage bucket),
// the embedder (offline, or an OpenAI-compatible endpoint whose API key goes to the keychain),
// chunk size and overlap, the upload limit, the fusion weights and a watched folder. Secrets
// typed here are written to the keychain; nothing secret reaches QSettings.
class KnowledgeSettingsDialog : public QDialog {
    Q_OBJECT

public:
    KnowledgeSettingsDialog(const QString& profileId, auth::SecretStore* secrets,
                            QWidget* parent = nullptr);

    void setSettings(const knowledge::KnowledgeSettings& settings);
    knowledge::KnowledgeSettings settings() const;
    QString problemsText() const;

    // Saves the settings (and any typed secret) and emits saved(); returns false when the
    // settings have problems.
    bool save();

signals:
    // `reprocess`: the chunk settings or the embedding model changed, so documents processed
    // before should be processed again.
    void saved(const limitless::knowledge::KnowledgeSettings& settings, bool reprocess);

private:
    void updateForm();
    void chooseFolder(QLineEdit* target, const QString& title);
    void chooseKeyFile();

    QString m_profileId;
    auth::SecretStore* m_secrets;
    knowledge::KnowledgeSettings m_loaded;
    QRadioButton* m_inApp;
    QRadioButton* m_cloudWorker;
    QComboBox* m_storage;
    QLineEdit* m_localFolder;
    QPushButton* m_browseLocal;
    QLineEdit* m_bucket;
    QLineEdit* m_keyFile;
    QPushButton* m_browseKey;
    QComboBox* m_embedder;
    QLineEdit* m_baseUrl;
    QLineEdit* m_model;
    PasswordField* m_apiKey;
    QSpinBox* m_chunkTokens;
    QSpinBox* m_overlap;
    QSpinBox* m_maxMb;
    QDoubleSpinBox* m_vectorWeight;
    QDoubleSpinBox* m_textWeight;
    QSpinBox* m_rrfK;
    QLineEdit* m_watched;
    QPushButton* m_browseWatched;
    QLabel* m_problems;
    QPushButton* m_save;
    QWidget* m_localRow;
    QWidget* m_gcsRows;
    QWidget* m_openAiRows;
};

} // namespace limitless::ui
