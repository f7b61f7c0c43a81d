#include "knowledge/KnowledgeStore.h"

#include "db/Claims.h"
#include "db/PgConnection.h"
#include "db/PgValue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace limitless::knowledge {

using db::DbError;
using db::firstError;
using db::QueryResult;
using db::Statement;

QString knowledgeQuery(const QString& name)
{
    QFile f(QStringLiteral(":/knowledge/queries/%1.sql").arg(name));
    const bool opened = f.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "knowledgeQuery", qPrintable(name));
    return opened ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList documentCategories()
{
    return {QStringLiteral("pitch"), QStringLiteral("objection"), QStringLiteral("faq"),
            QStringLiteral("product_info")};
}

namespace {

QStringList stringList(const QVariant& v)
{
    QStringList out;
    const QJsonValue j = v.toJsonValue();
    if (j.isArray()) {
        for (const QJsonValue& e : j.toArray())
            if (e.isString())
                out << e.toString();
    } else if (j.isString()) {
        out << j.toString();
    }
    return out;
}

QByteArray tagsJson(const QStringList& tags)
{
    QJsonArray a;
    for (const QString& t : tags)
        if (!t.trimmed().isEmpty())
            a.append(t.trimmed());
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

DocumentRecord DocumentRecord::fromRow(const QueryResult& r, int row)
{
    auto v = [&](const char* c) { return r.value(row, QString::fromLatin1(c)); };
    DocumentRecord d;
    d.id = v("id").toString();
    d.filename = v("filename").toString();
    d.fileType = v("file_type").toString();
    d.fileSize = v("file_size").toLongLong();
    d.storageUrl = v("storage_url").toString();
    d.storageBucket = v("storage_bucket").toString();
    d.ownerId = v("owner_id").toString();
    d.category = v("category").toString();
    d.tags = stringList(v("tags"));
    d.status = v("processing_status").toString();
    d.embeddingsCreated = v("embeddings_created").toBool();
    d.totalChunks = v("total_chunks").toInt();
    d.version = v("version").toInt();
    d.replacedById = v("replaced_by_id").toString();
    d.createdAt = v("created_at").toDateTime();
    d.processedAt = v("processed_at").toDateTime();
    d.hasIngest = v("has_ingest").toBool();
    if (d.hasIngest) {
        d.sha256 = v("sha256").toString();
        d.stage = v("stage").toString();
        d.progress = v("progress").toDouble();
        d.attempts = v("attempts").toInt();
        d.errorCode = v("error_code").toString();
        d.lastError = v("last_error").toString();
        d.embeddingModel = v("embedding_model").toString();
        d.sourcePath = v("source_path").toString();
        d.replacesId = v("replaces_id").toString();
        d.notes = stringList(v("extraction_notes"));
        d.ocrPages = v("ocr_pages").toInt();
        d.chunksAdded = v("chunks_added").isValid() ? v("chunks_added").toInt() : -1;
        d.chunksRemoved = v("chunks_removed").isValid() ? v("chunks_removed").toInt() : -1;
        d.leaseUntil = v("lease_until").toDateTime();
    }
    return d;
}

KnowledgeStore::KnowledgeStore(db::PgConnection& connection, QByteArray claims)
    : m_conn(connection), m_claims(std::move(claims))
{}

QList<QueryResult> KnowledgeStore::run(const QList<Statement>& statements)
{
    return db::execWithClaims(m_conn, statements, m_claims);
}

QueryResult KnowledgeStore::run1(const Statement& statement)
{
    return run({statement}).value(0);
}

bool KnowledgeStore::hasAdditions()
{
    if (m_additions < 0) {
        const QueryResult r = m_conn.exec(
            QStringLiteral("select to_regclass('limitless.document_ingest') is not null"));
        if (!r.ok())
            return false;
        m_additions = r.scalar().toBool() ? 1 : 0;
    }
    return m_additions == 1;
}

bool KnowledgeStore::pgvector()
{
    if (m_pgvector < 0) {
        const QueryResult r = m_conn.exec(
            QStringLiteral("select format_type(a.atttypid, a.atttypmod) from pg_attribute a "
                           "where a.attrelid = to_regclass('public.document_embeddings') "
                           "and a.attname = 'embedding'"));
        if (!r.ok())
            return false;
        m_pgvector = r.scalar().toString().startsWith(QLatin1String("vector")) ? 1 : 0;
    }
    return m_pgvector == 1;
}

QList<DocumentRecord> KnowledgeStore::list(DbError* error, bool includeReplaced)
{
    const QueryResult r =
        run1({knowledgeQuery(hasAdditions() ? QStringLiteral("documents_list")
                                            : QStringLiteral("documents_list_plain")),
              {QVariant(), includeReplaced}});
    if (error)
        *error = r.error;
    QList<DocumentRecord> out;
    if (!r.ok())
        return out;
    out.reserve(r.rowCount());
    for (int i = 0; i < r.rowCount(); ++i)
        out.append(DocumentRecord::fromRow(r, i));
    return out;
}

DocumentRecord KnowledgeStore::find(const QString& id, DbError* error)
{
    const QueryResult r =
        run1({knowledgeQuery(hasAdditions() ? QStringLiteral("documents_list")
                                            : QStringLiteral("documents_list_plain")),
              {id, true}});
    if (error)
        *error = r.error;
    if (!r.ok() || r.rowCount() == 0)
        return {};
    return DocumentRecord::fromRow(r, 0);
}

QList<DocumentRecord> KnowledgeStore::findBySha256(const QString& ownerId, const QString& sha256,
                                                   DbError* error)
{
    QList<DocumentRecord> out;
    if (!hasAdditions())
        return out;
    const QueryResult r =
        run1({QStringLiteral("select i.document_id from limitless.document_ingest i "
                             "join documents d on d.id = i.document_id "
                             "where i.owner_id = $1 and i.sha256 = $2 and d.replaced_by_id is null "
                             "order by d.created_at, d.id"),
              {ownerId, sha256}});
    if (error)
        *error = r.error;
    if (!r.ok())
        return out;
    for (int i = 0; i < r.rowCount(); ++i) {
        DocumentRecord d = find(r.value(i, 0).toString(), error);
        if (!d.id.isEmpty())
            out.append(d);
    }
    return out;
}

DocumentRecord KnowledgeStore::findBySourcePath(const QString& ownerId, const QString& sourcePath,
                                                DbError* error)
{
    if (!hasAdditions())
        return {};
    const QueryResult r =
        run1({QStringLiteral("select i.document_id from limitless.document_ingest i "
                             "join documents d on d.id = i.document_id "
                             "where i.owner_id = $1 and i.source_path = $2 "
                             "and d.replaced_by_id is null "
                             "order by d.version desc, d.created_at desc limit 1"),
              {ownerId, sourcePath}});
    if (error)
        *error = r.error;
    if (!r.ok() || r.rowCount() == 0)
        return {};
    return find(r.scalar().toString(), error);
}

QString KnowledgeStore::create(const NewDocument& doc, DbError* error)
{
    if (!hasAdditions()) {
        if (error)
            *error = DbError::client(
                tr("This database does not have the dashboard's knowledge-base tables. Run "
                   "`limitless migrate` to add them; nothing was uploaded."));
        return {};
    }
    const QString id =
        doc.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : doc.id;
    const QList<QueryResult> results = run(
        {{QStringLiteral("insert into documents (id, filename, file_type, file_size, "
                         "storage_url, storage_bucket, owner_id, category, tags, "
                         "processing_status, version) values ($1, $2, $3, $4, $5, $6, $7, $8, "
                         "$9::jsonb, 'pending', $10)"),
          {id, doc.filename, doc.fileType, doc.fileSize, doc.storageUrl, doc.storageBucket,
           doc.ownerId, nullable(doc.category), QString::fromUtf8(tagsJson(doc.tags)),
           doc.version}},
         {QStringLiteral("insert into limitless.document_ingest (document_id, owner_id, sha256, "
                         "source_path, replaces_id, stage) values ($1, $2, $3, $4, $5, "
                         "'queued')"),
          {id, doc.ownerId, doc.sha256, nullable(doc.sourcePath), nullable(doc.replacesId)}}});
    const DbError e = firstError(results);
    if (error)
        *error = e;
    return e ? QString() : id;
}

QString KnowledgeStore::claimNext(const QString& ownerId, const QString& workerId, int leaseSeconds,
                                  int maxAttempts, DbError* error)
{
    const QList<QueryResult> results =
        run({{knowledgeQuery(QStringLiteral("document_give_up")), {ownerId, maxAttempts}},
             {knowledgeQuery(QStringLiteral("document_claim_next")),
              {ownerId, workerId, leaseSeconds, maxAttempts}}});
    const DbError e = firstError(results);
    if (error)
        *error = e;
    if (e || results.size() < 2 || results.at(1).rowCount() == 0)
        return {};
    return results.at(1).scalar().toString();
}

bool KnowledgeStore::claim(const QString& documentId, const QString& workerId, int leaseSeconds,
                           DbError* error)
{
    const QList<QueryResult> results = run(
        {{QStringLiteral("update limitless.document_ingest set lease_owner = $2, "
                         "lease_until = now() + make_interval(secs => $3), "
                         "attempts = attempts + 1, stage = 'extract', progress = 0, "
                         "updated_at = now() where document_id = $1 "
                         "and (lease_until is null or lease_until < now() or lease_owner = $2)"),
          {documentId, workerId, leaseSeconds}},
         {QStringLiteral("update documents set processing_status = 'processing' where id = $1 "
                         "and exists (select 1 from limitless.document_ingest "
                         "where document_id = $1 and lease_owner = $2)"),
          {documentId, workerId}}});
    const DbError e = firstError(results);
    if (error)
        *error = e;
    return !e && results.size() == 2 && results.at(1).affectedRows == 1;
}

DbError KnowledgeStore::setStage(const QString& documentId, const QString& workerId,
                                 const QString& stage, double progress, int leaseSeconds)
{
    return run1({QStringLiteral("update limitless.document_ingest set stage = $3, progress = $4, "
                                "lease_until = now() + make_interval(secs => $5), "
                                "updated_at = now() where document_id = $1 "
                                "and lease_owner = $2"),
                 {documentId, workerId, stage, progress, leaseSeconds}})
        .error;
}

DbError KnowledgeStore::store(const ProcessedDocument& p, const QString& workerId)
{
    if (p.embeddingDimensions != kDimensions)
        return DbError::client(
            tr("The embedding model %1 gives %2-dimensional vectors; the database column holds "
               "%3. Nothing was stored.")
                .arg(p.embeddingModel)
                .arg(p.embeddingDimensions)
                .arg(kDimensions));
    if (p.vectors.size() != p.chunks.size())
        return DbError::client(tr("%1 chunks but %2 vectors: nothing was stored.")
                                   .arg(p.chunks.size())
                                   .arg(p.vectors.size()));
    for (const QVector<float>& v : p.vectors)
        if (v.size() != kDimensions)
            return DbError::client(
                tr("A vector has %1 dimensions; the database column holds %2. Nothing was "
                   "stored.")
                    .arg(v.size())
                    .arg(kDimensions));

    // What changed against the version this one replaces (the watched folder's report).
    DbError e;
    const DocumentRecord self = find(p.documentId, &e);
    if (e)
        return e;
    if (self.id.isEmpty())
        return DbError::client(tr("The document was deleted while it was being processed."));
    int added = -1;
    int removed = -1;
    if (!self.replacesId.isEmpty()) {
        const QList<Chunk> old = chunks(self.replacesId, &e);
        if (!e) {
            QSet<QString> before;
            QSet<QString> after;
            for (const Chunk& c : old)
                before.insert(c.text);
            for (const Chunk& c : p.chunks)
                after.insert(c.text);
            added = int((after - before).size());
            removed = int((before - after).size());
        }
    }

    // A hundred chunks per statement: fewer round trips and statements to plan, and the text
    // index's trigger (once per statement) indexes them together. The statement text holds
    // placeholders only; every value is a parameter, the embeddings in binary.
    const bool vec = pgvector();
    const QString type = vec ? QStringLiteral("vector") : QStringLiteral("real[]");
    constexpr int kRowsPerStatement = 100;
    QList<Statement> statements;
    statements.reserve(p.chunks.size() / kRowsPerStatement + 6);
    statements.append(Statement(
        QStringLiteral("delete from document_embeddings where document_id = $1"), {p.documentId}));
    for (qsizetype from = 0; from < p.chunks.size(); from += kRowsPerStatement) {
        const qsizetype to = std::min<qsizetype>(from + kRowsPerStatement, p.chunks.size());
        QString sql = knowledgeQuery(QStringLiteral("chunk_insert"));
        QStringList rows;
        QVariantList params{p.documentId};
        for (qsizetype i = from; i < to; ++i) {
            const Chunk& c = p.chunks.at(i);
            QJsonObject meta;
            if (c.page > 0)
                meta.insert(QStringLiteral("page"), c.page);
            if (!c.section.isEmpty())
                meta.insert(QStringLiteral("section"), c.section);
            meta.insert(QStringLiteral("start_char"), qint64(c.start));
            meta.insert(QStringLiteral("end_char"), qint64(c.end));
            if (c.ocr)
                meta.insert(QStringLiteral("ocr"), true);
            meta.insert(QStringLiteral("tokens"), c.tokens);
            const db::Vector v{p.vectors.at(i)};
            const int n = int(params.size());
            rows << QStringLiteral("($1, $%1, $%2, $%3::jsonb, $%4::%5)")
                        .arg(n + 1)
                        .arg(n + 2)
                        .arg(n + 3)
                        .arg(n + 4)
                        .arg(type);
            params << c.index << c.text
                   << QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact))
                   << (vec ? v.toVectorBinary() : v.toFloat4ArrayBinary());
        }
        sql.replace(QLatin1String("@ROWS@"), rows.join(QLatin1String(",\n")));
        statements.append(Statement(sql, params));
    }
    statements.append(
        {QStringLiteral("update documents set processing_status = 'completed', "
                        "embeddings_created = true, total_chunks = $2, processed_at = now() "
                        "where id = $1"),
         {p.documentId, qint64(p.chunks.size())}});
    statements.append(
        {QStringLiteral(
             "update limitless.document_ingest set stage = 'done', progress = 1, "
             "lease_owner = null, lease_until = null, error_code = null, last_error = null, "
             "embedding_model = $2, embedding_dimensions = $3, chunk_target_tokens = $4, "
             "chunk_overlap_tokens = $5, extracted_text = $6, extraction_notes = $7::jsonb, "
             "ocr_pages = $8, chunks_added = $9, chunks_removed = $10, updated_at = now() "
             "where document_id = $1 and lease_owner = $11"),
         {p.documentId, p.embeddingModel, p.embeddingDimensions, p.settings.targetTokens,
          p.settings.overlapTokens, p.extracted.text,
          QString::fromUtf8(tagsJson(p.extracted.notes)), p.extracted.ocrPages,
          added >= 0 ? QVariant(added) : QVariant(), removed >= 0 ? QVariant(removed) : QVariant(),
          workerId}});
    // The new version retires the old one only now that its chunks are there: a search never
    // finds neither.
    statements.append(Statement(QStringLiteral("update documents set replaced_by_id = $1 "
                                               "where id = (select replaces_id from "
                                               "limitless.document_ingest where document_id = $1) "
                                               "and replaced_by_id is null"),
                                {p.documentId}));
    const QList<QueryResult> results = run(statements);
    e = firstError(results);
    if (e)
        return e;
    // The lease was lost to another worker (this one stalled past it): its work is void.
    if (results.at(results.size() - 2).affectedRows != 1)
        return DbError::client(tr("Another worker took this document over; this result was "
                                  "discarded."));
    return {};
}

