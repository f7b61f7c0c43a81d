#include "langgraph/CheckpointWriter.h"

#include "db/PgConnection.h"
#include "langgraph/JsonText.h"
#include "langgraph/Uuid6.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace limitless::langgraph {

CheckpointWriter::CheckpointWriter(QByteArray threadId, const std::array<std::uint8_t, 6>& node,
                                   QByteArray checkpointNs)
    : m_threadId(std::move(threadId)), m_ns(std::move(checkpointNs)), m_node(node)
{
    // LangGraph's root namespace is the empty string, never NULL: the key columns are NOT NULL
    // and the savers look rows up with checkpoint_ns = ''.
    if (m_ns.isNull())
        m_ns = QByteArray("");
}

bool CheckpointWriter::continueFrom(const QByteArray& parentCheckpointId,
                                    const QByteArray& parentCheckpoint, int parentStep,
                                    const QByteArray& newestCheckpointId)
{
    const QJsonObject cp = QJsonDocument::fromJson(parentCheckpoint).object();
    QList<QPair<QByteArray, qint64>> versions;
    qint64 maxVersion = 0;
    const QJsonObject cv = cp.value(QStringLiteral("channel_versions")).toObject();
    for (auto it = cv.begin(); it != cv.end(); ++it) {
        // LangGraph.js's versions are integers; Python's are padded strings ("0000…1.0.23…").
        if (!it.value().isDouble())
            return false;
        const qint64 v = qint64(it.value().toDouble());
        versions.append({it.key().toUtf8(), v});
        maxVersion = std::max(maxVersion, v);
    }
    QList<QPair<QByteArray, QByteArray>> seen;
    const QJsonObject vs = cp.value(QStringLiteral("versions_seen")).toObject();
    for (auto it = vs.begin(); it != vs.end(); ++it) {
        if (it.key() == QLatin1String("__input__"))
            continue;
        seen.append({it.key().toUtf8(),
                     QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact)});
    }
    m_versions = versions;
    m_versionsSeen = seen;
    m_maxVersion = maxVersion;
    m_parentId = parentCheckpointId;
    m_step = parentStep + 1;
    // New ids sort after every checkpoint of the thread, so the newest is "the latest".
    const QByteArray& newest =
        newestCheckpointId.isEmpty() ? parentCheckpointId : newestCheckpointId;
    m_lastMsecs = Uuid6::msecsOf(newest);
    m_nsecs = Uuid6::nsecsOf(newest);
    m_continued = true;
    return true;
}

void CheckpointWriter::addTaskWrites(const QByteArray& taskId, const QList<ChannelWrite>& writes)
{
    const QByteArray checkpointId =
        latestCheckpointId().isEmpty() ? m_parentId : latestCheckpointId();
    int idx = 0;
    for (const ChannelWrite& w : writes)
        m_writes.append({m_threadId, m_ns, checkpointId, taskId, idx++, w.channel,
                         QByteArrayLiteral("json"), w.json});
}

void CheckpointWriter::put(const QByteArray& node, const QByteArray& source, qint64 tsMsecs,
                           const QList<ChannelWrite>& writes, const QByteArray& trigger)
{
    // Same clock rule as LangGraph.js's uuid6(): within one millisecond the 100 ns counter
    // goes up, so ids stay strictly increasing even for back-to-back steps.
    if ((!m_checkpoints.isEmpty() || m_continued) && tsMsecs <= m_lastMsecs) {
        tsMsecs = m_lastMsecs;
        ++m_nsecs;
    } else {
        m_nsecs = 0;
    }
    m_lastMsecs = tsMsecs;

    const qint64 seenVersion = m_maxVersion;
    const qint64 version = m_maxVersion + 1;
    for (const ChannelWrite& w : writes) {
        bool found = false;
        for (auto& entry : m_versions) {
            if (entry.first == w.channel) {
                entry.second = version;
                found = true;
                break;
            }
        }
        if (!found)
            m_versions.append({w.channel, version});
        if (m_latestOnly) {
            bool replaced = false;
            for (Stored& s : m_blobs) {
                if (s.channel == w.channel) {
                    s.version = version;
                    s.json = w.json;
                    replaced = true;
                    break;
                }
            }
            if (!replaced)
                m_blobs.append({w.channel, version, w.json});
        } else {
            m_blobs.append({w.channel, version, w.json});
        }
    }
    if (!writes.isEmpty())
        m_maxVersion = version;

    // The node "saw" the trigger channel at the version current before it ran.
    if (!node.isEmpty()) {
        QByteArray seen = "{";
        JsonText::appendString(seen, trigger.isEmpty() ? "branch:to:" + node : trigger);
        seen += ':' + JsonText::number(seenVersion) + '}';
        bool replacedSeen = false;
        for (auto& entry : m_versionsSeen) {
            if (entry.first == node) {
                entry.second = seen;
                replacedSeen = true;
            }
        }
        if (!replacedSeen)
            m_versionsSeen.append({node, seen});
    }

    const int step = m_step++;
    // uuid6's clock sequence: LangGraph passes the step (-1 for the first input: "ffff").
    CheckpointRow row;
    row.threadId = m_threadId;
    row.checkpointNs = m_ns;
    row.checkpointId = Uuid6::make(tsMsecs, m_nsecs, step, m_node);
    if (!m_checkpoints.isEmpty() && !m_latestOnly)
        row.parentCheckpointId = m_checkpoints.constLast().checkpointId;
    else if (m_checkpoints.isEmpty())
        row.parentCheckpointId = m_parentId;

    QByteArray& cp = row.checkpoint;
    cp.reserve(256);
    cp += R"({"v":4,"id":)";
    JsonText::appendString(cp, row.checkpointId);
    cp += R"(,"ts":)";
    JsonText::appendString(cp, JsonText::isoTimestamp(tsMsecs));
    cp += R"(,"versions_seen":{"__input__":{})";
    for (const auto& entry : m_versionsSeen) {
        cp += ',';
        JsonText::appendString(cp, entry.first);
        cp += ':' + entry.second;
    }
    cp += R"(},"channel_versions":{)";
    for (qsizetype i = 0; i < m_versions.size(); ++i) {
        if (i)
            cp += ',';
        JsonText::appendString(cp, m_versions.at(i).first);
        cp += ':' + JsonText::number(m_versions.at(i).second);
    }
    cp += "}}";

    row.metadata = R"({"source":)" + JsonText::quoted(source) + R"(,"step":)" +
                   JsonText::number(qint64(step)) + R"(,"parents":{}})";
    if (m_latestOnly)
        m_checkpoints.clear();
    m_checkpoints.append(std::move(row));
}

