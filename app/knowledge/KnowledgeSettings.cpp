#include "knowledge/KnowledgeSettings.h"

#include "knowledge/OfflineEmbedder.h"
#include "sandbox/Sandbox.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace limitless::knowledge {

namespace {
QString group(const QString& profileId)
{
    return QStringLiteral("knowledge/") + profileId;
}

} // namespace

KnowledgeSettings KnowledgeSettings::load(const QString& profileId)
{
    QSettings s(QCoreApplication::organizationName(), QStringLiteral("limitless-dashboard"));
    s.beginGroup(group(profileId));
    KnowledgeSettings k;
    load(s, &k);
    s.endGroup();
    return k;
}

void KnowledgeSettings::save(const QString& profileId) const
{
    QSettings s(QCoreApplication::organizationName(), QStringLiteral("limitless-dashboard"));
    s.beginGroup(group(profileId));
    save(s);
    s.endGroup();
}

void KnowledgeSettings::load(QSettings& s, KnowledgeSettings* k)
{
    const KnowledgeSettings d;
    k->processing = s.value(QStringLiteral("processing")).toString() == QLatin1String("worker")
                        ? Processing::CloudWorker
                        : Processing::InApp;
    k->storage = s.value(QStringLiteral("storage")).toString() == QLatin1String("gcs")
                     ? Storage::GoogleCloud
                     : Storage::LocalFolder;
    k->localFolder = s.value(QStringLiteral("localFolder")).toString();
    k->gcsBucket = s.value(QStringLiteral("gcsBucket")).toString();
    k->gcsBaseUrl = s.value(QStringLiteral("gcsBaseUrl"), d.gcsBaseUrl).toString();
    k->embedder = s.value(QStringLiteral("embedder")).toString() == QLatin1String("openai")
                      ? EmbedderKind::OpenAiCompatible
                      : EmbedderKind::Offline;
    k->embeddingsBaseUrl =
        s.value(QStringLiteral("embeddingsBaseUrl"), d.embeddingsBaseUrl).toString();
    k->embeddingsModel = s.value(QStringLiteral("embeddingsModel"), d.embeddingsModel).toString();
    k->chunk.targetTokens =
        s.value(QStringLiteral("chunkTargetTokens"), d.chunk.targetTokens).toInt();
    k->chunk.overlapTokens =
        s.value(QStringLiteral("chunkOverlapTokens"), d.chunk.overlapTokens).toInt();
    k->maxUploadMb = s.value(QStringLiteral("maxUploadMb"), d.maxUploadMb).toInt();
    k->vectorWeight = s.value(QStringLiteral("vectorWeight"), d.vectorWeight).toDouble();
    k->textWeight = s.value(QStringLiteral("textWeight"), d.textWeight).toDouble();
    k->rrfK = s.value(QStringLiteral("rrfK"), d.rrfK).toInt();
    k->watchedFolder = s.value(QStringLiteral("watchedFolder")).toString();
}

void KnowledgeSettings::save(QSettings& s) const
{
    s.setValue(QStringLiteral("processing"), processing == Processing::CloudWorker
                                                 ? QStringLiteral("worker")
                                                 : QStringLiteral("app"));
    s.setValue(QStringLiteral("storage"),
               storage == Storage::GoogleCloud ? QStringLiteral("gcs") : QStringLiteral("local"));
    s.setValue(QStringLiteral("localFolder"), localFolder);
    s.setValue(QStringLiteral("gcsBucket"), gcsBucket);
    s.setValue(QStringLiteral("gcsBaseUrl"), gcsBaseUrl);
    s.setValue(QStringLiteral("embedder"), embedder == EmbedderKind::OpenAiCompatible
                                               ? QStringLiteral("openai")
                                               : QStringLiteral("offline"));
    s.setValue(QStringLiteral("embeddingsBaseUrl"), embeddingsBaseUrl);
    s.setValue(QStringLiteral("embeddingsModel"), embeddingsModel);
    s.setValue(QStringLiteral("chunkTargetTokens"), chunk.targetTokens);
    s.setValue(QStringLiteral("chunkOverlapTokens"), chunk.overlapTokens);
    s.setValue(QStringLiteral("maxUploadMb"), maxUploadMb);
    s.setValue(QStringLiteral("vectorWeight"), vectorWeight);
    s.setValue(QStringLiteral("textWeight"), textWeight);
    s.setValue(QStringLiteral("rrfK"), rrfK);
    s.setValue(QStringLiteral("watchedFolder"), watchedFolder);
}

QString KnowledgeSettings::effectiveLocalFolder(const QString& profileId) const
{
    if (!localFolder.isEmpty())
        return localFolder;
    // The sandbox keeps its documents beside its database; other profiles in the dashboard's
    // data folder. The CLI and the dashboard find the same place.
    if (profileId == QLatin1String("sandbox"))
        return sandbox::Sandbox::defaultDir() + QStringLiteral("/documents");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/limitless-dashboard/documents/") + profileId;
}

QString KnowledgeSettings::embeddingModelName() const
{
    return embedder == EmbedderKind::Offline ? OfflineEmbedder::modelName() : embeddingsModel;
}

QStringList KnowledgeSettings::problems() const
{
    QStringList out;
    if (storage == Storage::GoogleCloud && gcsBucket.trimmed().isEmpty())
        out << tr("Name the Google Cloud Storage bucket for the documents.");
    if (embedder == EmbedderKind::OpenAiCompatible) {
        const QUrl u(embeddingsBaseUrl);
        if (!u.isValid() || (u.scheme() != QLatin1String("https") &&
                             u.scheme() != QLatin1String("http")))
            out << tr("The embeddings URL must be an http(s) URL, e.g. https://api.openai.com/v1.");
        if (embeddingsModel.trimmed().isEmpty())
            out << tr("Name the embedding model, e.g. text-embedding-3-small.");
    }
    if (chunk.targetTokens < 50 || chunk.targetTokens > 4000)
        out << tr("The chunk size must be between 50 and 4000 tokens.");
    if (chunk.overlapTokens < 0 || chunk.overlapTokens >= chunk.targetTokens / 2)
        out << tr("The chunk overlap must be at least 0 and less than half the chunk size.");
    if (maxUploadMb < 1 || maxUploadMb > 1024)
        out << tr("The upload limit must be between 1 and 1024 MB.");
    return out;
}

QString KnowledgeSettings::embeddingsKeyName(const QString& profileId)
{
    return QStringLiteral("knowledge/%1/embeddings-key").arg(profileId);
}

QString KnowledgeSettings::gcsKeyName(const QString& profileId)
{
    return QStringLiteral("knowledge/%1/gcs-key").arg(profileId);
}

} // namespace limitless::knowledge
