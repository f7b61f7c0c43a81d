#pragma once

#include "db/DbError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace limitless::db {
class PgConnection;
}
namespace limitless::knowledge {
class Retriever;
}

namespace limitless::agent {

class Policy;

// `limitless bench agent`: the local agent runtime's speed. An offline turn end to end
// (routing, retrieval, the policy, the checkpoint and conversation write in one transaction);
// our checkpoint write against LangGraph.js's PostgresSaver.put for the same turn's checkpoint
// in the same run; and the streaming overhead through the OpenAI-compatible policy (a loopback
// stand-in streams the reply; the time to the first token on the calling thread's event loop).
class AgentBench {
    Q_DECLARE_TR_FUNCTIONS(AgentBench)

public:
    struct Setup {
        QString ownerId;
        int turns = 200;        // measured turns
        int writes = 200;       // measured checkpoint writes (ours and LangGraph.js's each)
        QString interopDir;     // tests/interop with its node_modules (the LangGraph.js peer)
        QString nodeExecutable; // empty: .deps/node or `node`
    };

    struct Figure {
        QString key;   // "turn_p95_ms", …
        QString label; // translated
        double value = 0;
        QString unit;   // "ms", "×"
        QString target; // "< 30 ms", "" (information)
        bool hasTarget = false;
        bool met = true;
    };

    AgentBench(db::PgConnection& conn, Policy& policy, knowledge::Retriever* retriever,
               Setup setup);

    using Progress = std::function<void(const QString&)>;
    // Runs every part; a part that cannot run is listed in *skipped with its reason (the
    // LangGraph.js peer without its node_modules, say). The playground threads
    // and bench checkpoints it writes are removed at the end.
    db::DbError run(QList<Figure>* figures, QStringList* skipped, const Progress& progress = {});

    static QJsonObject toJson(const QList<Figure>& figures, const QStringList& skipped);
    // The nearest-rank percentile of `samples` (p in 0..100).
    static double percentile(QList<double> samples, double p);

private:
    db::PgConnection& m_conn;
    Policy& m_policy;
    knowledge::Retriever* m_retriever;
    Setup m_setup;
};

} // namespace limitless::agent
