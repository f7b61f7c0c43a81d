#include "knowledge/Ingest.h"

#include "db/PgConnection.h"
#include "knowledge/BlobStore.h"
#include "knowledge/Chunker.h"
#include "knowledge/Embedder.h"
#include "knowledge/Extractor.h"
#include "knowledge/FileSniffer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QUuid>

namespace limitless::knowledge {

using db::DbError;

QString stageName(IngestStage s)
{
    switch (s) {
    case IngestStage::Upload:
        return QStringLiteral("upload");
    case IngestStage::Extract:
        return QStringLiteral("extract");
    case IngestStage::Chunk:
        return QStringLiteral("chunk");
    case IngestStage::Embed:
        return QStringLiteral("embed");
    case IngestStage::Store:
        return QStringLiteral("store");
    case IngestStage::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString stageLabel(IngestStage s)
{
    switch (s) {
    case IngestStage::Upload:
        return Ingestor::tr("Uploading");
    case IngestStage::Extract:
        return Ingestor::tr("Extracting text");
    case IngestStage::Chunk:
        return Ingestor::tr("Chunking");
    case IngestStage::Embed:
        return Ingestor::tr("Embedding");
    case IngestStage::Store:
        return Ingestor::tr("Storing");
    case IngestStage::Done:
        return Ingestor::tr("Done");
    }
    return {};
}

Ingestor::Ingestor(db::PgConnection& connection, QByteArray claims, BlobStore& storage,
                   Embedder& embedder, QString ownerId, IngestSettings settings)
    : m_conn(connection), m_store(connection, std::move(claims)), m_storage(storage),
      m_embedder(embedder), m_ownerId(std::move(ownerId)), m_settings(settings),
      m_workerId(QSysInfo::machineHostName() + QLatin1Char('/') +
                 QString::number(QCoreApplication::applicationPid()) + QLatin1Char('/') +
                 QUuid::createUuid().toString(QUuid::WithoutBraces).left(8))
{
}

void Ingestor::stage(const QString& id, IngestStage s, double fraction)
{
    if (m_onStage)
        m_onStage(id, s, fraction);
}

QString Ingestor::sha256OfFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return {};
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f)) {
        if (error)
            *error = f.errorString();
        return {};
    }
    return QString::fromLatin1(h.result().toHex());
}

