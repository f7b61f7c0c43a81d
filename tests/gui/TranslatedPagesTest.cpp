// Every page and main dialog of the dashboard in German and in Spanish, on a local sandbox that
// `limitless demo-data` filled (ctest fixture "pages_sandbox"), signed in through the sign-in
// window: no button, label or column header whose translated text is cut off, at 1280×800 and
// at the smallest size the window allows. Screenshots go to <build>/screenshots/<lang>/, or to
// $LIMITLESS_SCREENSHOT_DIR/<lang>/ when that is set (docs/screenshots/de/ is made that way).
#include "AboutDialog.h"
#include "CampaignEditorDialog.h"
#include "CampaignsModel.h"
#include "CampaignsPage.h"
#include "ChunkViewer.h"
#include "ConversationDetailsPane.h"
#include "ConversationsPage.h"
#include "DocumentDetailsPane.h"
#include "DocumentsPage.h"
#include "FunnelPage.h"
#include "GuiTestSupport.h"
#include "HelpMenu.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "PasswordField.h"
#include "PaymentsPage.h"
#include "PlaygroundPage.h"
#include "PlaygroundPanels.h"
#include "PromptsPanel.h"
#include "ReplayDialog.h"
#include "RetrievalBenchPanel.h"
#include "ScenariosPanel.h"
#include "ShortcutsDialog.h"
#include "SignInController.h"
#include "SignInDialog.h"
#include "TestDatabase.h"
#include "TextFit.h"
#include "Theme.h"

#include "ChunksModel.h"
#include "ConversationDetails.h"
#include "ConversationsModel.h"
#include "DocumentsModel.h"
#include "FunnelModel.h"
#include "PaymentsModel.h"
#include "PipelineModel.h"
#include "PlaygroundThreadsModel.h"
#include "SearchHitsModel.h"
#include "TranscriptModel.h"

#include "agent/PlaygroundSession.h"
#include "core/Translations.h"
#include "db/Database.h"
#include "knowledge/RetrievalBench.h"
#include "sandbox/Sandbox.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace limitless;
using ui::MainWindow;

namespace {

bool waitFor(const std::function<bool()>& done, int ms = 20000)
{
    return QTest::qWaitFor(done, ms);
}

// Installs the catalogues for `language` (as the app does with LIMITLESS_LANG) until the end of
// the scope.
class Language {
public:
    explicit Language(const char* language)
    {
        qputenv("LIMITLESS_LANG", language);
        installTranslations(*QCoreApplication::instance());
    }
    ~Language()
    {
        qunsetenv("LIMITLESS_LANG");
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(m_previous);
    }
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;

private:
    QLocale m_previous;
};

// Looks at each view: the texts that do not fit are collected (with the view's name), and the
// screenshot is saved as <language>/<name>.png.
class Visit {
public:
    explicit Visit(QString language) : m_language(std::move(language)) {}

