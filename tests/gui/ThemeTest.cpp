// The theme at run time: the custom-painted views and the empty states in the dark scheme, a live
// switch of Settings → Appearance (and of the desktop's scheme while it is System) reaching every
// open page, the choice kept, and the keyboard shortcuts listed in the sidebar's order.
#include "Theme.h"
#include "AgentGraphView.h"
#include "Appearance.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PlaygroundPage.h"
#include "SettingsPage.h"
#include "ShortcutsDialog.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QScopeGuard>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QWindow>

using namespace limitless;
using ui::Appearance;
using ui::MainWindow;
using ui::Theme;

namespace {

QApplication& application()
{
    return *qobject_cast<QApplication*>(QCoreApplication::instance());
}

// The share of `image`'s pixels in `area` lighter than `lightness` (0…255).
double lightShare(const QImage& image, QRect area, int lightness)
{
    area = area.intersected(image.rect());
    int light = 0, n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            if (QColor(image.pixel(x, y)).lightness() > lightness)
                ++light;
            ++n;
        }
    return n ? double(light) / n : 0;
}

int meanLightness(const QImage& image, QRect area)
{
    area = area.intersected(image.rect());
    long sum = 0;
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); y += 2)
        for (int x = area.left(); x <= area.right(); x += 2) {
            sum += QColor(image.pixel(x, y)).lightness();
            ++n;
        }
    return n ? int(sum / n) : 0;
}

