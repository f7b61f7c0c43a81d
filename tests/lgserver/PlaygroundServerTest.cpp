// The Agent playground on the LangGraph-server backend, offscreen, against the real dev server
// (fixture "lgserver"): a thread created, the reply streamed token by token, the state and the
// checkpoint history from the server, a fork by editing state, an interrupt shown and resumed,
// a running run cancelled, a node's failure shown; and the agent backend settings' "Test
// connection", good and bad. Screenshots go to <build>/screenshots/playground-server-*.png.
#include "MemorySecretStore.h"

#include "AgentBackendDialog.h"
#include "AgentGraphView.h"
#include "AgentStateModel.h"
#include "Banner.h"
#include "CheckpointTreeModel.h"
#include "MessageBox.h"
#include "PasswordField.h"
#include "PlaygroundPage.h"
#include "PlaygroundThreadsModel.h"
#include "TranscriptModel.h"
#include "agent/server/ServerClient.h"
#include "agent/server/ServerPlaygroundSession.h"
#include "agent/server/ServerSettings.h"
#include "db/Database.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace limitless;
using agent::TurnResult;
using ui::PlaygroundPage;

namespace {

QUrl serverUrl()
{
    QFile f(QStringLiteral(LIMITLESS_LGSERVER_STATE "/server.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QUrl(
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("url")).toString());
}

bool waitFor(const std::function<bool()>& done, int ms = 30000)
{
    return QTest::qWaitFor(done, ms);
}

void screenshot(QWidget& w, const QString& name)
{
    const QString dir = QStringLiteral(LIMITLESS_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QTest::qWait(150);
    CHECK(w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// The dashboard's settings in a directory of the test's own.
struct IsolatedSettings {
    QTemporaryDir dir;
    IsolatedSettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    }
};

TurnResult waitTurn(PlaygroundPage& page, const std::function<void()>& start)
{
    TurnResult result;
    bool done = false;
    const auto c = QObject::connect(&page, &PlaygroundPage::turnShown, [&](const TurnResult& r) {
        result = r;
        done = true;
    });
    start();
    REQUIRE(waitFor([&] { return done; }));
    QObject::disconnect(c);
    return result;
}

TurnResult send(PlaygroundPage& page, const QString& text)
{
    return waitTurn(page, [&] {
        page.input()->setPlainText(text);
        REQUIRE(page.sendButton()->isEnabled());
        page.sendButton()->click();
    });
}

// History and state reloaded after a turn or a fork.
bool settled(PlaygroundPage& page)
{
    return !page.backend()->isBusy() && page.transcriptModel()->pendingCount() == 0 &&
           !page.headCheckpoint().isEmpty() && page.shownCheckpoint() == page.headCheckpoint() &&
           page.historyModel()->indexOf(page.headCheckpoint()).isValid();
}

QString lastAiText(const models::TranscriptModel& model)
{
    for (int i = model.rowCount() - 1; i >= 0; --i)
        if (model.index(i).data(models::TranscriptModel::RoleNameRole).toString() == "ai")
            return model.index(i).data().toString();
    return {};
}

const QString kQualify = QStringLiteral(
    "I run a fitness studio, about 20k a month, my problem is no-shows. ana@example.com");

} // namespace

TEST_CASE("The playground on a LangGraph server: stream, state, history, fork, interrupt, "
          "cancel, failure",
          "[lgserver][gui][screenshots]")
{
    IsolatedSettings settings;
    db::Database database;
    test::MemorySecretStore secrets;
    PlaygroundPage page(&database, &secrets);
    page.resize(1440, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    page.useServerBackend(serverUrl(), {}, QStringLiteral("sales_agent"));
    REQUIRE(page.isServerBackend());
    REQUIRE(waitFor([&] { return page.backend()->isReady(); }));
    CHECK(page.backend()->kind() == QStringLiteral("server"));
    CHECK(page.banner()->text().isEmpty());
    CHECK_FALSE(page.policyChoice()->isVisible());
    CHECK_FALSE(page.paymentButton()->isVisible());

    // The server's own graph is drawn.
    agent::server::ServerClient client(serverUrl());
    agent::server::ServerError e;
    const auto shape = client.graph(QStringLiteral("sales_agent"), &e);
    REQUIRE_FALSE(e);
    QStringList serverNodes;
    for (const auto& n : shape.nodes)
        if (!n.id.startsWith(QLatin1String("__")))
            serverNodes << n.id;
    CHECK(page.graphView()->nodeIds() == serverNodes);
    CHECK(page.graphView()->nodeIds().contains(QStringLiteral("extract")));

    // A new thread on the server.
    page.newButton()->click();
    REQUIRE(waitFor([&] { return !page.currentThreadId().isEmpty(); }));
    const QString thread = page.currentThreadId();
    CHECK_FALSE(client.thread(thread, &e).threadId.isEmpty());
    REQUIRE(waitFor([&] { return page.threadsModel()->rowForId(thread) >= 0; }));

    // The reply arrives token by token; the running node is highlighted as it runs.
    int tokens = 0;
    QStringList nodesSeen;
    QObject::connect(page.backend(), &agent::PlaygroundBackend::tokenReceived, &page,
                     [&](quint64, const QString&, const QString&) { ++tokens; });
    QObject::connect(page.backend(), &agent::PlaygroundBackend::nodeStarted, &page,
                     [&](quint64, const QString&, const QString& node) {
                         nodesSeen << page.graphView()->currentNode() + QLatin1Char('=') + node;
                     });
    TurnResult r = send(page, QStringLiteral("hi there"));
    INFO(r.error.toStdString());
    REQUIRE(r.ok());
    CHECK(tokens > 5);
    CHECK(nodesSeen.contains(QStringLiteral("extract=extract")));
    CHECK(r.nodePath == QStringList{QStringLiteral("extract"), QStringLiteral("greeting")});
    REQUIRE(waitFor([&] { return settled(page); }));
    CHECK(lastAiText(*page.transcriptModel()).startsWith(QLatin1String("Hi! Thanks")));
    CHECK(page.stateModel()->state().currentStage == QStringLiteral("qualification"));

    tokens = 0;
    r = send(page, kQualify);
    REQUIRE(r.ok());
    CHECK(tokens > 5);
    REQUIRE(waitFor([&] { return settled(page); }));
    CHECK(page.stateModel()->state().qualified);
    CHECK(page.stateModel()->state().businessType == QStringLiteral("fitness studio"));
    CHECK(page.stateModel()->state().currentStage == QStringLiteral("pitch"));
    screenshot(page, QStringLiteral("playground-server-chat"));
    page.showTab(PlaygroundPage::Tab::Graph);
    screenshot(page, QStringLiteral("playground-server-graph"));

    // The history is the server's: every checkpoint of the thread.
    models::CheckpointTreeModel* history = page.historyModel();
    const auto serverHistory = client.history(thread, &e);
    REQUIRE_FALSE(e);
    CHECK(history->history().size() == serverHistory.size());

    // Fork by editing state at the end of the first turn.
    QString firstTurn;
    for (const agent::CheckpointInfo& c : history->history())
        if (c.messageCount == 2 && c.stage == QLatin1String("qualification"))
            firstTurn = c.checkpointId;
    REQUIRE_FALSE(firstTurn.isEmpty());
    const int before = int(history->history().size());
    page.showTab(PlaygroundPage::Tab::History);
    page.historyView()->setCurrentIndex(history->indexOf(firstTurn));
    REQUIRE(page.editForkButton()->isEnabled());
    page.editForkButton()->click();
    REQUIRE(waitFor(
        [&] { return page.isForking() && page.stateModel()->state().messages.size() == 2; }));
    models::AgentStateModel* state = page.stateModel();
    const QModelIndex revenue =
        state->index(state->rowForChannel("monthly_revenue"), models::AgentStateModel::ValueColumn);
    REQUIRE(state->setData(revenue, QStringLiteral("50k")));
    REQUIRE(page.applyForkButton()->isEnabled());
    page.applyForkButton()->click();
    REQUIRE(waitFor([&] {
        return !page.isForking() && history->history().size() == before + 1 && settled(page);
    }));
    const QString fork = page.headCheckpoint();
    CHECK_FALSE(page.applyForkButton()->isVisible());
    CHECK(history->checkpoint(history->indexOf(fork)).parentId == firstTurn);
    CHECK(history->checkpoint(history->indexOf(fork)).source == QStringLiteral("update"));
    CHECK(client.state(thread, &e).state.monthlyRevenue == QStringLiteral("50k"));
    screenshot(page, QStringLiteral("playground-server-history-fork"));

    // Continue the fork to the pitch, then to the close, where the graph stops (an interrupt).
    r = send(page, QStringLiteral("I run a salon, my problem is empty chairs"));
    REQUIRE(r.ok());
    REQUIRE(waitFor([&] { return settled(page); }));
    CHECK(page.stateModel()->state().currentStage == QStringLiteral("pitch"));
    CHECK(page.stateModel()->state().monthlyRevenue == QStringLiteral("50k"));
    CHECK(history->branchCount() >= 2);
    r = send(page, QStringLiteral("tell me more"));
    REQUIRE(r.ok());
    REQUIRE(waitFor([&] { return settled(page); }));
    r = send(page, QStringLiteral("yes sign me up, option 2"));
    REQUIRE(r.ok());
    CHECK(r.next == QStringList{QStringLiteral("close")});
    REQUIRE(waitFor([&] { return settled(page) && !page.waitingBefore().isEmpty(); }));
    CHECK(page.waitingBefore() == QStringList{QStringLiteral("close")});
    CHECK(page.resumeButton()->isVisible());
    REQUIRE(page.resumeButton()->isEnabled());
    CHECK(page.noticeTexts().join(' ').contains(QLatin1String("close")));
    page.showTab(PlaygroundPage::Tab::State);
    screenshot(page, QStringLiteral("playground-server-interrupt"));
    r = waitTurn(page, [&] { page.resumeButton()->click(); });
    INFO(r.error.toStdString());
    REQUIRE(r.ok());
    CHECK(r.reply.contains(QLatin1String("https://pay.example.com/option2")));
    REQUIRE(waitFor([&] { return settled(page); }));
    CHECK(page.stateModel()->state().paymentLinkSent);
    CHECK(page.waitingBefore().isEmpty());
    CHECK_FALSE(page.resumeButton()->isVisible());

    // A run that takes a while, cancelled: the run is cancelled on the server (its status
    // becomes "interrupted").
    auto interruptedRuns = [&] {
        int n = 0;
        for (const QJsonValue& run : client.runs(thread, &e))
            n += run.toObject().value(QStringLiteral("status")).toString() ==
                         QLatin1String("interrupted")
                     ? 1
                     : 0;
        return n;
    };
    const int interruptedBefore = interruptedRuns();
    bool started = false;
    QObject::connect(page.backend(), &agent::PlaygroundBackend::turnStarted, &page,
                     [&](quint64, const QString&) { started = true; });
    QElapsedTimer clock;
    clock.start();
    r = waitTurn(page, [&] {
        page.input()->setPlainText(QStringLiteral("please answer slowly"));
        page.sendButton()->click();
        REQUIRE(waitFor([&] { return started; }));
        QTest::qWait(800);
        REQUIRE(page.stopButton()->isEnabled());
        page.stopButton()->click();
    });
    CHECK(clock.elapsed() < 5500); // the node would wait 6 s
    CHECK_FALSE(r.ok());
    CHECK(page.turnError().contains(QLatin1String("cancelled on the server")));
    CHECK(waitFor([&] { return interruptedRuns() == interruptedBefore + 1; }, 5000));

    // A node that raises: the server's words in the page.
    REQUIRE(waitFor([&] { return !page.backend()->isBusy(); }));
    r = send(page, QStringLiteral("this will explode"));
    CHECK_FALSE(r.ok());
    CHECK(page.turnError().contains(QLatin1String("Simulated node failure")));
    screenshot(page, QStringLiteral("playground-server-error"));

    // Delete: gone from the server and the list.
    ui::MessageBox::setNextAnswer(ui::MessageBox::Button::Yes);
    REQUIRE(waitFor([&] { return page.deleteButton()->isEnabled(); }));
    page.deleteButton()->click();
    REQUIRE(waitFor([&] { return page.threadsModel()->rowForId(thread) < 0; }));
    client.thread(thread, &e);
    CHECK(e.kind == agent::server::ServerError::Kind::NotFound);

    // Back to the built-in runtime: its graph again.
    page.useBuiltInBackend();
    CHECK_FALSE(page.isServerBackend());
    CHECK(page.graphView()->nodeIds().contains(QStringLiteral("followup")));
    CHECK_FALSE(page.graphView()->nodeIds().contains(QStringLiteral("extract")));
}

TEST_CASE("A server that refuses or is not there: the page says so", "[lgserver][gui]")
{
    IsolatedSettings settings;
    db::Database database;
    test::MemorySecretStore secrets;
    PlaygroundPage page(&database, &secrets);
    page.useServerBackend(QUrl(QStringLiteral("http://127.0.0.1:9")), {}, {});
    REQUIRE(waitFor([&] { return !page.backend()->problem().isEmpty(); }));
    CHECK_FALSE(page.backend()->isReady());
    CHECK(page.banner()->text() == page.backend()->problem());
    CHECK_FALSE(page.newButton()->isEnabled());

    // An assistant the server does not have.
    page.useServerBackend(serverUrl(), {}, QStringLiteral("no_such_graph"));
    REQUIRE(waitFor([&] { return !page.backend()->problem().isEmpty(); }));
    CHECK_FALSE(page.backend()->isReady());
    CHECK(page.backend()->problem().contains(QLatin1String("no_such_graph")));
}

TEST_CASE("Agent backend settings: Test connection good and bad, on a worker, and Save keeps the "
          "key in the keychain",
          "[lgserver][gui][screenshots]")
{
    IsolatedSettings settings;
    test::MemorySecretStore secrets;
    const QString profile = QStringLiteral("lgserver-test");
    ui::AgentBackendDialog dialog(profile, &secrets);
    dialog.resize(640, 320);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(dialog.testButton()->isEnabled()); // built-in: nothing to test

    dialog.backendChoice()->setCurrentIndex(1);
    REQUIRE(dialog.testButton()->isEnabled());
    dialog.urlField()->setText(serverUrl().toString());
    bool ok = false;
    QString message;
    int tests = 0;
    QObject::connect(&dialog, &ui::AgentBackendDialog::tested, &dialog,
                     [&](bool good, const QString& m) {
                         ok = good;
                         message = m;
                         ++tests;
                     });
    dialog.testButton()->click();
    // The test runs on a worker: the dialog answers at once and says it is testing.
    CHECK(dialog.isTesting());
    CHECK(dialog.statusText().startsWith(QLatin1String("Testing")));
    REQUIRE(waitFor([&] { return tests == 1; }));
    CHECK(ok);
    CHECK(message.contains(QLatin1String("1.5.1")));
    CHECK(dialog.statusText() == message);
    REQUIRE(dialog.assistantChoice()->count() >= 1);
    CHECK(dialog.assistantChoice()->currentText().contains(QLatin1String("sales_agent")));
    screenshot(dialog, QStringLiteral("playground-server-settings"));

    // Nothing listening: the network error, specific.
    dialog.urlField()->setText(QStringLiteral("http://127.0.0.1:9"));
    dialog.testButton()->click();
    REQUIRE(waitFor([&] { return tests == 2; }));
    CHECK_FALSE(ok);
    CHECK_FALSE(message.isEmpty());
    CHECK_FALSE(message.contains(QLatin1String("Connected")));
    screenshot(dialog, QStringLiteral("playground-server-settings-error"));
    // A URL that is not one: said without a request.
    dialog.urlField()->setText(QStringLiteral("ftp://example"));
    dialog.testButton()->click();
    CHECK(tests == 3);
    CHECK_FALSE(ok);

    // Save: the key in the keychain, the settings in the profile's group.
    dialog.urlField()->setText(serverUrl().toString());
    dialog.apiKeyField()->lineEdit()->setText(QStringLiteral("k-123"));
    REQUIRE(dialog.save());
    REQUIRE(waitFor([&] { return !dialog.isVisible(); }));
    CHECK(secrets.value(agent::server::ServerSettings::apiKeyName(profile)) == "k-123");
    const auto saved = agent::server::ServerSettings::load(profile);
    CHECK(saved.backend == agent::server::ServerSettings::Backend::Server);
    CHECK(saved.serverUrl == serverUrl().toString());
    CHECK_FALSE(saved.assistantId.isEmpty());
}
