// The Documents page offscreen with the real pipeline (sniffing, extraction, chunking, the
// offline embedder, a local folder for the originals) on the test cluster, signed in as a fresh
// owner: drag-and-drop through QMimeData onto the drop zone, refusals with their reasons, the
// live list following processing to the end, the duplicate question, category edits with undo,
// the queue surviving a restart in the middle of a batch, the watched folder, the chunk viewer's
// highlight and the test bench. Screenshots go to <build>/screenshots/ for review.
#include "DocumentsTestSupport.h"

#include "Banner.h"
#include "ChunkViewer.h"
#include "ChunksModel.h"
#include "DocumentDetailsPane.h"
#include "DocumentStatusDelegate.h"
#include "DocumentsFilterModel.h"
#include "DocumentsModel.h"
#include "DocumentsPage.h"
#include "DropZone.h"
#include "KnowledgeSettingsDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ModelRoles.h"
#include "RetrievalBenchPanel.h"
#include "SearchHitsModel.h"
#include "TestDatabase.h"
#include "TestQuestionsModel.h"
#include "Theme.h"
#include "knowledge/IngestQueue.h"
#include "knowledge/RetrievalBench.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using namespace limitless;
using knowledge::DocumentRecord;
using knowledge::IngestQueue;
using models::DocumentsModel;
using test::waitFor;
using ui::DocumentsPage;
using ui::MainWindow;

namespace {

void applyTheme()
{
    ui::Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
}

// Drags `paths` onto `target` and drops them there, as a file manager would; returns whether the
// drop was accepted.
bool drop(QWidget* target, const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
    return dropEvent.isAccepted();
}

int countStatus(const DocumentsModel& model, const QString& status, bool currentOnly = false)
{
    int n = 0;
    for (int i = 0; i < model.rowCount(); ++i)
        if (model.record(i).status == status && (!currentOnly || model.record(i).isCurrent()))
            ++n;
    return n;
}

bool allCompleted(const DocumentsModel& model, int expected)
{
    return model.rowCount() == expected &&
           countStatus(model, QStringLiteral("completed")) == expected;
}

QString idOf(const DocumentsModel& model, const QString& filename, int version = 1)
{
    for (int i = 0; i < model.rowCount(); ++i)
        if (model.record(i).filename == filename && model.record(i).version == version)
            return model.record(i).id;
    return {};
}

bool activityContains(const DocumentsPage& page, const QString& text)
{
    for (const QString& m : page.activityMessages())
        if (m.contains(text))
            return true;
    return false;
}

// An owner's locale rather than the test environment's C locale, and the app's look.
struct Looks {
    QLocale previous;
    Looks()
    {
        applyTheme();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    ~Looks() { QLocale::setDefault(previous); }
};

} // namespace

TEST_CASE("Dropped files are refused with their reason or followed live until processed",
          "[knowledge][gui][db][screenshots]")
{
    test::KnowledgeGuiFixture f(QStringLiteral("docdrop"));
    Looks looks;
    MainWindow window(&f.db);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Documents);
    DocumentsPage* page = window.documentsPage();
    REQUIRE(page);
    DocumentsModel* model = page->model();
    REQUIRE(waitFor([&] { return model->isLoaded() && page->ingestQueue()->isReady(); }));
    CHECK(page->emptyStateTitle() == "The agent knows nothing yet");
    test::screenshot(window, QStringLiteral("documents-empty"));

    const QString playbook =
        f.writeFile(QStringLiteral("sales-playbook.md"),
                    test::KnowledgeGuiFixture::markdown(QStringLiteral("Sales playbook"), 5));
    const QString objections = f.writeFile(
        QStringLiteral("objections.txt"),
        QByteArray("Objection: it is too expensive.\nAnswer: the programme pays for itself "
                   "within three months for most clients.\n\nObjection: I have no time.\n"
                   "Answer: the weekly call takes forty minutes.\n"));
    const QString photo = f.writePng(QStringLiteral("photo.docx"));

