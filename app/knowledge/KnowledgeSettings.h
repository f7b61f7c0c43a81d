#pragma once

#include "knowledge/Chunk.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

namespace limitless::knowledge {

// How the knowledge base works for one profile (the dashboard's QSettings, group
// "knowledge/<profile id>", shared with the CLI);
// secrets (the embeddings API key, the service-account key) live in the keychain under
// secretKey(). Defaults suit the sandbox and an owner without an API key: the offline embedder,
// files in a local folder, processing in the app.
struct KnowledgeSettings {
    Q_DECLARE_TR_FUNCTIONS(KnowledgeSettings)

public:
    enum class Processing { InApp, CloudWorker };
    enum class Storage { LocalFolder, GoogleCloud };
    enum class EmbedderKind { Offline, OpenAiCompatible };

    Processing processing = Processing::InApp;
    Storage storage = Storage::LocalFolder;
    QString localFolder; // empty = <app data>/documents/<profile>
    QString gcsBucket;
    QString gcsBaseUrl = QStringLiteral("https://storage.googleapis.com");
    EmbedderKind embedder = EmbedderKind::Offline;
    QString embeddingsBaseUrl = QStringLiteral("https://api.openai.com/v1");
    QString embeddingsModel = QStringLiteral("text-embedding-3-small");
    ChunkSettings chunk;
    int maxUploadMb = 50;
    double vectorWeight = 1.0;
    double textWeight = 1.0;
    int rrfK = 60;
    QString watchedFolder; // empty = none

    static KnowledgeSettings load(const QString& profileId);
    void save(const QString& profileId) const;
    static void load(QSettings& s, KnowledgeSettings* out);
    void save(QSettings& s) const;

    QString effectiveLocalFolder(const QString& profileId) const;
    // The embedder's model name as recorded per document.
    QString embeddingModelName() const;
    // What is wrong with these settings (translated); empty when usable.
    QStringList problems() const;

    // Keychain entries: "knowledge/<profile>/embeddings-key", "knowledge/<profile>/gcs-key".
    static QString embeddingsKeyName(const QString& profileId);
    static QString gcsKeyName(const QString& profileId);
};

} // namespace limitless::knowledge
