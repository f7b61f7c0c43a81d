// The playground's Replay and Scenarios tabs on the LangGraph server, offscreen through the GUI:
// a demo conversation (a database of its own on the test cluster, fixture "pg") replayed on the
// real dev server (fixture "lgserver") from the Conversations page and shown beside the
// original; saved scenarios run on the server and on both runtimes side by side; the server's
// failures (not there, an unknown assistant) as the panels' messages. Screenshots in
// <build>/screenshots/ (playground-server-replay, playground-server-scenarios-both).
#include "AgentDatabase.h"
#include "DemoDatabase.h"
#include "GuiTestSupport.h"
#include "PlaygroundWindow.h"
#include "TestDatabase.h"

#include "ConversationsPage.h"
#include "MainWindow.h"
#include "PlaygroundPage.h"
#include "PlaygroundPanels.h"
#include "PlaygroundThreadsModel.h"
#include "ReplayDialog.h"
#include "ReplayPanel.h"
#include "ScenariosModel.h"
#include "ScenariosPanel.h"
#include "Theme.h"
#include "TranscriptModel.h"
#include "agent/PlaygroundSession.h"
#include "agent/ScenarioStore.h"
#include "agent/ThreadStore.h"
#include "agent/server/ServerClient.h"
#include "agent/server/ServerPlaygroundSession.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace limitless;
using agent::server::BackendComparison;
using agent::server::ScenarioBackends;
using models::ScenariosModel;
using test::waitLong;
using ui::MainWindow;
using ui::PlaygroundPage;
using ui::PlaygroundPanels;

