#include "AgentGraphView.h"

#include "agent/AgentGraph.h"

#include "Theme.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace limitless::ui {

using agent::AgentGraph;
using agent::GraphEdge;
using agent::GraphNode;

namespace {

constexpr int kBoxWidth = 156;
constexpr int kBoxHeight = 52;
constexpr int kRowGap = 58;
constexpr int kColumnGap = 104;
constexpr int kLeftMargin = 132; // room for loops and their labels
constexpr int kTopMargin = 16;
constexpr int kLabelWidth = 112;
constexpr double kMinScale = 0.55;

// The graph's colours, from the palette so that the view follows the light or dark scheme: boxes
// on the view's base, the accent from the highlight, tints mixed between them.
struct GraphColours {
    explicit GraphColours(const QPalette& p)
        : boxFill(p.color(QPalette::Base)), text(p.color(QPalette::Text)),
          boxBorder(Theme::mix(boxFill, text, Theme::isDark(p) ? 0.3 : 0.2)),
          currentFill(p.color(QPalette::Highlight)),
          currentText(p.color(QPalette::HighlightedText)),
          currentMuted(Theme::mix(currentText, currentFill, 0.12)),
          turnFill(Theme::mix(boxFill, currentFill, 0.12)),
          // On a dark base the highlight itself is too dim for thin lines and small text.
          accent(Theme::isDark(p) ? p.color(QPalette::Link) : p.color(QPalette::Highlight)),
          edge(Theme::mix(boxFill, text, 0.4)), labelText(Theme::mix(text, boxFill, 0.35)),
          labelFill(boxFill), startFill(Theme::mix(boxFill, text, 0.06))
    {
        labelFill.setAlpha(230);
    }
    QColor boxFill, text, boxBorder, currentFill, currentText, currentMuted, turnFill, accent, edge,
        labelText, labelFill, startFill;
};

const QString kStart = QStringLiteral("__start__");

QFont smallFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.82);
    return f;
}

void arrowHead(QPainter& p, const QPointF& tip, const QPointF& from, const QColor& color)
{
    const QPointF d = tip - from;
    const double len = std::hypot(d.x(), d.y());
    if (len < 0.001)
        return;
    const QPointF u = d / len;
    const QPointF n(-u.y(), u.x());
    QPolygonF head;
    head << tip << tip - u * 9 + n * 4.5 << tip - u * 9 - n * 4.5;
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(head);
    p.restore();
}

} // namespace

AgentGraphView::AgentGraphView(QWidget* parent)
    : QWidget(parent), m_nodes(AgentGraph::nodes()), m_edges(AgentGraph::edges())
{
    setObjectName(QStringLiteral("agentGraphView"));
    setAccessibleName(tr("The agent's graph"));
    setAttribute(Qt::WA_StyledBackground);
    setMouseTracking(true);
    layOut();
}

void AgentGraphView::setGraph(const QList<GraphNode>& nodes, const QList<GraphEdge>& edges)
{
    if (nodes == m_nodes && edges == m_edges)
        return;
    m_nodes = nodes;
    m_edges = edges;
    m_current.clear();
    m_variant.clear();
    m_turnNodes.clear();
    m_turnEdges.clear();
    layOut();
}

