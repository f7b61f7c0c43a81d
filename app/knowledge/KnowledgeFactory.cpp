#include "knowledge/KnowledgeFactory.h"

#include "knowledge/GcsStore.h"
#include "knowledge/KnowledgeStore.h"
#include "knowledge/LocalFolderStore.h"
#include "knowledge/OfflineEmbedder.h"
#include "knowledge/OpenAiEmbeddings.h"

#include <QUrl>

namespace limitless::knowledge {

std::unique_ptr<Embedder> makeEmbedder(const KnowledgeSettings& settings, const QByteArray& apiKey,
                                       QString* error)
{
    if (settings.embedder == KnowledgeSettings::EmbedderKind::Offline)
        return std::make_unique<OfflineEmbedder>();
    const QUrl base(settings.embeddingsBaseUrl);
    if (!base.isValid() || base.scheme().isEmpty()) {
        if (error)
            *error = KnowledgeSettings::tr("The embeddings URL “%1” is not a URL.")
                         .arg(settings.embeddingsBaseUrl);
        return nullptr;
    }
    // The database column holds 1536 dimensions (text-embedding-3-small's); a model that gives
    // another width is refused when its first vectors arrive, before anything is stored.
    return std::make_unique<OpenAiEmbeddings>(base, settings.embeddingsModel,
                                              KnowledgeStore::kDimensions,
                                              QString::fromUtf8(apiKey));
}

std::unique_ptr<BlobStore> makeBlobStore(const KnowledgeSettings& settings,
                                         const QString& profileId,
                                         const QByteArray& serviceAccountKey, QString* error)
{
    if (settings.storage == KnowledgeSettings::Storage::LocalFolder)
        return std::make_unique<LocalFolderStore>(settings.effectiveLocalFolder(profileId));
    if (serviceAccountKey.isEmpty()) {
        if (error)
            *error = KnowledgeSettings::tr(
                "Documents go to Google Cloud Storage, but no service-account key is stored for "
                "this profile. Add the key in the knowledge settings.");
        return nullptr;
    }
    StoreError se;
    std::unique_ptr<GcsStore> gcs =
        GcsStore::fromKeyJson(serviceAccountKey, settings.gcsBucket, &se);
    if (!gcs) {
        if (error)
            *error = se.message;
        return nullptr;
    }
    gcs->setBaseUrl(QUrl(settings.gcsBaseUrl));
    return gcs;
}

} // namespace limitless::knowledge
