#pragma once

#include <QDialog>
#include <QKeySequence>

class QTableWidget;

namespace limitless::ui {

// Help → Keyboard shortcuts: generated from the window's actual QActions (and the QShortcuts that
// describe themselves with whatsThis), not a hand-written list, so it cannot go stale. Listed as
// the sidebar lists the pages.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    struct Entry {
        QString where; // the page the shortcut works on; "Everywhere" for the window's own
        QString what;
        QList<QKeySequence> keys;
    };
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    // The shortcuts of `window` and its descendants: the window's own first, then page by page
    // in the navigation's order (the pages of the QStackedWidget named "pages"), then the rest.
    static QList<Entry> collect(QWidget* window);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace limitless::ui
