#include "MainWindow.h"

#include "Banner.h"
#include "CampaignsPage.h"
#include "ConnectionIndicator.h"
#include "ConversationsPage.h"
#include "DocumentsPage.h"
#include "FunnelPage.h"
#include "HelpMenu.h"
#include "MaintenancePage.h"
#include "PaymentsPage.h"
#include "PlaygroundPage.h"
#include "PlaygroundPanels.h"
#include "SettingsPage.h"
#include "Theme.h"
#include "TrayMonitor.h"

#include <QAction>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMetaEnum>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace limitless::ui {

namespace {
const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
const auto PageKey = QStringLiteral("mainWindow/page");
const auto CampaignsHeaderKey = QStringLiteral("campaigns/header");
} // namespace

MainWindow::MainWindow(db::Database* database, QWidget* parent)
    : QMainWindow(parent), m_navigation(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_banner(new Banner(this)), m_campaigns(new CampaignsPage(database, this)),
      m_indicator(new ConnectionIndicator(database, this))
{
    Theme::initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Limitless OS — Owner Dashboard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    // The pages in navigation order (the keyboard shortcuts are listed in it).
    m_stack->setObjectName(QStringLiteral("pages"));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildNavigation());
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    auto* bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(20, 16, 20, 0);
    bannerRow->addWidget(m_banner);
    right->addLayout(bannerRow);
    right->addWidget(m_stack, 1);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    addPage(Page::Campaigns, tr("Campaigns"), QStringLiteral("campaigns"), m_campaigns);
    m_conversations = new ConversationsPage(database, this);
    addPage(Page::Conversations, tr("Conversations"), QStringLiteral("conversations"),
            m_conversations);
    m_funnel = new FunnelPage(database, this);
    addPage(Page::Funnel, tr("Funnel"), QStringLiteral("funnel"), m_funnel);
    connect(m_funnel, &FunnelPage::conversationsRequested, this, &MainWindow::showConversations);
    m_payments = new PaymentsPage(database, this);
    addPage(Page::Payments, tr("Payments"), QStringLiteral("payments"), m_payments);
    m_documents = new DocumentsPage(database, nullptr, this);
    addPage(Page::Documents, tr("Documents"), QStringLiteral("documents"), m_documents);
    m_playground = new PlaygroundPage(database, nullptr, this);
    addPage(Page::AgentPlayground, tr("Agent playground"), QStringLiteral("agent"), m_playground);
    // Replay, scenarios, prompts and the OpenAI-compatible policy in the playground; a
    // conversation's "Replay in playground" opens it there.
    m_playgroundPanels = new PlaygroundPanels(m_playground);
    connect(m_conversations, &ConversationsPage::replayRequested, m_playgroundPanels,
            &PlaygroundPanels::askReplay);
    connect(m_playgroundPanels, &PlaygroundPanels::replayStarted, this,
            [this] { showPage(Page::AgentPlayground); });
    m_settings = new SettingsPage(this);
    addPage(Page::Settings, tr("Settings"), QStringLiteral("settings"), m_settings);
    m_maintenance = new MaintenancePage(database, this);
    addPage(Page::Maintenance, tr("Maintenance"), QStringLiteral("maintenance"), m_maintenance);
    connect(m_payments, &PaymentsPage::openConversationRequested, this,
            &MainWindow::showConversations);

    // Desktop notifications for qualified leads and completed payments; with a tray, closing
    // the window keeps the app monitoring there.
    m_tray = new TrayMonitor(database, this, this);
    connect(m_tray, &TrayMonitor::showWindowRequested, this, [this] {
        show();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayMonitor::openConversationRequested, this, [this](const QString& id) {
        conversations::ConversationFilter filter;
        filter.conversationIds = {id};
        filter.includePlayground = true;
        showConversations(filter);
    });

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);
    connect(m_banner, &Banner::actionTriggered, this, &MainWindow::retryRequested);

    m_help = new HelpMenu(database, this);

    statusBar()->setSizeGripEnabled(false);
    statusBar()->addWidget(m_indicator);

    restoreSettings();
}

