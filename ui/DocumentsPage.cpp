#include "DocumentsPage.h"
#include "PageHeader.h"

#include "Banner.h"
#include "ChunkViewer.h"
#include "DocumentDetailsPane.h"
#include "DocumentStatusDelegate.h"
#include "DocumentUndoCommand.h"
#include "DocumentsFilterModel.h"
#include "DocumentsModel.h"
#include "DropZone.h"
#include "KnowledgeSettingsDialog.h"
#include "MessageBox.h"
#include "ModelRoles.h"
#include "RetrievalBenchPanel.h"
#include "Theme.h"
#include "auth/KeychainStore.h"
#include "auth/ProfileStore.h"
#include "db/Database.h"
#include "knowledge/DocumentService.h"
#include "knowledge/IngestQueue.h"
#include "knowledge/RetrievalBench.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace limitless::ui {

using knowledge::DocumentRecord;
using knowledge::DuplicatePolicy;
using knowledge::IngestQueue;
using knowledge::UploadOutcome;
using models::DocumentsFilterModel;
using models::DocumentsModel;

namespace {

QString currentProfileId()
{
    // Only the current profile's name is read: no secret, so no keychain is needed.
    return auth::ProfileStore(nullptr).currentId();
}

QString questionKey(const char* kind, const QString& id)
{
    return QLatin1String(kind) + QLatin1Char(':') + id;
}

QFrame* questionFrame(QWidget* parent, const QString& name)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(name);
    frame->setFrameShape(QFrame::StyledPanel);
    return frame;
}

} // namespace

