// The Conversations SQL against the demo business on the test cluster: keyset pages that cover
// every row exactly once in both orders, filters that agree with plain SQL, and transcripts read
// through the checkpoint tables — demo threads, Python-format msgpack threads, and bad input
// (damaged blobs, a missing blob row, no messages channel, no checkpoint).
#include "ConversationsTestDatabase.h"
#include "MsgpackFixtures.h"
#include "TestDatabase.h"
#include "conversations/ConversationQuery.h"
#include "conversations/TranscriptLoader.h"
#include "db/PgConnection.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace limitless;
using conversations::ConversationFilter;
using conversations::ConversationQuery;
using conversations::TranscriptLoader;
using langgraph::TranscriptMessage;

namespace {

const QString DbName = QStringLiteral("conv_read");

void require(const db::QueryResult& r)
{
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
}

QStringList allIds(db::PgConnection& conn, const ConversationFilter& filter, int pageSize)
{
    QStringList ids;
    QString after;
    qint64 afterMsecs = 0;
    for (;;) {
        const auto r = conn.exec(ConversationQuery::page(filter, after, afterMsecs, pageSize));
        require(r);
        const auto rows = ConversationQuery::rows(r);
        for (const auto& row : rows)
            ids << row.id;
        if (rows.size() < pageSize)
            return ids;
        after = rows.last().id;
        afterMsecs = ConversationQuery::sortKey(rows.last(), filter.sort);
    }
}

// Writes a thread's rows as the superuser would see another client write them.
void insertCheckpoint(db::PgConnection& conn, const QString& thread, const QString& id,
                      const QString& checkpointJson)
{
    require(conn.exec(QStringLiteral("insert into checkpoints (thread_id, checkpoint_ns, "
                                     "checkpoint_id, checkpoint, metadata) values ($1, '', $2, "
                                     "$3::jsonb, '{}')"),
                      {thread, id, checkpointJson}));
}

void insertBlob(db::PgConnection& conn, const QString& thread, const QString& channel,
                const QString& version, const QString& type, const QVariant& blob)
{
    require(conn.exec(QStringLiteral("insert into checkpoint_blobs (thread_id, checkpoint_ns, "
                                     "channel, version, type, blob) values ($1, '', $2, $3, $4, "
                                     "$5::bytea)"),
                      {thread, channel, version, type, blob}));
}

void clearThread(db::PgConnection& conn, const QString& thread)
{
    for (const char* table : {"checkpoint_writes", "checkpoint_blobs", "checkpoints"})
        require(conn.exec(
            QStringLiteral("delete from %1 where thread_id = $1").arg(QLatin1String(table)),
            {thread}));
}

} // namespace

TEST_CASE("Keyset pages cover every conversation exactly once, in order", "[conversations][db]")
{
    auto conn = test::connect(test::conversationsDatabase(DbName));
    for (auto sort :
         {ConversationFilter::Sort::LastMessageDesc, ConversationFilter::Sort::CreatedDesc}) {
        ConversationFilter f;
        f.sort = sort;
        const QString column = sort == ConversationFilter::Sort::CreatedDesc
                                   ? QStringLiteral("created_at")
                                   : QStringLiteral("last_message_at");
        const auto expected = conn->exec(
            QStringLiteral("select c.id from conversations c join campaigns p on p.id = "
                           "c.campaign_id where coalesce(p.platform, '') <> 'playground' "
                           "order by c.%1 desc, c.id desc")
                .arg(column));
        require(expected);
        QStringList want;
        for (const auto& row : expected.rows)
            want << row.at(0).toString();
        REQUIRE(want.size() >= 200);
        for (int pageSize : {7, 50, 1000}) {
            const QStringList got = allIds(*conn, f, pageSize);
            CHECK(got == want);
        }
    }
}

