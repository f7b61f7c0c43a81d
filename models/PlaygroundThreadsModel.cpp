#include "PlaygroundThreadsModel.h"

#include "ConversationsModel.h"
#include "ModelRoles.h"

#include <QLocale>

namespace limitless::models {

using agent::PlaygroundThread;

PlaygroundThreadsModel::PlaygroundThreadsModel(QObject* parent) : QAbstractListModel(parent) {}

int PlaygroundThreadsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_threads.size());
}

Qt::ItemFlags PlaygroundThreadsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> PlaygroundThreadsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ThreadIdRole, "threadId");
    names.insert(CampaignCodeRole, "campaignCode");
    names.insert(StageRole, "stage");
    names.insert(QualifiedRole, "qualified");
    names.insert(PaymentLinkSentRole, "paymentLinkSent");
    names.insert(PaymentCompletedRole, "paymentCompleted");
    names.insert(MessageCountRole, "messageCount");
    names.insert(LastMessageAtRole, "lastMessageAt");
    return names;
}

QString PlaygroundThreadsModel::progressText(const PlaygroundThread& t)
{
    QStringList parts;
    parts << (t.stage.isEmpty() ? tr("Not started") : ConversationsModel::stageLabel(t.stage));
    if (t.qualified)
        parts << tr("qualified");
    if (t.paymentCompleted)
        parts << tr("paid (simulated)");
    else if (t.paymentLinkSent)
        parts << tr("link sent");
    return parts.join(QStringLiteral(" · "));
}

QVariant PlaygroundThreadsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const PlaygroundThread& t = m_threads.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole: {
        const QString campaign = t.campaignCode.isEmpty() ? tr("No campaign") : t.campaignCode;
        const QString when =
            t.lastMessageAt.isValid()
                ? locale.toString(t.lastMessageAt.toLocalTime(), QLocale::ShortFormat)
                : QString();
        return tr("%1\n%2 · %n message(s) · %3", nullptr, t.messageCount)
            .arg(campaign, progressText(t), when);
    }
    case Qt::ToolTipRole:
        return tr("Test conversation %1 for campaign %2").arg(t.threadId, t.campaignCode);
    case IdRole:
    case ThreadIdRole:
        return t.threadId;
    case SortRole:
    case LastMessageAtRole:
        return t.lastMessageAt;
    case CampaignCodeRole:
        return t.campaignCode;
    case StageRole:
        return t.stage;
    case QualifiedRole:
        return t.qualified;
    case PaymentLinkSentRole:
        return t.paymentLinkSent;
    case PaymentCompletedRole:
        return t.paymentCompleted;
    case MessageCountRole:
        return t.messageCount;
    default:
        break;
    }
    return {};
}

int PlaygroundThreadsModel::rowForId(const QString& threadId) const
{
    for (int i = 0; i < m_threads.size(); ++i)
        if (m_threads.at(i).threadId == threadId)
            return i;
    return -1;
}

void PlaygroundThreadsModel::setThreads(const QList<PlaygroundThread>& threads)
{
    // Same ids in the same order: update in place so a view keeps its selection.
    bool sameRows = threads.size() == m_threads.size();
    for (int i = 0; sameRows && i < threads.size(); ++i)
        sameRows = threads.at(i).threadId == m_threads.at(i).threadId;
    if (sameRows) {
        m_threads = threads;
        if (!threads.isEmpty())
            emit dataChanged(index(0), index(int(threads.size()) - 1));
        return;
    }
    beginResetModel();
    m_threads = threads;
    endResetModel();
}

} // namespace limitless::models
