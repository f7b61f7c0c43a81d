// The knowledge base's database side on the PostgreSQL 15 test cluster (real[] embeddings, the
// in-process vector engine): storing a processed document all or nothing, the queue's leases
// and attempts, versions, deletion, and hybrid retrieval with its reasons.
#include "../migrate/CatchQt.h"

#include "TestDatabase.h"

#include "db/PgConnection.h"
#include "knowledge/Chunker.h"
#include "knowledge/Embedder.h"
#include "knowledge/KnowledgeStore.h"
#include "knowledge/OfflineEmbedder.h"
#include "knowledge/Retriever.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <cmath>

using namespace limitless;
using namespace limitless::knowledge;

namespace {

// A small bag-of-words embedder: enough to rank by shared words, independent of the app's.
class WordEmbedder : public Embedder {
public:
    explicit WordEmbedder(QString model = QStringLiteral("test-words"), int dims = 1536)
        : m_model(std::move(model)), m_dims(dims)
    {}
    QString model() const override { return m_model; }
    int dimensions() const override { return m_dims; }
    QList<QVector<float>> embed(const QStringList& texts, EmbedError*, const std::atomic_bool*,
                                const std::function<void(int, int)>&) override
    {
        QList<QVector<float>> out;
        for (const QString& t : texts)
            out.append(vector(t));
        return out;
    }
    QVector<float> vector(const QString& text) const
    {
        QVector<float> v(m_dims, 0.0f);
        for (const QString& w :
             text.toLower().split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts))
            v[int(qHash(w) % uint(m_dims))] += 1.0f;
        double n = 0;
        for (float x : v)
            n += double(x) * x;
        if (n > 0)
            for (float& x : v)
                x = float(x / std::sqrt(n));
        else
            v[0] = 1;
        return v;
    }

private:
    QString m_model;
    int m_dims;
};

struct Fixture {
    QString url;
    std::unique_ptr<db::PgConnection> conn;
    QString owner = QStringLiteral("owner-kb");

    explicit Fixture(const QString& name)
    {
        url = test::migratedDatabase(name);
        conn = test::connect(url);
        REQUIRE(conn->exec(QStringLiteral("insert into owners (id, email, name, supabase_user_id) "
                                          "values ($1, 'kb@example.com', 'KB', 'user-kb')"),
                           {owner})
                    .ok());
    }

    // A processed document with the given chunk texts, stored as a worker would.
    QString addDocument(KnowledgeStore& store, WordEmbedder& embedder, const QString& filename,
                        const QStringList& chunkTexts, const QString& category = {},
                        const QString& replaces = {}, int version = 1)
    {
        NewDocument d;
        d.ownerId = owner;
        d.filename = filename;
        d.fileType = QStringLiteral("md");
        d.fileSize = 100;
        d.storageUrl = QStringLiteral("file:///tmp/") + filename;
        d.storageBucket = QStringLiteral("local");
        d.category = category;
        d.sha256 = QString::number(qHash(chunkTexts.join(QLatin1Char('|'))));
        d.replacesId = replaces;
        d.version = version;
        db::DbError e;
        const QString id = store.create(d, &e);
        REQUIRE_FALSE(e);
        REQUIRE(store.claim(id, QStringLiteral("w1"), 60, &e));
        ProcessedDocument p;
        p.documentId = id;
        QString text;
        for (int i = 0; i < chunkTexts.size(); ++i) {
            Chunk c;
            c.index = i;
            c.start = text.size();
            text += chunkTexts.at(i);
            c.end = text.size();
            text += QStringLiteral("\n\n");
            c.text = chunkTexts.at(i);
            c.section = QStringLiteral("Section %1").arg(i + 1);
            p.chunks.append(c);
        }
        p.extracted.text = text;
        p.vectors = embedder.embed(chunkTexts, nullptr, nullptr, {});
        p.embeddingModel = embedder.model();
        p.embeddingDimensions = embedder.dimensions();
        REQUIRE_FALSE(store.store(p, QStringLiteral("w1")));
        return id;
    }
};

QStringList keys(const SearchResult& r)
{
    QStringList out;
    for (const SearchHit& h : r.hits)
        out << h.filename + QLatin1Char('#') + QString::number(h.chunkIndex);
    return out;
}

} // namespace

