#include "agent/ThreadStore.h"

#include "agent/StateChannels.h"
#include "campaigns/CampaignCode.h"
#include "db/Additions.h"
#include "db/Claims.h"
#include "db/PgConnection.h"
#include "langgraph/TranscriptReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace limitless::agent {

using db::Statement;
using langgraph::TranscriptReader;

namespace {

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Text parameters: an empty value is '' (the root namespace), never NULL.
QString str(const QByteArray& b)
{
    return b.isEmpty() ? QStringLiteral("") : QString::fromUtf8(b);
}

} // namespace

ThreadStore::ThreadStore(db::PgConnection& connection, QString ownerId, QByteArray claims)
    : m_conn(connection), m_ownerId(std::move(ownerId)), m_claims(std::move(claims))
{}

QString ThreadStore::unavailableReason()
{
    const db::Additions a = db::Additions::probe(m_conn);
    if (!a.probed)
        return tr("The database did not answer whether the playground's tables are installed.");
    if (!a.agentPlayground || !a.threadAccess)
        return tr("The agent playground needs the dashboard's additions in this database: run "
                  "“%1”.")
            .arg(db::Additions::installCommand());
    return {};
}

ThreadSnapshot ThreadStore::load(const QString& threadId, const QString& checkpointId,
                                 db::DbError* error)
{
    ThreadSnapshot s;
    s.threadId = threadId;
    const QList<db::QueryResult> r = db::execWithClaims(
        m_conn,
        {Statement(QStringLiteral(
                       "select c.campaign_id, c.campaign_code, c.instagram_handle, c.created_at, "
                       "exists (select 1 from analytics_events e where e.conversation_id = c.id "
                       "and e.event_type = 'conversation_started') as started "
                       "from conversations c where c.id = $1"),
                   {threadId}),
         Statement(QStringLiteral("select * from limitless.agent_thread_checkpoint($1, $2)"),
                   {threadId, orNull(checkpointId)})},
        m_claims);
    if (const db::DbError e = db::firstError(r)) {
        *error = e;
        return s;
    }
    const db::QueryResult& row = r.at(0);
    if (row.rowCount() != 1) {
        *error = db::DbError::client(tr("There is no conversation %1.").arg(threadId));
        return s;
    }
    s.campaignId = row.value(0, QStringLiteral("campaign_id")).toString();
    s.campaignCode = row.value(0, QStringLiteral("campaign_code")).toString();
    s.instagramHandle = row.value(0, QStringLiteral("instagram_handle")).toString();
    s.createdAt = row.value(0, QStringLiteral("created_at")).toDateTime();
    s.conversationStarted = row.value(0, QStringLiteral("started")).toBool();

    const db::QueryResult& cp = r.at(1);
    if (cp.rowCount() == 0) {
        if (!checkpointId.isEmpty())
            *error =
                db::DbError::client(tr("The conversation has no checkpoint %1.").arg(checkpointId));
        return s;
    }
    s.checkpointId = cp.value(0, QStringLiteral("checkpoint_id")).toString();
    s.checkpointJson = cp.value(0, QStringLiteral("checkpoint")).toString().toUtf8();
    const QJsonObject metadata =
        QJsonDocument::fromJson(cp.value(0, QStringLiteral("metadata")).toString().toUtf8())
            .object();
    s.step = metadata.value(QStringLiteral("step")).toInt(-1);
    QList<langgraph::TranscriptMessage> messages;
    QVariantMap values;
    for (int i = 0; i < cp.rowCount(); ++i) {
        const QString channel = cp.value(i, QStringLiteral("channel")).toString();
        if (channel.isEmpty())
            continue;
        if (!cp.value(i, QStringLiteral("blob_found")).toBool()) {
            *error =
                db::DbError::client(tr("Checkpoint %1 lists channel %2, whose value is missing.")
                                        .arg(s.checkpointId, channel));
            return s;
        }
        const QString type = cp.value(i, QStringLiteral("type")).toString();
        const QByteArray blob = cp.value(i, QStringLiteral("blob")).toByteArray();
        QString why;
        bool ok = true;
        if (channel == QLatin1String("messages")) {
            ok = TranscriptReader::decodeMessages(type, blob, &messages, &why);
        } else {
            QVariant v;
            ok = TranscriptReader::decodeValue(type, blob, &v, &why);
            values.insert(channel, v);
        }
        if (!ok) {
            *error = db::DbError::client(tr("Channel %1 of checkpoint %2 cannot be read: %3")
                                             .arg(channel, s.checkpointId, why));
            return s;
        }
    }
    s.state = StateChannels::fromDecoded(messages, values);
    return s;
}

