#include "HelpMenu.h"

#include "AboutDialog.h"
#include "ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace limitless::ui {

HelpMenu::HelpMenu(db::Database* database, QMainWindow* window)
    : QObject(window), m_database(database), m_window(window)
{
    setObjectName(QStringLiteral("helpMenu"));
    QMenu* menu = window->menuBar()->addMenu(tr("&Help"));
    menu->setObjectName(QStringLiteral("helpMenu"));
    m_shortcuts = menu->addAction(tr("&Keyboard shortcuts"), this, &HelpMenu::showShortcuts);
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    // The window's action, so the key works whichever page has the focus.
    window->addAction(m_shortcuts);
    menu->addSeparator();
    m_about = menu->addAction(tr("&About Limitless OS"), this, &HelpMenu::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void HelpMenu::showShortcuts()
{
    auto* dialog = new ShortcutsDialog(m_window, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HelpMenu::showAbout()
{
    auto* dialog = new AboutDialog(m_database, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace limitless::ui
