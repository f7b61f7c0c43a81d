// The Agent playground's replay, scenarios, prompt editor and OpenAI-compatible policy,
// offscreen on the demo business in databases of their own on the test cluster (fixture "pg"),
// with the offline policy: "Replay in playground" from the Conversations page shows the replay
// beside the original with the figures the database holds; a test conversation saved as a
// scenario passes its run, one held to a paid conversation fails it; a prompt version saved in
// the editor answers the next turn and is recorded by a scenario run; the OpenAI-compatible
// choice says what to set until the settings dialog has stored it. Screenshots go to
// <build>/screenshots/ (playground-replay, playground-scenarios, playground-prompts).
#include "AgentDatabase.h"
#include "DemoDatabase.h"
#include "GuiTestSupport.h"
#include "MemorySecretStore.h"
#include "PlaygroundWindow.h"
#include "TestDatabase.h"

#include "AgentSettingsDialog.h"
#include "ConversationsPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PasswordField.h"
#include "PlaygroundPage.h"
#include "PlaygroundPanels.h"
#include "PlaygroundThreadsModel.h"
#include "PromptsPanel.h"
#include "ReplayDialog.h"
#include "ReplayPanel.h"
#include "ScenariosModel.h"
#include "ScenariosPanel.h"
#include "Theme.h"
#include "TranscriptModel.h"
#include "agent/AgentSettings.h"
#include "agent/PlaygroundSession.h"
#include "agent/ThreadStore.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace limitless;
using agent::PlaygroundSession;
using agent::TurnResult;
using models::ScenariosModel;
using test::waitLong;
using ui::MainWindow;
using ui::PlaygroundPage;
using ui::PlaygroundPanels;

namespace {

const QStringList kSale = {
    QStringLiteral("Hey! Saw your reel about filling the calendar"),
    QStringLiteral("I own a dental clinic in Austin."),
    QStringLiteral("About $30k a month, give or take."),
    QStringLiteral("People book calls and then don't show up. Maybe 40% show."),
    QStringLiteral("Honestly it sounds good but it's more than I was hoping to spend."),
    QStringLiteral("Ok, let's do it — I'll go with Option 1."),
    QStringLiteral("Sure: sarah@smiles.com"),
};

// The main window on demo database `name` (as the maintenance role: the only owner), the side
// tabs wider than the chat; the offline policy is there.
struct Window : test::PlaygroundWindow {
    explicit Window(const QString& name) : PlaygroundWindow(name, {200, 420, 600})
    {
        REQUIRE(page->session()->unavailableReason().isEmpty());
    }
};

TurnResult send(PlaygroundPage& page, const QString& text)
{
    TurnResult result;
    bool done = false;
    const auto c = QObject::connect(&page, &PlaygroundPage::turnShown, [&](const TurnResult& r) {
        result = r;
        done = true;
    });
    page.input()->setPlainText(text);
    REQUIRE(waitLong([&] { return page.sendButton()->isEnabled(); }));
    page.sendButton()->click();
    REQUIRE(waitLong([&] { return done; }));
    QObject::disconnect(c);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    REQUIRE(waitLong(
        [&] { return page.headCheckpoint() == result.checkpointId && !page.session()->isBusy(); }));
    return result;
}

QString startThread(PlaygroundPage& page)
{
    const QString before = page.currentThreadId();
    REQUIRE(waitLong([&] { return page.newButton()->isEnabled(); }));
    page.newButton()->click();
    REQUIRE(waitLong(
        [&] { return !page.currentThreadId().isEmpty() && page.currentThreadId() != before; }));
    const QString id = page.currentThreadId();
    REQUIRE(waitLong([&] { return page.threadsModel()->rowForId(id) >= 0; }));
    return id;
}

QString stageText(QString stage)
{
    stage.replace(u'_', u' ');
    stage[0] = stage.at(0).toUpper();
    return stage;
}

QString yesNo(bool v)
{
    return v ? QStringLiteral("yes") : QStringLiteral("no");
}

void saveScenario(ui::ScenariosPanel& panel, const QString& name)
{
    QString error = QStringLiteral("(none yet)");
    const auto c = QObject::connect(&panel, &ui::ScenariosPanel::scenarioSaved,
                                    [&](const QString&, const QString& e) { error = e; });
    REQUIRE(waitLong([&] { return panel.saveButton()->isEnabled(); }));
    panel.saveCurrentThreadAs(name);
    REQUIRE(waitLong([&] { return error != QStringLiteral("(none yet)"); }));
    QObject::disconnect(c);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    REQUIRE(waitLong([&] { return panel.model()->rowForName(name) >= 0; }));
}

QList<agent::ScenarioReport> runAll(ui::ScenariosPanel& panel)
{
    bool done = false;
    QList<agent::ScenarioReport> reports;
    QString error;
    const auto c = QObject::connect(&panel, &ui::ScenariosPanel::runsFinished,
                                    [&](const QList<agent::ScenarioReport>& r, const QString& e) {
                                        reports = r;
                                        error = e;
                                        done = true;
                                    });
    REQUIRE(panel.runAllButton()->isEnabled());
    panel.runAllButton()->click();
    CHECK(panel.isRunning());
    CHECK(panel.stopButton()->isEnabled());
    CHECK_FALSE(panel.runAllButton()->isEnabled());
    REQUIRE(waitLong([&] { return done; }, 120000));
    QObject::disconnect(c);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    return reports;
}

QString cell(const ScenariosModel& model, const QString& name, int column)
{
    return model.index(model.rowForName(name), column).data().toString();
}

} // namespace