    // What the list showed on the way: every status text of every row.
    QStringList shown;
    auto record = [&] {
        for (int i = 0; i < model->rowCount(); ++i)
            shown << model->index(i, DocumentsModel::StatusColumn).data().toString();
    };
    QObject probe; // goes before the window: the connections with it
    QObject::connect(model, &QAbstractItemModel::dataChanged, &probe, record);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &probe, record);
    QSignalSpy stages(page->ingestQueue(), &IngestQueue::stageChanged);

    REQUIRE(drop(page->dropZone(), {playbook, objections, photo}));

    // The PNG named .docx is refused with the reason, by name.
    REQUIRE(waitFor([&] { return activityContains(*page, QStringLiteral("photo.docx: ")); }));
    QString refusal;
    for (const QString& m : page->activityMessages())
        if (m.startsWith(QLatin1String("photo.docx: ")))
            refusal = m;
    INFO(refusal.toStdString());
    CHECK(refusal.contains(QLatin1String("PNG")));
    CHECK(refusal.contains(QLatin1String(".docx")));

    // The two others go through the pipeline, live, to the end.
    REQUIRE(waitFor([&] { return allCompleted(*model, 2); }, 60000));
    CHECK(shown.size() > 2);
    bool sawProgress = false;
    for (const QString& s : std::as_const(shown))
        sawProgress = sawProgress || s == QLatin1String("Queued") || s.endsWith(QLatin1Char('%'));
    CHECK(sawProgress);
    QStringList stageNames;
    for (const QList<QVariant>& args : std::as_const(stages))
        stageNames << knowledge::stageName(args.at(1).value<knowledge::IngestStage>());
    CHECK(stageNames.contains(QStringLiteral("extract")));
    CHECK(stageNames.contains(QStringLiteral("embed")));
    CHECK(stageNames.contains(QStringLiteral("done")));

    const QString id = idOf(*model, QStringLiteral("sales-playbook.md"));
    REQUIRE_FALSE(id.isEmpty());
    const DocumentRecord d = model->recordForId(id);
    CHECK(d.fileType == "md");
    CHECK(d.totalChunks > 0);
    CHECK(d.hasIngest);
    CHECK((QFile::exists(QUrl(d.storageUrl).toLocalFile()) ||
           QDir(f.storage.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size() > 0));
    page->selectDocument(id);
    CHECK(page->detailsPane()->documentId() == id);
    CHECK(page->detailsPane()->chunksButton()->isEnabled());
    CHECK(page->isShowingTable());
    test::screenshot(window, QStringLiteral("documents-page"));

    SECTION("a folder is walked; a deleted document takes its chunks and stored file with it")
    {
        QDir(f.files.path()).mkpath(QStringLiteral("folder/sub"));
        f.writeFile(QStringLiteral("folder/sub/guarantee.md"),
                    test::KnowledgeGuiFixture::markdown(QStringLiteral("Guarantee"), 2));
        REQUIRE(drop(page->dropZone(), {f.files.filePath(QStringLiteral("folder"))}));
        REQUIRE(waitFor([&] { return allCompleted(*model, 3); }, 60000));

        const QString gone = idOf(*model, QStringLiteral("guarantee.md"));
        const QString stored = QUrl(model->recordForId(gone).storageUrl).toLocalFile();
        page->selectDocument(gone);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        page->deleteSelected();
        REQUIRE(waitFor([&] { return model->rowForId(gone) < 0; }));
        CHECK(f.admin(QStringLiteral("select count(*) from document_embeddings where "
                                     "document_id = $1"),
                      {gone})
                  .scalar()
                  .toInt() == 0);
        if (!stored.isEmpty())
            CHECK(waitFor([&] { return !QFile::exists(stored); }, 10000));
    }
}