QList<CheckpointInfo> ThreadStore::history(const QString& threadId, db::DbError* error)
{
    const QList<db::QueryResult> r = db::execWithClaims(
        m_conn,
        {Statement(QStringLiteral("select * from limitless.agent_thread_history($1)"), {threadId})},
        m_claims);
    QList<CheckpointInfo> out;
    if (!r.first().ok()) {
        *error = r.first().error;
        return out;
    }
    const db::QueryResult& q = r.first();
    for (int i = 0; i < q.rowCount(); ++i) {
        CheckpointInfo c;
        c.checkpointId = q.value(i, QStringLiteral("checkpoint_id")).toString();
        c.parentId = q.value(i, QStringLiteral("parent_checkpoint_id")).toString();
        c.time =
            QDateTime::fromString(q.value(i, QStringLiteral("ts")).toString(), Qt::ISODateWithMs)
                .toUTC();
        c.source = q.value(i, QStringLiteral("source")).toString();
        c.step = q.value(i, QStringLiteral("step")).toInt();
        QVariant stage;
        QString why;
        if (TranscriptReader::decodeValue(q.value(i, QStringLiteral("stage_type")).toString(),
                                          q.value(i, QStringLiteral("stage_blob")).toByteArray(),
                                          &stage, &why))
            c.stage = stage.toString();
        c.messageCount = q.value(i, QStringLiteral("messages_count")).toInt();
        out.append(c);
    }
    return out;
}

db::DbError ThreadStore::write(const TurnWrite& turn)
{
    const ThreadSnapshot& p = turn.parent;
    const AgentState& s = turn.state;
    const bool ended =
        s.currentStage == QLatin1String("complete") || s.currentStage == QLatin1String("nurture");
    QList<Statement> statements;
    // The row first: the checkpoint functions check that the thread is a playground thread of
    // this owner through it.
    statements.append(Statement(
        QStringLiteral(
            "insert into conversations (id, instagram_handle, email, campaign_id, campaign_code, "
            "current_stage, qualified, qualification_score, business_type, monthly_revenue, "
            "main_pain_point, pitch_delivered, pitch_type, payment_link_sent, payment_completed, "
            "preferred_plan, total_messages, followup_count, created_at, last_message_at, "
            "completed_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, "
            "$15, $16, $17, $18, coalesce($19::timestamp, $20::timestamp), $20::timestamp, "
            "$21::timestamp) "
            "on conflict (id) do update set email = excluded.email, "
            "current_stage = excluded.current_stage, qualified = excluded.qualified, "
            "qualification_score = excluded.qualification_score, "
            "business_type = excluded.business_type, monthly_revenue = excluded.monthly_revenue, "
            "main_pain_point = excluded.main_pain_point, "
            "pitch_delivered = excluded.pitch_delivered, pitch_type = excluded.pitch_type, "
            "payment_link_sent = excluded.payment_link_sent, "
            "payment_completed = excluded.payment_completed, "
            "preferred_plan = excluded.preferred_plan, total_messages = excluded.total_messages, "
            "followup_count = excluded.followup_count, "
            "last_message_at = excluded.last_message_at, "
            "completed_at = case when excluded.completed_at is null then null "
            "else coalesce(conversations.completed_at, excluded.completed_at) end"),
        {p.threadId,
         p.instagramHandle,
         orNull(s.email),
         p.campaignId,
         p.campaignCode,
         s.currentStage,
         s.qualified,
         s.qualificationScore,
         orNull(s.businessType),
         orNull(s.monthlyRevenue),
         orNull(s.mainPainPoint),
         s.pitchDelivered,
         orNull(s.pitchType),
         s.paymentLinkSent,
         s.paymentCompleted,
         orNull(s.preferredPlan),
         int(s.messages.size()),
         s.followupCount,
         p.createdAt.isValid() ? QVariant(p.createdAt) : QVariant(),
         utc(turn.atMsecs),
         ended ? QVariant(utc(turn.atMsecs)) : QVariant()}));
    for (const auto& b : turn.blobs)
        statements.append(
            Statement(QStringLiteral("select limitless.agent_put_blob($1, $2, $3, $4, $5, $6)"),
                      {str(b.threadId), str(b.checkpointNs), str(b.channel), str(b.version),
                       str(b.type), b.blob}));
    for (const auto& c : turn.checkpoints)
        statements.append(Statement(
            QStringLiteral("select limitless.agent_put_checkpoint($1, $2, $3, $4, $5::jsonb, "
                           "$6::jsonb)"),
            {str(c.threadId), str(c.checkpointNs), str(c.checkpointId),
             c.parentCheckpointId.isEmpty() ? QVariant() : QVariant(str(c.parentCheckpointId)),
             QVariant::fromValue(db::Json{c.checkpoint}),
             QVariant::fromValue(db::Json{c.metadata})}));
    for (const auto& w : turn.writes)
        statements.append(Statement(
            QStringLiteral("select limitless.agent_put_write($1, $2, $3, $4, $5, $6, $7, $8)"),
            {str(w.threadId), str(w.checkpointNs), str(w.checkpointId), str(w.taskId), w.idx,
             str(w.channel), str(w.type), w.blob}));
    for (const AgentEvent& e : turn.events)
        statements.append(Statement(
            QStringLiteral("insert into analytics_events (conversation_id, campaign_id, "
                           "event_type, event_data, created_at) values ($1, $2, $3, $4::jsonb, "
                           "$5::timestamp)"),
            {p.threadId, p.campaignId, e.type, QVariant::fromValue(db::Json{e.dataJson}),
             utc(turn.atMsecs)}));
    if (m_claims.isEmpty()) {
        // Without claims execWithClaims runs a pipeline (one implicit transaction); make the
        // transaction explicit so that a failure anywhere rolls all of it back.
        statements.prepend(Statement(QStringLiteral("begin")));
        statements.append(Statement(QStringLiteral("commit")));
        const QList<db::QueryResult> r = m_conn.execPipeline(statements);
        if (m_conn.isOk() && m_conn.transactionStatus() != PQTRANS_IDLE)
            m_conn.execScript(QStringLiteral("rollback"));
        return db::firstError(r);
    }
    return db::firstError(db::execWithClaims(m_conn, statements, m_claims));
}