TEST_CASE("Replay in playground: a demo conversation beside its replay, figures from the database",
          "[playground][gui][db][screenshots]")
{
    Window w(QStringLiteral("playground_replay"));
    // A paid demo conversation of a real campaign.
    const db::QueryResult pick = w.admin->exec(QStringLiteral(
        "select c.id from conversations c join campaigns ca on ca.id = c.campaign_id "
        "where ca.platform <> 'playground' and c.current_stage = 'complete' "
        "and c.payment_link_sent order by c.id limit 1"));
    REQUIRE(pick.rowCount() == 1);
    const QString id = pick.scalar().toString();
    agent::ThreadStore threads(*w.admin, test::onlyOwner(w.url), {});
    db::DbError e;
    const agent::ThreadSnapshot original = threads.load(id, {}, &e);
    REQUIRE_FALSE(e);
    QStringList leads;
    for (const auto& m : original.state.messages)
        if (m.kind == langgraph::LcMessage::Kind::Human)
            leads << QString::fromUtf8(m.content);
    REQUIRE(leads.size() > 3);

    // From the Conversations page: the action, then the dialog with every lead turn.
    w.window->showPage(MainWindow::Page::Conversations);
    ui::ConversationsPage* conversations = w.window->conversationsPage();
    CHECK_FALSE((conversations->replayButton()->isEnabled() &&
                 conversations->currentConversationId().isEmpty()));
    conversations->showConversation(id);
    REQUIRE(conversations->replayButton()->isEnabled());
    conversations->replayButton()->click();
    CHECK(w.window->currentPage() == MainWindow::Page::AgentPlayground);
    REQUIRE(waitLong([&] { return w.panels->replayDialog() != nullptr; }));
    ui::ReplayDialog* dialog = w.panels->replayDialog();
    CHECK(dialog->leadTurns() == leads.size());
    CHECK(dialog->copiedTurns() == 0); // default: every lead turn answered again
    CHECK(dialog->summaryText().contains(QString::number(leads.size())));
    dialog->setCopiedTurns(2);
    CHECK(dialog->summaryText().contains("Turns 1–2 are copied"));
    test::saveScreenshot(*dialog, QStringLiteral("playground-replay-dialog"));

    agent::ReplayResult result;
    bool finished = false;
    QObject::connect(w.panels, &PlaygroundPanels::replayFinished,
                     [&](const agent::ReplayResult& r) {
                         result = r;
                         finished = true;
                     });
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(waitLong([&] { return finished; }, 120000));
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    REQUIRE_FALSE(result.replayThreadId.isEmpty());
    CHECK(result.copiedTurns == 2);
    CHECK(result.turns.size() == leads.size() - 2);

    // The new thread is open in the playground and listed.
    REQUIRE(waitLong([&] { return w.page->currentThreadId() == result.replayThreadId; }));
    REQUIRE(waitLong([&] { return w.page->threadsModel()->rowForId(result.replayThreadId) >= 0; }));
    CHECK(w.page->sideTabs()->currentWidget() == w.panels->replayPanel());

    // The comparison shows what the two conversations rows say.
    ui::ReplayPanel* panel = w.panels->replayPanel();
    auto row = [&](const QString& conversation) {
        const db::QueryResult r =
            w.admin->exec(QStringLiteral("select current_stage, qualified, qualification_score, "
                                         "payment_link_sent from conversations where id = $1"),
                          {conversation});
        REQUIRE(r.rowCount() == 1);
        return r;
    };
    const QLocale locale;
    int column = 0;
    for (const QString& conversation : {id, result.replayThreadId}) {
        const db::QueryResult r = row(conversation);
        CHECK(panel->figureText(ui::ReplayPanel::StageRow, column) ==
              stageText(r.value(0, 0).toString()));
        CHECK(panel->figureText(ui::ReplayPanel::QualifiedRow, column) ==
              yesNo(r.value(0, 1).toBool()));
        CHECK(panel->figureText(ui::ReplayPanel::ScoreRow, column) ==
              locale.toString(r.value(0, 2).toDouble(), 'f', 2));
        CHECK(panel->figureText(ui::ReplayPanel::PaymentLinkRow, column) ==
              yesNo(r.value(0, 3).toBool()));
        ++column;
    }
    CHECK(panel->figureText(ui::ReplayPanel::StageRow, 0) == "Complete");
    CHECK(panel->figureText(ui::ReplayPanel::LeadTurnsRow, 0) == QString::number(leads.size()));
    CHECK(panel->figureText(ui::ReplayPanel::LeadTurnsRow, 1) == QString::number(leads.size()));
    CHECK(panel->summaryText().contains("turns 1–2 copied"));

    // Both transcripts readable: the original's agent and ours on the same lead messages.
    REQUIRE(waitLong([&] {
        return panel->originalTranscriptText().contains(leads.last()) &&
               panel->replayTranscriptText().contains(leads.last());
    }));
    CHECK(panel->originalTranscriptText().contains(result.turns.first().originalReply.left(40)));
    CHECK(panel->replayTranscriptText().contains(result.turns.last().replayReply.left(40)));
    CHECK(panel->replayTranscriptText().contains("(copied)"));
    // The chat shows the replay thread's messages.
    REQUIRE(waitLong([&] { return w.page->transcriptModel()->rowCount() >= leads.size() * 2; }));
    test::saveScreenshot(*w.window, QStringLiteral("playground-replay"));

    // A conversation whose transcript cannot be read gives an error and no thread.
    finished = false;
    const int threadsBefore = w.page->threadsModel()->rowCount();
    w.panels->replay(QStringLiteral("no-such-conversation"), 0);
    REQUIRE(waitLong([&] { return finished; }));
    CHECK_FALSE(result.ok());
    CHECK(result.replayThreadId.isEmpty());
    CHECK(panel->summaryText().contains("could not be replayed"));
    QTest::qWait(200);
    CHECK(w.page->threadsModel()->rowCount() == threadsBefore);
}

