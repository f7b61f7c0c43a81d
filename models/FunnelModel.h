#pragma once

#include "analytics/FunnelReport.h"
#include "analytics/FunnelRequest.h"
#include "conversations/ConversationFilter.h"
#include "db/Database.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace limitless::models {

class TableChangeWatcher;

// The funnel as a table (one row per stage; count and conversions for the scope and, in
// comparison mode, for the second scope), plus the whole FunnelReport for the charts.
//
// A refresh is one Database::batch (one round trip). New events arrive as notifications and
// trigger a debounced refresh whose result is merged: cells that changed get dataChanged, the
// model is reset only when the request's shape changes. Without LISTEN it polls (isPolling()).
class FunnelModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        StageColumn,
        CountColumn,
        FromPreviousColumn,
        FromTopColumn,
        CompareCountColumn,
        CompareFromPreviousColumn,
        CompareFromTopColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    // Raw values for charts and tests: qint64 counts, double ratios (-1 = not computable).
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit FunnelModel(db::Database* database, QObject* parent = nullptr);
    ~FunnelModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const analytics::FunnelRequest& request() const { return m_request; }
    // Replaces the request and refreshes.
    void setRequest(const analytics::FunnelRequest& request);
    const analytics::FunnelReport& report() const { return m_report; }
    bool hasComparison() const { return m_report.comparison.has_value(); }

    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_inFlight != 0; }
    db::DbError lastError() const { return m_lastError; }
    // True when changes are pushed by the database (LISTEN); false when the model polls.
    bool isLive() const;
    TableChangeWatcher* changeWatcher() const { return m_watcher; }
    // When the last refresh's result arrived (UTC).
    QDateTime lastUpdated() const { return m_lastUpdated; }

    // Drill-through: works out the Conversations filter for a funnel bar (day unset) or one day
    // of a stage, of the first scope or the comparison, and emits conversationsRequested().
    // LinkSent needs the counted ids from the database first; Clicks have no conversations.
    void requestConversations(bool comparison, analytics::FunnelStage stage,
                              std::optional<QDate> day = {});

public slots:
    void refresh();

signals:
    void loadingChanged(bool loading);
    // A refresh answered; report() holds the new figures.
    void reportChanged();
    void liveChanged(bool live);
    void errorOccurred(const limitless::db::DbError& error);
    void conversationsRequested(const limitless::conversations::ConversationFilter& filter);

private:
    void sendQuery();
    void onResults(const analytics::FunnelRequest& request, const QList<db::QueryResult>& results);
    QVariant cell(int row, int column, bool raw) const;

    QPointer<db::Database> m_db;
    TableChangeWatcher* m_watcher = nullptr;
    analytics::FunnelRequest m_request;
    analytics::FunnelReport m_report;
    db::DbError m_lastError;
    db::RequestId m_inFlight = 0;
    bool m_refreshQueued = false;
    bool m_loaded = false;
    QDateTime m_lastUpdated;
};

} // namespace limitless::models
