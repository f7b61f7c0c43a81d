#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

#include <future>
#include <vector>

namespace limitless::knowledge {

// Exact cosine search in memory: the vector engine where the database has no pgvector. Vectors
// are L2-normalised, so cosine similarity is a dot product. Rows are kept per document so that
// a changed document is reloaded alone.
class VectorIndex {
public:
    struct Hit {
        int row = -1;
        float similarity = 0;
    };

    int dimensions() const { return m_dim; }
    void setDimensions(int d) { m_dim = d; }
    qsizetype size() const { return qsizetype(m_chunkIds.size()); }
    qsizetype documentCount() const { return m_documents.size(); }

    // Replaces the rows of `documentId` (an empty list removes the document).
    void setDocument(const QString& documentId, const QString& version,
                     const QList<QString>& chunkIds, const QList<QVector<float>>& vectors);
    void removeDocument(const QString& documentId);
    bool hasDocument(const QString& documentId, const QString& version) const;
    QStringList documentIds() const { return m_documents.keys(); }

    const QString& chunkId(int row) const { return m_chunkIds[size_t(row)]; }
    const QString& documentId(int row) const { return m_documentOfRow[size_t(row)]; }

    // The n most similar rows among those whose document `accept`s, best first; ties by chunk
    // id so that the order is the same on every run.
    template <typename Accept>
    QList<Hit> top(const QVector<float>& query, int n, Accept accept) const;
    QList<Hit> top(const QVector<float>& query, int n) const
    {
        return top(query, n, [](const QString&) { return true; });
    }

private:
    void compact();
    float dot(const float* a, const float* b) const;
    // The n best rows in [from, to) that `allowed` lets through, best first.
    QList<Hit> scan(const QVector<float>& query, int n, const std::vector<char>& allowed,
                    qsizetype from, qsizetype to) const;
    // Puts `h` into the sorted `best` (at most n): by similarity, ties by chunk id.
    void insertHit(QList<Hit>& best, const Hit& h, int n) const;

    int m_dim = 1536;
    // Row storage, contiguous for the scan.
    std::vector<float> m_data;
    std::vector<QString> m_chunkIds;
    std::vector<QString> m_documentOfRow;
    std::vector<char> m_live;
    QHash<QString, QString> m_documents; // id → version (processed_at)
    qsizetype m_dead = 0;
};

template <typename Accept>
QList<VectorIndex::Hit> VectorIndex::top(const QVector<float>& query, int n, Accept accept) const
{
    if (n <= 0 || query.size() != m_dim)
        return {};
    // Which rows the filter lets through, decided once per document (rows of a document are
    // contiguous).
    const qsizetype rows = qsizetype(m_chunkIds.size());
    std::vector<char> allowed(size_t(rows), 0);
    {
        const QString* lastDoc = nullptr;
        bool lastAccepted = false;
        for (qsizetype r = 0; r < rows; ++r) {
            if (!m_live[size_t(r)])
                continue;
            const QString& doc = m_documentOfRow[size_t(r)];
            if (!lastDoc || doc != *lastDoc) {
                lastDoc = &doc;
                lastAccepted = accept(doc);
            }
            allowed[size_t(r)] = lastAccepted ? 1 : 0;
        }
    }
    // The scan reads every vector once (300 MB at 50,000 chunks): memory-bound, so it is split
    // between two threads when there is enough to split.
    const qsizetype half = rows >= 8192 ? rows / 2 : rows;
    QList<Hit> second;
    auto other = std::async(half < rows ? std::launch::async : std::launch::deferred,
                            [&] { return scan(query, n, allowed, half, rows); });
    QList<Hit> best = scan(query, n, allowed, 0, half);
    second = other.get();
    for (const Hit& h : std::as_const(second))
        insertHit(best, h, n);
    return best;
}

} // namespace limitless::knowledge
