#pragma once

#include "knowledge/Embedder.h"

#include <QStringView>

namespace limitless::knowledge {

// Embeddings without a model or a network: feature hashing into 1536 dimensions (the width of
// the database's vector column, as text-embedding-3-small), for the sandbox, the demo data and
// offline use.
//
// The text is lower-cased and accent-folded ("Café" = "cafe", "ß" = "ss"); its words are cut
// down to a light stem (English, German and Spanish suffixes: "refunds", "refunded" and
// "refunding" are all "refund"); CJK characters count as one-character words. Features, each
// hashed to a dimension with a hashed sign:
// - the stems (unigrams); the most common function words weigh a tenth,
// - pairs of consecutive content stems (bigrams): word order and phrases,
// - the character trigrams of each content word with its edges ("^re", "ref", …, "ds$"), so
//   that words sharing a root or a misspelling still meet,
// each weighted 1 + ln(count) (sub-linear term frequency), and the vector L2-normalised. Texts
// that share words or word parts score high; the same text always gives the same vector.
//
// embed() spreads the texts over the global thread pool; 10,000 chunks of ~400 tokens take
// well under 2 s on two cores (ChunkBench measures it).
class OfflineEmbedder final : public Embedder {
public:
    static constexpr int kDimensions = 1536;
    static QString modelName() { return QStringLiteral("limitless-offline-hash-v1"); }

    QString model() const override { return modelName(); }
    int dimensions() const override { return kDimensions; }
    QList<QVector<float>> embed(const QStringList& texts, EmbedError* error,
                                const std::atomic_bool* cancel = nullptr,
                                const std::function<void(int, int)>& progress = {}) override;

    // One text's vector (kDimensions floats, L2 norm 1; a text without a word or sign gives
    // the first unit vector). Thread-safe.
    static QVector<float> embedOne(QStringView text);
};

} // namespace limitless::knowledge