DbError KnowledgeStore::fail(const QString& documentId, const QString& code, const QString& message,
                             bool retry, int maxAttempts)
{
    const QList<QueryResult> results = run(
        {{QStringLiteral("update limitless.document_ingest set "
                         "stage = case when $4 and attempts < $5 then 'queued' else 'failed' end, "
                         "error_code = $2, last_error = $3, lease_owner = null, "
                         "lease_until = null, updated_at = now() where document_id = $1"),
          {documentId, code, message, retry, maxAttempts}},
         {QStringLiteral("update documents set processing_status = case when $2 and "
                         "(select attempts from limitless.document_ingest where document_id = $1) "
                         "< $3 then 'pending' else 'failed' end where id = $1"),
          {documentId, retry, maxAttempts}}});
    return firstError(results);
}

DbError KnowledgeStore::release(const QString& documentId, const QString& workerId, bool cancelled)
{
    const QList<QueryResult> results = run(
        {{QStringLiteral("update limitless.document_ingest set lease_owner = null, "
                         "lease_until = null, progress = 0, "
                         "stage = case when $3 then 'failed' else 'queued' end, "
                         "error_code = case when $3 then 'cancelled' else error_code end, "
                         "last_error = case when $3 then 'Cancelled by the owner.' "
                         "else last_error end, "
                         "attempts = greatest(attempts - 1, 0), updated_at = now() "
                         "where document_id = $1 and lease_owner = $2"),
          {documentId, workerId, cancelled}},
         {QStringLiteral("update documents set processing_status = case when $2 then 'failed' "
                         "else 'pending' end where id = $1 and processing_status = 'processing'"),
          {documentId, cancelled}}});
    return firstError(results);
}