    void look(QWidget& widget, const QString& name)
    {
        QTest::qWait(150); // posted layout requests settle
        for (const QString& line : test::clippedTexts(&widget))
            m_offenders << QStringLiteral("[%1] %2").arg(name, line);
        test::saveScreenshot(widget, m_language + QLatin1Char('/') + name);
    }
    const QStringList& offenders() const { return m_offenders; }

private:
    QString m_language;
    QStringList m_offenders;
};

QString pageName(MainWindow::Page page)
{
    return QString::fromLatin1(QMetaEnum::fromType<MainWindow::Page>().valueToKey(int(page)))
        .toLower();
}

// A conversation the demo business completed with a payment (its transcript is the longest).
QString paidConversation(db::PgConnection& admin)
{
    const db::QueryResult r = admin.exec(QStringLiteral(
        "select c.id from conversations c join campaigns ca on ca.id = c.campaign_id "
        "where ca.platform is distinct from 'playground' and c.current_stage = 'complete' "
        "and c.payment_completed order by c.created_at desc limit 1"));
    REQUIRE(r.ok());
    REQUIRE(r.rowCount() == 1);
    return r.scalar().toString();
}

void visitEveryPage(const char* language)
{
    test::IsolatedSettings settings;
    auto& app = *qobject_cast<QApplication*>(QCoreApplication::instance());
    ui::Theme::apply(app, ui::Theme::Scheme::Light);
    Language lang(language);
    Visit visit(QString::fromLatin1(language));

    // The sandbox of the fixture, with the demo business for its local owner.
    const QString dir = QStringLiteral(LIMITLESS_PAGES_SANDBOX);
    const sandbox::Sandbox::Status status = sandbox::Sandbox(dir).status();
    REQUIRE(status.running);
    auto admin = test::connect(status.adminUrl);
    const db::QueryResult campaigns = admin->exec(
        QStringLiteral("select count(*) from campaigns where owner_id = $1"), {status.ownerId});
    REQUIRE(campaigns.ok());
    REQUIRE(campaigns.scalar().toInt() >= 8);
    // The owner's password was shown once when the sandbox was made; give it a known one.
    const QString password = QStringLiteral("pages-test-password");
    REQUIRE(admin
                ->exec(QStringLiteral("update auth.users set encrypted_password = "
                                      "crypt($1, gen_salt('bf', 4)) where id = $2::uuid"),
                       {password, status.ownerUserId})
                .ok());
    qputenv("LIMITLESS_SANDBOX_DIR", dir.toLocal8Bit());
    const auto unset = qScopeGuard([] { qunsetenv("LIMITLESS_SANDBOX_DIR"); });

    // Sign in through the sign-in window, as the app starts.
    test::MemorySecretStore secrets;
    db::Database database;
    MainWindow window(&database);
    window.resize(1280, 800);
    ui::SignInController controller(&database, &secrets);
    controller.attach(&window);
    QSignalSpy signedIn(&controller, &ui::SignInController::signedIn);
    QSignalSpy signedOut(&controller, &ui::SignInController::signedOut);
    controller.start();
    ui::SignInDialog* dialog = controller.dialog();
    REQUIRE(waitFor([&] { return !signedOut.isEmpty(); }));
    REQUIRE(dialog->isVisible());
    REQUIRE(waitFor([&] { return dialog->signInButton()->isEnabled(); }));
    dialog->showPage(ui::SignInDialog::Page::Welcome);
    visit.look(*dialog, QStringLiteral("sign-in-welcome"));
    dialog->showPage(ui::SignInDialog::Page::Credentials);
    REQUIRE(waitFor([&] { return dialog->signInButton()->isEnabled(); }));
    dialog->emailEdit()->setText(status.ownerEmail);
    dialog->passwordField()->lineEdit()->setText(password);
    visit.look(*dialog, QStringLiteral("sign-in"));
    dialog->signInButton()->click();
    REQUIRE(waitFor([&] { return !signedIn.isEmpty(); }));
    REQUIRE(waitFor([&] { return database.state() == db::ConnectionState::Connected; }));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // Campaigns, with a row selected, and the editor.
    window.showPage(MainWindow::Page::Campaigns);
    ui::CampaignsPage* campaignsPage = window.campaignsPage();
    REQUIRE(waitFor([&] {
        return campaignsPage->model()->isLoaded() && campaignsPage->model()->rowCount() >= 8;
    }));
    campaignsPage->view()->selectRow(1);
    visit.look(window, QStringLiteral("campaigns"));
    campaignsPage->editSelected();
    if (ui::CampaignEditorDialog* editor = campaignsPage->editorDialog()) {
        REQUIRE(QTest::qWaitForWindowExposed(editor));
        visit.look(*editor, QStringLiteral("campaigns-edit-dialog"));
        editor->reject();
    } else {
        FAIL_CHECK("the campaign editor did not open");
    }

    // Conversations: the list with a paid conversation's transcript, then the pipeline.
    const QString paid = paidConversation(*admin);
    window.showPage(MainWindow::Page::Conversations);
    ui::ConversationsPage* conversations = window.conversationsPage();
    CHECK(waitFor([&] { return conversations->model()->isLoaded(); }));
    conversations->showConversation(paid);
    CHECK(waitFor([&] {
        return conversations->detailsPane()->details()->isLoaded() &&
               conversations->detailsPane()->transcriptView()->model()->rowCount() > 3;
    }));
    visit.look(window, QStringLiteral("conversations"));
    conversations->setMode(ui::ConversationsPage::Mode::Pipeline);
    CHECK(waitFor([&] { return conversations->pipelineModel()->isLoaded(); }));
    visit.look(window, QStringLiteral("conversations-pipeline"));
    conversations->setMode(ui::ConversationsPage::Mode::List);

    window.showPage(MainWindow::Page::Funnel);
    CHECK(waitFor([&] { return window.funnelPage()->model()->isLoaded(); }));
    QTest::qWait(300); // the charts animate nothing, but lay out after the report
    visit.look(window, QStringLiteral("funnel"));

    window.showPage(MainWindow::Page::Payments);
    CHECK(waitFor([&] {
        return window.paymentsPage()->model()->isLoaded() &&
               window.paymentsPage()->isShowingTable();
    }));
    visit.look(window, QStringLiteral("payments"));

    // Documents: the list with a document selected, its chunks, the test bench with a search.
    window.showPage(MainWindow::Page::Documents);
    ui::DocumentsPage* documents = window.documentsPage();
    CHECK(waitFor([&] { return documents->model()->isLoaded() && documents->isShowingTable(); }));
    if (documents->model()->rowCount() > 0)
        documents->selectDocument(documents->model()->record(0).id);
    visit.look(window, QStringLiteral("documents"));
    documents->detailsPane()->chunksButton()->click();
    CHECK(waitFor([&] { return documents->chunkViewer()->model()->isLoaded(); }));
    documents->chunkViewer()->selectChunk(0);
    visit.look(window, QStringLiteral("documents-chunk-viewer"));
    documents->showTab(ui::DocumentsPage::Tab::TestBench);
    ui::RetrievalBenchPanel* bench = documents->benchPanel();
    if (waitFor([&] { return documents->bench()->isReady(); })) {
        bench->questionEdit()->setText(QStringLiteral("How much is the Pro plan?"));
        if (bench->searchButton()->isEnabled()) {
            bench->searchButton()->click();
            waitFor([&] { return bench->hitsModel()->rowCount() > 0; });
        }
    }
    visit.look(window, QStringLiteral("documents-test-bench"));
    documents->showTab(ui::DocumentsPage::Tab::Documents);

    // The playground: a test conversation, its graph and history, a replay of the paid
    // conversation, the scenarios and the prompts.
    window.showPage(MainWindow::Page::AgentPlayground);
    ui::PlaygroundPage* playground = window.playgroundPage();
    ui::PlaygroundPanels* panels = window.playgroundPanels();
    REQUIRE(waitFor([&] { return playground->session()->isReady(); }));
    REQUIRE(waitFor([&] { return playground->campaignChoice()->count() > 0; }));
    playground->newButton()->click();
    REQUIRE(waitFor([&] { return !playground->currentThreadId().isEmpty(); }));
    for (const QString& line : {QStringLiteral("Hi! I saw your reel about filling the calendar."),
                                QStringLiteral("I run a dental clinic, about $30k a month."),
                                QStringLiteral("No-shows are killing us, maybe 40% show up.")}) {
        const int before = playground->transcriptModel()->rowCount();
        playground->input()->setPlainText(line);
        playground->sendButton()->click();
        CHECK(waitFor([&] {
            return playground->transcriptModel()->rowCount() >= before + 2 &&
                   playground->transcriptModel()->pendingCount() == 0;
        }));
        QTest::qWait(300);
    }
    visit.look(window, QStringLiteral("playground-chat"));
    playground->showTab(ui::PlaygroundPage::Tab::Graph);
    visit.look(window, QStringLiteral("playground-graph"));
    playground->showTab(ui::PlaygroundPage::Tab::History);
    visit.look(window, QStringLiteral("playground-history"));

    window.showPage(MainWindow::Page::Conversations);
    conversations->showConversation(paid);
    CHECK(waitFor([&] { return conversations->replayButton()->isEnabled(); }));
    conversations->replayButton()->click();
    if (waitFor([&] { return panels->replayDialog() != nullptr; })) {
        ui::ReplayDialog* replay = panels->replayDialog();
        REQUIRE(QTest::qWaitForWindowExposed(replay));
        visit.look(*replay, QStringLiteral("playground-replay-dialog"));
        QSignalSpy replayed(panels, &ui::PlaygroundPanels::replayFinished);
        replay->buttons()->button(QDialogButtonBox::Ok)->click();
        CHECK(waitFor([&] { return !replayed.isEmpty(); }, 120000));
        QTest::qWait(300);
        visit.look(window, QStringLiteral("playground-replay"));
    } else {
        FAIL_CHECK("the replay dialog did not open");
    }
    playground->sideTabs()->setCurrentWidget(panels->scenariosPanel());
    waitFor([&] { return !panels->scenariosPanel()->statusText().isEmpty(); });
    visit.look(window, QStringLiteral("playground-scenarios"));
    playground->sideTabs()->setCurrentWidget(panels->promptsPanel());
    visit.look(window, QStringLiteral("playground-prompts"));

    window.showPage(MainWindow::Page::Maintenance);
    QTest::qWait(1500); // the counts arrive from the worker
    visit.look(window, QStringLiteral("maintenance"));
    window.showPage(MainWindow::Page::Settings);
    visit.look(window, QStringLiteral("settings"));

    // Help → About and the keyboard shortcuts.
    window.helpMenu()->aboutAction()->trigger();
    if (auto* about = window.findChild<ui::AboutDialog*>()) {
        REQUIRE(QTest::qWaitForWindowExposed(about));
        waitFor([&] { return about->versions().serverRead; });
        visit.look(*about, QStringLiteral("about"));
        about->close();
    } else {
        FAIL_CHECK("About did not open");
    }
    window.helpMenu()->shortcutsAction()->trigger();
    if (auto* shortcuts = window.findChild<ui::ShortcutsDialog*>()) {
        REQUIRE(QTest::qWaitForWindowExposed(shortcuts));
        visit.look(*shortcuts, QStringLiteral("shortcuts"));
        shortcuts->close();
    } else {
        FAIL_CHECK("the keyboard shortcuts did not open");
    }

    // The same pages at the smallest size the window allows: nothing pushes it wider.
    const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
    INFO("smallest window " << least.width() << "×" << least.height());
    // Which page holds the window wide, when one does.
    QStringList widths;
    for (int p = 0; p <= int(MainWindow::Page::Maintenance); ++p) {
        const QSize hint = window.page(MainWindow::Page(p))->minimumSizeHint();
        widths << QStringLiteral("%1 %2×%3")
                      .arg(pageName(MainWindow::Page(p)))
                      .arg(hint.width())
                      .arg(hint.height());
    }
    INFO("smallest pages: " << widths.join(QStringLiteral(", ")).toStdString());
    // In English the window goes down to 1024×640 (test_gui); the longer German and Spanish
    // button rows may need more, which is said here rather than failed.
    if (least.width() > 1024 || least.height() > 640)
        WARN("the smallest " << language << " window is " << least.width() << "×" << least.height()
                             << ": " << widths.join(QStringLiteral(", ")).toStdString());
    window.resize(least);
    QTest::qWait(200);
    for (const MainWindow::Page page :
         {MainWindow::Page::Campaigns, MainWindow::Page::Conversations, MainWindow::Page::Funnel,
          MainWindow::Page::Payments, MainWindow::Page::Documents,
          MainWindow::Page::AgentPlayground, MainWindow::Page::Settings,
          MainWindow::Page::Maintenance}) {
        window.showPage(page);
        QTest::qWait(300);
        CHECK(window.size() == least);
        visit.look(window, QStringLiteral("min-") + pageName(page));
    }
    window.showPage(MainWindow::Page::Conversations);
    conversations->setMode(ui::ConversationsPage::Mode::Pipeline);
    visit.look(window, QStringLiteral("min-conversations-pipeline"));
    conversations->setMode(ui::ConversationsPage::Mode::List);

    const QStringList& offenders = visit.offenders();
    INFO(offenders.size() << " texts do not fit:\n"
                          << offenders.join(QLatin1Char('\n')).toStdString());
    CHECK(offenders.isEmpty());
    database.close();
}

} // namespace

TEST_CASE("Every page in German: no text is cut off, at 1280×800 and at the smallest size",
          "[gui][db][i18n][screenshots]")
{
    visitEveryPage("de");
}

TEST_CASE("Every page in Spanish: no text is cut off, at 1280×800 and at the smallest size",
          "[gui][db][i18n][screenshots]")
{
    visitEveryPage("es");
}