TEST_CASE("Scenarios: save a test conversation, run all, pass and fail, compare runs",
          "[playground][gui][db][screenshots]")
{
    Window w(QStringLiteral("playground_scenarios"));
    ui::ScenariosPanel* panel = w.panels->scenariosPanel();
    w.page->sideTabs()->setCurrentWidget(panel);
    REQUIRE(waitLong([&] { return panel->statusText().contains("No scenarios yet"); }));
    CHECK_FALSE(panel->saveButton()->isEnabled()); // no test conversation open

    const QString thread = startThread(*w.page);
    QString stage;
    for (const QString& line : kSale)
        stage = send(*w.page, line).state.currentStage;
    REQUIRE(stage == "close");
    saveScenario(*panel, QStringLiteral("Dental clinic to close"));
    ScenariosModel* model = panel->model();
    const QString close = QStringLiteral("Dental clinic to close");
    CHECK(cell(*model, close, ScenariosModel::ResultColumn) == "not run");
    CHECK(cell(*model, close, ScenariosModel::StageColumn) == "Close");
    CHECK(cell(*model, close, ScenariosModel::TurnsColumn) == QString::number(kSale.size()));
    // Stored: the lead turns and the expectation (the conversation it came from).
    const db::QueryResult stored = w.admin->exec(
        QStringLiteral("select jsonb_array_length(s.lead_turns), s.source_thread_id, "
                       "r.stage_reached, r.thread_id from limitless.agent_scenarios s join "
                       "limitless.agent_scenario_runs r on r.scenario_id = s.id where s.name = $1"),
        {close});
    REQUIRE(stored.rowCount() == 1);
    CHECK(stored.value(0, 0).toInt() == kSale.size());
    CHECK(stored.value(0, 1).toString() == thread);
    CHECK(stored.value(0, 2).toString() == "close");

    // The same conversation paid: held to "complete", which the lead's turns alone never reach.
    TurnResult paid;
    bool paidDone = false;
    QObject::connect(w.page, &PlaygroundPage::turnShown, [&](const TurnResult& r) {
        paid = r;
        paidDone = true;
    });
    w.page->simulatePayment();
    REQUIRE(waitLong([&] { return paidDone && !w.page->session()->isBusy(); }));
    REQUIRE(paid.ok());
    REQUIRE(paid.state.currentStage == "complete");
    const QString paidName = QStringLiteral("Dental clinic paid");
    saveScenario(*panel, paidName);
    CHECK(cell(*model, paidName, ScenariosModel::StageColumn) == "Complete");

    // A name in use is replaced only when confirmed.
    ui::MessageBox::setNextAnswer(ui::MessageBox::Button::No);
    panel->saveCurrentThreadAs(close);
    QTest::qWait(300);
    CHECK(ui::MessageBox::lastText().contains("exists already"));
    CHECK(cell(*model, close, ScenariosModel::StageColumn) == "Close");

    // Run all, on the worker, with progress.
    int progressMax = 0;
    QObject::connect(
        w.panels->lab(), &agent::PlaygroundLab::scenarioRan,
        [&](quint64, int, int total, const agent::ScenarioReport&) { progressMax = total; });
    const QList<agent::ScenarioReport> reports = runAll(*panel);
    CHECK(reports.size() == 2);
    CHECK(progressMax == 2);
    CHECK(cell(*model, close, ScenariosModel::ResultColumn) == "passed");
    CHECK(cell(*model, close, ScenariosModel::StageColumn) == "Close");
    CHECK(cell(*model, close, ScenariosModel::QualifiedColumn) == "yes");
    CHECK(cell(*model, close, ScenariosModel::PaymentLinkColumn) == "yes");
    CHECK(cell(*model, close, ScenariosModel::PromptVersionColumn) == "built-in");
    CHECK(cell(*model, close, ScenariosModel::PolicyColumn) == "offline");
    CHECK(cell(*model, paidName, ScenariosModel::ResultColumn) == "failed");
    CHECK(cell(*model, paidName, ScenariosModel::StageColumn) == "Close");
    CHECK(panel->statusText().contains("2 scenario"));
    CHECK(panel->statusText().contains("1 failed"));
    // The runs are stored with their prompt version and policy.
    const db::QueryResult runs = w.admin->exec(QStringLiteral(
        "select count(*), min(prompt_version), min(policy) from limitless.agent_scenario_runs "
        "where thread_id not in (select source_thread_id from limitless.agent_scenarios)"));
    CHECK(runs.value(0, 0).toInt() == 2);
    CHECK(runs.value(0, 1).toInt() == 0);
    CHECK(runs.value(0, 2).toString() == "offline");

    // The failed one against its expectation: the stage is what differs.
    panel->selectScenario(paidName);
    REQUIRE(panel->compareButton()->isEnabled());
    panel->compareButton()->click();
    CHECK(panel->detailsText().contains("against the expectation"));
    CHECK(panel->detailsText().contains("stage_reached"));
    CHECK(panel->detailsText().contains("complete"));

    // Run one again: compared with the run before it, the same (offline is deterministic).
    panel->selectScenario(close);
    bool again = false;
    const auto c = QObject::connect(
        panel, &ui::ScenariosPanel::runsFinished,
        [&](const QList<agent::ScenarioReport>& r, const QString&) { again = r.size() == 1; });
    panel->runButton()->click();
    REQUIRE(waitLong([&] { return again; }, 120000));
    QObject::disconnect(c);
    CHECK(cell(*model, close, ScenariosModel::ResultColumn) == "passed");
    panel->compareButton()->click();
    CHECK(panel->detailsText().contains("against the run before it"));
    CHECK(panel->detailsText().contains("The same run"));
    panel->selectScenario(paidName);
    test::saveScreenshot(*w.window, QStringLiteral("playground-scenarios"));

    // Delete (confirmed).
    ui::MessageBox::setNextAnswer(ui::MessageBox::Button::Yes);
    panel->deleteButton()->click();
    REQUIRE(waitLong([&] { return model->rowForName(paidName) < 0; }));
    CHECK(model->rowCount() == 1);
}