QList<DocumentRecord> KnowledgeStore::remove(const QStringList& ids, DbError* error)
{
    QList<DocumentRecord> found;
    for (const QString& id : ids) {
        DocumentRecord d = find(id, error);
        if (error && *error)
            return {};
        if (!d.id.isEmpty())
            found.append(d);
    }
    if (found.isEmpty())
        return found;
    QStringList foundIds;
    for (const DocumentRecord& d : found)
        foundIds << d.id;
    // A deleted version's successor or predecessor keeps working: links to it are cleared.
    const QList<QueryResult> results =
        run({{QStringLiteral("update documents set replaced_by_id = null "
                             "where replaced_by_id = any($1::text[])"),
              {foundIds}},
             {QStringLiteral("delete from documents where id = any($1::text[])"), {foundIds}}});
    const DbError e = firstError(results);
    if (error)
        *error = e;
    return e ? QList<DocumentRecord>() : found;
}

DbError KnowledgeStore::setCategoryAndTags(const QString& id, const QString& category,
                                           const QStringList& tags)
{
    if (!category.isEmpty() && !documentCategories().contains(category))
        return DbError::client(tr("“%1” is not a category; use one of: %2.")
                                   .arg(category, documentCategories().join(QLatin1String(", "))));
    const QueryResult r =
        run1({QStringLiteral("update documents set category = $2, tags = $3::jsonb where id = $1"),
              {id, nullable(category), QString::fromUtf8(tagsJson(tags))}});
    if (r.ok() && r.affectedRows == 0)
        return DbError::client(tr("There is no document %1.").arg(id));
    return r.error;
}

