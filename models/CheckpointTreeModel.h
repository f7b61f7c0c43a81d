#pragma once

#include "agent/ThreadStore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace limitless::models {

// A thread's checkpoint history as the tree of its branches: the children of a checkpoint are
// the checkpoints whose parent it is, so a fork shows as a second child beside the branch it
// left, and both stay reachable. Each row shows the stage, the step, the source (lead message,
// agent step, edit, fork), the message count and the time; the checkpoint the playground shows
// and continues from (the head) is marked.
class CheckpointTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { StageColumn, StepColumn, SourceColumn, MessagesColumn, TimeColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        CheckpointIdRole = Qt::UserRole + 280,
        ParentIdRole,
        IsHeadRole,  // bool
        IsOnHeadRole, // bool: on the branch that leads to the head
        SourceRole,  // the raw source ("input", "loop", "update", "fork")
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
        int parent = -1; // index into m_history, -1 = a root
        int row = 0;     // among its parent's children (or the roots)
        QList<int> children;
    };
    bool onHeadBranch(int node) const;

    QList<agent::CheckpointInfo> m_history;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_byId;
    QString m_head;
};

} // namespace limitless::models
