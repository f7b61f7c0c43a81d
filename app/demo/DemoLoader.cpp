#include "demo/DemoLoader.h"

#include "core/Logging.h"
#include "db/PgConnection.h"
#include "demo/CopyBinary.h"
#include "demo/CopyText.h"
#include "demo/DemoBusiness.h"
#include "knowledge/OfflineEmbedder.h"

#include <QCryptographicHash>
#include <QElapsedTimer>

#include <future>

namespace limitless::demo {

namespace {

struct Tally {
    qint64 clicks = 0;
    qint64 conversations = 0;
    qint64 qualified = 0;
    qint64 conversions = 0;
};

// One batch of conversations turned into COPY data for every table they touch.
struct Batch {
    CopyText conversations;
    CopyText events;
    CopyText payments;
    CopyBinary checkpoints;
    CopyBinary blobs;
    qint64 conversationCount = 0;
    qint64 eventCount = 0;
    qint64 paymentCount = 0;
    qint64 checkpointCount = 0;
    qint64 blobCount = 0;
    QList<Tally> tallies;
};

void addEvent(CopyText& out, const DemoEvent& e, const QList<DemoCampaign>& campaigns)
{
    out.field(e.id).fieldOrNull(e.conversationId).field(campaigns.at(e.campaign).id).field(e.type);
    out.field(e.dataJson).timestamp(e.at);
    out.endRow();
}

void tallyEvent(QList<Tally>& tallies, const DemoEvent& e)
{
    Tally& t = tallies[e.campaign];
    if (e.type == "campaign_click")
        ++t.clicks;
    else if (e.type == "conversation_started")
        ++t.conversations;
    else if (e.type == "qualified")
        ++t.qualified;
    else if (e.type == "payment_completed")
        ++t.conversions;
}

Batch buildBatch(const DemoBusiness& business, int begin, int end, bool latestOnly)
{
    Batch b;
    const QList<DemoCampaign>& campaigns = business.campaigns();
    b.tallies.resize(campaigns.size());
    const qsizetype n = end - begin;
    b.conversations.reserve(n * 420);
    b.events.reserve(n * 4 * 260);
    for (int i = begin; i < end; ++i) {
        const DemoConversation c = business.conversation(i);
        const DemoCampaign& campaign = campaigns.at(c.campaign);
        CopyText& cv = b.conversations;
        cv.field(c.id).field(c.instagramHandle).fieldOrNull(c.email).field(campaign.id);
        cv.field(campaign.code).field(c.currentStage).flag(c.qualified);
        cv.field(DemoBusiness::scoreText(c.qualificationScore));
        cv.fieldOrNull(c.businessType).fieldOrNull(c.monthlyRevenue).fieldOrNull(c.mainPainPoint);
        cv.flag(c.pitchDelivered).fieldOrNull(c.pitchType).flag(c.paymentLinkSent);
        cv.flag(c.paymentCompleted).fieldOrNull(c.preferredPlan);
        cv.number(qint64(c.messages.size())).number(qint64(c.totalSessions));
        cv.number(qint64(c.followupCount));
        cv.timestamp(c.createdAt).timestamp(c.lastMessageAt).timestamp(c.completedAt);
        cv.endRow();
        ++b.conversationCount;

        for (const DemoEvent& e : c.events) {
            addEvent(b.events, e, campaigns);
            tallyEvent(b.tallies, e);
            ++b.eventCount;
        }

        if (c.hasPayment) {
            const DemoPayment& p = c.payment;
            CopyText& pv = b.payments;
            pv.field(p.id).field(p.conversationId).field(campaign.id).field(p.instagramHandle);
            pv.field(p.email).field(p.stripeSessionId).fieldOrNull(p.stripeCustomerId);
            pv.fieldOrNull(p.stripeSubscriptionId).field(p.plan).number(p.amountMonthly);
            if (p.amountOnetime >= 0)
                pv.number(p.amountOnetime);
            else
                pv.null();
            pv.field(QByteArrayView("usd")).field(p.status).timestamp(p.createdAt);
            pv.timestamp(p.completedAt);
            pv.endRow();
            ++b.paymentCount;
        }

        const langgraph::CheckpointWriter writer = business.checkpoints(c, latestOnly);
        for (const auto& row : writer.checkpointRows()) {
            b.checkpoints.beginRow(6);
            b.checkpoints.field(row.threadId);
            b.checkpoints.field(row.checkpointNs);
            b.checkpoints.field(row.checkpointId);
            if (row.parentCheckpointId.isEmpty())
                b.checkpoints.null();
            else
                b.checkpoints.field(row.parentCheckpointId);
            b.checkpoints.jsonb(row.checkpoint);
            b.checkpoints.jsonb(row.metadata);
            ++b.checkpointCount;
        }
        for (const auto& blob : writer.blobRows()) {
            b.blobs.beginRow(6);
            b.blobs.field(blob.threadId);
            b.blobs.field(blob.checkpointNs);
            b.blobs.field(blob.channel);
            b.blobs.field(blob.version);
            b.blobs.field(blob.type);
            b.blobs.field(blob.blob);
            ++b.blobCount;
        }
    }
    b.checkpoints.finish();
    b.blobs.finish();
    return b;
}

db::DbError copy(db::PgConnection& conn, const QString& sql, const QByteArray& data)
{
    // Chunks of 1 MiB keep libpq's send buffer small.
    constexpr qsizetype kChunk = 1 << 20;
    qsizetype offset = 0;
    return conn.copyIn(sql, [&](QByteArray& chunk) {
        const qsizetype n = std::min(kChunk, data.size() - offset);
        chunk = QByteArray::fromRawData(data.constData() + offset, n);
        offset += n;
        return offset < data.size();
    });
}

const QString kConversationsCopy = QStringLiteral(
    "COPY conversations (id, instagram_handle, email, campaign_id, campaign_code, "
    "current_stage, qualified, qualification_score, business_type, monthly_revenue, "
    "main_pain_point, pitch_delivered, pitch_type, payment_link_sent, payment_completed, "
    "preferred_plan, total_messages, total_sessions, followup_count, created_at, "
    "last_message_at, completed_at) FROM STDIN");
const QString kEventsCopy = QStringLiteral(
    "COPY analytics_events (id, conversation_id, campaign_id, event_type, event_data, "
    "created_at) FROM STDIN");
const QString kPaymentsCopy = QStringLiteral(
    "COPY payments (id, conversation_id, campaign_id, instagram_handle, email, "
    "stripe_session_id, stripe_customer_id, stripe_subscription_id, plan, amount_monthly, "
    "amount_onetime, currency, payment_status, created_at, completed_at) FROM STDIN");
const QString kCheckpointsCopy = QStringLiteral(
    "COPY checkpoints (thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, "
    "checkpoint, metadata) FROM STDIN (FORMAT binary)");
const QString kBlobsCopy =
    QStringLiteral("COPY checkpoint_blobs (thread_id, checkpoint_ns, channel, version, type, blob) "
                   "FROM STDIN (FORMAT binary)");
const QString kEmbeddingsCopy = QStringLiteral(
    "COPY document_embeddings (id, document_id, chunk_index, chunk_text, chunk_metadata, "
    "embedding, created_at) FROM STDIN");

QString ts(qint64 msecs)
{
    return msecs == 0 ? QString() : QString::fromLatin1(CopyText::formatTimestamp(msecs));
}

} // namespace

db::DbError DemoLoader::load(const DemoOptions& options, bool ifEmpty, Report* report,
                             const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    Report local;
    Report& rep = report ? *report : local;
    rep = Report{};
    auto say = [&](const QString& text) {
        if (progress)
            progress(text);
    };

    // What kind of database is this?
    const db::QueryResult probe = m_conn.exec(QStringLiteral(
        "select to_regclass('campaigns') is not null, to_regclass('conversations') is not null, "
        "to_regclass('checkpoints') is not null and to_regclass('checkpoint_blobs') is not null, "
        "(select rolsuper from pg_roles where rolname = current_user), "
        "(select udt_name from information_schema.columns where table_schema = "
        "current_schema() and table_name = 'document_embeddings' and column_name = "
        "'embedding'), to_regclass('limitless.document_ingest') is not null"));
    if (!probe.ok())
        return probe.error;
    if (!probe.value(0, 0).toBool() || !probe.value(0, 1).toBool())
        return db::DbError::client(
            tr("The database has no application tables yet: run `limitless migrate` first."));
    if (!probe.value(0, 2).toBool())
        return db::DbError::client(
            tr("LangGraph's checkpoint tables are missing (the sandbox creates them, as does "
               "LangGraph's own setup())."));
    const bool superuser = probe.value(0, 3).toBool();
    const bool vectorColumn = probe.value(0, 4).toString() == QLatin1String("vector");
    const bool ingestState = probe.value(0, 5).toBool();
    rep.embeddingType = vectorColumn ? QStringLiteral("vector") : QStringLiteral("real[]");

    const db::QueryResult existing =
        m_conn.exec(QStringLiteral("select exists (select 1 from campaigns)"));
    if (!existing.ok())
        return existing.error;
    if (existing.scalar().toBool()) {
        if (ifEmpty) {
            rep.skipped = true;
            rep.seconds = double(timer.elapsed()) / 1000.0;
            return {};
        }
        return db::DbError::client(
            tr("The database already has campaigns; load the demo business into an empty "
               "database (or pass --if-empty to skip)."));
    }

    say(tr("Generating the demo business (seed %1)…").arg(options.seed));
    const DemoBusiness business(options);
    rep.nowMsecs = business.options().nowMsecs;
    const QList<DemoCampaign>& campaigns = business.campaigns();
    const bool latestOnly = options.scale == Scale::Large;

    auto run = [&](const QString& sql, const QVariantList& params = {}) {
        const db::QueryResult r = m_conn.exec(sql, params);
        return r.ok() ? db::DbError{} : r.error;
    };
    auto fail = [&](const db::DbError& e) {
        m_conn.execScript(QStringLiteral("rollback"));
        return e;
    };

    if (auto e = run(QStringLiteral("begin")))
        return e;
    if (superuser && !m_keepTriggers) {
        if (auto e = run(QStringLiteral("set local session_replication_role = replica")))
            return fail(e);
        rep.triggersBypassed = true;
    }

    // The owner.
    const db::QueryResult owners = m_conn.exec(QStringLiteral("select id from owners limit 2"));
    if (!owners.ok())
        return fail(owners.error);
    if (owners.rowCount() == 1) {
        rep.ownerId = owners.scalar().toString();
    } else {
        const DemoOwner o = business.owner();
        rep.ownerId = QString::fromUtf8(o.id);
        const db::QueryResult ins = m_conn.exec(
            QStringLiteral("insert into owners (id, email, name, instagram_handle, "
                           "supabase_user_id, created_at) values ($1, $2, $3, $4, $5, $6) "
                           "on conflict (id) do nothing"),
            {rep.ownerId, QString::fromUtf8(o.email), QString::fromUtf8(o.name),
             QString::fromUtf8(o.instagramHandle), QString::fromUtf8(o.supabaseUserId),
             ts(o.createdAt)});
        if (!ins.ok())
            return fail(ins.error);
        rep.ownerCreated = ins.affectedRows > 0;
    }

    // Campaigns first (everything refers to them); their counters are set at the end.
    {
        QList<db::Statement> statements;
        for (const DemoCampaign& c : campaigns)
            statements.append(
                {QStringLiteral("insert into campaigns (id, code, name, description, owner_id, "
                                "platform, is_active, created_at, updated_at) values ($1, $2, "
                                "$3, $4, $5, $6, $7, $8, $9)"),
                 {QString::fromUtf8(c.id), QString::fromUtf8(c.code), QString::fromUtf8(c.name),
                  QString::fromUtf8(c.description), rep.ownerId, QString::fromUtf8(c.platform),
                  c.active, ts(c.createdAt), ts(c.updatedAt)}});
        for (const db::QueryResult& r : m_conn.execPipeline(statements)) {
            if (!r.ok())
                return fail(r.error);
        }
        rep.campaigns = campaigns.size();
    }

    // Documents and their embeddings.
    {
        const QList<DemoDocument> docs = business.documents();
        QList<db::Statement> statements;
        CopyText chunks;
        for (const DemoDocument& d : docs) {
            statements.append(
                {QStringLiteral("insert into documents (id, filename, file_type, file_size, "
                                "storage_url, storage_bucket, owner_id, category, tags, "
                                "processing_status, embeddings_created, total_chunks, version, "
                                "created_at, processed_at) values ($1, $2, $3, $4, $5, $6, $7, "
                                "$8, $9::jsonb, 'completed', true, $10, 1, $11, $12)"),
                 {QString::fromUtf8(d.id), QString::fromUtf8(d.filename),
                  QString::fromUtf8(d.fileType), d.fileSize, QString::fromUtf8(d.storageUrl),
                  QString::fromUtf8(d.storageBucket), rep.ownerId, QString::fromUtf8(d.category),
                  QString::fromUtf8(d.tagsJson), qint64(d.chunks.size()), ts(d.createdAt),
                  ts(d.processedAt)}});
            // With the knowledge-base additions, the documents look as if the app had
            // ingested them: their model, hash and text (the chunk viewer's) are recorded.
            if (ingestState) {
                QString text;
                for (const DemoChunk& c : d.chunks)
                    text += QString::fromUtf8(c.text) + QStringLiteral("\n\n");
                statements.append(
                    {QStringLiteral("insert into limitless.document_ingest (document_id, owner_id, "
                                    "sha256, stage, progress, embedding_model, "
                                    "embedding_dimensions, extracted_text) values ($1, $2, $3, "
                                    "'done', 1, $4, $5, $6)"),
                     {QString::fromUtf8(d.id), rep.ownerId,
                      QString::fromLatin1(
                          QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256)
                              .toHex()),
                      knowledge::OfflineEmbedder::modelName(),
                      knowledge::OfflineEmbedder::kDimensions, text}});
            }
            for (const DemoChunk& c : d.chunks) {
                const db::Vector v{c.embedding};
                chunks.field(c.id).field(d.id).number(qint64(c.index)).field(c.text);
                chunks.field(c.metadataJson);
                chunks.field(vectorColumn ? v.toVectorLiteral() : v.toArrayLiteral());
                chunks.timestamp(d.processedAt);
                chunks.endRow();
                ++rep.chunks;
            }
        }
        for (const db::QueryResult& r : m_conn.execPipeline(statements)) {
            if (!r.ok())
                return fail(r.error);
        }
        if (auto e = copy(m_conn, kEmbeddingsCopy, chunks.data()))
            return fail(e);
        rep.documents = docs.size();
    }