DocumentsPage::DocumentsPage(db::Database* database, auth::SecretStore* secrets, QWidget* parent)
    : QWidget(parent), m_db(database),
      m_keychain(secrets ? nullptr : std::make_unique<auth::KeychainStore>()),
      m_secrets(secrets ? secrets : m_keychain.get()), m_model(new DocumentsModel(database, this)),
      m_proxy(new DocumentsFilterModel(this)), m_queue(new IngestQueue(database, m_secrets, this)),
      m_bench(new knowledge::RetrievalBench(m_queue->environment(), this)),
      m_service(new knowledge::DocumentService(database, this)), m_undo(new QUndoStack(this)),
      m_banner(new Banner(this))
{
    setObjectName(QStringLiteral("documentsPage"));
    m_proxy->setSourceModel(m_model);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("documentsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildDocumentsTab(), tr("Documents"));
    m_chunks = new ChunkViewer(database, m_model, this);
    m_tabs->addTab(m_chunks, tr("Chunks"));
    m_benchPanel = new RetrievalBenchPanel(m_bench, m_model, this);
    m_tabs->addTab(m_benchPanel, tr("Test retrieval"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(buildHeader());
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    // The queue: uploads, progress, questions for the owner.
    connect(m_queue, &IngestQueue::uploadOutcome, this, [this](const UploadOutcome& o) {
        const QString name = QFileInfo(o.path).fileName();
        switch (o.status) {
        case UploadOutcome::Status::Refused:
        case UploadOutcome::Status::Failed:
            addActivity(tr("%1: %2").arg(name, o.message), true);
            break;
        case UploadOutcome::Status::Skipped:
            addActivity(o.message, false);
            break;
        case UploadOutcome::Status::Queued:
            m_model->refresh();
            break;
        case UploadOutcome::Status::Duplicate:
            break; // asked by duplicateFound
        }
    });
    connect(m_queue, &IngestQueue::duplicateFound, this, &DocumentsPage::askDuplicate);
    connect(m_queue, &IngestQueue::uploadProgress, m_dropZone, &DropZone::setUploadProgress);
    connect(m_queue, &IngestQueue::stageChanged, this,
            [this](const QString& id, knowledge::IngestStage stage, double fraction) {
                m_model->applyStage(id, stage, fraction);
                if (id == selectedDocumentId())
                    updateDetails();
            });
    connect(m_queue, &IngestQueue::processed, this, [this](const knowledge::ProcessOutcome& o) {
        if (!o.ok && !o.retried && o.code != QLatin1String("cancelled") &&
            o.code != QLatin1String("encrypted")) {
            const QString name = m_model->recordForId(o.documentId).filename;
            addActivity(name.isEmpty() ? o.message : tr("%1: %2").arg(name, o.message), true);
        }
        if (!o.retried && m_reprocessing.contains(o.documentId))
            m_reprocessDone.insert(o.documentId);
        m_model->refresh();
    });
    connect(m_queue, &IngestQueue::passwordNeeded, this, &DocumentsPage::askPassword);
    connect(m_queue, &IngestQueue::reprocessQueued, this, [this](const QStringList& ids) {
        // The list may not have seen them queued yet: a document counts as done once this app
        // has processed it, or (a cloud worker's) once it shows a new processing time.
        m_reprocessing.clear();
        m_reprocessDone.clear();
        m_reprocessActive.clear();
        for (const QString& id : ids)
            m_reprocessing.insert(id, m_model->recordForId(id).processedAt);
        if (ids.isEmpty())
            m_banner->showMessage(Banner::Kind::Info, tr("There is nothing to process again."));
        m_model->refresh();
        updateReprocess();
    });
    connect(m_queue, &IngestQueue::watchedFileQueued, this,
            [this](const QString& path, const QString& id, bool newVersion) {
                const QString name = QFileInfo(path).fileName();
                if (newVersion)
                    m_watchedIds.insert(id);
                addActivity(
                    newVersion
                        ? tr("%1 changed in the watched folder: queued as a new version.").arg(name)
                        : tr("%1 appeared in the watched folder: queued.").arg(name),
                    false);
            });
    connect(m_queue, &IngestQueue::readyChanged, this, &DocumentsPage::updateAvailability);
    connect(m_queue, &IngestQueue::problemChanged, this, &DocumentsPage::updateAvailability);
    connect(m_queue, &IngestQueue::errorOccurred, this, [this](const QString& message) {
        m_banner->showMessage(Banner::Kind::Error, message);
    });
    connect(m_queue, &IngestQueue::pausedChanged, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        m_pause->setToolTip(paused ? tr("Processing is paused; resume it")
                                   : tr("Pause uploading and processing"));
        updateView();
    });
    connect(m_queue, &IngestQueue::storedFilesRemoved, this, [this](const QStringList& failed) {
        if (!failed.isEmpty())
            m_banner->showMessage(Banner::Kind::Error,
                                  tr("The document was deleted, but its stored file could not be "
                                     "removed: %1")
                                      .arg(failed.join(QStringLiteral(", "))));
    });

    // The list.
    connect(m_model, &DocumentsModel::refreshed, this, [this] {
        if (m_showingLoadError)
            m_banner->clear();
        m_showingLoadError = false;
        if (!m_columnsFitted && m_model->rowCount() > 0) {
            fitColumns();
            m_columnsFitted = true;
        }
        updateView();
        updateDetails();
        updateReprocess();
        updateAvailability();
        reportWatchedChanges();
    });
    connect(m_model, &DocumentsModel::errorOccurred, this, [this] {
        m_showingLoadError = true;
        m_bannerAction = BannerAction::Refresh;
        m_banner->showMessage(
            Banner::Kind::Error,
            tr("Documents could not be loaded: %1").arg(m_model->lastError().userMessage()),
            tr("Retry"));
        updateView();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                const int row = m_model->rowForId(selectedDocumentId());
                if (row >= from.row() && row <= to.row())
                    updateDetails();
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &DocumentsPage::updateView);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DocumentsPage::updateView);
    connect(m_banner, &Banner::actionTriggered, this, [this] {
        switch (m_bannerAction) {
        case BannerAction::Refresh:
            refresh();
            break;
        case BannerAction::Settings:
            showSettings();
            break;
        case BannerAction::Reprocess:
            reprocessAll();
            break;
        }
    });

    if (m_db) {
        connect(m_db, &db::Database::serverInfoChanged, this, &DocumentsPage::updateAvailability);
        // A sign-in may have switched the profile whose knowledge settings apply.
        connect(m_db, &db::Database::stateChanged, this, [this](db::ConnectionState s) {
            if (s == db::ConnectionState::Connected)
                m_queue->setProfileId(currentProfileId());
        });
    }
    m_queue->setProfileId(currentProfileId());
    m_queue->start();
    updateAvailability();
    updateView();
    updateDetails();
    m_model->refresh();
}

DocumentsPage::~DocumentsPage()
{
    // The bench follows the queue's environment: it goes first. Both stop their threads.
    delete m_bench;
    delete m_queue;
}

QWidget* DocumentsPage::buildHeader()
{
    auto* box = new PageHeader(tr("Documents"), this);
    m_subtitle = new QLabel(box);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));

    // Undo/redo of this page's edits (category and tags), as on the Campaigns page.
    m_undoAction = new QAction(tr("Undo"), this);
    m_undoAction->setObjectName(QStringLiteral("documentsUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redoAction = new QAction(tr("Redo"), this);
    m_redoAction->setObjectName(QStringLiteral("documentsRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    const auto syncUndo = [this] {
        m_undoAction->setEnabled(m_undo->canUndo());
        m_redoAction->setEnabled(m_undo->canRedo());
        m_undoAction->setToolTip(m_undo->canUndo() ? tr("Undo: %1").arg(m_undo->undoText())
                                                   : tr("Nothing to undo"));
        m_redoAction->setToolTip(m_undo->canRedo() ? tr("Redo: %1").arg(m_undo->redoText())
                                                   : tr("Nothing to redo"));
    };
    connect(m_undo, &QUndoStack::indexChanged, this, syncUndo);
    connect(m_undo, &QUndoStack::cleanChanged, this, syncUndo);
    syncUndo();
    addAction(m_undoAction);
    addAction(m_redoAction);

    m_reprocessProgress = new QProgressBar(box);
    m_reprocessProgress->setObjectName(QStringLiteral("reprocessProgress"));
    m_reprocessProgress->setAccessibleName(tr("Re-processing progress"));
    m_reprocessProgress->setFixedWidth(120);
    m_reprocessProgress->setFixedHeight(8);
    m_reprocessProgress->setTextVisible(false);
    m_reprocessProgress->hide();
    m_reprocessLabel = new QLabel(box);
    m_reprocessLabel->setObjectName(QStringLiteral("pageSubtitle"));
    m_reprocessLabel->hide();

    m_pause = new QPushButton(tr("Pause"), box);
    m_pause->setObjectName(QStringLiteral("pauseQueue"));
    m_pause->setToolTip(tr("Pause uploading and processing"));
    m_reprocess = new QPushButton(tr("Re-process all"), box);
    m_reprocess->setObjectName(QStringLiteral("reprocessAll"));
    m_reprocess->setToolTip(tr("Process every document again, e.g. after changing the chunk "
                               "size or the embedding model"));
    m_settings = new QPushButton(tr("Settings…"), box);
    m_settings->setObjectName(QStringLiteral("knowledgeSettings"));
    m_settings->setToolTip(tr("Processing, storage, embedder, chunks and the watched folder"));
    m_refresh = new QToolButton(box);
    m_refresh->setIcon(Theme::icon(QStringLiteral(":/icons/refresh.svg")));
    m_refresh->setIconSize(QSize(18, 18));
    m_refresh->setFixedSize(32, 32);
    m_refresh->setAutoRaise(true);
    m_refresh->setToolTip(tr("Refresh now"));
    m_refresh->setAccessibleName(tr("Refresh documents"));

    box->addBesideTitle(m_subtitle);
    for (QAction* a : {m_undoAction, m_redoAction}) {
        auto* b = new QToolButton(box);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
        box->addAction(b);
    }
    box->addAction(m_reprocessLabel);
    box->addAction(m_reprocessProgress);
    for (QPushButton* b : {m_pause, m_reprocess, m_settings}) {
        b->setAutoDefault(false);
        box->addAction(b);
    }
    box->addAction(m_refresh);

    connect(m_pause, &QPushButton::clicked, this, &DocumentsPage::togglePause);
    connect(m_reprocess, &QPushButton::clicked, this, &DocumentsPage::reprocessAll);
    connect(m_settings, &QPushButton::clicked, this, &DocumentsPage::showSettings);
    connect(m_refresh, &QToolButton::clicked, this, &DocumentsPage::refresh);
    return box;
}

QWidget* DocumentsPage::buildDocumentsTab()
{
    auto* tab = new QWidget(this);

    // Drop zone, with the category and tags new uploads get.
    m_dropZone = new DropZone(tab);
    m_uploadCategory = new QComboBox(tab);
    m_uploadCategory->setObjectName(QStringLiteral("uploadCategory"));
    m_uploadCategory->setAccessibleName(tr("Category for new documents"));
    m_uploadCategory->addItem(tr("No category"), QString());
    for (const QString& c : knowledge::documentCategories())
        m_uploadCategory->addItem(DocumentsModel::categoryLabel(c), c);
    m_uploadTags = new QLineEdit(tab);
    m_uploadTags->setObjectName(QStringLiteral("uploadTags"));
    m_uploadTags->setAccessibleName(tr("Tags for new documents"));
    m_uploadTags->setPlaceholderText(tr("Tags for new documents, comma-separated"));
    m_uploadTags->setClearButtonEnabled(true);
    auto* uploadRow = new QHBoxLayout;
    uploadRow->setSpacing(8);
    auto* uploadLabel = new QLabel(tr("New documents go &into"), tab);
    uploadLabel->setBuddy(m_uploadCategory);
    uploadRow->addWidget(uploadLabel);
    uploadRow->addWidget(m_uploadCategory);
    uploadRow->addWidget(m_uploadTags, 1);

    // Per-file messages and the questions for the owner.
    m_activityBox = new QWidget(tab);
    m_activity = new QListWidget(m_activityBox);
    m_activity->setObjectName(QStringLiteral("uploadActivity"));
    m_activity->setAccessibleName(tr("Upload messages"));
    m_activity->setWordWrap(true);
    m_activity->setIconSize(QSize(16, 16));
    m_clearActivity = new QPushButton(tr("Dismiss"), m_activityBox);
    m_clearActivity->setObjectName(QStringLiteral("clearActivity"));
    m_clearActivity->setAutoDefault(false);
    auto* activityLayout = new QHBoxLayout(m_activityBox);
    activityLayout->setContentsMargins(0, 0, 0, 0);
    activityLayout->addWidget(m_activity, 1);
    activityLayout->addWidget(m_clearActivity, 0, Qt::AlignTop);
    m_activityBox->hide();
    auto* questions = new QWidget(tab);
    m_questionsLayout = new QVBoxLayout(questions);
    m_questionsLayout->setContentsMargins(0, 0, 0, 0);
    m_questionsLayout->setSpacing(6);

    // Filters.
    m_textFilter = new QLineEdit(tab);
    m_textFilter->setObjectName(QStringLiteral("documentFilter"));
    m_textFilter->setAccessibleName(tr("Filter by name or tag"));
    m_textFilter->setPlaceholderText(tr("Filter by name or tag"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->addAction(Theme::icon(QStringLiteral(":/icons/search.svg")),
                            QLineEdit::LeadingPosition);
    m_textFilter->setMinimumWidth(240);
    m_statusFilter = new QComboBox(tab);
    m_statusFilter->setObjectName(QStringLiteral("documentStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->addItem(tr("Any status"), QString());
    m_statusFilter->addItem(tr("Being processed"),
                            QString::fromLatin1(DocumentsFilterModel::ActiveStatus));
    m_statusFilter->addItem(DocumentsModel::statusLabel(QStringLiteral("completed")),
                            QStringLiteral("completed"));
    m_statusFilter->addItem(DocumentsModel::statusLabel(QStringLiteral("failed")),
                            QStringLiteral("failed"));
    m_categoryFilter = new QComboBox(tab);
    m_categoryFilter->setObjectName(QStringLiteral("documentCategoryFilter"));
    m_categoryFilter->setAccessibleName(tr("Category"));
    m_categoryFilter->addItem(tr("All categories"), QString());
    m_categoryFilter->addItem(tr("No category"),
                              QString::fromLatin1(DocumentsFilterModel::NoCategory));
    for (const QString& c : knowledge::documentCategories())
        m_categoryFilter->addItem(DocumentsModel::categoryLabel(c), c);
    m_showReplaced = new QCheckBox(tr("Show replaced versions"), tab);
    m_showReplaced->setObjectName(QStringLiteral("showReplaced"));
    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_textFilter, 2);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_categoryFilter);
    filters->addWidget(m_showReplaced);
    filters->addStretch(1);

    // The list and the selected document's details.
    m_view = new QTableView(tab);
    m_view->setObjectName(QStringLiteral("documentsView"));
    m_view->setAccessibleName(tr("Documents"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DocumentsModel::UploadedColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 16);
    m_view->setMouseTracking(true);
    m_statusDelegate = new DocumentStatusDelegate(m_view);
    m_view->setItemDelegateForColumn(DocumentsModel::StatusColumn, m_statusDelegate);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(false);
    columns->setMinimumSectionSize(50);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(DocumentsModel::NameColumn, QHeaderView::Stretch);
    // What matters first; the rest are a right-click away on the header.
    for (int c : {int(DocumentsModel::TypeColumn), int(DocumentsModel::VersionColumn),
                  int(DocumentsModel::ProcessedColumn)})
        columns->hideSection(c);
    columns->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int c = 0; c < DocumentsModel::ColumnCount; ++c) {
        if (c == DocumentsModel::NameColumn)
            continue;
        auto* a = new QAction(m_model->headerData(c, Qt::Horizontal).toString(), columns);
        a->setCheckable(true);
        a->setChecked(!columns->isSectionHidden(c));
        connect(a, &QAction::toggled, columns,
                [columns, c](bool on) { columns->setSectionHidden(c, !on); });
        columns->addAction(a);
    }
    auto* deleteShortcut = new QShortcut(QKeySequence::Delete, m_view);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    deleteShortcut->setWhatsThis(tr("Delete the selected documents"));
    connect(deleteShortcut, &QShortcut::activated, this, &DocumentsPage::deleteSelected);

    m_details = new DocumentDetailsPane(tab);
    auto* split = new QSplitter(Qt::Horizontal, tab);
    split->setObjectName(QStringLiteral("documentsSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({720, 330});

    m_content = new QStackedWidget(tab);
    m_content->addWidget(split);
    m_content->addWidget(buildEmptyState());

    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_dropZone);
    layout->addLayout(uploadRow);
    layout->addWidget(m_activityBox);
    layout->addWidget(questions);
    layout->addLayout(filters);
    layout->addWidget(m_content, 1);

    connect(m_dropZone, &DropZone::pathsDropped, this, &DocumentsPage::addPaths);
    connect(m_dropZone, &DropZone::addFilesRequested, this, &DocumentsPage::addFiles);
    connect(m_dropZone, &DropZone::addFolderRequested, this, &DocumentsPage::addFolder);
    connect(m_clearActivity, &QPushButton::clicked, this, &DocumentsPage::clearActivity);
    connect(m_textFilter, &QLineEdit::textChanged, m_proxy, &DocumentsFilterModel::setText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatus(m_statusFilter->currentData().toString()); });
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCategory(m_categoryFilter->currentData().toString()); });
    connect(m_showReplaced, &QCheckBox::toggled, m_proxy, &DocumentsFilterModel::setShowReplaced);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DocumentsPage::updateDetails);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        const QString id = selectedDocumentId();
        if (m_model->recordForId(id).status == QLatin1String("completed")) {
            m_chunks->showDocument(id);
            showTab(Tab::Chunks);
        }
    });
    connect(m_statusDelegate, &DocumentStatusDelegate::cancelRequested, this,
            &DocumentsPage::cancelDocument);
    connect(m_details, &DocumentDetailsPane::saveRequested, this, &DocumentsPage::saveLabels);
    connect(m_details, &DocumentDetailsPane::chunksRequested, this, [this](const QString& id) {
        m_chunks->showDocument(id);
        showTab(Tab::Chunks);
    });
    connect(m_details, &DocumentDetailsPane::cancelRequested, this, &DocumentsPage::cancelDocument);
    connect(m_details, &DocumentDetailsPane::retryRequested, this, [this](const QString& id) {
        const DocumentRecord d = m_model->recordForId(id);
        if (d.errorCode == QLatin1String("encrypted") ||
            d.errorCode == QLatin1String("wrong-password")) {
            // Trying again is the owner asking for the password question once more.
            m_askedPasswords.remove(id);
            askPassword(id, d.filename);
            return;
        }
        m_queue->processWithPassword(id, {});
        m_banner->showMessage(
            Banner::Kind::Info,
            tr("%1 is being processed again.").arg(m_model->recordForId(id).filename));
    });
    connect(m_details, &DocumentDetailsPane::deleteRequested, this, &DocumentsPage::deleteSelected);
    return tab;
}