TEST_CASE("A duplicate file is offered as a new version, a second copy or skipped",
          "[knowledge][gui][db][screenshots]")
{
    test::KnowledgeGuiFixture f(QStringLiteral("docdup"));
    Looks looks;
    DocumentsPage page(&f.db);
    page.resize(1080, 760);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    DocumentsModel* model = page.model();
    REQUIRE(waitFor([&] { return model->isLoaded() && page.ingestQueue()->isReady(); }));

    const QByteArray content = test::KnowledgeGuiFixture::markdown(QStringLiteral("Pricing"));
    const QString original = f.writeFile(QStringLiteral("pricing.md"), content);
    REQUIRE(drop(page.dropZone(), {original}));
    REQUIRE(waitFor([&] { return allCompleted(*model, 1); }, 60000));
    const QString first = idOf(*model, QStringLiteral("pricing.md"));

    const QString copy = f.writeFile(QStringLiteral("pricing-copy.md"), content);
    REQUIRE(drop(page.dropZone(), {copy}));
    REQUIRE(waitFor([&] { return page.duplicateQuestions() == QStringList{copy}; }));
    auto* replace = page.findChild<QPushButton*>(QStringLiteral("duplicateReplace"));
    REQUIRE(replace);
    CHECK(replace->text() == "Replace (new version)");
    CHECK(page.findChild<QPushButton*>(QStringLiteral("duplicateKeepBoth")));
    CHECK(page.findChild<QPushButton*>(QStringLiteral("duplicateSkip")));
    test::screenshot(page, QStringLiteral("documents-duplicate-question"));

    // Replace: a new version of the first; the first is retired once it is processed.
    replace->click();
    REQUIRE(waitFor(
        [&] {
            return model->rowCount() == 2 && !model->recordForId(first).isCurrent() &&
                   countStatus(*model, QStringLiteral("completed"), true) == 1;
        },
        60000));
    CHECK(page.duplicateQuestions().isEmpty());
    const QString second = model->recordForId(first).replacedById;
    CHECK(model->recordForId(second).version == 2);
    CHECK(model->recordForId(second).replacesId == first);
    CHECK(page.proxy()->rowCount() == 1); // replaced versions are hidden…
    page.showReplacedBox()->setChecked(true);
    CHECK(page.proxy()->rowCount() == 2); // …unless asked for
    page.showReplacedBox()->setChecked(false);

    // Keep both: a second, independent document with the same content.
    REQUIRE(drop(page.dropZone(), {copy}));
    REQUIRE(waitFor([&] { return page.duplicateQuestions() == QStringList{copy}; }));
    page.answerDuplicate(copy, knowledge::DuplicatePolicy::KeepBoth);
    REQUIRE(waitFor(
        [&] {
            return model->rowCount() == 3 &&
                   countStatus(*model, QStringLiteral("completed"), true) == 2;
        },
        60000));
    CHECK(model->recordForId(idOf(*model, QStringLiteral("pricing-copy.md"))).version == 1);

    // Skip: nothing new, and the page says so.
    REQUIRE(drop(page.dropZone(), {copy}));
    REQUIRE(waitFor([&] { return page.duplicateQuestions() == QStringList{copy}; }));
    page.findChild<QPushButton*>(QStringLiteral("duplicateSkip"))->click();
    REQUIRE(waitFor([&] { return activityContains(page, QStringLiteral("Skipped")); }));
    QTest::qWait(300);
    CHECK(model->rowCount() == 3);
}

TEST_CASE("Category and tags are edited in the detail pane and undone with Ctrl+Z",
          "[knowledge][gui][db]")
{
    test::KnowledgeGuiFixture f(QStringLiteral("doclabels"));
    const QString id = f.addProcessedDocument(QStringLiteral("faq.md"),
                                              {QStringLiteral("Can I cancel any time? Yes.")});
    DocumentsPage page(&f.db);
    page.resize(1080, 760);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    DocumentsModel* model = page.model();
    REQUIRE(waitFor([&] { return model->rowForId(id) >= 0; }));
    page.selectDocument(id);
    ui::DocumentDetailsPane* details = page.detailsPane();
    REQUIRE(details->documentId() == id);
    CHECK_FALSE(details->saveButton()->isEnabled());

    details->categoryBox()->setCurrentIndex(
        details->categoryBox()->findData(QStringLiteral("faq")));
    details->tagsEdit()->setText(QStringLiteral("pricing, 2025 , pricing"));
    REQUIRE(details->saveButton()->isEnabled());
    details->saveButton()->click();
    REQUIRE(waitFor([&] {
        const DocumentRecord d = model->recordForId(id);
        return d.category == QLatin1String("faq") &&
               d.tags == QStringList{QStringLiteral("pricing"), QStringLiteral("2025")};
    }));
    REQUIRE(page.undoStack()->count() == 1);
    CHECK(page.undoAction()->isEnabled());
    CHECK(page.undoAction()->toolTip().contains(QLatin1String("faq.md")));
    CHECK(model->index(model->rowForId(id), DocumentsModel::CategoryColumn).data().toString() ==
          "FAQ");

    // Ctrl+Z in the page undoes it.
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(waitFor([&] {
        const DocumentRecord d = model->recordForId(id);
        return d.category.isEmpty() && d.tags.isEmpty();
    }));
    CHECK(details->categoryBox()->currentData().toString().isEmpty());
    CHECK(details->tagsEdit()->text().isEmpty());

    // And redo does it again.
    REQUIRE(page.undoStack()->canRedo());
    page.undoStack()->redo();
    REQUIRE(waitFor([&] { return model->recordForId(id).category == QLatin1String("faq"); }));
}

