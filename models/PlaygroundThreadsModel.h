#pragma once

#include "agent/PlaygroundThreads.h"

#include <QAbstractListModel>
#include <QList>

namespace limitless::models {

// The playground's test conversations, newest activity first: each row names the campaign
// under test, the stage reached and how far the sale went.
class PlaygroundThreadsModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        ThreadIdRole = Qt::UserRole + 260,
        CampaignCodeRole,
        StageRole,
        QualifiedRole,
        PaymentLinkSentRole,
        PaymentCompletedRole,
        MessageCountRole,
        LastMessageAtRole,
    };

    explicit PlaygroundThreadsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Rows that stay keep their place in views (selection), others come and go.
    void setThreads(const QList<agent::PlaygroundThread>& threads);
    const QList<agent::PlaygroundThread>& threads() const { return m_threads; }
    const agent::PlaygroundThread& thread(int row) const { return m_threads.at(row); }
    int rowForId(const QString& threadId) const;

    // "Stage: Pitch · qualified · link sent".
    static QString progressText(const agent::PlaygroundThread& thread);

private:
    QList<agent::PlaygroundThread> m_threads;
};

} // namespace limitless::models
