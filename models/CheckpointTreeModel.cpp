#include "CheckpointTreeModel.h"

#include "ConversationsModel.h"
#include "ModelRoles.h"
#include "StatusColours.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace limitless::models {

using agent::CheckpointInfo;

CheckpointTreeModel::CheckpointTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

QModelIndex CheckpointTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_roots.size() ? createIndex(row, column, quintptr(m_roots.at(row)))
                                    : QModelIndex();
    if (parent.model() != this)
        return {};
    const Node& p = m_nodes.at(int(parent.internalId()));
    return row < p.nested.size() ? createIndex(row, column, quintptr(p.nested.at(row)))
                                 : QModelIndex();
}

QModelIndex CheckpointTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes.at(int(child.internalId())).treeParent;
    if (p < 0)
        return {};
    return createIndex(m_nodes.at(p).row, 0, quintptr(p));
}

int CheckpointTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).nested.size());
}

int CheckpointTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags CheckpointTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString CheckpointTreeModel::sourceLabel(const QString& source)
{
    if (source == QLatin1String("input"))
        return tr("lead message");
    if (source == QLatin1String("loop"))
        return tr("agent step");
    if (source == QLatin1String("update"))
        return tr("edited");
    if (source == QLatin1String("fork"))
        return tr("fork");
    return source;
}

bool CheckpointTreeModel::onHeadBranch(int node) const
{
    int n = m_byId.value(m_head, -1);
    for (int guard = 0; n >= 0 && guard <= m_nodes.size(); ++guard) {
        if (n == node)
            return true;
        n = m_nodes.at(n).parent;
    }
    return false;
}

QVariant CheckpointTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const int n = int(index.internalId());
    const CheckpointInfo& c = m_history.at(n);
    const bool isHead = !m_head.isEmpty() && c.checkpointId == m_head;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StageColumn: {
            const QString stage =
                c.stage.isEmpty() ? tr("(start)") : ConversationsModel::stageLabel(c.stage);
            return isHead ? tr("%1 ◀ current").arg(stage) : stage;
        }
        case StepColumn:
            return locale.toString(c.step);
        case SourceColumn:
            return sourceLabel(c.source);
        case MessagesColumn:
            return locale.toString(c.messageCount);
        case TimeColumn:
            return c.time.isValid()
                       ? locale.toString(c.time.toLocalTime().time(), QLocale::ShortFormat)
                       : QString();
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = tr("Checkpoint %1").arg(c.checkpointId);
        if (c.time.isValid())
            tip += QLatin1Char('\n') + locale.toString(c.time.toLocalTime(), QLocale::LongFormat);
        if (m_nodes.at(n).children.size() > 1)
            tip += QLatin1Char('\n') + tr("%n branch(es) continue from here", nullptr,
                                          int(m_nodes.at(n).children.size()));
        return tip;
    }
    case Qt::FontRole:
        if (isHead) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ForegroundRole:
        if (!onHeadBranch(n))
            return QBrush(StatusColours::quiet()); // another branch: quieter
        break;
    case Qt::BackgroundRole:
        if (isHead)
            return QBrush(StatusColours::emphasis());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == StepColumn || index.column() == MessagesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
    case CheckpointIdRole:
        return c.checkpointId;
    case ParentIdRole:
        return c.parentId;
    case IsHeadRole:
        return isHead;
    case IsOnHeadRole:
        return onHeadBranch(n);
    case SourceRole:
        return c.source;
    case SortRole:
        return c.time;
    default:
        break;
    }
    return {};
}

QVariant CheckpointTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case StepColumn:
        return tr("Step");
    case SourceColumn:
        return tr("Source");
    case MessagesColumn:
        return tr("Messages");
    case TimeColumn:
        return tr("Time");
    }
    return {};
}

void CheckpointTreeModel::place(int node, QList<int>& level, int treeParent)
{
    // The branch continues at this level through each first continuation; the other
    // continuations (forks) nest under the checkpoint they left.
    for (int n = node, guard = 0; n >= 0 && guard <= m_nodes.size(); ++guard) {
        Node& current = m_nodes[n];
        current.treeParent = treeParent;
        current.row = int(level.size());
        level.append(n);
        for (int i = 1; i < current.children.size(); ++i)
            place(current.children.at(i), m_nodes[n].nested, n);
        n = m_nodes.at(n).children.value(0, -1);
    }
}

void CheckpointTreeModel::setHistory(const QList<CheckpointInfo>& history)
{
    beginResetModel();
    m_history = history;
    m_nodes = QList<Node>(history.size());
    m_roots.clear();
    m_byId.clear();
    for (int i = 0; i < history.size(); ++i)
        m_byId.insert(history.at(i).checkpointId, i);
    QList<int> starts;
    for (int i = 0; i < history.size(); ++i) {
        // A parent that is not in the history (or the checkpoint itself) starts a branch.
        const int p = m_byId.value(history.at(i).parentId, -1);
        if (p >= 0 && p != i) {
            m_nodes[i].parent = p;
            m_nodes[p].children.append(i);
        } else {
            starts.append(i);
        }
    }
    // A damaged chain that loops has no start: break it at its first checkpoint.
    for (int i = 0; i < m_nodes.size(); ++i) {
        int n = i;
        int steps = 0;
        while (n >= 0 && steps <= m_nodes.size()) {
            n = m_nodes.at(n).parent;
            ++steps;
        }
        if (n >= 0) {
            m_nodes[m_nodes.at(i).parent].children.removeAll(i);
            m_nodes[i].parent = -1;
            starts.append(i);
        }
    }
    for (int start : starts)
        place(start, m_roots, -1);
    endResetModel();
}

void CheckpointTreeModel::setHead(const QString& checkpointId)
{
    if (checkpointId == m_head)
        return;
    m_head = checkpointId;
    // The marker and the branch colours can change on every row: each parent's children.
    if (!m_roots.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_roots.size()) - 1, ColumnCount - 1));
    for (int p = 0; p < m_nodes.size(); ++p) {
        const int children = int(m_nodes.at(p).nested.size());
        if (children == 0)
            continue;
        const QModelIndex parent = createIndex(m_nodes.at(p).row, 0, quintptr(p));
        emit dataChanged(index(0, 0, parent), index(children - 1, ColumnCount - 1, parent));
    }
}

QModelIndex CheckpointTreeModel::indexOf(const QString& checkpointId, int column) const
{
    const int n = m_byId.value(checkpointId, -1);
    if (n < 0 || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(m_nodes.at(n).row, column, quintptr(n));
}

CheckpointInfo CheckpointTreeModel::checkpoint(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return m_history.at(int(index.internalId()));
}

int CheckpointTreeModel::branchCount() const
{
    int leaves = 0;
    for (const Node& n : m_nodes)
        leaves += n.children.isEmpty() ? 1 : 0;
    return leaves;
}

int CheckpointTreeModel::forkCount() const
{
    int forks = 0;
    for (const Node& n : m_nodes)
        forks += n.children.size() > 1 ? 1 : 0;
    return forks;
}

} // namespace limitless::models
