#include "maintenance/RetentionRunner.h"

#include "db/Claims.h"
#include "db/PgConnection.h"
#include "maintenance/ArchiveReader.h"
#include "maintenance/ArchiveWriter.h"
#include "maintenance/RetentionPlanner.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace limitless::maintenance {

namespace {

constexpr int kThreadsPerPage = 200;

bool isCheckpointTable(const QString& table)
{
    return table.startsWith(QLatin1String("checkpoint"));
}

// Batches whose statement returns the number of rows it changed (the checkpoint functions, and
// the events' statements, which also move the count to analytics_campaign_totals.archived).
bool returnsCount(const QString& table)
{
    return isCheckpointTable(table) || table == QLatin1String("analytics_events");
}

QJsonObject countsJson(const QHash<QString, qint64>& h)
{
    QJsonObject o;
    for (auto it = h.begin(); it != h.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QJsonObject RetentionOutcome::toJson() const
{
    return {{QStringLiteral("archive"), archivePath},
            {QStringLiteral("resumed"), resumed},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("archived"), countsJson(archived)},
            {QStringLiteral("changed"), countsJson(changed)},
            {QStringLiteral("conversations_kept_paid"), keptPaid}};
}

qint64 ArchiveInfo::totalRows() const
{
    qint64 n = 0;
    for (const qint64 v : rows)
        n += v;
    return n;
}

QString RetentionRunner::defaultArchiveDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/limitless/archives");
}

QString RetentionRunner::pendingJournal(const QString& archiveDir, const QString& ownerId)
{
    const QFileInfoList files =
        QDir(archiveDir).entryInfoList({QStringLiteral("*.journal.json")}, QDir::Files, QDir::Name);
    for (auto it = files.crbegin(); it != files.crend(); ++it) {
        RetentionJournal j;
        QString error;
        if (RetentionJournal::load(it->absoluteFilePath(), &j, &error) && j.ownerId == ownerId &&
            j.phase != RetentionJournal::Phase::Done)
            return it->absoluteFilePath();
    }
    return {};
}

QList<ArchiveInfo> RetentionRunner::archives(const QString& archiveDir, const QString& ownerId)
{
    QList<ArchiveInfo> out;
    const QFileInfoList files =
        QDir(archiveDir).entryInfoList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
    for (auto it = files.crbegin(); it != files.crend(); ++it) {
        ArchiveReader reader(it->absoluteFilePath());
        if (!reader.open() || reader.ownerId() != ownerId)
            continue;
        ArchiveInfo info;
        info.path = it->absoluteFilePath();
        info.createdAt = QDateTime::fromString(
            reader.manifest().value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        for (const QString& t : retentionTables())
            info.rows.insert(t, reader.rows(t));
        RetentionJournal j;
        QString error;
        if (RetentionJournal::load(RetentionJournal::pathFor(info.path), &j, &error))
            info.phase = RetentionJournal::phaseName(j.phase);
        out.append(info);
    }
    return out;
}

bool RetentionRunner::apply(const RetentionPolicy& policy, const QString& archiveDir,
                            RetentionOutcome* outcome, QString* error)
{
    *outcome = {};
    m_batches = 0;
    if (!QDir().mkpath(archiveDir)) {
        *error = tr("Cannot create the archive directory %1.").arg(archiveDir);
        return false;
    }
    RetentionJournal journal;
    const QString pending = pendingJournal(archiveDir, m_ownerId);
    if (!pending.isEmpty()) {
        if (!RetentionJournal::load(pending, &journal, error))
            return false;
        outcome->resumed = true;
    } else {
        if (!policy.asOf.isValid() || policy.batchSize < 1) {
            *error = tr("The retention policy needs a time and a batch size of at least 1.");
            return false;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString owner = m_ownerId;
        owner.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
        journal.archivePath =
            QDir(archiveDir)
                .absoluteFilePath(
                    QStringLiteral("retention-%1-%2.zip")
                        .arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")), owner.left(40)));
        journal.path = RetentionJournal::pathFor(journal.archivePath);
        journal.ownerId = m_ownerId;
        journal.policy = policy;
        journal.startedAt = now.toString(Qt::ISODateWithMs);
        if (!journal.save(error))
            return false;
    }
    outcome->archivePath = journal.archivePath;
    if (journal.phase == RetentionJournal::Phase::Archiving) {
        if (!archive(journal, outcome, error))
            return false;
        if (outcome->cancelled)
            return true;
        journal.phase = RetentionJournal::Phase::Deleting;
        if (!journal.save(error))
            return false;
    }
    if (!deleteArchived(journal, outcome, error))
        return false;
    if (outcome->cancelled)
        return true;
    journal.phase = RetentionJournal::Phase::Done;
    return journal.save(error);
}

bool RetentionRunner::archive(RetentionJournal& journal, RetentionOutcome* outcome, QString* error)
{
    const RetentionPolicy& policy = journal.policy;
    RetentionCounts counts;
    if (const db::DbError e = RetentionPlanner(m_conn, m_ownerId, m_claims).plan(policy, &counts)) {
        *error = e.userMessage();
        return false;
    }
    outcome->keptPaid = counts.conversationsKeptPaid;
    ArchiveWriter writer(journal.archivePath);
    if (!writer.open()) {
        *error = writer.errorString();
        return false;
    }
    qint64 conversations = 0;
    qint64 events = 0;
    QHash<QString, qint64> threadRows;
    if (!archiveConversations(writer, policy, &conversations, error) ||
        !archiveThreads(writer, policy, &threadRows, error) ||
        !archiveEvents(writer, policy, &events, error))
        return false;
    if (cancelled()) {
        // Nothing was deleted; the unfinished `.part` file is started over on resume.
        outcome->cancelled = true;
        return true;
    }
    outcome->archived = threadRows;
    outcome->archived.insert(QStringLiteral("conversations"), conversations);
    outcome->archived.insert(QStringLiteral("analytics_events"), events);
    QJsonObject cutoffs{{QStringLiteral("checkpoints_finished_before"),
                         policy.checkpointCutoff().toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("events_created_before"),
                         policy.eventCutoff().toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("conversations_inactive_since"),
                         policy.inactiveCutoff().toUTC().toString(Qt::ISODateWithMs)}};
    const QJsonObject manifest{
        {QStringLiteral("owner_id"), m_ownerId},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("policy"), policy.toJson()},
        {QStringLiteral("cutoffs"), cutoffs},
        {QStringLiteral("conversations_kept_paid"), counts.conversationsKeptPaid},
        {QStringLiteral("server_version"), m_conn.serverVersionString()}};
    if (!writer.finish(manifest)) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

bool RetentionRunner::archiveConversations(ArchiveWriter& writer, const RetentionPolicy& policy,
                                           qint64* rows, QString* error)
{
    const QString table = QStringLiteral("conversations");
    const db::QueryResult r =
        db::execWithClaims(
            m_conn,
            {db::Statement(retentionSql(QStringLiteral("retention_select_conversations")),
                           {m_ownerId, RetentionPolicy::sqlTime(policy.inactiveCutoff())})},
            m_claims)
            .value(0);
    if (!r.ok()) {
        *error = r.error.userMessage();
        return false;
    }
    if (!writer.beginTable(table)) {
        *error = writer.errorString();
        return false;
    }
    for (const auto& row : r.rows)
        if (!writer.writeLine(row.at(1).toString().toUtf8())) {
            *error = writer.errorString();
            return false;
        }
    *rows = r.rowCount();
    report({QStringLiteral("archiving"), table, *rows, *rows, m_batches});
    if (!writer.endTable()) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

bool RetentionRunner::archiveThreads(ArchiveWriter& writer, const RetentionPolicy& policy,
                                     QHash<QString, qint64>* rows, QString* error)
{
    const db::QueryResult ids =
        db::execWithClaims(
            m_conn,
            {db::Statement(retentionSql(QStringLiteral("retention_select_threads")),
                           {m_ownerId, RetentionPolicy::sqlTime(policy.checkpointCutoff()),
                            RetentionPolicy::sqlTime(policy.inactiveCutoff())})},
            m_claims)
            .value(0);
    if (!ids.ok()) {
        *error = ids.error.userMessage();
        return false;
    }
    QStringList threads;
    threads.reserve(ids.rowCount());
    for (const auto& row : ids.rows)
        threads.append(row.at(0).toString());
    const QStringList tables{QStringLiteral("checkpoints"), QStringLiteral("checkpoint_blobs"),
                             QStringLiteral("checkpoint_writes")};
    for (const QString& table : tables) {
        if (!writer.beginTable(table)) {
            *error = writer.errorString();
            return false;
        }
        qint64 n = 0;
        for (qsizetype i = 0; i < threads.size(); i += kThreadsPerPage) {
            if (cancelled())
                return true;
            const db::QueryResult r =
                db::execWithClaims(
                    m_conn,
                    {db::Statement(
                        QStringLiteral("select limitless.retention_thread_rows($1, $2::text[])"),
                        {table, QVariant(threads.mid(i, kThreadsPerPage))})},
                    m_claims)
                    .value(0);
            if (!r.ok()) {
                *error = r.error.userMessage();
                return false;
            }
            for (const auto& row : r.rows)
                if (!writer.writeLine(row.at(0).toString().toUtf8())) {
                    *error = writer.errorString();
                    return false;
                }
            n += r.rowCount();
            report({QStringLiteral("archiving"), table,
                    std::min<qint64>(i + kThreadsPerPage, threads.size()), threads.size(),
                    m_batches});
        }
        if (!writer.endTable()) {
            *error = writer.errorString();
            return false;
        }
        rows->insert(table, n);
    }
    return true;
}

bool RetentionRunner::archiveEvents(ArchiveWriter& writer, const RetentionPolicy& policy,
                                    qint64* rows, QString* error)
{
    const QString table = QStringLiteral("analytics_events");
    if (cancelled())
        return true;
    if (!writer.beginTable(table)) {
        *error = writer.errorString();
        return false;
    }
    const QString sql = retentionSql(QStringLiteral("retention_select_events"));
    QString last;
    *rows = 0;
    for (;;) {
        if (cancelled())
            return true;
        const db::QueryResult r =
            db::execWithClaims(
                m_conn,
                {db::Statement(sql, {m_ownerId, RetentionPolicy::sqlTime(policy.eventCutoff()),
                                     RetentionPolicy::sqlTime(policy.inactiveCutoff()), last,
                                     policy.batchSize})},
                m_claims)
                .value(0);
        if (!r.ok()) {
            *error = r.error.userMessage();
            return false;
        }
        for (const auto& row : r.rows)
            if (!writer.writeLine(row.at(1).toString().toUtf8())) {
                *error = writer.errorString();
                return false;
            }
        *rows += r.rowCount();
        report({QStringLiteral("archiving"), table, *rows, 0, m_batches});
        if (r.rowCount() < policy.batchSize)
            break;
        last = r.rows.last().at(0).toString();
    }
    if (!writer.endTable()) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

bool RetentionRunner::deleteArchived(RetentionJournal& journal, RetentionOutcome* outcome,
                                     QString* error)
{
    ArchiveReader reader(journal.archivePath);
    if (!reader.open() || !reader.verify()) {
        *error = reader.errorString();
        return false;
    }
    if (reader.ownerId() != m_ownerId) {
        *error = tr("The archive %1 belongs to another owner.").arg(journal.archivePath);
        return false;
    }
    outcome->keptPaid =
        reader.manifest().value(QStringLiteral("conversations_kept_paid")).toInteger();
    const int batchSize = std::max(1, journal.policy.batchSize);
    for (const QString& table : retentionTables()) {
        const qint64 total = reader.rows(table);
        outcome->archived.insert(table, total);
        QString statementError;
        const bool ok = reader.forEachBatch(
            table, batchSize, journal.batchesDone.value(table),
            [&](int index, const QByteArray& array, int rows) {
                if (cancelled()) {
                    outcome->cancelled = true;
                    return false;
                }
                db::Statement s;
                const QVariant json = QVariant::fromValue(db::Json{array});
                if (isCheckpointTable(table))
                    s = db::Statement(
                        QStringLiteral("select limitless.retention_delete_rows($1, $2::jsonb)"),
                        {table, json});
                else if (table == QLatin1String("analytics_events"))
                    s = db::Statement(retentionSql(QStringLiteral("retention_delete_events")),
                                      {json, m_ownerId});
                else
                    s = db::Statement(
                        retentionSql(QStringLiteral("retention_delete_conversations")),
                        {json, m_ownerId});
                const db::QueryResult r = db::execWithClaims(m_conn, {s}, m_claims).value(0);
                if (!r.ok()) {
                    statementError = tr("Deleting archived rows of %1 failed: %2")
                                         .arg(table, r.error.userMessage());
                    return false;
                }
                const qint64 n = returnsCount(table) ? r.scalar().toLongLong() : r.affectedRows;
                journal.batchesDone.insert(table, index + 1);
                journal.rowsDeleted[table] += n;
                if (!journal.save(&statementError))
                    return false;
                ++m_batches;
                report({QStringLiteral("deleting"), table,
                        std::min<qint64>(qint64(index + 1) * batchSize, total), total, m_batches});
                Q_UNUSED(rows);
                return true;
            });
        if (outcome->cancelled)
            break;
        if (!ok) {
            *error = !statementError.isEmpty() ? statementError : reader.errorString();
            return false;
        }
    }
    for (const QString& table : retentionTables())
        outcome->changed.insert(table, journal.rowsDeleted.value(table));
    return true;
}

bool RetentionRunner::restore(const QString& archivePath, RetentionOutcome* outcome, QString* error)
{
    *outcome = {};
    m_batches = 0;
    outcome->archivePath = archivePath;
    ArchiveReader reader(archivePath);
    if (!reader.open() || !reader.verify()) {
        *error = reader.errorString();
        return false;
    }
    if (reader.ownerId() != m_ownerId) {
        *error =
            tr("The archive %1 belongs to another owner; it was not restored.").arg(archivePath);
        return false;
    }
    const int batchSize = std::max(
        1, RetentionPolicy::fromJson(reader.manifest().value(QStringLiteral("policy")).toObject())
               .batchSize);
    QStringList order = retentionTables();
    std::reverse(order.begin(), order.end()); // conversations first, their checkpoints last
    for (const QString& table : order) {
        const qint64 total = reader.rows(table);
        outcome->archived.insert(table, total);
        qint64 inserted = 0;
        QString statementError;
        const bool ok =
            reader.forEachBatch(table, batchSize, 0, [&](int index, const QByteArray& array, int) {
                if (cancelled()) {
                    outcome->cancelled = true;
                    return false;
                }
                const QVariant json = QVariant::fromValue(db::Json{array});
                db::Statement s;
                if (isCheckpointTable(table))
                    s = db::Statement(
                        QStringLiteral("select limitless.retention_restore_rows($1, $2::jsonb)"),
                        {table, json});
                else if (table == QLatin1String("analytics_events"))
                    s = db::Statement(retentionSql(QStringLiteral("retention_restore_events")),
                                      {json, m_ownerId});
                else
                    s = db::Statement(
                        retentionSql(QStringLiteral("retention_restore_conversations")),
                        {json, m_ownerId});
                const db::QueryResult r = db::execWithClaims(m_conn, {s}, m_claims).value(0);
                if (!r.ok()) {
                    statementError =
                        tr("Restoring rows of %1 failed: %2").arg(table, r.error.userMessage());
                    return false;
                }
                inserted += returnsCount(table) ? r.scalar().toLongLong() : r.affectedRows;
                ++m_batches;
                report({QStringLiteral("restoring"), table,
                        std::min<qint64>(qint64(index + 1) * batchSize, total), total, m_batches});
                return true;
            });
        outcome->changed.insert(table, inserted);
        if (outcome->cancelled)
            return true;
        if (!ok) {
            *error = !statementError.isEmpty() ? statementError : reader.errorString();
            return false;
        }
    }
    return true;
}

} // namespace limitless::maintenance
