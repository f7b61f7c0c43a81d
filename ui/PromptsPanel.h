#pragma once

#include "agent/PromptSet.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace limitless::agent {
class PlaygroundLab;
class PlaygroundSession;
} // namespace limitless::agent

namespace limitless::ui {

// The playground's "Prompts" tab: each node's prompt file (the instructions an LLM gets and
// the reply templates the offline policy fills), edited and saved as a new version in this
// database (limitless.agent_prompt_versions); the next turn uses the saved version, and a
// scenario run records which one. The node's saved versions are listed newest first; one can
// be restored (saved again as the newest, so nothing is lost), unsaved edits discarded.
class PromptsPanel : public QWidget {
    Q_OBJECT

public:
    PromptsPanel(agent::PlaygroundSession* session, agent::PlaygroundLab* lab,
                 QWidget* parent = nullptr);

    QComboBox* nodeChoice() const { return m_node; }
    QPlainTextEdit* editor() const { return m_editor; }
    QListWidget* versionsList() const { return m_versions; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* discardButton() const { return m_discard; }
    QPushButton* restoreButton() const { return m_restore; }
    QString statusText() const;
    // The prompts the next turn uses, as last loaded.
    const agent::PromptSet& prompts() const { return m_prompts; }
    bool isModified() const;

public slots:
    void reload();
    void showNode(const QString& node);
    void save();
    void discard();
    // Saves the selected version's text again as the newest version.
    void restoreSelected();

signals:
    // A version was saved (or failed: `error`).
    void saved(const QString& node, int version, const QString& error);

private:
    QString currentNode() const;
    void showPrompt();
    void updateControls();

    agent::PlaygroundSession* m_session;
    agent::PlaygroundLab* m_lab;
    agent::PromptSet m_prompts = agent::PromptSet::builtin();
    QList<agent::NodePrompt> m_history;
    quint64 m_loadRequest = 0;
    quint64 m_saveRequest = 0;
    quint64 m_historyRequest = 0;
    QString m_shownBody;

    QComboBox* m_node;
    QLabel* m_status;
    QPlainTextEdit* m_editor;
    QListWidget* m_versions;
    QPushButton* m_save;
    QPushButton* m_discard;
    QPushButton* m_restore;
};

} // namespace limitless::ui
