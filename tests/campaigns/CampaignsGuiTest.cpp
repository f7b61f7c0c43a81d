// The Campaigns editing UI, the Payments and Settings pages, offscreen at 1280×800. Screenshots
// of the demo business go to <build>/screenshots/ for review (copies are kept in
// docs/screenshots/).
#include "Banner.h"
#include "CampaignChoice.h"
#include "CampaignEditorDialog.h"
#include "CampaignTestRows.h"
#include "CampaignsModel.h"
#include "CampaignsPage.h"
#include "DemoDatabase.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ModelRoles.h"
#include "PaymentsFilterModel.h"
#include "PaymentsModel.h"
#include "PaymentsPage.h"
#include "QrCodeDialog.h"
#include "SettingsPage.h"
#include "TestDatabase.h"
#include "Theme.h"
#include "campaigns/CampaignLink.h"
#include "campaigns/CampaignService.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace limitless;
using ui::MainWindow;

namespace {

void applyTheme()
{
    ui::Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
}

// The window with a dialog drawn over its centre, as the owner sees it (grab() renders one
// top-level widget at a time).
QString saveWithDialog(QWidget& window, QWidget& dialog, const QString& name)
{
    QTest::qWait(50);
    QPixmap shot = window.grab();
    const QPixmap overlay = dialog.grab();
    QPainter painter(&shot);
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60)); // the modal shade
    const QPoint at((shot.width() - overlay.width()) / 2, (shot.height() - overlay.height()) / 2);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.drawRect(QRect(at, overlay.size()).adjusted(-1, -1, 0, 0));
    painter.drawPixmap(at, overlay);
    painter.end();
    const QString dir = QStringLiteral(LIMITLESS_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    REQUIRE(shot.save(path));
    return path;
}

void openDemo(db::Database& db)
{
    // The demo business as the maintenance role: no claims, every row visible.
    db.open(test::demoFixtureUrl());
    REQUIRE(QTest::qWaitFor([&] { return db.state() == db::ConnectionState::Connected; }, 15000));
    REQUIRE(QTest::qWaitFor([&] { return db.liveUpdatesAvailable(); }, 15000));
}

} // namespace

