#pragma once

#include "agent/ThreadStore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace limitless::models {

// A thread's checkpoint history as the tree of its branches. A branch reads top to bottom at one
// level: a checkpoint's first (oldest) continuation follows it as the next row, and every
// further checkpoint whose parent it is — a fork — starts a nested branch under it, so a long
// conversation does not become a staircase and each fork is one level deeper than the branch it
// left. ParentIdRole gives the real parent. Each row shows the stage, the step, the source (lead
// message, agent step, edit, fork), the message count and the time; the checkpoint the playground
// shows and continues from (the head) is marked.
class CheckpointTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { StageColumn, StepColumn, SourceColumn, MessagesColumn, TimeColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        CheckpointIdRole = Qt::UserRole + 280,
        ParentIdRole,
        IsHeadRole,   // bool
        IsOnHeadRole, // bool: on the branch that leads to the head
        SourceRole,   // the raw source ("input", "loop", "update", "fork")
    };

    explicit CheckpointTreeModel(QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setHistory(const QList<agent::CheckpointInfo>& history);
    void clear() { setHistory({}); }
    const QList<agent::CheckpointInfo>& history() const { return m_history; }

    // The checkpoint shown and continued from ('' = none).
    void setHead(const QString& checkpointId);
    QString head() const { return m_head; }

    QModelIndex indexOf(const QString& checkpointId, int column = 0) const;
    agent::CheckpointInfo checkpoint(const QModelIndex& index) const;
    // The number of branches: checkpoints nothing continues from.
    int branchCount() const;
    // Checkpoints with more than one child.
    int forkCount() const;

    static QString sourceLabel(const QString& source);

private:
    struct Node {
        int parent = -1;     // the checkpoint's parent (index into m_history), -1 = none
        QList<int> children; // the checkpoints whose parent it is, oldest first
        int treeParent = -1; // the row it is nested under (the fork point), -1 = top level
        int row = 0;         // among treeParent's nested rows (or the top level)
        QList<int> nested;   // the branches forked from it, each continuing at that level
    };
    void place(int node, QList<int>& level, int treeParent);
    bool onHeadBranch(int node) const;

    QList<agent::CheckpointInfo> m_history;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_byId;
    QString m_head;
};

} // namespace limitless::models
