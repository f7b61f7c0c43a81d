#include "Theme.h"

#include "ThemedIconEngine.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

// Resources of a static library are only registered when something references them.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace limitless::ui {

namespace {

// Dynamic properties that let apply() redo a widget's scheme-dependent look.
const char* const LightSheetProperty = "limitlessLightStyleSheet";
const char* const IconPathProperty = "limitlessIconPath";
const char* const IconSizeProperty = "limitlessIconSize";

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

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

QColor Theme::mix(const QColor& from, const QColor& to, qreal amount)
{
    const auto channel = [amount](int a, int b) { return qRound(a + (b - a) * amount); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()),
                  channel(from.blue(), to.blue()));
}

Theme::Scheme Theme::systemScheme()
{
    // LIMITLESS_THEME=dark|light overrides the desktop (screenshots, a user's preference).
    const QByteArray forced = qgetenv("LIMITLESS_THEME").toLower();
    if (forced == "dark")
        return Scheme::Dark;
    if (forced == "light")
        return Scheme::Light;
    // Qt 6.4 has no colour-scheme API: the platform theme's palette (GNOME, KDE, Windows and
    // macOS dark modes all give one) tells a dark desktop by light text on a dark window. Once
    // apply() has set our palette, QGuiApplication::palette() is ours; an application palette
    // that sets no role is the platform's, so the platform's is read that way and ours put back.
    const QPalette applied = QGuiApplication::palette();
    QPalette unset = applied;
    unset.setResolveMask(0);
    QGuiApplication::setPalette(unset);
    const bool dark = isDark(QGuiApplication::palette());
    QGuiApplication::setPalette(applied);
    return dark ? Scheme::Dark : Scheme::Light;
}

Theme::Scheme Theme::currentScheme()
{
    return isDark(QGuiApplication::palette()) ? Scheme::Dark : Scheme::Light;
}

void Theme::setAdaptedStyleSheet(QWidget* widget, const QString& lightSheet)
{
    widget->setProperty(LightSheetProperty, lightSheet);
    widget->setStyleSheet(adapt(lightSheet, currentScheme()));
}

QIcon Theme::icon(const QString& resourcePath)
{
    initResources();
    return QIcon(new ThemedIconEngine(resourcePath));
}

void Theme::setIconPixmap(QLabel* label, const QString& resourcePath, const QSize& size)
{
    label->setProperty(IconPathProperty, resourcePath);
    label->setProperty(IconSizeProperty, size);
    label->setPixmap(icon(resourcePath).pixmap(size, label->devicePixelRatioF()));
}

QPalette Theme::palette(Scheme scheme)
{
    QPalette p;
    const bool dark = scheme == Scheme::Dark;
    const QColor text = dark ? QColor(0xe9, 0xec, 0xef) : QColor(0x21, 0x25, 0x29);
    const QColor muted = dark ? QColor(0x90, 0x98, 0xa0) : QColor(0x86, 0x8e, 0x96);
    const QColor base = dark ? QColor(0x1a, 0x1d, 0x21) : QColor(Qt::white);
    p.setColor(QPalette::Window, dark ? QColor(0x21, 0x24, 0x28) : QColor(0xf8, 0xf9, 0xfa));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, dark ? QColor(0x22, 0x26, 0x2b) : QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Button, dark ? QColor(0x2a, 0x2e, 0x33) : QColor(0xf1, 0xf3, 0xf5));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, dark ? QColor(0x3a, 0x3f, 0x45) : QColor(Qt::white));
    p.setColor(QPalette::Midlight, dark ? QColor(0x31, 0x35, 0x3b) : QColor(0xe9, 0xec, 0xef));
    p.setColor(QPalette::Mid, dark ? QColor(0x45, 0x4b, 0x52) : QColor(0xce, 0xd4, 0xda));
    p.setColor(QPalette::Dark, dark ? QColor(0x15, 0x17, 0x1a) : QColor(0xad, 0xb5, 0xbd));
    p.setColor(QPalette::Shadow, dark ? QColor(Qt::black) : QColor(0x49, 0x50, 0x57));
    p.setColor(QPalette::Highlight, dark ? QColor(0x4c, 0x6e, 0xf5) : QColor(0x3b, 0x5b, 0xdb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, dark ? QColor(0x91, 0xa7, 0xff) : QColor(0x3b, 0x5b, 0xdb));
    p.setColor(QPalette::ToolTipBase, dark ? QColor(0x2a, 0x2e, 0x33) : QColor(Qt::white));
    p.setColor(QPalette::ToolTipText, text);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dark ? QColor(0x6c, 0x75, 0x7d) : muted);
    return p;
}