TEST_CASE("Campaign pages with the demo business, for screenshots", "[gui][db][screenshots]")
{
    test::IsolatedSettings settings;
    applyTheme();
    // An owner's usual locale rather than the test environment's C locale.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([previous] { QLocale::setDefault(previous); });
    db::Database db;
    openDemo(db);
    MainWindow window(&db);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    ui::CampaignsPage* campaigns = window.campaignsPage();
    window.showPage(MainWindow::Page::Campaigns);
    REQUIRE(test::waitUntil(
        [&] { return campaigns->model()->isLoaded() && campaigns->model()->rowCount() > 0; }));
    campaigns->view()->selectRow(1);
    QTest::qWait(50);
    test::saveScreenshot(window, QStringLiteral("campaigns-page"));

    SECTION("the editor")
    {
        campaigns->editSelected();
        ui::CampaignEditorDialog* editor = campaigns->editorDialog();
        REQUIRE(editor);
        REQUIRE(QTest::qWaitForWindowExposed(editor));
        CHECK(editor->codeEdit()->isReadOnly());
        CHECK_FALSE(editor->nameEdit()->text().isEmpty());
        saveWithDialog(window, *editor, QStringLiteral("campaigns-edit-dialog"));
        editor->reject();

        campaigns->newCampaign();
        editor = campaigns->editorDialog();
        REQUIRE(editor);
        REQUIRE(QTest::qWaitForWindowExposed(editor));
        editor->nameEdit()->setText(QStringLiteral("Instagram Stories — summer offer"));
        editor->platformCombo()->setCurrentIndex(1);
        editor->codeEdit()->setText(QStringLiteral("SUMM0R"));
        CHECK(editor->errorText().contains(QStringLiteral("“0”")));
        saveWithDialog(window, *editor, QStringLiteral("campaigns-new-dialog"));
        editor->reject();
    }

    SECTION("the QR code")
    {
        campaigns->showSelectedQrCode();
        ui::QrCodeDialog* qr = campaigns->qrCodeDialog();
        REQUIRE(qr);
        REQUIRE(QTest::qWaitForWindowExposed(qr));
        const int row = campaigns->selectedRow();
        REQUIRE(row >= 0);
        CHECK(qr->url() == campaigns::CampaignLink::url(campaigns->model()->campaign(row).code));
        saveWithDialog(window, *qr, QStringLiteral("campaigns-qr-dialog"));
        qr->reject();
    }

    SECTION("payments")
    {
        window.showPage(MainWindow::Page::Payments);
        ui::PaymentsPage* payments = window.paymentsPage();
        REQUIRE(payments);
        REQUIRE(test::waitUntil([&] {
            return payments->model()->isLoaded() && payments->model()->rowCount() > 0 &&
                   !payments->model()->totals().isEmpty();
        }));
        CHECK(payments->isShowingTable());
        CHECK(payments->monthlyRecurringText().startsWith(QLatin1Char('$')));
        payments->view()->selectRow(0);
        test::saveScreenshot(window, QStringLiteral("payments-page"));

        // Double-click → the conversation.
        QSignalSpy open(payments, &ui::PaymentsPage::openConversationRequested);
        payments->view()->setCurrentIndex(payments->proxy()->index(0, 0));
        payments->openCurrentConversation();
        REQUIRE(open.size() == 1);
        const auto filter = open.first().first().value<conversations::ConversationFilter>();
        CHECK(filter.conversationIds ==
              QStringList{payments->proxy()
                              ->index(0, 0)
                              .data(models::PaymentsModel::ConversationIdRole)
                              .toString()});
        CHECK(window.currentPage() == MainWindow::Page::Conversations);

        window.showPage(MainWindow::Page::Payments);
        payments->statusFilter()->setCurrentIndex(
            payments->statusFilter()->findData(QStringLiteral("refunded")));
        for (int i = 0; i < payments->proxy()->rowCount(); ++i)
            CHECK(payments->proxy()
                      ->index(i, models::PaymentsModel::StatusColumn)
                      .data(models::FilterRole)
                      .toString() == QStringLiteral("refunded"));
        // The cards keep their statuses; the note adds what the listed (refunded) rows sum to.
        auto* note = payments->findChild<QLabel*>(QStringLiteral("totalsNote"));
        REQUIRE(note);
        CHECK(note->text().contains(QStringLiteral("Listed: %1 refunded payment")
                                        .arg(QLocale().toString(payments->proxy()->rowCount()))));
        test::saveScreenshot(window, QStringLiteral("payments-refunded"));
    }

    SECTION("settings")
    {
        window.showPage(MainWindow::Page::Settings);
        ui::SettingsPage* page = window.settingsPage();
        REQUIRE(page);
        CHECK(page->baseUrlEdit()->text() == campaigns::CampaignLink::defaultBaseUrl());
        page->baseUrlEdit()->setText(QStringLiteral("not a url"));
        CHECK_FALSE(page->save());
        page->baseUrlEdit()->setText(QStringLiteral("https://links.example.com/go"));
        REQUIRE(page->save());
        CHECK(QSettings().value(QStringLiteral("campaigns/baseUrl")).toString() ==
              QStringLiteral("https://links.example.com/go/"));
        CHECK(campaigns::CampaignLink::url(QStringLiteral("K7PX3M")).toString() ==
              QStringLiteral("https://links.example.com/go/K7PX3M"));
        test::saveScreenshot(window, QStringLiteral("settings-page"));
        page->resetToDefault();
        CHECK_FALSE(QSettings().contains(QStringLiteral("campaigns/baseUrl")));
    }
}

