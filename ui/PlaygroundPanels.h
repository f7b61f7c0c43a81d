#pragma once

#include "agent/PlaygroundLab.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QPushButton;

namespace limitless::auth {
class SecretStore;
}

namespace limitless::ui {

class AgentSettingsDialog;
class PlaygroundPage;
class PromptsPanel;
class ReplayDialog;
class ReplayPanel;
class ScenariosPanel;

// The Agent playground's replay, scenarios and prompt editor, added to a PlaygroundPage as
// side tabs ("Replay", "Scenarios", "Prompts"), and the OpenAI-compatible policy offered in
// its policy choice with an "Agent settings…" button beside it (base URL, model, temperature,
// the API key in the keychain). Everything runs on the page's PlaygroundSession worker.
class PlaygroundPanels : public QObject {
    Q_OBJECT

public:
    // `secrets` null = the OS keychain.
    explicit PlaygroundPanels(PlaygroundPage* page, auth::SecretStore* secrets = nullptr);
    ~PlaygroundPanels() override;

    agent::PlaygroundLab* lab() const { return m_lab; }
    ReplayPanel* replayPanel() const { return m_replay; }
    ScenariosPanel* scenariosPanel() const { return m_scenarios; }
    PromptsPanel* promptsPanel() const { return m_prompts; }
    QPushButton* settingsButton() const { return m_settingsButton; }
    // The open "Replay in playground" dialog, if any.
    ReplayDialog* replayDialog() const;
    AgentSettingsDialog* settingsDialog() const;
    // What the OpenAI-compatible policy still needs ('' = usable), as the choice says.
    QString openAiMissing() const;
    // Why the LangGraph server cannot run a replay or scenarios now ('' = it can).
    QString serverMissing() const;

public slots:
    // Reads the conversation's lead messages and asks which turn to replay from.
    void askReplay(const QString& conversationId);
    // Replays without asking (`copiedTurns` lead turns copied as they were).
    void replay(const QString& conversationId, int copiedTurns);
    void openSettings();
    // Reads the profile's agent settings and API key again.
    void reloadAgentSettings();

signals:
    // A replay was asked for (the playground should be shown).
    void replayStarted(const QString& conversationId);
    // A replay finished (or failed: result.error), after the panel showed it.
    void replayFinished(const limitless::agent::ReplayResult& result);

private:
    void syncThread();
    void syncServer();
    void updatePolicyChoice();

    PlaygroundPage* m_page;
    std::unique_ptr<QObject> m_ownedSecrets;
    auth::SecretStore* m_secrets;
    agent::PlaygroundLab* m_lab;
    ReplayPanel* m_replay;
    ScenariosPanel* m_scenarios;
    PromptsPanel* m_prompts;
    QPushButton* m_settingsButton = nullptr;
    QPointer<ReplayDialog> m_replayDialog;
    QPointer<AgentSettingsDialog> m_settingsDialog;
    quint64 m_dialogTranscript = 0;
    quint64 m_replayRequest = 0;
    bool m_replayOnServer = false;
    agent::server::ServerEndpoint m_replayServer;
    QString m_dialogConversation;
    quint64 m_settingsGeneration = 0;
    bool m_storedKey = false;
};

} // namespace limitless::ui
