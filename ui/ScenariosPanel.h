#pragma once

#include "agent/PlaygroundLab.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace limitless::models {
class ScenariosModel;
}

namespace limitless::ui {

// The playground's "Scenarios" tab: the owner's saved test conversations, each replayed on a
// fresh thread with the current prompts, documents and policy and held to its expectation
// (where the conversation it was saved from got: stage, qualified, payment link) — passed or
// failed, with the prompt version and policy the run used. Save the open test conversation as
// a scenario, run the selected one or all of them with progress (on the playground's worker),
// delete one, and compare a scenario's newest run with the run before it (or its expectation).
class ScenariosPanel : public QWidget {
    Q_OBJECT

public:
    explicit ScenariosPanel(agent::PlaygroundLab* lab, QWidget* parent = nullptr);

    models::ScenariosModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* saveButton() const { return m_saveButton; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* runAllButton() const { return m_runAll; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* compareButton() const { return m_compare; }
    QProgressBar* progress() const { return m_progress; }
    // Built-in, LangGraph server or both (data: server::ScenarioBackends as int).
    QComboBox* backendChoice() const { return m_backend; }
    agent::server::ScenarioBackends backends() const;
    // Why the server entries are disabled ('' = they are not).
    QString serverNote() const;
    QString statusText() const;
    QString detailsText() const;
    bool isRunning() const { return m_runRequest != 0; }

    // The test conversation "Save as scenario" saves (the playground page's open one).
    void setCurrentThread(const QString& threadId, const QString& campaignCode);
    // The LangGraph server scenarios may run on (`missing` '' = usable; else why not, shown on
    // the disabled choices) and whether the playground's chat is on it (then the open test
    // conversation is a server thread, which is not saved as a scenario).
    void setServer(const agent::server::ServerEndpoint& server, const QString& missing,
                   bool pageOnServer);
    void setBackends(agent::server::ScenarioBackends backends);

public slots:
    void refresh();
    // Asks for a name, then saves the open test conversation.
    void saveCurrentThread();
    // Saves without asking (a name in use is replaced only after confirmation).
    void saveCurrentThreadAs(const QString& name);
    void runSelected();
    void runAll();
    void stop();
    void deleteSelected();
    // Shows the selected scenario's newest run against the run before it (or its expectation).
    void compareSelected();
    void selectScenario(const QString& name);

signals:
    void runsFinished(const QList<limitless::agent::ScenarioReport>& reports, const QString& error);
    // A run on the server or on both finished (error: why it stopped, '' = every one ran).
    void comparisonsFinished(const QList<limitless::agent::server::BackendComparison>& rows,
                             const QString& error);
    void scenarioSaved(const QString& name, const QString& error);

private:
    void run(const QStringList& names);
    int selectedRow() const;
    void showDetails();
    void updateControls();
    void updateColumns();

    agent::PlaygroundLab* m_lab;
    models::ScenariosModel* m_model;
    QString m_threadId;
    QString m_campaignCode;
    quint64 m_listRequest = 0;
    quint64 m_saveRequest = 0;
    quint64 m_runRequest = 0;
    quint64 m_deleteRequest = 0;
    QString m_selectAfterList;
    agent::server::ServerEndpoint m_server;
    QString m_serverMissing;
    bool m_pageOnServer = false;
    bool m_comparing = false;

    QComboBox* m_backend;
    QLabel* m_serverNote;
    QPushButton* m_saveButton;
    QPushButton* m_run;
    QPushButton* m_runAll;
    QPushButton* m_stop;
    QPushButton* m_delete;
    QPushButton* m_compare;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTableView* m_view;
    QTextBrowser* m_details;
};

} // namespace limitless::ui
