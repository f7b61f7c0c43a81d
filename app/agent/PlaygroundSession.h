#pragma once

#include "agent/AgentRuntime.h"
#include "agent/PlaygroundBackend.h"
#include "agent/PlaygroundThreads.h"
#include "agent/PromptSet.h"
#include "agent/ThreadStore.h"
#include "knowledge/KnowledgeEnvironment.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace limitless::agent {

class Policy;
class PlaygroundWorker;

// What a job given to PlaygroundSession::post() may use, on the worker thread while it runs.
struct PlaygroundContext {
    db::PgConnection* connection = nullptr;
    QString ownerId;
    QByteArray claims;
    QString profileId;
    Policy* policy = nullptr;
    knowledge::Retriever* retriever = nullptr;
    AgentRuntime* runtime = nullptr; // its prompts are the ones the next turn uses
    // Why playground threads cannot be written or read now (translated); '' = they can, and
    // every pointer above is set.
    QString problem;
};
using PlaygroundJob = std::function<void(const PlaygroundContext& context)>;

// Builds a policy for the playground's worker thread from the environment it runs in (the
// profile, its settings and secrets). Called on the worker; returns null with *error (translated)
// when the policy cannot be used (a missing key, say).
using PolicyFactory = std::function<std::unique_ptr<Policy>(
    const knowledge::KnowledgeEnvironment& env, QString* error)>;

// The Agent playground's link to the local agent runtime. A worker thread of its own holds a
// connection under the signed-in owner's claims, the runtime, the profile's retriever (with its
// embedder) and the chosen policy; every request runs there, one at a time, and its answer
// arrives on the GUI thread as plain values by signal, with the request's id. A turn's streamed
// text arrives as tokenReceived() while it is produced. Nothing here waits on the GUI thread.
// Follows the same environment as the Documents page's workers (EnvironmentTracker): a sign-in,
// a profile switch or a sign-out reconnects or stops it.
class PlaygroundSession : public PlaygroundBackend {
    Q_OBJECT

public:
    static constexpr const char* kOfflinePolicy = "offline";

    explicit PlaygroundSession(knowledge::EnvironmentTracker* environment,
                               QObject* parent = nullptr);
    ~PlaygroundSession() override;

    // The policies the playground offers. "offline" (OfflinePolicy) is always there; another
    // (the OpenAI-compatible client) registers itself with a factory and a translated label.
    static void registerPolicy(const QString& name, const QString& label, PolicyFactory factory);
    static QStringList policyNames();
    static QString policyLabel(const QString& name);

    // The policy for the requests that follow (default "offline"); policyChanged() says whether
    // it could be built.
    void setPolicy(const QString& name);
    QString policy() const { return m_policy; }

    QString kind() const override { return QStringLiteral("builtin"); }
    bool supports(Feature feature) const override { return feature != Interrupts; }
    QString description() const override;
    // Builds the chosen policy again (its settings or API key changed); policyChanged() follows.
    void reloadPolicy();

    bool isReady() const override { return m_ready; }
    // Why the session cannot run, or a warning while it can (retrieval off); '' = none.
    QString problem() const override { return m_problem; }
    // Why this database cannot hold agent threads ('' when it can), ThreadStore's sentence.
    QString unavailableReason() const override { return m_unavailable; }
    // A turn (message or simulated payment) is queued or running.
    bool isBusy() const override { return m_turns > 0; }
    knowledge::EnvironmentTracker* environment() const { return m_environment; }

    // Each returns the request's id; the matching signal carries it.
    quint64 listThreads() override;
    quint64 startThread(const QString& campaignCode) override;
    // `fromCheckpoint` empty: from the thread's newest checkpoint.
    quint64 sendMessage(const QString& threadId, const QString& text,
                        const QString& fromCheckpoint = {}) override;
    quint64 simulatePayment(const QString& threadId);
    // Stops the turn in progress and the turns queued behind it: each finishes with its
    // cancellation as the error, and nothing of it is stored.
    void cancel() override;
    quint64 loadHistory(const QString& threadId) override;
    // `checkpointId` empty: the newest.
    quint64 loadState(const QString& threadId, const QString& checkpointId = {}) override;
    quint64 fork(const QString& threadId, const QString& checkpointId,
                 const ForkEdit& edit) override;
    quint64 deleteThread(const QString& threadId) override;
    quint64 loadPrompts();
    quint64 savePrompt(const QString& node, const QString& body);
    // Runs `job` on the worker after the requests queued before it (replay, scenarios…); the
    // job answers on the GUI thread by queued calls of its own.
    void post(PlaygroundJob job);

signals:
    // readyChanged, problemChanged, availabilityChanged, busyChanged, threadsListed,
    // threadStarted, turnStarted, tokenReceived, turnFinished, historyLoaded, stateLoaded,
    // forked and threadDeleted: PlaygroundBackend's.
    void policyChanged(const QString& name, const QString& error);
    void promptsLoaded(quint64 request, const limitless::agent::PromptSet& prompts,
                       const QString& error);
    void promptSaved(quint64 request, const QString& node, int version, const QString& error);

private:
    template <typename Job> void run(Job&& job);
    void setReady(bool ready, const QString& problem, const QString& unavailable);
    void configure(const knowledge::KnowledgeEnvironment& env);
    quint64 runTurn(const QString& threadId, const QString& text, const QString& fromCheckpoint,
                    bool payment);
    void turnDone();

    knowledge::EnvironmentTracker* m_environment;
    QThread m_thread;
    PlaygroundWorker* m_worker;
    quint64 m_nextRequest = 1;
    bool m_ready = false;
    QString m_problem;
    QString m_unavailable;
    QString m_policy = QString::fromLatin1(kOfflinePolicy);
    int m_turns = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace limitless::agent
