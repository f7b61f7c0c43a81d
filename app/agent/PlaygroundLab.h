#pragma once

#include "agent/PromptSet.h"
#include "agent/Replay.h"
#include "agent/Scenario.h"
#include "agent/server/BackendSuite.h"
#include "agent/server/ServerEndpoint.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace limitless::agent {

class PlaygroundSession;

// A scenario with its newest run and its expectation (the first stored run: what the
// conversation it was saved from reached, or its first run).
struct ScenarioEntry {
    Scenario scenario;
    bool hasLatest = false;
    ScenarioOutcome latest;
    bool hasExpected = false;
    ScenarioOutcome expected;
};

// Where a conversation got, as its conversations row says.
struct ConversationFigures {
    bool found = false;
    QString handle;
    QString stage;
    bool qualified = false;
    double score = 0; // 0..1
    bool paymentLinkSent = false;
};

// The lines of one transcript, for reading side by side: role ("human", "ai") and text.
struct TranscriptLine {
    QString role;
    QString text;
};

// The playground's replay, scenarios and prompt versions, run on the PlaygroundSession's
// worker thread (after the turns queued before them, with the same connection, policy,
// documents and the prompts the next turn uses). Each request returns its id; the answer
// arrives on the GUI thread by signal with that id. Nothing here waits on the GUI thread.
class PlaygroundLab : public QObject {
    Q_OBJECT

public:
    explicit PlaygroundLab(PlaygroundSession* session, QObject* parent = nullptr);

    PlaygroundSession* session() const { return m_session; }

    // Copies conversation `conversationId` up to lead turn `turn` (-1 = all of them) into a
    // new playground thread and continues it with the current agent (Replay).
    quint64 replay(const QString& conversationId, int turn = -1);
    // The same replay on the agent a LangGraph API server runs (server::ServerReplay): the
    // copy goes into a new server thread and the server answers the rest. The original's
    // figures come from the database, the replay's from the server thread's state; answered
    // by replayed(), the result's policy "server:<assistant>". The client is made on the
    // worker for this request.
    quint64 replayOnServer(const QString& conversationId, int turn,
                           const server::ServerEndpoint& server);
    // A conversation's (or playground thread's) messages, for the comparison's transcripts.
    quint64 loadTranscript(const QString& threadId);
    // A LangGraph server thread's messages (its state now), answered by transcriptLoaded().
    quint64 loadServerTranscript(const QString& threadId, const server::ServerEndpoint& server);

    quint64 listScenarios();
    // Saves playground thread `threadId`'s lead turns as scenario `name` (for `campaignCode`)
    // and records where the thread got (stage, qualified, payment link) as its expectation.
    quint64 saveScenario(const QString& threadId, const QString& name, const QString& campaignCode,
                         bool replace);
    quint64 deleteScenario(const QString& name);
    // Runs the named scenarios (all when empty) in order, each on a fresh thread, storing each
    // run; scenarioRan() after each, scenariosRan() at the end. cancelRuns() stops after the
    // scenario in progress.
    quint64 runScenarios(const QStringList& names = {});
    // The same on the LangGraph server, or on both runtimes side by side (server::BackendSuite;
    // the built-in runs are stored as run() stores them, the server's never are):
    // scenarioCompared() after each, scenariosCompared() at the end. `backends` BuiltIn is
    // runScenarios(names).
    quint64 runScenarios(const QStringList& names, server::ScenarioBackends backends,
                         const server::ServerEndpoint& server);
    void cancelRuns();

    // `node`'s saved prompt versions, newest first.
    quint64 loadPromptHistory(const QString& node);

    // Whether `outcome` met `expected`: no error, the same stage, qualification and payment
    // link.
    static bool meets(const ScenarioOutcome& outcome, const ScenarioOutcome& expected);

signals:
    // `original`, `replay`: the two conversations rows after the replay.
    void replayed(quint64 request, const limitless::agent::ReplayResult& result,
                  const limitless::agent::ConversationFigures& original,
                  const limitless::agent::ConversationFigures& replay);
    // `handle`: the lead's Instagram handle ('' when the conversation has none).
    void transcriptLoaded(quint64 request, const QString& threadId, const QString& handle,
                          const QList<limitless::agent::TranscriptLine>& lines,
                          const QString& error);
    void scenariosListed(quint64 request, const QList<limitless::agent::ScenarioEntry>& entries,
                         const QString& error);
    void scenarioSaved(quint64 request, const limitless::agent::Scenario& scenario,
                       const QString& error);
    void scenarioDeleted(quint64 request, const QString& name, const QString& error);
    void scenarioRan(quint64 request, int done, int total,
                     const limitless::agent::ScenarioReport& report);
    void scenariosRan(quint64 request, const QList<limitless::agent::ScenarioReport>& reports,
                      const QString& error);
    void scenarioCompared(quint64 request, int done, int total,
                          const limitless::agent::server::BackendComparison& row);
    void scenariosCompared(quint64 request,
                           const QList<limitless::agent::server::BackendComparison>& rows,
                           const QString& error);
    void promptHistoryLoaded(quint64 request, const QString& node,
                             const QList<limitless::agent::NodePrompt>& versions,
                             const QString& error);

private:
    PlaygroundSession* m_session;
    quint64 m_nextRequest = 1;
    std::shared_ptr<std::atomic_bool> m_cancelRuns;
};

} // namespace limitless::agent