QString Theme::adapt(const QString& lightSheet, Scheme scheme)
{
    if (scheme == Scheme::Light)
        return lightSheet;
    // The same rules in dark: each light colour of the style rules has its dark counterpart.
    static const QList<std::pair<const char*, const char*>> dark = {
        {"#1c3faa", "#bac8ff"}, {"#212529", "#e9ecef"}, {"#343a40", "#dee2e6"},
        {"#3b5bdb", "#748ffc"}, {"#495057", "#ced4da"}, {"#6c757d", "#adb5bd"},
        {"#b2f2bb", "#2b6a3a"}, {"#bac8ff", "#3b4a7a"}, {"#c92a2a", "#ffa8a8"},
        {"#dbe4ff", "#2b3a6b"}, {"#dde1e6", "#2c3036"}, {"#dee2e6", "#3a3f45"},
        {"#e3e7ee", "#2c313a"}, {"#ebfbee", "#1d3324"}, {"#eceff3", "#2a2e33"},
        {"#edf2ff", "#1e2640"}, {"#eef0f4", "#1b1e23"}, {"#f1f3f5", "#1f2226"},
        {"#f8f9fa", "#25292e"}, {"#ffc9c9", "#7a3b40"}, {"#ffe066", "#7a6520"},
        {"#fff5f5", "#3a1f22"}, {"#fff9db", "#3a3320"}, {"#ffffff", "#1a1d21"},
        {"#ced4da", "#454b52"}, {"#91a7ff", "#5c7cfa"}, {"#5c3c00", "#ffe8a3"},
        {"#5c4400", "#ffe8a3"}, {"#ffa8a8", "#7a3b40"}, {"#2b8a3e", "#69db7c"},
        {"#69db7c", "#2b6a3a"}, {"#e67700", "#ffa94d"}, {"#b3261e", "#ffa8a8"},
        {"#3451c6", "#5c7cfa"}, {"#a9b8f0", "#3b4a7a"}, {"#e9ecef", "#2a2e33"},
    };
    QString sheet = lightSheet;
    // One pass per colour over the original text, so that a replacement is not replaced again.
    QString out;
    out.reserve(sheet.size());
    for (int i = 0; i < sheet.size();) {
        bool replaced = false;
        if (sheet.at(i) == QLatin1Char('#') && i + 7 <= sheet.size()) {
            const QString colour = sheet.mid(i, 7).toLower();
            for (const auto& [light, darkColour] : dark)
                if (colour == QLatin1String(light)) {
                    out += QLatin1String(darkColour);
                    i += 7;
                    replaced = true;
                    break;
                }
        }
        if (!replaced)
            out += sheet.at(i++);
    }
    return out;
}

QString Theme::adapt(const QString& lightSheet)
{
    return adapt(lightSheet, isDark(QApplication::palette()) ? Scheme::Dark : Scheme::Light);
}

QString Theme::styleSheet(Scheme scheme)
{
    return adapt(QString::fromLatin1(StyleSheet), scheme);
}

void Theme::apply(QApplication& app)
{
    apply(app, systemScheme());
}

void Theme::apply(QApplication& app, Scheme scheme)
{
    initResources();
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(fusion);
    QApplication::setPalette(palette(scheme));
    app.setStyleSheet(styleSheet(scheme));
    // What the palette alone does not reach: style rules and pixmaps made for the old scheme.
    for (QWidget* widget : QApplication::allWidgets()) {
        const QVariant sheet = widget->property(LightSheetProperty);
        if (sheet.isValid())
            widget->setStyleSheet(adapt(sheet.toString(), scheme));
        const QVariant path = widget->property(IconPathProperty);
        if (auto* label = qobject_cast<QLabel*>(widget); label && path.isValid())
            label->setPixmap(icon(path.toString())
                                 .pixmap(label->property(IconSizeProperty).toSize(),
                                         label->devicePixelRatioF()));
    }
}

} // namespace limitless::ui