// Counts the paint events `watched` receives.
class PaintCounter : public QObject {
public:
    explicit PaintCounter(QObject* watched) { watched->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

// LIMITLESS_THEME as the test run had it, put back at the end.
struct ThemeVariable {
    QByteArray saved = qgetenv("LIMITLESS_THEME");
    bool was = qEnvironmentVariableIsSet("LIMITLESS_THEME");
    ThemeVariable() { qunsetenv("LIMITLESS_THEME"); }
    ~ThemeVariable()
    {
        if (was)
            qputenv("LIMITLESS_THEME", saved);
        else
            qunsetenv("LIMITLESS_THEME");
        Theme::apply(application(), Theme::Scheme::Light);
    }
};

// The inside of a node's box below its text: only the box's fill.
QRect boxFillStrip(const ui::AgentGraphView& view, const QString& node)
{
    const QRect box = view.nodeRect(node);
    return QRect(box.left() + 12, box.bottom() - 5, box.width() - 24, 3);
}

} // namespace

TEST_CASE("Dark theme: the agent graph and the campaigns empty state paint no light surfaces",
          "[gui][db]")
{
    test::IsolatedSettings settings;
    ThemeVariable variable;
    Theme::apply(application(), Theme::Scheme::Dark);

    // The graph on its own at its natural size (scale 1, no offset: node rects are pixels).
    ui::AgentGraphView graph;
    graph.setCurrentNode(QStringLiteral("pitch"));
    graph.setPitchVariant(QStringLiteral("warm"));
    graph.setTurnPath({QStringLiteral("qualify"), QStringLiteral("pitch")}, {});
    graph.resize(graph.sizeHint());
    graph.show();
    REQUIRE(QTest::qWaitForWindowExposed(&graph));
    REQUIRE(graph.nodeIds().size() >= 4);
    QImage image = graph.grab().toImage();
    REQUIRE(image.size() == graph.sizeHint());
    for (const QString& node : graph.nodeIds()) {
        INFO(node.toStdString());
        if (node == graph.currentNode())
            continue; // the highlight's fill, checked below
        CHECK(lightShare(image, boxFillStrip(graph, node), 140) == 0.0);
    }
    // The current node is the highlight, not a light blue or white.
    CHECK(lightShare(image, boxFillStrip(graph, QStringLiteral("pitch")), 200) == 0.0);
    // The whole view: dark, with light only in thin text and lines.
    CHECK(meanLightness(image, image.rect()) < 70);
    CHECK(lightShare(image, image.rect(), 200) < 0.04);

    // The same view in the light scheme: the box fills were the palette's, not fixed dark ones.
    Theme::apply(application(), Theme::Scheme::Light);
    graph.update();
    QTest::qWait(50);
    image = graph.grab().toImage();
    CHECK(lightShare(image, boxFillStrip(graph, QStringLiteral("close")), 200) == 1.0);
    graph.hide();

    // The campaigns empty state of an owner with nothing yet, in the dark scheme.
    Theme::apply(application(), Theme::Scheme::Dark);
    db::Database db;
    test::openAsStranger(db);
    MainWindow window(&db);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* icon = window.page(MainWindow::Page::Campaigns)->findChild<QLabel*>("emptyIcon");
    REQUIRE(icon);
    REQUIRE(QTest::qWaitFor([&] { return icon->isVisible(); }, 10000));
    const QImage iconImage = icon->grab().toImage();
    CHECK(lightShare(iconImage, iconImage.rect(), 190) == 0.0);
    // Its circle is a dark tint, not the light scheme's pale blue.
    const QPoint centre = iconImage.rect().center();
    CHECK(QColor(iconImage.pixel(centre.x(), centre.y() + 30)).lightness() < 90);
    test::saveScreenshot(window, QStringLiteral("dark-campaigns-empty"));

    window.showPage(MainWindow::Page::AgentPlayground);
    auto* playground = window.playgroundPage();
    playground->showTab(ui::PlaygroundPage::Tab::Graph);
    playground->graphView()->setCurrentNode(QStringLiteral("pitch"));
    playground->graphView()->setPitchVariant(QStringLiteral("warm"));
    playground->graphView()->setTurnPath({QStringLiteral("qualify"), QStringLiteral("pitch")}, {});
    QTest::qWait(200);
    const QImage inPage = playground->graphView()->grab().toImage();
    CHECK(meanLightness(inPage, inPage.rect()) < 70);
    CHECK(lightShare(inPage, inPage.rect(), 200) < 0.04);
    test::saveScreenshot(window, QStringLiteral("dark-playground-graph"));
}

TEST_CASE("Theme: Settings → Appearance switches open pages live and the choice persists",
          "[gui][db]")
{
    test::IsolatedSettings settings;
    ThemeVariable variable;
    Appearance& appearance = Appearance::instance();
    appearance.setMode(Appearance::Mode::Light);
    appearance.apply();

    db::Database db;
    test::openAsStranger(db);
    MainWindow window(&db);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(200);
    QWidget* campaigns = window.page(MainWindow::Page::Campaigns);
    QWidget* conversations = window.page(MainWindow::Page::Conversations);
    auto* icon = campaigns->findChild<QLabel*>("emptyIcon");
    REQUIRE(icon);
    REQUIRE(QTest::qWaitFor([&] { return icon->isVisible(); }, 10000));
    const QRect pageArea(400, 300, 600, 300);
    CHECK(meanLightness(window.grab().toImage(), pageArea) > 200);
    CHECK(conversations->styleSheet().contains(QLatin1String("#ffffff")));
    CHECK(lightShare(icon->grab().toImage(), icon->rect(), 230) > 0.2);

    // Dark, chosen on the Settings page: every open page takes the palette and repaints.
    auto* combo = window.settingsPage()->appearanceCombo();
    PaintCounter paints(campaigns);
    combo->setCurrentIndex(combo->findData(int(Appearance::Mode::Dark)));
    QTest::qWait(200);
    CHECK(paints.count > 0);
    CHECK(Theme::isDark(campaigns->palette()));
    CHECK(Theme::isDark(conversations->palette()));
    CHECK(Theme::isDark(window.playgroundPage()->graphView()->palette()));
    CHECK(meanLightness(window.grab().toImage(), pageArea) < 90);
    CHECK_FALSE(conversations->styleSheet().contains(QLatin1String("#ffffff")));
    CHECK(lightShare(icon->grab().toImage(), icon->rect(), 190) == 0.0);
    CHECK(appearance.appliedScheme() == Theme::Scheme::Dark);

    // Kept: in the settings, in a new Settings page, in what the next start applies.
    CHECK(QSettings().value(QLatin1String(Appearance::SettingsKey)).toString() == "dark");
    CHECK(appearance.mode() == Appearance::Mode::Dark);
    CHECK(appearance.scheme() == Theme::Scheme::Dark);
    {
        ui::SettingsPage fresh;
        CHECK(fresh.appearanceCombo()->currentData().toInt() == int(Appearance::Mode::Dark));
    }

    // And back to light.
    paints.count = 0;
    appearance.setMode(Appearance::Mode::Light);
    QTest::qWait(200);
    CHECK(paints.count > 0);
    CHECK(combo->currentData().toInt() == int(Appearance::Mode::Light));
    CHECK_FALSE(Theme::isDark(campaigns->palette()));
    CHECK(meanLightness(window.grab().toImage(), pageArea) > 200);
    CHECK(conversations->styleSheet().contains(QLatin1String("#ffffff")));
    CHECK(QSettings().value(QLatin1String(Appearance::SettingsKey)).toString() == "light");

    // System: the desktop's scheme, read again when the desktop says its theme changed (Qt
    // sends ThemeChange to the windows). LIMITLESS_THEME stands in for a dark desktop here.
    appearance.setMode(Appearance::Mode::System);
    CHECK_FALSE(Theme::isDark(campaigns->palette())); // the offscreen platform is light
    qputenv("LIMITLESS_THEME", "dark");
    QEvent themeChange(QEvent::ThemeChange);
    QCoreApplication::sendEvent(window.windowHandle(), &themeChange);
    REQUIRE(QTest::qWaitFor([&] { return Theme::isDark(campaigns->palette()); }, 10000));
    CHECK(meanLightness(window.grab().toImage(), pageArea) < 90);
    // Our own dark palette is not mistaken for a dark desktop.
    qunsetenv("LIMITLESS_THEME");
    CHECK(Theme::systemScheme() == Theme::Scheme::Light);
    QCoreApplication::sendEvent(window.windowHandle(), &themeChange);
    REQUIRE(QTest::qWaitFor([&] { return !Theme::isDark(campaigns->palette()); }, 10000));

    // LIMITLESS_THEME overrides the owner's choice too.
    qputenv("LIMITLESS_THEME", "dark");
    appearance.setMode(Appearance::Mode::Light);
    CHECK(Theme::isDark(campaigns->palette()));
    qunsetenv("LIMITLESS_THEME");
    appearance.setMode(Appearance::Mode::Light);
    CHECK_FALSE(Theme::isDark(campaigns->palette()));
}

TEST_CASE("Theme-independent: the keyboard shortcuts are listed in the sidebar's order",
          "[gui][db]")
{
    test::IsolatedSettings settings;
    Theme::apply(application(), Theme::Scheme::Light);
    db::Database db;
    test::openAsStranger(db);
    MainWindow window(&db);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QStringList sidebar;
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    for (int i = 0; i < navigation->count(); ++i)
        sidebar << navigation->item(i)->text();
    const QString everywhere = ui::ShortcutsDialog::tr("Everywhere");

    const auto entries = ui::ShortcutsDialog::collect(&window);
    REQUIRE_FALSE(entries.isEmpty());
    // The window's own first…
    int i = 0;
    while (i < entries.size() && entries.at(i).where == everywhere)
        ++i;
    CHECK(i >= sidebar.size()); // at least the "Go to" of each page
    for (int j = i; j < entries.size(); ++j)
        CHECK(entries.at(j).where != everywhere);
    // …then the pages as the sidebar lists them.
    QStringList pagesListed;
    for (int j = i; j < entries.size(); ++j) {
        const QString& where = entries.at(j).where;
        if (sidebar.contains(where) && (pagesListed.isEmpty() || pagesListed.last() != where))
            pagesListed << where;
    }
    INFO(pagesListed.join(QStringLiteral(", ")).toStdString());
    CHECK(pagesListed.size() >= 3);
    QStringList inSidebarOrder = pagesListed;
    std::stable_sort(inSidebarOrder.begin(), inSidebarOrder.end(),
                     [&](const QString& a, const QString& b) {
                         return sidebar.indexOf(a) < sidebar.indexOf(b);
                     });
    CHECK(pagesListed.join(QStringLiteral(", ")).toStdString() ==
          inSidebarOrder.join(QStringLiteral(", ")).toStdString());
    CHECK(pagesListed.removeDuplicates() == 0); // each page in one block

    // The dialog shows them in that order.
    ui::ShortcutsDialog dialog(&window);
    REQUIRE(dialog.table()->rowCount() == int(entries.size()));
    for (int r = 0; r < entries.size(); ++r)
        CHECK(dialog.table()->item(r, 0)->text() == entries.at(r).where);
}
