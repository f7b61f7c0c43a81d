#pragma once

#include "knowledge/KnowledgeSettings.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace limitless::knowledge {

class BlobStore;
class Embedder;

// Builds the embedder and the file store that a profile's settings name. Secrets are passed in
// (the caller reads them from the keychain or, in the CLI, from the environment); an empty
// error means the object is usable.
std::unique_ptr<Embedder> makeEmbedder(const KnowledgeSettings& settings, const QByteArray& apiKey,
                                       QString* error);
std::unique_ptr<BlobStore> makeBlobStore(const KnowledgeSettings& settings,
                                         const QString& profileId,
                                         const QByteArray& serviceAccountKey, QString* error);

} // namespace limitless::knowledge
