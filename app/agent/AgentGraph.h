#pragma once

#include "agent/AgentState.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace limitless::agent {

// One node of the sales agent's graph. Each is also a value of `current_stage` except
// `followup`, which answers a lead who writes again after a nurture or an unpaid link and
// leaves the stage as it was.
struct GraphNode {
    QString id;             // "greeting", "qualification", "pitch", …
    QString label;          // translated, for the graph view
    QString description;    // translated: what the node does
    QStringList variants;   // pitch: "warm", "cold"
    QStringList tools;      // the tools the policy may call in this node (ToolSpec names)
    bool retrieves = false; // looks up the owner's documents before answering
    QStringList categories; // the document categories it searches

    bool operator==(const GraphNode&) const = default;
};

// A conditional edge. `trigger` says when it is taken: "lead" when the lead's next message
// arrives in the stage `from`, "auto" right after `from` ran in the same turn, "payment" when
// the checkout is completed. `from` is "__start__" for a new conversation; a node with no
// auto edge taken ends the turn (LangGraph's END).
struct GraphEdge {
    QString id; // "qualification->pitch"
    QString from;
    QString to;
    QString trigger;   // lead | auto | payment
    QString condition; // machine name of the condition ("qualified", "buy_signal", …)
    QString label;     // translated condition text for the graph view

    bool operator==(const GraphEdge&) const = default;
};

// The agent's graph as data (what the playground draws) and its routing. Stages advance only
// along these edges: whatever the lead writes, a turn enters through an edge that leaves the
// conversation's current stage, and further nodes run only through auto edges whose
// conditions the state (not the lead's text) satisfies.
class AgentGraph {
    Q_DECLARE_TR_FUNCTIONS(AgentGraph)

public:
    static const QList<GraphNode>& nodes();
    static const QList<GraphEdge>& edges();
    static const GraphNode* node(const QString& id);
    static const GraphEdge* edge(const QString& id);
    static QStringList nodeIds();

    // The score from which a lead is qualified, and the one from which the pitch is warm
    // (qualification_score is a fraction, as the seed's rows and the demo store it).
    static constexpr double kQualifiedScore = 0.60;
    static constexpr double kWarmScore = 0.75;

    // The edge a lead's message takes from the conversation's stage (empty stage: a new
    // conversation). Never null for a known stage: every stage has a lead edge to itself or on.
    static const GraphEdge* entry(const AgentState& state, const QString& leadMessage);
    // The auto edge taken after `node` ran with `state`, or null: the turn ends.
    static const GraphEdge* next(const QString& node, const AgentState& state);
    // The payment edge from `stage`, or null where there is none (no link sent).
    static const GraphEdge* payment(const AgentState& state);
    // Whether every detail qualification asks for is known.
    static bool qualificationComplete(const AgentState& state);
};

} // namespace limitless::agent
