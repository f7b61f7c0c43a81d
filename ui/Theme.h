#pragma once

class QApplication;

namespace limitless::ui {

// The app's look: Fusion with a calm light palette and a few style rules for the navigation,
// banners and tables. Applied once to the application (tests apply it before screenshots).
class Theme {
public:
    static void apply(QApplication& app);
    // Makes the icons and other compiled-in resources of this library available; idempotent.
    static void initResources();
};

} // namespace limitless::ui
