#pragma once

#include "db/DbError.h"
#include "knowledge/VectorIndex.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

namespace limitless::db {
class PgConnection;
struct Statement;
struct QueryResult;
} // namespace limitless::db

namespace limitless::knowledge {

class Embedder;
class KnowledgeStore;

// Which vector engine answers: pgvector's HNSW index in the database, or exact cosine in the
// app (the database stores real[]). Auto picks pgvector where the column is a vector.
enum class VectorEngine { Auto, PgVector, InProcess };

struct SearchOptions {
    int k = 3;
    QStringList categories; // empty = all
    QStringList tags;       // a document with any of them; empty = all
    // Hits whose cosine similarity is below this are dropped unless the words matched.
    double minSimilarity = 0.0;
    bool hybrid = true;        // fuse with full-text search
    double vectorWeight = 1.0; // reciprocal rank fusion weights
    double textWeight = 1.0;
    int rrfK = 60;       // RRF's constant (Supabase's guide uses 50-60)
    int candidates = 30; // how deep each ranking is read before fusion
    // How many chunks matching the words are ranked at most, per stage of the full-text
    // search: it bounds the work when the words are common (exact below it).
    int textCandidates = 500;
    VectorEngine engine = VectorEngine::Auto;
};

// One retrieved chunk with the reasons it ranks where it does.
struct SearchHit {
    QString chunkId;
    QString documentId;
    QString filename;
    QString category;
    int chunkIndex = 0;
    QString text;
    int page = -1;
    QString section;
    qsizetype startChar = -1;
    qsizetype endChar = -1;
    double fusedScore = 0;
    int vectorRank = 0;                // 1-based; 0 = not among the vector candidates
    double similarity = 0;             // cosine similarity
    int textRank = 0;                  // 1-based; 0 = the words did not match
    double textScore = 0;              // ts_rank_cd
    QList<QPair<int, int>> highlights; // [start, end) in text: the question's matching words
};

struct SearchResult {
    QList<SearchHit> hits;
    QString engine; // "pgvector" | "in-process"
    QString embeddingModel;
    double embedMs = 0;
    double vectorMs = 0;
    double textMs = 0;
    double totalMs = 0;
    QStringList notes;
    db::DbError error;
    bool ok() const { return !error.isError(); }
};

// The knowledge base's one retrieval API: hybrid search (vector ranking fused with full-text
// ranking by reciprocal rank fusion) over completed, current documents. Blocking; one
// connection, one thread. The in-process engine keeps the vectors in memory between searches
// and reloads only documents that changed.
class Retriever {
    Q_DECLARE_TR_FUNCTIONS(Retriever)

public:
    Retriever(db::PgConnection& connection, Embedder& embedder, QByteArray claims = {});
    ~Retriever();

    SearchResult search(const QString& question, const SearchOptions& options = {});
    // The same with a ready query vector (benchmarks, tests).
    SearchResult searchVector(const QString& question, const QVector<float>& query,
                              const SearchOptions& options);

    // Loads (or refreshes) the in-process index; returns the number of chunks held.
    qsizetype syncIndex(db::DbError* error);
    // Loads the in-process index ahead of the first search when searches with the engine
    // Auto use it (no pgvector): the chunks held, 0 when pgvector serves the vectors (nothing
    // to load), -1 on an error.
    qsizetype warmUp(db::DbError* error);
    const VectorIndex& index() const { return m_index; }

    // Reciprocal rank fusion of two 1-based ranks (0 = absent), as used by search().
    static double fuse(int vectorRank, int textRank, const SearchOptions& options);
    // Splits a ts_headline result with the markers into text and highlight spans.
    static QString stripHighlights(const QString& marked, QList<QPair<int, int>>* spans);

private:
    QList<db::QueryResult> runRead(const QList<db::Statement>& statements);
    bool usePgVector(const SearchOptions& options);
    // The question's words as tsquery terms (stemmed, stop words left out, each once).
    QStringList textTerms(const QString& question, db::DbError* error);

    db::PgConnection& m_conn;
    Embedder& m_embedder;
    QByteArray m_claims;
    std::unique_ptr<KnowledgeStore> m_store;
    VectorIndex m_index;
    QHash<QString, QPair<QString, QStringList>> m_docFilters; // id → (category, tags)
};

} // namespace limitless::knowledge

Q_DECLARE_METATYPE(limitless::knowledge::SearchHit)
Q_DECLARE_METATYPE(limitless::knowledge::SearchResult)
