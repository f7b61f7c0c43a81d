#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace limitless::knowledge {

struct EmbedError {
    Q_DECLARE_TR_FUNCTIONS(EmbedError)
public:
    enum class Kind { None, Network, Auth, RateLimited, Server, BadResponse, Dimension, Cancelled };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // one translated sentence for the owner
    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
};

// Turns texts into vectors. Called from a worker thread (never the GUI thread); blocking.
// The offline embedder and the OpenAI-compatible client implement it.
class Embedder {
public:
    virtual ~Embedder() = default;
    virtual QString model() const = 0; // recorded per document, e.g. "text-embedding-3-small"
    virtual int dimensions() const = 0;
    // One vector per text, in order, L2-normalised. `progress(done, total)` may be called
    // between batches; `cancel` is polled between batches.
    virtual QList<QVector<float>> embed(const QStringList& texts, EmbedError* error,
                                        const std::atomic_bool* cancel = nullptr,
                                        const std::function<void(int, int)>& progress = {}) = 0;
};

} // namespace limitless::knowledge
