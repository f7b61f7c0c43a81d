#include "FunnelModel.h"

#include "TableChangeWatcher.h"
#include "analytics/FunnelQuery.h"

#include <QLocale>

namespace limitless::models {

using analytics::FunnelStage;

namespace {
// Without LISTEN the page polls; the funnel is cheap to re-query (one round trip on roll-ups).
constexpr int PollMs = 5000;

QString percentText(double ratio)
{
    return ratio < 0 ? QStringLiteral("–")
                     : QLocale().toString(ratio * 100.0, 'f', 1) + QLatin1Char('%');
}
} // namespace

FunnelModel::FunnelModel(db::Database* database, QObject* parent)
    : QAbstractTableModel(parent), m_db(database)
{
    m_watcher =
        new TableChangeWatcher(database,
                               {QStringLiteral("analytics_events"), QStringLiteral("payments"),
                                QStringLiteral("conversations"), QStringLiteral("campaigns")},
                               this);
    m_watcher->setPollInterval(PollMs);
    connect(m_watcher, &TableChangeWatcher::changed, this, &FunnelModel::refresh);
    if (database) {
        connect(database, &db::Database::liveUpdatesChanged, this,
                [this](bool) { emit liveChanged(isLive()); });
        connect(database, &db::Database::stateChanged, this,
                [this](db::ConnectionState) { emit liveChanged(isLive()); });
    }
    m_request.primary =
        analytics::FunnelRequest::lastDays(30, m_request.zone(), QDateTime::currentDateTimeUtc());
}

FunnelModel::~FunnelModel()
{
    if (m_db && m_inFlight)
        m_db->cancel(m_inFlight);
}

bool FunnelModel::isLive() const
{
    return m_db && m_db->state() == db::ConnectionState::Connected && m_db->liveUpdatesAvailable();
}

int FunnelModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_loaded ? 0 : analytics::kStageCount;
}

int FunnelModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunnelModel::cell(int row, int column, bool raw) const
{
    const auto stage = FunnelStage(row);
    if (column == StageColumn)
        return raw ? QVariant(analytics::stageKey(stage)) : QVariant(analytics::stageLabel(stage));
    const bool compare = column >= CompareCountColumn;
    if (compare && !m_report.comparison)
        return {};
    const analytics::FunnelSeries& s = compare ? *m_report.comparison : m_report.primary;
    switch (compare ? column - CompareCountColumn + CountColumn : column) {
    case CountColumn:
        return raw ? QVariant(s.count(stage)) : QVariant(QLocale().toString(s.count(stage)));
    case FromPreviousColumn:
        return raw ? QVariant(s.fromPrevious(stage)) : QVariant(percentText(s.fromPrevious(stage)));
    case FromTopColumn:
        return raw ? QVariant(s.fromTop(stage)) : QVariant(percentText(s.fromTop(stage)));
    default:
        return {};
    }
}

QVariant FunnelModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return cell(index.row(), index.column(), false);
    case RawRole:
        return cell(index.row(), index.column(), true);
    case Qt::TextAlignmentRole:
        return index.column() == StageColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant FunnelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case CountColumn:
        return tr("Count");
    case FromPreviousColumn:
        return tr("From previous");
    case FromTopColumn:
        return tr("From top");
    case CompareCountColumn:
        return tr("Count (B)");
    case CompareFromPreviousColumn:
        return tr("From previous (B)");
    case CompareFromTopColumn:
        return tr("From top (B)");
    default:
        return {};
    }
}

void FunnelModel::setRequest(const analytics::FunnelRequest& wanted)
{
    // Whether the roll-ups can be used is the database's business, not the caller's.
    analytics::FunnelRequest request = wanted;
    request.useRollups = m_request.useRollups;
    if (request == m_request && m_loaded)
        return;
    m_request = request;
    // Not cancelled: a cancel sent to the server can hit the next query instead. The older
    // answer is dropped when it arrives and the new request goes out then.
    if (m_inFlight) {
        m_refreshQueued = true;
        return;
    }
    sendQuery();
}

void FunnelModel::refresh()
{
    if (m_inFlight) {
        m_refreshQueued = true;
        return;
    }
    sendQuery();
}

