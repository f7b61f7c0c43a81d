#pragma once

#include "conversations/ConversationFilter.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace limitless::db {
class Database;
}

namespace limitless::ui {

class Banner;
class CampaignsPage;
class ConnectionIndicator;
class ConversationsPage;
class DocumentsPage;
class FunnelPage;
class HelpMenu;
class MaintenancePage;
class PaymentsPage;
class PlaygroundPage;
class PlaygroundPanels;
class SettingsPage;
class TrayMonitor;

// The owner's cockpit: a navigation list on the left, one page per area on the right, and the
// connection state in the status bar. Geometry and the last page are remembered in QSettings
// (nothing secret goes there).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Page {
        Campaigns,
        Conversations,
        Funnel,
        Payments,
        Documents,
        AgentPlayground,
        Settings,
        Maintenance,
    };
    Q_ENUM(Page)

    explicit MainWindow(db::Database* database, QWidget* parent = nullptr);

    Page currentPage() const;
    void showPage(Page page);
    QWidget* page(Page page) const;
    CampaignsPage* campaignsPage() const { return m_campaigns; }
    ConversationsPage* conversationsPage() const { return m_conversations; }
    PaymentsPage* paymentsPage() const { return m_payments; }
    SettingsPage* settingsPage() const { return m_settings; }
    FunnelPage* funnelPage() const { return m_funnel; }
    DocumentsPage* documentsPage() const { return m_documents; }
    PlaygroundPage* playgroundPage() const { return m_playground; }
    MaintenancePage* maintenancePage() const { return m_maintenance; }
    PlaygroundPanels* playgroundPanels() const { return m_playgroundPanels; }
    TrayMonitor* trayMonitor() const { return m_tray; }
    ConnectionIndicator* connectionIndicator() const { return m_indicator; }
    Banner* startupBanner() const { return m_banner; }
    HelpMenu* helpMenu() const { return m_help; }

    void saveSettings() const;

public slots:
    // Switches to the Conversations page showing the conversations that match `filter`
    // (drill-through from the funnel, a payment's conversation…).
    void showConversations(const limitless::conversations::ConversationFilter& filter);
    // While the database is being prepared (e.g. the local sandbox starts), says so.
    void showStartupMessage(const QString& text);
    // Sign-out: the next account starts with no undo history and no messages of this one.
    void resetSession();
    void showStartupError(const QString& text);
    void clearStartupMessage();

signals:
    // The owner asked to try the start-up again after showStartupError().
    void retryRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildNavigation();
    void addPage(Page page, const QString& label, const QString& icon, QWidget* widget);
    void restoreSettings();
    static QString pageKey(Page page);

    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    Banner* m_banner;
    CampaignsPage* m_campaigns;
    ConversationsPage* m_conversations = nullptr;
    PaymentsPage* m_payments = nullptr;
    SettingsPage* m_settings = nullptr;
    FunnelPage* m_funnel = nullptr;
    DocumentsPage* m_documents = nullptr;
    PlaygroundPage* m_playground = nullptr;
    MaintenancePage* m_maintenance = nullptr;
    PlaygroundPanels* m_playgroundPanels = nullptr;
    TrayMonitor* m_tray = nullptr;
    HelpMenu* m_help = nullptr;
    ConnectionIndicator* m_indicator;
};

} // namespace limitless::ui