TEST_CASE("The QR code renders to an image with the right module count", "[gui][qr]")
{
    const QUrl url(QStringLiteral("https://go.limitless-os.com/c/K7PX3M"));
    ui::QrCodeDialog dialog(QStringLiteral("K7PX3M"), QStringLiteral("Reels"), url);
    const campaigns::QrCode& qr = dialog.qrCode();
    REQUIRE_FALSE(qr.isNull());
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("qr.png"));
    REQUIRE(dialog.savePng(png));
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    REQUIRE(image.width() == image.height());
    REQUIRE(image.width() % (qr.size() + 8) == 0);
    const int module = image.width() / (qr.size() + 8);
    // Decode back: sample each module's centre and compare with the grid.
    int wrong = 0;
    for (int y = 0; y < qr.size(); ++y)
        for (int x = 0; x < qr.size(); ++x) {
            const QRgb px =
                image.pixel((x + 4) * module + module / 2, (y + 4) * module + module / 2);
            wrong += (qGray(px) < 128) != qr.isDark(x, y);
        }
    CHECK(wrong == 0);
    // The quiet zone is white.
    CHECK(qGray(image.pixel(1, 1)) > 200);
    REQUIRE(dialog.saveSvg(dir.filePath(QStringLiteral("qr.svg"))));
    QFile svg(dir.filePath(QStringLiteral("qr.svg")));
    REQUIRE(svg.open(QIODevice::ReadOnly));
    CHECK(svg.readAll().contains("<svg"));
}