TEST_CASE("Each row shows its stage and progress, and its cancel button stops a queued document",
          "[knowledge][gui][db][screenshots]")
{
    test::KnowledgeGuiFixture f(QStringLiteral("docrows"));
    Looks looks;
    const QString ready = f.addProcessedDocument(QStringLiteral("price-list.md"),
                                                 {QStringLiteral("Pro: 297 dollars a month.")},
                                                 QStringLiteral("product_info"));
    const QString queued = f.addPendingDocument(QStringLiteral("case-studies.md"));
    const QString working = f.addPendingDocument(QStringLiteral("objection-handbook.md"));
    const QString broken = f.addPendingDocument(QStringLiteral("contract.md"));
    // Another app is embedding one of them; one failed with its reason.
    f.admin(QStringLiteral("update documents set processing_status = 'processing' where id = $1"),
            {working});
    f.admin(QStringLiteral("update limitless.document_ingest set stage = 'embed', progress = "
                           "0.45, lease_owner = 'other-app', lease_until = now() + interval "
                           "'10 minutes', attempts = 1 where document_id = $1"),
            {working});
    f.admin(QStringLiteral("update documents set processing_status = 'failed' where id = $1"),
            {broken});
    f.admin(QStringLiteral("update limitless.document_ingest set stage = 'failed', error_code = "
                           "'corrupt', last_error = 'contract.md is damaged: its text cannot be "
                           "read.' where document_id = $1"),
            {broken});

    MainWindow window(&f.db);
    DocumentsPage* page = window.documentsPage();
    page->ingestQueue()->pause(); // the queued document stays queued for the picture
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Documents);
    DocumentsModel* model = page->model();
    REQUIRE(waitFor([&] { return model->rowCount() == 4 && page->ingestQueue()->isReady(); }));

    const auto status = [&](const QString& id) {
        return model->index(model->rowForId(id), DocumentsModel::StatusColumn);
    };
    CHECK(status(working).data().toString() == "Embedding 45%");
    CHECK(status(working).data(DocumentsModel::ProgressRole).toDouble() ==
          Approx(DocumentsModel::overallProgress(QStringLiteral("embed"), 0.45)));
    CHECK(status(queued).data().toString() == "Queued");
    CHECK(status(broken).data().toString() == "Failed");
    CHECK(status(ready).data().toString() == "Ready");
    CHECK(page->subtitleText().contains(QLatin1String("2 being processed")));
    CHECK(page->subtitleText().contains(QLatin1String("paused")));
    page->selectDocument(broken);
    CHECK(page->detailsPane()->errorText() == "contract.md is damaged: its text cannot be read.");
    CHECK(page->detailsPane()->retryButton()->isVisible());
    test::screenshot(window, QStringLiteral("documents-progress"));

    // The cancel button drawn in the queued row's status cell.
    QTableView* view = page->view();
    const QModelIndex cell = page->proxy()->mapFromSource(status(queued));
    const QRect button = ui::DocumentStatusDelegate::cancelRect(view->visualRect(cell));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, button.center());
    REQUIRE(waitFor([&] { return model->recordForId(queued).status == "failed"; }));
    CHECK(model->recordForId(queued).errorCode == "cancelled");
    // The row another app is working on is left to it: its lease is still good.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      ui::DocumentStatusDelegate::cancelRect(
                          view->visualRect(page->proxy()->mapFromSource(status(working))))
                          .center());
    QTest::qWait(500);
    CHECK(model->recordForId(working).status == "processing");
}

TEST_CASE("An encrypted PDF asks for its password once, and a scanned page is read by OCR",
          "[knowledge][gui][db][screenshots]")
{
    test::KnowledgeGuiFixture f(QStringLiteral("docpdf"));
    Looks looks;
    const auto corpus = [&](const char* name) {
        QFile in(test::sourcePath(QStringLiteral("tests/knowledge/corpus/") + QLatin1String(name)));
        REQUIRE(in.open(QIODevice::ReadOnly));
        return f.writeFile(QLatin1String(name), in.readAll());
    };
    const QString locked = corpus("encrypted.pdf");
    const QString scanned = corpus("scanned-page.pdf");

    DocumentsPage page(&f.db);
    page.resize(1080, 760);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    DocumentsModel* model = page.model();
    REQUIRE(waitFor([&] { return model->isLoaded() && page.ingestQueue()->isReady(); }));
    REQUIRE(drop(page.dropZone(), {locked, scanned}));

    // The locked one fails with its reason and the page asks for the password.
    REQUIRE(waitFor([&] { return page.passwordQuestions().size() == 1; }, 60000));
    const QString id = page.passwordQuestions().first();
    CHECK(model->recordForId(id).filename == "encrypted.pdf");
    REQUIRE(waitFor([&] { return model->recordForId(id).status == "failed"; }));
    CHECK(model->recordForId(id).errorCode == "encrypted");
    REQUIRE(page.findChild<QLineEdit*>(QStringLiteral("pdfPassword")));

    // A wrong password: it stays failed with the reason, and the page does not ask again.
    page.answerPassword(id, QStringLiteral("not-the-password"));
    REQUIRE(waitFor([&] { return model->recordForId(id).errorCode == "wrong-password"; }, 30000));
    QTest::qWait(300);
    CHECK(page.passwordQuestions().isEmpty());
    page.selectDocument(id);
    CHECK_FALSE(page.detailsPane()->errorText().isEmpty());

    // "Try again" asks once more; the right password opens it.
    REQUIRE(page.detailsPane()->retryButton()->isVisible());
    page.detailsPane()->retryButton()->click();
    REQUIRE(page.passwordQuestions() == QStringList{id});
    page.answerPassword(id, QStringLiteral("limitless-test"));
    REQUIRE(waitFor([&] { return model->recordForId(id).status == "completed"; }, 60000));
    CHECK(model->recordForId(id).totalChunks > 0);

    // The scanned page had no text layer: its notes say it was recognised.
    const QString scan = idOf(*model, QStringLiteral("scanned-page.pdf"));
    REQUIRE(waitFor([&] { return model->recordForId(scan).status == "completed"; }, 120000));
    const DocumentRecord s = model->recordForId(scan);
    CHECK(s.ocrPages > 0);
    page.selectDocument(scan);
    INFO(page.detailsPane()->notesText().toStdString());
    CHECK(page.detailsPane()->notesText().contains(QLatin1String("OCR")));
    test::screenshot(page, QStringLiteral("documents-ocr-notes"));
}

