// The Conversations page offscreen at 1280×800 on the demo business: the list with the selected
// conversation's transcript and details, the pipeline view, a drill-through filter, a live
// change keeping the selection, CSV export, and screenshots for review (docs/screenshots/).
#include "ConversationsPage.h"
#include "Banner.h"
#include "ChatBubbleDelegate.h"
#include "ConversationDetails.h"
#include "ConversationDetailsPane.h"
#include "ConversationsModel.h"
#include "ConversationsTestDatabase.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "PipelineModel.h"
#include "PipelineView.h"
#include "TestDatabase.h"
#include "Theme.h"
#include "TranscriptModel.h"
#include "conversations/ConversationCsv.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace limitless;
using ui::ConversationsPage;

namespace {

void applyTheme()
{
    ui::Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
}

void require(const db::QueryResult& r)
{
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
}

} // namespace

TEST_CASE("Conversations page: list, transcript, pipeline, drill-through, export",
          "[conversations][gui][db]")
{
    test::IsolatedSettings settings;
    applyTheme();
    const QString name = QStringLiteral("conv_gui");
    auto admin = test::connect(test::conversationsDatabase(name, true));
    db::Database db;
    test::openConversationsDatabase(db, name);

    ui::MainWindow window(&db);
    window.resize(1280, 800);
    window.show();
    window.showPage(ui::MainWindow::Page::Conversations);
    ConversationsPage* page = window.conversationsPage();
    REQUIRE(page);
    REQUIRE(QTest::qWaitFor([&] { return page->model()->isLoaded(); }, 10000));

    // A paid conversation with a payment link: the transcript shows the tool call and result.
    const auto paid = admin->exec(
        QStringLiteral("select id, instagram_handle from conversations where payment_completed "
                       "order by last_message_at desc limit 1"));
    require(paid);
    REQUIRE(paid.rowCount() == 1);
    const QString paidId = paid.value(0, 0).toString();
    page->showConversation(paidId);
    auto* details = page->detailsPane()->details();
    const bool detailsLoaded = QTest::qWaitFor([&] { return details->isLoaded(); }, 10000);
    INFO(details->lastError().toString().toStdString());
    REQUIRE(detailsLoaded);
    CHECK(details->transcript()->messageCount() > 5);
    CHECK(page->detailsPane()->transcriptNotice().isEmpty());
    QTest::qWait(200);
    page->detailsPane()->transcriptView()->scrollToBottom();
    test::saveScreenshot(window, QStringLiteral("conversations-list-transcript"));

    SECTION("the transcript draws bubbles of sensible sizes")
    {
        QListView* chat = page->detailsPane()->transcriptView();
        for (int i = 0; i < chat->model()->rowCount(); ++i) {
            const QRect r = chat->visualRect(chat->model()->index(i, 0));
            CHECK(r.height() >= 14);
            CHECK(r.height() < 1200);
        }
    }

    SECTION("the pipeline shows a column per stage with counts")
    {
        page->setMode(ConversationsPage::Mode::Pipeline);
        REQUIRE(QTest::qWaitFor([&] { return page->pipelineModel()->isLoaded(); }, 10000));
        ui::PipelineView* pipeline = page->pipelineView();
        REQUIRE(pipeline->columnCount() == 7);
        const auto greeting = admin->exec(
            QStringLiteral("select count(*) from conversations where current_stage = 'greeting'"));
        require(greeting);
        CHECK(pipeline->headerText(0).endsWith(QLocale().toString(greeting.scalar().toLongLong())));
        CHECK(pipeline->column(0)->model()->rowCount(pipeline->column(0)->rootIndex()) > 0);
        CHECK_FALSE(page->detailsPane()->isVisible());
        // Cards are drawn in the palette's Base colour (the page's style rules make the list
        // itself transparent, which once drew them black).
        {
            QListView* first = pipeline->column(0);
            const QRect r = first->visualRect(first->model()->index(0, 0, first->rootIndex()));
            const QImage shot = first->viewport()->grab().toImage();
            const QColor inside = shot.pixelColor(r.left() + 8, r.bottom() - 6);
            const QColor base = QApplication::palette(first).color(QPalette::Base);
            INFO("card " << inside.name().toStdString() << ", Base " << base.name().toStdString());
            CHECK(std::abs(inside.lightness() - base.lightness()) < 24);
        }
        test::saveScreenshot(window, QStringLiteral("conversations-pipeline"));
        // A card opens the conversation beside the pipeline.
        const QModelIndex card =
            pipeline->column(1)->model()->index(0, 0, pipeline->column(1)->rootIndex());
        REQUIRE(card.isValid());
        emit pipeline->conversationActivated(card.data(models::IdRole).toString());
        CHECK(page->detailsPane()->isVisible());
        REQUIRE(QTest::qWaitFor([&] { return details->isLoaded(); }, 10000));
        test::saveScreenshot(window, QStringLiteral("conversations-pipeline-card"));
    }

    SECTION("a conversation without a checkpoint says so")
    {
        require(admin->exec(QStringLiteral(
            "insert into conversations (id, instagram_handle, campaign_id, campaign_code, "
            "current_stage) select 'conv-gui-no-transcript', 'quiet.lead', id, code, 'greeting' "
            "from campaigns order by code limit 1")));
        // The new row arrives live at the top of the list; then it is opened.
        REQUIRE(QTest::qWaitFor(
            [&] { return page->model()->rowForId(QStringLiteral("conv-gui-no-transcript")) == 0; },
            5000));
        page->showConversation(QStringLiteral("conv-gui-no-transcript"));
        REQUIRE(QTest::qWaitFor([&] { return details->isLoaded(); }, 10000));
        CHECK(page->detailsPane()->transcriptNotice() ==
              QStringLiteral("No transcript stored for this conversation."));
        test::saveScreenshot(window, QStringLiteral("conversations-no-transcript"));
    }

    SECTION("drill-through: a filter from elsewhere, shown as a removable note")
    {
        conversations::ConversationFilter f;
        f.eventType = QStringLiteral("payment_completed");
        f.stages = {QStringLiteral("complete"), QStringLiteral("close")};
        window.showConversations(f);
        CHECK(window.currentPage() == ui::MainWindow::Page::Conversations);
        REQUIRE(QTest::qWaitFor(
            [&] { return page->model()->isLoaded() && page->model()->totalCount() >= 0; }, 10000));
        const auto expected = admin->exec(QStringLiteral(
            "select count(*) from conversations c where current_stage in ('complete', 'close') "
            "and exists (select 1 from analytics_events e where e.conversation_id = c.id and "
            "e.event_type = 'payment_completed')"));
        require(expected);
        CHECK(page->model()->totalCount() == expected.scalar().toLongLong());
        test::saveScreenshot(window, QStringLiteral("conversations-drill-through"));
    }

    SECTION("a live change keeps the selection and the scroll position")
    {
        QTableView* view = page->view();
        REQUIRE(page->model()->rowCount() > 20);
        view->selectRow(12);
        const QString selected = page->model()->conversation(12).id;
        view->verticalScrollBar()->setValue(5);
        const int scroll = view->verticalScrollBar()->value();
        require(admin->exec(QStringLiteral("update conversations set followup_count = "
                                           "followup_count + 1 where id = $1"),
                            {selected}));
        require(admin->exec(
            QStringLiteral("insert into conversations (id, instagram_handle, campaign_id, "
                           "campaign_code, current_stage, created_at, last_message_at) select "
                           "'conv-gui-live', 'live.lead', id, code, 'greeting', now(), "
                           "now() - interval '400 days' from campaigns order by code limit 1")));
        QTest::qWait(800);
        const QModelIndex current = view->selectionModel()->currentIndex();
        REQUIRE(current.isValid());
        CHECK(current.data(models::IdRole).toString() == selected);
        CHECK(view->verticalScrollBar()->value() == scroll);
    }

    SECTION("CSV export streams the filtered list, RFC 4180")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QSignalSpy done(page, &ConversationsPage::exportFinished);
        page->exportCsvTo(path);
        REQUIRE(done.wait(20000));
        CHECK(done.first().at(1).toString().isEmpty());
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        CHECK(csv.startsWith(conversations::ConversationCsv::header()));
        const auto total = admin->exec(QStringLiteral("select count(*) from conversations"));
        require(total);
        // One CRLF per conversation plus the header (no field here contains a line break).
        CHECK(csv.count("\r\n") == total.scalar().toLongLong() + 1);
        CHECK(csv.contains(paidId.toUtf8()));
    }
}

