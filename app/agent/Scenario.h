#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace limitless::agent {

// A saved test conversation: what the lead says, turn by turn (limitless.agent_scenarios).
// Replayed on a fresh playground thread, it shows whether the agent as it is now still takes
// the lead where it took them before.
struct Scenario {
    QString id;
    QString name;
    QString campaignCode; // the campaign under test ('' = none)
    QStringList leadTurns;
    QString sourceThreadId; // the conversation it was saved from ('' = typed in)
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Where one run of a scenario took the conversation (limitless.agent_scenario_runs).
struct ScenarioOutcome {
    QString threadId; // the playground thread it ran on
    QString policy;   // "offline", "openai"
    int promptVersion = 0;
    QString stageReached;
    bool qualified = false;
    bool paymentLinkSent = false;
    int turns = 0;       // lead turns the agent answered
    QStringList replies; // the agent's reply to each turn
    QStringList stages;  // the stage after each turn
    QJsonObject state;   // the final state's channels (StateChannels::toJson)
    QString fingerprint; // sha256 of replies, stages and final state: equal = same run
    QString error;       // why the run stopped early ('' = every turn answered)
    QDateTime ranAt;

    bool ok() const { return error.isEmpty(); }
    // The `result` column: replies, stages, state, fingerprint.
    QJsonObject resultJson() const;
    // For the command line: the figures and the result.
    QJsonObject toJson() const;
};

// One difference between two runs of a scenario.
struct ScenarioChange {
    QString field; // stage_reached | qualified | payment_link_sent | turns | prompt_version |
                   // policy | error | stages | replies
    QString before;
    QString after;

    bool operator==(const ScenarioChange&) const = default;
};

// A scenario's run set against its previous stored run.
struct ScenarioReport {
    Scenario scenario;
    ScenarioOutcome outcome;
    bool hasPrevious = false;
    ScenarioOutcome previous;
    QList<ScenarioChange> changes;

    // "new" (no previous run), "same", "changed" or "failed".
    QString status() const;
};

} // namespace limitless::agent
