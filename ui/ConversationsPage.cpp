#include "ConversationsPage.h"
#include "PageHeader.h"

#include "Theme.h"

#include "Banner.h"
#include "CampaignChoice.h"
#include "CampaignsModel.h"
#include "ConversationDetails.h"
#include "ConversationDetailsPane.h"
#include "ConversationsModel.h"
#include "DateRange.h"
#include "ModelRoles.h"
#include "PipelineModel.h"
#include "PipelineView.h"
#include "analytics/FunnelStage.h"
#include "conversations/ConversationExport.h"
#include "conversations/ConversationQuery.h"
#include "db/Database.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace limitless::ui {

using conversations::ConversationFilter;
using conversations::ConversationQuery;
using models::ConversationsModel;

namespace {

enum DatePreset { AnyTime, Today, Last7, Last30, Last90, Custom };

QDateTime startOfLocalDay(const QDate& day)
{
    return day.startOfDay().toUTC();
}

} // namespace

ConversationsPage::ConversationsPage(db::Database* database, QWidget* parent)
    : QWidget(parent), m_db(database), m_model(new ConversationsModel(database, this)),
      m_pipeline(new models::PipelineModel(database, this)),
      m_campaigns(new models::CampaignsModel(database, this)), m_subtitle(new QLabel(this)),
      m_listButton(new QToolButton(this)), m_pipelineButton(new QToolButton(this)),
      m_exportButton(new QToolButton(this)), m_refresh(new QToolButton(this)),
      m_search(new QLineEdit(this)), m_campaign(new QComboBox(this)), m_stage(new QComboBox(this)),
      m_qualified(new QComboBox(this)), m_paid(new QComboBox(this)), m_dates(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_sort(new QComboBox(this)),
      m_drillNote(new QWidget(this)), m_drillText(new QLabel(this)),
      m_searchDelay(new QTimer(this)), m_banner(new Banner(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_stack(new QStackedWidget(this)),
      m_view(new QTableView(this)), m_pipelineView(new PipelineView(m_pipeline, this)),
      m_details(new ConversationDetailsPane(database, this))
{
    setObjectName(QStringLiteral("conversationsPage"));
    // Rules for this page's own pieces, in the application theme's colours.
    Theme::setAdaptedStyleSheet(
        this, QStringLiteral(
                  "QToolButton#segmentButton { padding: 5px 14px; border: 1px solid #ced4da;"
                  " background: #ffffff; color: #495057; }"
                  "QToolButton#segmentButton:checked { background: #dbe4ff; color: #1c3faa;"
                  " border-color: #91a7ff; }"
                  "QWidget#drillNote { background: #edf2ff; border: 1px solid #bac8ff; "
                  "border-radius: 6px; }"
                  "QWidget#transcriptPanel { background: #ffffff; border: 1px solid #dee2e6;"
                  " border-radius: 6px; }"
                  "QLabel#transcriptError { background: #fff5f5; color: #c92a2a; padding: 8px;"
                  " border-bottom: 1px solid #ffc9c9; }"
                  "QWidget#pipelineColumn { background: #f1f3f5; border-radius: 8px; }"
                  "QListView#pipelineCards { background: transparent; }"
                  "QLabel#pipelineCount { color: #495057; background: #dee2e6; border-radius: 9px;"
                  " padding: 1px 8px; }"
                  "QLabel#pipelineTitle { font-weight: 600; color: #343a40; }"
                  "QLabel#sectionTitle { color: #343a40; }"
                  "QListView#eventsView { background: transparent; }"));

    // Header: title, count, view toggle, export, refresh.
    auto* header = new PageHeader(tr("Conversations"), this);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    // The empty list's hint is a sentence: it wraps rather than widening the window.
    m_subtitle->setWordWrap(true);
    m_subtitle->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* modes = new QButtonGroup(this);
    for (auto [button, text, tip] :
         {std::tuple{m_listButton, tr("List"), tr("Show the conversations as a table")},
          std::tuple{m_pipelineButton, tr("Pipeline"),
                     tr("Show the conversations as columns per stage")}}) {
        button->setText(text);
        button->setToolTip(tip);
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("segmentButton"));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        modes->addButton(button);
    }
    m_listButton->setChecked(true);
    m_exportButton->setText(tr("Export CSV…"));
    m_exportButton->setToolTip(tr("Export the filtered list, one row per conversation"));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_refresh->setIcon(Theme::icon(QStringLiteral(":/icons/refresh.svg")));
    m_refresh->setIconSize(QSize(18, 18));
    m_refresh->setFixedSize(32, 32);
    m_refresh->setAutoRaise(true);
    m_refresh->setToolTip(tr("Refresh now"));
    m_refresh->setAccessibleName(tr("Refresh conversations"));
    header->addBesideTitle(m_subtitle);
    auto* segment = new QHBoxLayout;
    segment->setSpacing(0);
    segment->addWidget(m_listButton);
    segment->addWidget(m_pipelineButton);
    header->addActions(segment);
    m_replayButton = new QToolButton(this);
    m_replayButton->setObjectName(QStringLiteral("replayInPlayground"));
    m_replayButton->setText(tr("Replay in playground…"));
    m_replayButton->setToolTip(tr("Copy the selected conversation into a test conversation and "
                                  "let the agent as it is now answer the lead again"));
    m_replayButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_replayButton->setEnabled(false);
    connect(m_replayButton, &QToolButton::clicked, this, &ConversationsPage::replayCurrent);
    auto* replayAction = new QAction(tr("Replay in playground…"), m_view);
    connect(replayAction, &QAction::triggered, this, &ConversationsPage::replayCurrent);
    m_view->addAction(replayAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    header->addAction(m_replayButton);
    header->addAction(m_exportButton);
    header->addAction(m_refresh);

    // The drill-through note: conditions that the filter bar cannot show.
    m_drillNote->setObjectName(QStringLiteral("drillNote"));
    m_drillNote->setAttribute(Qt::WA_StyledBackground);
    auto* clearDrill = new QToolButton(m_drillNote);
    clearDrill->setText(tr("Show all"));
    clearDrill->setAutoRaise(true);
    auto* drill = new QHBoxLayout(m_drillNote);
    drill->setContentsMargins(10, 4, 4, 4);
    drill->addWidget(m_drillText, 1);
    drill->addWidget(clearDrill);
    m_drillNote->hide();
    connect(clearDrill, &QToolButton::clicked, this, [this] {
        ConversationFilter f = m_filter;
        f.eventType.clear();
        f.eventFrom = f.eventTo = QDateTime();
        f.conversationIds.clear();
        setFilter(f);
    });

    // The table.
    m_view->setObjectName(QStringLiteral("conversationsView"));
    m_view->setAccessibleName(tr("Conversations"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    // Uniform row heights: the view never measures rows, so 100,000 of them scroll freely.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsMovable(true);
    columns->setMinimumSectionSize(50);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(false);
    const QFontMetrics fm(font());
    const int widths[ConversationsModel::ColumnCount] = {150, 80, 120, 70, 55, 130, 110,
                                                         200, 60, 70,  50, 75, 75,  125};
    // Wide enough for the typical value and never narrower than the column's own title (with
    // the sort arrow): a header cut to "Campaig" or "Qualifie" is unreadable in any language.
    for (int c = 0; c < ConversationsModel::ColumnCount; ++c) {
        const QString text = m_model->headerData(c, Qt::Horizontal).toString();
        const int title = QFontMetrics(columns->font()).horizontalAdvance(text) + 36;
        columns->resizeSection(c, std::max(widths[c] * fm.averageCharWidth() / 7, title));
    }
    // The order is the server's (keyset pages); the header shows which one.
    columns->setSortIndicatorShown(true);
    columns->setSortIndicator(ConversationsModel::LastMessageColumn, Qt::DescendingOrder);
    columns->setSectionsClickable(false);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_pipelineView);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_details);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({460, 620});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_drillNote);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    connect(m_listButton, &QToolButton::clicked, this, [this] { setMode(Mode::List); });
    connect(m_pipelineButton, &QToolButton::clicked, this, [this] { setMode(Mode::Pipeline); });
    connect(m_exportButton, &QToolButton::clicked, this, &ConversationsPage::exportCsv);
    connect(m_refresh, &QToolButton::clicked, this, &ConversationsPage::refresh);
    connect(m_banner, &Banner::actionTriggered, this, &ConversationsPage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConversationsPage::onCurrentRowChanged);
    connect(m_pipelineView, &PipelineView::conversationActivated, this,
            &ConversationsPage::showConversation);
    connect(m_model, &ConversationsModel::totalCountChanged, this,
            &ConversationsPage::updateSubtitle);
    // Any answer that arrives means the list is readable again: a load error goes, also when
    // the list was already loaded and only re-read (a reconnect, Retry).
    connect(m_model, &ConversationsModel::rowsRefreshed, this, [this] {
        if (m_showingLoadError)
            clearMessages();
    });
    connect(m_model, &ConversationsModel::pageLoaded, this, [this] {
        if (m_showingLoadError)
            clearMessages();
        updateSubtitle();
        // The first page selects its first conversation, so the pane is never idle.
        if (m_currentId.isEmpty() && m_model->rowCount() > 0 && mode() == Mode::List)
            m_view->selectRow(0);
    });
    connect(m_model, &ConversationsModel::errorOccurred, this, [this](const db::DbError& e) {
        m_showingLoadError = true;
        m_banner->showMessage(Banner::Kind::Error,
                              tr("Conversations could not be loaded: %1").arg(e.userMessage()),
                              tr("Retry"));
    });
    connect(m_campaigns, &models::CampaignsModel::refreshed, this,
            &ConversationsPage::updateCampaigns);

    ConversationFilter initial;
    setFilter(initial);
    // The first page is asked for as soon as the database is up (the change feed's reconnect
    // signal also does, but the page may be created after that).
    if (database)
        connect(database, &db::Database::stateChanged, this, [this](db::ConnectionState s) {
            if (s == db::ConnectionState::Connected && !m_model->isLoaded())
                m_model->refresh();
        });
}

QWidget* ConversationsPage::buildFilterBar()
{
    auto* bar = new QWidget(this);
    m_search->setObjectName(QStringLiteral("conversationSearch"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setPlaceholderText(tr("Search handle or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Theme::icon(QStringLiteral(":/icons/search.svg")),
                        QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(160);
    m_campaign->setObjectName(QStringLiteral("campaignFilter"));
    m_campaign->setAccessibleName(tr("Campaign"));
    m_campaign->addItem(tr("All campaigns"), QString());
    setUpCampaignChoices(m_campaign);
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->setAccessibleName(tr("Stage"));
    m_stage->addItem(tr("Any stage"), QString());
    for (const QString& s : ConversationQuery::stages())
        m_stage->addItem(ConversationsModel::stageLabel(s), s);
    m_qualified->setObjectName(QStringLiteral("qualifiedFilter"));
    m_qualified->setAccessibleName(tr("Qualified"));
    m_qualified->addItem(tr("Qualified or not"), -1);
    m_qualified->addItem(tr("Qualified"), 1);
    m_qualified->addItem(tr("Not qualified"), 0);
    m_paid->setObjectName(QStringLiteral("paidFilter"));
    m_paid->setAccessibleName(tr("Paid"));
    m_paid->addItem(tr("Paid or not"), -1);
    m_paid->addItem(tr("Paid"), 1);
    m_paid->addItem(tr("Not paid"), 0);
    m_dates->setObjectName(QStringLiteral("dateFilter"));
    m_dates->setAccessibleName(tr("Started"));
    m_dates->addItem(tr("Any time"), AnyTime);
    m_dates->addItem(tr("Started today"), Today);
    m_dates->addItem(tr("Last 7 days"), Last7);
    m_dates->addItem(tr("Last 30 days"), Last30);
    m_dates->addItem(tr("Last 90 days"), Last90);
    m_dates->addItem(tr("Custom range"), Custom);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDate(QDate::currentDate());
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        e->hide();
    }
    m_from->setAccessibleName(tr("Started from"));
    m_to->setAccessibleName(tr("Started until"));
    m_from->setDate(QDate::currentDate().addDays(-29));
    for (QDateEdit* e : {m_from, m_to})
        limitToToday(e, QDate::currentDate());
    m_sort->setObjectName(QStringLiteral("sortOrder"));
    m_sort->setAccessibleName(tr("Sort"));
    m_sort->addItem(tr("Newest message first"), int(ConversationFilter::Sort::LastMessageDesc));
    m_sort->addItem(tr("Newest conversation first"), int(ConversationFilter::Sort::CreatedDesc));

    // Two rows, so that the page (and the window) can still be made narrow on a small screen.
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(6);
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(m_search, 2);
    row->addWidget(m_campaign);
    row->addWidget(m_stage);
    row->addWidget(m_qualified);
    auto* second = new QHBoxLayout;
    second->setSpacing(8);
    second->addWidget(m_paid);
    second->addWidget(m_dates);
    second->addWidget(m_from);
    second->addWidget(m_to);
    second->addStretch(1);
    second->addWidget(m_sort);
    rows->addLayout(row);
    rows->addLayout(second);

    // Typing waits for a pause: one query per word, not per key.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ConversationsPage::applyFilterFromBar);
    for (QComboBox* c : {m_campaign, m_stage, m_qualified, m_paid, m_dates, m_sort})
        connect(c, &QComboBox::currentIndexChanged, this, &ConversationsPage::applyFilterFromBar);
    for (QDateEdit* e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, &ConversationsPage::applyFilterFromBar);
    return bar;
}

void ConversationsPage::applyFilterFromBar()
{
    if (m_syncing)
        return;
    ConversationFilter f = m_filter;
    f.search = m_search->text().trimmed();
    const QString campaign = m_campaign->currentData().toString();
    // A campaign list from drill-through stays until the owner picks one here.
    if (!campaign.isEmpty() || m_filter.campaignIds.size() <= 1)
        f.campaignIds = campaign.isEmpty() ? QStringList() : QStringList{campaign};
    const QString stage = m_stage->currentData().toString();
    if (!stage.isEmpty() || m_filter.stages.size() <= 1)
        f.stages = stage.isEmpty() ? QStringList() : QStringList{stage};
    const int q = m_qualified->currentData().toInt();
    f.qualified = q < 0 ? std::nullopt : std::optional<bool>(q == 1);
    const int p = m_paid->currentData().toInt();
    f.paid = p < 0 ? std::nullopt : std::optional<bool>(p == 1);
    const int preset = m_dates->currentData().toInt();
    const QDate today = QDate::currentDate();
    m_from->setVisible(preset == Custom);
    m_to->setVisible(preset == Custom);
    switch (preset) {
    case AnyTime:
        f.createdFrom = f.createdTo = QDateTime();
        break;
    case Today:
    case Last7:
    case Last30:
    case Last90: {
        const int days = preset == Today ? 1 : preset == Last7 ? 7 : preset == Last30 ? 30 : 90;
        f.createdFrom = startOfLocalDay(today.addDays(1 - days));
        f.createdTo = QDateTime();
        break;
    }
    case Custom: {
        // An impossible range is refused with a sentence; the list keeps the last good filter.
        const QString problem =
            dateRangeProblem(m_from->date(), m_to->date(), QDate::currentDate());
        if (!problem.isEmpty()) {
            m_showingRangeError = true;
            m_banner->showMessage(Banner::Kind::Error, problem);
            return;
        }
        f.createdFrom = startOfLocalDay(m_from->date());
        f.createdTo = startOfLocalDay(m_to->date().addDays(1)); // the end day is included
        break;
    }
    }
    if (m_showingRangeError) {
        m_showingRangeError = false;
        m_banner->clear();
    }
    f.sort = ConversationFilter::Sort(m_sort->currentData().toInt());
    if (f == m_filter)
        return;
    setFilter(f);
}

void ConversationsPage::syncBarFromFilter()
{
    m_syncing = true;
    if (m_search->text().trimmed() != m_filter.search)
        m_search->setText(m_filter.search);
    m_searchDelay->stop();
    const int campaign =
        m_filter.campaignIds.size() == 1 ? m_campaign->findData(m_filter.campaignIds.first()) : 0;
    m_campaign->setCurrentIndex(qMax(0, campaign));
    const int stage = m_filter.stages.size() == 1 ? m_stage->findData(m_filter.stages.first()) : 0;
    m_stage->setCurrentIndex(qMax(0, stage));
    m_qualified->setCurrentIndex(!m_filter.qualified ? 0 : *m_filter.qualified ? 1 : 2);
    m_paid->setCurrentIndex(!m_filter.paid ? 0 : *m_filter.paid ? 1 : 2);
    if (!m_filter.createdFrom.isValid() && !m_filter.createdTo.isValid()) {
        m_dates->setCurrentIndex(0);
    } else if (m_dates->currentData().toInt() != Custom ||
               startOfLocalDay(m_from->date()) != m_filter.createdFrom) {
        // A range from elsewhere is shown as a custom range.
        m_dates->setCurrentIndex(m_dates->findData(Custom));
        if (m_filter.createdFrom.isValid())
            m_from->setDate(m_filter.createdFrom.toLocalTime().date());
        if (m_filter.createdTo.isValid())
            m_to->setDate(m_filter.createdTo.toLocalTime().addMSecs(-1).date());
    }
    const bool custom = m_dates->currentData().toInt() == Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_sort->setCurrentIndex(m_filter.sort == ConversationFilter::Sort::CreatedDesc ? 1 : 0);
    m_syncing = false;
}

void ConversationsPage::setFilter(const ConversationFilter& filter)
{
    m_filter = filter;
    syncBarFromFilter();
    updateDrillNote();
    m_currentId.clear();
    if (m_replayButton)
        m_replayButton->setEnabled(false);
    // A new filter starts with nothing selected: the pane must not keep showing a conversation
    // that may not match (or, with an empty result, show one beside "No conversations match").
    m_details->setConversation(QString());
    m_model->setFilter(m_filter);
    m_pipeline->setFilter(m_filter);
    m_view->horizontalHeader()->setSortIndicator(m_filter.sort ==
                                                         ConversationFilter::Sort::CreatedDesc
                                                     ? -1
                                                     : int(ConversationsModel::LastMessageColumn),
                                                 Qt::DescendingOrder);
    updateSubtitle();
}

void ConversationsPage::updateDrillNote()
{
    QStringList parts;
    const QLocale locale;
    if (!m_filter.eventType.isEmpty()) {
        QString when;
        if (m_filter.eventFrom.isValid() && m_filter.eventTo.isValid())
            when = tr(" between %1 and %2")
                       .arg(locale.toString(m_filter.eventFrom.toLocalTime().date(),
                                            QLocale::ShortFormat),
                            locale.toString(m_filter.eventTo.toLocalTime().addMSecs(-1).date(),
                                            QLocale::ShortFormat));
        // The stage's name as the Funnel page shows it, not the stored event type.
        const int stage = analytics::stageIndexForEventType(m_filter.eventType);
        const QString name =
            stage >= 0 ? analytics::stageLabel(analytics::FunnelStage(stage)) : m_filter.eventType;
        parts << tr("with a “%1” event%2").arg(name, when);
    }
    if (!m_filter.conversationIds.isEmpty())
        parts << tr("%n chosen conversation(s)", nullptr, int(m_filter.conversationIds.size()));
    if (m_filter.campaignIds.size() > 1)
        parts << tr("%n campaign(s)", nullptr, int(m_filter.campaignIds.size()));
    if (m_filter.stages.size() > 1) {
        QStringList names;
        for (const QString& s : m_filter.stages)
            names << ConversationsModel::stageLabel(s);
        parts << tr("in %1").arg(names.join(QStringLiteral(", ")));
    }
    m_drillText->setText(tr("Showing conversations %1.").arg(parts.join(tr(", "))));
    m_drillNote->setVisible(!parts.isEmpty());
}

ConversationsPage::Mode ConversationsPage::mode() const
{
    return m_stack->currentWidget() == m_pipelineView ? Mode::Pipeline : Mode::List;
}

void ConversationsPage::setMode(Mode mode)
{
    // The pipeline wants the width for its seven columns; a card's details open beside it.
    if (mode == Mode::Pipeline && m_stack->currentWidget() != m_pipelineView)
        m_detailsWanted = false;
    m_stack->setCurrentWidget(mode == Mode::Pipeline ? static_cast<QWidget*>(m_pipelineView)
                                                     : m_view);
    m_details->setVisible(mode == Mode::List || (!m_currentId.isEmpty() && m_detailsWanted));
    m_listButton->setChecked(mode == Mode::List);
    m_pipelineButton->setChecked(mode == Mode::Pipeline);
    m_sort->setEnabled(mode == Mode::List);
}

void ConversationsPage::showConversation(const QString& conversationId)
{
    m_currentId = conversationId;
    if (m_replayButton)
        m_replayButton->setEnabled(!m_currentId.isEmpty());
    m_detailsWanted = true;
    m_details->setVisible(true);
    m_details->setConversation(conversationId);
    const int row = m_model->rowForId(conversationId);
    if (row >= 0 && mode() == Mode::List) {
        const QSignalBlocker block(m_view->selectionModel());
        m_view->selectRow(row);
    }
}

void ConversationsPage::onCurrentRowChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const QString id = m_model->index(current.row(), 0).data(models::IdRole).toString();
    if (id == m_currentId)
        return;
    m_currentId = id;
    if (m_replayButton)
        m_replayButton->setEnabled(!m_currentId.isEmpty());
    m_details->setConversation(id);
}

void ConversationsPage::replayCurrent()
{
    if (!m_currentId.isEmpty())
        emit replayRequested(m_currentId);
}

void ConversationsPage::clearFilters()
{
    setFilter(ConversationFilter{});
}

void ConversationsPage::refresh()
{
    m_model->refresh();
    m_pipeline->refresh();
    m_campaigns->refresh();
    m_details->details()->reload();
}

void ConversationsPage::updateCampaigns()
{
    const QString current = m_campaign->currentData().toString();
    const QSignalBlocker block(m_campaign);
    while (m_campaign->count() > 1)
        m_campaign->removeItem(1);
    for (int i = 0; i < m_campaigns->rowCount(); ++i) {
        const auto& c = m_campaigns->campaign(i);
        if (c.platform == QLatin1String("playground") && !m_filter.includePlayground)
            continue;
        addCampaignChoice(m_campaign, c.code, c.name, c.id);
    }
    m_campaign->setCurrentIndex(qMax(0, m_campaign->findData(current)));
    if (m_filter.campaignIds.size() == 1)
        m_campaign->setCurrentIndex(qMax(0, m_campaign->findData(m_filter.campaignIds.first())));
}

void ConversationsPage::updateSubtitle()
{
    const QLocale locale;
    const qint64 total = m_model->totalCount();
    if (m_export) {
        m_subtitle->setText(
            tr("Exporting… %1 rows written").arg(locale.toString(m_export->written())));
        return;
    }
    if (total < 0)
        m_subtitle->setText(m_model->isLoaded() ? QString() : tr("Loading…"));
    else if (total == 0 && m_filter == conversations::ConversationFilter())
        m_subtitle->setText(tr("No conversations yet: they start when a lead writes through a "
                               "campaign's link. Try the agent yourself in the Agent playground."));
    else if (total == 0)
        m_subtitle->setText(tr("No conversations match"));
    else
        m_subtitle->setText(tr("%1 conversations").arg(locale.toString(total)));
}

void ConversationsPage::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        tr("conversations-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export conversations"), QDir(dir).filePath(name), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void ConversationsPage::exportCsvTo(const QString& path)
{
    if (m_export)
        return;
    m_export = new conversations::ConversationExport(m_db, m_filter, path, this);
    m_exportButton->setEnabled(false);
    connect(m_export, &conversations::ConversationExport::progress, this,
            &ConversationsPage::updateSubtitle);
    connect(
        m_export, &conversations::ConversationExport::finished, this,
        [this, path](const QString& error) {
            const qint64 rows = m_export->written();
            m_export->deleteLater();
            m_export = nullptr;
            m_exportButton->setEnabled(true);
            updateSubtitle();
            if (error.isEmpty())
                m_banner->showMessage(Banner::Kind::Info, tr("Exported %1 conversations to %2.")
                                                              .arg(QLocale().toString(rows),
                                                                   QDir::toNativeSeparators(path)));
            else
                m_banner->showMessage(Banner::Kind::Error, tr("The export failed: %1").arg(error));
            emit exportFinished(path, error);
        });
    m_export->start();
    updateSubtitle();
}

QByteArray ConversationsPage::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

void ConversationsPage::restoreHeaderState(const QByteArray& state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

void ConversationsPage::clearMessages()
{
    m_banner->clear();
    m_showingLoadError = false;
}

} // namespace limitless::ui
