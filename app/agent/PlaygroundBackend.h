#pragma once

#include "agent/AgentGraph.h"
#include "agent/AgentRuntime.h"
#include "agent/PlaygroundThreads.h"
#include "agent/ThreadStore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace limitless::agent {

// What the Agent playground page talks to: an agent backend that keeps test conversations
// (threads), runs turns with the reply streamed, and keeps each thread's checkpoint history,
// from which a turn can be run again or the state edited into a fork. Two implementations:
// the dashboard's built-in runtime (PlaygroundSession) and an agent served by a LangGraph API
// server (server::ServerPlaygroundSession). Every request runs on the backend's worker thread
// and returns its id at once; the answer arrives on the GUI thread by the matching signal.
class PlaygroundBackend : public QObject {
    Q_OBJECT

public:
    // What a backend can do beyond the common requests.
    enum Feature {
        Policies = 0x1,   // the reply policy can be chosen (setPolicy)
        Payments = 0x2,   // simulatePayment
        Chunks = 0x4,     // turns report the documents' chunks they retrieved
        Interrupts = 0x8, // runs stop at interrupts and are resumed (resume)
        Prompts = 0x10,   // loadPrompts / savePrompt
    };

    using QObject::QObject;

    // "builtin" or "server".
    virtual QString kind() const = 0;
    virtual bool supports(Feature feature) const = 0;
    virtual bool isReady() const = 0;
    // Why the backend cannot run, or a warning while it can; '' = none.
    virtual QString problem() const = 0;
    // Why this backend cannot keep threads at all ('' when it can).
    virtual QString unavailableReason() const = 0;
    // A turn is queued or running.
    virtual bool isBusy() const = 0;
    // Where the backend is ("the built-in runtime", "the LangGraph server at …"), translated.
    virtual QString description() const = 0;
    // The graph the backend runs (the built-in AgentGraph until a server's arrives).
    virtual QList<GraphNode> graphNodes() const { return AgentGraph::nodes(); }
    virtual QList<GraphEdge> graphEdges() const { return AgentGraph::edges(); }

    virtual quint64 listThreads() = 0;
    virtual quint64 startThread(const QString& campaignCode) = 0;
    // `fromCheckpoint` empty or the head: continue the thread; an older one: run from there
    // (a new branch).
    virtual quint64 sendMessage(const QString& threadId, const QString& text,
                                const QString& fromCheckpoint = {}) = 0;
    // Lets a run that stopped at an interrupt go on (Interrupts).
    virtual quint64 resume(const QString& threadId);
    // Stops the turn in progress (and those queued behind it).
    virtual void cancel() = 0;
    virtual quint64 loadHistory(const QString& threadId) = 0;
    virtual quint64 loadState(const QString& threadId, const QString& checkpointId = {}) = 0;
    virtual quint64 fork(const QString& threadId, const QString& checkpointId,
                         const ForkEdit& edit) = 0;
    virtual quint64 deleteThread(const QString& threadId) = 0;

signals:
    void readyChanged(bool ready);
    void problemChanged(const QString& problem);
    void availabilityChanged(const QString& unavailableReason);
    void busyChanged(bool busy);
    void graphChanged();

    void threadsListed(quint64 request, const QList<limitless::agent::PlaygroundThread>& threads,
                       const QString& error);
    void threadStarted(quint64 request, const QString& threadId, const QString& error);
    void turnStarted(quint64 request, const QString& threadId);
    void tokenReceived(quint64 request, const QString& threadId, const QString& delta);
    // A node started running in the turn (backends that report it as it happens).
    void nodeStarted(quint64 request, const QString& threadId, const QString& node);
    void turnFinished(quint64 request, const limitless::agent::TurnResult& result);
    void historyLoaded(quint64 request, const QString& threadId,
                       const QList<limitless::agent::CheckpointInfo>& history,
                       const QString& error);
    void stateLoaded(quint64 request, const limitless::agent::ThreadSnapshot& snapshot,
                     const QString& error);
    // The thread waits at an interrupt before `nodes` (empty: it does not wait).
    void interruptChanged(const QString& threadId, const QStringList& nodes);
    void forked(quint64 request, const QString& threadId, const QString& checkpointId,
                const QString& error);
    void threadDeleted(quint64 request, const QString& threadId, const QString& error);
};

} // namespace limitless::agent