QWidget* MainWindow::buildNavigation()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("navigationPanel"));
    panel->setAttribute(Qt::WA_StyledBackground);
    panel->setFixedWidth(200);

    auto* brandIcon = new QLabel(panel);
    brandIcon->setPixmap(
        QIcon(QStringLiteral(":/icons/app.svg")).pixmap(QSize(28, 28), devicePixelRatioF()));
    auto* brand = new QLabel(tr("Limitless OS"), panel);
    brand->setObjectName(QStringLiteral("brandLabel"));
    QFont brandFont = brand->font();
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.2);
    brand->setFont(brandFont);
    auto* brandRow = new QHBoxLayout;
    brandRow->setContentsMargins(16, 16, 16, 12);
    brandRow->setSpacing(10);
    brandRow->addWidget(brandIcon);
    brandRow->addWidget(brand, 1);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setAccessibleName(tr("Pages"));

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(brandRow);
    layout->addWidget(m_navigation, 1);
    return panel;
}

void MainWindow::addPage(Page page, const QString& label, const QString& icon, QWidget* widget)
{
    widget->setObjectName(pageKey(page) + QStringLiteral("Page"));
    // The page's name where it is listed (the keyboard shortcuts, accessibility).
    widget->setWindowTitle(label);
    m_stack->addWidget(widget);
    auto* item = new QListWidgetItem(Theme::icon(QStringLiteral(":/icons/%1.svg").arg(icon)), label,
                                     m_navigation);
    item->setData(Qt::UserRole, pageKey(page));

    // Ctrl+1 … Ctrl+7 jump to the pages in navigation order.
    const int position = m_navigation->count();
    auto* action = new QAction(tr("Go to %1").arg(label), this);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + position)));
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    addAction(action);
}

QString MainWindow::pageKey(Page page)
{
    // Stable, untranslated keys: QSettings must survive a change of language or page order.
    return QString::fromLatin1(QMetaEnum::fromType<Page>().valueToKey(int(page)));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(qMax(0, m_navigation->currentRow()));
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

QWidget* MainWindow::page(Page page) const
{
    return m_stack->widget(int(page));
}

void MainWindow::showConversations(const conversations::ConversationFilter& filter)
{
    m_conversations->setFilter(filter);
    if (filter.conversationIds.size() == 1)
        m_conversations->showConversation(filter.conversationIds.first());
    showPage(Page::Conversations);
}

void MainWindow::showStartupMessage(const QString& text)
{
    m_banner->showMessage(Banner::Kind::Info, text);
    m_indicator->setStartupMessage(text.section(QLatin1Char('\n'), 0, 0));
}

void MainWindow::showStartupError(const QString& text)
{
    m_banner->showMessage(Banner::Kind::Error, text, tr("Try again"));
    m_indicator->setStartupError(text.section(QLatin1Char('\n'), 0, 0));
}

void MainWindow::resetSession()
{
    m_banner->clear();
    m_campaigns->resetSession();
    if (m_payments)
        m_payments->banner()->clear();
    if (m_conversations)
        m_conversations->clearMessages();
    if (m_funnel)
        m_funnel->clearMessages();
    if (m_documents)
        m_documents->resetSession();
    if (m_playground)
        m_playground->resetSession();
}

void MainWindow::clearStartupMessage()
{
    m_banner->clear();
    m_indicator->setStartupMessage({});
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(PageKey, pageKey(currentPage()));
    settings.setValue(CampaignsHeaderKey, m_campaigns->headerState());
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // First start: a comfortable size that still fits small laptop screens.
        QSize size(1280, 800);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    restoreState(settings.value(StateKey).toByteArray());
    m_campaigns->restoreHeaderState(settings.value(CampaignsHeaderKey).toByteArray());

    const QString key = settings.value(PageKey).toString();
    bool ok = false;
    const int page = QMetaEnum::fromType<Page>().keyToValue(key.toLatin1().constData(), &ok);
    showPage(ok ? Page(page) : Page::Campaigns);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    if (m_tray && m_tray->isAvailable()) {
        // Keep monitoring from the tray; its menu has "Quit".
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace limitless::ui
