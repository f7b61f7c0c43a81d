#include "knowledge/VectorIndex.h"

namespace limitless::knowledge {

float VectorIndex::dot(const float* a, const float* b) const
{
    // Four accumulators let the compiler vectorise without -ffast-math.
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int i = 0;
    for (; i + 4 <= m_dim; i += 4) {
        s0 += a[i] * b[i];
        s1 += a[i + 1] * b[i + 1];
        s2 += a[i + 2] * b[i + 2];
        s3 += a[i + 3] * b[i + 3];
    }
    for (; i < m_dim; ++i)
        s0 += a[i] * b[i];
    return (s0 + s1) + (s2 + s3);
}

void VectorIndex::removeDocument(const QString& documentId)
{
    if (!m_documents.remove(documentId))
        return;
    for (size_t r = 0; r < m_chunkIds.size(); ++r)
        if (m_live[r] && m_documentOfRow[r] == documentId) {
            m_live[r] = 0;
            ++m_dead;
        }
    if (m_dead > qsizetype(m_chunkIds.size()) / 4)
        compact();
}

void VectorIndex::setDocument(const QString& documentId, const QString& version,
                              const QList<QString>& chunkIds, const QList<QVector<float>>& vectors)
{
    removeDocument(documentId);
    m_documents.insert(documentId, version);
    const qsizetype n = std::min(chunkIds.size(), vectors.size());
    m_data.reserve(m_data.size() + size_t(n * m_dim));
    for (qsizetype i = 0; i < n; ++i) {
        const QVector<float>& v = vectors.at(i);
        if (v.size() != m_dim)
            continue;
        m_data.insert(m_data.end(), v.constBegin(), v.constEnd());
        m_chunkIds.push_back(chunkIds.at(i));
        m_documentOfRow.push_back(documentId);
        m_live.push_back(1);
    }
}

bool VectorIndex::hasDocument(const QString& documentId, const QString& version) const
{
    const auto it = m_documents.constFind(documentId);
    return it != m_documents.constEnd() && it.value() == version;
}

void VectorIndex::compact()
{
    std::vector<float> data;
    std::vector<QString> ids;
    std::vector<QString> docs;
    std::vector<char> live;
    const size_t live_rows = m_chunkIds.size() - size_t(m_dead);
    data.reserve(live_rows * size_t(m_dim));
    for (size_t r = 0; r < m_chunkIds.size(); ++r) {
        if (!m_live[r])
            continue;
        data.insert(data.end(), m_data.begin() + qsizetype(r) * m_dim,
                    m_data.begin() + qsizetype(r + 1) * m_dim);
        ids.push_back(m_chunkIds[r]);
        docs.push_back(m_documentOfRow[r]);
        live.push_back(1);
    }
    m_data.swap(data);
    m_chunkIds.swap(ids);
    m_documentOfRow.swap(docs);
    m_live.swap(live);
    m_dead = 0;
}

} // namespace limitless::knowledge
