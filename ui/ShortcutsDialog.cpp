#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace limitless::ui {

namespace {

// The page (or other part) a shortcut belongs to: the nearest widget above it that has a title
// and is not the window itself.
QString placeOf(QObject* object, QWidget* window)
{
    for (QObject* o = object->parent(); o && o != window; o = o->parent())
        if (auto* w = qobject_cast<QWidget*>(o); w && !w->windowTitle().isEmpty())
            return w->windowTitle();
    return ShortcutsDialog::tr("Everywhere");
}

// Where `object`'s page is in the navigation (the index of the page of `pages` it is on), or
// `pages`' count for something on no page.
int pageRank(QObject* object, QStackedWidget* pages)
{
    if (!pages)
        return 0;
    for (QObject* o = object->parent(); o; o = o->parent())
        if (auto* w = qobject_cast<QWidget*>(o); w && w->parentWidget() == pages)
            return pages->indexOf(w);
    return pages->count();
}

QString plainText(QString text)
{
    // "&Undo" → "Undo"; "&&" stays one ampersand.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.trimmed();
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(QWidget* window)
{
    auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QList<std::pair<int, Entry>> ranked; // -1: the window's own
    const QString everywhere = tr("Everywhere");
    const auto add = [&](QObject* object, Entry entry) {
        const int rank = entry.where == everywhere ? -1 : pageRank(object, pages);
        ranked.append({rank, std::move(entry)});
    };
    QSet<QObject*> seen;
    QList<QAction*> actions = window->actions();
    actions += window->findChildren<QAction*>();
    for (QAction* a : std::as_const(actions)) {
        if (seen.contains(a) || a->shortcuts().isEmpty() || a->isSeparator())
            continue;
        seen.insert(a);
        add(a, {placeOf(a, window), plainText(a->text()), a->shortcuts()});
    }
    for (QShortcut* s : window->findChildren<QShortcut*>()) {
        if (s->whatsThis().isEmpty() || s->key().isEmpty())
            continue;
        add(s, {placeOf(s, window), s->whatsThis(), {s->key()}});
    }
    // The window's own shortcuts first, then page by page as the sidebar lists them; within a
    // page, in the order the page created them.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<Entry> entries;
    entries.reserve(ranked.size());
    for (auto& [rank, entry] : ranked)
        entries.append(std::move(entry));
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));

    const QList<Entry> entries = collect(window);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Keys")});
    m_table->setRowCount(int(entries.size()));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    for (int r = 0; r < entries.size(); ++r) {
        const Entry& e = entries.at(r);
        QStringList keys;
        for (const QKeySequence& k : e.keys)
            keys << k.toString(QKeySequence::NativeText);
        m_table->setItem(r, 0, new QTableWidgetItem(e.where));
        m_table->setItem(r, 1, new QTableWidgetItem(e.what));
        m_table->setItem(r, 2, new QTableWidgetItem(keys.join(tr(" or "))));
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(520, 420);
}

} // namespace limitless::ui