    // Conversations with their events, payments and checkpoints, batch by batch; the next
    // batch is generated on another thread while this one is sent.
    const int total = business.conversationCount();
    const int batchSize = latestOnly ? 5000 : total;
    QList<Tally> tallies(campaigns.size());
    auto build = [&business, latestOnly, total, batchSize](int begin) {
        return buildBatch(business, begin, std::min(total, begin + batchSize), latestOnly);
    };
    std::future<Batch> next = std::async(std::launch::async, build, 0);
    for (int begin = 0; begin < total; begin += batchSize) {
        Batch batch = next.get();
        if (begin + batchSize < total)
            next = std::async(std::launch::async, build, begin + batchSize);
        for (const auto& [sql, data] : {std::pair{kConversationsCopy, &batch.conversations.data()},
                                        std::pair{kEventsCopy, &batch.events.data()},
                                        std::pair{kPaymentsCopy, &batch.payments.data()},
                                        std::pair{kCheckpointsCopy, &batch.checkpoints.data()},
                                        std::pair{kBlobsCopy, &batch.blobs.data()}}) {
            if (data->isEmpty())
                continue;
            if (auto e = copy(m_conn, sql, *data)) {
                if (next.valid())
                    next.wait();
                return fail(e);
            }
        }
        rep.conversations += batch.conversationCount;
        rep.events += batch.eventCount;
        rep.payments += batch.paymentCount;
        rep.checkpoints += batch.checkpointCount;
        rep.blobs += batch.blobCount;
        for (qsizetype i = 0; i < tallies.size(); ++i) {
            tallies[i].clicks += batch.tallies[i].clicks;
            tallies[i].conversations += batch.tallies[i].conversations;
            tallies[i].qualified += batch.tallies[i].qualified;
            tallies[i].conversions += batch.tallies[i].conversions;
        }
        say(tr("conversations %1/%2, events %3 (%4 s)")
                .arg(rep.conversations)
                .arg(total)
                .arg(rep.events)
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }

    // Ad clicks that never became a conversation fill the events up to the scale's total.
    const qint64 extra = std::max<qint64>(0, business.eventTarget() - rep.events);
    if (extra > 0) {
        const QList<DemoEvent> clicks = business.extraClicks(extra);
        constexpr qsizetype kClicksPerCopy = 200000;
        for (qsizetype from = 0; from < clicks.size(); from += kClicksPerCopy) {
            CopyText buf;
            buf.reserve(kClicksPerCopy * 200);
            for (qsizetype i = from; i < std::min(clicks.size(), from + kClicksPerCopy); ++i) {
                addEvent(buf, clicks.at(i), campaigns);
                tallyEvent(tallies, clicks.at(i));
            }
            if (auto e = copy(m_conn, kEventsCopy, buf.data()))
                return fail(e);
        }
        rep.events += clicks.size();
        say(tr("events %1 (%2 s)")
                .arg(rep.events)
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }

    // Campaign counters equal the event counts.
    {
        QList<db::Statement> statements;
        for (qsizetype i = 0; i < campaigns.size(); ++i)
            statements.append(
                {QStringLiteral("update campaigns set total_clicks = $2, total_conversations = "
                                "$3, total_qualified = $4, total_conversions = $5 where id = $1"),
                 {QString::fromUtf8(campaigns.at(i).id), tallies.at(i).clicks,
                  tallies.at(i).conversations, tallies.at(i).qualified,
                  tallies.at(i).conversions}});
        for (const db::QueryResult& r : m_conn.execPipeline(statements)) {
            if (!r.ok())
                return fail(r.error);
        }
    }

    // Rows loaded without triggers are missing from the roll-ups (the dashboard's additions);
    // their rebuild function recomputes them. Without the additions there is nothing to do.
    if (rep.triggersBypassed) {
        const db::QueryResult has = m_conn.exec(QStringLiteral(
            "select to_regprocedure('limitless.limitless_analytics_rebuild()')::text"));
        if (!has.ok())
            return fail(has.error);
        const QString rebuild = has.scalar().toString();
        if (!rebuild.isEmpty()) {
            if (auto e = run(QStringLiteral("select %1").arg(rebuild)))
                return fail(e);
            // Fresh statistics for the rebuilt roll-ups too: the first Funnel refreshes after a
            // large load otherwise plan without them (93 ms instead of 14 ms at p50).
            rep.rollupsRebuilt = true;
        }
        // The documents' words for hybrid search, which the text-search triggers would have
        // indexed (limitless.chunk_text_search, with the same configuration as the trigger).
        const db::QueryResult words = m_conn.exec(
            QStringLiteral("select to_regclass('limitless.chunk_text_search') is not null"));
        if (!words.ok())
            return fail(words.error);
        if (words.scalar().toBool()) {
            if (auto e = run(QStringLiteral(
                    "insert into limitless.chunk_text_search (chunk_id, document_id, tsv) "
                    "select e.id, e.document_id, to_tsvector('english'::regconfig, e.chunk_text) "
                    "from document_embeddings e on conflict (chunk_id) do update "
                    "set document_id = excluded.document_id, tsv = excluded.tsv")))
                return fail(e);
        }
    }

    say(tr("Committing…"));
    if (auto e = run(QStringLiteral("commit")))
        return fail(e);
    // Fresh statistics so the first dashboard queries get good plans.
    if (auto e = run(QStringLiteral("analyze campaigns, conversations, analytics_events, "
                                    "payments, documents, document_embeddings, checkpoints, "
                                    "checkpoint_blobs")))
        qCWarning(lcDemo) << "analyze after the demo load failed:" << e.toString();
    if (rep.rollupsRebuilt) {
        if (auto e = run(QStringLiteral("analyze limitless.analytics_daily_counts, "
                                        "limitless.analytics_campaign_totals, "
                                        "limitless.analytics_payment_counts, "
                                        "limitless.analytics_link_state")))
            qCWarning(lcDemo) << "analyze of the roll-ups failed:" << e.toString();
    }
    rep.seconds = double(timer.elapsed()) / 1000.0;
    return {};
}

} // namespace limitless::demo
