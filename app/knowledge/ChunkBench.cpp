#include "knowledge/ChunkBench.h"

#include "knowledge/Chunker.h"
#include "knowledge/OfflineEmbedder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThreadPool>

#include <algorithm>
#include <limits>

namespace limitless::knowledge {

namespace {

QString nodeFor(const QString& interopDir, const QString& given)
{
    if (!given.isEmpty())
        return given;
    const QString env = qEnvironmentVariable("LIMITLESS_NODE");
    if (!env.isEmpty())
        return env;
    // The Node.js 20 that scripts/install-deps keeps in .deps/node when the system's is older.
    const QString local =
        QDir(interopDir).absoluteFilePath(QStringLiteral("../../.deps/node/bin/node"));
    return QFileInfo(local).isExecutable() ? local : QStringLiteral("node");
}

} // namespace

ChunkBench::Throughput ChunkBench::measureChunker(const QString& text,
                                                  const ChunkSettings& settings, int runs)
{
    Throughput t;
    t.bytes = text.toUtf8().size();
    ExtractedText ex;
    ex.kind = FileKind::Text;
    ex.text = text;
    double best = std::numeric_limits<double>::max();
    Chunker::chunk(ex, settings); // warm-up: the boundary tables, the allocator
    for (int i = 0; i < std::max(1, runs); ++i) {
        QElapsedTimer timer;
        timer.start();
        const QList<Chunk> chunks = Chunker::chunk(ex, settings);
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
        t.chunks = int(chunks.size());
    }
    t.ms = best;
    t.mbPerSec = best > 0 ? double(t.bytes) / 1e6 / (best / 1000.0) : 0;
    return t;
}

ChunkBench::Peer ChunkBench::measureLangChain(const QString& textPath,
                                              const ChunkSettings& settings,
                                              const QString& interopDir, const QString& nodeExe,
                                              int runs)
{
    Peer peer;
    const ChunkSettings s = Chunker::normalised(settings);
    const QString dir = QDir(interopDir).absolutePath();
    const QString script = QDir(dir).absoluteFilePath(QStringLiteral("textsplitter-bench.mjs"));
    if (!QFileInfo::exists(QDir(dir).absoluteFilePath(
            QStringLiteral("node_modules/@langchain/textsplitters/package.json")))) {
        peer.note = tr("LangChain.js is not installed in %1 (scripts/install-deps runs npm ci "
                       "there).")
                        .arg(dir);
        return peer;
    }
    QProcess node;
    node.setWorkingDirectory(dir);
    node.start(nodeFor(dir, nodeExe),
               {script, QFileInfo(textPath).absoluteFilePath(), QString::number(s.targetTokens * 4),
                QString::number(s.overlapTokens * 4), QString::number(std::max(1, runs))});
    if (!node.waitForFinished(300000) || node.exitStatus() != QProcess::NormalExit ||
        node.exitCode() != 0) {
        peer.note = QString::fromUtf8(node.readAllStandardError()).trimmed();
        if (peer.note.isEmpty())
            peer.note = node.errorString();
        return peer;
    }
    const QJsonObject o = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    if (!o.contains(QStringLiteral("ms"))) {
        peer.note = tr("The LangChain.js benchmark printed no figures.");
        return peer;
    }
    peer.ran = true;
    peer.figures.ms = o.value(QStringLiteral("ms")).toDouble();
    peer.figures.chunks = o.value(QStringLiteral("chunks")).toInt();
    peer.figures.mbPerSec = o.value(QStringLiteral("mbPerSec")).toDouble();
    QFile f(textPath);
    peer.figures.bytes = f.size();
    return peer;
}

ChunkBench::Embedding ChunkBench::measureOfflineEmbedder(const QString& text,
                                                         const ChunkSettings& settings, int count)
{
    Embedding e;
    ExtractedText ex;
    ex.text = text;
    const QList<Chunk> chunks = Chunker::chunk(ex, settings);
    if (chunks.isEmpty() || count <= 0)
        return e;
    QStringList texts;
    texts.reserve(count);
    qint64 tokens = 0;
    for (int i = 0; i < count; ++i) {
        const Chunk& c = chunks[i % chunks.size()];
        texts << c.text;
        tokens += c.tokens;
    }
    OfflineEmbedder embedder;
    EmbedError error;
    embedder.embed(texts.mid(0, std::min(200, count)), &error); // warm-up: tables, threads
    QElapsedTimer timer;
    timer.start();
    const QList<QVector<float>> vectors = embedder.embed(texts, &error);
    e.ms = double(timer.nsecsElapsed()) / 1e6;
    e.chunks = int(vectors.size());
    e.averageTokens = double(tokens) / count;
    e.chunksPerSec = e.ms > 0 ? e.chunks / (e.ms / 1000.0) : 0;
    e.threads = QThreadPool::globalInstance()->maxThreadCount();
    return e;
}

bool ChunkBench::run(const QString& textPath, const ChunkSettings& settings,
                     const QString& interopDir, Report* report, QString* error,
                     const QString& nodeExe)
{
    QFile f(textPath);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(textPath, f.errorString());
        return false;
    }
    const QString text = QString::fromUtf8(f.readAll());
    report->ours = measureChunker(text, settings);
    report->langchain = measureLangChain(textPath, settings, interopDir, nodeExe);
    report->ratio = report->langchain.ran && report->langchain.figures.mbPerSec > 0
                        ? report->ours.mbPerSec / report->langchain.figures.mbPerSec
                        : 0;
    // The embedder's target: 10,000 chunks of about 400 tokens in under 2 s on two cores.
    report->offline = measureOfflineEmbedder(text, ChunkSettings{400, 0});
    return true;
}

} // namespace limitless::knowledge
