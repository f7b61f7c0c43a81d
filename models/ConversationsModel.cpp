#include "ConversationsModel.h"

#include "ConversationChangeFeed.h"
#include "ModelRoles.h"
#include "conversations/ConversationQuery.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <utility>

namespace limitless::models {

using conversations::ConversationFilter;
using conversations::ConversationQuery;
using conversations::ConversationRow;

namespace {

bool isNumberColumn(int column)
{
    return column == ConversationsModel::ScoreColumn ||
           column == ConversationsModel::MessagesColumn;
}

QVariant dateTime(qint64 msecs)
{
    return msecs ? QVariant(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC)) : QVariant();
}

} // namespace

ConversationsModel::ConversationsModel(db::Database* database, QObject* parent)
    : QAbstractTableModel(parent), m_db(database),
      m_feed(new ConversationChangeFeed(database, this))
{
    connect(m_feed, &ConversationChangeFeed::changed, this, &ConversationsModel::refreshIds);
    connect(m_feed, &ConversationChangeFeed::changedAll, this, &ConversationsModel::refresh);
}

ConversationsModel::~ConversationsModel()
{
    if (m_db) {
        if (m_pageRequest)
            m_db->cancel(m_pageRequest);
        if (m_countRequest)
            m_db->cancel(m_countRequest);
    }
}

QString ConversationsModel::stageLabel(const QString& stage)
{
    if (stage == QLatin1String("greeting"))
        return tr("Greeting");
    if (stage == QLatin1String("qualification"))
        return tr("Qualification");
    if (stage == QLatin1String("pitch"))
        return tr("Pitch");
    if (stage == QLatin1String("objection_handling"))
        return tr("Objection handling");
    if (stage == QLatin1String("close"))
        return tr("Close");
    if (stage == QLatin1String("complete"))
        return tr("Complete");
    if (stage == QLatin1String("nurture"))
        return tr("Nurture");
    // A stage a newer agent introduced: shown as stored rather than hidden.
    QString s = stage;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    return s.left(1).toUpper() + s.mid(1);
}

QString ConversationsModel::planLabel(const QString& plan)
{
    if (plan == QLatin1String("option1"))
        return tr("Option 1");
    if (plan == QLatin1String("option2"))
        return tr("Option 2");
    return plan;
}

int ConversationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConversationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ConversationsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ConversationsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ConversationRow& c = m_rows.at(index.row());
    const QLocale locale;
    auto yesNo = [](bool b) { return b ? tr("Yes") : tr("No"); };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HandleColumn:
            return c.instagramHandle;
        case CampaignColumn:
            return c.campaignCode;
        case StageColumn:
            return stageLabel(c.stage);
        case QualifiedColumn:
            return yesNo(c.qualified);
        case ScoreColumn:
            return c.hasScore ? locale.toString(double(c.score), 'f', 2) : QString();
        case BusinessTypeColumn:
            return c.businessType;
        case RevenueColumn:
            return c.monthlyRevenue;
        case PainPointColumn:
            return c.mainPainPoint;
        case PitchTypeColumn:
            return c.pitchType == QLatin1String("warm")   ? tr("Warm")
                   : c.pitchType == QLatin1String("cold") ? tr("Cold")
                                                          : c.pitchType;
        case LinkSentColumn:
            return yesNo(c.linkSent);
        case PaidColumn:
            return yesNo(c.paid);
        case PlanColumn:
            return planLabel(c.preferredPlan);
        case MessagesColumn:
            return locale.toString(c.totalMessages);
        case LastMessageColumn:
            return locale.toString(
                QDateTime::fromMSecsSinceEpoch(c.lastMessageAt, Qt::UTC).toLocalTime(),
                QLocale::ShortFormat);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case QualifiedColumn:
            return c.qualified;
        case ScoreColumn:
            return double(c.score);
        case LinkSentColumn:
            return c.linkSent;
        case PaidColumn:
            return c.paid;
        case MessagesColumn:
            return c.totalMessages;
        case LastMessageColumn:
            return dateTime(c.lastMessageAt);
        case StageColumn:
            return c.stage;
        default:
            return data(index, Qt::DisplayRole);
        }
    case FilterRole:
        switch (index.column()) {
        case StageColumn:
            return c.stage;
        case CampaignColumn:
            return c.campaignId;
        case PlanColumn:
            return c.preferredPlan;
        default:
            return data(index, SortRole);
        }
    case IdRole:
        return c.id;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            (isNumberColumn(index.column()) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case HandleColumn:
            return c.email.isEmpty() ? c.instagramHandle
                                     : tr("%1 — %2").arg(c.instagramHandle, c.email);
        case PainPointColumn:
            return c.mainPainPoint;
        case LastMessageColumn:
            return tr("Last message %1, started %2")
                .arg(locale.toString(
                         QDateTime::fromMSecsSinceEpoch(c.lastMessageAt, Qt::UTC).toLocalTime(),
                         QLocale::LongFormat),
                     locale.toString(
                         QDateTime::fromMSecsSinceEpoch(c.createdAt, Qt::UTC).toLocalTime(),
                         QLocale::LongFormat));
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ConversationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((isNumberColumn(section) ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HandleColumn:
        return tr("Instagram handle");
    case CampaignColumn:
        return tr("Campaign");
    case StageColumn:
        return tr("Stage");
    case QualifiedColumn:
        return tr("Qualified");
    case ScoreColumn:
        return tr("Score");
    case BusinessTypeColumn:
        return tr("Business type");
    case RevenueColumn:
        return tr("Monthly revenue");
    case PainPointColumn:
        return tr("Pain point");
    case PitchTypeColumn:
        return tr("Pitch");
    case LinkSentColumn:
        return tr("Link sent");
    case PaidColumn:
        return tr("Paid");
    case PlanColumn:
        return tr("Plan");
    case MessagesColumn:
        return tr("Messages");
    case LastMessageColumn:
        return tr("Last message");
    }
    return {};
}

int ConversationsModel::rowForId(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

bool ConversationsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_loaded && !m_atEnd && m_pageRequest == 0;
}

void ConversationsModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void ConversationsModel::setFilter(const ConversationFilter& filter)
{
    m_started = true;
    m_filter = filter;
    ++m_generation;
    if (m_db && m_pageRequest)
        m_db->cancel(m_pageRequest);
    if (m_db && m_countRequest)
        m_db->cancel(m_countRequest);
    m_pageRequest = 0;
    m_countRequest = 0;
    m_refreshQueued = false;
    m_countQueued = false;
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_loaded = false;
    m_atEnd = false;
    endResetModel();
    m_total = -1;
    emit totalCountChanged(m_total);
    requestPage();
    requestCount();
}

void ConversationsModel::requestPage()
{
    if (!m_db || m_pageRequest)
        return;
    const auto state = m_db->state();
    if (state != db::ConnectionState::Connected && state != db::ConnectionState::Reconnecting)
        return; // the feed's changedAll() on connecting asks again
    const bool first = m_rows.isEmpty();
    const QString afterId = first ? QString() : m_rows.last().id;
    const qint64 afterMsecs = first ? 0 : ConversationQuery::sortKey(m_rows.last(), m_filter.sort);
    const quint64 generation = m_generation;
    m_pageRequest =
        m_db->query(ConversationQuery::page(m_filter, afterId, afterMsecs, m_pageSize), this,
                    [this, generation](const db::QueryResult& r) { onPage(generation, r); });
    emit loadingChanged(true);
}

void ConversationsModel::onPage(quint64 generation, const db::QueryResult& result)
{
    if (generation != m_generation)
        return;
    m_pageRequest = 0;
    const bool refreshQueued = std::exchange(m_refreshQueued, false);
    if (!result.ok()) {
        fail(result.error);
        return;
    }
    m_lastError = {};
    QVector<ConversationRow> page = ConversationQuery::rows(result);
    // A row a live update already placed may come again with the page: keep one.
    if (!m_rows.isEmpty() && !page.isEmpty()) {
        QSet<QString> held;
        const int tail = int(qMin<qsizetype>(m_rows.size(), 4 * m_pageSize));
        for (int i = int(m_rows.size()) - tail; i < m_rows.size(); ++i)
            held.insert(m_rows.at(i).id);
        page.erase(std::remove_if(page.begin(), page.end(),
                                  [&](const ConversationRow& r) { return held.contains(r.id); }),
                   page.end());
    }
    m_atEnd = result.rowCount() < m_pageSize;
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows.append(page);
        endInsertRows();
    }
    m_loaded = true;
    emit loadingChanged(false);
    emit pageLoaded();
    if (refreshQueued)
        refresh();
}