TEST_CASE("CSV cells that a spreadsheet would run as formulas are neutralised", "[conversations]")
{
    using conversations::ConversationCsv::field;
    // OWASP's list: = + - @ tab and carriage return at the start; also the full-width forms.
    CHECK(field(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")) ==
          "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    CHECK(field(QStringLiteral("+1+2")) == "\"'+1+2\"");
    CHECK(field(QStringLiteral("-1+2")) == "\"'-1+2\"");
    CHECK(field(QStringLiteral("@SUM(A1:A9)")) == "\"'@SUM(A1:A9)\"");
    CHECK(field(QStringLiteral("\tcmd")) == "\"'\tcmd\"");
    CHECK(field(QStringLiteral("\r=1")) == "\"'\r=1\"");
    CHECK(field(QStringLiteral("\uFF1D1+1")) == QStringLiteral("\"'\uFF1D1+1\"").toUtf8());
    // Inside the text they are harmless and left alone.
    CHECK(field(QStringLiteral("a=b")) == "a=b");
    CHECK(field(QStringLiteral("jane@fit.example")) == "jane@fit.example");
    // A whole exported row: every lead-written column is covered.
    conversations::ConversationRow r;
    r.id = QStringLiteral("c1");
    r.instagramHandle = QStringLiteral("=HYPERLINK(\"http://evil\")");
    r.businessType = QStringLiteral("+1+2");
    r.monthlyRevenue = QStringLiteral("@SUM(1)");
    r.mainPainPoint = QStringLiteral("-3");
    const QByteArray line = conversations::ConversationCsv::row(r);
    for (const QByteArray& cell : line.trimmed().split(','))
        for (const char c : {'=', '+', '-', '@'}) {
            INFO(cell.toStdString());
            CHECK_FALSE(cell.startsWith(c));
            CHECK_FALSE(cell.startsWith(QByteArray("\"") + c));
        }
}

TEST_CASE("CSV fields are quoted as RFC 4180 says", "[conversations]")
{
    using conversations::ConversationCsv::field;
    CHECK(field(QStringLiteral("plain")) == "plain");
    CHECK(field(QStringLiteral("a,b")) == "\"a,b\"");
    CHECK(field(QStringLiteral("say \"hi\"")) == "\"say \"\"hi\"\"\"");
    CHECK(field(QStringLiteral("two\nlines")) == "\"two\nlines\"");
    CHECK(field(QStringLiteral("ünï ✅")) == QStringLiteral("ünï ✅").toUtf8());
    conversations::ConversationRow r;
    r.id = QStringLiteral("c1");
    r.instagramHandle = QStringLiteral("@a,b");
    r.mainPainPoint = QStringLiteral("\"quotes\"");
    const QByteArray line = conversations::ConversationCsv::row(r);
    CHECK(line.endsWith("\r\n"));
    CHECK(line.startsWith("c1,\"'@a,b\","));
    CHECK(line.contains(",\"\"\"quotes\"\"\","));
}

TEST_CASE("Conversations page: impossible dates refused, a new filter empties the pane, banners "
          "clear on recovery, whole column titles",
          "[conversations][gui][db]")
{
    test::IsolatedSettings settings;
    applyTheme();
    const QString name = QStringLiteral("conv_checks");
    auto admin = test::connect(test::conversationsDatabase(name, true));
    db::Database db;
    test::openConversationsDatabase(db, name);
    ConversationsPage page(&db);
    page.resize(1100, 700);
    page.show();
    REQUIRE(QTest::qWaitFor([&] { return page.model()->isLoaded(); }, 10000));
    REQUIRE(page.model()->rowCount() > 0);
    auto* banner = page.findChild<ui::Banner*>();
    REQUIRE(banner);

    // Column titles are never cut ("Campaig", "Qualifie").
    QHeaderView* header = page.view()->horizontalHeader();
    for (int c = 0; c < page.model()->columnCount(); ++c) {
        const QString title = page.model()->headerData(c, Qt::Horizontal).toString();
        INFO(title.toStdString());
        CHECK(header->sectionSize(c) >= QFontMetrics(header->font()).horizontalAdvance(title));
    }

    // A conversation in the pane; then a filter that matches nothing empties it.
    page.showConversation(page.model()->conversation(0).id);
    REQUIRE_FALSE(page.detailsPane()->details()->conversationId().isEmpty());
    page.findChild<QLineEdit*>(QStringLiteral("conversationSearch"))
        ->setText(QStringLiteral("no-such-lead-anywhere"));
    REQUIRE(QTest::qWaitFor(
        [&] { return page.model()->isLoaded() && page.model()->rowCount() == 0; }, 10000));
    CHECK(page.detailsPane()->details()->conversationId().isEmpty());
    page.findChild<QLineEdit*>(QStringLiteral("conversationSearch"))->clear();
    REQUIRE(QTest::qWaitFor(
        [&] { return page.model()->isLoaded() && page.model()->rowCount() > 0; }, 10000));

    // A custom range that ends before it starts: said so, and the list keeps its filter.
    auto* dates = page.findChild<QComboBox*>(QStringLiteral("dateFilter"));
    REQUIRE(dates);
    QDateEdit* from = nullptr;
    QDateEdit* to = nullptr;
    for (QDateEdit* e : page.findChildren<QDateEdit*>())
        (e->accessibleName() == QStringLiteral("Started from") ? from : to) = e;
    REQUIRE(from);
    REQUIRE(to);
    const auto before = page.model()->filter();
    dates->setCurrentIndex(dates->count() - 1); // Custom range
    to->setDate(QDate::currentDate().addDays(-10));
    const auto valid = page.model()->filter();
    from->setDate(QDate::currentDate().addDays(-3));
    CHECK(banner->kind() == ui::Banner::Kind::Error);
    CHECK(banner->text().contains(QStringLiteral("before the start date")));
    CHECK(page.model()->filter() == valid);
    // The calendar stops at today: no future end.
    to->setDate(QDate::currentDate().addDays(5));
    CHECK(to->date() == QDate::currentDate());
    CHECK(banner->text().isEmpty());
    dates->setCurrentIndex(0);
    CHECK(page.model()->filter().createdFrom == before.createdFrom);

    // A load error on an already loaded list, then recovery: Retry clears the banner.
    REQUIRE(
        admin->exec(QStringLiteral("alter table conversations rename to conversations_away")).ok());
    page.refresh();
    REQUIRE(QTest::qWaitFor(
        [&] { return banner->kind() == ui::Banner::Kind::Error && !banner->text().isEmpty(); },
        10000));
    REQUIRE(
        admin->exec(QStringLiteral("alter table conversations_away rename to conversations")).ok());
    page.refresh();
    CHECK(QTest::qWaitFor([&] { return banner->text().isEmpty(); }, 10000));
}
