// The finish an owner expects: Help → About with the versions of everything the app talks to,
// the keyboard shortcuts generated from the window's actions, and an accessible name on every
// control of every page. Screenshots go to <build>/screenshots/ for review.
#include "AboutDialog.h"
#include "ChatBubbleDelegate.h"
#include "GuiTestSupport.h"
#include "HelpMenu.h"
#include "MainWindow.h"
#include "PlaygroundPage.h"
#include "ShortcutsDialog.h"
#include "TestDatabase.h"
#include "Theme.h"
#include "TranscriptModel.h"

#include "core/Translations.h"
#include "db/PgConnection.h"
#include "db/VersionInfo.h"
#include "payments/Money.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>

using namespace limitless;
using ui::MainWindow;

namespace {

void applyTheme()
{
    ui::Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
}

const QList<MainWindow::Page> AllPages = {
    MainWindow::Page::Campaigns, MainWindow::Page::Conversations, MainWindow::Page::Funnel,
    MainWindow::Page::Payments,  MainWindow::Page::Documents,     MainWindow::Page::AgentPlayground,
    MainWindow::Page::Settings};

// A control the owner can operate: buttons, line edits, combo boxes, spin boxes, sliders, text
// editors and item views, minus the parts Qt builds inside its own composites.
bool isInteractive(const QWidget* w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return false;
    if (qobject_cast<const QHeaderView*>(w) || qobject_cast<const QScrollBar*>(w))
        return false;
    // A line edit's clear button, a table's corner button, a tab bar's scroll arrows: Qt's.
    const QObject* parent = w->parent();
    if (qobject_cast<const QLineEdit*>(parent) || qobject_cast<const QAbstractItemView*>(parent) ||
        qobject_cast<const QTabBar*>(parent))
        return false;
    for (const QObject* p = w->parent(); p; p = p->parent())
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p))
            return false;
    if (auto* e = qobject_cast<const QTextEdit*>(w); e && e->isReadOnly())
        return false;
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
           qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTextEdit*>(w);
}

QString describe(const QWidget* w)
{
    QStringList path;
    for (const QObject* o = w; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                               : o->objectName());
    return QStringLiteral("%1 (%2)").arg(path.join(QLatin1Char('/')),
                                         QString::fromLatin1(w->metaObject()->className()));
}

// The interactive widgets under `root` that a screen reader could not name: no accessibleName,
// no label pointing at them (buddy), and for buttons no text either. A control hidden on purpose
// (a banner's button without an action) is checked in the state that shows it.
QStringList unnamedControls(QWidget* root)
{
    QSet<const QWidget*> labelled;
    for (const QLabel* l : root->findChildren<QLabel*>())
        if (l->buddy() && !l->text().isEmpty())
            labelled.insert(l->buddy());
    QStringList unnamed;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (w->isHidden() || !isInteractive(w) || !w->accessibleName().trimmed().isEmpty() ||
            labelled.contains(w))
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w);
            b && !b->text().remove(QLatin1Char('&')).trimmed().isEmpty())
            continue;
        unnamed << describe(w);
    }
    return unnamed;
}

} // namespace

TEST_CASE("Help About shows the versions of the app, Qt, libpq, the server and pgvector",
          "[gui][db]")
{
    test::IsolatedSettings settings;
    applyTheme();
    db::Database db;
    test::openAsOwner(db);
    MainWindow window(&db);
    REQUIRE(window.helpMenu());

    auto admin = test::connect(test::adminUrl());
    const QString server = admin->exec(QStringLiteral("show server_version")).scalar().toString();
    const QVariant pgvector =
        admin->exec(QStringLiteral("select extversion from pg_extension where extname = 'vector'"))
            .scalar();

    ui::AboutDialog about(&db, &window);
    // The server part is read through the database's worker: the dialog does not wait for it.
    CHECK_FALSE(about.versions().serverRead);
    QSignalSpy read(&about, &ui::AboutDialog::serverVersionsRead);
    about.show();
    REQUIRE(read.wait(10000));
    const db::VersionInfo& v = about.versions();
    CHECK(v.serverRead);
    CHECK(v.server == server);
    CHECK(v.pgvector == (pgvector.isNull() ? QString() : pgvector.toString()));
    CHECK(v.app == QStringLiteral(LIMITLESS_VERSION));
    CHECK(v.qtRuntime == QString::fromLatin1(qVersion()));
    CHECK(QRegularExpression(QStringLiteral("^\\d+\\.\\d+$")).match(v.libpq).hasMatch());
    const QString text = about.versionsText();
    CHECK(text.contains(QStringLiteral("libpq ") + v.libpq));
    CHECK(text.contains(QStringLiteral("PostgreSQL ") + server));
    auto* serverLabel = about.findChild<QLabel*>(QStringLiteral("serverVersion"));
    REQUIRE(serverLabel);
    CHECK(serverLabel->text() == server);
    auto* licences = about.findChild<QTextEdit*>(QStringLiteral("licences"));
    REQUIRE(licences);
    for (const auto& d : ui::AboutDialog::dependencies()) {
        CHECK(licences->toPlainText().contains(d.name));
        CHECK(licences->toPlainText().contains(d.licence));
    }
    // The app's own licence, as LICENSE and the package's copyright file state it.
    auto* copyright = about.findChild<QLabel*>(QStringLiteral("copyright"));
    REQUIRE(copyright);
    CHECK(copyright->text().contains(QStringLiteral("Limitless OS customers")));
    test::saveScreenshot(about, QStringLiteral("about"));

    // Without a connection it says so instead of waiting.
    ui::AboutDialog offline(nullptr);
    CHECK_FALSE(offline.versions().serverRead);
    CHECK(offline.findChild<QLabel*>(QStringLiteral("serverVersion"))->text() ==
          QStringLiteral("Not connected"));

    // The menu entry opens it.
    window.helpMenu()->aboutAction()->trigger();
    CHECK(window.findChild<ui::AboutDialog*>());
}

