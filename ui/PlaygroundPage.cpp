#include "PlaygroundPage.h"
#include "PageHeader.h"

#include "AgentBackendDialog.h"
#include "AgentGraphView.h"
#include "AgentStateModel.h"
#include "Banner.h"
#include "CampaignChoice.h"
#include "CampaignsModel.h"
#include "ChatBubbleDelegate.h"
#include "CheckpointTreeModel.h"
#include "ConversationsModel.h"
#include "ElidedLabel.h"
#include "MessageBox.h"
#include "PlaygroundThreadsModel.h"
#include "RetrievedChunksModel.h"
#include "Theme.h"
#include "TranscriptModel.h"
#include "agent/AgentGraph.h"
#include "agent/PlaygroundSession.h"
#include "agent/PlaygroundTranscript.h"
#include "agent/server/ServerPlaygroundSession.h"
#include "agent/server/ServerSettings.h"
#include "auth/KeychainStore.h"
#include "auth/ProfileStore.h"
#include "db/Database.h"
#include "knowledge/KnowledgeEnvironment.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace limitless::ui {

using agent::CheckpointInfo;
using agent::PlaygroundBackend;
using agent::PlaygroundSession;
using agent::ThreadSnapshot;
using agent::TurnResult;
using langgraph::TranscriptMessage;

namespace {

QString currentProfileId()
{
    return auth::ProfileStore(nullptr).currentId();
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    return label;
}

QLabel* noteLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void tidyTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setHighlightSections(false);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
}

// Ctrl+Enter sends; Enter alone makes a new line, as in most chat apps' multi-line fields.
class SendFilter : public QObject {
public:
    SendFilter(QPlainTextEdit* edit, std::function<void()> send)
        : QObject(edit), m_send(std::move(send))
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                !(key->modifiers() & Qt::ShiftModifier)) {
                m_send();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_send;
};

} // namespace

