#pragma once

#include "conversations/ConversationFilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace limitless::db {
class Database;
}

namespace limitless::models {
class PaymentsModel;
class PaymentsFilterModel;
} // namespace limitless::models

namespace limitless::ui {

class Banner;

// The Payments page: every Stripe payment with its lead, campaign, plan, amounts and status,
// filtered by status, campaign and period, above three totals (monthly recurring revenue,
// one-time revenue, refunds) that the database computes for the chosen campaign and period.
// Rows update live without losing selection, sort or scroll position. Double-click or Enter on a
// payment asks for its conversation (openConversationRequested).
class PaymentsPage : public QWidget {
    Q_OBJECT

public:
    // Periods offered by the date filter, counted back from now.
    enum class Period { AllTime, Last7Days, Last30Days, Last90Days, Last12Months };
    Q_ENUM(Period)

    explicit PaymentsPage(db::Database* database, QWidget* parent = nullptr);

    models::PaymentsModel* model() const { return m_model; }
    models::PaymentsFilterModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    Banner* banner() const { return m_banner; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* campaignFilter() const { return m_campaign; }
    QComboBox* periodFilter() const { return m_period; }
    // The totals as shown ("$12,345.00"; one line per currency).
    QString monthlyRecurringText() const;
    QString oneTimeText() const;
    QString refundsText() const;
    bool isShowingTable() const;

public slots:
    void refresh();
    void clearFilters();
    // Emits openConversationRequested for the current row.
    void openCurrentConversation();

signals:
    void openConversationRequested(const limitless::conversations::ConversationFilter& filter);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildTotals();
    QWidget* buildEmptyState();
    void applyFilters();
    void updateCampaigns();
    void updateTotalsNote();
    void updateTotals();
    void updateView();
    void fitColumns();

    models::PaymentsModel* m_model;
    models::PaymentsFilterModel* m_proxy;
    QLabel* m_subtitle;
    QComboBox* m_status;
    QComboBox* m_campaign;
    QComboBox* m_period;
    QToolButton* m_refresh;
    Banner* m_banner;
    QString m_totalsBase; // the cards' note, without the status filter's sum
    QLabel* m_mrr;
    QLabel* m_oneTime;
    QLabel* m_refunds;
    QLabel* m_totalsNote;
    QStackedWidget* m_content;
    QTableView* m_view;
    QLabel* m_emptyTitle;
    QLabel* m_emptyText;
    QToolButton* m_emptyAction;
    bool m_showingLoadError = false;
};

} // namespace limitless::ui
