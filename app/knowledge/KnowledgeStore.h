#pragma once

#include "db/DbError.h"
#include "db/QueryResult.h"
#include "db/Statement.h"
#include "knowledge/Chunk.h"
#include "knowledge/Extracted.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace limitless::db {
class PgConnection;
}

namespace limitless::knowledge {

// The categories the seed names for documents.category.
QStringList documentCategories();

// One document as the Documents page and `limitless documents` show it: the seed's row plus the
// dashboard's ingest state (empty where the additions are not installed).
struct DocumentRecord {
    QString id;
    QString filename;
    QString fileType;
    qint64 fileSize = 0;
    QString storageUrl;
    QString storageBucket;
    QString ownerId;
    QString category;
    QStringList tags;
    QString status; // pending | processing | completed | failed
    bool embeddingsCreated = false;
    int totalChunks = 0;
    int version = 1;
    QString replacedById;
    QDateTime createdAt;
    QDateTime processedAt;
    // ingest state
    bool hasIngest = false;
    QString sha256;
    QString stage; // queued | extract | chunk | embed | store | done | failed
    double progress = 0;
    int attempts = 0;
    QString errorCode;
    QString lastError;
    QString embeddingModel;
    QString sourcePath;
    QString replacesId;
    QStringList notes;
    int ocrPages = 0;
    int chunksAdded = -1;
    int chunksRemoved = -1;
    QDateTime leaseUntil;

    bool isCurrent() const { return replacedById.isEmpty(); }
    static DocumentRecord fromRow(const db::QueryResult& r, int row);
};

// A new row for an uploaded file, before processing.
struct NewDocument {
    QString id; // chosen by the caller (the stored file's name contains it); empty = new uuid
    QString ownerId;
    QString filename;
    QString fileType; // pdf | docx | txt | md
    qint64 fileSize = 0;
    QString storageUrl;
    QString storageBucket;
    QString category; // empty = none
    QStringList tags;
    QString sha256;
    QString sourcePath;
    QString replacesId; // the document this one is a new version of
    int version = 1;
};

// What processing a document produced, stored in one transaction.
struct ProcessedDocument {
    QString documentId;
    ExtractedText extracted;
    QList<Chunk> chunks;
    QList<QVector<float>> vectors;
    QString embeddingModel;
    int embeddingDimensions = 0;
    ChunkSettings settings;
};

// The database side of the knowledge base: the seed's documents and document_embeddings plus
// the dashboard's ingest state (limitless.document_ingest). Blocking; one connection, one
// thread. With claims every call runs under the signed-in owner's row-level security.
class KnowledgeStore {
    Q_DECLARE_TR_FUNCTIONS(KnowledgeStore)

public:
    KnowledgeStore(db::PgConnection& connection, QByteArray claims = {});

    // Whether the database has the dashboard's knowledge-base additions (ingest state).
    bool hasAdditions();
    // Whether document_embeddings.embedding is pgvector's vector (else real[]).
    bool pgvector();

    QList<DocumentRecord> list(db::DbError* error, bool includeReplaced = true);
    DocumentRecord find(const QString& id, db::DbError* error);
    // Current documents of this owner with the same content.
    QList<DocumentRecord> findBySha256(const QString& ownerId, const QString& sha256,
                                       db::DbError* error);
    // The current (not replaced) document that came from `sourcePath` (the watched folder).
    DocumentRecord findBySourcePath(const QString& ownerId, const QString& sourcePath,
                                    db::DbError* error);

    // Inserts the documents row (status pending) and its ingest row in one transaction.
    QString create(const NewDocument& doc, db::DbError* error);

    // Takes the next document that needs processing: pending, or processing with an expired
    // lease (its worker died). Documents that used up `maxAttempts` are marked failed with
    // their last reason first. Returns an empty id when there is nothing to do.
    QString claimNext(const QString& ownerId, const QString& workerId, int leaseSeconds,
                      int maxAttempts, db::DbError* error);
    // Claims one named document (re-processing, the CLI).
    bool claim(const QString& documentId, const QString& workerId, int leaseSeconds,
               db::DbError* error);
    // Progress of a claimed document; also extends the lease.
    db::DbError setStage(const QString& documentId, const QString& workerId, const QString& stage,
                         double progress, int leaseSeconds);
    // Stores chunks and vectors, completes the document and retires the one it replaces: all
    // or nothing. Fails (and changes nothing) when a vector's dimension differs from the
    // column's or the document was deleted meanwhile.
    db::DbError store(const ProcessedDocument& processed, const QString& workerId);
    // Marks a document failed with its reason. `retry` puts it back to pending (a transient
    // problem such as a rate limit) unless it used up its attempts.
    db::DbError fail(const QString& documentId, const QString& code, const QString& message,
                     bool retry, int maxAttempts);
    // Releases a claimed document back to pending (cancelled by the owner).
    db::DbError release(const QString& documentId, const QString& workerId, bool cancelled);

    // Deletes documents (their chunks go with them: the seed's cascade). Returns the deleted
    // rows so that the caller can remove the stored files.
    QList<DocumentRecord> remove(const QStringList& ids, db::DbError* error);
    db::DbError setCategoryAndTags(const QString& id, const QString& category,
                                   const QStringList& tags);
    // Puts documents back to pending for processing again (new chunk settings or model).
    db::DbError requeue(const QStringList& ids);

    // The chunks of a document in order.
    QList<Chunk> chunks(const QString& documentId, db::DbError* error);
    QString extractedText(const QString& documentId, db::DbError* error);

    // The embedding models of the current, completed documents (empty string = unknown).
    QStringList embeddingModels(db::DbError* error);

    // The column's dimension (1536 in the seed).
    static constexpr int kDimensions = 1536;

private:
    QList<db::QueryResult> run(const QList<db::Statement>& statements);
    db::QueryResult run1(const db::Statement& statement);

    db::PgConnection& m_conn;
    QByteArray m_claims;
    int m_additions = -1;
    int m_pgvector = -1;
};

QString knowledgeQuery(const QString& name);

} // namespace limitless::knowledge

Q_DECLARE_METATYPE(limitless::knowledge::DocumentRecord)