PlaygroundPage::PlaygroundPage(db::Database* database, auth::SecretStore* secrets, QWidget* parent)
    : QWidget(parent), m_db(database),
      m_environment(new knowledge::EnvironmentTracker(database, secrets, this)),
      m_session(new PlaygroundSession(m_environment, this)), m_backend(m_session),
      m_secrets(secrets), m_campaigns(new models::CampaignsModel(database, this)),
      m_threads(new models::PlaygroundThreadsModel(this)),
      m_transcript(new models::TranscriptModel(this)), m_state(new models::AgentStateModel(this)),
      m_chunks(new models::RetrievedChunksModel(this)),
      m_history(new models::CheckpointTreeModel(this)), m_banner(new Banner(this))
{
    setObjectName(QStringLiteral("playgroundPage"));
    QStringList stages = agent::AgentGraph::nodeIds();
    stages.removeAll(QStringLiteral("followup")); // a node, never a stage
    m_state->setStageChoices(stages);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("playgroundTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildStateTab(), tr("State"));
    m_tabs->addTab(buildGraphTab(), tr("Graph"));
    m_tabs->addTab(buildChunksTab(), tr("Chunks"));
    m_tabs->addTab(buildHistoryTab(), tr("History"));

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("playgroundSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(buildThreadsPane());
    split->addWidget(buildChatPane());
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setSizes({230, 520, 500});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(buildHeader());
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);

    // The built-in runtime's answers (a server backend's are connected when it is chosen).
    connectBackend(m_session);
    connect(m_session, &PlaygroundSession::policyChanged, this,
            [this](const QString&, const QString& error) {
                if (!error.isEmpty())
                    m_banner->showMessage(Banner::Kind::Error, error);
                updateAvailability();
            });
    // Campaigns to test (not the playground's own).
    connect(m_campaigns, &models::CampaignsModel::refreshed, this,
            &PlaygroundPage::updateCampaigns);
    connect(m_campaigns, &QAbstractItemModel::rowsInserted, this, &PlaygroundPage::updateCampaigns);
    connect(m_campaigns, &QAbstractItemModel::rowsRemoved, this, &PlaygroundPage::updateCampaigns);

    if (m_db) {
        connect(m_db, &db::Database::stateChanged, this, [this](db::ConnectionState s) {
            if (s == db::ConnectionState::Connected) {
                m_environment->setProfileId(currentProfileId());
                applyProfileBackend();
                m_campaigns->refresh();
            }
        });
    }
    m_environment->setProfileId(currentProfileId());
    m_environment->start();
    applyProfileBackend();
    m_campaigns->refresh();
    updateAvailability();
    selectThread({});
}

PlaygroundPage::~PlaygroundPage()
{
    // The session stops its thread before the environment it follows goes.
    m_backend = nullptr;
    delete m_server;
    m_server = nullptr;
    delete m_session;
    m_session = nullptr;
}

void PlaygroundPage::connectBackend(PlaygroundBackend* b)
{
    connect(b, &PlaygroundBackend::readyChanged, this, [this, b](bool ready) {
        if (b != m_backend)
            return;
        updateAvailability();
        if (ready) {
            refreshThreads();
            if (!m_threadId.isEmpty())
                loadThread();
        }
    });
    connect(b, &PlaygroundBackend::problemChanged, this, &PlaygroundPage::updateAvailability);
    connect(b, &PlaygroundBackend::availabilityChanged, this, &PlaygroundPage::updateAvailability);
    connect(b, &PlaygroundBackend::busyChanged, this, &PlaygroundPage::updateControls);
    connect(
        b, &PlaygroundBackend::threadsListed, this,
        [this, b](quint64, const QList<agent::PlaygroundThread>& threads, const QString& error) {
            if (b != m_backend)
                return;
            if (!error.isEmpty()) {
                m_banner->showMessage(
                    Banner::Kind::Error,
                    tr("The test conversations could not be listed: %1").arg(error));
                return;
            }
            QList<agent::PlaygroundThread> shown = threads;
            for (agent::PlaygroundThread& t : shown)
                if (t.campaignCode.isEmpty())
                    t.campaignCode = m_startedCampaigns.value(t.threadId);
            m_threads->setThreads(shown);
            if (!m_threadId.isEmpty() && m_threads->rowForId(m_threadId) < 0 &&
                !m_startedCampaigns.contains(m_threadId))
                selectThread({});
            const int row = m_threads->rowForId(m_threadId);
            if (row >= 0) {
                const QSignalBlocker block(m_threadsView->selectionModel());
                m_threadsView->setCurrentIndex(m_threads->index(row));
            }
            updateControls();
        });
    connect(b, &PlaygroundBackend::threadStarted, this,
            [this, b](quint64, const QString& threadId, const QString& error) {
                if (b != m_backend)
                    return;
                if (!error.isEmpty()) {
                    m_banner->showMessage(
                        Banner::Kind::Error,
                        tr("The test conversation could not be started: %1").arg(error));
                    m_resetCampaign.clear();
                    return;
                }
                m_startedCampaigns.insert(threadId, m_resetCampaign.isEmpty()
                                                        ? m_campaign->currentData().toString()
                                                        : m_resetCampaign);
                m_resetCampaign.clear();
                selectThread(threadId);
                refreshThreads();
                m_input->setFocus();
            });
    connect(b, &PlaygroundBackend::turnStarted, this, [this, b](quint64, const QString& threadId) {
        if (b != m_backend)
            return;
        if (threadId == m_threadId && m_pendingText.isEmpty())
            m_transcript->appendPendingText(QString());
    });
    connect(b, &PlaygroundBackend::tokenReceived, this,
            [this, b](quint64, const QString& threadId, const QString& delta) {
                if (b != m_backend)
                    return;
                if (threadId == m_threadId)
                    m_transcript->appendPendingText(delta);
            });
    connect(b, &PlaygroundBackend::turnFinished, this,
            [this, b](quint64, const TurnResult& result) {
                if (b == m_backend)
                    showTurn(result);
            });
    connect(b, &PlaygroundBackend::historyLoaded, this,
            [this, b](quint64 request, const QString& threadId,
                      const QList<CheckpointInfo>& history, const QString& error) {
                if (b != m_backend)
                    return;
                if (request != m_historyRequest || threadId != m_threadId)
                    return;
                if (!error.isEmpty())
                    m_banner->showMessage(Banner::Kind::Error,
                                          tr("The history could not be read: %1").arg(error));
                m_historyList = history;
                m_history->setHistory(history);
                m_history->setHead(m_head);
                m_historyView->expandAll();
                if (const QModelIndex head = m_history->indexOf(m_head); head.isValid())
                    m_historyView->scrollTo(head);
                const int forks = m_history->forkCount();
                m_historyNote->setText(
                    history.isEmpty()
                        ? tr("No checkpoints yet: each message the lead sends adds a few.")
                    : forks == 0
                        ? tr("%n checkpoint(s), one branch. Pick one and continue from it, "
                             "or edit it and fork a new branch.",
                             nullptr, int(history.size()))
                        : tr("%n checkpoint(s), %1 branches. The branch the chat shows is "
                             "dark; the others stay reachable here.",
                             nullptr, int(history.size()))
                              .arg(m_history->branchCount()));
                showTranscript();
                updateHeadNote();
                updateControls();
            });
    connect(b, &PlaygroundBackend::stateLoaded, this,
            [this, b](quint64 request, const ThreadSnapshot& snapshot, const QString& error) {
                if (b != m_backend)
                    return;
                if (request != m_stateRequest || snapshot.threadId != m_threadId)
                    return;
                if (!error.isEmpty()) {
                    m_banner->showMessage(
                        Banner::Kind::Error,
                        tr("The conversation's state could not be read: %1").arg(error));
                    return;
                }
                showSnapshot(snapshot);
            });
    connect(b, &PlaygroundBackend::forked, this,
            [this, b](quint64, const QString& threadId, const QString& checkpointId,
                      const QString& error) {
                if (b != m_backend)
                    return;
                if (threadId != m_threadId)
                    return;
                if (!error.isEmpty()) {
                    // The edits stay in the inspector to be corrected or tried again.
                    m_stateNote->setText(tr("The fork could not be stored: %1").arg(error));
                    m_applyFork->setEnabled(m_state->hasEdits());
                    return;
                }
                m_forking = false;
                m_state->setEditable(false);
                m_applyFork->hide();
                m_cancelFork->hide();
                m_head = checkpointId;
                m_banner->showMessage(Banner::Kind::Info,
                                      tr("A new branch starts from your edit; the old branch is "
                                         "kept in the history. Write the lead's next message to "
                                         "continue it."));
                loadThread();
                showTab(Tab::History);
            });
    connect(b, &PlaygroundBackend::threadDeleted, this,
            [this, b](quint64, const QString& threadId, const QString& error) {
                if (b != m_backend)
                    return;
                if (!error.isEmpty()) {
                    m_banner->showMessage(
                        Banner::Kind::Error,
                        tr("The test conversation could not be deleted: %1").arg(error));
                    m_resetPending = false;
                    return;
                }
                m_startedCampaigns.remove(threadId);
                if (threadId == m_threadId)
                    selectThread({});
                if (m_resetPending) {
                    m_resetPending = false;
                    startConversation(m_resetCode);
                }
                refreshThreads();
            });

    connect(b, &PlaygroundBackend::graphChanged, this, [this, b] {
        if (b == m_backend)
            m_graph->setGraph(b->graphNodes(), b->graphEdges());
    });
    connect(b, &PlaygroundBackend::nodeStarted, this,
            [this, b](quint64, const QString& threadId, const QString& node) {
                if (b == m_backend && threadId == m_threadId)
                    m_graph->setCurrentNode(node);
            });
    connect(b, &PlaygroundBackend::interruptChanged, this,
            [this, b](const QString& threadId, const QStringList& nodes) {
                if (b != m_backend || threadId != m_threadId)
                    return;
                m_waitingBefore = nodes;
                updateControls();
            });
}

QWidget* PlaygroundPage::buildHeader()
{
    auto* box = new PageHeader(tr("Agent playground"), this);
    // A narrow window (or a long translation) shortens the subtitle with "…" and a tooltip
    // rather than growing wider than the screen or cutting a word in half.
    m_subtitle = new ElidedLabel(box);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setText(tr("Test conversations with your sales agent on your own documents"));

    m_policy = new QComboBox(box);
    m_policy->setObjectName(QStringLiteral("playgroundPolicy"));
    m_policy->setAccessibleName(tr("Agent policy"));
    for (const QString& name : PlaygroundSession::policyNames())
        m_policy->addItem(PlaygroundSession::policyLabel(name), name);
    m_policy->setToolTip(tr("Which policy chooses the agent's replies"));
    // With one policy there is nothing to choose; the field still says which one answers.
    m_policy->setEnabled(m_policy->count() > 1);
    auto* policyLabel = new QLabel(tr("&Policy"), box);
    m_policyLabel = policyLabel;
    policyLabel->setBuddy(m_policy);
    connect(m_policy, &QComboBox::currentIndexChanged, this,
            [this] { m_session->setPolicy(m_policy->currentData().toString()); });

    box->addBesideTitle(m_subtitle, 1);
    box->addAction(policyLabel);
    box->addAction(m_policy);
    auto* backend = new QPushButton(tr("Agent backend…"), box);
    backend->setObjectName(QStringLiteral("playgroundBackendButton"));
    backend->setToolTip(tr("Test the built-in runtime or the agent a LangGraph server runs"));
    backend->setAutoDefault(false);
    connect(backend, &QPushButton::clicked, this, &PlaygroundPage::editBackend);
    box->addAction(backend);
    return box;
}

QWidget* PlaygroundPage::buildThreadsPane()
{
    auto* pane = new QWidget(this);
    m_campaign = new QComboBox(pane);
    m_campaign->setObjectName(QStringLiteral("playgroundCampaign"));
    m_campaign->setAccessibleName(tr("Campaign to test"));
    m_campaign->setToolTip(tr("The campaign the lead arrives from"));
    setUpCampaignChoices(m_campaign);
    m_campaign->setMinimumContentsLength(12);
    m_new = new QPushButton(tr("New test conversation"), pane);
    m_new->setObjectName(QStringLiteral("newTestConversation"));
    m_new->setAutoDefault(false);

    m_threadsView = new QListView(pane);
    m_threadsView->setObjectName(QStringLiteral("playgroundThreads"));
    m_threadsView->setAccessibleName(tr("Test conversations"));
    m_threadsView->setModel(m_threads);
    m_threadsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_threadsView->setAlternatingRowColors(true);
    m_threadsView->setSpacing(2);
    m_threadsView->setTextElideMode(Qt::ElideRight);
    m_threadsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_threadsView->setResizeMode(QListView::Adjust);
    m_threadsEmpty = noteLabel(QStringLiteral("emptyText"), pane);
    m_threadsEmpty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_threadsEmpty->setText(tr("No test conversations yet. Choose the campaign the lead comes "
                               "from and press “New test conversation”."));
    m_threadsEmpty->setContentsMargins(4, 8, 4, 0);
    m_threadsStack = new QStackedWidget(pane);
    m_threadsStack->addWidget(m_threadsView);
    m_threadsStack->addWidget(m_threadsEmpty);

    m_reset = new QPushButton(tr("Reset"), pane);
    m_reset->setObjectName(QStringLiteral("resetTestConversation"));
    m_reset->setToolTip(tr("Start this test conversation again from the beginning"));
    m_delete = new QPushButton(tr("Delete"), pane);
    m_delete->setObjectName(QStringLiteral("deleteTestConversation"));
    m_delete->setToolTip(tr("Delete this test conversation with all its branches"));
    for (QPushButton* b : {m_reset, m_delete})
        b->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(sectionTitle(tr("Test conversations"), pane));
    layout->addWidget(m_campaign);
    layout->addWidget(m_new);
    layout->addWidget(m_threadsStack, 1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this,
            [this] { startConversation(m_campaign->currentData().toString()); });
    connect(m_reset, &QPushButton::clicked, this, &PlaygroundPage::resetThread);
    connect(m_delete, &QPushButton::clicked, this, &PlaygroundPage::deleteThread);
    connect(m_threadsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString id =
                    current.data(models::PlaygroundThreadsModel::ThreadIdRole).toString();
                if (id != m_threadId)
                    selectThread(id);
            });
    auto* deleteShortcut = new QShortcut(QKeySequence::Delete, m_threadsView);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    deleteShortcut->setWhatsThis(tr("Delete the selected test conversation"));
    connect(deleteShortcut, &QShortcut::activated, this, &PlaygroundPage::deleteThread);
    // At least as wide as its buttons and title ("Nueva conversación de prueba").
    pane->setMinimumWidth(std::max(170, pane->minimumSizeHint().width()));
    return pane;
}

