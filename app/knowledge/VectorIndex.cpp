#include "knowledge/VectorIndex.h"

namespace limitless::knowledge {

// Built twice: for any x86-64 and for CPUs with AVX2 and FMA (every desktop since 2013); the
// loader picks one at start-up. Elsewhere (ARM) the plain build is the only one.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("default", "arch=haswell")))
#endif
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

void VectorIndex::insertHit(QList<Hit>& best, const Hit& h, int n) const
{
    auto before = [this](const Hit& a, const Hit& b) {
        if (a.similarity != b.similarity)
            return a.similarity > b.similarity;
        return m_chunkIds[size_t(a.row)] < m_chunkIds[size_t(b.row)];
    };
    if (best.size() == n && !before(h, best.last()))
        return;
    best.insert(std::upper_bound(best.begin(), best.end(), h, before), h);
    if (best.size() > n)
        best.removeLast();
}

QList<VectorIndex::Hit> VectorIndex::scan(const QVector<float>& query, int n,
                                          const std::vector<char>& allowed, qsizetype from,
                                          qsizetype to) const
{
    QList<Hit> best;
    best.reserve(n + 1);
    float worst = -2.0f;
    for (qsizetype r = from; r < to; ++r) {
        if (!allowed[size_t(r)])
            continue;
        const float s = dot(query.constData(), m_data.data() + r * m_dim);
        if (best.size() == n && s < worst)
            continue;
        insertHit(best, Hit{int(r), s}, n);
        if (best.size() == n)
            worst = best.last().similarity;
    }
    return best;
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