TEST_CASE("Filters agree with plain SQL", "[conversations][db]")
{
    auto conn = test::connect(test::conversationsDatabase(DbName));
    auto countWhere = [&](const QString& where, const QVariantList& params = {}) {
        const auto r = conn->exec(
            QStringLiteral("select count(*) from conversations c where c.campaign_id not in "
                           "(select id from campaigns where platform = 'playground') and (") +
                where + QLatin1Char(')'),
            params);
        require(r);
        return r.scalar().toLongLong();
    };
    auto count = [&](const ConversationFilter& f) {
        const auto r = conn->exec(ConversationQuery::count(f));
        require(r);
        const qint64 n = r.scalar().toLongLong();
        CHECK(allIds(*conn, f, 60).size() == n);
        return n;
    };

    ConversationFilter stage;
    stage.stages = {QStringLiteral("close"), QStringLiteral("complete")};
    CHECK(count(stage) == countWhere(QStringLiteral("current_stage in ('close', 'complete')")));

    ConversationFilter qualifiedUnpaid;
    qualifiedUnpaid.qualified = true;
    qualifiedUnpaid.paid = false;
    CHECK(count(qualifiedUnpaid) ==
          countWhere(QStringLiteral("qualified and not payment_completed")));

    const auto handle = conn->exec(QStringLiteral(
        "select instagram_handle, campaign_id from conversations order by id limit 1"));
    require(handle);
    ConversationFilter search;
    search.search = handle.value(0, 0).toString().mid(1, 4).toUpper();
    CHECK(count(search) == countWhere(QStringLiteral("instagram_handle ilike $1 or email ilike $1"),
                                      {ConversationQuery::containsPattern(search.search)}));
    CHECK(count(search) >= 1);

    ConversationFilter campaign;
    campaign.campaignIds = {handle.value(0, 1).toString()};
    CHECK(count(campaign) ==
          countWhere(QStringLiteral("campaign_id = $1"), {handle.value(0, 1).toString()}));

    // LIKE's wildcards in the search are literal.
    ConversationFilter wildcard;
    wildcard.search = QStringLiteral("%_%");
    CHECK(count(wildcard) == 0);

    ConversationFilter dates;
    dates.createdFrom = QDateTime::fromMSecsSinceEpoch(1748736000000LL, Qt::UTC).addDays(-20);
    dates.createdTo = dates.createdFrom.addDays(10);
    CHECK(count(dates) == countWhere(QStringLiteral("created_at >= $1 and created_at < $2"),
                                     {dates.createdFrom, dates.createdTo}));

    ConversationFilter drill;
    drill.eventType = QStringLiteral("payment_completed");
    CHECK(count(drill) == countWhere(QStringLiteral(
                              "exists (select 1 from analytics_events e where e.conversation_id "
                              "= c.id and e.event_type = 'payment_completed')")));
}

TEST_CASE("Demo transcripts are read from the checkpoint tables", "[conversations][db]")
{
    auto conn = test::connect(test::conversationsDatabase(DbName));
    const auto threads = conn->exec(QStringLiteral(
        "select distinct on (current_stage) id, current_stage, total_messages, payment_link_sent "
        "from conversations order by current_stage, id"));
    require(threads);
    REQUIRE(threads.rowCount() == 7);
    for (int i = 0; i < threads.rowCount(); ++i) {
        const QString id = threads.value(i, 0).toString();
        INFO(id.toStdString());
        const auto t = TranscriptLoader::load(*conn, id);
        CHECK(t.error.isEmpty());
        CHECK(t.hasCheckpoint());
        CHECK(t.messages.size() == threads.value(i, 2).toInt());
        CHECK(t.messages.first().role == TranscriptMessage::Role::Human);
        CHECK(t.state.value(QStringLiteral("current_stage")).toString() ==
              threads.value(i, 1).toString());
        REQUIRE_FALSE(t.stageChanges.isEmpty());
        CHECK(t.stageChanges.first().stage == QStringLiteral("greeting"));
        CHECK(t.stageChanges.first().messageIndex == 0);
        CHECK(t.stageChanges.last().stage == threads.value(i, 1).toString());
        for (int k = 1; k < t.stageChanges.size(); ++k)
            CHECK(t.stageChanges[k].messageIndex >= t.stageChanges[k - 1].messageIndex);
        if (threads.value(i, 3).toBool()) {
            bool call = false, result = false;
            for (const auto& m : t.messages) {
                for (const auto& c : m.toolCalls)
                    call = call || c.name == QStringLiteral("send_payment_link");
                result = result || (m.role == TranscriptMessage::Role::Tool &&
                                    m.content.contains(QStringLiteral("checkout")));
            }
            CHECK(call);
            CHECK(result);
        }
    }
    const auto none = TranscriptLoader::load(*conn, QStringLiteral("no-such-thread"));
    CHECK_FALSE(none.hasCheckpoint());
    CHECK(none.error.isEmpty());
}

