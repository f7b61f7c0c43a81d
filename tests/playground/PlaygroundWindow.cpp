#include "PlaygroundWindow.h"

#include "DemoDatabase.h"
#include "TestDatabase.h"

#include "MainWindow.h"
#include "PlaygroundPage.h"
#include "Theme.h"
#include "agent/PlaygroundSession.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QSplitter>
#include <QTest>

namespace limitless::test {

bool waitLong(const std::function<bool()>& done, int ms)
{
    return QTest::qWaitFor(done, ms);
}

EnglishLooks::EnglishLooks()
{
    ui::Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

EnglishLooks::~EnglishLooks()
{
    QLocale::setDefault(previous);
}

PlaygroundWindow::PlaygroundWindow(const QString& name, const QList<int>& paneSizes)
    : url(demoDatabaseUrl(name)), admin(connect(url))
{
    database.open(url);
    REQUIRE(waitLong([&] { return database.state() == db::ConnectionState::Connected; }));
    window = std::make_unique<ui::MainWindow>(&database);
    window->resize(1440, 900);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->showPage(ui::MainWindow::Page::AgentPlayground);
    page = window->playgroundPage();
    panels = window->playgroundPanels();
    REQUIRE(page);
    REQUIRE(panels);
    if (auto* split = page->findChild<QSplitter*>(QStringLiteral("playgroundSplitter")))
        split->setSizes(paneSizes);
    REQUIRE(waitLong([&] { return page->session()->isReady(); }));
}

PlaygroundWindow::~PlaygroundWindow()
{
    window.reset(); // before the database it shows
}

} // namespace limitless::test