QWidget* PlaygroundPage::buildChatPane()
{
    auto* pane = new QWidget(this);
    pane->setMinimumWidth(300);
    m_chatTitle = new QLabel(pane);
    m_chatTitle->setObjectName(QStringLiteral("detailsTitle"));
    QFont tf = m_chatTitle->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.15);
    tf.setWeight(QFont::DemiBold);
    m_chatTitle->setFont(tf);
    // Stage, qualification and link in a narrow pane: shortened with "…", whole in the tooltip.
    m_chatSubtitle = new ElidedLabel(pane);
    m_chatSubtitle->setObjectName(QStringLiteral("pageSubtitle"));

    m_chatView = new QListView(pane);
    m_chatView->setObjectName(QStringLiteral("playgroundChat"));
    m_chatView->setAccessibleName(tr("Test conversation"));
    m_chatView->setModel(m_transcript);
    m_chatView->setItemDelegate(new ChatBubbleDelegate(m_chatView));
    m_chatView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_chatView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chatView->setResizeMode(QListView::Adjust);
    m_chatView->setSelectionMode(QAbstractItemView::NoSelection);
    m_chatView->setFrameShape(QFrame::NoFrame);
    m_chatEmpty = noteLabel(QStringLiteral("emptyText"), pane);
    m_chatEmpty->setAlignment(Qt::AlignCenter);
    m_chatStack = new QStackedWidget(pane);
    m_chatStack->addWidget(m_chatView);
    m_chatStack->addWidget(m_chatEmpty);
    auto* chatPanel = new QWidget(pane);
    chatPanel->setObjectName(QStringLiteral("transcriptPanel"));
    chatPanel->setAttribute(Qt::WA_StyledBackground);
    auto* chatLayout = new QVBoxLayout(chatPanel);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->addWidget(m_chatStack);
    // The chat follows a streaming reply and new messages to the bottom.
    connect(m_transcript, &QAbstractItemModel::rowsInserted, m_chatView,
            [this] { m_chatView->scrollToBottom(); });
    connect(m_transcript, &QAbstractItemModel::dataChanged, m_chatView, [this] {
        if (m_transcript->pendingCount() > 0) {
            m_chatView->doItemsLayout();
            m_chatView->scrollToBottom();
        }
    });

    m_notices = noteLabel(QStringLiteral("playgroundNotices"), pane);
    Theme::setAdaptedStyleSheet(
        m_notices,
        QStringLiteral(
            "QLabel { background: #fff9db; border: 1px solid #ffe066; border-radius: 6px; "
            "padding: 6px 8px; color: #5c4400; }"));
    m_notices->hide();
    m_error = noteLabel(QStringLiteral("playgroundTurnError"), pane);
    Theme::setAdaptedStyleSheet(
        m_error, QStringLiteral(
                     "QLabel { background: #fff5f5; border: 1px solid #ffa8a8; border-radius: 6px; "
                     "padding: 6px 8px; color: #c92a2a; }"));
    m_error->hide();
    m_paymentLink = new QLabel(pane);
    m_paymentLink->setObjectName(QStringLiteral("playgroundPaymentLink"));
    m_paymentLink->setWordWrap(true);
    m_paymentLink->setTextFormat(Qt::RichText);
    m_paymentLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_paymentLink->setOpenExternalLinks(false);
    Theme::setAdaptedStyleSheet(
        m_paymentLink,
        QStringLiteral(
            "QLabel { background: #ebfbee; border: 1px dashed #69db7c; border-radius: 6px; "
            "padding: 6px 8px; color: #2b8a3e; }"));
    m_paymentLink->hide();

    m_headRow = new QWidget(pane);
    m_headNote = noteLabel(QStringLiteral("playgroundHeadNote"), m_headRow);
    m_backToLatest = new QPushButton(tr("Back to the latest"), m_headRow);
    m_backToLatest->setObjectName(QStringLiteral("backToLatest"));
    m_backToLatest->setAutoDefault(false);
    auto* headLayout = new QHBoxLayout(m_headRow);
    headLayout->setContentsMargins(0, 0, 0, 0);
    headLayout->addWidget(m_headNote, 1);
    headLayout->addWidget(m_backToLatest);
    m_headRow->hide();
    connect(m_backToLatest, &QPushButton::clicked, this, [this] {
        m_head.clear();
        loadThread();
    });

    m_input = new QPlainTextEdit(pane);
    m_input->setObjectName(QStringLiteral("playgroundInput"));
    m_input->setAccessibleName(tr("The lead's message"));
    m_input->setPlaceholderText(tr("Write as the lead would, e.g. “Hi! I run a gym and saw your "
                                   "ad.” Enter sends, Shift+Enter starts a new line."));
    m_input->setTabChangesFocus(true);
    // Four lines: the placeholder's example takes that many in German and Spanish.
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 4 + 16);
    m_input->installEventFilter(new SendFilter(m_input, [this] { send(); }));
    m_send = new QPushButton(tr("Send"), pane);
    m_send->setObjectName(QStringLiteral("playgroundSend"));
    m_send->setDefault(false);
    m_send->setAutoDefault(false);
    m_stop = new QPushButton(tr("Stop"), pane);
    m_stop->setObjectName(QStringLiteral("playgroundStop"));
    m_stop->setToolTip(tr("Stop the agent's reply; nothing of this turn is stored"));
    m_stop->setAutoDefault(false);
    m_resume = new QPushButton(tr("Resume"), pane);
    m_resume->setObjectName(QStringLiteral("playgroundResume"));
    m_resume->setToolTip(tr("The agent stopped at an interrupt and waits for you: let it go on"));
    m_resume->setAutoDefault(false);
    m_resume->setVisible(false);
    m_payment = new QPushButton(tr("Simulate payment"), pane);
    m_payment->setObjectName(QStringLiteral("simulatePayment"));
    m_payment->setToolTip(tr("Completes the test checkout as if the lead had paid. Simulated: no "
                             "money moves and no real payment is recorded."));
    m_payment->setAutoDefault(false);
    auto* buttons = new QVBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_resume);
    auto* inputRow = new QHBoxLayout;
    inputRow->setSpacing(6);
    inputRow->addWidget(m_input, 1);
    inputRow->addLayout(buttons);
    m_paymentRow = new QWidget(pane);
    auto* paymentRow = new QHBoxLayout(m_paymentRow);
    paymentRow->setContentsMargins(0, 0, 0, 0);
    paymentRow->addWidget(m_payment);
    auto* paymentNote = noteLabel(QStringLiteral("pageSubtitle"), m_paymentRow);
    paymentNote->setText(tr("Simulated: marks the test link paid, no money moves."));
    paymentRow->addWidget(paymentNote, 1);

    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_chatTitle);
    layout->addWidget(m_chatSubtitle);
    layout->addWidget(chatPanel, 1);
    layout->addWidget(m_notices);
    layout->addWidget(m_error);
    layout->addWidget(m_paymentLink);
    layout->addWidget(m_headRow);
    layout->addLayout(inputRow);
    layout->addWidget(m_paymentRow);

    connect(m_send, &QPushButton::clicked, this, &PlaygroundPage::send);
    connect(m_stop, &QPushButton::clicked, this, &PlaygroundPage::stop);
    connect(m_resume, &QPushButton::clicked, this, &PlaygroundPage::resume);
    connect(m_payment, &QPushButton::clicked, this, &PlaygroundPage::simulatePayment);
    connect(m_input, &QPlainTextEdit::textChanged, this, &PlaygroundPage::updateControls);
    return pane;
}