QString ThreadStore::playgroundCampaign(db::DbError* error)
{
    const Statement find(QStringLiteral("select id from campaigns where owner_id = $1 and "
                                        "platform = 'playground' order by created_at, id limit 1"),
                         {m_ownerId});
    QList<db::QueryResult> r = db::execWithClaims(m_conn, {find}, m_claims);
    if (!r.first().ok()) {
        *error = r.first().error;
        return {};
    }
    if (r.first().rowCount() == 1)
        return r.first().value(0, 0).toString();
    // A code like any campaign's (unique); retried on the rare collision.
    for (int attempt = 0; attempt < 5; ++attempt) {
        r = db::execWithClaims(
            m_conn,
            {Statement(QStringLiteral(
                           "insert into campaigns (code, name, description, owner_id, platform, "
                           "is_active) values ($1, $2, $3, $4, 'playground', false) "
                           "on conflict (code) do nothing returning id"),
                       {campaigns::CampaignCode::generate(), QStringLiteral("Playground"),
                        QStringLiteral("Test conversations with the agent in the dashboard's "
                                       "playground; not real leads."),
                        m_ownerId})},
            m_claims);
        if (!r.first().ok()) {
            *error = r.first().error;
            return {};
        }
        if (r.first().rowCount() == 1)
            return r.first().value(0, 0).toString();
    }
    *error = db::DbError::client(tr("No free campaign code was found for the playground."));
    return {};
}

QString ThreadStore::createThread(const QString& campaignId, qint64 atMsecs, db::DbError* error)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QList<db::QueryResult> r = db::execWithClaims(
        m_conn,
        {Statement(QStringLiteral("insert into conversations (id, instagram_handle, campaign_id, "
                                  "campaign_code, current_stage, total_messages, created_at, "
                                  "last_message_at) select $1, $2, c.id, c.code, 'greeting', 0, "
                                  "$4::timestamp, $4::timestamp from campaigns c where c.id = $3 "
                                  "and c.owner_id = $5 returning id"),
                   {id, QStringLiteral("@playground_") + id.left(8), campaignId, utc(atMsecs),
                    m_ownerId})},
        m_claims);
    if (!r.first().ok()) {
        *error = r.first().error;
        return {};
    }
    if (r.first().rowCount() != 1) {
        *error =
            db::DbError::client(tr("The playground campaign %1 was not found.").arg(campaignId));
        return {};
    }
    return id;
}

db::DbError ThreadStore::deleteThread(const QString& threadId)
{
    const QList<db::QueryResult> r = db::execWithClaims(
        m_conn,
        {Statement(QStringLiteral("select limitless.agent_delete_thread($1)"), {threadId}),
         Statement(QStringLiteral("delete from analytics_events where conversation_id = $1"),
                   {threadId}),
         Statement(QStringLiteral("delete from conversations where id = $1 returning id"),
                   {threadId})},
        m_claims);
    if (const db::DbError e = db::firstError(r))
        return e;
    if (r.last().rowCount() != 1)
        return db::DbError::client(tr("There is no playground conversation %1.").arg(threadId));
    return {};
}

} // namespace limitless::agent
