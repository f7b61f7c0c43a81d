#pragma once

#include "agent/AgentGraph.h"

#include <QHash>
#include <QList>
#include <QRect>
#include <QStringList>
#include <QTransform>
#include <QWidget>

namespace limitless::ui {

// The agent's graph drawn from a backend's definition (the built-in runtime's AgentGraph::nodes()
// and edges() by default, or a LangGraph server's /assistants/{id}/graph through setGraph()):
// nodes as rounded boxes in stage order from top to bottom (the stages a conversation leaves
// the main line for on the right), edges as arrows with their conditions, a node's own loop
// on its left. The node the conversation is in is highlighted, the nodes and edges of the last
// turn are drawn in the accent colour, and the pitch shows its warm and cold variants with the
// one in use marked.
class AgentGraphView : public QWidget {
    Q_OBJECT

public:
    explicit AgentGraphView(QWidget* parent = nullptr);

    // The graph to draw (node order = stage order, top to bottom).
    void setGraph(const QList<agent::GraphNode>& nodes, const QList<agent::GraphEdge>& edges);
    QList<agent::GraphNode> graphNodes() const { return m_nodes; }
    void setCurrentNode(const QString& nodeId);
    QString currentNode() const { return m_current; }
    // "warm" | "cold" | '' (not pitched yet).
    void setPitchVariant(const QString& variant);
    QString pitchVariant() const { return m_variant; }
    // What the last turn ran (TurnResult::nodePath / edgePath).
    void setTurnPath(const QStringList& nodes, const QStringList& edges);
    QStringList turnNodes() const { return m_turnNodes; }
    QStringList turnEdges() const { return m_turnEdges; }

    // Where a node is drawn (empty for an unknown id), for tests and tooltips.
    QRect nodeRect(const QString& nodeId) const { return m_boxes.value(nodeId); }
    QStringList nodeIds() const { return m_order; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    // The scale the graph is drawn at for `width` (1 = natural size).
    double scaleFor(int width) const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    void layOut();
    QTransform transform() const;

    QList<agent::GraphNode> m_nodes;
    QList<agent::GraphEdge> m_edges;
    QStringList m_order;           // node ids in stage order
    QHash<QString, QRect> m_boxes; // node id → box
    QHash<QString, int> m_column;
    QHash<QString, int> m_row;
    QRect m_start;                  // the __start__ marker
    QHash<QString, QRect> m_labels; // edge id → where its label was drawn (tooltips)
    QSize m_size;
    QString m_current;
    QString m_variant;
    QStringList m_turnNodes;
    QStringList m_turnEdges;
};

} // namespace limitless::ui
