#include "Appearance.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>

namespace limitless::ui {

Appearance& Appearance::instance()
{
    static Appearance* appearance = nullptr;
    if (!appearance) {
        appearance = new Appearance(QCoreApplication::instance());
        connect(appearance, &QObject::destroyed, [] { appearance = nullptr; });
    }
    return *appearance;
}

Appearance::Appearance(QObject* parent) : QObject(parent)
{
    setObjectName(QStringLiteral("appearance"));
    m_themeChanged.setSingleShot(true);
    m_themeChanged.setInterval(0);
    connect(&m_themeChanged, &QTimer::timeout, this, &Appearance::follow);
}

QString Appearance::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Mode Appearance::modeFromKey(const QString& key)
{
    if (key == QLatin1String("light"))
        return Mode::Light;
    if (key == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

Appearance::Mode Appearance::mode() const
{
    return modeFromKey(QSettings().value(QLatin1String(SettingsKey)).toString());
}

void Appearance::setMode(Mode mode)
{
    const bool changed = mode != this->mode();
    QSettings().setValue(QLatin1String(SettingsKey), modeKey(mode));
    if (changed)
        emit modeChanged(mode);
    follow();
}

Theme::Scheme Appearance::scheme() const
{
    const QByteArray forced = qgetenv("LIMITLESS_THEME").toLower();
    if (forced == "dark" || forced == "light")
        return Theme::systemScheme(); // which reads the override
    switch (mode()) {
    case Mode::Light:
        return Theme::Scheme::Light;
    case Mode::Dark:
        return Theme::Scheme::Dark;
    case Mode::System:
        break;
    }
    return Theme::systemScheme();
}

void Appearance::apply()
{
    if (!m_following) {
        qApp->installEventFilter(this);
        m_following = true;
    }
    applyScheme(scheme());
}

void Appearance::follow()
{
    const Theme::Scheme wanted = scheme();
    if (wanted != m_applied || wanted != Theme::currentScheme())
        applyScheme(wanted);
}

void Appearance::applyScheme(Theme::Scheme scheme)
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app)
        return;
    const bool changed = scheme != m_applied;
    Theme::apply(*app, scheme);
    m_applied = scheme;
    if (changed)
        emit schemeChanged(scheme);
}

bool Appearance::eventFilter(QObject* watched, QEvent* event)
{
    // The desktop's theme changed: read its scheme again once the burst of events is over.
    if (event->type() == QEvent::ThemeChange && (watched->isWindowType() || watched == qApp))
        m_themeChanged.start();
    return QObject::eventFilter(watched, event);
}

} // namespace limitless::ui
