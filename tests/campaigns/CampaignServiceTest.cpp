// CampaignService's writes against the test cluster as the signed-in local owner (row-level
// security applies): create with generated and typed codes, forced code collisions, edits,
// pause/resume and their undo/redo through the page's commands, and the delete rule.
#include "campaigns/CampaignService.h"
#include "CampaignTestRows.h"
#include "CampaignUndoCommand.h"
#include "GuiTestSupport.h"

#include <catch2/catch.hpp>

#include <QUndoStack>

#include <optional>

using namespace limitless;
using campaigns::CampaignCode;
using campaigns::CampaignDraft;
using campaigns::CampaignService;
using campaigns::CampaignWriteResult;

namespace {

// A random source that spells `codes` one after the other (then repeats the last).
CampaignCode::RandomSource spelling(const QStringList& codes, int* calls)
{
    return [codes, calls](quint32) {
        const int n = (*calls)++;
        const QString& code = codes.at(qMin(n / CampaignCode::Length, int(codes.size()) - 1));
        return quint32(CampaignCode::alphabet().indexOf(code.at(n % CampaignCode::Length)));
    };
}

// Runs one asynchronous write and waits for its result.
template <typename Start> CampaignWriteResult await(Start start)
{
    std::optional<CampaignWriteResult> result;
    QObject context;
    start(&context, [&](const CampaignWriteResult& r) { result = r; });
    REQUIRE(test::waitUntil([&] { return result.has_value(); }));
    return *result;
}

QVariantList row(test::CampaignTestRows& rows, const QString& code)
{
    const auto r = rows.query(QStringLiteral("select id, name, description, platform, is_active, "
                                             "owner_id, updated_at from campaigns where code = $1"),
                              {code});
    REQUIRE(r.ok());
    if (r.rowCount() == 0)
        return {};
    return QVariantList(r.rows.first().begin(), r.rows.first().end());
}

} // namespace

TEST_CASE("CampaignService creates a campaign for the signed-in owner", "[campaigns][db]")
{
    int calls = 0;
    test::CampaignTestRows rows({QStringLiteral("TSG2NA")});
    db::Database db;
    test::openAsOwner(db);
    CampaignService service(&db);
    service.setRandomSource(spelling({QStringLiteral("TSG2NA")}, &calls));

    const CampaignDraft draft{QStringLiteral("  Stories — spring "), QStringLiteral("Stories"),
                              QStringLiteral("Instagram")};
    const auto r = await([&](QObject* ctx, auto cb) { service.create(draft, {}, ctx, cb); });
    INFO(r.message.toStdString());
    REQUIRE(r.ok());
    CHECK(r.code == QStringLiteral("TSG2NA"));
    const QVariantList stored = row(rows, r.code);
    REQUIRE(!stored.isEmpty());
    CHECK(stored.at(0).toString() == r.id);
    CHECK(stored.at(1).toString() == QStringLiteral("Stories — spring"));
    CHECK(stored.at(3).toString() == QStringLiteral("instagram"));
    CHECK(stored.at(4).toBool());
    CHECK(stored.at(5).toString() == test::clusterStatus().ownerId);
}

TEST_CASE("A generated code that collides is retried and stays unique", "[campaigns][db]")
{
    const QString taken = QStringLiteral("TCX2AB");
    const QString fresh = QStringLiteral("TCX2AC");
    test::CampaignTestRows rows({taken, fresh});
    rows.campaign(taken, QStringLiteral("Already there"));
    db::Database db;
    test::openAsOwner(db);
    CampaignService service(&db);

    SECTION("the second code is used after the clash")
    {
        int calls = 0;
        service.setRandomSource(spelling({taken, taken, fresh}, &calls));
        const auto r = await([&](QObject* ctx, auto cb) {
            service.create({QStringLiteral("Collides twice")}, {}, ctx, cb);
        });
        INFO(r.message.toStdString());
        REQUIRE(r.ok());
        CHECK(r.code == fresh);
        CHECK(calls == 3 * CampaignCode::Length);
        const auto count =
            rows.query(QStringLiteral("select count(*) from campaigns where code = any($1)"),
                       {QStringLiteral("{%1,%2}").arg(taken, fresh)});
        CHECK(count.scalar().toLongLong() == 2);
    }
    SECTION("a source that always collides gives up with a message")
    {
        int calls = 0;
        service.setRandomSource(spelling({taken}, &calls));
        const auto r = await([&](QObject* ctx, auto cb) {
            service.create({QStringLiteral("Never fits")}, {}, ctx, cb);
        });
        CHECK_FALSE(r.ok());
        CHECK(r.error.kind == db::DbError::Kind::UniqueViolation);
        CHECK(calls == CampaignService::MaxCodeAttempts * CampaignCode::Length);
    }
    SECTION("a typed code that is taken is reported, not replaced")
    {
        const auto r = await([&](QObject* ctx, auto cb) {
            service.create({QStringLiteral("Typed")}, taken.toLower(), ctx, cb);
        });
        CHECK_FALSE(r.ok());
        CHECK(r.message.startsWith(QStringLiteral("This code is already taken")));
    }
    SECTION("a typed code with look-alikes never reaches the database")
    {
        const auto r = await([&](QObject* ctx, auto cb) {
            service.create({QStringLiteral("Typed")}, QStringLiteral("TCX0AB"), ctx, cb);
        });
        CHECK_FALSE(r.ok());
        CHECK(r.error.kind == db::DbError::Kind::Client);
        CHECK(row(rows, QStringLiteral("TCX0AB")).isEmpty());
    }
}

