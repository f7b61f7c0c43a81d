#pragma once

#include "db/Database.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QVector>

namespace limitless::models {

class TableChangeWatcher;

// The owner's campaigns as a read-only table, fed by Database.
//
// refresh() issues one asynchronous query; its result is merged into the rows by id (rows are
// inserted, removed, moved or changed in place, never reset after the first load), so a view's
// selection, current index and scroll position survive live updates. Changes to the campaigns
// table arrive as notifications and trigger a debounced refresh.
//
// Display text is localized; SortRole gives the raw value (numbers, QDateTime) so a proxy sorts
// correctly, FilterRole the raw platform / is_active for filters.
class CampaignsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        NameColumn,
        PlatformColumn,
        ActiveColumn,
        ClicksColumn,
        ConversationsColumn,
        QualifiedColumn,
        ConversionsColumn,
        ConversionRateColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    struct Campaign {
        QString id;
        QString code;
        QString name;
        QString description;
        QString platform; // as stored: "instagram", "facebook", …; empty when not recorded
        bool active = false;
        qint64 clicks = 0;
        qint64 conversations = 0;
        qint64 qualified = 0;
        qint64 conversions = 0;
        QDateTime createdAt; // UTC
        QDateTime updatedAt; // UTC

        // Conversions per click, in [0, 1]; -1 while there are no clicks to divide by.
        double conversionRate() const
        {
            return clicks > 0 ? double(conversions) / double(clicks) : -1.0;
        }
        bool operator==(const Campaign&) const = default;
    };

    explicit CampaignsModel(db::Database* database, QObject* parent = nullptr);
    ~CampaignsModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    const Campaign& campaign(int row) const { return m_rows.at(row); }
    int rowForId(const QString& id) const;
    // The distinct platforms present, as stored (for a filter), sorted.
    QStringList platforms() const;

    // A human name for a stored platform value ("youtube" → "YouTube").
    static QString platformLabel(const QString& platform);

    // True once the first query has answered (successfully): "no rows" then means no campaigns.
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_inFlight != 0; }
    // The last refresh's error; cleared by the next successful refresh.
    db::DbError lastError() const { return m_lastError; }
    TableChangeWatcher* changeWatcher() const { return m_watcher; }

public slots:
    // Re-queries the campaigns. While a query is in flight, one more is queued (not more), so a
    // change made during the query is not missed.
    void refresh();

signals:
    void loadingChanged(bool loading);
    // A query answered and its rows were merged.
    void refreshed();
    void errorOccurred(const limitless::db::DbError& error);

private:
    void sendQuery();
    void onResult(const db::QueryResult& result);
    void merge(QVector<Campaign> fresh);
    template <typename> friend struct TableMergeAccess;

    QPointer<db::Database> m_db;
    TableChangeWatcher* m_watcher = nullptr;
    QVector<Campaign> m_rows;
    db::DbError m_lastError;
    db::RequestId m_inFlight = 0;
    bool m_refreshQueued = false;
    bool m_loaded = false;
};

} // namespace limitless::models
