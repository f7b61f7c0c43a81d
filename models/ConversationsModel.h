#pragma once

#include "conversations/ConversationFilter.h"
#include "conversations/ConversationRow.h"
#include "db/Database.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace limitless::models {

class ConversationChangeFeed;

// The Conversations list: one row per conversation matching a ConversationFilter, newest first.
//
// Built for 100,000 rows: it never loads the table. The first page comes with setFilter();
// further pages of `pageSize` rows come from fetchMore() as a view scrolls, each one keyset query
// continuing after the last row held (so page 500 costs what page 1 does). Rows already fetched
// stay, stored compactly (ConversationRow).
//
// Live: notifications name the conversations that changed; only those rows are re-read and then
// updated in place, moved to their new position, inserted (if they fall inside the rows held)
// or removed (deleted, or no longer matching the filter). The model is never reset for a live
// change, so a view keeps its selection and scroll position.
class ConversationsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        HandleColumn,
        CampaignColumn,
        StageColumn,
        QualifiedColumn,
        ScoreColumn,
        BusinessTypeColumn,
        RevenueColumn,
        PainPointColumn,
        PitchTypeColumn,
        LinkSentColumn,
        PaidColumn,
        PlanColumn,
        MessagesColumn,
        LastMessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ConversationsModel(db::Database* database, QObject* parent = nullptr);
    ~ConversationsModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    const conversations::ConversationFilter& filter() const { return m_filter; }
    const conversations::ConversationRow& conversation(int row) const { return m_rows.at(row); }
    int rowForId(const QString& id) const;
    // The number of conversations matching the filter (-1 until counted).
    qint64 totalCount() const { return m_total; }
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_pageRequest != 0; }
    bool atEnd() const { return m_atEnd; }
    db::DbError lastError() const { return m_lastError; }
    ConversationChangeFeed* changeFeed() const { return m_feed; }
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }

    // Human names of stages and booleans, shared with the pipeline and the details pane.
    static QString stageLabel(const QString& stage);
    static QString planLabel(const QString& plan);

public slots:
    // Starts over with this filter: the rows are replaced by its first page.
    void setFilter(const limitless::conversations::ConversationFilter& filter);
    // Re-reads the first page and the count, merging them in (a reconnect or a poll tick).
    void refresh();

signals:
    void loadingChanged(bool loading);
    void totalCountChanged(qint64 total);
    void errorOccurred(const limitless::db::DbError& error);
    // A page (or the first page) was appended.
    void pageLoaded();
    // Rows were re-read after a change: these ids were updated, inserted or removed.
    void rowsRefreshed(const QStringList& ids);

private:
    void requestPage();
    void onPage(quint64 generation, const db::QueryResult& result);
    void refreshIds(const QStringList& ids);
    void onRefreshed(quint64 generation, const QStringList& ids, const db::QueryResult& result);
    void requestCount();
    void upsert(const conversations::ConversationRow& row);
    void removeRowAt(int row);
    int insertPosition(const conversations::ConversationRow& row, int skip) const;
    void fail(const db::DbError& error);

    QPointer<db::Database> m_db;
    ConversationChangeFeed* m_feed;
    conversations::ConversationFilter m_filter;
    QVector<conversations::ConversationRow> m_rows;
    quint64 m_generation = 0; // bumped by setFilter(): answers to older filters are dropped
    db::RequestId m_pageRequest = 0;
    db::RequestId m_countRequest = 0;
    int m_pageSize = 200;
    qint64 m_total = -1;
    bool m_loaded = false;
    bool m_atEnd = false;
    bool m_started = false;
    // Asked for while an answer was on its way that may have read the database before the ask
    // (a Retry, a change): asked again when that answer lands.
    bool m_refreshQueued = false;
    bool m_countQueued = false;
    db::DbError m_lastError;
};

} // namespace limitless::models
