#include "knowledge/Retriever.h"

#include "db/Claims.h"
#include "db/PgConnection.h"
#include "db/PgValue.h"
#include "knowledge/Embedder.h"
#include "knowledge/KnowledgeStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace limitless::knowledge {

using db::DbError;
using db::firstError;
using db::QueryResult;
using db::Statement;

namespace {

// ts_headline's markers: characters that do not occur in extracted text (the extractors never
// produce C0 controls other than newline and tab).
const QChar kStart(0x0002);
const QChar kStop(0x0003);
const QString kHeadlineOptions =
    QStringLiteral("HighlightAll=true, StartSel=\"\x02\", StopSel=\"\x03\"");

// websearch_to_tsquery joins plain words with AND: a lead's question ("How much does the Pro
// plan cost?") would then match only chunks holding every word, "much" included. This is the
// question as "any of its words" (ts_rank_cd still ranks chunks with more of them higher); a
// question written in web-search syntax (quotes, -word, or) keeps its own meaning.
QString textQuery(const QString& question)
{
    static const QRegularExpression syntax(QStringLiteral("[\"]|(^|\\s)-\\w|\\bor\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (syntax.match(question).hasMatch())
        return question;
    return question.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)
        .join(QStringLiteral(" or "));
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QVariant arrayOrNull(const QStringList& list)
{
    return list.isEmpty() ? QVariant() : QVariant(list);
}

// "At least k of these terms" as a tsquery: the terms (tsquery texts as PostgreSQL prints
// them) k at a time, each group joined with & and the groups with |. Empty when that would
// take more than kMaxGroups groups.
QString atLeast(const QStringList& terms, int k)
{
    constexpr int kMaxGroups = 64;
    const int n = int(terms.size());
    if (k < 1 || k > n)
        return {};
    QStringList groups;
    std::vector<int> pick(static_cast<size_t>(k));
    for (int i = 0; i < k; ++i)
        pick[size_t(i)] = i;
    for (;;) {
        if (groups.size() >= kMaxGroups)
            return {};
        QStringList group;
        for (int i : pick)
            group << QLatin1Char('(') + terms.at(i) + QLatin1Char(')');
        groups << QLatin1Char('(') + group.join(QLatin1String(" & ")) + QLatin1Char(')');
        int i = k - 1;
        while (i >= 0 && pick[size_t(i)] == n - k + i)
            --i;
        if (i < 0)
            break;
        ++pick[size_t(i)];
        for (int j = i + 1; j < k; ++j)
            pick[size_t(j)] = pick[size_t(j - 1)] + 1;
    }
    return groups.join(QLatin1String(" | "));
}

} // namespace

Retriever::Retriever(db::PgConnection& connection, Embedder& embedder, QByteArray claims)
    : m_conn(connection), m_embedder(embedder), m_claims(std::move(claims)),
      m_store(std::make_unique<KnowledgeStore>(connection, m_claims))
{
    m_index.setDimensions(KnowledgeStore::kDimensions);
}

Retriever::~Retriever() = default;

double Retriever::fuse(int vectorRank, int textRank, const SearchOptions& o)
{
    double s = 0;
    if (vectorRank > 0)
        s += o.vectorWeight / double(o.rrfK + vectorRank);
    if (textRank > 0)
        s += o.textWeight / double(o.rrfK + textRank);
    return s;
}

QString Retriever::stripHighlights(const QString& marked, QList<QPair<int, int>>* spans)
{
    QString out;
    out.reserve(marked.size());
    int open = -1;
    for (const QChar c : marked) {
        if (c == kStart) {
            open = int(out.size());
        } else if (c == kStop) {
            if (open >= 0 && spans && int(out.size()) > open)
                spans->append({open, int(out.size())});
            open = -1;
        } else {
            out.append(c);
        }
    }
    return out;
}

QList<QueryResult> Retriever::runRead(const QList<Statement>& statements)
{
    return db::execWithClaims(m_conn, statements, m_claims);
}

QStringList Retriever::textTerms(const QString& question, DbError* error)
{
    const QStringList words =
        question.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    const QList<QueryResult> r =
        runRead({Statement(knowledgeQuery(QStringLiteral("text_search_terms")), {words})});
    if (const DbError e = firstError(r)) {
        *error = e;
        return {};
    }
    QStringList terms;
    for (int i = 0; i < r.first().rowCount(); ++i) {
        const QString term = r.first().value(i, 0).toString();
        if (!term.isEmpty() && !terms.contains(term)) // stop words give none
            terms << term;
    }
    return terms;
}

bool Retriever::usePgVector(const SearchOptions& options)
{
    switch (options.engine) {
    case VectorEngine::PgVector:
        return true;
    case VectorEngine::InProcess:
        return false;
    case VectorEngine::Auto:
        break;
    }
    return m_store->pgvector();
}

qsizetype Retriever::syncIndex(DbError* error)
{
    const QList<QueryResult> docs =
        runRead({Statement(knowledgeQuery(QStringLiteral("index_documents")))});
    if (const DbError e = firstError(docs)) {
        if (error)
            *error = e;
        return -1;
    }
    const QueryResult& d = docs.first();
    QSet<QString> current;
    QStringList stale;
    QHash<QString, QString> versions;
    m_docFilters.clear();
    for (int i = 0; i < d.rowCount(); ++i) {
        const QString id = d.value(i, 0).toString();
        const QString version = d.value(i, 1).toString();
        current.insert(id);
        versions.insert(id, version);
        QStringList tags;
        for (const QJsonValue& t : d.value(i, 3).toJsonValue().toArray())
            tags << t.toString();
        m_docFilters.insert(id, {d.value(i, 2).toString(), tags});
        if (!m_index.hasDocument(id, version))
            stale << id;
    }
    for (const QString& id : m_index.documentIds())
        if (!current.contains(id))
            m_index.removeDocument(id);
    // Load changed documents in slices so that one result never holds everything at once.
    constexpr int kSlice = 50;
    for (qsizetype at = 0; at < stale.size(); at += kSlice) {
        const QStringList slice = stale.mid(at, kSlice);
        const QueryResult r = db::execBinaryWithClaims(
            m_conn, Statement(knowledgeQuery(QStringLiteral("index_embeddings")), {slice}),
            m_claims);
        if (!r.ok()) {
            if (error)
                *error = r.error;
            return -1;
        }
        QHash<QString, QPair<QList<QString>, QList<QVector<float>>>> byDoc;
        for (int i = 0; i < r.rowCount(); ++i) {
            auto& entry = byDoc[r.value(i, 1).toString()];
            entry.first.append(r.value(i, 0).toString());
            entry.second.append(r.value(i, 2).value<QVector<float>>());
        }
        for (const QString& id : slice) {
            const auto entry = byDoc.value(id);
            m_index.setDocument(id, versions.value(id), entry.first, entry.second);
        }
    }
    return m_index.size();
}

qsizetype Retriever::warmUp(DbError* error)
{
    if (usePgVector(SearchOptions{}))
        return 0;
    return syncIndex(error);
}

SearchResult Retriever::search(const QString& question, const SearchOptions& options)
{
    SearchResult result;
    QElapsedTimer total;
    total.start();
    const QString q = question.trimmed();
    if (q.isEmpty()) {
        result.error = DbError::client(tr("Type a question to search for."));
        return result;
    }
    // A search compares the question's vector with the chunks' vectors: both must come from
    // the same model.
    DbError e;
    QStringList models = m_store->embeddingModels(&e);
    if (e) {
        result.error = e;
        return result;
    }
    models.removeAll(QString());
    if (models.size() > 1) {
        result.error = DbError::client(
            tr("The documents were embedded with different models (%1); a search cannot mix "
               "them. Re-process all documents with one model.")
                .arg(models.join(QLatin1String(", "))));
        return result;
    }
    if (models.size() == 1 && models.first() != m_embedder.model()) {
        result.error = DbError::client(
            tr("The documents were embedded with %1, but this profile embeds with %2. "
               "Re-process all documents, or switch the profile back to %1.")
                .arg(models.first(), m_embedder.model()));
        return result;
    }
    QElapsedTimer t;
    t.start();
    EmbedError ee;
    const QList<QVector<float>> vectors = m_embedder.embed({q}, &ee);
    result.embedMs = ms(t);
    if (ee || vectors.size() != 1) {
        result.error = DbError::client(ee ? ee.message : tr("The embedder returned nothing."));
        return result;
    }
    result = searchVector(q, vectors.first(), options);
    result.embedMs = ms(t) - result.totalMs;
    result.totalMs = ms(total);
    result.embeddingModel = m_embedder.model();
    return result;
}

SearchResult Retriever::searchVector(const QString& question, const QVector<float>& query,
                                     const SearchOptions& o)
{
    SearchResult result;
    QElapsedTimer total;
    total.start();
    const int depth = std::max(o.candidates, o.k);
    QHash<QString, int> vectorRank;
    QHash<QString, double> similarity;
    QHash<QString, int> textRank;
    QHash<QString, double> textScore;

    QElapsedTimer t;
    t.start();
    const bool pg = usePgVector(o);
    result.engine = pg ? QStringLiteral("pgvector") : QStringLiteral("in-process");
    if (pg) {
        // HNSW is approximate: read deeper than the candidates so that the top-k equals the
        // exact ranking on any realistic knowledge base.
        QList<Statement> st;
        st.append(Statement(QStringLiteral("select set_config('hnsw.ef_search', $1, true)"),
                            {QString::number(std::max(100, depth * 4))}));
        st.append(Statement(knowledgeQuery(QStringLiteral("vector_search_pgvector")),
                            {QString::fromLatin1(db::Vector{query}.toVectorLiteral()),
                             arrayOrNull(o.categories), arrayOrNull(o.tags), depth}));
        QList<QueryResult> r;
        if (m_claims.isEmpty()) {
            st.prepend(Statement(QStringLiteral("begin")));
            st.append(Statement(QStringLiteral("commit")));
            r = m_conn.execPipeline(st);
            if (m_conn.isOk() && m_conn.transactionStatus() != PQTRANS_IDLE)
                m_conn.execScript(QStringLiteral("rollback"));
            r = r.mid(1, 2);
        } else {
            r = runRead(st);
        }
        if (const DbError e = firstError(r)) {
            result.error = e;
            return result;
        }
        const QueryResult& rows = r.at(1);
        for (int i = 0; i < rows.rowCount(); ++i) {
            const QString id = rows.value(i, 0).toString();
            vectorRank.insert(id, i + 1);
            similarity.insert(id, rows.value(i, 1).toDouble());
        }
    } else {
        DbError e;
        if (syncIndex(&e) < 0) {
            result.error = e;
            return result;
        }
        const QSet<QString> cats(o.categories.begin(), o.categories.end());
        const QSet<QString> tags(o.tags.begin(), o.tags.end());
        const auto hits = m_index.top(query, depth, [&](const QString& doc) {
            const auto f = m_docFilters.value(doc);
            if (!cats.isEmpty() && !cats.contains(f.first))
                return false;
            if (!tags.isEmpty()) {
                for (const QString& tag : f.second)
                    if (tags.contains(tag))
                        return true;
                return false;
            }
            return true;
        });
        for (int i = 0; i < hits.size(); ++i) {
            const QString& id = m_index.chunkId(hits.at(i).row);
            vectorRank.insert(id, i + 1);
            similarity.insert(id, hits.at(i).similarity);
        }
    }
    result.vectorMs = ms(t);

    if (o.hybrid) {
        t.restart();
        // Chunks with all of the question's words first (websearch_to_tsquery's own meaning).
        // When they are fewer than the candidates wanted, chunks with all but one of its words
        // follow, then all but two, down to any of them, each group ranked after the one
        // before; it stops once there are enough. A chunk with more of the words ranks higher,
        // and a common word alone is reached only when nothing better matched. Each stage
        // ranks at most o.textCandidates of the chunks it matches: ranking reads a chunk's
        // words, and common words match most of a large knowledge base.
        const QString textSql =
            knowledgeQuery(m_store->hasAdditions() ? QStringLiteral("text_search")
                                                   : QStringLiteral("text_search_plain"));
        auto rankText = [&](const QString& query, const QVariant& filter) -> DbError {
            const int offset = int(textRank.size());
            // Rows ranked before are left out; each stage ranks at most o.textCandidates
            // matching chunks (text_search.sql).
            const QStringList ranked = textRank.keys();
            const QList<QueryResult> r = runRead(
                {Statement(textSql, {query, arrayOrNull(o.categories), arrayOrNull(o.tags), depth,
                                     filter, ranked, std::max(o.textCandidates, 1)})});
            if (const DbError e = firstError(r))
                return e;
            // Equal scores share a rank (1, 2, 2, 4): which of two equally scored chunks comes
            // first must not decide the fusion.
            const QueryResult& rows = r.first();
            int rank = 0;
            int seen = 0;
            double previous = -1;
            for (int i = 0; i < rows.rowCount() && seen < depth; ++i) {
                const QString id = rows.value(i, 0).toString();
                if (textRank.contains(id))
                    continue;
                const double score = rows.value(i, 1).toDouble();
                if (seen == 0 || score != previous)
                    rank = offset + seen + 1;
                previous = score;
                ++seen;
                textRank.insert(id, rank);
                textScore.insert(id, score);
            }
            return {};
        };
        if (const DbError e = rankText(question, QVariant())) {
            result.error = e;
            return result;
        }
        const QString anyWord = textQuery(question);
        if (textRank.size() < depth && anyWord != question) {
            DbError e;
            const QStringList terms = textTerms(question, &e);
            for (int k = int(terms.size()) - 1; !e && k >= 1 && textRank.size() < depth; --k) {
                const QString filter = atLeast(terms, k);
                if (k > 1 && filter.isEmpty())
                    continue; // too many combinations: fewer words
                e = rankText(anyWord, k == 1 ? QVariant() : QVariant(filter));
            }
            if (e) {
                result.error = e;
                return result;
            }
        }
        result.textMs = ms(t);
    }

    struct Candidate {
        QString id;
        double fused;
        double sim;
        QString filename;
        int chunkIndex = 0;
    };
    QList<Candidate> all;
    QSet<QString> ids;
    for (auto it = vectorRank.cbegin(); it != vectorRank.cend(); ++it)
        ids.insert(it.key());
    for (auto it = textRank.cbegin(); it != textRank.cend(); ++it)
        ids.insert(it.key());
    for (const QString& id : ids) {
        const int vr = vectorRank.value(id);
        const int tr = textRank.value(id);
        if (tr == 0 && vr > 0 && similarity.value(id) < o.minSimilarity)
            continue;
        all.append({id, fuse(vr, o.hybrid ? tr : 0, o), similarity.value(id, -2)});
    }
    // Ties are broken by where the chunk is (file, then position), never by its random id, so
    // that the same files give the same order in every database.
    if (!all.isEmpty()) {
        QStringList candidateIds;
        for (const Candidate& c : std::as_const(all))
            candidateIds << c.id;
        const QList<QueryResult> where =
            runRead({Statement(QStringLiteral("select e.id, d.filename, e.chunk_index "
                                              "from document_embeddings e "
                                              "join documents d on d.id = e.document_id "
                                              "where e.id = any($1::text[])"),
                               {candidateIds})});
        if (const DbError e = firstError(where)) {
            result.error = e;
            return result;
        }
        QHash<QString, QPair<QString, int>> place;
        for (int i = 0; i < where.first().rowCount(); ++i)
            place.insert(where.first().value(i, 0).toString(),
                         {where.first().value(i, 1).toString(), where.first().value(i, 2).toInt()});
        for (Candidate& c : all) {
            c.filename = place.value(c.id).first;
            c.chunkIndex = place.value(c.id).second;
        }
    }
    std::sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
        if (a.fused != b.fused)
            return a.fused > b.fused;
        if (a.sim != b.sim)
            return a.sim > b.sim;
        if (a.filename != b.filename)
            return a.filename < b.filename;
        if (a.chunkIndex != b.chunkIndex)
            return a.chunkIndex < b.chunkIndex;
        return a.id < b.id;
    });
    if (all.size() > o.k)
        all.resize(o.k);
    if (all.isEmpty()) {
        result.totalMs = ms(total);
        return result;
    }