TEST_CASE("The keyboard shortcuts dialog is generated from the window's actions", "[gui][db]")
{
    test::IsolatedSettings settings;
    applyTheme();
    db::Database db;
    test::openAsStranger(db);
    MainWindow window(&db);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    const auto find = [](const QList<ui::ShortcutsDialog::Entry>& entries, const QString& what,
                         const QString& where = {}) -> const ui::ShortcutsDialog::Entry* {
        for (const auto& e : entries)
            if (e.what == what && (where.isEmpty() || e.where == where))
                return &e;
        return nullptr;
    };
    const auto entries = ui::ShortcutsDialog::collect(&window);
    const auto* campaigns = find(entries, QStringLiteral("Go to Campaigns"));
    REQUIRE(campaigns);
    CHECK(campaigns->where == QStringLiteral("Everywhere"));
    CHECK(campaigns->keys.first() == QKeySequence(Qt::CTRL | Qt::Key_1));
    const auto* help = find(entries, QStringLiteral("Keyboard shortcuts"));
    REQUIRE(help);
    CHECK(help->keys.contains(QKeySequence(QKeySequence::HelpContents).isEmpty()
                                  ? QKeySequence(Qt::Key_F1)
                                  : QKeySequence(QKeySequence::HelpContents)));
    CHECK(find(entries, QStringLiteral("Undo"), QStringLiteral("Campaigns")));
    CHECK(find(entries, QStringLiteral("Undo"), QStringLiteral("Documents")));
    CHECK(find(entries, QStringLiteral("Delete the selected documents"),
               QStringLiteral("Documents")));

    // A shortcut added to the window appears, with its keys; one taken away disappears.
    auto* extra = new QAction(QStringLiteral("&Frobnicate"), &window);
    extra->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    window.addAction(extra);
    {
        ui::ShortcutsDialog dialog(&window);
        const QTableWidget* table = dialog.table();
        bool found = false;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 1)->text() == QStringLiteral("Frobnicate")) {
                found = true;
                CHECK(table->item(r, 2)->text() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)
                                                       .toString(QKeySequence::NativeText));
            }
        CHECK(found);
    }
    delete extra;
    CHECK_FALSE(find(ui::ShortcutsDialog::collect(&window), QStringLiteral("Frobnicate")));

    // F1 (the menu's action) opens it.
    window.helpMenu()->shortcutsAction()->trigger();
    auto* dialog = window.findChild<ui::ShortcutsDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    test::saveScreenshot(*dialog, QStringLiteral("shortcuts"));
}

TEST_CASE("Every control of every page has an accessible name", "[gui][db]")
{
    test::IsolatedSettings settings;
    applyTheme();
    db::Database db;
    test::openAsOwner(db);
    MainWindow window(&db);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // Each page shown once, so that whatever a page builds when it is first shown exists.
    for (auto page : AllPages) {
        window.showPage(page);
        QTest::qWait(100);
    }
    const QStringList unnamed = unnamedControls(&window);
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
}