namespace {

QString serverUrl()
{
    QFile f(QStringLiteral(LIMITLESS_LGSERVER_STATE "/server.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("url")).toString();
}

// The main window on demo database `name`, the playground shown.
struct Window : test::PlaygroundWindow {
    explicit Window(const QString& name) : PlaygroundWindow(name, {200, 380, 660}) {}

    // The playground on the server (`url` '' = the dev server), waiting for the answer.
    void useServer(const QString& server = {},
                   const QString& assistant = QStringLiteral("sales_agent"))
    {
        page->useServerBackend(QUrl(server.isEmpty() ? serverUrl() : server), {}, assistant);
        REQUIRE(page->serverSession());
        REQUIRE(waitLong([&] {
            return page->serverSession()->isReady() || !page->serverSession()->problem().isEmpty();
        }));
    }
};

QString stageText(QString stage)
{
    if (stage.isEmpty())
        return QStringLiteral("—");
    stage.replace(u'_', u' ');
    stage[0] = stage.at(0).toUpper();
    return stage;
}

QString yesNo(bool v)
{
    return v ? QStringLiteral("yes") : QStringLiteral("no");
}

agent::ReplayResult replayThroughDialog(Window& w, const QString& conversationId, int copied)
{
    agent::ReplayResult result;
    bool finished = false;
    const auto c = QObject::connect(w.panels, &PlaygroundPanels::replayFinished,
                                    [&](const agent::ReplayResult& r) {
                                        result = r;
                                        finished = true;
                                    });
    w.window->showPage(MainWindow::Page::Conversations);
    ui::ConversationsPage* conversations = w.window->conversationsPage();
    conversations->showConversation(conversationId);
    REQUIRE(conversations->replayButton()->isEnabled());
    conversations->replayButton()->click();
    REQUIRE(waitLong([&] { return w.panels->replayDialog() != nullptr; }));
    ui::ReplayDialog* dialog = w.panels->replayDialog();
    dialog->setCopiedTurns(copied);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(waitLong([&] { return finished; }, 120000));
    QObject::disconnect(c);
    return result;
}

} // namespace

TEST_CASE("Replay on the LangGraph server from the Conversations page, beside the original",
          "[lgserver][gui][db][screenshots]")
{
    Window w(QStringLiteral("lgserver_panels_replay"));
    const QString id =
        w.admin
            ->exec(QStringLiteral("select c.id from conversations c join campaigns ca on "
                                  "ca.id = c.campaign_id where ca.platform <> 'playground' and "
                                  "c.current_stage = 'complete' and c.payment_link_sent "
                                  "order by c.id limit 1"))
            .scalar()
            .toString();
    REQUIRE_FALSE(id.isEmpty());
    agent::ThreadStore threads(*w.admin, test::onlyOwner(w.url), {});
    db::DbError dbError;
    const agent::ThreadSnapshot original = threads.load(id, {}, &dbError);
    REQUIRE_FALSE(dbError);
    QStringList leads;
    for (const auto& m : original.state.messages)
        if (m.kind == langgraph::LcMessage::Kind::Human)
            leads << QString::fromUtf8(m.content);
    REQUIRE(leads.size() > 3);

    w.useServer();
    REQUIRE(w.page->serverSession()->isReady());
    const QString assistant = w.page->serverSession()->assistantId();
    ui::ReplayPanel* panel = w.panels->replayPanel();

    // Replaying runs on a worker: the panel says so at once and the window keeps answering.
    bool finished = false;
    agent::ReplayResult result;
    QObject::connect(w.panels, &PlaygroundPanels::replayFinished,
                     [&](const agent::ReplayResult& r) {
                         result = r;
                         finished = true;
                     });
    QElapsedTimer clock;
    clock.start();
    w.panels->replay(id, 2);
    CHECK(clock.elapsed() < 500);
    CHECK(panel->summaryText().contains("on the LangGraph server at"));
    CHECK_FALSE(finished);
    REQUIRE(waitLong([&] { return finished; }, 120000));
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    CHECK(result.policy == QStringLiteral("server:") + assistant);
    CHECK(result.copiedTurns == 2);
    CHECK(result.turns.size() == leads.size() - 2);
    CHECK(panel->isServerResult());
    CHECK(panel->figuresTable()->horizontalHeaderItem(1)->text() == "Replay on the server");
    CHECK(panel->summaryText().contains("replayed on the LangGraph server"));
    CHECK(panel->summaryText().contains("turns 1–2 copied into a new server thread"));

    // The replay's figures are the server thread's state; the original's the database's.
    agent::server::ServerClient client{QUrl(serverUrl())};
    agent::server::ServerError e;
    const auto head = client.state(result.replayThreadId, &e);
    REQUIRE_FALSE(e);
    CHECK(panel->figureText(ui::ReplayPanel::StageRow, 1) == stageText(head.state.currentStage));
    CHECK(panel->figureText(ui::ReplayPanel::QualifiedRow, 1) == yesNo(head.state.qualified));
    CHECK(panel->figureText(ui::ReplayPanel::PaymentLinkRow, 1) ==
          yesNo(head.state.paymentLinkSent));
    CHECK(panel->figureText(ui::ReplayPanel::LeadTurnsRow, 1) == QString::number(leads.size()));
    // The server's score on the seed's scale (0..1), as the database's.
    CHECK(head.state.qualificationScore <= 1.0);
    CHECK(panel->figureText(ui::ReplayPanel::ScoreRow, 1) ==
          QLocale().toString(head.state.qualificationScore, 'f', 2));
    const db::QueryResult row = w.admin->exec(
        QStringLiteral(
            "select current_stage, qualified, payment_link_sent from conversations where id = $1"),
        {id});
    REQUIRE(row.rowCount() == 1);
    CHECK(panel->figureText(ui::ReplayPanel::StageRow, 0) == stageText(row.value(0, 0).toString()));
    CHECK(panel->figureText(ui::ReplayPanel::QualifiedRow, 0) == yesNo(row.value(0, 1).toBool()));
    CHECK(panel->figureText(ui::ReplayPanel::PaymentLinkRow, 0) == yesNo(row.value(0, 2).toBool()));
    CHECK(panel->figureText(ui::ReplayPanel::LeadTurnsRow, 0) == QString::number(leads.size()));
    // The copy is the server thread's first checkpoint (a state update with two lead messages).
    const auto history = client.history(result.replayThreadId, &e);
    REQUIRE_FALSE(e);
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.last().source() == QStringLiteral("update"));

    // Both transcripts: the original's from the database, the replay's from the server.
    REQUIRE(waitLong([&] {
        return panel->originalTranscriptText().contains(leads.last()) &&
               panel->replayTranscriptText().contains(leads.last());
    }));
    CHECK(panel->replayTranscriptText().contains(result.turns.last().replayReply.left(30)));
    CHECK(panel->replayTranscriptText().contains("(copied)"));
    // The chat (on the server) opens the replay's thread.
    REQUIRE(waitLong([&] { return w.page->currentThreadId() == result.replayThreadId; }));
    REQUIRE(waitLong([&] { return w.page->transcriptModel()->rowCount() >= leads.size() * 2; }));
    CHECK(w.page->sideTabs()->currentWidget() == panel);
    test::saveScreenshot(*w.window, QStringLiteral("playground-server-replay"));

    // Through the dialog from the Conversations page: the same, every turn answered again.
    const agent::ReplayResult again = replayThroughDialog(w, id, 0);
    INFO(again.error.toStdString());
    CHECK(again.ok());
    CHECK(again.policy.startsWith(QLatin1String("server:")));
    CHECK(again.turns.size() == leads.size());
    CHECK(w.window->currentPage() == MainWindow::Page::AgentPlayground);

    // An unknown conversation: the server is not touched, the panel says why.
    finished = false;
    w.panels->replay(QStringLiteral("no-such-conversation"), 0);
    REQUIRE(waitLong([&] { return finished; }));
    CHECK(result.replayThreadId.isEmpty());
    CHECK(panel->summaryText().contains("could not be replayed on the LangGraph server"));

    // An assistant the server does not serve: the connection says so, and so does the panel.
    w.useServer({}, QStringLiteral("no_such_graph"));
    CHECK_FALSE(w.page->serverSession()->isReady());
    finished = false;
    w.panels->replay(id, 2);
    REQUIRE(waitLong([&] { return finished; }));
    CHECK(result.replayThreadId.isEmpty());
    CHECK(panel->summaryText().contains("could not be replayed on the LangGraph server"));
    CHECK(panel->summaryText().contains("no_such_graph"));

    // A server that is not there.
    w.useServer(QStringLiteral("http://127.0.0.1:9"));
    CHECK_FALSE(w.page->serverSession()->isReady());
    finished = false;
    w.panels->replay(id, 2);
    REQUIRE(waitLong([&] { return finished; }));
    CHECK(panel->summaryText().contains("127.0.0.1:9"));
    test::saveScreenshot(*panel, QStringLiteral("playground-server-replay-error"));

    // The server went away after connecting: the worker's own request fails, clearly.
    bool replayed = false;
    agent::ReplayResult direct;
    QObject::connect(w.panels->lab(), &agent::PlaygroundLab::replayed,
                     [&](quint64, const agent::ReplayResult& r, const agent::ConversationFigures&,
                         const agent::ConversationFigures&) {
                         direct = r;
                         replayed = true;
                     });
    w.panels->lab()->replayOnServer(id, 2,
                                    {QUrl(QStringLiteral("http://127.0.0.1:9")), {}, assistant});
    REQUIRE(waitLong([&] { return replayed; }));
    CHECK(direct.replayThreadId.isEmpty());
    CHECK_FALSE(direct.error.isEmpty());
    // A graph that is gone (the assistant id is searched, the thread made, its graph 404s).
    replayed = false;
    w.panels->lab()->replayOnServer(id, 2, {QUrl(serverUrl()), {}, QStringLiteral("gone_graph")});
    REQUIRE(waitLong([&] { return replayed; }));
    INFO(direct.error.toStdString());
    CHECK_FALSE(direct.ok());
    CHECK(direct.error.contains("gone_graph"));
}

TEST_CASE("Scenarios on the LangGraph server and on both runtimes, side by side in the tab",
          "[lgserver][gui][db][screenshots]")
{
    Window w(QStringLiteral("lgserver_panels_scenarios"));
    agent::ScenarioStore store(*w.admin, test::onlyOwner(w.url), {});
    db::DbError e;
    agent::Scenario buyer;
    buyer.name = QStringLiteral("Fitness studio buys");
    buyer.leadTurns = {QStringLiteral("hi there"),
                       QStringLiteral("I run a fitness studio, about 20k a month, my problem is "
                                      "no-shows"),
                       QStringLiteral("ok tell me more"),
                       QStringLiteral("yes sign me up, option 2, ana@example.com")};
    store.save(buyer, true, &e);
    INFO(e.message.toStdString());
    REQUIRE_FALSE(e);
    agent::Scenario browser;
    browser.name = QStringLiteral("Just looking");
    browser.leadTurns = {QStringLiteral("hello"), QStringLiteral("just looking")};
    store.save(browser, true, &e);
    REQUIRE_FALSE(e);

    ui::ScenariosPanel* panel = w.panels->scenariosPanel();
    w.page->sideTabs()->setCurrentWidget(panel);
    panel->refresh(); // saved after the tab listed them
    REQUIRE(waitLong([&] { return panel->model()->rowCount() == 2; }));
    QComboBox* choice = panel->backendChoice();
    REQUIRE(choice->count() == 3);
    auto enabled = [&](int i) {
        return qobject_cast<QStandardItemModel*>(choice->model())->item(i)->isEnabled();
    };

    // No server set: the server's entries are disabled, with the reason.
    CHECK(enabled(0));
    CHECK_FALSE(enabled(1));
    CHECK_FALSE(enabled(2));
    CHECK(panel->serverNote().contains("No LangGraph server is set"));
    CHECK(choice->itemData(2, Qt::ToolTipRole).toString().contains("No LangGraph server"));

    // Connected: both offered; "Both" runs every scenario on each runtime.
    w.useServer();
    REQUIRE(w.page->serverSession()->isReady());
    REQUIRE(waitLong([&] { return enabled(1) && enabled(2); }));
    CHECK(panel->serverNote().isEmpty());
    panel->setBackends(ScenarioBackends::Both);
    CHECK(panel->model()->headerData(ScenariosModel::ServerStageColumn, Qt::Horizontal) ==
          "Stage (server)");
    CHECK(panel->model()->headerData(ScenariosModel::StageColumn, Qt::Horizontal) ==
          "Stage (built-in)");
    CHECK_FALSE(panel->view()->isColumnHidden(ScenariosModel::VerdictColumn));
    CHECK(panel->view()->isColumnHidden(ScenariosModel::ResultColumn));

    QList<BackendComparison> rows;
    QString error = QStringLiteral("(none yet)");
    int progressed = 0;
    QObject::connect(panel, &ui::ScenariosPanel::comparisonsFinished,
                     [&](const QList<BackendComparison>& r, const QString& err) {
                         rows = r;
                         error = err;
                     });
    int progressTotal = 0;
    QObject::connect(w.panels->lab(), &agent::PlaygroundLab::scenarioCompared,
                     [&](quint64, int done, int total, const BackendComparison&) {
                         progressTotal = total;
                         progressed = done;
                     });
    REQUIRE(panel->runAllButton()->isEnabled());
    panel->runAllButton()->click();
    CHECK(panel->isRunning());
    CHECK(panel->progress()->isVisible());
    CHECK_FALSE(choice->isEnabled());
    CHECK(panel->statusText().contains("on the built-in runtime and on the LangGraph server"));
    REQUIRE(waitLong([&] { return error != QStringLiteral("(none yet)"); }, 180000));
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    CHECK(progressed == 2);
    CHECK(progressTotal == 2);
    REQUIRE(rows.size() == 2);
    const ScenariosModel* model = panel->model();
    for (const BackendComparison& c : rows) {
        INFO(c.scenario.name.toStdString()
             << " " << c.server.error.toStdString() << c.builtin.error.toStdString());
        REQUIRE(c.hasBuiltin);
        REQUIRE(c.hasServer);
        CHECK(c.server.ok());
        CHECK(c.builtin.ok());
        CHECK(c.builtin.policy == QStringLiteral("offline"));
        CHECK(c.server.policy.startsWith(QLatin1String("server:")));
        const int row = model->rowForName(c.scenario.name);
        REQUIRE(row >= 0);
        auto cell = [&](int column) { return model->index(row, column).data().toString(); };
        CHECK(cell(ScenariosModel::StageColumn) == stageText(c.builtin.stageReached));
        CHECK(cell(ScenariosModel::ServerStageColumn) == stageText(c.server.stageReached));
        CHECK(cell(ScenariosModel::QualifiedColumn) == yesNo(c.builtin.qualified));
        CHECK(cell(ScenariosModel::ServerQualifiedColumn) == yesNo(c.server.qualified));
        CHECK(cell(ScenariosModel::PaymentLinkColumn) == yesNo(c.builtin.paymentLinkSent));
        CHECK(cell(ScenariosModel::ServerPaymentLinkColumn) == yesNo(c.server.paymentLinkSent));
        // The verdict follows the three figures.
        const bool same = c.builtin.stageReached == c.server.stageReached &&
                          c.builtin.qualified == c.server.qualified &&
                          c.builtin.paymentLinkSent == c.server.paymentLinkSent &&
                          c.builtin.turns == c.server.turns;
        CHECK(cell(ScenariosModel::VerdictColumn) ==
              (same ? QStringLiteral("same")
                    : QStringLiteral("differs: ") + c.differences().join(QStringLiteral(", "))));
        // The server's thread holds what the row shows.
        agent::server::ServerClient client{QUrl(serverUrl())};
        agent::server::ServerError se;
        const auto head = client.state(c.server.threadId, &se);
        REQUIRE_FALSE(se);
        CHECK(head.state.currentStage == c.server.stageReached);
        CHECK(head.state.paymentLinkSent == c.server.paymentLinkSent);
    }
    // The buyer goes to the close on the server (an interrupt resumed) and gets the link.
    const int b = model->rowForName(buyer.name);
    CHECK(model->index(b, ScenariosModel::ServerStageColumn).data() == "Close");
    CHECK(model->index(b, ScenariosModel::ServerPaymentLinkColumn).data() == "yes");
    CHECK(model->index(model->rowForName(browser.name), ScenariosModel::ServerPaymentLinkColumn)
              .data() == "no");
    INFO(panel->statusText().toStdString());
    CHECK(panel->statusText().startsWith("2 scenario"));
    CHECK(panel->statusText().contains("run on both runtimes"));
    // The built-in runs are stored as the scenarios' newest; the server's are not.
    const QHash<QString, agent::ScenarioOutcome> latest = store.latestRuns(&e);
    REQUIRE_FALSE(e);
    for (const BackendComparison& c : rows)
        CHECK(latest.value(c.scenario.id).policy == QStringLiteral("offline"));
    panel->selectScenario(buyer.name);
    CHECK(panel->detailsText().contains("On the LangGraph server"));
    CHECK(panel->detailsText().contains("Compared:"));
    if (auto* split = w.page->findChild<QSplitter*>(QStringLiteral("playgroundSplitter")))
        split->setSizes({170, 300, 770});
    test::saveScreenshot(*w.window, QStringLiteral("playground-server-scenarios-both"));

    // The server alone, the selected scenario.
    panel->setBackends(ScenarioBackends::Server);
    CHECK(panel->view()->isColumnHidden(ScenariosModel::StageColumn));
    CHECK(model->headerData(ScenariosModel::ServerStageColumn, Qt::Horizontal) == "Stage");
    panel->selectScenario(browser.name);
    error = QStringLiteral("(none yet)");
    panel->runButton()->click();
    REQUIRE(waitLong([&] { return error != QStringLiteral("(none yet)"); }, 120000));
    CHECK(error.isEmpty());
    REQUIRE(rows.size() == 1);
    CHECK_FALSE(rows.first().hasBuiltin);
    CHECK(model->index(model->rowForName(browser.name), ScenariosModel::VerdictColumn).data() ==
          "ran");
    CHECK(progressTotal == 1);
    CHECK(panel->statusText().startsWith("1 scenario"));
    CHECK(panel->statusText().contains("run on the LangGraph server"));

    // The server goes away: its entries are disabled with the reason, the choice falls back.
    w.useServer(QStringLiteral("http://127.0.0.1:9"));
    REQUIRE(waitLong([&] { return !enabled(1); }));
    CHECK(panel->backends() == ScenarioBackends::BuiltIn);
    CHECK(panel->serverNote().contains("127.0.0.1:9"));
    // A run started against it meanwhile ends with the network's words, nothing hangs.
    bool done = false;
    QString runError;
    QObject::connect(w.panels->lab(), &agent::PlaygroundLab::scenariosCompared,
                     [&](quint64, const QList<BackendComparison>&, const QString& err) {
                         runError = err;
                         done = true;
                     });
    w.panels->lab()->runScenarios({}, ScenarioBackends::Both,
                                  {QUrl(QStringLiteral("http://127.0.0.1:9")), {}, {}});
    REQUIRE(waitLong([&] { return done; }, 60000));
    CHECK_FALSE(runError.isEmpty());
}