TEST_CASE("A processed document is stored whole and found by hybrid search", "[knowledge][db]")
{
    Fixture f(QStringLiteral("kb_store_search"));
    KnowledgeStore store(*f.conn);
    REQUIRE(store.hasAdditions());
    REQUIRE_FALSE(store.pgvector()); // PostgreSQL 15 from Debian: real[]
    WordEmbedder embedder;
    f.addDocument(
        store, embedder, QStringLiteral("pricing.md"),
        {QStringLiteral("The Pro plan costs 297 dollars a month and includes email sync."),
         QStringLiteral("Refunds are possible within 30 days of the purchase.")},
        QStringLiteral("product_info"));
    f.addDocument(store, embedder, QStringLiteral("objections.md"),
                  {QStringLiteral("Leads who say it is too expensive hear about the payback."),
                   QStringLiteral("Leads who lack time hear that setup takes one hour.")},
                  QStringLiteral("objection"));

    db::DbError e;
    const QList<DocumentRecord> docs = store.list(&e);
    REQUIRE_FALSE(e);
    REQUIRE(docs.size() == 2);
    for (const DocumentRecord& d : docs) {
        CHECK(d.status == QLatin1String("completed"));
        CHECK(d.embeddingsCreated);
        CHECK(d.totalChunks == 2);
        CHECK(d.embeddingModel == QLatin1String("test-words"));
        CHECK(d.stage == QLatin1String("done"));
    }

    Retriever retriever(*f.conn, embedder);
    SearchOptions o;
    o.k = 2;
    const SearchResult r = retriever.search(QStringLiteral("How much does the Pro plan cost?"), o);
    REQUIRE(r.ok());
    CHECK(r.engine == QLatin1String("in-process"));
    REQUIRE(r.hits.size() == 2);
    const SearchHit& top = r.hits.first();
    CHECK(top.filename == QLatin1String("pricing.md"));
    CHECK(top.chunkIndex == 0);
    CHECK(top.vectorRank == 1);
    CHECK(top.textRank == 1);
    CHECK(top.section == QLatin1String("Section 1"));
    CHECK(top.fusedScore == Approx(Retriever::fuse(1, 1, o)));
    // The question's words are marked where they occur in the chunk ("Pro", "plan", "cost").
    QStringList marked;
    for (const auto& s : top.highlights)
        marked << top.text.mid(s.first, s.second - s.first);
    CHECK(marked.contains(QStringLiteral("Pro")));
    CHECK(marked.contains(QStringLiteral("plan")));
    CHECK(marked.contains(QStringLiteral("costs")));

    SECTION("a category filter keeps to that category")
    {
        o.categories = {QStringLiteral("objection")};
        const SearchResult c = retriever.search(QStringLiteral("plan cost"), o);
        REQUIRE(c.ok());
        for (const SearchHit& h : c.hits)
            CHECK(h.filename == QLatin1String("objections.md"));
    }
    SECTION("vector-only search leaves the text ranking out")
    {
        o.hybrid = false;
        const SearchResult v = retriever.search(QStringLiteral("refunds within 30 days"), o);
        REQUIRE(v.ok());
        REQUIRE_FALSE(v.hits.isEmpty());
        CHECK(v.hits.first().textRank == 0);
        CHECK(keys(v).first() == QLatin1String("pricing.md#1"));
    }
    SECTION("a different embedding model is refused, not mixed")
    {
        WordEmbedder other(QStringLiteral("other-model"));
        Retriever mismatched(*f.conn, other);
        const SearchResult m = mismatched.search(QStringLiteral("plan"), o);
        REQUIRE_FALSE(m.ok());
        CHECK(m.error.message.contains(QLatin1String("test-words")));
        CHECK(m.error.message.contains(QLatin1String("other-model")));
    }
}

