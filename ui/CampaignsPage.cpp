#include "CampaignsPage.h"

#include "PageHeader.h"

#include "Banner.h"
#include "CampaignEditorDialog.h"
#include "CampaignUndoCommand.h"
#include "CampaignsModel.h"
#include "MessageBox.h"
#include "ModelRoles.h"
#include "QrCodeDialog.h"
#include "Theme.h"
#include "campaigns/CampaignLink.h"
#include "campaigns/CampaignService.h"
#include "db/Database.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPushButton>
#include <QUndoStack>

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace limitless::ui {

using models::CampaignsFilterModel;
using models::CampaignsModel;

CampaignsPage::CampaignsPage(db::Database* database, QWidget* parent)
    : QWidget(parent), m_model(new CampaignsModel(database, this)),
      m_proxy(new CampaignsFilterModel(this)), m_subtitle(new QLabel(this)),
      m_filter(new QLineEdit(this)), m_platform(new QComboBox(this)), m_status(new QComboBox(this)),
      m_refresh(new QToolButton(this)), m_banner(new Banner(this)),
      m_content(new QStackedWidget(this)), m_view(new QTableView(this)),
      m_emptyIcon(new QLabel(this)), m_emptyTitle(new QLabel(this)), m_emptyText(new QLabel(this)),
      m_emptyAction(new QToolButton(this)),
      m_service(new campaigns::CampaignService(database, this)), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("campaignsPage"));
    m_proxy->setSourceModel(m_model);

    // Header: title, counts, refresh.
    auto* header = new PageHeader(tr("Campaigns"), this);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_refresh->setIcon(Theme::icon(QStringLiteral(":/icons/refresh.svg")));
    m_refresh->setIconSize(QSize(18, 18));
    m_refresh->setFixedSize(32, 32);
    m_refresh->setAutoRaise(true);
    m_refresh->setToolTip(tr("Refresh now"));
    m_refresh->setAccessibleName(tr("Refresh campaigns"));
    header->addBesideTitle(m_subtitle);
    header->addAction(buildActions());
    header->addAction(m_refresh);

    // Filters.
    m_filter->setObjectName(QStringLiteral("campaignFilter"));
    m_filter->setAccessibleName(tr("Filter campaigns"));
    m_filter->setPlaceholderText(tr("Filter by code or name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Theme::icon(QStringLiteral(":/icons/search.svg")),
                        QLineEdit::LeadingPosition);
    m_filter->setMinimumWidth(260);
    m_platform->setObjectName(QStringLiteral("platformFilter"));
    m_platform->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_platform->addItem(tr("All platforms"), QString());
    m_platform->setAccessibleName(tr("Platform"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"),
                      QVariant::fromValue(CampaignsFilterModel::ActiveFilter::All));
    m_status->addItem(tr("Active"),
                      QVariant::fromValue(CampaignsFilterModel::ActiveFilter::ActiveOnly));
    m_status->addItem(tr("Paused"),
                      QVariant::fromValue(CampaignsFilterModel::ActiveFilter::PausedOnly));
    m_status->setAccessibleName(tr("Status"));
    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_platform);
    filters->addWidget(m_status);
    filters->addStretch(1);

    // Table.
    m_view->setObjectName(QStringLiteral("campaignsView"));
    m_view->setAccessibleName(tr("Campaigns"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CampaignsModel::CreatedColumn, Qt::DescendingOrder);
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
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(false);
    columns->setMinimumSectionSize(60);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(CampaignsModel::NameColumn, QHeaderView::Stretch);
    fitColumns(false);

    m_content->addWidget(m_view);
    m_content->addWidget(buildEmptyState());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(header);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_content, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &CampaignsFilterModel::setText);
    connect(m_platform, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setPlatform(m_platform->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setActiveFilter(
            m_status->currentData().value<CampaignsFilterModel::ActiveFilter>());
    });
    connect(m_refresh, &QToolButton::clicked, this, &CampaignsPage::refresh);
    connect(m_banner, &Banner::actionTriggered, this, &CampaignsPage::refresh);
    connect(m_emptyAction, &QToolButton::clicked, this, &CampaignsPage::clearFilters);
    connect(m_view, &QTableView::doubleClicked, this, &CampaignsPage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CampaignsPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CampaignsPage::updateActions);

    connect(m_model, &CampaignsModel::refreshed, this, [this] {
        // Only a load error is over now; a write's outcome stays until the next write.
        if (m_showingLoadError)
            m_banner->clear();
        m_showingLoadError = false;
        updatePlatforms();
        fitColumns(true);
        updateView();
        if (!m_selectWhenLoaded.isEmpty() && m_model->rowForId(m_selectWhenLoaded) >= 0) {
            selectCampaign(m_selectWhenLoaded);
            m_selectWhenLoaded.clear();
        }
    });
    connect(m_model, &CampaignsModel::loadingChanged, this, &CampaignsPage::updateView);
    connect(m_model, &CampaignsModel::errorOccurred, this, &CampaignsPage::onError);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &CampaignsPage::updateView);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CampaignsPage::updateView);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CampaignsPage::updateView);

    updateView();
    updateActions();
    m_model->refresh();
}

