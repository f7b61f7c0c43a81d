#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QSize>
#include <QString>

class QApplication;
class QLabel;
class QWidget;

namespace limitless::ui {

// The app's look: Fusion with a calm palette, light or dark, and a few style rules for the
// navigation, banners and tables. Applied to the application at start-up and again whenever the
// scheme changes (Appearance decides which one): apply() also re-adapts the widgets' own style
// rules and icons set through setAdaptedStyleSheet() and setIconPixmap(). Custom-painted views
// take their colours from the palette (mix() for tints), so they follow the scheme on repaint.
class Theme {
public:
    enum class Scheme { Light, Dark };

    // The desktop's scheme (LIMITLESS_THEME=dark|light overrides it): the platform theme's
    // palette, read past the palette the application has set.
    static Scheme systemScheme();
    // The scheme the application's palette is in now.
    static Scheme currentScheme();
    static void apply(QApplication& app);
    static void apply(QApplication& app, Scheme scheme);
    static QPalette palette(Scheme scheme);
    static QString styleSheet(Scheme scheme);
    // A page's own style rules, written in the light scheme's colours, in `scheme`'s (or, without
    // one, the application palette's) colours.
    static QString adapt(const QString& lightSheet, Scheme scheme);
    static QString adapt(const QString& lightSheet);
    // Light text on a dark window.
    static bool isDark(const QPalette& palette);
    // `from` moved `amount` (0…1) of the way towards `to`: tints that work on either scheme.
    static QColor mix(const QColor& from, const QColor& to, qreal amount);
    // `widget`'s own style rules, written in the light scheme's colours, adapted to the current
    // scheme now and again whenever apply() changes it.
    static void setAdaptedStyleSheet(QWidget* widget, const QString& lightSheet);
    // One of our SVG icons (written in light colours) drawn in the current scheme's colours.
    static QIcon icon(const QString& resourcePath);
    // `label` shows icon(resourcePath) at `size`, redrawn when apply() changes the scheme.
    static void setIconPixmap(QLabel* label, const QString& resourcePath, const QSize& size);
    // Makes the icons and other compiled-in resources of this library available; idempotent.
    static void initResources();
};

} // namespace limitless::ui
