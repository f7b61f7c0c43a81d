// The Documents page's models on the test cluster, each under QAbstractItemModelTester: the
// documents list (live progress through notifications, versions, filters), a document's chunks
// with the spans into its extracted text, search hits and saved test questions.
#include "DocumentsTestSupport.h"

#include "ChunksModel.h"
#include "DocumentsFilterModel.h"
#include "DocumentsModel.h"
#include "ModelRoles.h"
#include "SearchHitsModel.h"
#include "TestQuestionsModel.h"
#include "knowledge/KnowledgeStore.h"
#include "knowledge/Retriever.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QPoint>
#include <QSignalSpy>

using namespace limitless;
using models::ChunksModel;
using models::DocumentsFilterModel;
using models::DocumentsModel;
using test::waitFor;

TEST_CASE("Documents model lists the owner's documents and follows progress live",
          "[knowledge][gui][db]")
{
    test::KnowledgeGuiFixture f(QStringLiteral("docmodel"));
    const QString ready =
        f.addProcessedDocument(QStringLiteral("pricing.md"),
                               {QStringLiteral("The Pro plan costs 297 dollars a month."),
                                QStringLiteral("The setup fee is paid once.")},
                               QStringLiteral("product_info"));
    const QString queued = f.addPendingDocument(QStringLiteral("faq.md"));

    DocumentsModel model(&f.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.refresh();
    REQUIRE(waitFor([&] { return model.isLoaded(); }));
    REQUIRE(model.hasAdditions());
    REQUIRE(model.rowCount() == 2);

    const int r = model.rowForId(ready);
    REQUIRE(r >= 0);
    CHECK(model.index(r, DocumentsModel::NameColumn).data().toString() == "pricing.md");
    CHECK(model.index(r, DocumentsModel::StatusColumn).data().toString() == "Ready");
    CHECK(model.index(r, DocumentsModel::ChunksColumn).data().toString() == "2");
    CHECK(model.index(r, DocumentsModel::CategoryColumn).data().toString() == "Product info");
    CHECK(model.index(r, 0).data(DocumentsModel::ProgressRole).toDouble() < 0);
    CHECK(model.index(r, 0).data(models::IdRole).toString() == ready);
    CHECK(model.record(r).embeddingModel == "test-words");

    const int q = model.rowForId(queued);
    REQUIRE(q >= 0);
    CHECK(model.index(q, DocumentsModel::StatusColumn).data().toString() == "Queued");
    CHECK(model.index(q, 0).data(DocumentsModel::ActiveRole).toBool());
    CHECK(model.activeCount() == 1);

    SECTION("progress written by a worker arrives by notification, without a reset")
    {
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        f.admin(QStringLiteral("update documents set processing_status = 'processing' where id = "
                               "$1"),
                {queued});
        f.admin(QStringLiteral("update limitless.document_ingest set stage = 'embed', progress = "
                               "0.5, lease_owner = 'w', lease_until = now() + interval '1 minute' "
                               "where document_id = $1"),
                {queued});
        REQUIRE(waitFor([&] {
            return model.index(model.rowForId(queued), DocumentsModel::StatusColumn)
                       .data()
                       .toString() == "Embedding 50%";
        }));
        const double overall =
            model.index(model.rowForId(queued), 0).data(DocumentsModel::ProgressRole).toDouble();
        CHECK(overall == Approx(DocumentsModel::overallProgress(QStringLiteral("embed"), 0.5)));
        CHECK(resets.isEmpty());

        // The in-app queue's own progress is shown at once, ahead of the database.
        model.applyStage(queued, knowledge::IngestStage::Store, 0.5);
        CHECK(model.index(model.rowForId(queued), DocumentsModel::StatusColumn).data().toString() ==
              "Storing 50%");

        f.admin(QStringLiteral("update limitless.document_ingest set stage = 'failed', "
                               "error_code = 'corrupt', last_error = 'The file is damaged.', "
                               "lease_owner = null, lease_until = null where document_id = $1"),
                {queued});
        f.admin(QStringLiteral("update documents set processing_status = 'failed' where id = $1"),
                {queued});
        REQUIRE(waitFor([&] {
            return model.index(model.rowForId(queued), DocumentsModel::StatusColumn)
                       .data()
                       .toString() == "Failed";
        }));
        const QModelIndex failed =
            model.index(model.rowForId(queued), DocumentsModel::StatusColumn);
        CHECK(failed.data(DocumentsModel::ErrorRole).toString() == "The file is damaged.");
        CHECK(failed.data(Qt::ToolTipRole).toString() == "The file is damaged.");
        CHECK(model.activeCount() == 0);
    }

    SECTION("the filter proxy: status, category, text, replaced versions")
    {
        // A new version of pricing.md retires the first once processed.
        auto conn = f.ownerConnection();
        knowledge::KnowledgeStore store(*conn, f.claims);
        db::DbError e;
        knowledge::NewDocument v2;
        v2.ownerId = f.owner.ownerId;
        v2.filename = QStringLiteral("pricing.md");
        v2.fileType = QStringLiteral("md");
        v2.fileSize = 10;
        v2.storageUrl = QStringLiteral("file:///nonexistent/v2");
        v2.storageBucket = QStringLiteral("local");
        v2.sha256 = QStringLiteral("v2");
        v2.replacesId = ready;
        v2.version = 2;
        v2.category = QStringLiteral("product_info");
        v2.tags = {QStringLiteral("plans")};
        const QString second = store.create(v2, &e);
        REQUIRE_FALSE(e);
        REQUIRE(store.claim(second, QStringLiteral("w"), 60, &e));
        knowledge::ProcessedDocument p;
        p.documentId = second;
        p.chunks = {knowledge::Chunk{0, QStringLiteral("The Pro plan costs 347 dollars."), 0, 31}};
        p.extracted.text = p.chunks.first().text;
        test::WordEmbedder embedder;
        p.vectors = embedder.embed({p.chunks.first().text}, nullptr, nullptr, {});
        p.embeddingModel = embedder.model();
        p.embeddingDimensions = 1536;
        REQUIRE_FALSE(store.store(p, QStringLiteral("w")));

        REQUIRE(waitFor(
            [&] { return model.rowCount() == 3 && !model.recordForId(ready).isCurrent(); }));
        const knowledge::DocumentRecord newer = model.recordForId(second);
        CHECK(newer.chunksAdded == 1);
        CHECK(newer.chunksRemoved == 2);
        CHECK(model.currentFilenames() == QStringList{"faq.md", "pricing.md"});

        DocumentsFilterModel proxy;
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        CHECK(proxy.rowCount() == 2); // the replaced version is hidden
        proxy.setShowReplaced(true);
        CHECK(proxy.rowCount() == 3);
        proxy.setShowReplaced(false);
        proxy.setStatus(QString::fromLatin1(DocumentsFilterModel::ActiveStatus));
        CHECK(proxy.rowCount() == 1);
        proxy.setStatus(QStringLiteral("completed"));
        CHECK(proxy.rowCount() == 1);
        proxy.setStatus({});
        proxy.setCategory(QStringLiteral("product_info"));
        CHECK(proxy.rowCount() == 1);
        proxy.setCategory(QString::fromLatin1(DocumentsFilterModel::NoCategory));
        CHECK(proxy.rowCount() == 1);
        CHECK(proxy.index(0, 0).data().toString() == "faq.md");
        proxy.setCategory({});
        proxy.setText(QStringLiteral("PLANS")); // a tag
        REQUIRE(proxy.rowCount() == 1);
        CHECK(proxy.index(0, 0).data(models::IdRole).toString() == second);
        CHECK(proxy.isFiltering());
    }
}

TEST_CASE("Chunks model reads a document's chunks and its extracted text", "[knowledge][gui][db]")
{
    test::KnowledgeGuiFixture f(QStringLiteral("chunkmodel"));
    const QStringList texts{QStringLiteral("First chunk about pricing."),
                            QStringLiteral("Second chunk about onboarding."),
                            QStringLiteral("Third chunk about the guarantee.")};
    const QString id = f.addProcessedDocument(QStringLiteral("guide.md"), texts);

    ChunksModel model(&f.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&model, &ChunksModel::loaded);
    model.setDocumentId(id);
    REQUIRE(waitFor([&] { return model.isLoaded(); }));
    REQUIRE(model.rowCount() == 3);
    const QString text = model.extractedText();
    for (int i = 0; i < 3; ++i) {
        const qint64 start = model.index(i, 0).data(ChunksModel::StartRole).toLongLong();
        const qint64 end = model.index(i, 0).data(ChunksModel::EndRole).toLongLong();
        CHECK(text.mid(start, end - start) == texts.at(i));
        CHECK(model.index(i, ChunksModel::TextColumn).data().toString() == texts.at(i));
        CHECK(model.index(i, ChunksModel::PageColumn).data().toString() == QString::number(i + 1));
        CHECK(model.index(i, ChunksModel::SectionColumn).data().toString() ==
              QStringLiteral("Section %1").arg(i + 1));
    }
    CHECK(model.index(0, ChunksModel::IndexColumn).data().toString() == "1");

    model.setDocumentId({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Search hits and test questions models", "[knowledge][gui]")
{
    models::SearchHitsModel hits;
    QAbstractItemModelTester hitsTester(&hits,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    knowledge::SearchResult result;
    knowledge::SearchHit a;
    a.chunkId = QStringLiteral("c1");
    a.filename = QStringLiteral("pricing.md");
    a.page = 2;
    a.section = QStringLiteral("Plans");
    a.text = QStringLiteral("The Pro plan costs 297 dollars.");
    a.fusedScore = 0.0325;
    a.vectorRank = 1;
    a.similarity = 0.81;
    a.textRank = 2;
    a.textScore = 0.1;
    a.highlights = {{4, 7}, {8, 12}};
    knowledge::SearchHit b = a;
    b.chunkId = QStringLiteral("c2");
    b.textRank = 0;
    result.hits = {a, b};
    hits.setResult(result);
    REQUIRE(hits.rowCount() == 2);
    CHECK(hits.index(0, models::SearchHitsModel::VectorColumn).data().toString() == "#1 · 0.81");
    CHECK(hits.index(0, models::SearchHitsModel::TextColumn).data().toString() == "#2 · 0.100");
    CHECK(hits.index(1, models::SearchHitsModel::TextColumn).data().toString() == "—");
    const QVariantList spans =
        hits.index(0, 0).data(models::SearchHitsModel::HighlightsRole).toList();
    REQUIRE(spans.size() == 2);
    CHECK(spans.first().toPoint() == QPoint(4, 7));
    hits.clear();
    CHECK(hits.rowCount() == 0);

    models::TestQuestionsModel questions;
    QAbstractItemModelTester questionsTester(&questions,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    knowledge::TestQuestion q1;
    q1.id = QStringLiteral("q1");
    q1.question = QStringLiteral("How much is Pro?");
    q1.expectedFilename = QStringLiteral("pricing.md");
    q1.expectedPage = 2;
    knowledge::TestQuestion q2 = q1;
    q2.id = QStringLiteral("q2");
    q2.question = QStringLiteral("Is there a guarantee?");
    questions.setQuestions({q1, q2});
    CHECK(questions.index(0, models::TestQuestionsModel::RankColumn).data().toString() ==
          "not run");
    knowledge::EvalReport report;
    report.k = 3;
    report.items = {knowledge::EvalItem{q1, 1, {}}, knowledge::EvalItem{q2, 0, {}}};
    questions.setRun(report, {knowledge::EvalChange{q1.question, 2, 1},
                              knowledge::EvalChange{q2.question, 1, 0}});
    CHECK(questions.index(0, models::TestQuestionsModel::RankColumn).data().toString() == "#1");
    CHECK(questions.index(1, models::TestQuestionsModel::RankColumn).data().toString() == "miss");
    CHECK(questions.index(0, models::TestQuestionsModel::ChangeColumn).data().toString() ==
          "better (was #2)");
    CHECK(questions.index(1, models::TestQuestionsModel::ChangeColumn).data().toString() ==
          "worse (was #1)");
    CHECK(questions.betterCount() == 1);
    CHECK(questions.worseCount() == 1);
}