TEST_CASE("Smaller chunks saved in the settings dialog are applied by re-processing every "
          "document, with progress",
          "[knowledge][gui][db]")
{
    test::KnowledgeGuiFixture f(QStringLiteral("docreprocess"));
    QByteArray longText = "# Programme handbook\n\n";
    for (int i = 0; i < 120; ++i)
        longText += QStringLiteral("Week %1 of the programme covers lead generation, follow-ups "
                                   "and closing, with a call every Monday. ")
                        .arg(i)
                        .toUtf8();
    const QString handbook = f.writeFile(QStringLiteral("handbook.md"), longText);
    const QString faq = f.writeFile(QStringLiteral("faq.md"),
                                    test::KnowledgeGuiFixture::markdown(QStringLiteral("FAQ")));
    DocumentsPage page(&f.db);
    page.resize(1080, 760);
    page.show();
    DocumentsModel* model = page.model();
    REQUIRE(waitFor([&] { return model->isLoaded() && page.ingestQueue()->isReady(); }));
    REQUIRE(drop(page.dropZone(), {handbook, faq}));
    REQUIRE(waitFor([&] { return allCompleted(*model, 2); }, 60000));
    const QString id = idOf(*model, QStringLiteral("handbook.md"));
    const int before = model->recordForId(id).totalChunks;

    page.showSettings();
    ui::KnowledgeSettingsDialog* dialog = page.settingsDialog();
    REQUIRE(dialog);
    CHECK(dialog->settings().chunk == f.knowledge.chunk);
    dialog->findChild<QSpinBox*>(QStringLiteral("chunkTokens"))->setValue(120);
    dialog->findChild<QSpinBox*>(QStringLiteral("chunkOverlap"))->setValue(20);
    CHECK(dialog->problemsText().isEmpty());
    bool reprocessSuggested = false;
    QObject::connect(dialog, &ui::KnowledgeSettingsDialog::saved, &page,
                     [&](const knowledge::KnowledgeSettings&, bool reprocess) {
                         reprocessSuggested = reprocess;
                     });
    REQUIRE(dialog->save());
    CHECK(reprocessSuggested);
    CHECK(knowledge::KnowledgeSettings::load(QStringLiteral("sandbox")).chunk.targetTokens == 120);
    CHECK(page.banner()->text().contains(QLatin1String("processed again")));
    REQUIRE(waitFor([&] { return page.ingestQueue()->settings().chunk.targetTokens == 120; }));

    // The banner's button asks, then queues every document again; the header shows how far.
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    page.banner()->findChild<QPushButton*>()->click();
    REQUIRE(waitFor(
        [&] { return page.banner()->text().contains(QLatin1String("Re-processing finished")); },
        60000));
    REQUIRE(waitFor([&] { return allCompleted(*model, 2); }));
    CHECK(model->recordForId(id).totalChunks > before);
    CHECK(model->recordForId(id).version == 1); // the same document, processed again
}

