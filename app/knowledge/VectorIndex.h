#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

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
    QList<Hit> best; // sorted, at most n
    if (n <= 0 || query.size() != m_dim)
        return best;
    best.reserve(n + 1);
    const qsizetype rows = qsizetype(m_chunkIds.size());
    QString lastDoc;
    bool lastAccepted = false;
    for (qsizetype r = 0; r < rows; ++r) {
        if (!m_live[size_t(r)])
            continue;
        const QString& doc = m_documentOfRow[size_t(r)];
        if (doc != lastDoc) {
            lastDoc = doc;
            lastAccepted = accept(doc);
        }
        if (!lastAccepted)
            continue;
        const float s = dot(query.constData(), m_data.data() + r * m_dim);
        if (best.size() == n) {
            const Hit& worst = best.last();
            if (s < worst.similarity ||
                (s == worst.similarity && m_chunkIds[size_t(r)] > m_chunkIds[size_t(worst.row)]))
                continue;
        }
        Hit h{int(r), s};
        auto it = std::upper_bound(best.begin(), best.end(), h, [this](const Hit& a, const Hit& b) {
            if (a.similarity != b.similarity)
                return a.similarity > b.similarity;
            return m_chunkIds[size_t(a.row)] < m_chunkIds[size_t(b.row)];
        });
        best.insert(it, h);
        if (best.size() > n)
            best.removeLast();
    }
    return best;
}

} // namespace limitless::knowledge
