#pragma once

#include "analytics/SalesAlerts.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QMenu;
class QWidget;

namespace limitless::db {
class Database;
}

namespace limitless::ui {

// The system-tray icon: desktop notifications when a lead qualifies and when a payment
// completes (each switchable in Settings: QSettings `notifications/qualified` and
// `notifications/paymentCompleted`, on by default), clicking one opens that conversation, and
// the dashboard keeps monitoring from the tray after its window is closed.
class TrayMonitor : public QObject {
    Q_OBJECT

public:
    static constexpr const char* QualifiedKey = "notifications/qualified";
    static constexpr const char* PaymentCompletedKey = "notifications/paymentCompleted";

    TrayMonitor(db::Database* database, QWidget* window, QObject* parent = nullptr);
    ~TrayMonitor() override;

    // False on desktops without a tray; then closing the window quits as usual.
    bool isAvailable() const;
    analytics::SalesAlerts* alerts() const { return m_alerts; }
    // The last notification shown (title, text) and its conversation, for tests.
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }
    QString lastConversationId() const { return m_lastConversation; }

    static bool isEnabled(analytics::SalesAlerts::Kind kind);

signals:
    void openConversationRequested(const QString& conversationId);
    void showWindowRequested();

public slots:
    // Shows the alert as a desktop notification when its kind is switched on.
    void notify(const limitless::analytics::SalesAlerts::Alert& alert);
    // Called when the notification bubble is clicked.
    void openLastConversation();

private:
    QPointer<QWidget> m_window;
    analytics::SalesAlerts* m_alerts;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    QString m_lastTitle, m_lastMessage, m_lastConversation;
};

} // namespace limitless::ui