TEST_CASE("Python msgpack threads and damaged threads through SQL", "[conversations][db]")
{
    auto conn = test::connect(test::conversationsDatabase(DbName));
    using test::msgpackfx::Message;
    const QList<Message> messages = {
        {QStringLiteral("langchain_core.messages.human"), QStringLiteral("HumanMessage"),
         QStringLiteral("human"), QStringLiteral("h1"), QStringLiteral("Hi there")},
        {QStringLiteral("langchain_core.messages.ai"), QStringLiteral("AIMessage"),
         QStringLiteral("ai"), QStringLiteral("a1"), QStringLiteral("Hello! What do you do?")},
    };

    SECTION("msgpack, inline scalars, and the checkpoint's own version ('9' < '10' as text)")
    {
        const QString thread = QStringLiteral("conv-test-python");
        clearThread(*conn, thread);
        // Version 9 holds an older, shorter list; the newest checkpoint points at "10".
        insertBlob(*conn, thread, QStringLiteral("messages"), QStringLiteral("9"),
                   QStringLiteral("msgpack"), test::msgpackfx::messages(messages.mid(0, 1)));
        insertBlob(*conn, thread, QStringLiteral("messages"), QStringLiteral("10"),
                   QStringLiteral("msgpack"), test::msgpackfx::messages(messages, 77, 1));
        insertCheckpoint(
            *conn, thread, QStringLiteral("1ef-01"),
            QStringLiteral(
                R"({"v":4,"ts":"2025-05-01T10:00:00+00:00","channel_values":{"current_stage":"greeting"},"channel_versions":{"messages":"9","current_stage":"1"}})"));
        insertCheckpoint(
            *conn, thread, QStringLiteral("1ef-02"),
            QStringLiteral(
                R"({"v":4,"ts":"2025-05-01T10:01:00+00:00","channel_values":{"current_stage":"qualification","qualified":false},"channel_versions":{"messages":"10","current_stage":"2","preferred_plan":"2"}})"));
        insertBlob(*conn, thread, QStringLiteral("preferred_plan"), QStringLiteral("2"),
                   QStringLiteral("null"), QVariant());
        const auto t = TranscriptLoader::load(*conn, thread);
        INFO(t.error.toStdString());
        CHECK(t.error.isEmpty());
        REQUIRE(t.messages.size() == 3);
        CHECK(t.messages[0].content == QStringLiteral("Hi there"));
        CHECK(t.messages[1].role == TranscriptMessage::Role::Unsupported);
        CHECK(t.messages[2].content == QStringLiteral("Hello! What do you do?"));
        CHECK(t.state.value(QStringLiteral("current_stage")).toString() ==
              QStringLiteral("qualification"));
        CHECK(t.state.contains(QStringLiteral("preferred_plan")));
        REQUIRE(t.stageChanges.size() == 2);
        CHECK(t.stageChanges[0].stage == QStringLiteral("greeting"));
        CHECK(t.stageChanges[1].stage == QStringLiteral("qualification"));
        CHECK(t.stageChanges[1].messageIndex == 1);
        clearThread(*conn, thread);
    }
    SECTION("a damaged JSON blob")
    {
        const QString thread = QStringLiteral("conv-test-damaged");
        clearThread(*conn, thread);
        insertBlob(*conn, thread, QStringLiteral("messages"), QStringLiteral("3"),
                   QStringLiteral("json"), QByteArray(R"([{"lc":1,"type":"constr)"));
        insertCheckpoint(
            *conn, thread, QStringLiteral("1f-01"),
            QStringLiteral(
                R"({"v":4,"ts":"2025-05-01T10:00:00.000Z","channel_versions":{"messages":3}})"));
        const auto t = TranscriptLoader::load(*conn, thread);
        CHECK_FALSE(t.error.isEmpty());
        CHECK(t.messages.isEmpty());
        clearThread(*conn, thread);
    }
    SECTION("a damaged msgpack blob")
    {
        const QString thread = QStringLiteral("conv-test-damaged-mp");
        clearThread(*conn, thread);
        const QByteArray blob = test::msgpackfx::messages(messages);
        insertBlob(*conn, thread, QStringLiteral("messages"), QStringLiteral("3"),
                   QStringLiteral("msgpack"), blob.left(blob.size() - 5));
        insertCheckpoint(
            *conn, thread, QStringLiteral("1f-01"),
            QStringLiteral(
                R"({"v":4,"ts":"2025-05-01T10:00:00.000Z","channel_versions":{"messages":"3"}})"));
        const auto t = TranscriptLoader::load(*conn, thread);
        CHECK_FALSE(t.error.isEmpty());
        clearThread(*conn, thread);
    }
    SECTION("a missing blob row")
    {
        const QString thread = QStringLiteral("conv-test-missing");
        clearThread(*conn, thread);
        insertCheckpoint(
            *conn, thread, QStringLiteral("1f-01"),
            QStringLiteral(
                R"({"v":4,"ts":"2025-05-01T10:00:00.000Z","channel_versions":{"messages":4,"current_stage":4}})"));
        insertBlob(*conn, thread, QStringLiteral("current_stage"), QStringLiteral("4"),
                   QStringLiteral("json"), QByteArray("\"pitch\""));
        const auto t = TranscriptLoader::load(*conn, thread);
        CHECK(t.error.contains(QStringLiteral("missing")));
        CHECK(t.state.value(QStringLiteral("current_stage")).toString() == QStringLiteral("pitch"));
        clearThread(*conn, thread);
    }
    SECTION("a checkpoint whose channel_versions has no messages")
    {
        const QString thread = QStringLiteral("conv-test-nomessages");
        clearThread(*conn, thread);
        insertCheckpoint(
            *conn, thread, QStringLiteral("1f-01"),
            QStringLiteral(
                R"({"v":4,"ts":"2025-05-01T10:00:00.000Z","channel_versions":{"__start__":1}})"));
        const auto t = TranscriptLoader::load(*conn, thread);
        CHECK(t.error.isEmpty());
        CHECK(t.hasCheckpoint());
        CHECK(t.messages.isEmpty());
        clearThread(*conn, thread);
    }
}