TEST_CASE("The queue survives a restart in the middle of a batch", "[knowledge][gui][db]")
{
    test::KnowledgeGuiFixture f(QStringLiteral("docrestart"));
    QStringList paths;
    // The first file is big enough that the queue is stopped while it is being worked on.
    QByteArray big;
    for (int i = 0; big.size() < 400 * 1024; ++i)
        big += QStringLiteral("Paragraph %1 explains how the coaching programme helps a business "
                              "owner number %1 grow revenue, with examples and numbers.\n\n")
                   .arg(i)
                   .toUtf8();
    paths << f.writeFile(QStringLiteral("a-handbook.txt"), big);
    for (int i = 0; i < 5; ++i)
        paths << f.writeFile(
            QStringLiteral("note-%1.md").arg(i),
            test::KnowledgeGuiFixture::markdown(QStringLiteral("Topic %1").arg(i), 2 + i % 3));

    DocumentsModel model(&f.db);
    model.refresh();
    REQUIRE(waitFor([&] { return model.isLoaded(); }));

    auto first = std::make_unique<IngestQueue>(&f.db);
    first->start();
    REQUIRE(waitFor([&] { return first->isReady(); }));
    bool working = false;
    QObject::connect(first.get(), &IngestQueue::stageChanged, first.get(),
                     [&](const QString&, knowledge::IngestStage stage, double) {
                         working = working || stage == knowledge::IngestStage::Extract ||
                                   stage == knowledge::IngestStage::Embed;
                     });
    first->enqueue(paths);
    REQUIRE(waitFor([&] { return working; }, 60000));
    first.reset(); // the app closes mid-way

    // Nothing was lost or marked failed: the interrupted document is back in the queue.
    const db::QueryResult states = f.admin(
        QStringLiteral("select processing_status, count(*) from documents where owner_id = $1 "
                       "group by 1"),
        {f.owner.ownerId});
    QHash<QString, int> byStatus;
    int total = 0;
    for (int i = 0; i < states.rowCount(); ++i) {
        byStatus.insert(states.value(i, 0).toString(), states.value(i, 1).toInt());
        total += states.value(i, 1).toInt();
    }
    CHECK(total == 6);
    CHECK(byStatus.value(QStringLiteral("failed")) == 0);
    CHECK(byStatus.value(QStringLiteral("processing")) == 0);
    CHECK(byStatus.value(QStringLiteral("pending")) >= 1);

    // Another app died while processing one of them: its lease has expired.
    const QString orphan =
        f.admin(
             QStringLiteral("select d.id from documents d where d.owner_id = $1 and "
                            "d.processing_status = 'pending' order by d.created_at desc limit 1"),
             {f.owner.ownerId})
            .scalar()
            .toString();
    f.admin(QStringLiteral("update documents set processing_status = 'processing' where id = $1"),
            {orphan});
    f.admin(QStringLiteral("update limitless.document_ingest set lease_owner = 'crashed-app', "
                           "lease_until = now() - interval '1 minute', attempts = 1, "
                           "stage = 'embed' where document_id = $1"),
            {orphan});

    // The next start resumes everything pending, the orphan included.
    IngestQueue second(&f.db);
    second.start();
    REQUIRE(waitFor([&] { return allCompleted(model, 6); }, 120000));
    CHECK(model.recordForId(orphan).status == "completed");
}

TEST_CASE("A changed file in the watched folder becomes a new version, and the page says what "
          "changed",
          "[knowledge][gui][db]")
{
    test::KnowledgeGuiFixture f(QStringLiteral("docwatch"));
    const QString folder = f.files.filePath(QStringLiteral("watched"));
    REQUIRE(QDir().mkpath(folder));
    f.knowledge.watchedFolder = folder;
    f.saveSettings();
    const QString path = folder + QStringLiteral("/offer.md");
    f.writeFile(QStringLiteral("watched/offer.md"),
                test::KnowledgeGuiFixture::markdown(QStringLiteral("Offer"), 2));

    DocumentsPage page(&f.db);
    page.resize(1080, 760);
    page.show();
    DocumentsModel* model = page.model();
    REQUIRE(waitFor([&] { return allCompleted(*model, 1); }, 60000));
    const QString v1 = model->record(0).id;
    CHECK(model->record(0).sourcePath == path);
    CHECK(activityContains(page, QStringLiteral("offer.md appeared in the watched folder")));

    // The owner edits the file: a new version replaces the first.
    QTest::qWait(200);
    f.writeFile(QStringLiteral("watched/offer.md"),
                test::KnowledgeGuiFixture::markdown(QStringLiteral("Offer"), 4));
    REQUIRE(waitFor(
        [&] {
            return model->rowCount() == 2 && !model->recordForId(v1).isCurrent() &&
                   countStatus(*model, QStringLiteral("completed"), true) == 1;
        },
        60000));
    const DocumentRecord v2 = model->recordForId(model->recordForId(v1).replacedById);
    CHECK(v2.version == 2);
    CHECK(v2.sourcePath == path);
    CHECK(v2.chunksAdded >= 0);
    CHECK(activityContains(page, QStringLiteral("offer.md changed in the watched folder")));
    REQUIRE(waitFor([&] { return activityContains(page, QStringLiteral("chunks added")); }));
    page.selectDocument(v2.id);
    CHECK(page.detailsPane()->changesText().contains(QLatin1String("Version 2")));
}

