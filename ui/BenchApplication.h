#pragma once

#include <QApplication>
#include <QString>

namespace limitless::ui {

// The application object of a benchmark that times the dashboard's own widgets
// (limitless-bench-live, limitless-bench-playground): offscreen unless QT_QPA_PLATFORM names
// a platform, settings of its own under `name` (a run must not change the owner's window
// layout, last page or playground settings), the app's translations and theme.
class BenchApplication : public QApplication {
public:
    BenchApplication(int& argc, char** argv, const QString& name);

private:
    // Sets QT_QPA_PLATFORM before QApplication's constructor reads it; returns argc.
    static int& offscreenUnlessSet(int& argc);
};

} // namespace limitless::ui
