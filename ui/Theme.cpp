#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

// Resources of a static library are only registered when something references them.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace limitless::ui {

namespace {

const char* const StyleSheet = R"(
QListWidget#navigation {
    background: transparent;
    border: none;
    padding: 0 10px;
    outline: 0;
}
QListWidget#navigation::item {
    padding: 7px 8px;
    margin: 1px 0;
    border-radius: 6px;
    color: #343a40;
}
QListWidget#navigation::item:hover { background: #e3e7ee; }
QListWidget#navigation::item:selected { background: #dbe4ff; color: #1c3faa; }
QWidget#navigationPanel { background: #eef0f4; border-right: 1px solid #dde1e6; }
QLabel#brandLabel { color: #212529; font-weight: 600; }
QLabel#pageTitle { color: #212529; }
QLabel#pageSubtitle, QLabel#emptyText, QLabel#placeholderText { color: #6c757d; }
QLabel#emptyTitle, QLabel#placeholderTitle { color: #343a40; }
QFrame#banner[kind="info"] { background: #edf2ff; border: 1px solid #bac8ff; border-radius: 6px; }
QFrame#banner[kind="error"] { background: #fff5f5; border: 1px solid #ffc9c9; border-radius: 6px; }
QFrame#banner QLabel { background: transparent; border: none; color: #212529; }
QTableView {
    border: 1px solid #dee2e6;
    border-radius: 6px;
    gridline-color: #eceff3;
    selection-background-color: #dbe4ff;
    selection-color: #1c3faa;
}
QHeaderView::section {
    background: #f8f9fa;
    color: #495057;
    border: none;
    border-bottom: 1px solid #dee2e6;
    padding: 6px 4px;
    font-weight: 600;
}
QFrame#dropZone { background: #ffffff; border: 2px dashed #bac8ff; border-radius: 8px; }
QFrame#dropZone[hovering="true"] { background: #edf2ff; border: 2px dashed #3b5bdb; }
QFrame#dropZone QLabel { background: transparent; border: none; }
QLabel#dropZoneHint { color: #6c757d; }
QFrame#duplicateQuestion, QFrame#passwordQuestion {
    background: #fff9db;
    border: 1px solid #ffe066;
    border-radius: 6px;
}
QFrame#duplicateQuestion QLabel, QFrame#passwordQuestion QLabel { background: transparent; border: none; }
QScrollArea#documentDetailsScroll { background: #ffffff; border: 1px solid #dee2e6; border-radius: 6px; }
QWidget#documentDetailsContent { background: #ffffff; }
QLabel#detailsError {
    color: #c92a2a;
    background: #fff5f5;
    border: 1px solid #ffc9c9;
    border-radius: 6px;
    padding: 6px;
}
QLabel#detailsChanges { background: #ebfbee; border: 1px solid #b2f2bb; border-radius: 6px; padding: 6px; }
QListWidget#uploadActivity { border: 1px solid #dee2e6; border-radius: 6px; background: #ffffff; }
QStatusBar { background: #f1f3f5; border-top: 1px solid #dee2e6; }
QStatusBar::item { border: none; }
)";

} // namespace

void Theme::initResources()
{
    initUiResources();
}

void Theme::apply(QApplication& app)
{
    initResources();
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);

    // A light palette regardless of the desktop's theme: the style rules above assume it.
    QPalette p;
    const QColor text(0x21, 0x25, 0x29);
    const QColor muted(0x86, 0x8e, 0x96);
    p.setColor(QPalette::Window, QColor(0xf8, 0xf9, 0xfa));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Button, QColor(0xf1, 0xf3, 0xf5));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe9, 0xec, 0xef));
    p.setColor(QPalette::Mid, QColor(0xce, 0xd4, 0xda));
    p.setColor(QPalette::Dark, QColor(0xad, 0xb5, 0xbd));
    p.setColor(QPalette::Shadow, QColor(0x49, 0x50, 0x57));
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x5b, 0xdb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x3b, 0x5b, 0xdb));
    p.setColor(QPalette::ToolTipBase, Qt::white);
    p.setColor(QPalette::ToolTipText, text);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, muted);
    QApplication::setPalette(p);
    app.setStyleSheet(QString::fromLatin1(StyleSheet));
}

} // namespace limitless::ui