TEST_CASE("Chunk viewer and test bench on processed documents", "[knowledge][gui][db][screenshots]")
{
    test::KnowledgeGuiFixture f(QStringLiteral("docbench"));
    Looks looks;
    MainWindow window(&f.db);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Documents);
    DocumentsPage* page = window.documentsPage();
    DocumentsModel* model = page->model();
    REQUIRE(waitFor([&] { return model->isLoaded() && page->ingestQueue()->isReady(); }));

    const QString pricing =
        f.writeFile(QStringLiteral("pricing.md"),
                    test::KnowledgeGuiFixture::markdown(QStringLiteral("Pricing and plans"), 5));
    const QString onboarding =
        f.writeFile(QStringLiteral("onboarding.md"),
                    test::KnowledgeGuiFixture::markdown(QStringLiteral("Client onboarding"), 3));
    REQUIRE(drop(page->dropZone(), {pricing, onboarding}));
    REQUIRE(waitFor([&] { return allCompleted(*model, 2); }, 60000));

    SECTION("the chunk viewer highlights exactly the selected chunk's span")
    {
        const QString id = idOf(*model, QStringLiteral("pricing.md"));
        page->selectDocument(id);
        page->detailsPane()->chunksButton()->click();
        CHECK(page->tabs()->currentIndex() == int(DocumentsPage::Tab::Chunks));
        ui::ChunkViewer* viewer = page->chunkViewer();
        REQUIRE(waitFor(
            [&] { return viewer->model()->isLoaded() && viewer->model()->documentId() == id; }));
        const int n = viewer->model()->rowCount();
        REQUIRE(n > 0);
        CHECK(n == model->recordForId(id).totalChunks);
        CHECK_FALSE(viewer->model()->extractedText().isEmpty());
        for (int i = 0; i < n; ++i) {
            viewer->selectChunk(i);
            INFO("chunk " << i);
            CHECK(viewer->highlightedText() == viewer->model()->chunk(i).text);
        }
        viewer->selectChunk(n > 1 ? 1 : 0);
        test::screenshot(window, QStringLiteral("documents-chunk-viewer"));
    }

    SECTION("a test bench loads the search index when it connects, before the first search")
    {
        int chunks = 0;
        for (const QString& name : {QStringLiteral("pricing.md"), QStringLiteral("onboarding.md")})
            chunks += model->recordForId(idOf(*model, name)).totalChunks;
        REQUIRE(chunks > 0);
        // A second bench on the same environment, made when the documents are there: it loads
        // their vectors on its worker as soon as it is connected, and says so.
        knowledge::RetrievalBench bench(page->ingestQueue()->environment());
        QSignalSpy status(&bench, &knowledge::RetrievalBench::indexStatusChanged);
        CHECK(bench.isIndexLoading());
        CHECK(bench.indexStatus().startsWith(QLatin1String("Loading the search index")));
        REQUIRE(waitFor([&] { return bench.isReady() && !bench.isIndexLoading(); }));
        INFO(bench.indexStatus().toStdString());
        CHECK(bench.indexStatus().startsWith(
            QStringLiteral("Search index: %1 chunks loaded in").arg(chunks)));
        CHECK(status.count() >= 1);
        // The first search finds the index loaded: it neither waits nor loads.
        QSignalSpy finished(&bench, &knowledge::RetrievalBench::searchFinished);
        bench.search(QStringLiteral("Pro plan price"), bench.defaultOptions(3));
        REQUIRE(waitFor([&] { return finished.count() == 1; }));
        const auto result = finished.first().at(2).value<knowledge::SearchResult>();
        REQUIRE(result.ok());
        CHECK_FALSE(result.hits.isEmpty());
        for (const QString& note : result.notes)
            CHECK_FALSE(note.contains(QLatin1String("waited")));
        // The page's own bench shows its status line under the search field.
        REQUIRE(waitFor([&] { return !page->bench()->isIndexLoading(); }));
        CHECK(page->benchPanel()->indexStatusText() == page->bench()->indexStatus());
    }

    SECTION("the test bench shows the top chunks with both rankings, and saved questions run")
    {
        page->showTab(DocumentsPage::Tab::TestBench);
        ui::RetrievalBenchPanel* bench = page->benchPanel();
        REQUIRE(waitFor([&] { return page->bench()->isReady(); }));
        bench->questionEdit()->setText(
            QStringLiteral("How much does the Pro plan cost per month?"));
        REQUIRE(bench->searchButton()->isEnabled());
        bench->searchButton()->click();
        models::SearchHitsModel* hits = bench->hitsModel();
        REQUIRE(waitFor([&] { return hits->rowCount() > 0; }));
        INFO(bench->statusText().toStdString());
        CHECK(bench->statusText().startsWith(QLatin1String("Results:")));
        CHECK(hits->rowCount() <= 5);
        int worded = -1;
        for (int i = 0; i < hits->rowCount(); ++i) {
            const knowledge::SearchHit& h = hits->hit(i);
            CHECK((h.vectorRank > 0 || h.textRank > 0));
            CHECK(h.fusedScore > 0);
            CHECK_FALSE(hits->index(i, models::SearchHitsModel::DocumentColumn)
                            .data()
                            .toString()
                            .isEmpty());
            if (h.textRank > 0 && worded < 0)
                worded = i;
        }
        // The chunk with the price matches the words: its passage shows them highlighted.
        REQUIRE(worded >= 0);
        CHECK(hits->hit(worded).filename == "pricing.md");
        bench->hitsView()->selectRow(worded);
        CHECK_FALSE(bench->highlightedWords().isEmpty());
        CHECK(hits->index(worded, models::SearchHitsModel::TextColumn)
                  .data()
                  .toString()
                  .startsWith(QLatin1Char('#')));
        CHECK(bench->expectedDocumentBox()->currentText() == "pricing.md");

        // Saved as a test question, then run twice: the second run compares with the first.
        bench->saveQuestionButton()->click();
        models::TestQuestionsModel* questions = bench->questionsModel();
        REQUIRE(waitFor([&] { return questions->rowCount() == 1; }));
        REQUIRE(waitFor([&] { return bench->runAllButton()->isEnabled(); }));
        bench->runAllButton()->click();
        REQUIRE(waitFor([&] { return bench->summaryText().startsWith(QLatin1String("hit@")); }));
        INFO(bench->summaryText().toStdString());
        CHECK(bench->summaryText().contains(QLatin1String("The first run")));
        CHECK(questions->index(0, 0).data(models::TestQuestionsModel::RankRole).toInt() > 0);
        REQUIRE(waitFor([&] { return bench->runAllButton()->isEnabled(); }));
        bench->runAllButton()->click();
        REQUIRE(waitFor([&] { return bench->summaryText().contains(QLatin1String("Better:")); }));
        INFO(bench->summaryText().toStdString());
        CHECK(bench->summaryText().contains(QStringLiteral("Better: 0 · worse: 0")));
        CHECK(questions->index(0, models::TestQuestionsModel::ChangeColumn).data().toString() ==
              "same");
        bench->hitsView()->selectRow(worded);
        test::screenshot(window, QStringLiteral("documents-test-bench"));
    }
}