UploadOutcome Ingestor::upload(const UploadRequest& req, const std::atomic_bool* cancel)
{
    UploadOutcome out;
    out.path = req.path;
    const QFileInfo info(req.path);
    if (!req.category.isEmpty() && !documentCategories().contains(req.category)) {
        out.status = UploadOutcome::Status::Refused;
        out.code = QStringLiteral("category");
        out.message = tr("“%1” is not a category; use one of: %2.")
                          .arg(req.category, documentCategories().join(QLatin1String(", ")));
        return out;
    }
    // Content and name must agree before anything is stored.
    ExtractError sniffError;
    const FileKind kind = FileSniffer::sniff(req.path, &sniffError, m_settings.maxBytes).kind;
    if (sniffError) {
        out.status = UploadOutcome::Status::Refused;
        out.code = sniffError.code();
        out.message = sniffError.message;
        return out;
    }
    QString ioError;
    const QString sha = sha256OfFile(req.path, &ioError);
    if (sha.isEmpty()) {
        out.status = UploadOutcome::Status::Failed;
        out.code = QStringLiteral("io");
        out.message = tr("Cannot read %1: %2").arg(info.fileName(), ioError);
        return out;
    }
    if (!m_store.hasAdditions()) {
        out.status = UploadOutcome::Status::Failed;
        out.code = QStringLiteral("additions");
        out.message = tr("This database does not have the dashboard's knowledge-base tables. "
                         "Run `limitless migrate` to add them; nothing was uploaded.");
        return out;
    }

    NewDocument doc;
    doc.ownerId = m_ownerId;
    doc.filename = info.fileName();
    doc.fileType = fileTypeName(kind);
    doc.fileSize = info.size();
    doc.category = req.category;
    doc.tags = req.tags;
    doc.sha256 = sha;
    doc.sourcePath = req.sourcePath;

    DbError e;
    if (!req.replacesId.isEmpty()) {
        const DocumentRecord old = m_store.find(req.replacesId, &e);
        if (e || old.id.isEmpty()) {
            out.status = UploadOutcome::Status::Failed;
            out.code = QStringLiteral("not_found");
            out.message = e ? e.userMessage() : tr("There is no document %1.").arg(req.replacesId);
            return out;
        }
        doc.replacesId = old.id;
        doc.version = old.version + 1;
        if (doc.category.isEmpty())
            doc.category = old.category;
        if (doc.tags.isEmpty())
            doc.tags = old.tags;
    } else {
        const QList<DocumentRecord> same = m_store.findBySha256(m_ownerId, sha, &e);
        if (e) {
            out.status = UploadOutcome::Status::Failed;
            out.code = QStringLiteral("database");
            out.message = e.userMessage();
            return out;
        }
        if (!same.isEmpty()) {
            switch (req.duplicates) {
            case DuplicatePolicy::Ask:
                out.status = UploadOutcome::Status::Duplicate;
                out.code = QStringLiteral("duplicate");
                out.duplicates = same;
                out.message = tr("%1 has the same content as %2 (version %3).")
                                  .arg(info.fileName(), same.first().filename)
                                  .arg(same.first().version);
                return out;
            case DuplicatePolicy::Skip:
                out.status = UploadOutcome::Status::Skipped;
                out.code = QStringLiteral("duplicate");
                out.documentId = same.first().id;
                out.message = tr("Skipped %1: the same content is already there as %2.")
                                  .arg(info.fileName(), same.first().filename);
                return out;
            case DuplicatePolicy::Replace:
                doc.replacesId = same.first().id;
                doc.version = same.first().version + 1;
                if (doc.category.isEmpty())
                    doc.category = same.first().category;
                if (doc.tags.isEmpty())
                    doc.tags = same.first().tags;
                break;
            case DuplicatePolicy::KeepBoth:
                break;
            }
        }
    }

    doc.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    stage(doc.id, IngestStage::Upload, 0);
    StoreError se;
    const QString contentType = kind == FileKind::Pdf    ? QStringLiteral("application/pdf")
                                : kind == FileKind::Docx ? QStringLiteral(
                                                               "application/vnd.openxmlformats-"
                                                               "officedocument.wordprocessingml."
                                                               "document")
                                : kind == FileKind::Markdown ? QStringLiteral("text/markdown")
                                                             : QStringLiteral("text/plain");
    const StoredObject stored = m_storage.put(
        req.path, QStringLiteral("documents/%1/%2").arg(doc.id, doc.filename), contentType, &se,
        cancel, [this, &doc](qint64 sent, qint64 total) {
            stage(doc.id, IngestStage::Upload, total > 0 ? double(sent) / double(total) : 0);
        });
    if (se) {
        out.status = UploadOutcome::Status::Failed;
        out.code = se.kind == StoreError::Kind::Cancelled ? QStringLiteral("cancelled")
                                                          : QStringLiteral("storage");
        out.message = se.message;
        return out;
    }
    doc.storageUrl = stored.url;
    doc.storageBucket = stored.bucket;
    const QString id = m_store.create(doc, &e);
    if (e) {
        m_storage.remove(stored); // nothing half-done is left behind
        out.status = UploadOutcome::Status::Failed;
        out.code = QStringLiteral("database");
        out.message = e.userMessage();
        return out;
    }
    stage(id, IngestStage::Upload, 1);
    out.status = UploadOutcome::Status::Queued;
    out.documentId = id;
    if (!doc.replacesId.isEmpty())
        out.message = tr("%1 is queued as version %2.").arg(doc.filename).arg(doc.version);
    else
        out.message = tr("%1 is queued.").arg(doc.filename);
    return out;
}

ProcessOutcome Ingestor::processNext(const std::atomic_bool* cancel)
{
    DbError e;
    const QString id = m_store.claimNext(m_ownerId, m_workerId, m_settings.leaseSeconds,
                                         m_settings.maxAttempts, &e);
    ProcessOutcome out;
    if (e) {
        out.code = QStringLiteral("database");
        out.message = e.userMessage();
        return out;
    }
    if (id.isEmpty()) {
        out.ok = true;
        return out;
    }
    return run(id, cancel, {});
}

ProcessOutcome Ingestor::process(const QString& documentId, const std::atomic_bool* cancel,
                                 const QString& pdfPassword)
{
    ProcessOutcome out;
    out.documentId = documentId;
    DbError e;
    if (!m_store.claim(documentId, m_workerId, m_settings.leaseSeconds, &e)) {
        out.code = e ? QStringLiteral("database") : QStringLiteral("busy");
        out.message = e ? e.userMessage()
                        : tr("Another worker is processing this document right now.");
        return out;
    }
    return run(documentId, cancel, pdfPassword);
}