    QStringList top;
    for (const Candidate& c : all)
        top << c.id;
    const QList<QueryResult> details =
        runRead({Statement(knowledgeQuery(QStringLiteral("chunk_details")),
                           {top, textQuery(question), kHeadlineOptions})});
    if (const DbError e = firstError(details)) {
        result.error = e;
        return result;
    }
    const QueryResult& d = details.first();
    QHash<QString, int> rowOf;
    for (int i = 0; i < d.rowCount(); ++i)
        rowOf.insert(d.value(i, 0).toString(), i);
    for (const Candidate& c : all) {
        const int row = rowOf.value(c.id, -1);
        if (row < 0)
            continue; // deleted between the ranking and now
        SearchHit h;
        h.chunkId = c.id;
        h.documentId = d.value(row, 1).toString();
        h.filename = d.value(row, 2).toString();
        h.category = d.value(row, 3).toString();
        h.chunkIndex = d.value(row, 4).toInt();
        h.text = d.value(row, 5).toString();
        const QJsonObject m = d.value(row, 6).toJsonValue().toObject();
        h.page = m.value(QStringLiteral("page")).toInt(-1);
        h.section = m.value(QStringLiteral("section")).toString();
        h.startChar = m.value(QStringLiteral("start_char")).toInteger(-1);
        h.endChar = m.value(QStringLiteral("end_char")).toInteger(-1);
        h.fusedScore = c.fused;
        h.vectorRank = vectorRank.value(c.id);
        h.similarity = similarity.value(c.id);
        h.textRank = textRank.value(c.id);
        h.textScore = textScore.value(c.id);
        QList<QPair<int, int>> spans;
        const QString plain = stripHighlights(d.value(row, 7).toString(), &spans);
        // ts_headline rebuilds the text from its parser's tokens; use its marks only where
        // that is the chunk exactly.
        if (plain == h.text)
            h.highlights = spans;
        result.hits.append(h);
    }
    result.totalMs = ms(total);
    return result;
}

} // namespace limitless::knowledge
