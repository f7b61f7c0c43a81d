#pragma once

#include "db/Database.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QVector>

namespace limitless::models {

class TableChangeWatcher;

// The owner's payments as a read-only table, plus revenue totals, fed by Database.
//
// Like CampaignsModel it merges every refresh into its rows by id (never a reset after the first
// load), so selection, sort and scroll position survive live inserts and updates; changes to the
// payments or campaigns tables trigger a debounced refresh. The list and the totals travel in one
// round trip. Totals are computed by the database (payments_totals.sql documents the rules) for
// the campaign and date range set with setTotalsScope(); they are kept per currency.
//
// Amounts are stored in the currency's minor unit (cents); display text is formatted with
// QLocale, SortRole gives raw values, FilterRole raw status / campaign id / created_at.
class PaymentsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        LeadColumn,
        CampaignColumn,
        PlanColumn,
        MonthlyColumn,
        OneTimeColumn,
        CurrencyColumn,
        StatusColumn,
        CreatedColumn,
        CompletedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // The conversation a row belongs to (payments → transcript). Past the shared ModelRoles.
    static constexpr int ConversationIdRole = Qt::UserRole + 64;

    struct Payment {
        QString id;
        QString conversationId;
        QString campaignId;
        QString campaignCode;
        QString campaignName;
        QString instagramHandle;
        QString email;
        QString plan;
        qint64 amountMonthly = 0;
        qint64 amountOnetime = -1; // -1 = NULL (no one-time part)
        QString currency;          // lowercase ISO code as Stripe stores it ("usd")
        QString status;            // pending | completed | failed | refunded
        QDateTime createdAt;       // UTC
        QDateTime completedAt;     // UTC; invalid while not completed

        bool operator==(const Payment&) const = default;
    };

    // Revenue in one currency, in minor units.
    struct Totals {
        QString currency;
        qint64 monthlyRecurring = 0;
        qint64 oneTime = 0;
        qint64 refunds = 0;
        qint64 completedCount = 0;
        qint64 refundedCount = 0;
        bool operator==(const Totals&) const = default;
    };

    explicit PaymentsModel(db::Database* database, QObject* parent = nullptr);
    ~PaymentsModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    const Payment& payment(int row) const { return m_rows.at(row); }
    int rowForId(const QString& id) const;
    QList<Totals> totals() const { return m_totals; }

    // The totals' scope: a campaign id (empty = all) and a creation-date range [from, to) in
    // UTC (invalid = open). Changing it re-queries.
    void setTotalsScope(const QString& campaignId, const QDateTime& from, const QDateTime& to);

    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_inFlight != 0; }
    db::DbError lastError() const { return m_lastError; }
    TableChangeWatcher* changeWatcher() const { return m_watcher; }

    // "$1,997.00" for 199700 "usd" in `locale`. Zero-decimal currencies (JPY, KRW, …) are not
    // divided by 100. Unknown currencies are shown with their ISO code.
    static QString formatAmount(qint64 minorUnits, const QString& currency,
                                const QLocale& locale = QLocale());
    static QString statusLabel(const QString& status);
    static QString planLabel(const QString& plan);

public slots:
    void refresh();

signals:
    void loadingChanged(bool loading);
    void refreshed();
    void totalsChanged();
    void errorOccurred(const limitless::db::DbError& error);

private:
    template <typename> friend struct TableMergeAccess;
    void sendQuery();
    void onResult(const QList<db::QueryResult>& results);
    void checkCampaignNames();

    QPointer<db::Database> m_db;
    TableChangeWatcher* m_watcher = nullptr;
    TableChangeWatcher* m_campaignWatcher = nullptr;
    QHash<QString, QPair<QString, QString>> m_campaignNames; // id → code, name at the last check
    QVector<Payment> m_rows;
    QList<Totals> m_totals;
    QString m_scopeCampaign;
    QDateTime m_scopeFrom, m_scopeTo;
    db::DbError m_lastError;
    db::RequestId m_inFlight = 0;
    db::RequestId m_namesInFlight = 0;
    bool m_refreshQueued = false;
    bool m_loaded = false;
};

} // namespace limitless::models
