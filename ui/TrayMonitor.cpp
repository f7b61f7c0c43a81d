#include "TrayMonitor.h"

#include "core/Handle.h"
#include "payments/Money.h"

#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>

namespace limitless::ui {

using analytics::SalesAlerts;

TrayMonitor::TrayMonitor(db::Database* database, QWidget* window, QObject* parent)
    : QObject(parent), m_window(window), m_alerts(new SalesAlerts(database, this))
{
    connect(m_alerts, &SalesAlerts::alert, this, &TrayMonitor::notify);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/app.svg")), this);
    m_tray->setToolTip(tr("Limitless OS — monitoring new leads and payments"));
    m_menu = new QMenu;
    m_menu->addAction(tr("Open dashboard"), this, &TrayMonitor::showWindowRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), qApp, &QCoreApplication::quit);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit showWindowRequested();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayMonitor::openLastConversation);
    m_tray->show();
    // The window's close button hides it into the tray; "Quit" in the tray menu ends the app.
    QApplication::setQuitOnLastWindowClosed(false);
}

TrayMonitor::~TrayMonitor()
{
    delete m_menu;
}

bool TrayMonitor::isAvailable() const
{
    return m_tray != nullptr;
}

bool TrayMonitor::isEnabled(SalesAlerts::Kind kind)
{
    const QSettings settings;
    return settings
        .value(QString::fromLatin1(kind == SalesAlerts::Kind::Qualified ? QualifiedKey
                                                                        : PaymentCompletedKey),
               true)
        .toBool();
}

void TrayMonitor::notify(const SalesAlerts::Alert& alert)
{
    if (!isEnabled(alert.kind))
        return;
    const QString who = alert.instagramHandle.isEmpty()
                            ? tr("A lead")
                            : core::instagramHandle(alert.instagramHandle);
    if (alert.kind == SalesAlerts::Kind::Qualified) {
        m_lastTitle = tr("Lead qualified");
        m_lastMessage = tr("%1 qualified (%2).").arg(who, alert.campaignName);
    } else {
        m_lastTitle = tr("Payment completed");
        m_lastMessage =
            alert.amountCents >= 0
                ? tr("%1 paid %2 (%3).")
                      .arg(who, payments::Money::format(alert.amountCents, alert.currency),
                           alert.campaignName)
                : tr("%1 paid (%2).").arg(who, alert.campaignName);
    }
    m_lastConversation = alert.conversationId;
    if (m_tray)
        m_tray->showMessage(m_lastTitle, m_lastMessage, QSystemTrayIcon::Information, 8000);
}

void TrayMonitor::openLastConversation()
{
    emit showWindowRequested();
    if (!m_lastConversation.isEmpty())
        emit openConversationRequested(m_lastConversation);
}

} // namespace limitless::ui
