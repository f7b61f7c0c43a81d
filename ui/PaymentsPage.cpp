#include "PaymentsPage.h"
#include "PageHeader.h"

#include "Banner.h"
#include "CampaignChoice.h"
#include "ModelRoles.h"
#include "PaymentsFilterModel.h"
#include "PaymentsModel.h"
#include "Theme.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace limitless::ui {

using models::PaymentsFilterModel;
using models::PaymentsModel;

namespace {

QLabel* makeValueLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QWidget* makeCard(QWidget* parent, const QString& title, QLabel* value, const QString& toolTip)
{
    auto* card = new QFrame(parent);
    card->setObjectName(QStringLiteral("totalCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setToolTip(toolTip);
    auto* caption = new QLabel(title, card);
    caption->setObjectName(QStringLiteral("totalCaption"));
    caption->setEnabled(false); // secondary text colour
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(caption);
    layout->addWidget(value);
    return card;
}

} // namespace

PaymentsPage::PaymentsPage(db::Database* database, QWidget* parent)
    : QWidget(parent), m_model(new PaymentsModel(database, this)),
      m_proxy(new PaymentsFilterModel(this)), m_subtitle(new QLabel(this)),
      m_status(new QComboBox(this)), m_campaign(new QComboBox(this)), m_period(new QComboBox(this)),
      m_refresh(new QToolButton(this)), m_banner(new Banner(this)),
      m_mrr(makeValueLabel(this, QStringLiteral("mrrValue"))),
      m_oneTime(makeValueLabel(this, QStringLiteral("oneTimeValue"))),
      m_refunds(makeValueLabel(this, QStringLiteral("refundsValue"))),
      m_totalsNote(new QLabel(this)), m_content(new QStackedWidget(this)),
      m_view(new QTableView(this)), m_emptyTitle(new QLabel(this)), m_emptyText(new QLabel(this)),
      m_emptyAction(new QToolButton(this))
{
    setObjectName(QStringLiteral("paymentsPage"));
    m_proxy->setSourceModel(m_model);

    auto* title = PageHeader::makeTitle(tr("Payments"), this);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_refresh->setIcon(Theme::icon(QStringLiteral(":/icons/refresh.svg")));
    m_refresh->setIconSize(QSize(18, 18));
    m_refresh->setFixedSize(32, 32);
    m_refresh->setAutoRaise(true);
    m_refresh->setToolTip(tr("Refresh now"));
    m_refresh->setAccessibleName(tr("Refresh payments"));
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(title, 0, Qt::AlignBaseline);
    header->addWidget(m_subtitle, 0, Qt::AlignBaseline);
    header->addStretch(1);
    header->addWidget(m_refresh);

    m_status->setObjectName(QStringLiteral("paymentStatusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), QString());
    for (const char* s : {"completed", "pending", "failed", "refunded"}) {
        const QString value = QString::fromLatin1(s);
        m_status->addItem(PaymentsModel::statusLabel(value), value);
    }
    m_campaign->setObjectName(QStringLiteral("paymentCampaignFilter"));
    m_campaign->setAccessibleName(tr("Campaign"));
    setUpCampaignChoices(m_campaign);
    m_campaign->addItem(tr("All campaigns"), QString());
    m_period->setObjectName(QStringLiteral("paymentPeriodFilter"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("All time"), QVariant::fromValue(Period::AllTime));
    m_period->addItem(tr("Last 7 days"), QVariant::fromValue(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), QVariant::fromValue(Period::Last30Days));
    m_period->addItem(tr("Last 90 days"), QVariant::fromValue(Period::Last90Days));
    m_period->addItem(tr("Last 12 months"), QVariant::fromValue(Period::Last12Months));
    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_status);
    filters->addWidget(m_campaign);
    filters->addWidget(m_period);
    filters->addStretch(1);

    m_view->setObjectName(QStringLiteral("paymentsView"));
    m_view->setAccessibleName(tr("Payments"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PaymentsModel::CreatedColumn, Qt::DescendingOrder);
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
    m_view->setToolTip(tr("Double-click a payment to open its conversation"));
    m_view->installEventFilter(this);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(false);
    columns->setMinimumSectionSize(60);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(PaymentsModel::CampaignColumn, QHeaderView::Stretch);

    m_content->addWidget(m_view);
    m_content->addWidget(buildEmptyState());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(buildTotals());
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_content, 1);

    for (QComboBox* box : {m_status, m_campaign, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &PaymentsPage::applyFilters);
    connect(m_refresh, &QToolButton::clicked, this, &PaymentsPage::refresh);
    connect(m_banner, &Banner::actionTriggered, this, &PaymentsPage::refresh);
    connect(m_emptyAction, &QToolButton::clicked, this, &PaymentsPage::clearFilters);
    connect(m_view, &QTableView::doubleClicked, this, &PaymentsPage::openCurrentConversation);
    connect(m_model, &PaymentsModel::refreshed, this, [this] {
        if (m_showingLoadError)
            m_banner->clear();
        m_showingLoadError = false;
        updateCampaigns();
        fitColumns();
        updateView();
    });
    connect(m_model, &PaymentsModel::totalsChanged, this, &PaymentsPage::updateTotals);
    connect(m_model, &PaymentsModel::loadingChanged, this, &PaymentsPage::updateView);
    connect(m_model, &PaymentsModel::errorOccurred, this, [this] {
        m_showingLoadError = true;
        m_banner->showMessage(
            Banner::Kind::Error,
            tr("Payments could not be loaded: %1").arg(m_model->lastError().userMessage()),
            tr("Retry"));
        updateView();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &PaymentsPage::updateView);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PaymentsPage::updateView);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PaymentsPage::updateView);

    updateTotals();
    updateView();
    m_model->refresh();
}

QWidget* PaymentsPage::buildTotals()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    row->addWidget(makeCard(box, tr("Monthly recurring revenue"), m_mrr,
                            tr("Monthly amounts of completed payments whose plan bills monthly")),
                   1);
    row->addWidget(makeCard(box, tr("One-time revenue"), m_oneTime,
                            tr("One-time amounts (setup fees) of completed payments")),
                   1);
    row->addWidget(makeCard(box, tr("Refunds"), m_refunds,
                            tr("Everything charged at checkout for payments that were refunded")),
                   1);
    m_totalsNote->setObjectName(QStringLiteral("totalsNote"));
    m_totalsNote->setEnabled(false);
    m_totalsNote->setWordWrap(true);
    auto* outer = new QWidget(this);
    auto* v = new QVBoxLayout(outer);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(4);
    v->addWidget(box);
    v->addWidget(m_totalsNote);
    return outer;
}

QWidget* PaymentsPage::buildEmptyState()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));
    auto* icon = new QLabel(page);
    Theme::setIconPixmap(icon, QStringLiteral(":/icons/payments.svg"), QSize(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    QFont f = m_emptyTitle->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setWeight(QFont::DemiBold);
    m_emptyTitle->setFont(f);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyAction->setText(tr("Clear filters"));
    m_emptyAction->setToolButtonStyle(Qt::ToolButtonTextOnly);
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
    layout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

void PaymentsPage::refresh()
{
    m_model->refresh();
}

void PaymentsPage::clearFilters()
{
    m_status->setCurrentIndex(0);
    m_campaign->setCurrentIndex(0);
    m_period->setCurrentIndex(0);
}

void PaymentsPage::applyFilters()
{
    QDateTime from;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (m_period->currentData().value<Period>()) {
    case Period::AllTime:
        break;
    case Period::Last7Days:
        from = now.addDays(-7);
        break;
    case Period::Last30Days:
        from = now.addDays(-30);
        break;
    case Period::Last90Days:
        from = now.addDays(-90);
        break;
    case Period::Last12Months:
        from = now.addMonths(-12);
        break;
    }
    const QString campaign = m_campaign->currentData().toString();
    m_proxy->setStatus(m_status->currentData().toString());
    m_proxy->setCampaignId(campaign);
    m_proxy->setDateRange(from, {});
    // The totals follow campaign and period; each total picks its own statuses.
    m_model->setTotalsScope(campaign, from, {});
    updateView();
}

void PaymentsPage::updateCampaigns()
{
    // label → id, sorted by label; id → (code, name) for the entries
    QMap<QString, QString> campaigns;
    QHash<QString, std::pair<QString, QString>> names;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const PaymentsModel::Payment& p = m_model->payment(i);
        campaigns.insert(campaignChoiceText(p.campaignCode, p.campaignName), p.campaignId);
        names.insert(p.campaignId, {p.campaignCode, p.campaignName});
    }
    QStringList shown;
    for (int i = 1; i < m_campaign->count(); ++i)
        shown << m_campaign->itemData(i).toString();
    if (shown == campaigns.values())
        return;
    const QString current = m_campaign->currentData().toString();
    const QSignalBlocker block(m_campaign);
    while (m_campaign->count() > 1)
        m_campaign->removeItem(1);
    for (auto it = campaigns.cbegin(); it != campaigns.cend(); ++it)
        addCampaignChoice(m_campaign, names.value(it.value()).first, names.value(it.value()).second,
                          it.value());
    const int index = m_campaign->findData(current);
    m_campaign->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty())
        applyFilters();
}

void PaymentsPage::updateTotals()
{
    const QLocale locale;
    QStringList mrr, oneTime, refunds;
    qint64 completed = 0, refunded = 0;
    for (const PaymentsModel::Totals& t : m_model->totals()) {
        mrr << PaymentsModel::formatAmount(t.monthlyRecurring, t.currency, locale);
        oneTime << PaymentsModel::formatAmount(t.oneTime, t.currency, locale);
        refunds << PaymentsModel::formatAmount(t.refunds, t.currency, locale);
        completed += t.completedCount;
        refunded += t.refundedCount;
    }
    const QString none = PaymentsModel::formatAmount(0, QStringLiteral("usd"), locale);
    m_mrr->setText(mrr.isEmpty() ? none : mrr.join(QLatin1Char('\n')));
    m_oneTime->setText(oneTime.isEmpty() ? none : oneTime.join(QLatin1Char('\n')));
    m_refunds->setText(refunds.isEmpty() ? none : refunds.join(QLatin1Char('\n')));
    m_totalsBase = tr("From %1 completed and %2 refunded payments in the chosen campaign and "
                      "period.")
                       .arg(locale.toString(completed), locale.toString(refunded));
    updateTotalsNote();
}

void PaymentsPage::updateTotalsNote()
{
    // The cards keep their own statuses (MRR counts completed payments whatever the filter);
    // with a status chosen, the note adds what the listed payments sum to, so both are shown.
    const QString status = m_status->currentData().toString();
    if (status.isEmpty()) {
        m_totalsNote->setText(m_totalsBase);
        return;
    }
    const QLocale locale;
    QMap<QString, qint64> charged; // currency → monthly + one-time amounts of the listed rows
    const int rows = m_proxy->rowCount();
    for (int r = 0; r < rows; ++r) {
        const PaymentsModel::Payment& p =
            m_model->payment(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
        charged[p.currency] += p.amountMonthly + std::max<qint64>(0, p.amountOnetime);
    }
    QStringList sums;
    for (auto it = charged.cbegin(); it != charged.cend(); ++it)
        sums << PaymentsModel::formatAmount(it.value(), it.key(), locale);
    m_totalsNote->setText(
        tr("%1 Listed: %n %2 payment(s), charged at checkout %3.", nullptr, rows)
            .arg(m_totalsBase, PaymentsModel::statusLabel(status).toLower(),
                 sums.isEmpty() ? PaymentsModel::formatAmount(0, QStringLiteral("usd"), locale)
                                : sums.join(QStringLiteral(", "))));
}

QString PaymentsPage::monthlyRecurringText() const
{
    return m_mrr->text();
}

QString PaymentsPage::oneTimeText() const
{
    return m_oneTime->text();
}

QString PaymentsPage::refundsText() const
{
    return m_refunds->text();
}

bool PaymentsPage::isShowingTable() const
{
    return m_content->currentWidget() == m_view;
}

void PaymentsPage::fitColumns()
{
    QHeaderView* columns = m_view->horizontalHeader();
    QFont font = columns->font();
    font.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(font);
    const QAbstractItemView* view = m_view;
    for (int c = 0; c < PaymentsModel::ColumnCount; ++c) {
        if (c == PaymentsModel::CampaignColumn)
            continue;
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        const int wanted =
            qMax(metrics.horizontalAdvance(title) + 22, view->sizeHintForColumn(c) + 10);
        if (wanted > columns->sectionSize(c))
            columns->resizeSection(c, wanted);
    }
}

void PaymentsPage::updateView()
{
    updateTotalsNote();
    const QLocale locale;
    const int total = m_model->rowCount();
    const int visible = m_proxy->rowCount();
    if (!m_model->isLoaded() || total == 0)
        m_subtitle->clear();
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
        m_emptyTitle->setText(m_model->lastError().isError() ? tr("Payments could not be loaded")
                                                             : tr("Loading payments…"));
        m_emptyText->setText(m_model->lastError().isError() ? tr("The reason is shown above.")
                                                            : tr("Waiting for the database."));
    } else if (total > 0) {
        m_emptyTitle->setText(tr("No matching payments"));
        m_emptyText->setText(tr("No payment matches the current filters."));
        m_emptyAction->setVisible(true);
    } else {
        m_emptyTitle->setText(tr("No payments yet"));
        m_emptyText->setText(tr("Payments appear here as soon as a lead opens a checkout link "
                                "the agent sent. Share a campaign's link so that leads reach the "
                                "agent, or try a sale yourself in the Agent playground."));
    }
    m_content->setCurrentIndex(1);
}

void PaymentsPage::openCurrentConversation()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString conversation = current.data(PaymentsModel::ConversationIdRole).toString();
    if (conversation.isEmpty())
        return;
    conversations::ConversationFilter filter;
    filter.conversationIds = {conversation};
    emit openConversationRequested(filter);
}

bool PaymentsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrentConversation();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace limitless::ui
