#pragma once

#include "conversations/ConversationFilter.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace limitless::db {
class Database;
}

namespace limitless::models {
class CampaignsModel;
class ConversationsModel;
class PipelineModel;
} // namespace limitless::models

namespace limitless::conversations {
class ConversationExport;
}

namespace limitless::ui {

class Banner;
class ConversationDetailsPane;
class PipelineView;

// The Conversations page: every conversation in a table fetched page by page as the owner
// scrolls (or, toggled, as a pipeline of stage columns with counts), a filter bar (campaign,
// stage, qualified, paid, created date range, search by handle or e-mail, sort), CSV export of
// the filtered list, and beside the list the selected conversation's transcript, lead fields,
// events and payments. Everything updates live without losing the selection or scroll position.
class ConversationsPage : public QWidget {
    Q_OBJECT

public:
    enum class Mode { List, Pipeline };

    explicit ConversationsPage(db::Database* database, QWidget* parent = nullptr);
    // Sign-out: no message of the previous account stays.
    void clearMessages();

    conversations::ConversationFilter filter() const { return m_filter; }
    Mode mode() const;
    models::ConversationsModel* model() const { return m_model; }
    models::PipelineModel* pipelineModel() const { return m_pipeline; }
    QTableView* view() const { return m_view; }
    PipelineView* pipelineView() const { return m_pipelineView; }
    ConversationDetailsPane* detailsPane() const { return m_details; }
    QString currentConversationId() const { return m_currentId; }
    QToolButton* replayButton() const { return m_replayButton; }

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);

public slots:
    // Shows the conversations matching `filter` (drill-through from the funnel, a payment's
    // "open conversation"…). Conditions the filter bar cannot show appear as a removable note.
    void setFilter(const limitless::conversations::ConversationFilter& filter);
    void setMode(limitless::ui::ConversationsPage::Mode mode);
    void showConversation(const QString& conversationId);
    void clearFilters();
    void refresh();
    // Asks for a file name, then exports the filtered list to it.
    void exportCsv();
    // Exports without asking (used by exportCsv() and tests).
    void exportCsvTo(const QString& path);
    // "Replay in playground": asks for the selected conversation to be replayed.
    void replayCurrent();

signals:
    void exportFinished(const QString& path, const QString& error);
    // The owner asked to replay `conversationId` in the Agent playground.
    void replayRequested(const QString& conversationId);

private:
    QWidget* buildFilterBar();
    void applyFilterFromBar();
    void syncBarFromFilter();
    void updateCampaigns();
    void updateSubtitle();
    void updateDrillNote();
    void onCurrentRowChanged();

    QPointer<db::Database> m_db;
    models::ConversationsModel* m_model;
    models::PipelineModel* m_pipeline;
    models::CampaignsModel* m_campaigns;
    conversations::ConversationFilter m_filter;
    QString m_currentId;
    bool m_syncing = false;
    bool m_detailsWanted = false; // pipeline mode: a card was opened

    QLabel* m_subtitle;
    QToolButton* m_listButton;
    QToolButton* m_pipelineButton;
    QToolButton* m_exportButton;
    QToolButton* m_refresh;
    QLineEdit* m_search;
    QComboBox* m_campaign;
    QComboBox* m_stage;
    QComboBox* m_qualified;
    QComboBox* m_paid;
    QComboBox* m_dates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_sort;
    QWidget* m_drillNote;
    QLabel* m_drillText;
    QTimer* m_searchDelay;
    Banner* m_banner;
    bool m_showingRangeError = false; // the banner says the custom dates are impossible
    bool m_showingLoadError = false;  // the banner holds a load error (cleared by a good answer)
    QSplitter* m_splitter;
    QStackedWidget* m_stack;
    QTableView* m_view;
    PipelineView* m_pipelineView;
    ConversationDetailsPane* m_details;
    QPointer<conversations::ConversationExport> m_export;
    QToolButton* m_replayButton = nullptr;
};

} // namespace limitless::ui