QWidget* CampaignsPage::buildActions()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);

    // Undo/redo act on this page's edits only; the shortcuts work while focus is in the page.
    // Fixed labels: QUndoStack's own actions put the command's name in the text, so the buttons
    // would grow with it and move under the pointer. The command is in the tooltip.
    m_undoAction = new QAction(tr("Undo"), this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redoAction = new QAction(tr("Redo"), this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    const auto syncUndoActions = [this] {
        m_undoAction->setEnabled(m_undo->canUndo());
        m_redoAction->setEnabled(m_undo->canRedo());
        m_undoAction->setToolTip(m_undo->canUndo() ? tr("Undo: %1").arg(m_undo->undoText())
                                                   : tr("Nothing to undo"));
        m_redoAction->setToolTip(m_undo->canRedo() ? tr("Redo: %1").arg(m_undo->redoText())
                                                   : tr("Nothing to redo"));
    };
    connect(m_undo, &QUndoStack::indexChanged, this, syncUndoActions);
    connect(m_undo, &QUndoStack::cleanChanged, this, syncUndoActions);
    syncUndoActions();
    addAction(m_undoAction);
    addAction(m_redoAction);
    for (QAction* a : {m_undoAction, m_redoAction}) {
        auto* b = new QToolButton(box);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
        row->addWidget(b);
    }
    row->addSpacing(6);

    m_new = new QPushButton(tr("New campaign"), box);
    m_new->setObjectName(QStringLiteral("newCampaign"));
    m_new->setDefault(false);
    m_edit = new QPushButton(tr("Edit"), box);
    m_edit->setObjectName(QStringLiteral("editCampaign"));
    m_pause = new QPushButton(tr("Pause"), box);
    m_pause->setObjectName(QStringLiteral("pauseCampaign"));
    m_delete = new QPushButton(tr("Delete"), box);
    m_delete->setObjectName(QStringLiteral("deleteCampaign"));
    m_link = new QPushButton(tr("Link"), box);
    m_link->setObjectName(QStringLiteral("campaignLink"));
    auto* linkMenu = new QMenu(m_link);
    linkMenu->addAction(tr("Copy link"), this, &CampaignsPage::copySelectedLink);
    linkMenu->addAction(tr("Open in browser"), this, &CampaignsPage::openSelectedLink);
    linkMenu->addAction(tr("QR code…"), this, &CampaignsPage::showSelectedQrCode);
    m_link->setMenu(linkMenu);
    for (QPushButton* b : {m_new, m_edit, m_pause, m_delete, m_link}) {
        b->setAutoDefault(false);
        row->addWidget(b);
    }

    connect(m_new, &QPushButton::clicked, this, &CampaignsPage::newCampaign);
    connect(m_edit, &QPushButton::clicked, this, &CampaignsPage::editSelected);
    connect(m_pause, &QPushButton::clicked, this, &CampaignsPage::toggleSelectedActive);
    connect(m_delete, &QPushButton::clicked, this, &CampaignsPage::deleteSelected);
    return box;
}

CampaignEditorDialog* CampaignsPage::editorDialog() const
{
    return m_editor;
}

QrCodeDialog* CampaignsPage::qrCodeDialog() const
{
    return m_qrDialog;
}

int CampaignsPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy->mapToSource(rows.first()).row();
}