void AgentGraphView::layOut()
{
    // Stage order is the graph's node order. A node's row is the longest path to it over the
    // edges that go forward in that order; nodes sharing a row stand side by side, so the
    // conversation's main line stays in the left column and the ways off it go right.
    m_order.clear();
    QHash<QString, int> position;
    for (const GraphNode& n : m_nodes) {
        position.insert(n.id, int(m_order.size()));
        m_order << n.id;
    }
    QHash<QString, int> row;
    for (const QString& id : m_order)
        row.insert(id, 1);
    for (const QString& id : m_order) {
        for (const GraphEdge& e : m_edges) {
            if (e.to != id || e.from == e.to)
                continue;
            const int from = e.from == kStart ? -1 : position.value(e.from, -1);
            if (e.from != kStart && from >= position.value(id))
                continue; // a way back: not a reason to go further down
            row[id] = qMax(row.value(id), e.from == kStart ? 1 : row.value(e.from) + 1);
        }
    }
    // A row holds at most kMaxColumns nodes; a wider one (a server graph whose router fans
    // out to every stage) wraps onto the rows below it, and the rows after it move down.
    constexpr int kMaxColumns = 3;
    QHash<int, int> width; // row → nodes in it
    int lastRow = 0;
    for (const QString& id : m_order) {
        ++width[row.value(id)];
        lastRow = qMax(lastRow, row.value(id));
    }
    QHash<int, int> firstLine; // row → the visual row its first nodes go to
    int line = 1;
    for (int r = 1; r <= lastRow; ++r) {
        firstLine.insert(r, line);
        line += qMax(1, (width.value(r) + kMaxColumns - 1) / kMaxColumns);
    }
    QHash<int, int> used; // row → nodes placed in it
    m_boxes.clear();
    m_column.clear();
    m_row.clear();
    int bottom = 0;
    int right = 0;
    for (const QString& id : m_order) {
        const int placed = used.value(row.value(id));
        used[row.value(id)] = placed + 1;
        const int r = firstLine.value(row.value(id)) + placed / kMaxColumns;
        const int c = placed % kMaxColumns;
        m_column.insert(id, c);
        m_row.insert(id, r);
        const QRect box(kLeftMargin + c * (kBoxWidth + kColumnGap),
                        kTopMargin + r * (kBoxHeight + kRowGap) - kRowGap / 2, kBoxWidth,
                        kBoxHeight);
        m_boxes.insert(id, box);
        bottom = qMax(bottom, box.bottom());
        right = qMax(right, box.right());
    }
    const QRect first = m_boxes.value(m_order.value(0));
    m_start = QRect(first.center().x() - 30, kTopMargin, 60, 22);
    m_size = QSize(right + kLabelWidth / 2 + 24, bottom + 24);
    updateGeometry();
    update();
}

QSize AgentGraphView::sizeHint() const
{
    return m_size;
}

QSize AgentGraphView::minimumSizeHint() const
{
    return QSize(int(m_size.width() * kMinScale), int(m_size.height() * kMinScale));
}

bool AgentGraphView::hasHeightForWidth() const
{
    return true;
}

int AgentGraphView::heightForWidth(int width) const
{
    return int(std::ceil(m_size.height() * scaleFor(width)));
}

double AgentGraphView::scaleFor(int width) const
{
    // Drawn at its natural size where it fits, smaller (down to a readable limit) where not.
    return qBound(kMinScale, double(width) / m_size.width(), 1.0);
}

QTransform AgentGraphView::transform() const
{
    const double s = scaleFor(width());
    const double x = qMax(0.0, (width() - m_size.width() * s) / 2);
    return QTransform::fromTranslate(x, 0).scale(s, s);
}

void AgentGraphView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Tall enough for the graph at the scale this width gives (a scroll area then scrolls).
    setMinimumHeight(heightForWidth(width()));
}

void AgentGraphView::setCurrentNode(const QString& nodeId)
{
    if (nodeId == m_current)
        return;
    m_current = nodeId;
    update();
}

void AgentGraphView::setPitchVariant(const QString& variant)
{
    if (variant == m_variant)
        return;
    m_variant = variant;
    update();
}

void AgentGraphView::setTurnPath(const QStringList& nodes, const QStringList& edges)
{
    m_turnNodes = nodes;
    m_turnEdges = edges;
    update();
}