QWidget* PlaygroundPage::buildStateTab()
{
    auto* tab = new QWidget(this);
    m_stateView = new QTableView(tab);
    m_stateView->setObjectName(QStringLiteral("stateInspector"));
    m_stateView->setAccessibleName(tr("State"));
    m_stateView->setModel(m_state);
    tidyTable(m_stateView);
    m_stateView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_stateView->horizontalHeader()->setSectionResizeMode(models::AgentStateModel::FieldColumn,
                                                          QHeaderView::ResizeToContents);
    m_stateView->horizontalHeader()->setStretchLastSection(true);
    m_stateNote = noteLabel(QStringLiteral("pageSubtitle"), tab);
    m_applyFork = new QPushButton(tr("Fork and continue"), tab);
    m_applyFork->setObjectName(QStringLiteral("applyFork"));
    m_applyFork->setToolTip(tr("Store the edited state as a new branch; the old branch stays"));
    m_cancelFork = new QPushButton(tr("Cancel"), tab);
    m_cancelFork->setObjectName(QStringLiteral("cancelFork"));
    for (QPushButton* b : {m_applyFork, m_cancelFork}) {
        b->setAutoDefault(false);
        b->hide();
    }
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancelFork);
    buttons->addWidget(m_applyFork);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_stateNote);
    layout->addWidget(m_stateView, 1);
    layout->addLayout(buttons);
    connect(m_applyFork, &QPushButton::clicked, this, &PlaygroundPage::applyFork);
    connect(m_cancelFork, &QPushButton::clicked, this, &PlaygroundPage::cancelFork);
    connect(m_state, &models::AgentStateModel::editsChanged, this,
            [this] { m_applyFork->setEnabled(m_forking && m_state->hasEdits()); });
    connect(m_state, &models::AgentStateModel::editRefused, this,
            [this](const QString& reason) { m_stateNote->setText(reason); });
    return tab;
}