TEST_CASE("Prompts: a version saved in the editor answers the next turn and a scenario records it",
          "[playground][gui][db][screenshots]")
{
    Window w(QStringLiteral("playground_prompts"));
    ui::PromptsPanel* panel = w.panels->promptsPanel();
    w.page->sideTabs()->setCurrentWidget(panel);
    panel->showNode(QStringLiteral("greeting"));
    REQUIRE(waitLong([&] { return panel->editor()->toPlainText().contains("## reply"); }));
    CHECK(panel->statusText().contains("built-in"));
    CHECK_FALSE(panel->saveButton()->isEnabled());
    REQUIRE(waitLong([&] { return panel->versionsList()->count() == 1; })); // the built-in text

    // Edit the reply template and save a version.
    const QString builtin = panel->editor()->toPlainText();
    const QString reply = QStringLiteral("Hi, this is version two of the greeting. What kind of "
                                         "business do you run?");
    QString edited = builtin.left(builtin.indexOf(QStringLiteral("## reply")));
    edited += QStringLiteral("## reply\n") + reply + u'\n';
    panel->editor()->setPlainText(edited);
    CHECK(panel->isModified());
    REQUIRE(panel->saveButton()->isEnabled());
    int version = -1;
    QString error;
    QObject::connect(panel, &ui::PromptsPanel::saved, [&](const QString&, int v, const QString& e) {
        version = v;
        error = e;
    });
    panel->saveButton()->click();
    REQUIRE(waitLong([&] { return version >= 0; }));
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    REQUIRE(version >= 1);
    CHECK(panel->statusText().contains(QStringLiteral("version %1").arg(version)));
    CHECK_FALSE(panel->isModified());
    REQUIRE(waitLong([&] { return panel->versionsList()->count() == 2; }));
    CHECK(
        panel->versionsList()->item(0)->text().contains(QStringLiteral("Version %1").arg(version)));
    const db::QueryResult stored = w.admin->exec(
        QStringLiteral("select body from limitless.agent_prompt_versions where node = 'greeting' "
                       "and version = $1"),
        {version});
    REQUIRE(stored.rowCount() == 1);
    CHECK(stored.scalar().toString() == edited);

    // The next turn answers with it.
    startThread(*w.page);
    const TurnResult first = send(*w.page, kSale.first());
    CHECK(first.reply.contains("version two of the greeting"));
    test::saveScreenshot(*w.window, QStringLiteral("playground-prompts"));

    // A scenario run records the version in use.
    ui::ScenariosPanel* scenarios = w.panels->scenariosPanel();
    saveScenario(*scenarios, QStringLiteral("Greeting v2"));
    runAll(*scenarios);
    CHECK(cell(*scenarios->model(), QStringLiteral("Greeting v2"),
               ScenariosModel::PromptVersionColumn) == QStringLiteral("v%1").arg(version));
    const db::QueryResult run = w.admin->exec(QStringLiteral(
        "select prompt_version from limitless.agent_scenario_runs order by ran_at desc limit 1"));
    CHECK(run.scalar().toInt() == version);
    CHECK(run.scalar().toInt() > 0);

    // Restore the built-in text: saved again as the newest version, the next turn uses it.
    w.page->sideTabs()->setCurrentWidget(panel);
    panel->versionsList()->setCurrentRow(panel->versionsList()->count() - 1);
    REQUIRE(panel->restoreButton()->isEnabled());
    version = -1;
    panel->restoreButton()->click();
    REQUIRE(waitLong([&] { return version >= 0; }));
    REQUIRE(error.isEmpty());
    CHECK(panel->editor()->toPlainText() == builtin);
    REQUIRE(waitLong([&] { return panel->versionsList()->count() == 3; }));
    startThread(*w.page);
    const TurnResult again = send(*w.page, kSale.first());
    CHECK_FALSE(again.reply.contains("version two"));
    CHECK(again.reply.contains("what kind of business"));

    // Unsaved edits are discarded on request.
    panel->editor()->setPlainText(QStringLiteral("scratch"));
    REQUIRE(panel->discardButton()->isEnabled());
    panel->discardButton()->click();
    CHECK(panel->editor()->toPlainText() == builtin);
}

