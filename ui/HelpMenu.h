#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace limitless::db {
class Database;
}

namespace limitless::ui {

// The window's Help menu: the keyboard shortcuts (F1), About and About Qt.
class HelpMenu : public QObject {
    Q_OBJECT

public:
    HelpMenu(db::Database* database, QMainWindow* window);

    QAction* shortcutsAction() const { return m_shortcuts; }
    QAction* aboutAction() const { return m_about; }

    void showShortcuts();
    void showAbout();

private:
    db::Database* m_database;
    QMainWindow* m_window;
    QAction* m_shortcuts;
    QAction* m_about;
};

} // namespace limitless::ui