TEST_CASE("A new version retires the old one's chunks only when it is complete", "[knowledge][db]")
{
    Fixture f(QStringLiteral("kb_versions"));
    KnowledgeStore store(*f.conn);
    WordEmbedder embedder;
    const QString v1 = f.addDocument(store, embedder, QStringLiteral("faq.md"),
                                     {QStringLiteral("Old answer about onboarding calls."),
                                      QStringLiteral("Shared paragraph about support hours.")});
    const QString v2 = f.addDocument(store, embedder, QStringLiteral("faq.md"),
                                     {QStringLiteral("New answer about onboarding videos."),
                                      QStringLiteral("Shared paragraph about support hours.")},
                                     {}, v1, 2);
    db::DbError e;
    const DocumentRecord old = store.find(v1, &e);
    const DocumentRecord now = store.find(v2, &e);
    CHECK(old.replacedById == v2);
    CHECK(now.version == 2);
    CHECK(now.replacesId == v1);
    CHECK(now.chunksAdded == 1);
    CHECK(now.chunksRemoved == 1);
    CHECK(store.list(&e, false).size() == 1);
    CHECK(store.list(&e, true).size() == 2);

    Retriever retriever(*f.conn, embedder);
    const SearchResult r = retriever.search(QStringLiteral("onboarding"), {});
    REQUIRE(r.ok());
    for (const SearchHit& h : r.hits)
        CHECK(h.documentId == v2);

    // Deleting removes the chunks too (the seed's cascade) and unlinks the other version.
    const QList<DocumentRecord> gone = store.remove({v2}, &e);
    REQUIRE_FALSE(e);
    REQUIRE(gone.size() == 1);
    CHECK(f.conn
              ->exec(QStringLiteral("select count(*) from document_embeddings "
                                    "where document_id = $1"),
                     {v2})
              .scalar()
              .toInt() == 0);
    CHECK(store.find(v1, &e).replacedById.isEmpty());
}

TEST_CASE("Storing fails whole on a wrong dimension and leaves nothing", "[knowledge][db]")
{
    Fixture f(QStringLiteral("kb_dimension"));
    KnowledgeStore store(*f.conn);
    NewDocument d;
    d.ownerId = f.owner;
    d.filename = QStringLiteral("big.md");
    d.fileType = QStringLiteral("md");
    d.storageUrl = QStringLiteral("file:///tmp/big.md");
    d.storageBucket = QStringLiteral("local");
    d.sha256 = QStringLiteral("abc");
    db::DbError e;
    const QString id = store.create(d, &e);
    REQUIRE(store.claim(id, QStringLiteral("w"), 60, &e));
    ProcessedDocument p;
    p.documentId = id;
    Chunk c;
    c.text = QStringLiteral("text");
    c.end = 4;
    p.chunks = {c, c};
    p.chunks[1].index = 1;
    p.vectors = {QVector<float>(1536, 0.1f), QVector<float>(3072, 0.1f)};
    p.embeddingModel = QStringLiteral("text-embedding-3-large");
    p.embeddingDimensions = 1536;
    const db::DbError se = store.store(p, QStringLiteral("w"));
    REQUIRE(se);
    CHECK(se.message.contains(QLatin1String("3072")));
    CHECK(
        f.conn->exec(QStringLiteral("select count(*) from document_embeddings")).scalar().toInt() ==
        0);

    // A bad row in the middle of the batch (here: the document deleted meanwhile) rolls back
    // everything, too.
    p.vectors[1] = QVector<float>(1536, 0.1f);
    REQUIRE(f.conn->exec(QStringLiteral("delete from documents where id = $1"), {id}).ok());
    CHECK(store.store(p, QStringLiteral("w")));
    CHECK(
        f.conn->exec(QStringLiteral("select count(*) from document_embeddings")).scalar().toInt() ==
        0);
}