void FunnelModel::sendQuery()
{
    if (!m_db)
        return;
    const bool wasLoading = isLoading();
    // Without the dashboard's roll-ups (a database whose owner has not run `limitless migrate`)
    // every figure is counted from the seed's tables; the page says so.
    const db::Additions additions = m_db->serverInfo().additions;
    m_request.useRollups = !additions.probed || additions.rollups;
    const analytics::FunnelRequest request = m_request;
    // The campaigns with their data-quality counts come along every time: they are read from
    // per-campaign totals (one of the additions), a few rows.
    const db::RequestId id = m_db->batch(
        analytics::FunnelQuery::statements(request, true), this,
        [this, request](const QList<db::QueryResult>& results) { onResults(request, results); });
    m_inFlight = id;
    if (!wasLoading)
        emit loadingChanged(true);
}

void FunnelModel::onResults(const analytics::FunnelRequest& request,
                            const QList<db::QueryResult>& results)
{
    m_inFlight = 0;
    if (!(request == m_request)) {
        // The answer to a request that was replaced meanwhile: ask for the current one.
        m_refreshQueued = false;
        sendQuery();
        return;
    }
    db::DbError error;
    std::optional<analytics::FunnelReport> report =
        analytics::FunnelQuery::parse(request, results, &error, true);
    if (!report) {
        if (error.kind != db::DbError::Kind::Cancelled) {
            m_lastError = error;
            emit errorOccurred(error);
        }
    } else {
        m_lastError = {};
        const bool shapeChanged =
            !m_loaded || report->comparison.has_value() != m_report.comparison.has_value();
        if (shapeChanged) {
            beginResetModel();
            m_report = std::move(*report);
            m_loaded = true;
            endResetModel();
        } else {
            const analytics::FunnelReport old = std::move(m_report);
            m_report = std::move(*report);
            // Only the rows whose figures moved are announced: views keep selection and scroll.
            for (int row = 0; row < analytics::kStageCount; ++row) {
                for (int col = CountColumn; col < ColumnCount; ++col) {
                    const bool compare = col >= CompareCountColumn;
                    const analytics::FunnelSeries* a =
                        compare ? (old.comparison ? &*old.comparison : nullptr) : &old.primary;
                    const analytics::FunnelSeries* b =
                        compare ? (m_report.comparison ? &*m_report.comparison : nullptr)
                                : &m_report.primary;
                    if (!a || !b || a->totals != b->totals || a->scope != b->scope) {
                        emit dataChanged(index(row, CountColumn), index(row, ColumnCount - 1));
                        break;
                    }
                }
            }
        }
        m_lastUpdated = QDateTime::currentDateTimeUtc();
        emit reportChanged();
    }
    if (m_refreshQueued) {
        m_refreshQueued = false;
        sendQuery();
        return;
    }
    emit loadingChanged(false);
}

void FunnelModel::requestConversations(bool comparison, FunnelStage stage, std::optional<QDate> day)
{
    if (stage == FunnelStage::Clicks || (comparison && !m_request.comparison))
        return;
    const analytics::FunnelScope scope = comparison ? *m_request.comparison : m_request.primary;
    if (stage != FunnelStage::LinkSent) {
        emit conversationsRequested(
            analytics::FunnelQuery::drillThrough(m_request, scope, stage, day));
        return;
    }
    if (!m_db)
        return;
    const analytics::FunnelRequest request = m_request;
    m_db->query(analytics::FunnelQuery::linkConversations(request, scope, day), this,
                [this, request, scope](const db::QueryResult& result) {
                    if (!result.ok()) {
                        m_lastError = result.error;
                        emit errorOccurred(result.error);
                        return;
                    }
                    conversations::ConversationFilter f;
                    f.includePlayground = request.includePlayground;
                    f.campaignIds = scope.campaignIds;
                    f.conversationIds = analytics::FunnelQuery::conversationIds(result);
                    // An empty id list would mean "no condition": keep the page empty instead.
                    if (f.conversationIds.isEmpty())
                        f.conversationIds = {QString()};
                    emit conversationsRequested(f);
                });
}

} // namespace limitless::models
