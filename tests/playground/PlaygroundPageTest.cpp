// The Agent playground offscreen on the test cluster, signed in as a fresh owner with the
// offline policy: a test conversation from the campaign choice through to the close with the
// reply streaming into the chat, the simulated payment, a failed turn storing nothing, and time
// travel — editing an earlier checkpoint and forking a branch that the history tree shows beside
// the old one. Screenshots go to <build>/screenshots/ for review.
#include "DocumentsTestSupport.h"

#include "AgentGraphView.h"
#include "AgentStateModel.h"
#include "Banner.h"
#include "CheckpointTreeModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PlaygroundPage.h"
#include "PlaygroundThreadsModel.h"
#include "Theme.h"
#include "TranscriptModel.h"
#include "agent/PlaygroundSession.h"
#include "knowledge/KnowledgeEnvironment.h"
#include "knowledge/Retriever.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace limitless;
using agent::PlaygroundSession;
using agent::TurnResult;
using models::CheckpointTreeModel;
using models::TranscriptModel;
using test::waitFor;
using ui::MainWindow;
using ui::PlaygroundPage;

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

struct Looks {
    QLocale previous;
    Looks()
    {
        ui::Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    ~Looks() { QLocale::setDefault(previous); }
};

// Sends `text` through the input and waits for the turn; returns its result.
TurnResult send(PlaygroundPage& page, const QString& text)
{
    TurnResult result;
    bool done = false;
    const auto c = QObject::connect(&page, &PlaygroundPage::turnShown, [&](const TurnResult& r) {
        result = r;
        done = true;
    });
    page.input()->setPlainText(text);
    REQUIRE(page.sendButton()->isEnabled());
    page.sendButton()->click();
    REQUIRE(waitFor([&] { return done; }));
    QObject::disconnect(c);
    return result;
}

// The page has shown the turn's checkpoint: history and state reloaded.
bool settled(PlaygroundPage& page, const QString& checkpoint)
{
    return page.historyModel()->indexOf(checkpoint).isValid() &&
           page.headCheckpoint() == checkpoint && page.shownCheckpoint() == checkpoint &&
           !page.session()->isBusy() && page.transcriptModel()->pendingCount() == 0;
}

QString lastAiText(const TranscriptModel& model)
{
    for (int i = model.rowCount() - 1; i >= 0; --i)
        if (model.index(i).data(TranscriptModel::RoleNameRole).toString() == "ai")
            return model.index(i).data().toString();
    return {};
}

} // namespace