TEST_CASE("The queue hands out each document once, takes over expired leases and stops a "
          "document that keeps failing",
          "[knowledge][db]")
{
    Fixture f(QStringLiteral("kb_queue"));
    KnowledgeStore store(*f.conn);
    auto second = test::connect(f.url);
    KnowledgeStore other(*second);
    NewDocument d;
    d.ownerId = f.owner;
    d.fileType = QStringLiteral("txt");
    d.storageBucket = QStringLiteral("local");
    db::DbError e;
    QStringList ids;
    for (int i = 0; i < 2; ++i) {
        d.filename = QStringLiteral("f%1.txt").arg(i);
        d.storageUrl = QStringLiteral("file:///tmp/") + d.filename;
        d.sha256 = QString::number(i);
        ids << store.create(d, &e);
        REQUIRE_FALSE(e);
    }
    // Two workers: each gets a different document, a third finds nothing.
    const QString a = store.claimNext(f.owner, QStringLiteral("A"), 1, 3, &e);
    const QString b = other.claimNext(f.owner, QStringLiteral("B"), 60, 3, &e);
    CHECK(a != b);
    CHECK(ids.contains(a));
    CHECK(ids.contains(b));
    CHECK(store.claimNext(f.owner, QStringLiteral("C"), 60, 3, &e).isEmpty());

    // A's lease runs out (its worker died): the next worker takes the document over.
    QThread::msleep(1500);
    CHECK(other.claimNext(f.owner, QStringLiteral("C"), 60, 3, &e) == a);
    // A late result from A is discarded, not stored over C's work.
    ProcessedDocument p;
    p.documentId = a;
    p.embeddingModel = QStringLiteral("m");
    p.embeddingDimensions = 1536;
    CHECK(store.store(p, QStringLiteral("A")));

    // Transient failures go back to the queue until the attempts are used up; then the document
    // stops with its reason.
    CHECK_FALSE(store.fail(b, QStringLiteral("embeddings"), QStringLiteral("429 Too Many Requests"),
                           true, 3));
    CHECK(store.find(b, &e).status == QLatin1String("pending"));
    CHECK(store.claimNext(f.owner, QStringLiteral("B"), 60, 3, &e) == b); // attempt 2
    CHECK_FALSE(store.fail(b, QStringLiteral("embeddings"), QStringLiteral("429 again"), true, 3));
    CHECK(store.claimNext(f.owner, QStringLiteral("B"), 60, 3, &e) == b); // attempt 3
    CHECK_FALSE(store.fail(b, QStringLiteral("embeddings"), QStringLiteral("429 still"), true, 3));
    const DocumentRecord stopped = store.find(b, &e);
    CHECK(stopped.status == QLatin1String("failed"));
    CHECK(stopped.lastError == QLatin1String("429 still"));
    CHECK(store.claimNext(f.owner, QStringLiteral("B"), 60, 3, &e) != b);

    // A permanent failure stops at once.
    CHECK_FALSE(store.requeue({b}));
    CHECK(store.claimNext(f.owner, QStringLiteral("B"), 60, 3, &e) == b);
    CHECK_FALSE(
        store.fail(b, QStringLiteral("encrypted"), QStringLiteral("needs a password"), false, 3));
    CHECK(store.find(b, &e).status == QLatin1String("failed"));
    CHECK(store.find(b, &e).errorCode == QLatin1String("encrypted"));
}

TEST_CASE("Full-text ranking puts chunks with all the words first, then fewer, and ranks a "
          "bounded number of a common word's chunks",
          "[knowledge][db]")
{
    Fixture f(QStringLiteral("kb_text_stages"));
    KnowledgeStore store(*f.conn);
    REQUIRE(store.hasAdditions());
    WordEmbedder embedder;
    // A common word, many times in many chunks: ranked on "any of the words" alone, these would
    // score above the chunks that hold all of the question's words once.
    QStringList chunks{QStringLiteral("The invoice lists the refund and the deadline."),
                       QStringLiteral("Every invoice shows a refund line.")};
    for (int i = 0; i < 40; ++i)
        chunks << QStringLiteral("Invoice %1: invoice, invoice, invoice, invoice totals.").arg(i);
    f.addDocument(store, embedder, QStringLiteral("billing.md"), chunks);

    Retriever retriever(*f.conn, embedder);
    // The text ranking alone decides the order here.
    SearchOptions o;
    o.vectorWeight = 0;
    auto textRanks = [](const SearchResult& r) {
        QMap<int, int> out; // chunk index → text rank, for the chunks the words matched
        for (const SearchHit& h : r.hits)
            if (h.textRank > 0)
                out.insert(h.chunkIndex, h.textRank);
        return out;
    };

    SECTION("all the words, then all but one, then any")
    {
        o.k = 10;
        o.candidates = 10;
        const SearchResult r = retriever.search(QStringLiteral("invoice refund deadline"), o);
        REQUIRE(r.ok());
        const QMap<int, int> ranks = textRanks(r);
        INFO(QStringList(keys(r)).join(QLatin1String(", ")).toStdString());
        REQUIRE(ranks.contains(0));
        REQUIRE(ranks.contains(1));
        CHECK(ranks.value(0) == 1); // all three words
        CHECK(ranks.value(1) == 2); // two of them
        for (auto it = ranks.cbegin(); it != ranks.cend(); ++it)
            if (it.key() >= 2)
                CHECK(it.value() > 2); // the common word alone comes after
        CHECK(ranks.size() == 10);     // and fills the candidates: there were not enough
    }
    SECTION("enough chunks with all the words: no fallback to fewer")
    {
        o.k = 1;
        o.candidates = 1;
        const SearchResult r = retriever.search(QStringLiteral("invoice refund deadline"), o);
        REQUIRE(r.ok());
        REQUIRE(r.hits.size() == 1);
        CHECK(r.hits.first().chunkIndex == 0);
        CHECK(r.hits.first().textRank == 1);
    }
    SECTION("a common word alone ranks at most textCandidates of its chunks per stage")
    {
        o.k = 20;
        o.candidates = 20;
        o.textCandidates = 5;
        const SearchResult capped = retriever.search(QStringLiteral("invoices"), o);
        REQUIRE(capped.ok());
        CHECK(textRanks(capped).size() == 5);
        o.textCandidates = 500;
        const SearchResult all = retriever.search(QStringLiteral("invoices"), o);
        REQUIRE(all.ok());
        CHECK(textRanks(all).size() == 20);
    }
}

