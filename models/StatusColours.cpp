#include "StatusColours.h"

#include <QGuiApplication>
#include <QPalette>

namespace limitless::models {

bool StatusColours::darkPalette()
{
    const QPalette p = QGuiApplication::palette();
    return p.color(QPalette::Base).lightness() < p.color(QPalette::Text).lightness();
}

QColor StatusColours::good()
{
    return darkPalette() ? QColor(0x69, 0xdb, 0x7c) : QColor(0x2b, 0x8a, 0x3e);
}

QColor StatusColours::bad()
{
    return darkPalette() ? QColor(0xff, 0xa8, 0xa8) : QColor(0xc9, 0x2a, 0x2a);
}

QColor StatusColours::quiet()
{
    return QGuiApplication::palette().color(QPalette::PlaceholderText);
}

QColor StatusColours::emphasis()
{
    // The highlight a quarter of the way in from the base: a tint in either scheme, text stays
    // legible on it.
    const QPalette p = QGuiApplication::palette();
    const QColor base = p.color(QPalette::Base);
    const QColor accent = p.color(QPalette::Highlight);
    const auto channel = [](int a, int b) { return a + (b - a) / 4; };
    return QColor(channel(base.red(), accent.red()), channel(base.green(), accent.green()),
                  channel(base.blue(), accent.blue()));
}

} // namespace limitless::models
