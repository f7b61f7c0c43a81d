#pragma once

#include "Theme.h"

#include <QObject>
#include <QTimer>

namespace limitless::ui {

// Which scheme the app shows and when it changes: the owner's choice in Settings (System, Light
// or Dark, kept in QSettings under `appearance/scheme`), the desktop's scheme while that choice
// is System, and LIMITLESS_THEME=dark|light over both (screenshots and tests). Following the
// desktop needs no Qt 6.5 colour-scheme API: Qt 6.4 sends QEvent::ThemeChange to the windows when
// the platform theme changes, and the scheme is then read again from the platform's palette.
// A change is applied at once through Theme::apply(), so open pages repaint in the new palette.
class Appearance : public QObject {
    Q_OBJECT

public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    static constexpr const char* SettingsKey = "appearance/scheme";

    // The application's one instance (created on first use, owned by the application).
    static Appearance& instance();

    // The stored choice (System when none or an unknown value is stored).
    Mode mode() const;
    // Stores the choice and applies it.
    void setMode(Mode mode);
    // The scheme to show now: LIMITLESS_THEME, else the choice, else the desktop's.
    Theme::Scheme scheme() const;
    // Applies scheme() to the application (whatever was applied before) and from now on follows
    // the desktop's changes.
    void apply();
    // The scheme last applied through this object.
    Theme::Scheme appliedScheme() const { return m_applied; }

    static QString modeKey(Mode mode);
    static Mode modeFromKey(const QString& key);

signals:
    void modeChanged(limitless::ui::Appearance::Mode mode);
    void schemeChanged(limitless::ui::Theme::Scheme scheme);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit Appearance(QObject* parent);
    // Applies scheme() when it differs from what is applied.
    void follow();
    void applyScheme(Theme::Scheme scheme);

    Theme::Scheme m_applied = Theme::Scheme::Light;
    bool m_following = false;
    // One re-read for the burst of ThemeChange events (one per window) a desktop change sends.
    QTimer m_themeChanged;
};

} // namespace limitless::ui