TEST_CASE("Creating a campaign in the page, then undo and redo", "[gui][db]")
{
    const QString code = QStringLiteral("TGU2AB");
    test::IsolatedSettings settings;
    test::CampaignTestRows rows({code});
    db::Database db;
    test::openAsOwner(db);
    ui::CampaignsPage page(&db);
    page.resize(1080, 700);
    page.show();
    REQUIRE(test::waitUntil([&] { return page.model()->isLoaded(); }));

    page.newCampaign();
    ui::CampaignEditorDialog* editor = page.editorDialog();
    REQUIRE(editor);
    auto* ok = editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no name yet
    editor->nameEdit()->setText(QStringLiteral("Made in the page"));
    editor->codeEdit()->setText(code.toLower());
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(test::waitUntil([&] { return page.editorDialog() == nullptr; }));
    REQUIRE(test::waitUntil([&] {
        const int r = page.selectedRow();
        return r >= 0 && page.model()->campaign(r).code == code;
    }));
    CHECK(page.undoStack()->count() == 1);

    // Typed again: the dialog stays open and says why.
    page.newCampaign();
    editor = page.editorDialog();
    editor->nameEdit()->setText(QStringLiteral("Duplicate"));
    editor->codeEdit()->setText(code);
    QTest::mouseClick(editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    REQUIRE(test::waitUntil([&] { return !editor->errorText().isEmpty(); }));
    CHECK(editor->errorText().startsWith(QStringLiteral("This code is already taken")));
    editor->reject();

    // Pause from the page, Ctrl+Z brings it back.
    page.toggleSelectedActive();
    REQUIRE(test::waitUntil([&] {
        const int r =
            page.model()->rowForId(page.view()->currentIndex().data(models::IdRole).toString());
        return r >= 0 && !page.model()->campaign(r).active;
    }));
    // Ctrl+Z on the page (the shortcut itself needs an active window, which offscreen tests
    // cannot rely on: trigger its action).
    CHECK(page.undoAction()->shortcut() == QKeySequence(QKeySequence::Undo));
    CHECK(page.undoAction()->shortcutContext() == Qt::WidgetWithChildrenShortcut);
    REQUIRE(page.undoAction()->isEnabled());
    page.undoAction()->trigger();
    REQUIRE(test::waitUntil([&] {
        const int r = page.selectedRow();
        return r >= 0 && page.model()->campaign(r).active;
    }));

    // Deleting asks first (pre-answered), then the campaign leaves the list.
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    page.deleteSelected();
    REQUIRE(test::waitUntil([&] {
        for (int r = 0; r < page.model()->rowCount(); ++r)
            if (page.model()->campaign(r).code == code)
                return false;
        return true;
    }));
    CHECK(ui::MessageBox::lastText().contains(code));
}

namespace {

// Ends the page's database session under it, as a server restart or a dropped network would:
// the next write is sent on a dead connection and its outcome is unknown.
void dropConnection(db::Database& db)
{
    qint64 pid = 0;
    bool done = false;
    db.query(db::Statement(QStringLiteral("select pg_backend_pid()")), nullptr,
             [&](const db::QueryResult& r) {
                 pid = r.scalar().toLongLong();
                 done = true;
             });
    REQUIRE(test::waitUntil([&] { return done; }));
    REQUIRE(pid > 0);
    auto admin = test::connect(test::adminUrl());
    REQUIRE(admin->exec(QStringLiteral("select pg_terminate_backend($1::int)"), {pid}).ok());
    REQUIRE(test::waitUntil([&] {
        return admin
                   ->exec(
                       QStringLiteral("select count(*) from pg_stat_activity where pid = $1::int"),
                       {pid})
                   .scalar()
                   .toLongLong() == 0;
    }));
}

QString storedName(test::CampaignTestRows& rows, const QString& code)
{
    return rows.query(QStringLiteral("select name from campaigns where code = $1"), {code})
        .scalar()
        .toString();
}

} // namespace

TEST_CASE("An edit whose write fails keeps the dialog open and adds no undo step", "[gui][db]")
{
    const QString code = QStringLiteral("TGU3AB");
    test::IsolatedSettings settings;
    test::CampaignTestRows rows({code});
    rows.campaign(code, QStringLiteral("Before the outage"));
    db::Database db;
    db.setReconnectDelays({50, 100, 200});
    test::openAsOwner(db);
    ui::CampaignsPage page(&db);
    page.resize(1080, 700);
    page.show();
    REQUIRE(test::waitUntil([&] { return page.model()->isLoaded(); }));
    REQUIRE(test::waitUntil([&] {
        return page.model()->rowForId(
                   rows.query(QStringLiteral("select id from campaigns where code = $1"), {code})
                       .scalar()
                       .toString()) >= 0;
    }));
    for (int r = 0; r < page.model()->rowCount(); ++r)
        if (page.model()->campaign(r).code == code)
            page.selectCampaign(page.model()->campaign(r).id);
    REQUIRE(page.selectedRow() >= 0);

    page.editSelected();
    ui::CampaignEditorDialog* editor = page.editorDialog();
    REQUIRE(editor);
    editor->nameEdit()->setText(QStringLiteral("Edited during the outage"));
    dropConnection(db);
    auto* ok = editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(test::waitUntil([&] { return !editor->errorText().isEmpty(); }));
    // The dialog is still there with the input, says what happened, offers Retry; no undo step.
    CHECK(page.editorDialog() == editor);
    CHECK(editor->nameEdit()->text() == QStringLiteral("Edited during the outage"));
    CHECK(editor->errorText().contains(QStringLiteral("may not have been saved")));
    CHECK(ok->text() == QStringLiteral("Retry"));
    CHECK(page.undoStack()->count() == 0);
    CHECK_FALSE(page.undoAction()->isEnabled());
    CHECK(storedName(rows, code) == QStringLiteral("Before the outage"));

    // Retry once the connection is back: saved, closed, and now one undo step.
    REQUIRE(test::waitUntil([&] { return db.state() == db::ConnectionState::Connected; }));
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(test::waitUntil([&] { return page.editorDialog() == nullptr; }));
    CHECK(storedName(rows, code) == QStringLiteral("Edited during the outage"));
    CHECK(page.undoStack()->count() == 1);
    // The buttons keep their labels; the command is in the tooltip.
    CHECK(page.undoAction()->text() == QStringLiteral("Undo"));
    CHECK(page.undoAction()->toolTip().contains(code));

    // Pausing during an outage: no undo step for a write that did not happen.
    dropConnection(db);
    page.toggleSelectedActive();
    REQUIRE(test::waitUntil([&] { return page.banner()->kind() == ui::Banner::Kind::Error; }));
    CHECK(page.undoStack()->count() == 1);
    CHECK(rows.query(QStringLiteral("select is_active from campaigns where code = $1"), {code})
              .scalar()
              .toBool());

    // An undo whose write fails clears the history instead of claiming a state not stored.
    REQUIRE(test::waitUntil([&] { return db.state() == db::ConnectionState::Connected; }));
    dropConnection(db);
    page.undoAction()->trigger();
    REQUIRE(test::waitUntil([&] { return page.undoStack()->count() == 0; }));
    CHECK(page.banner()->text().contains(QStringLiteral("undo history was cleared")));
    CHECK(storedName(rows, code) == QStringLiteral("Edited during the outage"));

    // Sign-out forgets history and messages.
    page.resetSession();
    CHECK(page.banner()->text().isEmpty());
}

TEST_CASE("A long campaign name is never cut: one limit, refused with a sentence", "[gui]")
{
    const QString longName(10000, QLatin1Char('n'));
    campaigns::CampaignDraft draft{longName, QStringLiteral("d"), QString()};
    CHECK(campaigns::CampaignService::validate(draft).contains(QStringLiteral("at most 200")));
    draft.name = QString(200, QLatin1Char('n'));
    CHECK(campaigns::CampaignService::validate(draft).isEmpty());
    draft.description = QString(2001, QLatin1Char('d'));
    CHECK_FALSE(campaigns::CampaignService::validate(draft).isEmpty());

    ui::CampaignEditorDialog editor(ui::CampaignEditorDialog::Mode::Edit);
    editor.setDraft({longName, QString(), QString()});
    editor.descriptionEdit()->setPlainText(QStringLiteral("only the description changes"));
    // The field holds the whole name; saving is refused with the reason, nothing is cut.
    CHECK(editor.nameEdit()->text().size() == 10000);
    CHECK(editor.draft().name == longName);
    CHECK_FALSE(editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    CHECK(editor.errorText().contains(QLocale().toString(10000)));
}

TEST_CASE("Enter on a failed create keeps the input and the focus on the primary action",
          "[gui][db]")
{
    const QString code = QStringLiteral("TGU4AB");
    test::IsolatedSettings settings;
    test::CampaignTestRows rows({code});
    rows.campaign(code, QStringLiteral("Taken"));
    db::Database db;
    test::openAsOwner(db);
    ui::CampaignsPage page(&db);
    page.show();
    REQUIRE(test::waitUntil([&] { return page.model()->isLoaded(); }));
    page.newCampaign();
    ui::CampaignEditorDialog* editor = page.editorDialog();
    REQUIRE(editor);
    editor->nameEdit()->setText(QStringLiteral("Typed with care"));
    editor->codeEdit()->setText(code);
    editor->nameEdit()->setFocus();
    auto* box = editor->findChild<QDialogButtonBox*>();
    for (int attempt = 0; attempt < 2; ++attempt) {
        QTest::keyClick(editor->nameEdit(), Qt::Key_Return);
        REQUIRE(test::waitUntil([&] { return !editor->errorText().isEmpty(); }));
        REQUIRE(test::waitUntil([&] { return box->button(QDialogButtonBox::Ok)->isEnabled(); }));
        CHECK(editor->focusWidget() != box->button(QDialogButtonBox::Cancel));
        CHECK(page.editorDialog() == editor);
        CHECK(editor->nameEdit()->text() == QStringLiteral("Typed with care"));
        editor->showError({});
    }
}

TEST_CASE("A 200-character campaign name widens neither the QR dialog nor a campaign filter",
          "[gui]")
{
    const QString name(200, QLatin1Char('w'));
    ui::QrCodeDialog dialog(QStringLiteral("K7PX3M"), name,
                            QUrl(QStringLiteral("https://links.example.com/K7PX3M")));
    dialog.adjustSize();
    CHECK(dialog.sizeHint().width() < 800);
    CHECK(dialog.width() < 800);
    auto* title = dialog.findChild<QLabel*>(QStringLiteral("qrTitle"));
    REQUIRE(title);
    CHECK(title->toolTip().contains(name)); // the whole name is still there

    QComboBox combo;
    ui::setUpCampaignChoices(&combo);
    ui::addCampaignChoice(&combo, QStringLiteral("K7PX3M"), name, QStringLiteral("id-1"));
    CHECK(combo.itemText(0).size() < 70);
    CHECK(combo.itemText(0).endsWith(QChar(0x2026)));
    CHECK(combo.itemData(0, Qt::ToolTipRole).toString().contains(name));
    CHECK(combo.sizeHint().width() < 400);
}