TEST_CASE("Edits, pause and resume are undone and redone", "[campaigns][db]")
{
    const QString code = QStringLiteral("TUN2D9");
    test::CampaignTestRows rows({code});
    db::Database db;
    test::openAsOwner(db);
    CampaignService service(&db);
    int calls = 0;
    service.setRandomSource(spelling({code}, &calls));
    QUndoStack stack;
    int reports = 0;
    QString lastError;
    const auto report = [&](const CampaignWriteResult& r) {
        ++reports;
        lastError = r.message;
    };
    const auto settle = [&](int expected) {
        REQUIRE(test::waitUntil([&] { return reports >= expected; }));
        INFO(lastError.toStdString());
        REQUIRE(lastError.isEmpty());
    };

    const CampaignDraft before{QStringLiteral("Before"), QString(), QStringLiteral("youtube")};
    const auto created = await([&](QObject* ctx, auto cb) { service.create(before, {}, ctx, cb); });
    REQUIRE(created.ok());
    stack.push(ui::CampaignUndoCommand::created(&service, report, created.id, code, before));
    CHECK(reports == 0); // the first redo of a create does nothing: it is done already

    const QDateTime createdUpdatedAt = row(rows, code).at(6).toDateTime();
    const CampaignDraft after{QStringLiteral("After"), QStringLiteral("New text"),
                              QStringLiteral("tiktok")};
    // The page writes first and pushes the step only once the write has succeeded: pushing
    // writes nothing again.
    const auto edited = await([&](QObject* ctx, auto cb) { service.update(code, after, ctx, cb); });
    REQUIRE(edited.ok());
    stack.push(ui::CampaignUndoCommand::edited(&service, report, created.id, code, before, after));
    CHECK(reports == 0);
    CHECK(row(rows, code).at(1).toString() == QStringLiteral("After"));
    CHECK(row(rows, code).at(2).toString() == QStringLiteral("New text"));
    CHECK(row(rows, code).at(3).toString() == QStringLiteral("tiktok"));
    CHECK(row(rows, code).at(6).toDateTime() >= createdUpdatedAt);

    stack.undo();
    settle(1);
    CHECK(row(rows, code).at(1).toString() == QStringLiteral("Before"));
    CHECK(row(rows, code).at(2).isNull());
    stack.redo();
    settle(2);
    CHECK(row(rows, code).at(1).toString() == QStringLiteral("After"));

    const auto paused =
        await([&](QObject* ctx, auto cb) { service.setActive(code, false, ctx, cb); });
    REQUIRE(paused.ok());
    stack.push(ui::CampaignUndoCommand::activeSet(&service, report, created.id, code, false));
    CHECK(reports == 2);
    CHECK_FALSE(row(rows, code).at(4).toBool());
    stack.undo();
    settle(3);
    CHECK(row(rows, code).at(4).toBool());

    // Undo the edit and the create: the campaign is gone; redo brings it back with its code.
    stack.undo();
    settle(4);
    stack.undo();
    settle(5);
    CHECK(row(rows, code).isEmpty());
    stack.redo();
    settle(6);
    const QVariantList again = row(rows, code);
    REQUIRE_FALSE(again.isEmpty());
    CHECK(again.at(1).toString() == QStringLiteral("Before"));
    stack.redo();
    settle(7);
    CHECK(row(rows, code).at(1).toString() == QStringLiteral("After"));
}

TEST_CASE("A campaign with conversations cannot be deleted, only paused", "[campaigns][db]")
{
    const QString code = QStringLiteral("TDE2AB");
    test::CampaignTestRows rows({code});
    const QString id = rows.campaign(code, QStringLiteral("Has a lead"));
    const QString conversation = rows.conversation(id, QStringLiteral("lead_one"));
    db::Database db;
    test::openAsOwner(db);
    CampaignService service(&db);

    const auto refused = await([&](QObject* ctx, auto cb) { service.remove(id, ctx, cb); });
    CHECK_FALSE(refused.ok());
    CHECK(refused.message.contains(QStringLiteral("1 conversation")));
    CHECK(refused.message.contains(QStringLiteral("Pause it instead")));
    CHECK_FALSE(row(rows, code).isEmpty());

    // The undo of a create says the same.
    int reports = 0;
    QString message;
    QUndoStack stack;
    stack.push(ui::CampaignUndoCommand::created(&service,
                                                [&](const CampaignWriteResult& r) {
                                                    ++reports;
                                                    message = r.message;
                                                },
                                                id, code, {QStringLiteral("Has a lead")}));
    stack.undo();
    REQUIRE(test::waitUntil([&] { return reports == 1; }));
    CHECK(message.contains(QStringLiteral("Pause it instead")));
    CHECK_FALSE(row(rows, code).isEmpty());

    rows.exec(QStringLiteral("delete from conversations where id = $1"), {conversation});
    const auto deleted = await([&](QObject* ctx, auto cb) { service.remove(id, ctx, cb); });
    INFO(deleted.message.toStdString());
    CHECK(deleted.ok());
    CHECK(row(rows, code).isEmpty());
}
