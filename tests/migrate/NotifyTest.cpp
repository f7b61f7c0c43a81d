// 0009_live_notifications: a LISTEN connection receives one small JSON payload per changed row.
#include "TestDatabase.h"

#include "db/Migrator.h"
#include "db/PgConnection.h"

#include "CatchQt.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

using limitless::db::DbError;
using limitless::db::PgConnection;

namespace {

// Collects notifications until `count` arrived or the deadline passed.
QList<QJsonObject> receive(PgConnection& listener, int count, int timeoutMs = 5000)
{
    QList<QJsonObject> out;
    QElapsedTimer timer;
    timer.start();
    while (out.size() < count && timer.elapsed() < timeoutMs) {
        for (const auto& [channel, payload] : listener.takeNotifications()) {
            CHECK(channel == QStringLiteral("limitless_changes"));
            CHECK(payload.size() < 1000);
            QJsonParseError err{};
            const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8(), &err);
            INFO(payload.toStdString());
            REQUIRE(err.error == QJsonParseError::NoError);
            out.append(doc.object());
        }
        if (out.size() < count)
            QThread::msleep(10);
    }
    return out;
}

QJsonObject payload(const char* table, const char* op, const char* id, const QJsonValue& campaign,
                    const QJsonValue& eventType = QJsonValue::Null)
{
    return QJsonObject{{QStringLiteral("table"), QString::fromLatin1(table)},
                       {QStringLiteral("op"), QString::fromLatin1(op)},
                       {QStringLiteral("id"), QString::fromLatin1(id)},
                       {QStringLiteral("campaign_id"), campaign},
                       {QStringLiteral("event_type"), eventType}};
}

} // namespace

TEST_CASE("changes are announced on limitless_changes with small payloads")
{
    const QString url = limitless::test::freshDatabase(QStringLiteral("mig_notify"));
    auto writer = limitless::test::connect(url);
    {
        const DbError e = limitless::db::Migrator(*writer).migrate();
        INFO(e.toString().toStdString());
        REQUIRE_FALSE(e.isError());
    }
    auto listener = limitless::test::connect(url);
    REQUIRE(listener->execScript(QStringLiteral("listen limitless_changes")).ok());

    const QStringList writes = {
        QStringLiteral("insert into owners (id, email, name, supabase_user_id) values "
                       "('owner-n', 'n@example.com', 'N', 'user-n')"),
        QStringLiteral("insert into campaigns (id, code, name, owner_id) values ('camp-n', "
                       "'CODEN', 'N', 'owner-n')"),
        QStringLiteral("insert into conversations (id, instagram_handle, campaign_id, "
                       "campaign_code, current_stage) values ('conv-n', '@n', 'camp-n', "
                       "'CODEN', 'greeting')"),
        QStringLiteral("insert into analytics_events (id, conversation_id, campaign_id, "
                       "event_type, event_data) values ('ev-n', 'conv-n', 'camp-n', "
                       "'qualified', '{\"score\": 0.9}')"),
        QStringLiteral("insert into payments (id, conversation_id, campaign_id, "
                       "instagram_handle, email, stripe_session_id, plan, amount_monthly, "
                       "payment_status) values ('pay-n', 'conv-n', 'camp-n', '@n', "
                       "'n@lead.example', 'cs_n', 'option1', 9900, 'pending')"),
        QStringLiteral("insert into documents (id, filename, file_type, file_size, storage_url, "
                       "storage_bucket, owner_id) values ('doc-n', 'n.pdf', 'pdf', 1, "
                       "'gs://b/n.pdf', 'b', 'owner-n')"),
        QStringLiteral("insert into document_embeddings (document_id, chunk_index, chunk_text, "
                       "embedding) values ('doc-n', 0, 'n', array_fill(0.5::real, "
                       "array[1536]))"),
        QStringLiteral("update campaigns set total_clicks = total_clicks + 1 where id = 'camp-n'"),
        QStringLiteral("update payments set payment_status = 'completed' where id = 'pay-n'"),
        // Cascades to the embeddings, which announce nothing themselves.
        QStringLiteral("delete from documents where id = 'doc-n'"),
    };
    for (const QString& sql : writes) {
        const auto r = writer->execScript(sql);
        INFO(sql.toStdString() << "\n" << r.error.toString().toStdString());
        REQUIRE(r.ok());
    }

    const QList<QJsonObject> expected = {
        payload("campaigns", "INSERT", "camp-n", QStringLiteral("camp-n")),
        payload("conversations", "INSERT", "conv-n", QStringLiteral("camp-n")),
        payload("analytics_events", "INSERT", "ev-n", QStringLiteral("camp-n"),
                QStringLiteral("qualified")),
        payload("payments", "INSERT", "pay-n", QStringLiteral("camp-n")),
        payload("documents", "INSERT", "doc-n", QJsonValue::Null),
        payload("campaigns", "UPDATE", "camp-n", QStringLiteral("camp-n")),
        payload("payments", "UPDATE", "pay-n", QStringLiteral("camp-n")),
        payload("documents", "DELETE", "doc-n", QJsonValue::Null),
    };
    const QList<QJsonObject> got = receive(*listener, int(expected.size()));
    REQUIRE(got.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO(QJsonDocument(got.at(i)).toJson(QJsonDocument::Compact).toStdString());
        CHECK(got.at(i) == expected.at(i));
    }
    // Nothing else trickles in (owners and embeddings are not announced).
    CHECK(receive(*listener, 1, 300).isEmpty());

    // A rolled-back change announces nothing.
    REQUIRE(writer
                ->execScript(QStringLiteral("begin; update campaigns set name = 'M' where id = "
                                            "'camp-n'; rollback"))
                .ok());
    CHECK(receive(*listener, 1, 300).isEmpty());
}
