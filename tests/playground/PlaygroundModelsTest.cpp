// The playground's models without a database: each under QAbstractItemModelTester, the chat's
// pending (streaming) rows, the inspector's typed edits becoming a ForkEdit, the checkpoint
// history as a tree of branches with the head marked, and the chat's stage separators.
#include "AgentStateModel.h"
#include "CheckpointTreeModel.h"
#include "PlaygroundThreadsModel.h"
#include "RetrievedChunksModel.h"
#include "TranscriptModel.h"
#include "agent/PlaygroundTranscript.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace limitless;
using agent::CheckpointInfo;
using langgraph::LcMessage;
using langgraph::TranscriptMessage;
using models::AgentStateModel;
using models::CheckpointTreeModel;
using models::TranscriptModel;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

CheckpointInfo cp(const char* id, const char* parent, int step, const char* stage, int messages,
                  const char* source = "loop")
{
    CheckpointInfo c;
    c.checkpointId = QString::fromLatin1(id);
    c.parentId = QString::fromLatin1(parent);
    c.step = step;
    c.stage = QString::fromLatin1(stage);
    c.messageCount = messages;
    c.source = QString::fromLatin1(source);
    c.time = QDateTime(QDate(2026, 3, 1), QTime(10, 0).addSecs(step * 60), Qt::UTC);
    return c;
}

// input → greeting → input → qualification, and a fork from the first greeting checkpoint.
QList<CheckpointInfo> forkedHistory()
{
    return {cp("1", "", -1, "", 1, "input"), cp("2", "1", 0, "greeting", 2),
            cp("3", "2", 1, "greeting", 3, "input"), cp("4", "3", 2, "qualification", 4),
            cp("5", "2", 1, "qualification", 2, "update")};
}

} // namespace

TEST_CASE("The checkpoint tree nests each fork under the checkpoint it left",
          "[playground][models]")
{
    CheckpointTreeModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setHistory(forkedHistory());
    // The first branch reads top to bottom at one level.
    REQUIRE(model.rowCount() == 4);
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.index(r, 0).data(CheckpointTreeModel::CheckpointIdRole).toString();
    CHECK(ids == QStringList{"1", "2", "3", "4"});
    // The fork is nested under the checkpoint it left; its parent is that checkpoint.
    const QModelIndex greeting = model.indexOf("2");
    REQUIRE(model.rowCount(greeting) == 1);
    const QModelIndex fork = model.index(0, 0, greeting);
    CHECK(fork.data(CheckpointTreeModel::CheckpointIdRole) == "5");
    CHECK(fork.data(CheckpointTreeModel::ParentIdRole) == "2");
    CHECK(model.parent(fork) == greeting);
    CHECK(model.index(0, CheckpointTreeModel::SourceColumn, greeting).data().toString() ==
          "edited");
    CHECK(model.parent(model.indexOf("4")) == QModelIndex());
    CHECK(model.branchCount() == 2);
    CHECK(model.forkCount() == 1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setHead("5");
    CHECK_FALSE(changed.isEmpty());
    CHECK(model.indexOf("5").data(CheckpointTreeModel::IsHeadRole).toBool());
    CHECK(model.indexOf("5").data().toString().contains("current"));
    CHECK(model.indexOf("2").data(CheckpointTreeModel::IsOnHeadRole).toBool());
    CHECK_FALSE(model.indexOf("4").data(CheckpointTreeModel::IsOnHeadRole).toBool());
    CHECK(model.checkpoint(model.indexOf("4")).stage == "qualification");

    // A parent that is not in the history makes a root; a damaged loop does not hang.
    model.setHistory({cp("a", "b", 0, "greeting", 1), cp("b", "a", 1, "greeting", 2),
                      cp("c", "missing", 0, "pitch", 3)});
    CHECK(model.rowCount() >= 2);
    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The state inspector checks edits by type and gives them as a fork",
          "[playground][models]")
{
    AgentStateModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setStageChoices({"greeting", "qualification", "pitch", "close"});
    agent::AgentState s;
    s.currentStage = "qualification";
    s.businessType = "dental clinic";
    s.qualificationScore = 0.75;
    s.messages = {LcMessage::human("m1", "Hi there"), LcMessage::ai("m2", "Hello! What business?")};
    model.setState(s);
    CHECK(model.rowCount() == AgentStateModel::fieldChannels().size() + 2);
    const int stageRow = model.rowForChannel("current_stage");
    const QModelIndex stage = model.index(stageRow, AgentStateModel::ValueColumn);
    CHECK(stage.data().toString() == "Qualification");
    CHECK_FALSE(model.flags(stage).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(stage, "pitch"));

    model.setEditable(true);
    CHECK(model.flags(stage).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(stage, "shopping"));
    CHECK(model.lastError().contains("greeting"));
    CHECK(model.setData(stage, "pitch"));
    const QModelIndex qualified =
        model.index(model.rowForChannel("qualified"), AgentStateModel::ValueColumn);
    CHECK_FALSE(model.setData(qualified, "perhaps"));
    CHECK(model.setData(qualified, "yes"));
    const QModelIndex followups =
        model.index(model.rowForChannel("followup_count"), AgentStateModel::ValueColumn);
    CHECK_FALSE(model.setData(followups, "-1"));
    const QModelIndex message = model.index(model.rowForMessage(0), AgentStateModel::ValueColumn);
    CHECK_FALSE(model.setData(message, "   "));
    CHECK(model.setData(message, "Hi, I run a gym"));
    CHECK(stage.data(AgentStateModel::EditedRole).toBool());

    const agent::ForkEdit e = model.edits();
    CHECK(e.fields.value("current_stage") == "pitch");
    CHECK(e.fields.value("qualified") == true);
    CHECK(e.fields.size() == 2);
    CHECK(e.messageIndex == 0);
    CHECK(e.messageText == "Hi, I run a gym");

    // Setting a value back to what is stored is no edit; revert forgets all.
    CHECK(model.setData(stage, "qualification"));
    CHECK_FALSE(model.edits().fields.contains("current_stage"));
    model.revertEdits();
    CHECK_FALSE(model.hasEdits());
    CHECK(message.data().toString() == "Hi there");
}

TEST_CASE("A streaming reply grows as a pending AI row after the transcript",
          "[playground][models]")
{
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    langgraph::Transcript t;
    t.threadId = "t1";
    TranscriptMessage m;
    m.role = TranscriptMessage::Role::Human;
    m.content = "Hi";
    m.id = "1";
    t.messages = {m};
    model.setTranscript(t);
    REQUIRE(model.rowCount() == 1);
    TranscriptMessage lead;
    lead.role = TranscriptMessage::Role::Human;
    lead.content = "I run a gym";
    model.setPendingMessages({lead});
    CHECK(model.rowCount() == 2);
    CHECK(model.index(1).data(TranscriptModel::PendingRole).toBool());
    CHECK_FALSE(model.index(0).data(TranscriptModel::PendingRole).toBool());
    model.appendPendingText("Great, ");
    model.appendPendingText("how much do you make?");
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(2).data().toString() == "Great, how much do you make?");
    CHECK(model.index(2).data(TranscriptModel::RoleNameRole).toString() == "ai");
    // The stored turn replaces the pending rows.
    t.messages << lead;
    model.setTranscript(t);
    CHECK(model.pendingCount() == 0);
    CHECK(model.rowCount() == 2);
}

