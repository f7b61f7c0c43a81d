#include "ChunkTestText.h"

#include "knowledge/Chunker.h"
#include "knowledge/OfflineEmbedder.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

#include <cmath>

using namespace limitless::knowledge;
using limitless::test::systemLicenseText;

namespace {

double dot(const QVector<float>& a, const QVector<float>& b)
{
    double s = 0;
    for (int i = 0; i < a.size(); ++i)
        s += double(a[i]) * double(b[i]);
    return s;
}

double norm(const QVector<float>& a)
{
    return std::sqrt(dot(a, a));
}

} // namespace

TEST_CASE("The offline embedder names its model and gives 1536 dimensions", "[knowledge][embedder]")
{
    OfflineEmbedder e;
    CHECK(e.model() == QStringLiteral("limitless-offline-hash-v1"));
    CHECK(e.dimensions() == 1536);
    CHECK(OfflineEmbedder::embedOne(u"refund policy").size() == 1536);
}

TEST_CASE("Offline vectors are L2-normalised, also for empty and sign-only texts",
          "[knowledge][embedder]")
{
    for (const QString& t :
         {QString(), QStringLiteral("   "), QStringLiteral("👍🏽 🎉 ... !!"),
          QStringLiteral("the and of"), QStringLiteral("Refunds in March"),
          QStringLiteral("漢字と𠀋"), limitless::test::syntheticProse(30)}) {
        INFO(t.left(40).toStdString());
        const QVector<float> v = OfflineEmbedder::embedOne(t);
        REQUIRE(v.size() == 1536);
        CHECK(norm(v) == Approx(1.0).epsilon(1e-5));
    }
}

TEST_CASE("Offline vectors are deterministic, one at a time or in parallel",
          "[knowledge][embedder]")
{
    QStringList texts;
    for (int i = 0; i < 700; ++i)
        texts << limitless::test::syntheticProse(1, std::uint32_t(i + 1));
    OfflineEmbedder e;
    EmbedError error;
    QList<std::pair<int, int>> progress;
    const QList<QVector<float>> vs = e.embed(texts, &error, nullptr, [&](int done, int total) {
        progress.append({done, total});
    });
    REQUIRE_FALSE(error);
    REQUIRE(vs.size() == texts.size());
    for (int i = 0; i < texts.size(); i += 37)
        CHECK(vs[i] == OfflineEmbedder::embedOne(texts[i]));
    CHECK(OfflineEmbedder::embedOne(texts[3]) == OfflineEmbedder::embedOne(texts[3]));
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last() == std::pair<int, int>{700, 700});
    // A fixed fingerprint: the same text lands on the same dimensions with the same signs on
    // every machine and run (no seeded or platform hash), so stored vectors stay comparable.
    const QVector<float> v = OfflineEmbedder::embedOne(u"Refunds are paid within 14 days.");
    int nonZero = 0, positive = 0;
    long indexSum = 0;
    for (int i = 0; i < v.size(); ++i) {
        if (v[i] != 0.0f) {
            ++nonZero;
            indexSum += i;
            positive += v[i] > 0 ? 1 : 0;
        }
    }
    CHECK(nonZero == 31);
    CHECK(indexSum == 22842);
    CHECK(positive == 23);
}

TEST_CASE("A cancelled offline embedding stops with Cancelled", "[knowledge][embedder]")
{
    OfflineEmbedder e;
    std::atomic_bool cancel{true};
    EmbedError error;
    const auto vs = e.embed({QStringLiteral("a"), QStringLiteral("b")}, &error, &cancel);
    CHECK(vs.isEmpty());
    CHECK(error.kind == EmbedError::Kind::Cancelled);
    CHECK_FALSE(error.message.isEmpty());
}

TEST_CASE("Paraphrases score higher than unrelated texts: case and accents do not matter",
          "[knowledge][embedder]")
{
    const auto v = [](const char16_t* t) { return OfflineEmbedder::embedOne(QStringView(t)); };
    const auto doc = v(u"Customers can ask for a refund within 14 days of their purchase; "
                       u"refunds are paid back to the original card.");
    const auto paraphrase = v(u"How many days do customers have to request refunding a purchase?");
    const auto unrelated = v(u"The espresso machine must be descaled every second week.");
    CHECK(dot(doc, paraphrase) > dot(doc, unrelated) + 0.15);

    CHECK(dot(v(u"Café Zürich Straße"), v(u"CAFE zurich strasse")) > 0.99);
    // Stems: inflected forms meet.
    CHECK(dot(v(u"refunded payments"), v(u"refunding payment")) > 0.6);
    // German and Spanish suffixes.
    CHECK(dot(v(u"Rückerstattungen der Zahlungen"), v(u"Rückerstattung Zahlung")) > 0.6);
    CHECK(dot(v(u"las campañas publicitarias"), v(u"campaña publicitaria")) > 0.5);
    // Subwords: a misspelling still lands near.
    CHECK(dot(v(u"reimbursement"), v(u"reimbursment")) > 0.3);
    CHECK(dot(v(u"reimbursement"), v(u"espresso")) < 0.1);
}

TEST_CASE("Offline vectors retrieve the right chunk of a real text", "[knowledge][embedder]")
{
    const QString gpl = systemLicenseText();
    if (gpl.isEmpty()) {
        WARN("/usr/share/common-licenses/GPL-3 is missing; skipped");
        return;
    }
    ExtractedText ex;
    ex.text = gpl;
    const QList<Chunk> chunks = Chunker::chunk(ex, ChunkSettings{});
    REQUIRE(chunks.size() > 10);
    QList<QVector<float>> vectors;
    for (const Chunk& c : chunks)
        vectors << OfflineEmbedder::embedOne(c.text);

    // Questions: every 7th sentence of 10+ words, with every third word left out (a partial,
    // reworded recollection of the passage).
    const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.;:])\\s+"));
    int asked = 0, hits = 0;
    double rr = 0;
    qsizetype pos = 0;
    int seen = 0;
    for (const QString& raw : gpl.split(sentenceEnd)) {
        const qsizetype at = gpl.indexOf(raw, pos);
        pos = at + raw.size();
        const QStringList words = raw.simplified().split(u' ');
        if (words.size() < 10 || (seen++ % 7) != 0)
            continue;
        QStringList kept;
        for (int i = 0; i < words.size(); ++i) {
            if (i % 3 != 1)
                kept << words[i];
        }
        const QVector<float> q = OfflineEmbedder::embedOne(kept.join(u' '));
        QList<std::pair<double, int>> ranked;
        for (int i = 0; i < chunks.size(); ++i)
            ranked.append({-dot(q, vectors[i]), i});
        std::sort(ranked.begin(), ranked.end());
        const qsizetype mid = at + raw.size() / 2;
        for (int r = 0; r < ranked.size(); ++r) {
            const Chunk& c = chunks[ranked[r].second];
            if (c.start <= mid && mid < c.end) {
                hits += r < 3 ? 1 : 0;
                rr += 1.0 / (r + 1);
                break;
            }
        }
        ++asked;
    }
    REQUIRE(asked >= 20);
    const double hitAt3 = double(hits) / asked;
    const double mrr = rr / asked;
    WARN("offline embedder on GPL-3: " << asked << " questions, hit@3 " << hitAt3 << ", MRR "
                                       << mrr);
    CHECK(hitAt3 >= 0.85);
    CHECK(mrr >= 0.75);
}
