#include "PipelineModel.h"

#include "ConversationChangeFeed.h"
#include "ConversationsModel.h"
#include "ModelRoles.h"
#include "conversations/ConversationQuery.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace limitless::models {

using conversations::ConversationFilter;
using conversations::ConversationQuery;
using conversations::ConversationRow;

// internalId: 0 for a stage row, stage + 1 for a card under it.

PipelineModel::PipelineModel(db::Database* database, QObject* parent)
    : QAbstractItemModel(parent), m_db(database), m_feed(new ConversationChangeFeed(database, this))
{
    for (const QString& stage : ConversationQuery::stages())
        m_stages.append({stage, 0, {}});
    // Counts change with almost any conversation change: one re-read per burst.
    connect(m_feed, &ConversationChangeFeed::changed, this, &PipelineModel::refresh);
    connect(m_feed, &ConversationChangeFeed::changedAll, this, &PipelineModel::refresh);
}

PipelineModel::~PipelineModel()
{
    if (m_request && m_db)
        m_db->cancel(m_request);
}

QModelIndex PipelineModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_stages.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_stages.size())
        return {};
    if (row >= m_stages.at(parent.row()).cards.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex PipelineModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int PipelineModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_stages.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_stages.at(parent.row()).cards.size());
}

int PipelineModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return 1;
}

Qt::ItemFlags PipelineModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QModelIndex PipelineModel::stageIndex(const QString& stage) const
{
    for (int i = 0; i < m_stages.size(); ++i)
        if (m_stages.at(i).key == stage)
            return index(i, 0);
    return {};
}

QVariant PipelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const QLocale locale;
    if (index.internalId() == 0) {
        const Stage& s = m_stages.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return ConversationsModel::stageLabel(s.key);
        case StageRole:
            return s.key;
        case CountRole:
            return s.count;
        case Qt::ToolTipRole:
            return tr("%1 conversations in this stage").arg(locale.toString(s.count));
        default:
            return {};
        }
    }
    const Stage& s = m_stages.at(int(index.internalId() - 1));
    const ConversationRow& c = s.cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return c.instagramHandle;
    case SubtitleRole: {
        QStringList parts{c.campaignCode};
        if (!c.businessType.isEmpty())
            parts << c.businessType;
        parts << locale.toString(
            QDateTime::fromMSecsSinceEpoch(c.lastMessageAt, Qt::UTC).toLocalTime(),
            QLocale::ShortFormat);
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::ToolTipRole:
        return c.mainPainPoint.isEmpty() ? c.instagramHandle : c.mainPainPoint;
    case IdRole:
        return c.id;
    case StageRole:
        return c.stage;
    case PaidRole:
        return c.paid;
    case QualifiedRole:
        return c.qualified;
    default:
        return {};
    }
}

void PipelineModel::setFilter(const ConversationFilter& filter)
{
    m_started = true;
    m_filter = filter;
    // Each column shows its own stage: a stage filter would only empty the others.
    m_filter.stages.clear();
    ++m_generation;
    if (m_request && m_db)
        m_db->cancel(m_request);
    m_request = 0;
    m_refreshQueued = false;
    refresh();
}

void PipelineModel::refresh()
{
    if (!m_started || !m_db)
        return;
    if (m_request) {
        m_refreshQueued = true;
        return;
    }
    const auto state = m_db->state();
    if (state != db::ConnectionState::Connected && state != db::ConnectionState::Reconnecting)
        return;
    const quint64 generation = m_generation;
    m_request = m_db->batch(
        {ConversationQuery::pipelineCounts(m_filter),
         ConversationQuery::pipelineCards(m_filter, m_cardsPerStage)},
        this, [this, generation](const QList<db::QueryResult>& r) { onResults(generation, r); });
}

void PipelineModel::onResults(quint64 generation, const QList<db::QueryResult>& results)
{
    if (generation != m_generation)
        return;
    m_request = 0;
    if (results.size() != 2 || !results.at(0).ok() || !results.at(1).ok()) {
        const db::DbError e = results.isEmpty()     ? db::DbError{}
                              : !results.at(0).ok() ? results.at(0).error
                              : results.size() > 1  ? results.at(1).error
                                                    : db::DbError{};
        if (e.kind != db::DbError::Kind::Cancelled)
            emit errorOccurred(e);
    } else {
        QHash<QString, qint64> counts;
        const db::QueryResult& c = results.at(0);
        for (int i = 0; i < c.rowCount(); ++i)
            counts.insert(c.value(i, 0).toString(), c.value(i, 1).toLongLong());
        QHash<QString, QVector<ConversationRow>> cards;
        for (const ConversationRow& row : ConversationQuery::rows(results.at(1)))
            cards[row.stage].append(row);
        for (int s = 0; s < m_stages.size(); ++s) {
            const qint64 count = counts.value(m_stages.at(s).key);
            if (count != m_stages.at(s).count) {
                m_stages[s].count = count;
                emit dataChanged(index(s, 0), index(s, 0));
            }
            mergeCards(s, cards.value(m_stages.at(s).key));
        }
        m_loaded = true;
        emit refreshed();
    }
    if (std::exchange(m_refreshQueued, false))
        refresh();
}

void PipelineModel::mergeCards(int stage, const QVector<ConversationRow>& fresh)
{
    const QModelIndex parent = index(stage, 0);
    QVector<ConversationRow>& rows = m_stages[stage].cards;
    QSet<QString> freshIds;
    for (const ConversationRow& r : fresh)
        freshIds.insert(r.id);
    // Gone first (bottom up), then walk the fresh order: keep, move up or insert.
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (freshIds.contains(rows.at(i).id))
            continue;
        beginRemoveRows(parent, i, i);
        rows.remove(i);
        endRemoveRows();
    }
    for (int i = 0; i < fresh.size(); ++i) {
        if (i < rows.size() && rows.at(i).id == fresh.at(i).id) {
            if (!(rows.at(i) == fresh.at(i))) {
                rows[i] = fresh.at(i);
                emit dataChanged(index(i, 0, parent), index(i, 0, parent));
            }
            continue;
        }
        int from = -1;
        for (int k = i + 1; k < rows.size(); ++k)
            if (rows.at(k).id == fresh.at(i).id)
                from = k;
        if (from >= 0) {
            beginMoveRows(parent, from, from, parent, i);
            rows.move(from, i);
            endMoveRows();
            rows[i] = fresh.at(i);
            emit dataChanged(index(i, 0, parent), index(i, 0, parent));
            continue;
        }
        beginInsertRows(parent, i, i);
        rows.insert(i, fresh.at(i));
        endInsertRows();
    }
}

} // namespace limitless::models