TEST_CASE("A test conversation streams to the close, and a fork keeps both branches",
          "[playground][gui][db][screenshots]")
{
    test::KnowledgeGuiFixture f(QStringLiteral("playground"));
    f.users.addBusiness(f.owner);
    Looks looks;
    MainWindow window(&f.db);
    window.resize(1440, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::AgentPlayground);
    PlaygroundPage* page = window.playgroundPage();
    REQUIRE(page);
    REQUIRE(page->isVisible());
    PlaygroundSession* session = page->session();
    REQUIRE(waitFor([&] { return session->isReady(); }));
    CHECK(session->unavailableReason().isEmpty());
    // Only the offline policy until another registers.
    CHECK(page->policyChoice()->count() == PlaygroundSession::policyNames().size());
    CHECK(page->policyChoice()->currentData().toString() == "offline");
    const QString campaign = f.owner.ownerId + QStringLiteral("-c1");
    REQUIRE(waitFor([&] { return page->campaignChoice()->findData(campaign) >= 0; }));
    CHECK(page->emptyStateText().contains("New test conversation"));
    CHECK_FALSE(page->sendButton()->isEnabled());

    // A new test conversation for the chosen campaign.
    page->campaignChoice()->setCurrentIndex(page->campaignChoice()->findData(campaign));
    QString startError;
    QObject::connect(session, &PlaygroundSession::threadStarted, page,
                     [&](quint64, const QString&, const QString& error) { startError = error; });
    page->newButton()->click();
    waitFor([&] { return !page->currentThreadId().isEmpty() || !startError.isEmpty(); });
    INFO(startError.toStdString());
    REQUIRE_FALSE(page->currentThreadId().isEmpty());
    const QString thread = page->currentThreadId();
    REQUIRE(waitFor([&] { return page->threadsModel()->rowForId(thread) >= 0; }));
    CHECK(page->emptyStateText().contains("first message"));

    // Streamed text arrives into a growing AI bubble while the turn runs.
    int tokens = 0;
    bool grewInChat = true;
    QObject::connect(session, &PlaygroundSession::tokenReceived, page,
                     [&](quint64, const QString& id, const QString& delta) {
                         if (id != thread || delta.isEmpty())
                             return;
                         ++tokens;
                         TranscriptModel* m = page->transcriptModel();
                         const QModelIndex last = m->index(m->rowCount() - 1);
                         grewInChat = grewInChat && m->pendingCount() > 0 &&
                                      last.data(TranscriptModel::PendingRole).toBool() &&
                                      last.data().toString().endsWith(delta);
                     });

    QStringList stages;
    TurnResult last;
    for (const QString& line : kSale) {
        last = send(*page, line);
        INFO(line.toStdString() << " → " << last.error.toStdString());
        REQUIRE(last.ok());
        REQUIRE(waitFor([&] { return settled(*page, last.checkpointId); }));
        stages << last.state.currentStage;
        CHECK(lastAiText(*page->transcriptModel()).toStdString() ==
              last.replies.value(last.replies.size() - 1).toStdString());
    }
    CHECK(tokens > 0);
    CHECK(grewInChat);
    CHECK(stages.last() == "close");
    CHECK(stages.contains("pitch"));
    CHECK(page->stateModel()->state().paymentLinkSent);
    CHECK(page->paymentLinkText().contains("test link"));
    CHECK(page->paymentButton()->isEnabled());
    CHECK(page->graphView()->currentNode() == "close");
    CHECK(page->graphView()->turnNodes() == last.nodePath);
    const int threadRow = page->threadsModel()->rowForId(thread);
    REQUIRE(threadRow >= 0);
    CHECK(page->threadsModel()->thread(threadRow).campaignCode.compare(campaign,
                                                                       Qt::CaseInsensitive) == 0);
    test::screenshot(window, QStringLiteral("playground-chat"));

    page->showTab(PlaygroundPage::Tab::State);
    test::screenshot(window, QStringLiteral("playground-inspector"));
    page->showTab(PlaygroundPage::Tab::Graph);
    test::screenshot(window, QStringLiteral("playground-graph"));

    // The simulated payment says so and completes the sale.
    TurnResult paid;
    bool paidDone = false;
    const auto paidConnection =
        QObject::connect(page, &PlaygroundPage::turnShown, page, [&](const TurnResult& r) {
            paid = r;
            paidDone = true;
        });
    page->paymentButton()->click();
    REQUIRE(waitFor([&] { return paidDone; }));
    QObject::disconnect(paidConnection);
    REQUIRE(paid.ok());
    REQUIRE(waitFor([&] { return settled(*page, paid.checkpointId); }));
    CHECK(page->stateModel()->state().paymentCompleted);
    CHECK(page->noticeTexts().join(' ').contains("Simulated"));
    CHECK_FALSE(page->paymentButton()->isEnabled());

    // Time travel: the checkpoint where the pitch was delivered, edited and forked.
    CheckpointTreeModel* history = page->historyModel();
    QString pitchPoint;
    for (const agent::CheckpointInfo& c : history->history())
        if (c.stage == "qualification" && pitchPoint.isEmpty() && c.messageCount >= 4)
            pitchPoint = c.checkpointId;
    REQUIRE_FALSE(pitchPoint.isEmpty());
    const int before = int(history->history().size());
    page->historyView()->setCurrentIndex(history->indexOf(pitchPoint));
    REQUIRE(page->editForkButton()->isEnabled());
    page->editForkButton()->click();
    CHECK(page->isForking());
    REQUIRE(waitFor([&] { return page->stateModel()->state().messages.size() >= 4; }));
    CHECK_FALSE(page->sendButton()->isEnabled());
    models::AgentStateModel* state = page->stateModel();
    const QModelIndex revenue =
        state->index(state->rowForChannel("monthly_revenue"), models::AgentStateModel::ValueColumn);
    REQUIRE(state->flags(revenue).testFlag(Qt::ItemIsEditable));
    CHECK(state->setData(revenue, QStringLiteral("$5k–$10k")));
    REQUIRE(page->applyForkButton()->isEnabled());
    page->applyForkButton()->click();
    REQUIRE(waitFor([&] {
        return !page->isForking() && history->history().size() == before + 1 &&
               history->indexOf(page->headCheckpoint()).isValid();
    }));
    const QString fork = page->headCheckpoint();
    CHECK(history->checkpoint(history->indexOf(fork)).parentId == pitchPoint);
    CHECK(history->checkpoint(history->indexOf(fork)).source == "update");
    // The fork is nested under the checkpoint it left; the old branch goes on beside it.
    CHECK(history->parent(history->indexOf(fork)) == history->indexOf(pitchPoint));
    int continuations = 0;
    for (const agent::CheckpointInfo& c : history->history())
        continuations += c.parentId == pitchPoint ? 1 : 0;
    CHECK(continuations == 2);

    // Continuing the fork makes a second branch; the old one (to the payment) stays.
    const TurnResult branch = send(*page, QStringLiteral("Also, we have two locations."));
    INFO(branch.error.toStdString());
    REQUIRE(branch.ok());
    REQUIRE(waitFor([&] { return settled(*page, branch.checkpointId); }));
    CHECK(history->forkCount() >= 1);
    CHECK(history->branchCount() >= 2);
    CHECK(history->indexOf(paid.checkpointId).isValid());
    CHECK_FALSE(
        history->indexOf(paid.checkpointId).data(CheckpointTreeModel::IsOnHeadRole).toBool());
    CHECK(history->indexOf(fork).data(CheckpointTreeModel::IsOnHeadRole).toBool());
    CHECK(page->stateModel()->state().monthlyRevenue == QStringLiteral("$5k–$10k"));
    CHECK(page->paymentLinkText().isEmpty());
    CHECK(waitFor([&] {
        const int row = page->threadsModel()->rowForId(thread);
        return row >= 0 && page->threadsModel()->thread(row).stage == branch.state.currentStage;
    }));
    page->showTab(PlaygroundPage::Tab::History);
    page->historyView()->setCurrentIndex(history->indexOf(pitchPoint));
    test::screenshot(window, QStringLiteral("playground-history-fork"));

    // Continue from a checkpoint of the old branch: the chat shows it again.
    page->historyView()->setCurrentIndex(history->indexOf(paid.checkpointId));
    page->continueButton()->click();
    REQUIRE(waitFor([&] { return page->stateModel()->state().paymentCompleted; }));
    CHECK(page->headCheckpoint() == paid.checkpointId);

    // Delete (confirmed): the conversation leaves the list and the page says what to do next.
    ui::MessageBox::setNextAnswer(ui::MessageBox::Button::Yes);
    page->deleteButton()->click();
    REQUIRE(waitFor([&] { return page->threadsModel()->rowForId(thread) < 0; }));
    CHECK(page->currentThreadId().isEmpty());
    CHECK_FALSE(page->emptyStateText().isEmpty());
}