namespace {

// A transcript with each kind of bubble and a stage separator, drawn by the chat delegate.
langgraph::Transcript sampleTranscript()
{
    using langgraph::TranscriptMessage;
    langgraph::Transcript t;
    t.threadId = QStringLiteral("look");
    t.checkpointId = QStringLiteral("c1");
    TranscriptMessage human;
    human.role = TranscriptMessage::Role::Human;
    human.content = QStringLiteral("Hi! How much is the Pro plan?");
    TranscriptMessage ai;
    ai.role = TranscriptMessage::Role::Ai;
    ai.blocks = {QStringLiteral("It includes email sync."),
                 QStringLiteral("The Pro plan is $297 a month.")};
    ai.content = ai.blocks.join(QString());
    TranscriptMessage tool;
    tool.role = TranscriptMessage::Role::Tool;
    tool.name = QStringLiteral("search_documents");
    tool.content = QStringLiteral("Found 2 passages about pricing.");
    t.messages = {human, ai, tool};
    t.stageChanges = {{1, QStringLiteral("pitch"), QStringLiteral("c1"), QDateTime()}};
    return t;
}

double meanLightness(const QImage& image, const QRect& area)
{
    double sum = 0;
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); y += 2)
        for (int x = area.left(); x <= area.right(); x += 2) {
            sum += QColor(image.pixel(x, y)).lightness();
            ++n;
        }
    return n ? sum / n : 0;
}

} // namespace

TEST_CASE("The app follows a dark desktop in palette and style rules and painted views",
          "[gui][db]")
{
    test::IsolatedSettings settings;
    auto& app = *qobject_cast<QApplication*>(QCoreApplication::instance());
    const auto restore = qScopeGuard([&app] { ui::Theme::apply(app, ui::Theme::Scheme::Light); });

    // The platform theme's palette decides (what a dark GNOME/KDE/Windows/macOS session gives),
    // not the palette the application set itself (the offscreen platform's is light).
    QApplication::setPalette(ui::Theme::palette(ui::Theme::Scheme::Dark));
    CHECK(ui::Theme::currentScheme() == ui::Theme::Scheme::Dark);
    CHECK(ui::Theme::systemScheme() == ui::Theme::Scheme::Light);
    CHECK(ui::Theme::currentScheme() == ui::Theme::Scheme::Dark); // and it is put back
    QApplication::setPalette(ui::Theme::palette(ui::Theme::Scheme::Light));
    CHECK(ui::Theme::systemScheme() == ui::Theme::Scheme::Light);
    qputenv("LIMITLESS_THEME", "dark");
    CHECK(ui::Theme::systemScheme() == ui::Theme::Scheme::Dark);
    qunsetenv("LIMITLESS_THEME");

    // The dark style rules keep none of the light scheme's surfaces.
    const QString dark = ui::Theme::styleSheet(ui::Theme::Scheme::Dark);
    for (const char* light : {"#ffffff", "#f8f9fa", "#eef0f4", "#edf2ff", "#fff5f5", "#212529"})
        CHECK_FALSE(dark.contains(QLatin1String(light), Qt::CaseInsensitive));

    ui::Theme::apply(app, ui::Theme::Scheme::Dark);
    db::Database db;
    test::openAsOwner(db);
    MainWindow window(&db);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(300);
    const QImage shot = window.grab().toImage();
    // The navigation panel and the page are dark, the text light.
    CHECK(meanLightness(shot, QRect(20, 120, 160, 300)) < 80);
    CHECK(meanLightness(shot, QRect(400, 300, 600, 300)) < 90);
    test::saveScreenshot(window, QStringLiteral("dark-campaigns"));
    window.showPage(MainWindow::Page::Funnel);
    QTest::qWait(500);
    test::saveScreenshot(window, QStringLiteral("dark-funnel"));

    // Custom-painted chat bubbles take the palette's colours: dark bubbles, light text.
    models::TranscriptModel model;
    model.setTranscript(sampleTranscript());
    QListView view;
    view.setObjectName(QStringLiteral("transcriptView"));
    view.setModel(&model);
    view.setItemDelegate(new ui::ChatBubbleDelegate(&view));
    view.resize(560, 420);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(100);
    const QImage bubbles = view.grab().toImage();
    CHECK(meanLightness(bubbles, QRect(0, 0, bubbles.width() - 1, bubbles.height() - 1)) < 80);
    test::saveScreenshot(view, QStringLiteral("dark-transcript"));

    // The same view in the light scheme is light: the colours came from the palette.
    ui::Theme::apply(app, ui::Theme::Scheme::Light);
    view.setPalette(QApplication::palette());
    view.viewport()->update();
    QTest::qWait(100);
    const QImage light = view.grab().toImage();
    CHECK(meanLightness(light, QRect(0, 0, light.width() - 1, light.height() - 1)) > 200);
}