void CampaignsPage::selectCampaign(const QString& id)
{
    const int row = m_model->rowForId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void CampaignsPage::updateActions()
{
    const int row = selectedRow();
    const bool has = row >= 0;
    m_edit->setEnabled(has);
    m_pause->setEnabled(has);
    m_delete->setEnabled(has);
    m_link->setEnabled(has);
    m_pause->setText(has && !m_model->campaign(row).active ? tr("Resume") : tr("Pause"));
}

void CampaignsPage::resetSession()
{
    // Another account may sign in next: nothing of this one's history or messages stays.
    m_undo->clear();
    m_banner->clear();
    m_showingLoadError = false;
    if (m_editor)
        m_editor->close();
}

std::function<void(const campaigns::CampaignWriteResult&)>
CampaignsPage::undoReport(const QString& success)
{
    // Only undo() and redo() write through a command (it is pushed after its first write), so a
    // failure here means the stack now claims a state the database does not have.
    return [this, success](const campaigns::CampaignWriteResult& w) {
        if (!w.ok()) {
            m_undo->clear();
            m_showingLoadError = false;
            m_banner->showMessage(
                Banner::Kind::Error,
                tr("%1 The undo history was cleared: it no longer matches what is stored.")
                    .arg(w.message));
            m_model->refresh();
            return;
        }
        reportWrite(w, success);
    };
}

bool CampaignsPage::settleEditor(const QPointer<CampaignEditorDialog>& open,
                                 const campaigns::CampaignWriteResult& result)
{
    // The editor shows a failure next to the input; closed meanwhile, the banner does.
    if (open)
        open->setBusy(false);
    if (result.ok())
        return true;
    if (open)
        open->showFailure(result);
    else
        reportWrite(result, {});
    return false;
}

void CampaignsPage::reportWrite(const campaigns::CampaignWriteResult& result,
                                const QString& success)
{
    // A write lost to the connection is cleared, like a load error, by the next good refresh:
    // the list then shows what the database really has.
    m_showingLoadError = !result.ok() && result.error.isConnectionProblem();
    if (!result.ok()) {
        m_banner->showMessage(Banner::Kind::Error, result.message);
        return;
    }
    m_banner->showMessage(Banner::Kind::Info, success);
    // The notification refreshes the model as well; asking now shows the change at once.
    m_model->refresh();
}

void CampaignsPage::newCampaign()
{
    if (m_editor)
        m_editor->close();
    auto* dialog = new CampaignEditorDialog(CampaignEditorDialog::Mode::Create, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = dialog;
    connect(dialog, &CampaignEditorDialog::submitted, this, [this, dialog] {
        dialog->setBusy(true);
        dialog->showError({});
        const campaigns::CampaignDraft draft = dialog->draft();
        // The page, not the dialog, is the callback's context: a write that lands after the
        // dialog was closed is still recorded and reported.
        QPointer<CampaignEditorDialog> open(dialog);
        m_service->create(
            draft, dialog->typedCode(), this,
            [this, open, draft](const campaigns::CampaignWriteResult& r) {
                if (!settleEditor(open, r))
                    return;
                const QString id = r.id;
                m_undo->push(CampaignUndoCommand::created(
                    m_service, undoReport(tr("Campaign changed.")), r.id, r.code, draft));
                m_showingLoadError = false;
                m_banner->showMessage(
                    Banner::Kind::Info,
                    tr("Campaign %1 created. Its link: %2")
                        .arg(r.code, campaigns::CampaignLink::url(r.code).toDisplayString()));
                if (open)
                    open->accept();
                // Select it once a refresh has brought it in (perhaps not the next one: a
                // refresh already under way may predate the insert).
                m_selectWhenLoaded = id;
                m_model->refresh();
            });
    });
    dialog->open();
}

void CampaignsPage::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const models::CampaignsModel::Campaign c = m_model->campaign(row);
    if (m_editor)
        m_editor->close();
    auto* dialog = new CampaignEditorDialog(CampaignEditorDialog::Mode::Edit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = dialog;
    const campaigns::CampaignDraft before{c.name, c.description, c.platform};
    dialog->setDraft(before);
    dialog->setCode(c.code);
    connect(dialog, &CampaignEditorDialog::submitted, this, [this, dialog, c, before] {
        const campaigns::CampaignDraft after = dialog->draft();
        if (after == before) {
            dialog->accept();
            return;
        }
        // Write first; the undo step exists only once the write has succeeded, and the dialog
        // stays open with the input when it has not.
        dialog->setBusy(true);
        dialog->showError({});
        QPointer<CampaignEditorDialog> open(dialog);
        m_service->update(c.code, after, this,
                          [this, open, c, before, after](const campaigns::CampaignWriteResult& r) {
                              if (!settleEditor(open, r))
                                  return;
                              m_undo->push(CampaignUndoCommand::edited(
                                  m_service, undoReport(tr("Campaign %1 saved.").arg(c.code)), c.id,
                                  c.code, before, after));
                              reportWrite(r, tr("Campaign %1 saved.").arg(c.code));
                              if (open)
                                  open->accept();
                          });
    });
    dialog->open();
}

void CampaignsPage::toggleSelectedActive()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const models::CampaignsModel::Campaign c = m_model->campaign(row);
    const bool active = !c.active;
    const QString success =
        active ? tr("Campaign %1 is active again.").arg(c.code)
               : tr("Campaign %1 is paused: its link no longer starts conversations.").arg(c.code);
    // Write first; only a write that succeeded becomes an undo step.
    m_service->setActive(c.code, active, this,
                         [this, c, active, success](const campaigns::CampaignWriteResult& r) {
                             if (r.ok())
                                 m_undo->push(CampaignUndoCommand::activeSet(
                                     m_service, undoReport(success), c.id, c.code, active));
                             reportWrite(r, success);
                         });
}

void CampaignsPage::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const models::CampaignsModel::Campaign c = m_model->campaign(row);
    if (c.conversations > 0) {
        // Say why before asking anything: the database would refuse anyway.
        m_banner->showMessage(Banner::Kind::Error,
                              campaigns::CampaignService::hasConversationsMessage(c.conversations));
        return;
    }
    QPointer<CampaignsPage> self(this);
    MessageBox::question(
        this, tr("Delete campaign"),
        tr("Delete campaign %1 (“%2”)? Its link stops working. This cannot be undone.")
            .arg(c.code, c.name),
        [self, id = c.id, code = c.code](MessageBox::Button answer) {
            if (!self || answer != QMessageBox::Yes)
                return;
            self->m_service->remove(id, self,
                                    [self, code](const campaigns::CampaignWriteResult& w) {
                                        self->reportWrite(w, tr("Campaign %1 deleted.").arg(code));
                                    });
        },
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
}

void CampaignsPage::copySelectedLink()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QUrl url = campaigns::CampaignLink::url(m_model->campaign(row).code);
    QGuiApplication::clipboard()->setText(url.toString());
    m_banner->showMessage(Banner::Kind::Info, tr("Copied %1").arg(url.toDisplayString()));
}

