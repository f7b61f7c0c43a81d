#pragma once

#include "agent/AgentState.h"
#include "agent/Scenario.h"
#include "db/DbError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace limitless::db {
class PgConnection;
}

namespace limitless::agent {

// The owner's saved scenarios and their runs, in the playground's additions
// (limitless.agent_scenarios, limitless.agent_scenario_runs), under the owner's claims (empty
// claims: the session's role acts for the owner, as on the command line).
class ScenarioStore {
    Q_DECLARE_TR_FUNCTIONS(ScenarioStore)

public:
    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxTurns = 100;

    ScenarioStore(db::PgConnection& connection, QString ownerId, QByteArray claims);

    QList<Scenario> list(db::DbError* error);
    std::optional<Scenario> find(const QString& name, db::DbError* error);
    // Saves `scenario` under its name and returns its id. A name already in use is replaced
    // only with `replace`; otherwise nothing is written and *error says the name is taken
    // (kind UniqueViolation). Invalid input (validate()) is refused before the database.
    QString save(const Scenario& scenario, bool replace, db::DbError* error);
    // Deletes the scenario and its runs; false when no scenario has that name.
    bool remove(const QString& name, db::DbError* error);

    // The newest stored run of each scenario, by scenario id.
    QHash<QString, ScenarioOutcome> latestRuns(db::DbError* error);
    // The first stored run of each scenario, by scenario id: the expectation later runs are
    // held to (the playground records the conversation a scenario was saved from as its first).
    QHash<QString, ScenarioOutcome> firstRuns(db::DbError* error);
    db::DbError recordRun(const QString& scenarioId, const ScenarioOutcome& outcome);

    // Why `scenario` cannot be saved (translated), '' when it can: a name that is empty, too
    // long or holds control characters; no lead turn, too many, or an empty one.
    static QString validate(const Scenario& scenario);
    // The lead's turns of a conversation: its human messages' text, in order.
    static QStringList leadTurns(const AgentState& state);

private:
    QHash<QString, ScenarioOutcome> runs(const char* query, db::DbError* error);

    db::PgConnection& m_conn;
    QString m_ownerId;
    QByteArray m_claims;
};

} // namespace limitless::agent
