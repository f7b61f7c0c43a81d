#pragma once

// The fixture the playground's panel tests share: the main window on a demo database of the
// test's own, the Agent playground shown. Used on the built-in runtime
// (tests/playground/PlaygroundPanelsTest.cpp) and on the LangGraph server
// (tests/lgserver/PanelsServerTest.cpp).
#include "GuiTestSupport.h"

#include "db/Database.h"
#include "db/PgConnection.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <functional>
#include <memory>

namespace limitless::ui {
class MainWindow;
class PlaygroundPage;
class PlaygroundPanels;
} // namespace limitless::ui

namespace limitless::test {

// Waits for `done`, bounded (a playground turn or a replay on a busy machine takes seconds).
bool waitLong(const std::function<bool()>& done, int ms = 60000);

// The app's theme and US English for the fixture's lifetime.
struct EnglishLooks {
    EnglishLooks();
    ~EnglishLooks();
    EnglishLooks(const EnglishLooks&) = delete;
    EnglishLooks& operator=(const EnglishLooks&) = delete;

    QLocale previous;
};

// The main window (1440×900) on demo database `name`, as its only owner, the playground shown
// and its session ready. `paneSizes`: the playground splitter's panes (threads, chat, side
// tabs), as an owner comparing runs would drag them.
struct PlaygroundWindow {
    PlaygroundWindow(const QString& name, const QList<int>& paneSizes);
    ~PlaygroundWindow();
    PlaygroundWindow(const PlaygroundWindow&) = delete;
    PlaygroundWindow& operator=(const PlaygroundWindow&) = delete;

    IsolatedSettings settings;
    EnglishLooks looks;
    QString url;
    std::unique_ptr<db::PgConnection> admin;
    db::Database database;
    std::unique_ptr<ui::MainWindow> window;
    ui::PlaygroundPage* page = nullptr;
    ui::PlaygroundPanels* panels = nullptr;
};

} // namespace limitless::test