QWidget* PlaygroundPage::buildGraphTab()
{
    auto* tab = new QWidget(this);
    m_graph = new AgentGraphView(tab);
    auto* scroll = new QScrollArea(tab);
    scroll->setObjectName(QStringLiteral("agentGraphScroll"));
    scroll->setWidget(m_graph);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* legend = noteLabel(QStringLiteral("pageSubtitle"), tab);
    legend->setText(tr("Filled: the stage the conversation is in. Blue: the nodes and edges of "
                       "the last turn. Hover a node or a condition for details."));
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(legend);
    layout->addWidget(scroll, 1);
    return tab;
}

QWidget* PlaygroundPage::buildChunksTab()
{
    auto* tab = new QWidget(this);
    m_chunksNote = noteLabel(QStringLiteral("pageSubtitle"), tab);
    m_chunksView = new QTableView(tab);
    m_chunksView->setObjectName(QStringLiteral("turnChunks"));
    m_chunksView->setAccessibleName(tr("Retrieved chunks"));
    m_chunksView->setModel(m_chunks);
    tidyTable(m_chunksView);
    m_chunksView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView* columns = m_chunksView->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(models::RetrievedChunksModel::FileColumn,
                                  QHeaderView::Interactive);
    columns->resizeSection(models::RetrievedChunksModel::FileColumn, 130);
    columns->setSectionResizeMode(models::RetrievedChunksModel::TextColumn, QHeaderView::Stretch);
    m_chunkText = new QTextBrowser(tab);
    m_chunkText->setObjectName(QStringLiteral("turnChunkText"));
    m_chunkText->setAccessibleName(tr("The chunk's text"));
    m_chunkText->setPlaceholderText(tr("Select a chunk to read it whole."));
    auto* split = new QSplitter(Qt::Vertical, tab);
    split->setChildrenCollapsible(false);
    split->addWidget(m_chunksView);
    split->addWidget(m_chunkText);
    split->setSizes({260, 160});
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_chunksNote);
    layout->addWidget(split, 1);
    connect(m_chunksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_chunkText->setPlainText(
                    current.data(models::RetrievedChunksModel::ChunkTextRole).toString());
            });
    return tab;
}

QWidget* PlaygroundPage::buildHistoryTab()
{
    auto* tab = new QWidget(this);
    m_historyNote = noteLabel(QStringLiteral("pageSubtitle"), tab);
    m_historyView = new QTreeView(tab);
    m_historyView->setObjectName(QStringLiteral("checkpointHistory"));
    m_historyView->setAccessibleName(tr("Checkpoint history"));
    m_historyView->setModel(m_history);
    m_historyView->setIndentation(12);
    m_historyView->setUniformRowHeights(true);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->header()->setStretchLastSection(false);
    m_historyView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->header()->setSectionResizeMode(models::CheckpointTreeModel::StageColumn,
                                                  QHeaderView::Stretch);
    m_continue = new QPushButton(tr("Continue from here"), tab);
    m_continue->setObjectName(QStringLiteral("continueFromHere"));
    m_continue->setToolTip(tr("Show the conversation at this checkpoint; the lead's next message "
                              "starts a new branch from it"));
    m_editFork = new QPushButton(tr("Edit and fork…"), tab);
    m_editFork->setObjectName(QStringLiteral("editAndFork"));
    m_editFork->setToolTip(tr("Change a message or a field of this checkpoint's state in the "
                              "inspector and continue from the edit as a new branch"));
    for (QPushButton* b : {m_continue, m_editFork})
        b->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_continue);
    buttons->addWidget(m_editFork);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_historyNote);
    layout->addWidget(m_historyView, 1);
    layout->addLayout(buttons);
    connect(m_continue, &QPushButton::clicked, this, &PlaygroundPage::continueFromSelected);
    connect(m_editFork, &QPushButton::clicked, this, &PlaygroundPage::editSelected);
    connect(m_historyView, &QTreeView::doubleClicked, this, &PlaygroundPage::continueFromSelected);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlaygroundPage::updateControls);
    return tab;
}

void PlaygroundPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

int PlaygroundPage::addSideTab(QWidget* widget, const QString& label)
{
    return m_tabs->addTab(widget, label);
}

void PlaygroundPage::updateCampaigns()
{
    const QString current = m_campaign->currentData().toString();
    const QSignalBlocker block(m_campaign);
    m_campaign->clear();
    for (int i = 0; i < m_campaigns->rowCount(); ++i) {
        const auto& c = m_campaigns->campaign(i);
        if (c.platform == QLatin1String("playground"))
            continue;
        addCampaignChoice(m_campaign, c.code, c.name, c.code);
    }
    if (m_campaign->count() == 0)
        m_campaign->addItem(tr("No campaign (direct message)"), QString());
    m_campaign->setCurrentIndex(qMax(0, m_campaign->findData(current)));
    updateControls();
}

void PlaygroundPage::updateAvailability()
{
    const QString unavailable = m_backend->unavailableReason();
    if (!unavailable.isEmpty()) {
        m_banner->showMessage(Banner::Kind::Error, unavailable);
    } else if (!m_backend->isReady()) {
        const QString problem = m_backend->problem();
        if (problem.isEmpty())
            m_banner->showMessage(Banner::Kind::Info, tr("Connecting the agent playground…"));
        else
            m_banner->showMessage(Banner::Kind::Error, problem);
    } else if (!m_backend->problem().isEmpty()) {
        m_banner->showMessage(Banner::Kind::Info, m_backend->problem());
    } else if (m_banner->text() == tr("Connecting the agent playground…")) {
        m_banner->clear();
    }
    if (isServerBackend())
        m_subtitle->setText(
            tr("Test conversations with the agent on %1").arg(m_backend->description()));
    else
        m_subtitle->setText(
            m_backend->isReady()
                ? tr("Test conversations with your sales agent on your own "
                     "documents · policy: %1")
                      .arg(PlaygroundSession::policyLabel(m_session->policy()))
                : tr("Test conversations with your sales agent on your own documents"));
    updateControls();
    emit backendStatusChanged();
}