void CampaignsPage::openSelectedLink()
{
    const int row = selectedRow();
    if (row >= 0)
        QDesktopServices::openUrl(campaigns::CampaignLink::url(m_model->campaign(row).code));
}

void CampaignsPage::showSelectedQrCode()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const models::CampaignsModel::Campaign& c = m_model->campaign(row);
    if (m_qrDialog)
        m_qrDialog->close();
    auto* dialog = new QrCodeDialog(c.code, c.name, campaigns::CampaignLink::url(c.code), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_qrDialog = dialog;
    dialog->open();
}

QWidget* CampaignsPage::buildEmptyState()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));
    m_emptyIcon->setObjectName(QStringLiteral("emptyIcon"));
    Theme::setIconPixmap(m_emptyIcon, QStringLiteral(":/icons/empty-campaigns.svg"), QSize(88, 88));
    m_emptyIcon->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    QFont f = m_emptyTitle->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setWeight(QFont::DemiBold);
    m_emptyTitle->setFont(f);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setMaximumWidth(440);
    m_emptyAction->setText(tr("Clear filters"));
    m_emptyAction->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(m_emptyIcon, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_emptyTitle, 0, Qt::AlignHCenter);
    // Centred by stretches, not by an alignment flag: an aligned item gets no height-for-width,
    // and a wrapped label would be cut after its first line.
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

