#pragma once

#include "agent/PromptSet.h"
#include "agent/Scenario.h"
#include "db/DbError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace limitless::db {
class PgConnection;
}
namespace limitless::knowledge {
class Retriever;
}

namespace limitless::agent {

class Policy;

// Replays saved scenarios as a regression suite: each on a fresh playground thread with the
// current prompts, documents and policy, turn by turn through AgentRuntime, and reports where
// the conversation got (stage, qualified, payment link, turns, prompt version) against the
// scenario's previous stored run. With the offline policy the same inputs give the same
// outcome, fingerprint included.
class ScenarioRunner {
    Q_DECLARE_TR_FUNCTIONS(ScenarioRunner)

public:
    ScenarioRunner(db::PgConnection& connection, QString ownerId, QByteArray claims, Policy& policy,
                   knowledge::Retriever* retriever = nullptr);

    void setPrompts(const PromptSet& prompts) { m_prompts = prompts; }
    // The clock the runtime stamps turns with (tests fix it); default: the wall clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // Whether each run is stored as the scenario's newest (default true).
    void setRecordRuns(bool record) { m_record = record; }
    bool recordRuns() const { return m_record; }

    // Runs one scenario. A turn that fails ends the run: the outcome says after which turn and
    // why, and holds what the turns before it did.
    ScenarioOutcome run(const Scenario& scenario);

    using Progress = std::function<void(const ScenarioReport&)>;
    // Runs every scenario in order, compares each with its previous stored run and stores the
    // new one. A database error reading the previous runs or storing one stops the suite.
    QList<ScenarioReport> runAll(const QList<Scenario>& scenarios, db::DbError* error,
                                 const Progress& progress = {});

    // What differs from `before` to `after`; empty = the same run.
    static QList<ScenarioChange> compare(const ScenarioOutcome& before,
                                         const ScenarioOutcome& after);
    // sha256 (hex) of the replies, the stages and the final state.
    static QString fingerprint(const ScenarioOutcome& outcome);

private:
    db::PgConnection& m_conn;
    QString m_ownerId;
    QByteArray m_claims;
    Policy& m_policy;
    knowledge::Retriever* m_retriever;
    PromptSet m_prompts;
    std::function<qint64()> m_clock;
    bool m_record = true;
};

} // namespace limitless::agent