TEST_CASE("The playground chat marks where the stage changed on the shown branch",
          "[playground][models]")
{
    agent::ThreadSnapshot s;
    s.threadId = "t";
    s.checkpointId = "4";
    s.state.messages = {LcMessage::human("a", "Hi"), LcMessage::ai("b", "Hello"),
                        LcMessage::human("c", "Dental clinic"),
                        LcMessage::ai("d", "What revenue?")};
    const langgraph::Transcript t = agent::playgroundTranscript(s, forkedHistory());
    REQUIRE(t.messages.size() == 4);
    REQUIRE(t.stageChanges.size() == 2);
    CHECK(t.stageChanges.at(0).stage == "greeting");
    CHECK(t.stageChanges.at(0).messageIndex == 1);
    CHECK(t.stageChanges.at(1).stage == "qualification");
    CHECK(t.stageChanges.at(1).messageIndex == 3);
    CHECK(t.messages.at(3).time.isValid());
    CHECK(agent::branchOf(forkedHistory(), "5").size() == 3);
}

TEST_CASE("Chunks and test conversations show what the owner needs", "[playground][models]")
{
    models::RetrievedChunksModel chunks;
    QAbstractItemModelTester chunksTester(&chunks, kFatal);
    agent::RetrievedChunk c;
    c.filename = "FAQ.md";
    c.chunkIndex = 3;
    c.page = 2;
    c.fusedScore = 0.0323;
    c.similarity = 0.812;
    c.vectorRank = 1;
    c.textRank = 0;
    c.text = "Every client gets a thirty day money back guarantee.";
    chunks.setChunks({c});
    CHECK(chunks.index(0, models::RetrievedChunksModel::FileColumn).data() == "FAQ.md");
    CHECK(chunks.index(0, models::RetrievedChunksModel::SimilarityColumn).data().toString() ==
          QLocale().toString(0.812, 'f', 3));
    CHECK(chunks.index(0, models::RetrievedChunksModel::TextRankColumn).data() == "—");
    CHECK(chunks.index(0, 0).data(models::RetrievedChunksModel::ChunkTextRole) == c.text);

    models::PlaygroundThreadsModel threads;
    QAbstractItemModelTester threadsTester(&threads, kFatal);
    agent::PlaygroundThread t;
    t.threadId = "x";
    t.campaignCode = "IG-REELS";
    t.stage = "pitch";
    t.qualified = true;
    t.messageCount = 6;
    threads.setThreads({t});
    CHECK(threads.index(0).data().toString().contains("IG-REELS"));
    CHECK(threads.index(0).data().toString().contains("qualified"));
    t.paymentLinkSent = true;
    threads.setThreads({t}); // same row: updated in place
    CHECK(threads.rowForId("x") == 0);
    CHECK(threads.index(0).data().toString().contains("link sent"));
    threads.setThreads({});
    CHECK(threads.rowCount() == 0);
}