TEST_CASE("The OpenAI-compatible policy says what to set until Agent settings store it",
          "[playground][gui][db]")
{
    test::IsolatedSettings settings;
    test::EnglishLooks looks;
    const QString url = test::demoDatabaseUrl(QStringLiteral("playground_replay"));
    db::Database database;
    database.open(url);
    REQUIRE(waitLong([&] { return database.state() == db::ConnectionState::Connected; }));
    test::MemorySecretStore secrets;
    PlaygroundPage page(&database, &secrets);
    PlaygroundPanels panels(&page, &secrets);
    page.resize(1280, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(waitLong([&] { return page.session()->isReady(); }));

    QComboBox* choice = page.policyChoice();
    CHECK(choice->isEnabled());
    const int openAi = choice->findData(QStringLiteral("openai"));
    REQUIRE(openAi >= 0);
    // api.openai.com without a key: the choice says to set one.
    REQUIRE(waitLong([&] { return choice->itemText(openAi).contains("API key"); }));
    CHECK(choice->itemData(openAi, Qt::ToolTipRole).toString().contains("API key"));

    QString policyError = QStringLiteral("(none yet)");
    QObject::connect(page.session(), &PlaygroundSession::policyChanged,
                     [&](const QString&, const QString& e) { policyError = e; });
    choice->setCurrentIndex(openAi);
    REQUIRE(waitLong([&] { return policyError != QStringLiteral("(none yet)"); }));
    CHECK(policyError.contains("Agent settings"));
    CHECK(policyError.contains("API key"));
    CHECK_FALSE(page.session()->isReady());

    // The settings dialog: incomplete input is refused before anything is stored.
    panels.settingsButton()->click();
    REQUIRE(waitLong([&] { return panels.settingsDialog() != nullptr; }));
    ui::AgentSettingsDialog* dialog = panels.settingsDialog();
    dialog->baseUrlEdit()->setText(QStringLiteral("not a url"));
    CHECK_FALSE(dialog->save());
    CHECK(dialog->problemsText().contains("http"));
    CHECK(secrets.writes() == 0);
    dialog->baseUrlEdit()->setText(QStringLiteral("https://api.openai.com/v1"));
    dialog->modelEdit()->setText(QStringLiteral("gpt-4o-mini"));
    dialog->temperatureEdit()->setValue(0.5);
    dialog->apiKeyField()->lineEdit()->setText(QStringLiteral("sk-test-123"));
    CHECK(dialog->problemsText().isEmpty());
    policyError = QStringLiteral("(none yet)");
    REQUIRE(dialog->save());
    // The key went to the keychain, the rest to the settings; the policy is built again.
    REQUIRE(waitLong([&] { return policyError != QStringLiteral("(none yet)"); }));
    CHECK(secrets.value(agent::AgentSettings::apiKeyName(
              page.session()->environment()->profileId())) == "sk-test-123");
    const agent::AgentSettings saved =
        agent::AgentSettings::load(page.session()->environment()->profileId());
    CHECK(saved.temperature == Approx(0.5));
    INFO(policyError.toStdString());
    CHECK(policyError.isEmpty());
    CHECK(waitLong([&] { return page.session()->isReady(); }));
    CHECK(choice->itemText(openAi) == PlaygroundSession::policyLabel("openai"));
    CHECK(panels.openAiMissing().isEmpty());
}
