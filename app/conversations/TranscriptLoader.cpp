#include "TranscriptLoader.h"

#include "SqlFile.h"
#include "db/PgConnection.h"
#include "langgraph/TranscriptReader.h"

namespace limitless::conversations {

using langgraph::TranscriptReader;

QList<db::Statement> TranscriptLoader::statements(const QString& threadId,
                                                  const db::Additions& additions)
{
    if (additions.threadAccess)
        return {db::Statement(QStringLiteral("select * from limitless.thread_latest($1)"),
                              {threadId}),
                db::Statement(QStringLiteral("select * from limitless.thread_stage_history($1)"),
                              {threadId})};
    return {db::Statement(sqlFile("transcript_latest"), {threadId}),
            db::Statement(sqlFile(additions.messageCount ? "transcript_history"
                                                         : "transcript_history_plain"),
                          {threadId})};
}

namespace {

QString text(const QVariant& v)
{
    return v.toString();
}

} // namespace

langgraph::Transcript TranscriptLoader::decode(const QString& threadId,
                                               const QList<db::QueryResult>& results)
{
    if (results.size() < 2 || !results.at(0).ok()) {
        langgraph::Transcript t;
        t.threadId = threadId;
        t.error = results.isEmpty() ? QStringLiteral("no answer from the database")
                                    : results.at(0).error.message;
        return t;
    }
    const db::QueryResult& latest = results.at(0);
    TranscriptReader::Latest l;
    for (int i = 0; i < latest.rowCount(); ++i) {
        if (l.checkpointId.isEmpty()) {
            l.checkpointId = text(latest.value(i, QStringLiteral("checkpoint_id")));
            // jsonb comes back as a QJsonValue; the reader wants the text.
            l.checkpointJson = latest.value(i, QStringLiteral("checkpoint")).toString().toUtf8();
        }
        const QVariant channel = latest.value(i, QStringLiteral("channel"));
        if (channel.isNull())
            continue;
        TranscriptReader::ChannelBlob c;
        c.channel = channel.toString();
        c.version = text(latest.value(i, QStringLiteral("version")));
        c.rowFound = latest.value(i, QStringLiteral("blob_found")).toBool();
        c.type = text(latest.value(i, QStringLiteral("type")));
        c.blob = latest.value(i, QStringLiteral("blob")).toByteArray();
        l.channels.append(std::move(c));
    }

    QList<TranscriptReader::HistoryPoint> history;
    const db::QueryResult& h = results.at(1);
    if (h.ok()) {
        for (int i = 0; i < h.rowCount(); ++i) {
            TranscriptReader::HistoryPoint p;
            p.checkpointId = text(h.value(i, QStringLiteral("checkpoint_id")));
            p.time =
                QDateTime::fromString(text(h.value(i, QStringLiteral("ts"))), Qt::ISODateWithMs)
                    .toUTC();
            p.hasInlineStage = h.value(i, QStringLiteral("has_inline_stage")).toBool();
            p.inlineStageJson = text(h.value(i, QStringLiteral("inline_stage"))).toUtf8();
            p.stageType = text(h.value(i, QStringLiteral("stage_type")));
            p.stageBlob = h.value(i, QStringLiteral("stage_blob")).toByteArray();
            if (h.columnIndex(QStringLiteral("messages_blob")) >= 0) {
                // Counted here: the database has no counting function.
                p.messagesType = text(h.value(i, QStringLiteral("messages_type")));
                p.messagesBlob = h.value(i, QStringLiteral("messages_blob")).toByteArray();
                p.parentMessagesType = text(h.value(i, QStringLiteral("parent_messages_type")));
                p.parentMessagesBlob =
                    h.value(i, QStringLiteral("parent_messages_blob")).toByteArray();
            } else {
                // NULL: no such blob, or one the server could not count (damaged).
                const QVariant count = h.value(i, QStringLiteral("messages_count"));
                p.messagesCount = count.isNull() ? -1 : count.toInt();
                const QVariant parent = h.value(i, QStringLiteral("parent_messages_count"));
                p.parentMessagesCount = parent.isNull() ? 0 : parent.toInt();
            }
            history.append(std::move(p));
        }
    }
    langgraph::Transcript t =
        TranscriptReader::read(threadId, l.checkpointId.isEmpty() ? nullptr : &l, history);
    if (!h.ok() && t.error.isEmpty())
        t.error = QStringLiteral("the stage history could not be read: %1").arg(h.error.message);
    return t;
}

langgraph::Transcript TranscriptLoader::load(db::PgConnection& connection, const QString& threadId)
{
    return decode(threadId, connection.execPipeline(
                                statements(threadId, db::Additions::probe(connection))));
}

} // namespace limitless::conversations
