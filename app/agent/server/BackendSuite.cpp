#include "agent/server/BackendSuite.h"

#include "agent/ScenarioRunner.h"
#include "agent/ScenarioStore.h"
#include "db/DbError.h"

namespace limitless::agent::server {

BackendSuite::BackendSuite(ScenarioRunner* builtin, ScenarioStore* record,
                           ServerScenarioRunner& server)
    : m_builtin(builtin), m_record(record), m_server(server)
{}

QList<BackendComparison> BackendSuite::run(const QList<Scenario>& scenarios, db::DbError* error,
                                           const Progress& progress, const std::atomic_bool* cancel)
{
    QList<BackendComparison> rows;
    db::DbError e;
    const int total = int(scenarios.size());
    for (int i = 0; i < total && !(cancel && cancel->load()); ++i) {
        const Scenario& s = scenarios.at(i);
        ScenarioOutcome local;
        if (m_builtin) {
            local = m_builtin->run(s);
            if (m_record && !s.id.isEmpty()) {
                e = m_record->recordRun(s.id, local);
                if (e)
                    break;
            }
        }
        const ScenarioOutcome remote = m_server.run(s);
        rows << ServerScenarioRunner::compare(s, m_builtin ? &local : nullptr, &remote);
        if (progress)
            progress(i + 1, total, rows.last());
    }
    if (error)
        *error = e;
    return rows;
}

int BackendSuite::count(const QList<BackendComparison>& rows, const QString& verdict)
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [&](const BackendComparison& c) { return c.verdict() == verdict; }));
}

} // namespace limitless::agent::server