TEST_CASE("A stopped turn stores nothing and gives the lead's message back",
          "[playground][gui][db]")
{
    test::KnowledgeGuiFixture f(QStringLiteral("pgstop"));
    Looks looks;
    PlaygroundPage page(&f.db);
    page.resize(1280, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(waitFor([&] { return page.session()->isReady(); }));
    page.newButton()->click();
    REQUIRE(waitFor([&] { return !page.currentThreadId().isEmpty(); }));
    REQUIRE(waitFor([&] { return page.sendButton()->isEnabled() || true; }));

    // Stop before the worker takes the turn: cancelled, nothing stored, the text is back.
    TurnResult result;
    bool done = false;
    QObject::connect(&page, &PlaygroundPage::turnShown, &page, [&](const TurnResult& r) {
        result = r;
        done = true;
    });
    page.input()->setPlainText(QStringLiteral("Hello there"));
    page.sendButton()->click();
    CHECK(page.stopButton()->isEnabled());
    page.stopButton()->click();
    REQUIRE(waitFor([&] { return done; }));
    CHECK_FALSE(result.ok());
    CHECK(page.turnError().contains("Nothing"));
    CHECK(page.input()->toPlainText() == "Hello there");
    CHECK(page.transcriptModel()->pendingCount() == 0);
    bool loaded = false;
    QList<agent::CheckpointInfo> history;
    QObject::connect(
        page.session(), &PlaygroundSession::historyLoaded, &page,
        [&](quint64, const QString&, const QList<agent::CheckpointInfo>& h, const QString&) {
            history = h;
            loaded = true;
        });
    page.session()->loadHistory(page.currentThreadId());
    REQUIRE(waitFor([&] { return loaded; }));
    CHECK(history.isEmpty());

    // The next turn goes through.
    done = false;
    page.sendButton()->click();
    REQUIRE(waitFor([&] { return done; }));
    CHECK(result.ok());
}

TEST_CASE("The playground loads the search index when it connects, before the first turn",
          "[playground][gui][db]")
{
    test::KnowledgeGuiFixture f(QStringLiteral("playground_index"));
    f.users.addBusiness(f.owner);
    const QStringList texts = {QStringLiteral("The Pro plan costs 297 dollars a month."),
                               QStringLiteral("Onboarding takes two weeks, with a call a week."),
                               QStringLiteral("Refunds within 30 days, no questions asked.")};
    f.addProcessedDocument(QStringLiteral("pricing.md"), texts, QStringLiteral("pricing"));
    MainWindow window(&f.db);
    knowledge::EnvironmentTracker* tracker = window.playgroundPage()->session()->environment();
    REQUIRE(tracker);
    REQUIRE(waitFor([&] { return tracker->current().isValid(); }));

    // A session made when the documents are there (the in-process engine: the test cluster has
    // no pgvector): its worker loads their vectors as soon as it is connected, so the first job
    // after it finds the index loaded without searching.
    PlaygroundSession session(tracker);
    REQUIRE(waitFor([&] { return session.isReady(); }));
    qsizetype held = -1;
    bool ran = false;
    session.post([&](const agent::PlaygroundContext& context) {
        held = context.retriever ? context.retriever->index().size() : -2;
        ran = true;
    });
    REQUIRE(waitFor([&] { return ran; }));
    CHECK(held == texts.size());

    // The first turn retrieves with it.
    const QString campaign = f.owner.ownerId + QStringLiteral("-c1");
    QString thread, error;
    QObject::connect(&session, &PlaygroundSession::threadStarted, &session,
                     [&](quint64, const QString& id, const QString& e) {
                         thread = id;
                         error = e;
                     });
    session.startThread(campaign);
    REQUIRE(waitFor([&] { return !thread.isEmpty() || !error.isEmpty(); }));
    INFO(error.toStdString());
    REQUIRE_FALSE(thread.isEmpty());
    TurnResult result;
    bool done = false;
    QObject::connect(&session, &PlaygroundSession::turnFinished, &session,
                     [&](quint64, const TurnResult& r) {
                         result = r;
                         done = true;
                     });
    session.sendMessage(thread, QStringLiteral("How much is the Pro plan per month?"));
    REQUIRE(waitFor([&] { return done; }));
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    for (const QString& notice : result.notices)
        CHECK_FALSE(notice.contains(QLatin1String("could not be searched")));
}
