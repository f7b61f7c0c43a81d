#pragma once

#include "agent/AgentGraph.h"
#include "agent/AgentState.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The LangGraph API server's objects as the dashboard reads them (see docs/agent-server.md and
// the server's OpenAPI: Assistant, Thread, StateSnapshot, the graph drawing, Run).
namespace limitless::agent::server {

struct ServerInfo {
    QString version;          // the API server's ("1.5.1")
    QString langgraphVersion; // langgraph_js_version / langgraph_py_version
    QString context;          // "js" or "python"
    QJsonObject raw;

    static ServerInfo fromJson(const QJsonObject& o);
};

struct Assistant {
    QString assistantId;
    QString graphId;
    QString name;
    int version = 0;
    QJsonObject metadata;

    static Assistant fromJson(const QJsonObject& o);
};

struct ServerThread {
    QString threadId;
    QString status; // idle | busy | interrupted | error
    QString createdAt;
    QString updatedAt;
    QJsonObject metadata;
    QJsonObject values; // GET /threads/{id} only

    static ServerThread fromJson(const QJsonObject& o);
};

// GET /assistants/{id}/graph: nodes (`__start__`, `__end__` and the graph's own) and edges.
struct GraphShape {
    struct Node {
        QString id;
        QString type; // "schema" (start, end) or "runnable"
        QString name;
    };
    struct Edge {
        QString source;
        QString target;
        bool conditional = false;
        QString label; // a path-map key that differs from the target
    };
    QList<Node> nodes;
    QList<Edge> edges;

    static GraphShape fromJson(const QJsonObject& o);
    // As the playground's graph view draws a graph: the runnable nodes in the server's order,
    // the edges between them and from `__start__` (edges to `__end__` end a turn and are not
    // drawn); a conditional edge is taken "auto", an edge from the start on the lead's message.
    QList<GraphNode> agentNodes() const;
    QList<GraphEdge> agentEdges() const;
};

// The values of a state as the seed's AgentState (missing channels keep their defaults;
// `messages` as LangChain's message dicts {type, content, id, tool_calls, tool_call_id, name}).
AgentState agentStateFromValues(const QJsonObject& values);
// The other way round, for state updates (only the seed's scalar channels; no messages).
QJsonObject scalarValues(const AgentState& state);
// A message as the server takes it in `values.messages` ({type, content, id, tool_calls,
// tool_call_id, name}); the other way round from what agentStateFromValues() reads.
QJsonObject messageJson(const langgraph::LcMessage& message);

// A StateSnapshot: the values at one checkpoint and where the graph goes next.
struct StateSnapshot {
    AgentState state;
    QJsonObject values; // as the server sent them (channels the seed does not know included)
    QStringList next;
    QString checkpointId;
    QString parentCheckpointId; // empty for a thread's first checkpoint
    QJsonObject metadata;       // source (input | loop | update | fork), step, run_id, …
    QJsonArray tasks;           // pending tasks, with their `error` and `interrupts`
    QJsonArray interrupts;      // the pending tasks' interrupts, flattened
    QString createdAt;

    QString source() const { return metadata.value(QStringLiteral("source")).toString(); }
    int step() const { return metadata.value(QStringLiteral("step")).toInt(); }
    // The graph stopped before a node (interrupt_before, or a dynamic interrupt).
    bool isInterrupted() const { return !next.isEmpty() && !hasError(); }
    // A pending task's error, as the server recorded it (a node that raised).
    bool hasError() const;
    QString errorText() const;

    static StateSnapshot fromJson(const QJsonObject& o);
};

// One lead message to send (role "human" unless told otherwise).
struct InputMessage {
    QString content;
    QString type = QStringLiteral("human");
};

// What a run is asked to do: continue the thread with new messages, resume an interrupt, or
// start again from an earlier checkpoint (a re-run that makes a branch).
struct RunRequest {
    QString assistantId;
    QList<InputMessage> messages; // the input; empty with `resume` set or for a null input
    QJsonValue input = QJsonValue::Undefined; // used instead of `messages` when set
    bool resume = false;                      // send `command: {resume: resumeValue}`
    QJsonValue resumeValue = true;
    QString checkpointId; // run from this checkpoint instead of the thread's head
    QJsonObject metadata;
    QStringList interruptBefore; // in addition to the graph's own
    QString multitaskStrategy;   // empty = the server's default (reject)

    QJsonObject toJson() const;
};

// What a run came to. `state` and `values` are the last values seen (the final state when the
// run finished); `next` is non-empty when the graph stopped at an interrupt.
struct RunOutcome {
    QString runId;
    AgentState state;
    QJsonObject values;
    QString reply;           // the text streamed as tokens in this run (all AI messages joined)
    QStringList checkpoints; // checkpoint ids written during the run, oldest first (debug mode)
    QStringList nodes;       // nodes that ran, in order
    bool interrupted = false;
    QStringList next; // where the graph stopped (interrupted runs)
    int resumes = 0;  // how often a dropped stream was picked up again
    qint64 firstTokenMs = -1;
    qint64 totalMs = 0;
    // Where the client's time to the first token goes, ms from the request being made (-1: not
    // reached): the answer's first bytes handed to the client, the first token's SSE event cut
    // out of them, the token handed to onToken (its JSON parsed); and all events' JSON parsing.
    double firstBytesMs = -1;
    double firstTokenEventMs = -1;
    double firstTokenHandedMs = -1;
    double jsonParseMs = 0;
    int events = 0;
};

// Called on the thread that runs the stream, as events arrive.
struct StreamCallbacks {
    std::function<void(const QString& runId)> onRunStarted;
    // A piece of the reply: `node` produced it, `messageId` groups the pieces of one message.
    std::function<void(const QString& text, const QString& node, const QString& messageId)> onToken;
    std::function<void(const QString& node)> onNode; // a node started (debug/task)
    std::function<void(const QString& node, const QJsonObject& update)> onUpdate; // a node ended
    std::function<void(const AgentState& state, const QJsonObject& values)> onValues;
    std::function<void(const QString& checkpointId, const QString& parentId)> onCheckpoint;
};

} // namespace limitless::agent::server