QList<CheckpointWriter::CheckpointRow> CheckpointWriter::checkpointRows() const
{
    return m_checkpoints;
}

QList<CheckpointWriter::BlobRow> CheckpointWriter::blobRows() const
{
    QList<BlobRow> rows;
    rows.reserve(m_blobs.size());
    for (const Stored& s : m_blobs)
        rows.append({m_threadId, m_ns, s.channel, QByteArray::number(s.version),
                     QByteArrayLiteral("json"), s.json});
    return rows;
}

QByteArray CheckpointWriter::latestCheckpointId() const
{
    return m_checkpoints.isEmpty() ? QByteArray() : m_checkpoints.constLast().checkpointId;
}

db::DbError CheckpointWriter::save(db::PgConnection& conn, const QByteArray& schema) const
{
    // Identifiers cannot be parameters: accept only plain lower-case schema names.
    for (const char c : schema) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return db::DbError::client(QStringLiteral("invalid schema name"));
    }
    const QString s = QString::fromLatin1(schema);
    const QString blobsSql =
        QStringLiteral("INSERT INTO \"%1\".checkpoint_blobs (thread_id, checkpoint_ns, channel, "
                       "version, type, blob) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT "
                       "(thread_id, checkpoint_ns, channel, version) DO NOTHING")
            .arg(s);
    const QString checkpointsSql =
        QStringLiteral(
            "INSERT INTO \"%1\".checkpoints (thread_id, checkpoint_ns, checkpoint_id, "
            "parent_checkpoint_id, checkpoint, metadata) VALUES ($1, $2, $3, $4, $5::jsonb, "
            "$6::jsonb) ON CONFLICT (thread_id, checkpoint_ns, checkpoint_id) DO UPDATE SET "
            "checkpoint = EXCLUDED.checkpoint, metadata = EXCLUDED.metadata")
            .arg(s);
    QList<db::Statement> statements;
    for (const BlobRow& b : blobRows())
        statements.append({blobsSql,
                           {QString::fromUtf8(b.threadId), QString::fromUtf8(b.checkpointNs),
                            QString::fromUtf8(b.channel), QString::fromUtf8(b.version),
                            QString::fromUtf8(b.type), b.blob}});
    for (const CheckpointRow& c : m_checkpoints)
        statements.append(
            {checkpointsSql,
             {QString::fromUtf8(c.threadId), QString::fromUtf8(c.checkpointNs),
              QString::fromUtf8(c.checkpointId),
              c.parentCheckpointId.isEmpty() ? QVariant() : QString::fromUtf8(c.parentCheckpointId),
              QVariant::fromValue(db::Json{c.checkpoint}),
              QVariant::fromValue(db::Json{c.metadata})}});
    const QString writesSql =
        QStringLiteral("INSERT INTO \"%1\".checkpoint_writes (thread_id, checkpoint_ns, "
                       "checkpoint_id, task_id, idx, channel, type, blob) VALUES ($1, $2, $3, $4, "
                       "$5, $6, $7, $8) ON CONFLICT (thread_id, checkpoint_ns, checkpoint_id, "
                       "task_id, idx) DO NOTHING")
            .arg(s);
    for (const WriteRow& w : m_writes)
        statements.append({writesSql,
                           {QString::fromUtf8(w.threadId), QString::fromUtf8(w.checkpointNs),
                            QString::fromUtf8(w.checkpointId), QString::fromUtf8(w.taskId), w.idx,
                            QString::fromUtf8(w.channel), QString::fromUtf8(w.type), w.blob}});
    for (const db::QueryResult& r : conn.execPipeline(statements)) {
        if (!r.ok())
            return r.error;
    }
    return {};
}

} // namespace limitless::langgraph