void PlaygroundPage::updateControls()
{
    const bool usable = m_backend->isReady() && m_backend->unavailableReason().isEmpty();
    const bool busy = m_backend->isBusy();
    const bool thread = usable && !m_threadId.isEmpty();
    m_new->setEnabled(usable && !busy);
    m_campaign->setEnabled(usable);
    m_reset->setEnabled(thread && !busy);
    m_delete->setEnabled(thread && !busy);
    m_send->setEnabled(thread && !busy && !m_forking &&
                       !m_input->toPlainText().trimmed().isEmpty());
    m_input->setEnabled(thread && !m_forking);
    m_stop->setEnabled(busy);
    m_resume->setVisible(!m_waitingBefore.isEmpty() && thread);
    m_resume->setEnabled(!m_waitingBefore.isEmpty() && thread && !busy && !m_forking);
    if (!m_waitingBefore.isEmpty() && thread && !busy && m_noticeList.isEmpty())
        setNotices({tr("The agent stopped before %1 and waits for you: Resume lets it go on.")
                        .arg(m_waitingBefore.join(QStringLiteral(", ")))});
    m_payment->setEnabled(thread && !busy && !m_forking && m_snapshot.state.paymentLinkSent &&
                          !m_snapshot.state.paymentCompleted);
    m_payment->setToolTip(
        m_snapshot.state.paymentCompleted ? tr("The test payment is already completed.")
        : m_snapshot.state.paymentLinkSent
            ? tr("Completes the test checkout as if the lead had paid. Simulated: no money moves "
                 "and no real payment is recorded.")
            : tr("The agent has not sent a payment link in this conversation yet."));
    const bool picked = !selectedCheckpoint().isEmpty();
    m_continue->setEnabled(thread && !busy && !m_forking && picked);
    m_editFork->setEnabled(thread && !busy && !m_forking && picked);
    m_threadsStack->setCurrentWidget(
        m_threads->rowCount() > 0 ? static_cast<QWidget*>(m_threadsView) : m_threadsEmpty);

    // The chat's empty states say what to do next.
    QString empty;
    if (!usable)
        empty = tr("The playground is not available yet; the message above says why.");
    else if (m_threadId.isEmpty())
        empty = m_threads->rowCount() > 0
                    ? tr("Pick a test conversation on the left, or start a new one.")
                    : tr("Start a test conversation: choose the campaign the lead comes from and "
                         "press “New test conversation”. Then write as the lead would.");
    else if (m_transcript->rowCount() == 0)
        empty = tr("Write the lead's first message below, e.g. “Hi! I saw your ad.” The agent "
                   "answers with your prompts and documents.");
    m_chatEmpty->setText(empty);
    m_chatStack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget*>(m_chatView)
                                                  : m_chatEmpty);
}

void PlaygroundPage::refreshThreads()
{
    if (m_backend->isReady() && m_backend->unavailableReason().isEmpty())
        m_backend->listThreads();
}

void PlaygroundPage::startConversation(const QString& campaignCode)
{
    const int i = m_campaign->findData(campaignCode);
    if (i >= 0)
        m_campaign->setCurrentIndex(i);
    m_resetCampaign = campaignCode;
    m_backend->startThread(campaignCode);
}

void PlaygroundPage::openThread(const QString& threadId)
{
    selectThread(threadId);
    refreshThreads();
}

void PlaygroundPage::selectThread(const QString& threadId)
{
    if (m_forking)
        cancelFork();
    m_threadId = threadId;
    m_head.clear();
    m_waitingBefore.clear();
    m_snapshot = ThreadSnapshot();
    m_historyList.clear();
    m_transcript->clear();
    m_state->clear();
    m_chunks->clear();
    m_chunkText->clear();
    m_history->clear();
    m_graph->setCurrentNode({});
    m_graph->setPitchVariant({});
    m_graph->setTurnPath({}, {});
    setNotices({});
    setTurnError({});
    setPaymentLink({});
    const int row = m_threads->rowForId(threadId);
    {
        const QSignalBlocker block(m_threadsView->selectionModel());
        if (row >= 0)
            m_threadsView->setCurrentIndex(m_threads->index(row));
        else
            m_threadsView->clearSelection();
    }
    if (threadId.isEmpty()) {
        m_chatTitle->setText(tr("No test conversation open"));
        m_chatSubtitle->clear();
        m_stateNote->setText(tr("The agent's state appears here once a conversation is open."));
        m_chunksNote->setText(tr("The chunks the agent retrieved in a turn appear here."));
        m_historyNote->setText(tr("The checkpoints of the open conversation appear here."));
    } else {
        const QString code =
            row >= 0 ? m_threads->thread(row).campaignCode : m_startedCampaigns.value(threadId);
        m_chatTitle->setText(code.isEmpty() ? tr("Test conversation")
                                            : tr("Test conversation · %1").arg(code));
        m_chatSubtitle->setText(tr("Loading…"));
        loadThread();
    }
    updateHeadNote();
    updateControls();
}

void PlaygroundPage::loadThread()
{
    if (m_threadId.isEmpty())
        return;
    m_historyRequest = m_backend->loadHistory(m_threadId);
    m_stateRequest = m_backend->loadState(m_threadId, m_head);
}

void PlaygroundPage::showSnapshot(const ThreadSnapshot& snapshot)
{
    m_snapshot = snapshot;
    if (!snapshot.checkpointId.isEmpty())
        m_head = snapshot.checkpointId;
    m_history->setHead(m_head);
    // While forking, the inspector shows the checkpoint being edited once it has arrived (and
    // keeps the owner's edits after that).
    if (!m_forking || (snapshot.checkpointId == m_forkFrom && !m_state->hasEdits()))
        m_state->setState(snapshot.state);
    m_chunks->setChunks(snapshot.state.retrievedChunks);
    m_chunkText->clear();
    const int chunks = int(snapshot.state.retrievedChunks.size());
    m_chunksNote->setText(
        chunks > 0 ? tr("%n chunk(s) the agent retrieved in the turn that led here, best first.",
                        nullptr, chunks)
                   : tr("No documents were searched in the turn that led here. The pitch and "
                        "objection handling search your documents."));
    if (!snapshot.state.paymentLinkSent)
        setPaymentLink({}); // an earlier checkpoint, or a branch without the link
    m_graph->setCurrentNode(snapshot.state.currentStage);
    m_graph->setPitchVariant(snapshot.state.pitchType);
    if (!m_forking)
        m_stateNote->setText(
            snapshot.checkpointId.isEmpty()
                ? tr("No state yet: the conversation starts with the lead's first message.")
                : tr("The state at step %1. To change it, pick the checkpoint in History and "
                     "choose “Edit and fork”.")
                      .arg(snapshot.step));
    const QStringList parts{
        models::ConversationsModel::stageLabel(snapshot.state.currentStage.isEmpty()
                                                   ? QStringLiteral("greeting")
                                                   : snapshot.state.currentStage),
        snapshot.state.qualified ? tr("qualified") : tr("not qualified"),
        snapshot.state.paymentCompleted  ? tr("paid (simulated)")
        : snapshot.state.paymentLinkSent ? tr("test link sent")
                                         : tr("no link sent")};
    m_chatSubtitle->setText(snapshot.checkpointId.isEmpty() ? tr("Not started")
                                                            : parts.join(QStringLiteral(" · ")));
    showTranscript();
    updateHeadNote();
    updateControls();
}