void AgentGraphView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const GraphColours c(palette());
    p.setTransform(transform());
    const QFont base = font();
    const QFont small = smallFont(base);
    const QFontMetrics smallMetrics(small);
    m_labels.clear();

    // Where an edge's label goes: wrapped in a box of at most kLabelWidth, on a pill of the base colour.
    const auto drawLabel = [&](const QString& id, const QString& text, const QPointF& anchor,
                               Qt::Alignment side, bool taken, int maxWidth = kLabelWidth) {
        if (text.isEmpty())
            return; // a server graph's edge without a path-map label
        const QRect bound =
            smallMetrics.boundingRect(QRect(0, 0, maxWidth, 200), Qt::TextWordWrap, text);
        QRect r(0, 0, bound.width() + 8, bound.height() + 4);
        if (side & Qt::AlignLeft)
            r.moveTopRight(QPoint(int(anchor.x()), int(anchor.y() - r.height() / 2)));
        else if (side & Qt::AlignRight)
            r.moveTopLeft(QPoint(int(anchor.x()), int(anchor.y() - r.height() / 2)));
        else
            r.moveCenter(anchor.toPoint());
        p.save();
        p.setPen(Qt::NoPen);
        p.setBrush(c.labelFill);
        p.drawRoundedRect(r, 4, 4);
        p.setFont(small);
        p.setPen(taken ? c.accent : c.labelText);
        p.drawText(r.adjusted(4, 2, -4, -2), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter,
                   text);
        p.restore();
        m_labels.insert(id, r);
    };

    // Edges first, boxes on top.
    for (const GraphEdge& e : m_edges) {
        const bool taken = m_turnEdges.contains(e.id);
        const QColor color = taken ? c.accent : c.edge;
        p.setPen(QPen(color, taken ? 2.2 : 1.3));
        p.setBrush(Qt::NoBrush);
        const QRect to = m_boxes.value(e.to);
        if (to.isEmpty())
            continue;
        if (e.from == kStart) {
            const QPointF a(m_start.center().x(), m_start.bottom());
            const QPointF b(to.center().x(), to.top());
            p.drawLine(a, b - QPointF(0, 2));
            arrowHead(p, b, a, color);
            continue;
        }
        const QRect from = m_boxes.value(e.from);
        if (from.isEmpty())
            continue;
        if (e.from == e.to) {
            // A loop on the box's left.
            const QPointF a(from.left(), from.top() + 12);
            const QPointF b(from.left(), from.bottom() - 12);
            QPainterPath loop(a);
            loop.cubicTo(a + QPointF(-34, -6), b + QPointF(-34, 6), b);
            p.drawPath(loop);
            arrowHead(p, b, b + QPointF(-12, 3), color);
            drawLabel(e.id, e.label, QPointF(from.left() - 30, from.center().y()), Qt::AlignLeft,
                      taken, from.left() - 40);
            continue;
        }
        const int fromColumn = m_column.value(e.from);
        const int toColumn = m_column.value(e.to);
        if (fromColumn == toColumn && m_row.value(e.to) == m_row.value(e.from) + 1) {
            // Straight down to the next row.
            const QPointF a(from.center().x(), from.bottom());
            const QPointF b(to.center().x(), to.top());
            p.drawLine(a, b - QPointF(0, 2));
            arrowHead(p, b, a, color);
            drawLabel(e.id, e.label, QPointF(a.x() + 8, (a.y() + b.y()) / 2), Qt::AlignRight,
                      taken);
        } else if (fromColumn == toColumn) {
            // Past the rows in between, around their left side.
            const QPointF a(from.left() + 14, from.bottom());
            const QPointF b(to.left() + 14, to.top());
            QPainterPath path(a);
            path.cubicTo(a + QPointF(-70, 30), b + QPointF(-70, -30), b);
            p.drawPath(path);
            arrowHead(p, b, b + QPointF(-8, -8), color);
            const QPointF at = path.pointAtPercent(0.25);
            drawLabel(e.id, e.label, at + QPointF(-4, 0), Qt::AlignLeft, taken,
                      qMin(kLabelWidth, int(at.x()) - 12));
        } else if (m_row.value(e.to) == m_row.value(e.from) + 1) {
            // To the next row in another column: down from the box, then across into the
            // target's side (the row between is someone else's).
            const bool right = toColumn > fromColumn;
            const QPointF a(right ? from.right() - 24 : from.left() + 24, from.bottom());
            const QPointF b(right ? to.left() : to.right(), to.center().y());
            QPainterPath path(a);
            path.cubicTo(QPointF(a.x(), b.y()), QPointF(a.x(), b.y()), b);
            p.drawPath(path);
            arrowHead(p, b, QPointF(b.x() + (right ? -10 : 10), b.y()), color);
            const QPointF mid = path.pointAtPercent(0.6);
            drawLabel(e.id, e.label, QPointF(mid.x() + 6, mid.y() - 12), Qt::AlignRight, taken,
                      qMin(kLabelWidth, int(b.x() - mid.x()) + 40));
        } else {
            // Across to the other column: from the box's side to the target's top.
            const bool right = toColumn > fromColumn;
            const QPointF a(right ? from.right() : from.left(), from.center().y());
            const QPointF b(to.center().x(), to.top());
            QPainterPath path(a);
            path.cubicTo(QPointF(b.x(), a.y()), QPointF(b.x(), a.y()), b);
            p.drawPath(path);
            arrowHead(p, b, QPointF(b.x(), b.y() - 10), color);
            const QPointF mid = path.pointAtPercent(0.35);
            drawLabel(e.id, e.label, QPointF(mid.x(), mid.y() + 4), Qt::AlignCenter, taken);
        }
    }

    // The start marker.
    p.setPen(QPen(c.edge, 1));
    p.setBrush(c.startFill);
    p.drawRoundedRect(m_start, m_start.height() / 2.0, m_start.height() / 2.0);
    p.setFont(small);
    p.setPen(c.labelText);
    p.drawText(m_start, Qt::AlignCenter, tr("start"));

    // The nodes.
    for (const GraphNode& n : m_nodes) {
        const QRect box = m_boxes.value(n.id);
        const bool current = n.id == m_current;
        const bool inTurn = m_turnNodes.contains(n.id);
        p.setPen(QPen(current || inTurn ? c.accent : c.boxBorder, current ? 2 : 1.2));
        p.setBrush(current ? c.currentFill : inTurn ? c.turnFill : c.boxFill);
        p.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
        QFont title = base;
        title.setWeight(QFont::DemiBold);
        p.setFont(title);
        p.setPen(current ? c.currentText : c.text);
        const QRect titleRect(box.left() + 10, box.top() + 6, box.width() - 20,
                              QFontMetrics(title).height());
        p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(title).elidedText(n.label, Qt::ElideRight, titleRect.width()));
        // Second line: the variants as chips, or what the node does for retrieval.
        const int y2 = titleRect.bottom() + 5;
        p.setFont(small);
        if (!n.variants.isEmpty()) {
            int x = box.left() + 10;
            for (const QString& v : n.variants) {
                const bool used = v == m_variant;
                const QString text = v == QLatin1String("warm")   ? tr("warm")
                                     : v == QLatin1String("cold") ? tr("cold")
                                                                  : v;
                const QRect chip(x, y2, smallMetrics.horizontalAdvance(text) + 14,
                                 smallMetrics.height() + 2);
                p.setPen(QPen(current ? c.currentText : c.accent, 1));
                p.setBrush(used ? QBrush(current ? c.currentText : c.currentFill) : QBrush());
                p.drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), chip.height() / 2.0,
                                  chip.height() / 2.0);
                p.setPen(used ? (current ? c.currentFill : c.currentText)
                              : (current ? c.currentText : c.accent));
                p.drawText(chip, Qt::AlignCenter, text);
                x = chip.right() + 6;
            }
        } else {
            p.setPen(current ? c.currentMuted : c.labelText);
            const QString line = n.retrieves ? tr("searches your documents")
                                 : n.tools.isEmpty()
                                     ? tr("no tools")
                                     : tr("%n tool(s)", nullptr, int(n.tools.size()));
            p.drawText(QRect(box.left() + 10, y2, box.width() - 20, smallMetrics.height() + 2),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       smallMetrics.elidedText(line, Qt::ElideRight, box.width() - 20));
        }
    }
}

