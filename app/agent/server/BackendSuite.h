#pragma once

#include "agent/Scenario.h"
#include "agent/server/ServerScenarioRunner.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>
#include <functional>

namespace limitless::db {
struct DbError;
}

namespace limitless::agent {
class ScenarioRunner;
class ScenarioStore;
} // namespace limitless::agent

namespace limitless::agent::server {

// Which runtime saved scenarios run on: the built-in one, the LangGraph server's, or both set
// side by side.
enum class ScenarioBackends { BuiltIn, Server, Both };

// Saved scenarios run on the LangGraph server, and on the built-in runtime too when one is
// given, one scenario after the other, each set side by side as a BackendComparison: the one
// home of `scenarios run --backend server|both` and the playground's Scenarios tab on the
// server. The built-in runs are stored as the scenarios' newest when a store is given (they
// are the suite's baseline); the server's never are. Blocking: a worker thread or the CLI.
class BackendSuite {
    Q_DECLARE_TR_FUNCTIONS(BackendSuite)

public:
    // `builtin` null: the server alone. `record` null: the built-in runs are not stored.
    BackendSuite(ScenarioRunner* builtin, ScenarioStore* record, ServerScenarioRunner& server);

    // After each scenario: how many are done of how many, and that scenario's comparison.
    using Progress = std::function<void(int done, int total, const BackendComparison& row)>;

    // Runs `scenarios` in order; `cancel` raised stops after the scenario in progress. A
    // failure to store a built-in run stops the suite (*error says why).
    QList<BackendComparison> run(const QList<Scenario>& scenarios, db::DbError* error,
                                 const Progress& progress = {},
                                 const std::atomic_bool* cancel = nullptr);

    // How many rows have `verdict` ("same", "differs", "failed").
    static int count(const QList<BackendComparison>& rows, const QString& verdict);

private:
    ScenarioRunner* m_builtin;
    ScenarioStore* m_record;
    ServerScenarioRunner& m_server;
};

} // namespace limitless::agent::server