ProcessOutcome Ingestor::run(const QString& id, const std::atomic_bool* cancel,
                             const QString& pdfPassword)
{
    ProcessOutcome out;
    out.documentId = id;
    auto failWith = [&](const QString& code, const QString& message, bool retry) {
        out.ok = false;
        out.code = code;
        out.message = message;
        const DbError e = m_store.fail(id, code, message, retry, m_settings.maxAttempts);
        out.retried = retry && !e;
        return out;
    };
    auto cancelled = [&]() { return cancel && cancel->load(); };
    auto onCancel = [&]() {
        m_store.release(id, m_workerId, true);
        out.ok = false;
        out.code = QStringLiteral("cancelled");
        out.message = tr("Cancelled.");
        return out;
    };

    DbError e;
    const DocumentRecord doc = m_store.find(id, &e);
    if (e)
        return failWith(QStringLiteral("database"), e.userMessage(), true);
    if (doc.id.isEmpty()) {
        out.code = QStringLiteral("not_found");
        out.message = tr("The document was deleted.");
        return out;
    }

    // The stored original, wherever it is kept.
    QTemporaryDir tmp;
    const QString local = tmp.filePath(doc.filename.isEmpty() ? QStringLiteral("document")
                                                              : QFileInfo(doc.filename).fileName());
    const StoreError fe = m_storage.fetch(StoredObject{doc.storageUrl, doc.storageBucket}, local);
    if (fe) {
        const bool transient = fe.kind == StoreError::Kind::Network ||
                               fe.kind == StoreError::Kind::RateLimited ||
                               fe.kind == StoreError::Kind::Server;
        return failWith(QStringLiteral("storage"),
                        tr("Cannot read the stored file: %1").arg(fe.message), transient);
    }

    stage(id, IngestStage::Extract, 0);
    m_store.setStage(id, m_workerId, stageName(IngestStage::Extract), 0, m_settings.leaseSeconds);
    ExtractOptions xo;
    xo.maxBytes = m_settings.maxBytes;
    xo.pdfPassword = pdfPassword;
    xo.cancel = cancel;
    xo.progress = [&](int done, int total) {
        stage(id, IngestStage::Extract, total > 0 ? double(done) / total : 0);
        // Long extractions (OCR) keep their lease.
        m_store.setStage(id, m_workerId, stageName(IngestStage::Extract),
                         total > 0 ? double(done) / total : 0, m_settings.leaseSeconds);
    };
    ExtractError xe;
    const ExtractedText text = extract(local, xo, &xe);
    if (cancelled() || xe.kind == ExtractError::Kind::Cancelled)
        return onCancel();
    if (xe)
        return failWith(xe.code(), xe.message, xe.kind == ExtractError::Kind::Io);

    stage(id, IngestStage::Chunk, 0);
    m_store.setStage(id, m_workerId, stageName(IngestStage::Chunk), 0, m_settings.leaseSeconds);
    const QList<Chunk> chunks = Chunker::chunk(text, m_settings.chunk);
    if (chunks.isEmpty())
        return failWith(QStringLiteral("empty"),
                        tr("%1 contains no text to learn from.").arg(doc.filename), false);

    stage(id, IngestStage::Embed, 0);
    m_store.setStage(id, m_workerId, stageName(IngestStage::Embed), 0, m_settings.leaseSeconds);
    QStringList texts;
    texts.reserve(chunks.size());
    for (const Chunk& c : chunks)
        texts << c.text;
    EmbedError ee;
    const QList<QVector<float>> vectors =
        m_embedder.embed(texts, &ee, cancel, [&](int done, int total) {
            const double f = total > 0 ? double(done) / total : 0;
            stage(id, IngestStage::Embed, f);
            m_store.setStage(id, m_workerId, stageName(IngestStage::Embed), f,
                             m_settings.leaseSeconds);
        });
    if (cancelled() || ee.kind == EmbedError::Kind::Cancelled)
        return onCancel();
    if (ee) {
        const bool transient = ee.kind == EmbedError::Kind::Network ||
                               ee.kind == EmbedError::Kind::RateLimited ||
                               ee.kind == EmbedError::Kind::Server;
        return failWith(QStringLiteral("embeddings"), ee.message, transient);
    }
    if (m_embedder.dimensions() != KnowledgeStore::kDimensions)
        return failWith(QStringLiteral("dimension"),
                        tr("The embedding model %1 gives %2-dimensional vectors; the database "
                           "column holds %3.")
                            .arg(m_embedder.model())
                            .arg(m_embedder.dimensions())
                            .arg(KnowledgeStore::kDimensions),
                        false);

    stage(id, IngestStage::Store, 0);
    m_store.setStage(id, m_workerId, stageName(IngestStage::Store), 0, m_settings.leaseSeconds);
    ProcessedDocument p;
    p.documentId = id;
    p.extracted = text;
    p.chunks = chunks;
    p.vectors = vectors;
    p.embeddingModel = m_embedder.model();
    p.embeddingDimensions = m_embedder.dimensions();
    p.settings = m_settings.chunk;
    if (const DbError se = m_store.store(p, m_workerId))
        return failWith(QStringLiteral("database"), se.userMessage(), se.isConnectionProblem());
    stage(id, IngestStage::Done, 1);
    out.ok = true;
    out.chunks = int(chunks.size());
    out.notes = text.notes;
    return out;
}

} // namespace limitless::knowledge
