#pragma once

#include "agent/AgentRuntime.h"
#include "agent/PlaygroundThreads.h"
#include "agent/ThreadStore.h"

#include <QByteArray>
#include <QHash>
#include <QUrl>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTreeView;

namespace limitless::auth {
class SecretStore;
}

namespace limitless::db {
class Database;
}

namespace limitless::knowledge {
class EnvironmentTracker;
}

namespace limitless::agent {
class PlaygroundBackend;
class PlaygroundSession;
namespace server {
class ServerPlaygroundSession;
}
} // namespace limitless::agent

namespace limitless::models {
class AgentStateModel;
class CampaignsModel;
class CheckpointTreeModel;
class PlaygroundThreadsModel;
class RetrievedChunksModel;
class TranscriptModel;
} // namespace limitless::models

namespace limitless::ui {

class AgentBackendDialog;
class AgentGraphView;
class Banner;

// The Agent playground: the owner tests conversations with the sales agent on their own
// documents. Test conversations (playground threads) on the left — a new one for a chosen
// campaign, reset, delete; the chat in the middle with the agent's reply streaming in, Stop,
// and a simulated payment through a clearly labelled test link; on the right the state
// inspector, the graph with the current node, the chunks the turn retrieved with their scores,
// and the checkpoint history as a tree of branches, from which any checkpoint can be continued
// or edited and forked into a new branch (the old one stays).
//
// Everything runs on the PlaygroundSession's worker thread; the page only sends requests and
// shows answers. Without the playground's additions it says so and how to install them.
class PlaygroundPage : public QWidget {
    Q_OBJECT

public:
    enum class Tab { State, Graph, Chunks, History };
    Q_ENUM(Tab)

    // `secrets` null = the OS keychain.
    explicit PlaygroundPage(db::Database* database, auth::SecretStore* secrets = nullptr,
                            QWidget* parent = nullptr);
    ~PlaygroundPage() override;