TEST_CASE("The window and tray icons are crisp at 200 %", "[gui]")
{
    ui::Theme::initResources();
    const QIcon icon(QStringLiteral(":/icons/app.svg"));
    REQUIRE_FALSE(icon.isNull());
    // Drawn from the SVG at the device's resolution, not a small bitmap scaled up.
    const QPixmap at2x = icon.pixmap(QSize(32, 32), 2.0);
    CHECK(at2x.size() == QSize(64, 64));
    CHECK(at2x.devicePixelRatio() == 2.0);
    const QImage sharp = at2x.toImage().convertToFormat(QImage::Format_ARGB32);
    const QImage blown = icon.pixmap(QSize(32, 32), 1.0)
                             .toImage()
                             .scaled(64, 64, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                             .convertToFormat(QImage::Format_ARGB32);
    CHECK(sharp != blown);

    // With QT_SCALE_FACTOR=2 (ctest test_gui_scale200) the whole window renders at 2×.
    const bool scaled = qEnvironmentVariable("QT_SCALE_FACTOR") == QLatin1String("2");
    if (scaled) {
        test::IsolatedSettings settings;
        ui::Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()),
                         ui::Theme::Scheme::Light);
        db::Database db;
        MainWindow window(&db);
        window.resize(1000, 640);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(window.devicePixelRatioF() == 2.0);
        const QPixmap grab = window.grab();
        CHECK(grab.devicePixelRatio() == 2.0);
        CHECK(grab.size() == window.size() * 2);
        CHECK(window.windowIcon().pixmap(QSize(32, 32), 2.0).size() == QSize(64, 64));
        test::saveScreenshot(window, QStringLiteral("scale-200"));
    }
}

TEST_CASE("Every empty page says what to do next", "[gui][db]")
{
    test::IsolatedSettings settings;
    applyTheme();
    // An owner with nothing yet: no campaign, conversation, payment or document.
    db::Database db;
    test::openAsStranger(db);
    MainWindow window(&db);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const auto label = [](QWidget* page, const char* name) {
        QString text;
        for (const QLabel* l : page->findChildren<QLabel*>(QString::fromLatin1(name)))
            if (l->isVisibleTo(page))
                text += l->text() + QLatin1Char(' ');
        return text;
    };
    const auto waitFor = [&](MainWindow::Page page, const char* name, const QString& words) {
        window.showPage(page);
        INFO(QMetaEnum::fromType<MainWindow::Page>().valueToKey(int(page)));
        const bool found =
            QTest::qWaitFor([&] { return label(window.page(page), name).contains(words); }, 10000);
        INFO(label(window.page(page), name).toStdString());
        CHECK(found);
        // The hint fits the window instead of widening it.
        CHECK(window.width() == 1280);
        test::saveScreenshot(
            window, QStringLiteral("empty-%1")
                        .arg(QString::fromLatin1(
                                 QMetaEnum::fromType<MainWindow::Page>().valueToKey(int(page)))
                                 .toLower()));
    };
    waitFor(MainWindow::Page::Campaigns, "emptyText", QStringLiteral("“New campaign”"));
    waitFor(MainWindow::Page::Conversations, "pageSubtitle", QStringLiteral("Agent playground"));
    waitFor(MainWindow::Page::Funnel, "funnelQuality", QStringLiteral("create a campaign"));
    waitFor(MainWindow::Page::Payments, "emptyText", QStringLiteral("Share a campaign's link"));
    // This account owns no business yet: the Documents page says whose sign-in adds documents.
    waitFor(MainWindow::Page::Documents, "emptyText", QStringLiteral("Sign in as the business"));
    window.showPage(MainWindow::Page::AgentPlayground);
    CHECK(QTest::qWaitFor(
        [&] {
            for (const QLabel* l : window.playgroundPage()->findChildren<QLabel*>())
                if (l->isVisibleTo(window.playgroundPage()) &&
                    l->text().contains(QStringLiteral("No test conversations yet")))
                    return true;
            return false;
        },
        10000));
    test::saveScreenshot(window, QStringLiteral("empty-agentplayground"));
}

TEST_CASE("The window in German with German numbers and money", "[gui][db]")
{
    test::IsolatedSettings settings;
    applyTheme();
    const QLocale previous;
    qputenv("LIMITLESS_LANG", "de");
    limitless::installTranslations(*QCoreApplication::instance());
    const auto restore = qScopeGuard([&previous] {
        qunsetenv("LIMITLESS_LANG");
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(previous);
    });
    CHECK(QLocale().language() == QLocale::German);
    CHECK(payments::Money::format(2167400, QStringLiteral("usd")) ==
          QStringLiteral("21.674,00\u00a0$"));

    db::Database db;
    test::openAsOwner(db);
    MainWindow window(&db);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle() != QStringLiteral("Limitless OS — Owner Dashboard"));
    for (auto page : AllPages) {
        window.showPage(page);
        QTest::qWait(600);
        // No page makes the window wider than it was asked to be (text that does not fit).
        CHECK(window.width() == 1280);
        test::saveScreenshot(
            window,
            QStringLiteral("de-%1").arg(
                QString::fromLatin1(QMetaEnum::fromType<MainWindow::Page>().valueToKey(int(page)))
                    .toLower()));
    }
}