void PlaygroundPage::showTranscript()
{
    if (m_snapshot.threadId != m_threadId || m_threadId.isEmpty())
        return;
    // The pending rows of a turn in progress stay until its answer comes.
    const int pending = m_transcript->pendingCount();
    if (pending > 0 && m_backend->isBusy())
        return;
    m_transcript->setTranscript(agent::playgroundTranscript(m_snapshot, m_historyList));
    updateControls();
}

void PlaygroundPage::updateHeadNote()
{
    const QString latest = m_historyList.isEmpty() ? QString() : m_historyList.last().checkpointId;
    const bool earlier = !m_head.isEmpty() && !latest.isEmpty() && m_head != latest;
    m_headRow->setVisible(earlier && !m_threadId.isEmpty());
    if (earlier) {
        const CheckpointInfo c = m_history->checkpoint(m_history->indexOf(m_head));
        m_headNote->setText(tr("You are at an earlier checkpoint (step %1). The next message "
                               "starts a new branch from here; the others stay in History.")
                                .arg(c.step));
    }
}

void PlaygroundPage::setNotices(const QStringList& notices)
{
    m_noticeList = notices;
    m_notices->setText(notices.join(QLatin1Char('\n')));
    m_notices->setVisible(!notices.isEmpty());
}

void PlaygroundPage::setTurnError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

QString PlaygroundPage::turnError() const
{
    return m_error->text();
}

void PlaygroundPage::setPaymentLink(const QString& url)
{
    m_lastPaymentUrl = url;
    if (url.isEmpty()) {
        m_paymentLink->clear();
        m_paymentLink->hide();
        return;
    }
    // A long URL gets invisible break points so it wraps inside the box.
    QString shown;
    int run = 0;
    for (const QChar c : url) {
        shown += c;
        if (c == QLatin1Char('/') || c == QLatin1Char('_') || ++run >= 24) {
            shown += QChar(0x200B);
            run = 0;
        }
    }
    m_paymentLink->setText(
        tr("<b>Test payment link</b> (a test link: no money moves): %1<br>Press “Simulate "
           "payment” to play the lead paying it.")
            .arg(shown.toHtmlEscaped()));
    m_paymentLink->show();
}

QString PlaygroundPage::paymentLinkText() const
{
    return m_paymentLink->isHidden() ? QString() : m_paymentLink->text();
}

QString PlaygroundPage::emptyStateText() const
{
    return m_chatStack->currentWidget() == m_chatEmpty ? m_chatEmpty->text() : QString();
}

void PlaygroundPage::sendMessage(const QString& text)
{
    m_input->setPlainText(text);
    send();
}

void PlaygroundPage::send()
{
    const QString text = m_input->toPlainText().trimmed();
    if (text.isEmpty() || m_threadId.isEmpty() || m_forking || m_backend->isBusy() ||
        !m_backend->isReady())
        return;
    setTurnError({});
    setNotices({});
    m_pendingText = text;
    m_turnThread = m_threadId;
    TranscriptMessage lead;
    lead.role = TranscriptMessage::Role::Human;
    lead.className = QStringLiteral("HumanMessage");
    lead.content = text;
    // The chat shows the conversation up to the checkpoint it continues from.
    m_transcript->setTranscript(agent::playgroundTranscript(m_snapshot, m_historyList));
    m_transcript->setPendingMessages({lead});
    m_chatStack->setCurrentWidget(m_chatView);
    m_input->clear();
    m_backend->sendMessage(m_threadId, text, m_head);
    updateControls();
}

bool PlaygroundPage::isServerBackend() const
{
    return m_backend && m_backend == m_server;
}

void PlaygroundPage::resume()
{
    if (m_threadId.isEmpty() || m_backend->isBusy() || m_waitingBefore.isEmpty())
        return;
    setTurnError({});
    setNotices({});
    m_pendingText.clear();
    m_turnThread = m_threadId;
    m_waitingBefore.clear();
    m_transcript->setTranscript(agent::playgroundTranscript(m_snapshot, m_historyList));
    m_backend->resume(m_threadId);
    updateControls();
}

void PlaygroundPage::switchBackend(PlaygroundBackend* backend)
{
    if (m_backend == backend)
        return;
    if (m_backend)
        m_backend->cancel();
    m_backend = backend;
    m_startedCampaigns.clear();
    m_threads->setThreads({});
    selectThread({});
    const bool builtIn = backend == m_session;
    m_policy->setVisible(builtIn);
    m_policyLabel->setVisible(builtIn);
    m_paymentRow->setVisible(builtIn);
    m_tabs->setTabVisible(int(Tab::Chunks), builtIn);
    m_graph->setGraph(backend->graphNodes(), backend->graphEdges());
    updateAvailability();
    if (backend->isReady())
        refreshThreads();
}

void PlaygroundPage::useServerBackend(const QUrl& url, const QByteArray& apiKey,
                                      const QString& assistantId)
{
    if (!m_server) {
        m_server = new agent::server::ServerPlaygroundSession(this);
        connectBackend(m_server);
    }
    switchBackend(m_server);
    m_server->connectTo(url, apiKey, assistantId);
    updateAvailability();
}

void PlaygroundPage::useBuiltInBackend()
{
    switchBackend(m_session);
}

AgentBackendDialog* PlaygroundPage::editBackend()
{
    if (!m_secrets) {
        m_ownKeychain = std::make_unique<auth::KeychainStore>();
        m_secrets = m_ownKeychain.get();
    }
    auto* dialog = new AgentBackendDialog(currentProfileId(), m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AgentBackendDialog::saved, this, [this] {
        m_profileServer = true; // the profile's choice decides from now on
        applyProfileBackend();
    });
    dialog->open();
    return dialog;
}