    // The built-in runtime's session (policies, payments, prompts).
    agent::PlaygroundSession* session() const { return m_session; }
    // The backend the page talks to: the built-in session, or the LangGraph server's.
    agent::PlaygroundBackend* backend() const { return m_backend; }
    // The LangGraph server's session once the server backend was chosen (else null).
    agent::server::ServerPlaygroundSession* serverSession() const { return m_server; }
    bool isServerBackend() const;
    // The nodes the open thread waits before at an interrupt (server backend; empty: none).
    QStringList waitingBefore() const { return m_waitingBefore; }
    QPushButton* resumeButton() const { return m_resume; }
    models::PlaygroundThreadsModel* threadsModel() const { return m_threads; }
    models::TranscriptModel* transcriptModel() const { return m_transcript; }
    models::AgentStateModel* stateModel() const { return m_state; }
    models::RetrievedChunksModel* chunksModel() const { return m_chunks; }
    models::CheckpointTreeModel* historyModel() const { return m_history; }
    AgentGraphView* graphView() const { return m_graph; }
    QListView* threadsView() const { return m_threadsView; }
    QListView* chatView() const { return m_chatView; }
    QTableView* stateView() const { return m_stateView; }
    QTableView* chunksView() const { return m_chunksView; }
    QTreeView* historyView() const { return m_historyView; }
    QTabWidget* sideTabs() const { return m_tabs; }
    QComboBox* campaignChoice() const { return m_campaign; }
    QComboBox* policyChoice() const { return m_policy; }
    QPlainTextEdit* input() const { return m_input; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* paymentButton() const { return m_payment; }
    QPushButton* continueButton() const { return m_continue; }
    QPushButton* editForkButton() const { return m_editFork; }
    QPushButton* applyForkButton() const { return m_applyFork; }
    QPushButton* cancelForkButton() const { return m_cancelFork; }
    Banner* banner() const { return m_banner; }

    QString currentThreadId() const { return m_threadId; }
    // The checkpoint the chat shows and the next message continues from ('' = none yet).
    QString headCheckpoint() const { return m_head; }
    // The checkpoint whose state the chat and the inspector show (loaded).
    QString shownCheckpoint() const { return m_snapshot.checkpointId; }
    bool isForking() const { return m_forking; }
    // The last turn's notices, its error (translated) and its test payment link as shown.
    QStringList noticeTexts() const { return m_noticeList; }
    QString turnError() const;
    QString paymentLinkText() const;
    QString emptyStateText() const;
    // Adds a tab beside State, Graph, Chunks and History (e.g. saved scenarios).
    int addSideTab(QWidget* widget, const QString& label);

public slots:
    void showTab(limitless::ui::PlaygroundPage::Tab tab);
    // Starts a test conversation for the campaign with `code` and opens it.
    void startConversation(const QString& campaignCode);
    // Opens a playground thread (the list is refreshed so it is there).
    void openThread(const QString& threadId);
    // Sends `text` as the lead's message (as the input's Send does).
    void sendMessage(const QString& text);
    void send();
    void stop();
    void simulatePayment();
    void resetThread();
    void deleteThread();
    // The selected history checkpoint becomes the one the chat continues from.
    void continueFromSelected();
    // Opens the selected history checkpoint for editing in the inspector.
    void editSelected();
    // Stores the inspector's edits as a new branch and continues from it.
    void applyFork();
    void cancelFork();
    void refreshThreads();
    // Sign-out: nothing of this account stays on screen.
    void resetSession();
    // The playground on the agent a LangGraph API server runs (`assistantId` empty: the
    // server's first), or back on the built-in runtime. The open conversation closes.
    void useServerBackend(const QUrl& url, const QByteArray& apiKey,
                          const QString& assistantId = {});
    void useBuiltInBackend();
    // The current profile's agent backend (ServerSettings; the API key from the keychain).
    void applyProfileBackend();
    // Lets a run that stopped at an interrupt go on (server backend).
    void resume();
    // Opens the profile's agent backend settings (non-modal); saving applies them.
    AgentBackendDialog* editBackend();

signals:
    // A turn finished (stored or failed), after the page showed it.
    void turnShown(const limitless::agent::TurnResult& result);
    // The backend was switched, or became ready or not (the page's banner says why).
    void backendStatusChanged();

private:
    void connectBackend(agent::PlaygroundBackend* backend);
    void switchBackend(agent::PlaygroundBackend* backend);
    QWidget* buildHeader();
    QWidget* buildThreadsPane();
    QWidget* buildChatPane();
    QWidget* buildStateTab();
    QWidget* buildGraphTab();
    QWidget* buildChunksTab();
    QWidget* buildHistoryTab();
    void selectThread(const QString& threadId);
    void loadThread();
    void showSnapshot(const agent::ThreadSnapshot& snapshot);
    void showTurn(const agent::TurnResult& result);
    void showTranscript();
    void updateCampaigns();
    void updateAvailability();
    void updateControls();
    void updateHeadNote();
    void setNotices(const QStringList& notices);
    void setTurnError(const QString& error);
    void setPaymentLink(const QString& url);
    QString selectedCheckpoint() const;

    db::Database* m_db;
    knowledge::EnvironmentTracker* m_environment;
    agent::PlaygroundSession* m_session;
    agent::PlaygroundBackend* m_backend;
    agent::server::ServerPlaygroundSession* m_server = nullptr;
    auth::SecretStore* m_secrets;
    std::unique_ptr<auth::SecretStore> m_ownKeychain;
    models::CampaignsModel* m_campaigns;
    models::PlaygroundThreadsModel* m_threads;
    models::TranscriptModel* m_transcript;
    models::AgentStateModel* m_state;
    models::RetrievedChunksModel* m_chunks;
    models::CheckpointTreeModel* m_history;

    Banner* m_banner;
    QLabel* m_subtitle = nullptr;
    QComboBox* m_policy = nullptr;
    QComboBox* m_campaign = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_delete = nullptr;
    QStackedWidget* m_threadsStack = nullptr;
    QListView* m_threadsView = nullptr;
    QLabel* m_threadsEmpty = nullptr;
    QLabel* m_chatTitle = nullptr;
    QLabel* m_chatSubtitle = nullptr;
    QStackedWidget* m_chatStack = nullptr;
    QListView* m_chatView = nullptr;
    QLabel* m_chatEmpty = nullptr;
    QLabel* m_notices = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_paymentLink = nullptr;
    QLabel* m_headNote = nullptr;
    QPushButton* m_backToLatest = nullptr;
    QWidget* m_headRow = nullptr;
    QPlainTextEdit* m_input = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_resume = nullptr;
    QWidget* m_paymentRow = nullptr;
    QLabel* m_policyLabel = nullptr;
    QPushButton* m_payment = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_stateView = nullptr;
    QLabel* m_stateNote = nullptr;
    QPushButton* m_applyFork = nullptr;
    QPushButton* m_cancelFork = nullptr;
    AgentGraphView* m_graph = nullptr;
    QTableView* m_chunksView = nullptr;
    QLabel* m_chunksNote = nullptr;
    QTextBrowser* m_chunkText = nullptr;
    QTreeView* m_historyView = nullptr;
    QLabel* m_historyNote = nullptr;
    QPushButton* m_continue = nullptr;
    QPushButton* m_editFork = nullptr;

    QString m_threadId;
    QString m_head;
    QString m_forkFrom;
    bool m_forking = false;
    agent::ThreadSnapshot m_snapshot;
    QList<agent::CheckpointInfo> m_historyList;
    QHash<QString, QString> m_startedCampaigns; // thread → campaign under test (this session)
    QString m_pendingText;                      // the lead's message of the turn in progress
    QString m_turnThread;
    quint64 m_stateRequest = 0;
    quint64 m_historyRequest = 0;
    QString m_resetCampaign;     // the campaign of the conversation being started
    bool m_resetPending = false; // Reset: start again once the deletion is done
    QString m_resetCode;
    QStringList m_noticeList;
    QString m_lastPaymentUrl;
    QStringList m_waitingBefore;
    bool m_profileServer = false; // the server backend came from the profile's settings
};

} // namespace limitless::ui