void CampaignsPage::fitColumns(bool growOnly)
{
    // ResizeToContents would reserve a whole section height for the sort arrow on every column,
    // which starves the Name column; size the others to their title and values instead. Later
    // fits only widen (`growOnly`), so a width the owner chose is kept.
    QHeaderView* columns = m_view->horizontalHeader();
    QFont font = columns->font();
    font.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(font);
    const QAbstractItemView* view = m_view; // QTableView hides sizeHintForColumn()
    constexpr int PaddingAndArrow = 8 + 14; // the style sheet's padding, the sort arrow
    constexpr int CellGap = 10;             // keeps neighbouring values from touching
    for (int c = 0; c < CampaignsModel::ColumnCount; ++c) {
        if (c == CampaignsModel::NameColumn)
            continue;
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        const int wanted = qMax(metrics.horizontalAdvance(title) + PaddingAndArrow,
                                view->sizeHintForColumn(c) + CellGap);
        if (!growOnly || wanted > columns->sectionSize(c))
            columns->resizeSection(c, wanted);
    }
}

bool CampaignsPage::isShowingTable() const
{
    return m_content->currentWidget() == m_view;
}

QString CampaignsPage::emptyStateTitle() const
{
    return isShowingTable() ? QString() : m_emptyTitle->text();
}

QByteArray CampaignsPage::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

void CampaignsPage::restoreHeaderState(const QByteArray& state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

void CampaignsPage::refresh()
{
    m_model->refresh();
}

void CampaignsPage::clearFilters()
{
    m_filter->clear();
    m_platform->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
}

void CampaignsPage::updatePlatforms()
{
    // Rebuilt from the data so the list offers only platforms that exist, keeping the choice.
    const QString current = m_platform->currentData().toString();
    const QStringList platforms = m_model->platforms();
    QStringList shown;
    for (int i = 1; i < m_platform->count(); ++i)
        shown << m_platform->itemData(i).toString();
    if (shown == platforms)
        return;
    const QSignalBlocker block(m_platform);
    while (m_platform->count() > 1)
        m_platform->removeItem(1);
    for (const QString& p : platforms)
        m_platform->addItem(CampaignsModel::platformLabel(p), p);
    const int index = m_platform->findData(current);
    m_platform->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        m_proxy->setPlatform({});
}

void CampaignsPage::updateView()
{
    const int total = m_model->rowCount();
    const int visible = m_proxy->rowCount();
    // Counts without plural forms: "1 campaigns" would need an English catalogue of its own.
    const QLocale locale;
    if (!m_model->isLoaded() || total == 0)
        m_subtitle->clear(); // the empty state says it better
    else if (m_proxy->isFiltering())
        m_subtitle->setText(
            tr("%1 of %2 shown").arg(locale.toString(visible), locale.toString(total)));
    else
        m_subtitle->setText(tr("%1 in total").arg(locale.toString(total)));

    if (visible > 0) {
        m_content->setCurrentWidget(m_view);
        return;
    }
    m_emptyAction->setVisible(false);
    if (!m_model->isLoaded()) {
        if (m_model->lastError().isError()) {
            m_emptyTitle->setText(tr("Campaigns could not be loaded"));
            m_emptyText->setText(tr("The reason is shown above. The page loads again as soon "
                                    "as the database answers."));
        } else {
            m_emptyTitle->setText(tr("Loading campaigns…"));
            m_emptyText->setText(tr("Waiting for the database."));
        }
    } else if (total > 0) {
        m_emptyTitle->setText(tr("No matching campaigns"));
        m_emptyText->setText(tr("No campaign matches the current filters."));
        m_emptyAction->setVisible(true);
    } else {
        m_emptyTitle->setText(tr("No campaigns yet"));
        m_emptyText->setText(tr("Create your first campaign with “New campaign” above and put "
                                "its link in an ad. Its code ties the leads that arrive through "
                                "the ad to their conversations, qualifications and sales."));
    }
    m_content->setCurrentIndex(1);
}

void CampaignsPage::onError()
{
    const db::DbError error = m_model->lastError();
    m_showingLoadError = true;
    m_banner->showMessage(Banner::Kind::Error,
                          m_model->isLoaded()
                              ? tr("Campaigns could not be refreshed: %1").arg(error.userMessage())
                              : tr("Campaigns could not be loaded: %1").arg(error.userMessage()),
                          tr("Retry"));
    updateView();
}

} // namespace limitless::ui