void ConversationsModel::requestCount()
{
    if (!m_db)
        return;
    if (m_countRequest) {
        m_countQueued = true;
        return;
    }
    const auto state = m_db->state();
    if (state != db::ConnectionState::Connected && state != db::ConnectionState::Reconnecting)
        return;
    const quint64 generation = m_generation;
    m_countRequest = m_db->query(ConversationQuery::count(m_filter), this,
                                 [this, generation](const db::QueryResult& r) {
                                     if (generation != m_generation)
                                         return;
                                     m_countRequest = 0;
                                     if (std::exchange(m_countQueued, false))
                                         requestCount();
                                     if (!r.ok())
                                         return;
                                     const qint64 total = r.scalar().toLongLong();
                                     if (total != m_total) {
                                         m_total = total;
                                         emit totalCountChanged(m_total);
                                     }
                                 });
}

void ConversationsModel::refresh()
{
    if (!m_started || !m_db)
        return;
    if (!m_loaded) {
        // A first page on its way may have been read before whatever asked for this refresh (a
        // Retry after the database came back, another client's change): ask again when it lands.
        if (m_pageRequest)
            m_refreshQueued = true;
        requestPage();
        requestCount();
        return;
    }
    // The first page, merged row by row: what changed near the top shows; nothing is reset.
    const quint64 generation = m_generation;
    m_db->query(ConversationQuery::page(m_filter, {}, 0, m_pageSize), this,
                [this, generation](const db::QueryResult& r) { onRefreshed(generation, {}, r); });
    requestCount();
}

void ConversationsModel::refreshIds(const QStringList& ids)
{
    if (!m_started || !m_db || ids.isEmpty())
        return;
    if (!m_loaded) {
        refresh();
        return;
    }
    const quint64 generation = m_generation;
    m_db->query(
        ConversationQuery::page(m_filter, {}, 0, int(ids.size()), ids), this,
        [this, generation, ids](const db::QueryResult& r) { onRefreshed(generation, ids, r); });
    requestCount();
}

void ConversationsModel::onRefreshed(quint64 generation, const QStringList& ids,
                                     const db::QueryResult& result)
{
    if (generation != m_generation)
        return;
    if (!result.ok()) {
        if (result.error.kind != db::DbError::Kind::Cancelled)
            fail(result.error);
        return;
    }
    const QVector<ConversationRow> fresh = ConversationQuery::rows(result);
    QSet<QString> seen;
    QStringList touched;
    for (const ConversationRow& r : fresh) {
        seen.insert(r.id);
        upsert(r);
        touched << r.id;
    }
    // Named rows that did not come back were deleted or left the filter.
    for (const QString& id : ids) {
        if (seen.contains(id))
            continue;
        const int row = rowForId(id);
        if (row >= 0)
            removeRowAt(row);
        touched << id;
    }
    emit rowsRefreshed(touched);
}

int ConversationsModel::insertPosition(const ConversationRow& row, int skip) const
{
    // Binary search over the rows held (in the filter's order), as if row `skip` were absent.
    const int n = int(m_rows.size()) - (skip >= 0 ? 1 : 0);
    int lo = 0, hi = n;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        const int at = skip >= 0 && mid >= skip ? mid + 1 : mid;
        if (ConversationQuery::before(m_rows.at(at), row, m_filter.sort))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void ConversationsModel::upsert(const ConversationRow& row)
{
    const int current = rowForId(row.id);
    if (current < 0) {
        const int at = insertPosition(row, -1);
        // Past the last row held (and more to come): it arrives with its page when scrolled to.
        if (at == m_rows.size() && !m_atEnd)
            return;
        beginInsertRows({}, at, at);
        m_rows.insert(at, row);
        endInsertRows();
        return;
    }
    const int target = insertPosition(row, current);
    if (target == int(m_rows.size()) - 1 && !m_atEnd && target != current) {
        removeRowAt(current); // moved past the rows held
        return;
    }
    if (target != current) {
        // A move, not remove + insert: a view keeps the row selected as it moves.
        beginMoveRows({}, current, current, {}, target > current ? target + 1 : target);
        m_rows.move(current, target);
        endMoveRows();
    }
    if (!(m_rows.at(target) == row)) {
        m_rows[target] = row;
        emit dataChanged(index(target, 0), index(target, ColumnCount - 1));
    }
}

void ConversationsModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.remove(row);
    endRemoveRows();
}

void ConversationsModel::fail(const db::DbError& error)
{
    // Keep the rows held: a transient error should not blank the page.
    m_lastError = error;
    emit loadingChanged(false);
    if (error.kind != db::DbError::Kind::Cancelled)
        emit errorOccurred(error);
}

} // namespace limitless::models