namespace {

struct Recall {
    int questions = 0;
    int hitAt3 = 0;
    int hitAt5 = 0;
    double reciprocalRanks = 0; // within the top 5
    double hit3() const { return questions ? double(hitAt3) / questions : 0; }
    double hit5() const { return questions ? double(hitAt5) / questions : 0; }
    double mrr5() const { return questions ? reciprocalRanks / questions : 0; }
};

} // namespace

// Recall of hybrid and vector-only search on real prose (the licence texts every Debian system
// has, chunked and embedded as the app does: Chunker, OfflineEmbedder), with the full-text
// search's cap on the chunks ranked per stage (SearchOptions::textCandidates = 500) and without
// it: the cap bounds the work on common words and must not cost recall. A question is five
// words of a sentence, in order; the right answer is a chunk of the same licence holding at
// least half of the sentence. Prints the figures (docs/benchmarks.md quotes them).
TEST_CASE("Recall on the licence texts is the same with the full-text cap as without",
          "[knowledge][db]")
{
    QStringList names;
    const QDir licences(QStringLiteral("/usr/share/common-licenses"));
    for (const QFileInfo& info : licences.entryInfoList(QDir::Files, QDir::Name))
        if (!info.isSymLink())
            names << info.absoluteFilePath();
    if (names.isEmpty()) {
        WARN("no licence texts in /usr/share/common-licenses: not measured");
        return;
    }
    Fixture f(QStringLiteral("kb_recall"));
    KnowledgeStore store(*f.conn);
    OfflineEmbedder embedder;
    QStringList texts;
    QList<QList<Chunk>> chunksOf;
    int stored = 0;
    for (const QString& path : std::as_const(names)) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        ExtractedText ex;
        ex.kind = FileKind::Text;
        ex.text = QString::fromUtf8(file.readAll());
        const QList<Chunk> chunks = Chunker::chunk(ex, {});
        NewDocument d;
        d.ownerId = f.owner;
        d.filename = QFileInfo(path).fileName();
        d.fileType = QStringLiteral("txt");
        d.fileSize = ex.text.size();
        d.storageUrl = QStringLiteral("file://") + path;
        d.storageBucket = QStringLiteral("local");
        d.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(ex.text.toUtf8(), QCryptographicHash::Sha256).toHex());
        db::DbError e;
        const QString id = store.create(d, &e);
        REQUIRE_FALSE(e);
        REQUIRE(store.claim(id, QStringLiteral("w1"), 60, &e));
        ProcessedDocument p;
        p.documentId = id;
        p.extracted = ex;
        p.chunks = chunks;
        QStringList chunkTexts;
        for (const Chunk& c : chunks)
            chunkTexts << c.text;
        p.vectors = embedder.embed(chunkTexts, nullptr, nullptr, {});
        p.embeddingModel = embedder.model();
        p.embeddingDimensions = embedder.dimensions();
        REQUIRE_FALSE(store.store(p, QStringLiteral("w1")));
        texts << ex.text;
        chunksOf << chunks;
        stored += int(chunks.size());
    }

    // The questions: every ninth sentence of 8 to 60 words, five of its words kept in order.
    struct Question {
        int doc;
        qsizetype start, end;
        QString text;
    };
    QList<Question> questions;
    std::uint32_t rng = 12345;
    auto next = [&](std::uint32_t mod) {
        rng = rng * 1664525u + 1013904223u;
        return (rng >> 8) % mod;
    };
    const QRegularExpression sentenceEnd(QStringLiteral("[.!?](?=\\s)"));
    for (int d = 0; d < texts.size(); ++d) {
        QList<qsizetype> ends{0};
        for (auto it = sentenceEnd.globalMatch(texts[d]); it.hasNext();)
            ends << it.next().capturedEnd();
        for (int s = 0; s + 1 < ends.size(); s += 9) {
            const QStringList words =
                texts[d].mid(ends[s], ends[s + 1] - ends[s]).simplified().split(u' ');
            if (words.size() < 8 || words.size() > 60)
                continue;
            QList<int> picked;
            while (picked.size() < 5) {
                const int w = int(next(std::uint32_t(words.size())));
                if (!picked.contains(w))
                    picked << w;
            }
            std::sort(picked.begin(), picked.end());
            QStringList kept;
            for (int w : picked)
                kept << words[w];
            questions.append({d, ends[s], ends[s + 1], kept.join(u' ')});
        }
    }
    REQUIRE(questions.size() >= 100);

    Retriever retriever(*f.conn, embedder);
    auto measure = [&](bool hybrid, int textCandidates) {
        SearchOptions o;
        o.k = 5;
        o.hybrid = hybrid;
        o.textCandidates = textCandidates;
        Recall r;
        const QString docPrefix = QStringLiteral("/usr/share/common-licenses/");
        for (const Question& q : std::as_const(questions)) {
            const SearchResult result = retriever.search(q.text, o);
            INFO(q.text.toStdString());
            REQUIRE(result.ok());
            ++r.questions;
            for (int i = 0; i < result.hits.size(); ++i) {
                const SearchHit& h = result.hits[i];
                if (docPrefix + h.filename != names[q.doc])
                    continue;
                const qsizetype overlap =
                    std::min(h.endChar, q.end) - std::max(h.startChar, q.start);
                if (overlap * 2 >= q.end - q.start) {
                    r.hitAt3 += i < 3 ? 1 : 0;
                    r.hitAt5 += 1;
                    r.reciprocalRanks += 1.0 / (i + 1);
                    break;
                }
            }
        }
        return r;
    };
    const Recall hybridCapped = measure(true, 500);
    const Recall hybridAll = measure(true, 1000000);
    // Here the cap of 500 cannot bind (fewer chunks than that); 50 is about as tight as 500
    // at 3,000 chunks.
    const Recall hybridTight = measure(true, 50);
    const Recall vectorOnly = measure(false, 500);
    auto line = [](const char* what, const Recall& r) {
        return QStringLiteral("%1: hit@3 %2, hit@5 %3, MRR@5 %4")
            .arg(QLatin1String(what))
            .arg(r.hit3(), 0, 'f', 3)
            .arg(r.hit5(), 0, 'f', 3)
            .arg(r.mrr5(), 0, 'f', 3)
            .toStdString();
    };
    WARN(names.size() << " licences, " << stored << " chunks, " << questions.size()
                      << " questions\n"
                      << line("hybrid, 500 ranked per stage", hybridCapped) << "\n"
                      << line("hybrid, no cap", hybridAll) << "\n"
                      << line("hybrid, 50 ranked per stage", hybridTight) << "\n"
                      << line("vector only", vectorOnly));
    CHECK(hybridCapped.hitAt3 >= hybridAll.hitAt3);
    CHECK(hybridCapped.hitAt5 >= hybridAll.hitAt5);
    CHECK(hybridCapped.reciprocalRanks >= hybridAll.reciprocalRanks - 1e-9);
}