bool AgentGraphView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint pos = transform().inverted().map(static_cast<QHelpEvent*>(event)->pos());
        for (const GraphNode& n : m_nodes) {
            if (!m_boxes.value(n.id).contains(pos))
                continue;
            QString tip = QStringLiteral("<b>%1</b><br>%2")
                              .arg(n.label.toHtmlEscaped(), n.description.toHtmlEscaped());
            if (!n.tools.isEmpty())
                tip += QStringLiteral("<br>") +
                       tr("Tools: %1").arg(n.tools.join(QStringLiteral(", ")).toHtmlEscaped());
            if (n.retrieves)
                tip +=
                    QStringLiteral("<br>") +
                    tr("Searches: %1").arg(n.categories.join(QStringLiteral(", ")).toHtmlEscaped());
            QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), tip, this);
            return true;
        }
        for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
            if (!it.value().contains(pos))
                continue;
            auto found = std::find_if(m_edges.cbegin(), m_edges.cend(),
                                      [&](const GraphEdge& g) { return g.id == it.key(); });
            if (found == m_edges.cend())
                break;
            const GraphEdge* e = &*found;
            const QString trigger = e->trigger == QLatin1String("auto")
                                        ? tr("right after the node ran")
                                    : e->trigger == QLatin1String("payment")
                                        ? tr("when the checkout completes")
                                        : tr("when the lead's next message arrives");
            QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(),
                               tr("%1 → %2: %3 (%4)").arg(e->from, e->to, e->label, trigger), this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace limitless::ui