TEST_CASE("Without the knowledge-base additions the page lists documents and says uploads need "
          "limitless migrate",
          "[knowledge][gui][db]")
{
    test::IsolatedSettings settings;
    const QString url = test::migratedDatabase(QStringLiteral("kb_gui_plain"));
    auto admin = test::connect(url);
    REQUIRE(admin->execScript(QStringLiteral("drop table limitless.document_ingest cascade")).ok());
    REQUIRE(admin
                ->exec(QStringLiteral("insert into owners (id, email, name, supabase_user_id) "
                                      "values ('owner-plain', 'plain@example.com', 'Plain', "
                                      "'user-plain')"))
                .ok());
    REQUIRE(admin
                ->exec(QStringLiteral("insert into documents (filename, file_type, file_size, "
                                      "storage_url, storage_bucket, owner_id, processing_status, "
                                      "total_chunks, embeddings_created) values ('legacy.pdf', "
                                      "'pdf', 2048, 'gs://bucket/legacy.pdf', 'bucket', "
                                      "'owner-plain', 'completed', 4, true)"))
                .ok());

    db::Database db;
    db.open(url);
    REQUIRE(waitFor([&] { return db.serverInfo().additions.probed; }, 15000));
    REQUIRE_FALSE(db.serverInfo().additions.knowledge);
    DocumentsPage page(&db);
    page.resize(1080, 760);
    page.show();
    REQUIRE(waitFor([&] { return page.model()->isLoaded(); }));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->index(0, 0).data().toString() == "legacy.pdf");
    CHECK(page.model()->index(0, DocumentsModel::StatusColumn).data().toString() == "Ready");
    CHECK_FALSE(page.model()->hasAdditions());
    REQUIRE(waitFor([&] { return page.banner()->isVisible(); }));
    CHECK(page.banner()->text().contains(QLatin1String("limitless migrate")));
    CHECK(page.dropZone()->isBlocked());
    CHECK(page.dropZone()->hintText().contains(QLatin1String("limitless migrate")));
    const QString file = QDir::temp().filePath(QStringLiteral("kb-gui-plain.md"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("# Note\n\nText.\n");
    }
    const auto removeFile = qScopeGuard([file] { QFile::remove(file); });
    CHECK_FALSE(drop(page.dropZone(), {file}));
}
