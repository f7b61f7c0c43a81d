#pragma once

#include "db/DbError.h"
#include "knowledge/Chunk.h"
#include "knowledge/KnowledgeStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace limitless::db {
class PgConnection;
}

namespace limitless::knowledge {

class BlobStore;
class Embedder;

// The steps a document goes through, as the Documents page shows them.
enum class IngestStage { Upload, Extract, Chunk, Embed, Store, Done };
QString stageName(IngestStage stage); // "upload", "extract", … (the database's words)
QString stageLabel(IngestStage stage); // translated, for the page

struct IngestSettings {
    qint64 maxBytes = 50LL * 1024 * 1024;
    ChunkSettings chunk;
    int leaseSeconds = 120; // a processing document whose worker is silent this long is free
    int maxAttempts = 3;    // then it stops with its reason
};

// What to do with a file whose content is already in the knowledge base.
enum class DuplicatePolicy { Ask, Replace, KeepBoth, Skip };

struct UploadRequest {
    QString path;
    QString category;
    QStringList tags;
    DuplicatePolicy duplicates = DuplicatePolicy::Ask;
    QString replacesId; // upload as a new version of this document
    QString sourcePath; // the watched folder's file this came from
};

struct UploadOutcome {
    enum class Status { Queued, Skipped, Duplicate, Refused, Failed };
    Status status = Status::Failed;
    QString path;
    QString documentId;
    QString code;    // refusal/failure code ("mismatch", "too_large", …)
    QString message; // translated
    QList<DocumentRecord> duplicates; // Duplicate: the documents with the same content
    bool ok() const { return status == Status::Queued || status == Status::Skipped; }
};

struct ProcessOutcome {
    bool ok = false;
    bool retried = false; // a transient failure: the document went back to the queue
    QString documentId;
    QString code;
    QString message;
    int chunks = 0;
    QStringList notes;
};

using StageCallback = std::function<void(const QString& documentId, IngestStage stage,
                                          double fraction)>;

// The knowledge base's pipeline for one owner: upload (check, hash, duplicates, store the
// file, queue the row), then process (extract → chunk → embed → store) documents from the
// queue. Blocking; one connection, one thread (the CLI, or the app's ingest thread).
class Ingestor {
    Q_DECLARE_TR_FUNCTIONS(Ingestor)

public:
    Ingestor(db::PgConnection& connection, QByteArray claims, BlobStore& storage,
             Embedder& embedder, QString ownerId, IngestSettings settings = {});

    // An id unique to this worker (leases name it).
    QString workerId() const { return m_workerId; }
    void setStageCallback(StageCallback cb) { m_onStage = std::move(cb); }

    UploadOutcome upload(const UploadRequest& request, const std::atomic_bool* cancel = nullptr);
    // Processes the next queued document, if any; empty documentId when there was none.
    ProcessOutcome processNext(const std::atomic_bool* cancel = nullptr);
    // Processes a named document now (claims it first). `pdfPassword` opens an encrypted PDF.
    ProcessOutcome process(const QString& documentId, const std::atomic_bool* cancel = nullptr,
                           const QString& pdfPassword = {});

    KnowledgeStore& store() { return m_store; }
    const IngestSettings& settings() const { return m_settings; }

    static QString sha256OfFile(const QString& path, QString* error);

private:
    ProcessOutcome run(const QString& documentId, const std::atomic_bool* cancel,
                       const QString& pdfPassword);
    void stage(const QString& id, IngestStage s, double fraction);

    db::PgConnection& m_conn;
    KnowledgeStore m_store;
    BlobStore& m_storage;
    Embedder& m_embedder;
    QString m_ownerId;
    IngestSettings m_settings;
    QString m_workerId;
    StageCallback m_onStage;
};

} // namespace limitless::knowledge