DbError KnowledgeStore::requeue(const QStringList& ids)
{
    return firstError(
        run({{QStringLiteral("update limitless.document_ingest set attempts = 0, stage = 'queued', "
                             "progress = 0, error_code = null, last_error = null, "
                             "lease_owner = null, lease_until = null, updated_at = now() "
                             "where document_id = any($1::text[])"),
              {ids}},
             {QStringLiteral("update documents set processing_status = 'pending' "
                             "where id = any($1::text[]) and id in "
                             "(select document_id from limitless.document_ingest)"),
              {ids}}}));
}

QList<Chunk> KnowledgeStore::chunks(const QString& documentId, DbError* error)
{
    const QueryResult r = run1(
        {QStringLiteral("select chunk_index, chunk_text, chunk_metadata from document_embeddings "
                        "where document_id = $1 order by chunk_index"),
         {documentId}});
    if (error)
        *error = r.error;
    QList<Chunk> out;
    if (!r.ok())
        return out;
    out.reserve(r.rowCount());
    for (int i = 0; i < r.rowCount(); ++i) {
        Chunk c;
        c.index = r.value(i, 0).toInt();
        c.text = r.value(i, 1).toString();
        const QJsonObject m = r.value(i, 2).toJsonValue().toObject();
        c.page = m.value(QStringLiteral("page")).toInt(-1);
        c.section = m.value(QStringLiteral("section")).toString();
        c.start = m.value(QStringLiteral("start_char")).toInteger(-1);
        c.end = m.value(QStringLiteral("end_char")).toInteger(-1);
        c.ocr = m.value(QStringLiteral("ocr")).toBool();
        c.tokens = m.value(QStringLiteral("tokens")).toInt();
        out.append(c);
    }
    return out;
}

QString KnowledgeStore::extractedText(const QString& documentId, DbError* error)
{
    if (!hasAdditions())
        return {};
    const QueryResult r = run1({QStringLiteral("select extracted_text from "
                                               "limitless.document_ingest where document_id = $1"),
                                {documentId}});
    if (error)
        *error = r.error;
    return r.ok() ? r.scalar().toString() : QString();
}

QStringList KnowledgeStore::embeddingModels(DbError* error)
{
    const QString sql =
        hasAdditions()
            ? QStringLiteral("select distinct coalesce(i.embedding_model, '') from documents d "
                             "left join limitless.document_ingest i on i.document_id = d.id "
                             "where d.processing_status = 'completed' "
                             "and d.replaced_by_id is null and d.total_chunks > 0 order by 1")
            : QStringLiteral("select distinct ''::text from documents d "
                             "where d.processing_status = 'completed' "
                             "and d.replaced_by_id is null and d.total_chunks > 0");
    const QueryResult r = run1({sql});
    if (error)
        *error = r.error;
    QStringList out;
    for (int i = 0; r.ok() && i < r.rowCount(); ++i)
        out << r.value(i, 0).toString();
    return out;
}

} // namespace limitless::knowledge
