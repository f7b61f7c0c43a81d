#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QApplication;

namespace limitless::ui {

// The app's look: Fusion with a calm palette, light or dark as the desktop is, and a few style
// rules for the navigation, banners and tables. Applied once to the application (tests apply it
// before screenshots). Custom-painted views take their colours from the palette (mix() for
// tints), so they follow the scheme.
class Theme {
public:
    enum class Scheme { Light, Dark };

    // The desktop's scheme (LIMITLESS_THEME=dark|light overrides it).
    static Scheme systemScheme();
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
    // Makes the icons and other compiled-in resources of this library available; idempotent.
    static void initResources();
};

} // namespace limitless::ui
