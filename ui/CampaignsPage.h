#pragma once

#include "CampaignsFilterModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace limitless::db {
class Database;
}

namespace limitless::models {
class CampaignsModel;
}

namespace limitless::ui {

class Banner;

// The Campaigns page: every campaign with its funnel counters in a sortable table, a text
// filter and platform / status filters, an empty state that says what to expect, and a banner
// for errors. Rows update live (see CampaignsModel) without losing the selection.
class CampaignsPage : public QWidget {
    Q_OBJECT

public:
    explicit CampaignsPage(db::Database* database, QWidget* parent = nullptr);

    models::CampaignsModel* model() const { return m_model; }
    models::CampaignsFilterModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    Banner* banner() const { return m_banner; }
    // Which of the table or an empty-state message is shown.
    bool isShowingTable() const;
    QString emptyStateTitle() const;

    // Column widths, order and sort, for the window's saved state.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);

public slots:
    void refresh();
    void clearFilters();

private:
    QWidget* buildEmptyState();
    void fitColumns(bool growOnly);
    void updatePlatforms();
    void updateView();
    void onError();

    models::CampaignsModel* m_model;
    models::CampaignsFilterModel* m_proxy;
    QLabel* m_subtitle;
    QLineEdit* m_filter;
    QComboBox* m_platform;
    QComboBox* m_status;
    QToolButton* m_refresh;
    Banner* m_banner;
    QStackedWidget* m_content;
    QTableView* m_view;
    QLabel* m_emptyIcon;
    QLabel* m_emptyTitle;
    QLabel* m_emptyText;
    QToolButton* m_emptyAction;
};

} // namespace limitless::ui