void PlaygroundPage::applyProfileBackend()
{
    const QString profile = currentProfileId();
    const agent::server::ServerSettings settings = agent::server::ServerSettings::load(profile);
    if (settings.backend != agent::server::ServerSettings::Backend::Server ||
        !settings.problems().isEmpty()) {
        // Back to the built-in runtime only when the profile had chosen the server (a server
        // chosen otherwise, as the tests do, stays).
        if (m_profileServer) {
            m_profileServer = false;
            useBuiltInBackend();
        }
        return;
    }
    m_profileServer = true;
    if (!m_secrets) {
        m_ownKeychain = std::make_unique<auth::KeychainStore>();
        m_secrets = m_ownKeychain.get();
    }
    const QUrl url(settings.serverUrl.trimmed());
    const QString assistant = settings.assistantId;
    m_secrets->read(agent::server::ServerSettings::apiKeyName(profile), this,
                    [this, url, assistant](const QByteArray& key, const auth::AuthError&) {
                        // No key stored: a local server without one (a refusal says so).
                        useServerBackend(url, key, assistant);
                    });
}

void PlaygroundPage::stop()
{
    m_backend->cancel();
}

void PlaygroundPage::simulatePayment()
{
    if (m_threadId.isEmpty() || m_backend->isBusy())
        return;
    setTurnError({});
    m_pendingText.clear();
    m_turnThread = m_threadId;
    if (!m_backend->supports(PlaygroundBackend::Payments))
        return;
    m_session->simulatePayment(m_threadId);
    updateControls();
}

void PlaygroundPage::showTurn(const TurnResult& result)
{
    const bool here = result.threadId == m_threadId && m_turnThread == m_threadId;
    const QString text = m_pendingText;
    m_pendingText.clear();
    m_turnThread.clear();
    if (!here) {
        refreshThreads();
        emit turnShown(result);
        return;
    }
    if (!result.ok()) {
        m_transcript->clearPending();
        const bool cancelled = result.policyError == agent::PolicyErrorKind::Cancelled;
        setTurnError(cancelled && isServerBackend()
                         ? tr("Stopped. The run was cancelled on the server.")
                     : cancelled ? tr("Stopped. Nothing of this turn was stored.")
                     : isServerBackend()
                         ? tr("The agent on the server could not answer: %1").arg(result.error)
                         : tr("The agent could not answer: %1\nNothing of this turn was "
                              "stored.")
                               .arg(result.error));
        // The lead's message is not lost: it goes back into the field to try again.
        if (!text.isEmpty() && m_input->toPlainText().trimmed().isEmpty())
            m_input->setPlainText(text);
        setNotices(result.notices);
        updateControls();
        emit turnShown(result);
        return;
    }
    setNotices(result.notices);
    if (!result.paymentLink.isEmpty())
        setPaymentLink(result.paymentLink);
    m_graph->setTurnPath(result.nodePath, result.edgePath);
    m_head = result.checkpointId;
    m_transcript->clearPending();
    loadThread();
    refreshThreads();
    updateControls();
    emit turnShown(result);
}

QString PlaygroundPage::selectedCheckpoint() const
{
    const QModelIndex current = m_historyView->currentIndex();
    return current.isValid()
               ? current.data(models::CheckpointTreeModel::CheckpointIdRole).toString()
               : QString();
}

void PlaygroundPage::continueFromSelected()
{
    const QString id = selectedCheckpoint();
    if (id.isEmpty() || m_forking)
        return;
    m_head = id;
    setNotices({});
    setTurnError({});
    m_graph->setTurnPath({}, {});
    m_stateRequest = m_backend->loadState(m_threadId, id);
    m_history->setHead(id);
    updateHeadNote();
    m_input->setFocus();
}

void PlaygroundPage::editSelected()
{
    const QString id = selectedCheckpoint();
    if (id.isEmpty())
        return;
    continueFromSelected();
    m_forking = true;
    m_forkFrom = id;
    m_state->setEditable(true);
    m_applyFork->show();
    m_cancelFork->show();
    m_applyFork->setEnabled(false);
    const CheckpointInfo c = m_history->checkpoint(m_history->indexOf(id));
    m_stateNote->setText(tr("Editing the state at step %1: double-click a value (a field or a "
                            "message) to change it, then “Fork and continue”. The original "
                            "branch is kept.")
                             .arg(c.step));
    showTab(Tab::State);
    updateControls();
}

void PlaygroundPage::applyFork()
{
    if (!m_forking || !m_state->hasEdits())
        return;
    m_applyFork->setEnabled(false);
    m_backend->fork(m_threadId, m_forkFrom, m_state->edits());
}

void PlaygroundPage::cancelFork()
{
    m_forking = false;
    m_state->setEditable(false);
    m_state->revertEdits();
    m_applyFork->hide();
    m_cancelFork->hide();
    m_stateNote->clear();
    updateControls();
}

void PlaygroundPage::resetThread()
{
    if (m_threadId.isEmpty())
        return;
    const int row = m_threads->rowForId(m_threadId);
    const QString code =
        row >= 0 ? m_threads->thread(row).campaignCode : m_startedCampaigns.value(m_threadId);
    const QString id = m_threadId;
    MessageBox::question(
        this, tr("Reset the test conversation"),
        tr("Start this test conversation again? Its messages and all its branches are deleted "
           "and a new conversation for the same campaign begins."),
        [this, id, code](MessageBox::Button answer) {
            if (answer != MessageBox::Button::Yes)
                return;
            // Deleting it first; the new one starts when the deletion is done.
            m_resetPending = true;
            m_resetCode = code;
            m_backend->deleteThread(id);
        });
}

void PlaygroundPage::deleteThread()
{
    if (m_threadId.isEmpty())
        return;
    const QString id = m_threadId;
    MessageBox::question(this, tr("Delete the test conversation"),
                         tr("Delete this test conversation with all its branches? This cannot "
                            "be undone."),
                         [this, id](MessageBox::Button answer) {
                             if (answer == MessageBox::Button::Yes)
                                 m_backend->deleteThread(id);
                         });
}

void PlaygroundPage::resetSession()
{
    m_backend->cancel();
    m_banner->clear();
    m_startedCampaigns.clear();
    m_threads->setThreads({});
    selectThread({});
}

} // namespace limitless::ui
