#pragma once

#include "agent/Scenario.h"
#include "agent/server/ServerError.h"
#include "agent/server/ServerTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace limitless::agent::server {

class ServerClient;

// One scenario's outcome on each backend, for `scenarios run --backend both`.
struct BackendComparison {
    Q_DECLARE_TR_FUNCTIONS(BackendComparison)

public:
    Scenario scenario;
    bool hasBuiltin = false;
    bool hasServer = false;
    ScenarioOutcome builtin;
    ScenarioOutcome server;

    // The outcomes' stage reached, qualified and payment link sent differ (or one failed).
    // "same" | "differs" | "failed" | "" (only one backend ran).
    QString verdict() const;
    // The fields that differ: stage_reached, qualified, payment_link_sent, turns, error.
    QStringList differences() const;
    // The verdict for people (translated): "same", "differs: stage_reached, …", "failed"; ''
    // when only one backend ran and it did not fail.
    QString verdictText() const;
    QJsonObject toJson() const;
};

// Runs saved scenarios on the agent a LangGraph API server serves: each on a new server thread,
// the lead's turns streamed one by one; a run that stops at an interrupt (a human approval
// before a node) is resumed, so the scenario goes where the deployed agent takes it. Gives the
// same ScenarioOutcome as the built-in runtime's ScenarioRunner (policy "server:<assistant>"),
// so the two can be set side by side. Blocking: a worker thread or the CLI.
class ServerScenarioRunner {
    Q_DECLARE_TR_FUNCTIONS(ServerScenarioRunner)

public:
    ServerScenarioRunner(ServerClient& client, QString assistantId);

    // How often one turn may stop at an interrupt and be resumed (default 3; 0 = an interrupt
    // ends the scenario with an error).
    void setMaxResumes(int n) { m_maxResumes = n; }

    ScenarioOutcome run(const Scenario& scenario);

    // One lead turn on `threadId`: streamed, and resumed at each interrupt up to `maxResumes`
    // times. The reply is every resumed run's text joined. *resumed counts the resumes.
    static RunOutcome leadTurn(ServerClient& client, const QString& threadId,
                               const QString& assistantId, const QString& text, int maxResumes,
                               ServerError* error, int* resumed = nullptr);

    static BackendComparison compare(const Scenario& scenario, const ScenarioOutcome* builtin,
                                     const ScenarioOutcome* server);

private:
    ServerClient& m_client;
    QString m_assistant;
    int m_maxResumes = 3;
};

} // namespace limitless::agent::server