QWidget* DocumentsPage::buildEmptyState()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));
    auto* icon = new QLabel(page);
    Theme::setIconPixmap(icon, QStringLiteral(":/icons/documents.svg"), QSize(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    m_emptyTitle = new QLabel(page);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    QFont f = m_emptyTitle->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setWeight(QFont::DemiBold);
    m_emptyTitle->setFont(f);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(page);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyAction = new QPushButton(tr("Clear filters"), page);
    m_emptyAction->setAutoDefault(false);
    connect(m_emptyAction, &QPushButton::clicked, this, &DocumentsPage::clearFilters);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_emptyTitle, 0, Qt::AlignHCenter);
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_emptyText, 3);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(4);
    layout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

void DocumentsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void DocumentsPage::addPaths(const QStringList& paths)
{
    if (paths.isEmpty() || m_dropZone->isBlocked())
        return;
    m_queue->enqueue(paths, m_uploadCategory->currentData().toString(),
                     knowledge::DocumentService::parseTags(m_uploadTags->text()));
    showTab(Tab::Documents);
}

void DocumentsPage::addFiles()
{
    auto* dialog = new QFileDialog(this, tr("Add documents"), QString(),
                                   tr("Documents (*.pdf *.docx *.txt *.md *.markdown);;All files "
                                      "(*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, &DocumentsPage::addPaths);
    dialog->open();
}

void DocumentsPage::addFolder()
{
    auto* dialog = new QFileDialog(this, tr("Add a folder of documents"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& folder) { addPaths({folder}); });
    dialog->open();
}

void DocumentsPage::addActivity(const QString& text, bool error)
{
    auto* item = new QListWidgetItem(
        QIcon(error ? QStringLiteral(":/icons/error.svg") : QStringLiteral(":/icons/info.svg")),
        text);
    item->setToolTip(text);
    m_activity->insertItem(0, item);
    // The newest forty are plenty to read; older ones are dropped.
    while (m_activity->count() > 40)
        delete m_activity->takeItem(m_activity->count() - 1);
    fitActivity();
    m_activityBox->show();
}

void DocumentsPage::reportWatchedChanges()
{
    // What a new version from the watched folder changed, once it is processed.
    for (const QString& id : QStringList(m_watchedIds.cbegin(), m_watchedIds.cend())) {
        const DocumentRecord d = m_model->recordForId(id);
        if (d.status == QLatin1String("completed")) {
            addActivity(tr("%1: %2").arg(d.filename, DocumentDetailsPane::changesSentence(d)),
                        false);
            m_watchedIds.remove(id);
        } else if (d.id.isEmpty() || d.status == QLatin1String("failed")) {
            m_watchedIds.remove(id);
        }
    }
}

void DocumentsPage::fitActivity()
{
    // As tall as its messages, up to four of them; more scroll.
    int height = 2 * m_activity->frameWidth() + 4;
    for (int i = 0; i < qMin(m_activity->count(), 4); ++i)
        height += m_activity->sizeHintForRow(i);
    m_activity->setFixedHeight(height);
}

QStringList DocumentsPage::activityMessages() const
{
    QStringList out;
    for (int i = 0; i < m_activity->count(); ++i)
        out << m_activity->item(i)->text();
    return out;
}

void DocumentsPage::clearActivity()
{
    m_activity->clear();
    m_activityBox->hide();
}

void DocumentsPage::askDuplicate(const QString& path, const QList<DocumentRecord>& duplicates)
{
    const QString key = questionKey("dup", path);
    if (m_questions.contains(key) || duplicates.isEmpty())
        return;
    const DocumentRecord& first = duplicates.first();
    const QLocale locale;
    auto* frame = questionFrame(this, QStringLiteral("duplicateQuestion"));
    auto* label = new QLabel(
        tr("%1 has the same content as %2 (version %3, uploaded %4). What should happen?")
            .arg(QFileInfo(path).fileName(), first.filename)
            .arg(first.version)
            .arg(locale.toString(first.createdAt.toLocalTime(), QLocale::ShortFormat)),
        frame);
    label->setWordWrap(true);
    auto* replace = new QPushButton(tr("Replace (new version)"), frame);
    replace->setObjectName(QStringLiteral("duplicateReplace"));
    replace->setToolTip(tr("Upload it as version %1 of %2; the old version is retired once the "
                           "new one is processed")
                            .arg(first.version + 1)
                            .arg(first.filename));
    auto* keep = new QPushButton(tr("Keep both"), frame);
    keep->setObjectName(QStringLiteral("duplicateKeepBoth"));
    auto* skip = new QPushButton(tr("Skip"), frame);
    skip->setObjectName(QStringLiteral("duplicateSkip"));
    auto* row = new QHBoxLayout(frame);
    row->setContentsMargins(12, 8, 8, 8);
    row->addWidget(label, 1);
    for (QPushButton* b : {replace, keep, skip}) {
        b->setAutoDefault(false);
        row->addWidget(b);
    }
    connect(replace, &QPushButton::clicked, this,
            [this, path] { answerDuplicate(path, DuplicatePolicy::Replace); });
    connect(keep, &QPushButton::clicked, this,
            [this, path] { answerDuplicate(path, DuplicatePolicy::KeepBoth); });
    connect(skip, &QPushButton::clicked, this,
            [this, path] { answerDuplicate(path, DuplicatePolicy::Skip); });
    m_questions.insert(key, frame);
    m_questionsLayout->addWidget(frame);
}

void DocumentsPage::answerDuplicate(const QString& path, DuplicatePolicy policy)
{
    removeQuestion(questionKey("dup", path));
    m_queue->resolveDuplicate(path, policy);
}

void DocumentsPage::askPassword(const QString& documentId, const QString& filename)
{
    // Asked once per document: without the password it stays failed with its reason.
    if (m_askedPasswords.contains(documentId))
        return;
    m_askedPasswords.insert(documentId);
    const QString key = questionKey("pw", documentId);
    auto* frame = questionFrame(this, QStringLiteral("passwordQuestion"));
    auto* label = new QLabel(tr("%1 is protected by a password. Type it to read the document; "
                                "without it the document stays failed.")
                                 .arg(filename),
                             frame);
    label->setWordWrap(true);
    auto* edit = new QLineEdit(frame);
    edit->setObjectName(QStringLiteral("pdfPassword"));
    edit->setAccessibleName(tr("Password of %1").arg(filename));
    edit->setEchoMode(QLineEdit::Password);
    edit->setMinimumWidth(160);
    auto* open = new QPushButton(tr("Open"), frame);
    open->setObjectName(QStringLiteral("pdfPasswordOpen"));
    auto* later = new QPushButton(tr("Not now"), frame);
    auto* row = new QHBoxLayout(frame);
    row->setContentsMargins(12, 8, 8, 8);
    row->addWidget(label, 1);
    row->addWidget(edit);
    for (QPushButton* b : {open, later}) {
        b->setAutoDefault(false);
        row->addWidget(b);
    }
    connect(open, &QPushButton::clicked, this,
            [this, documentId, edit] { answerPassword(documentId, edit->text()); });
    connect(edit, &QLineEdit::returnPressed, open, &QPushButton::click);
    connect(later, &QPushButton::clicked, this, [this, key] { removeQuestion(key); });
    m_questions.insert(key, frame);
    m_questionsLayout->addWidget(frame);
}

void DocumentsPage::answerPassword(const QString& documentId, const QString& password)
{
    removeQuestion(questionKey("pw", documentId));
    if (!password.isEmpty())
        m_queue->processWithPassword(documentId, password);
}

void DocumentsPage::removeQuestion(const QString& key)
{
    if (QWidget* w = m_questions.take(key))
        w->deleteLater();
}

QStringList DocumentsPage::duplicateQuestions() const
{
    QStringList out;
    for (auto it = m_questions.cbegin(); it != m_questions.cend(); ++it)
        if (it.key().startsWith(QLatin1String("dup:")))
            out << it.key().mid(4);
    out.sort();
    return out;
}

QStringList DocumentsPage::passwordQuestions() const
{
    QStringList out;
    for (auto it = m_questions.cbegin(); it != m_questions.cend(); ++it)
        if (it.key().startsWith(QLatin1String("pw:")))
            out << it.key().mid(3);
    out.sort();
    return out;
}

QString DocumentsPage::selectedDocumentId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return current.data(models::IdRole).toString();
}

void DocumentsPage::selectDocument(const QString& documentId)
{
    const int row = m_model->rowForId(documentId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    updateDetails();
}

void DocumentsPage::updateDetails()
{
    const QString id = selectedDocumentId();
    const int row = m_model->rowForId(id);
    if (row < 0) {
        m_details->setRecord({}, -1, {});
        return;
    }
    const QModelIndex index = m_model->index(row, DocumentsModel::StatusColumn);
    m_details->setRecord(m_model->record(row), index.data(DocumentsModel::ProgressRole).toDouble(),
                         index.data(DocumentsModel::StageLabelRole).toString());
}

void DocumentsPage::cancelDocument(const QString& documentId)
{
    if (documentId.isEmpty())
        return;
    m_queue->cancel(documentId);
    m_banner->showMessage(Banner::Kind::Info,
                          tr("Cancelling %1…").arg(m_model->recordForId(documentId).filename));
}

void DocumentsPage::deleteSelected()
{
    const QString id = selectedDocumentId();
    const DocumentRecord d = m_model->recordForId(id);
    if (d.id.isEmpty())
        return;
    QPointer<DocumentsPage> self(this);
    MessageBox::question(
        this, tr("Delete document"),
        tr("Delete %1? Its chunks go with it, the agent no longer answers from it, and the stored "
           "file is removed. This cannot be undone.")
            .arg(d.filename),
        [self, d](MessageBox::Button answer) {
            if (!self || answer != QMessageBox::Yes)
                return;
            if (d.status == QLatin1String("pending") || d.status == QLatin1String("processing"))
                self->m_queue->cancel(d.id);
            self->m_service->remove(
                {d.id}, self,
                [self, d](const QList<knowledge::StoredObject>& removed, const db::DbError& e) {
                    if (!self)
                        return;
                    if (e) {
                        self->m_banner->showMessage(
                            Banner::Kind::Error,
                            tr("%1 could not be deleted: %2").arg(d.filename, e.userMessage()));
                        return;
                    }
                    self->m_queue->removeStoredFiles(removed);
                    self->m_banner->showMessage(Banner::Kind::Info,
                                                tr("%1 was deleted.").arg(d.filename));
                    self->m_model->refresh();
                });
        },
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
}

void DocumentsPage::saveLabels(const QString& id, const QString& category, const QStringList& tags)
{
    const DocumentRecord d = m_model->recordForId(id);
    if (d.id.isEmpty())
        return;
    const DocumentUndoCommand::Labels before{d.category, d.tags};
    const DocumentUndoCommand::Labels after{category, tags};
    if (before == after)
        return;
    // Write first; the undo step exists only once the write has succeeded.
    m_service->setCategoryAndTags(
        id, category, tags, this, [this, d, before, after](const db::DbError& e) {
            if (e) {
                m_banner->showMessage(Banner::Kind::Error,
                                      tr("The category and tags of %1 could not be saved: %2")
                                          .arg(d.filename, e.userMessage()));
                return;
            }
            const QString name = d.filename;
            auto report = [this, name](const db::DbError& error) {
                if (error) {
                    // The stack now claims a state the database does not have.
                    m_undo->clear();
                    m_banner->showMessage(
                        Banner::Kind::Error,
                        tr("%1 The undo history was cleared: it no longer matches what is "
                           "stored.")
                            .arg(error.userMessage()));
                } else {
                    m_banner->showMessage(Banner::Kind::Info,
                                          tr("Category and tags of %1 changed.").arg(name));
                }
                m_model->refresh();
            };
            m_undo->push(
                new DocumentUndoCommand(m_service, report, d.id, d.filename, before, after));
            m_banner->showMessage(Banner::Kind::Info,
                                  tr("Category and tags of %1 saved.").arg(d.filename));
            m_model->refresh();
        });
}

void DocumentsPage::reprocessAll()
{
    QPointer<DocumentsPage> self(this);
    MessageBox::question(
        this, tr("Re-process all documents"),
        tr("Process every document again with the current chunk settings and embedding model? "
           "While a document waits its turn, the agent does not answer from it."),
        [self](MessageBox::Button answer) {
            if (!self || answer != QMessageBox::Yes)
                return;
            self->m_queue->reprocessAll();
            self->m_banner->showMessage(Banner::Kind::Info,
                                        tr("Every document is queued to be processed again."));
        },
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
}

void DocumentsPage::updateReprocess()
{
    if (m_reprocessing.isEmpty()) {
        m_reprocessProgress->hide();
        m_reprocessLabel->hide();
        return;
    }
    for (auto it = m_reprocessing.cbegin(); it != m_reprocessing.cend(); ++it) {
        const DocumentRecord d = m_model->recordForId(it.key());
        const bool active =
            d.status == QLatin1String("pending") || d.status == QLatin1String("processing");
        if (active)
            m_reprocessActive.insert(d.id);
        else if (d.id.isEmpty() || d.processedAt != it.value() || m_reprocessActive.contains(d.id))
            m_reprocessDone.insert(it.key());
    }
    const int total = int(m_reprocessing.size());
    const int done = int(m_reprocessDone.size());
    if (done >= total) {
        m_reprocessing.clear();
        m_reprocessDone.clear();
        m_reprocessActive.clear();
        m_reprocessProgress->hide();
        m_reprocessLabel->hide();
        m_bannerAction = BannerAction::Refresh;
        m_banner->showMessage(Banner::Kind::Info,
                              tr("Re-processing finished: documents processed again: %1.")
                                  .arg(QLocale().toString(total)));
        return;
    }
    m_reprocessProgress->setRange(0, total);
    m_reprocessProgress->setValue(done);
    m_reprocessProgress->show();
    m_reprocessLabel->setText(tr("Re-processing: %1 of %2").arg(done).arg(total));
    m_reprocessLabel->show();
}

void DocumentsPage::togglePause()
{
    if (m_queue->isPaused())
        m_queue->resume();
    else
        m_queue->pause();
}

void DocumentsPage::showSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto* dialog = new KnowledgeSettingsDialog(m_queue->profileId(), m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(m_queue->settings());
    m_settingsDialog = dialog;
    connect(dialog, &KnowledgeSettingsDialog::saved, this,
            [this](const knowledge::KnowledgeSettings& s, bool reprocess) {
                m_queue->setSettings(s);
                m_dropZone->setMaxUploadMb(s.maxUploadMb);
                if (reprocess && m_model->rowCount() > 0) {
                    m_bannerAction = BannerAction::Reprocess;
                    m_banner->showMessage(Banner::Kind::Info,
                                          tr("The chunk settings or the embedding model changed: "
                                             "documents processed before keep their old chunks "
                                             "until they are processed again."),
                                          tr("Re-process all"));
                } else {
                    m_banner->showMessage(Banner::Kind::Info, tr("Knowledge settings saved."));
                }
                updateAvailability();
            });
    dialog->open();
}

void DocumentsPage::clearFilters()
{
    m_textFilter->clear();
    m_statusFilter->setCurrentIndex(0);
    m_categoryFilter->setCurrentIndex(0);
}

void DocumentsPage::refresh()
{
    m_model->refresh();
    m_queue->poke();
}

void DocumentsPage::resetSession()
{
    m_undo->clear();
    m_banner->clear();
    clearActivity();
    for (QWidget* w : std::as_const(m_questions))
        w->deleteLater();
    m_questions.clear();
    m_askedPasswords.clear();
    m_reprocessing.clear();
    m_reprocessDone.clear();
    m_reprocessActive.clear();
    m_watchedIds.clear();
    updateReprocess();
}

bool DocumentsPage::isShowingTable() const
{
    return m_content->currentIndex() == 0;
}

QString DocumentsPage::subtitleText() const
{
    return m_subtitle->text();
}

QString DocumentsPage::emptyStateTitle() const
{
    return isShowingTable() ? QString() : m_emptyTitle->text();
}

void DocumentsPage::updateAvailability()
{
    const db::Additions additions = m_db ? m_db->serverInfo().additions : db::Additions();
    QString blocked;
    Banner::Kind kind = Banner::Kind::Info;
    if (additions.probed && !additions.knowledge) {
        blocked = tr("Uploads need the knowledge-base additions in this database: run `%1`. The "
                     "documents already there are listed below.")
                      .arg(db::Additions::installCommand());
    } else if (!m_queue->problem().isEmpty()) {
        blocked = m_queue->problem();
        kind = Banner::Kind::Error;
    }
    if (blocked != m_blockedShown) {
        // The banner says why uploads are blocked for as long as they are, and no longer.
        if (!m_blockedShown.isEmpty() && m_banner->text() == m_blockedShown)
            m_banner->clear();
        if (!blocked.isEmpty()) {
            m_bannerAction = BannerAction::Settings;
            m_banner->showMessage(kind, blocked,
                                  kind == Banner::Kind::Error ? tr("Settings…") : QString());
        }
        m_blockedShown = blocked;
    }
    m_dropZone->setBlocked(blocked);
    m_dropZone->setMaxUploadMb(m_queue->settings().maxUploadMb);
    m_reprocess->setEnabled(blocked.isEmpty() && m_queue->isReady() && m_model->rowCount() > 0);
    m_pause->setEnabled(blocked.isEmpty());
    updateView();
}

void DocumentsPage::fitColumns()
{
    QHeaderView* columns = m_view->horizontalHeader();
    QFont font = columns->font();
    font.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(font);
    const QAbstractItemView* view = m_view;
    for (int c = 0; c < DocumentsModel::ColumnCount; ++c) {
        if (c == DocumentsModel::NameColumn)
            continue;
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        const int wanted =
            qMax(metrics.horizontalAdvance(title) + 22, view->sizeHintForColumn(c) + 10);
        // The status delegate asks for room for its longest stage and its cancel button.
        const int cap = c == DocumentsModel::StatusColumn ? 150 : 220;
        columns->resizeSection(c, qMin(wanted, cap));
    }
    // The name stretches into what is left: leave it at least its title (and a short name),
    // taking the room from the tags and the category down to their titles' width.
    const auto titleRoom = [&](int c) {
        return metrics.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 22;
    };
    int others = 0;
    for (int c = 0; c < DocumentsModel::ColumnCount; ++c)
        if (c != DocumentsModel::NameColumn && !columns->isSectionHidden(c))
            others += columns->sectionSize(c);
    int missing =
        qMax(titleRoom(DocumentsModel::NameColumn), 140) - (m_view->viewport()->width() - others);
    for (int c : {int(DocumentsModel::TagsColumn), int(DocumentsModel::CategoryColumn)}) {
        if (missing <= 0 || columns->isSectionHidden(c))
            continue;
        const int give = qMin(missing, columns->sectionSize(c) - titleRoom(c));
        if (give > 0) {
            columns->resizeSection(c, columns->sectionSize(c) - give);
            missing -= give;
        }
    }
}

void DocumentsPage::updateView()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    const int visible = m_proxy->rowCount();
    QStringList parts;
    if (m_model->isLoaded() && total > 0) {
        parts << (m_proxy->isFiltering()
                      ? tr("%1 of %2 shown").arg(locale.toString(visible), locale.toString(total))
                      : tr("%1 in total").arg(locale.toString(total)));
        const int active = m_model->activeCount();
        if (active > 0)
            parts << tr("%1 being processed").arg(locale.toString(active));
    }
    if (!m_queue->processesInApp())
        parts << tr("processed by the cloud worker");
    if (m_queue->isPaused())
        parts << tr("paused");
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));

    if (visible > 0) {
        m_content->setCurrentIndex(0);
        return;
    }
    m_emptyAction->setVisible(false);
    if (!m_model->isLoaded()) {
        m_emptyTitle->setText(m_model->lastError().isError() ? tr("Documents could not be loaded")
                                                             : tr("Loading documents…"));
        m_emptyText->setText(m_model->lastError().isError() ? tr("The reason is shown above.")
                                                            : tr("Waiting for the database."));
    } else if (total > 0) {
        m_emptyTitle->setText(tr("No matching documents"));
        m_emptyText->setText(tr("No document matches the current filters."));
        m_emptyAction->setVisible(true);
    } else {
        m_emptyTitle->setText(tr("The agent knows nothing yet"));
        m_emptyText->setText(
            m_dropZone->isBlocked()
                ? m_dropZone->hintText()
                : tr("Drop your sales pitch, price list, FAQ and objection notes above (PDF, Word, "
                     "text or Markdown). The agent answers leads from them; this list shows each "
                     "document as it is read, chunked and embedded."));
    }
    m_content->setCurrentIndex(1);
}

} // namespace limitless::ui
