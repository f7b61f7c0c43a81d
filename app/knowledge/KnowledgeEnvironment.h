#pragma once

#include "db/DbError.h"
#include "knowledge/KnowledgeSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace limitless::auth {
class KeychainStore;
class SecretStore;
} // namespace limitless::auth

namespace limitless::db {
class Database;
class PgConnection;
} // namespace limitless::db

namespace limitless::knowledge {

class BlobStore;
class Embedder;

// Everything a knowledge-base worker thread needs to act for the signed-in owner, as plain
// values: the database the app is connected to, the owner's claims (every statement runs under
// them), the profile's knowledge settings and the secrets those settings call for. Built on the
// GUI thread, handed to the worker.
struct KnowledgeEnvironment {
    QString conninfo;
    QByteArray claims;
    QString profileId;
    KnowledgeSettings settings;
    QByteArray embeddingsKey; // the OpenAI-compatible API key, when that embedder is chosen
    QByteArray gcsKey;        // the service-account key, when documents go to Cloud Storage

    bool isValid() const { return !conninfo.isEmpty(); }
    // Whether the worker's connection must be opened again (a new database or account);
    // settings and secrets alone only rebuild the embedder and the file store.
    bool sameConnection(const KnowledgeEnvironment& other) const
    {
        return conninfo == other.conninfo && claims == other.claims;
    }
};

// What a worker builds from an environment: its own connection, the owner's row, the
// embedder and the file store. Blocking; on the worker thread.
struct KnowledgeTools {
    Q_DECLARE_TR_FUNCTIONS(KnowledgeTools)

public:
    std::unique_ptr<db::PgConnection> connection;
    QString ownerId;
    std::unique_ptr<Embedder> embedder;
    std::unique_ptr<BlobStore> storage;
    bool additions = false; // the database has the knowledge-base additions
    QString error;          // translated; empty when everything was built
    db::DbError dbError;

    KnowledgeTools();
    ~KnowledgeTools();
    KnowledgeTools(KnowledgeTools&&) noexcept;
    KnowledgeTools& operator=(KnowledgeTools&&) noexcept;

    bool ok() const { return error.isEmpty(); }

    // Opens the connection and finds the owner; then (`withStorage`) the file store and the
    // embedder. A problem with the settings or a secret is reported in `error`; the connection
    // is kept so the caller can still read.
    static KnowledgeTools open(const KnowledgeEnvironment& env, bool withStorage);
    // Rebuilds the embedder and file store for new settings or secrets on an open connection.
    void rebuild(const KnowledgeEnvironment& env, bool withStorage);
};

// The owners row of the signed-in user (`claims`); without claims (a maintenance connection,
// LIMITLESS_DATABASE_URL without LIMITLESS_CLAIMS) the database's only owner.
QString signedInOwnerId(db::PgConnection& connection, const QByteArray& claims, db::DbError* error);

// Reads the secrets that `settings` need from the keychain (nothing for the offline embedder
// and a local folder) and calls `done` on `context`'s thread; `error` is translated.
void readKnowledgeSecrets(auth::SecretStore* secrets, const QString& profileId,
                          const KnowledgeSettings& settings, QObject* context,
                          std::function<void(const QByteArray& embeddingsKey,
                                             const QByteArray& gcsKey, const QString& error)>
                              done);

// Follows what a knowledge-base worker needs on the GUI thread: the app's connection and claims
// (a sign-in, a profile switch, a sign-out), the profile's settings and their secrets from the
// keychain, and says when they changed. An environment without a connection means: stop.
class EnvironmentTracker : public QObject {
    Q_OBJECT

public:
    // `secrets` null = the OS keychain.
    explicit EnvironmentTracker(db::Database* database, auth::SecretStore* secrets = nullptr,
                                QObject* parent = nullptr);
    ~EnvironmentTracker() override;

    // The profile whose settings apply (default: "sandbox"); its saved settings are read again.
    void setProfileId(const QString& profileId);
    QString profileId() const { return m_profileId; }
    // Settings given instead of the saved ones (the settings dialog applies, tests).
    void setSettings(const KnowledgeSettings& settings);
    KnowledgeSettings settings() const { return m_settings; }
    // Reads settings and secrets and follows the database from now on.
    void start();
    bool isStarted() const { return m_started; }
    KnowledgeEnvironment current() const { return m_env; }

signals:
    void environmentChanged(const limitless::knowledge::KnowledgeEnvironment& env);
    // The keychain could not give a secret the settings call for (translated).
    void secretsFailed(const QString& message);

private:
    void update();

    QPointer<db::Database> m_db;
    std::unique_ptr<auth::KeychainStore> m_keychain;
    auth::SecretStore* m_secrets;
    QString m_profileId = QStringLiteral("sandbox");
    KnowledgeSettings m_settings;
    bool m_settingsGiven = false;
    bool m_started = false;
    quint64 m_generation = 0;
    KnowledgeEnvironment m_env;
};

} // namespace limitless::knowledge

Q_DECLARE_METATYPE(limitless::knowledge::KnowledgeEnvironment)
