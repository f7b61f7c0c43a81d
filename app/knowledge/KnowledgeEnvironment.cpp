#include "knowledge/KnowledgeEnvironment.h"

#include "auth/KeychainStore.h"
#include "auth/SecretStore.h"
#include "db/Claims.h"
#include "db/Database.h"
#include "db/PgConnection.h"
#include "knowledge/BlobStore.h"
#include "knowledge/Embedder.h"
#include "knowledge/KnowledgeFactory.h"

#include <QObject>
#include <QPointer>

namespace limitless::knowledge {

KnowledgeTools::KnowledgeTools() = default;
KnowledgeTools::~KnowledgeTools() = default;
KnowledgeTools::KnowledgeTools(KnowledgeTools&&) noexcept = default;
KnowledgeTools& KnowledgeTools::operator=(KnowledgeTools&&) noexcept = default;

QString signedInOwnerId(db::PgConnection& connection, const QByteArray& claims, db::DbError* error)
{
    if (!claims.isEmpty()) {
        const db::QueryResult r =
            db::execWithClaims(connection,
                               {db::Statement(QStringLiteral(
                                   "select id from owners where supabase_user_id = "
                                   "(select auth.uid())::text order by created_at, id limit 1"))},
                               claims)
                .value(0);
        if (error)
            *error = r.error;
        return r.ok() ? r.scalar().toString() : QString();
    }
    // A maintenance connection sees every owner: it acts for the only one, as the CLI does.
    const db::QueryResult r =
        connection.exec(QStringLiteral("select id from owners order by created_at, id limit 2"));
    if (error)
        *error = r.error;
    return r.ok() && r.rowCount() == 1 ? r.scalar().toString() : QString();
}

KnowledgeTools KnowledgeTools::open(const KnowledgeEnvironment& env, bool withStorage)
{
    KnowledgeTools t;
    t.connection = db::PgConnection::open(env.conninfo, &t.dbError);
    if (!t.connection) {
        t.error = t.dbError.userMessage();
        return t;
    }
    t.ownerId = signedInOwnerId(*t.connection, env.claims, &t.dbError);
    if (t.dbError) {
        t.error = t.dbError.userMessage();
        return t;
    }
    if (t.ownerId.isEmpty()) {
        t.error = tr("No owner profile belongs to the signed-in account, so documents cannot be "
                     "added. Sign in as the business's owner, whose profile the web app creates "
                     "at sign-up.");
        return t;
    }
    t.rebuild(env, withStorage);
    return t;
}

void KnowledgeTools::rebuild(const KnowledgeEnvironment& env, bool withStorage)
{
    embedder.reset();
    storage.reset();
    error.clear();
    // Asked again each time: `limitless migrate` may have run while the app was open.
    if (connection) {
        const db::QueryResult probe = connection->exec(
            QStringLiteral("select to_regclass('limitless.document_ingest') is not null"));
        additions = probe.ok() && probe.scalar().toBool();
    }
    const QStringList problems = env.settings.problems();
    if (!problems.isEmpty()) {
        error =
            tr("The knowledge settings are incomplete: %1").arg(problems.join(QLatin1Char(' ')));
        return;
    }
    QString why;
    embedder = makeEmbedder(env.settings, env.embeddingsKey, &why);
    if (!embedder) {
        error = why;
        return;
    }
    if (!withStorage)
        return;
    storage = makeBlobStore(env.settings, env.profileId, env.gcsKey, &why);
    if (!storage)
        error = why;
}

void readKnowledgeSecrets(
    auth::SecretStore* secrets, const QString& profileId, const KnowledgeSettings& settings,
    QObject* context,
    std::function<void(const QByteArray&, const QByteArray&, const QString&)> done)
{
    const bool wantsKey = settings.embedder == KnowledgeSettings::EmbedderKind::OpenAiCompatible;
    const bool wantsGcs = settings.storage == KnowledgeSettings::Storage::GoogleCloud;
    if (!secrets || (!wantsKey && !wantsGcs)) {
        // Still asynchronous, like a keychain answer: callers need not care which it was.
        QMetaObject::invokeMethod(
            context, [done] { done({}, {}, {}); }, Qt::QueuedConnection);
        return;
    }
    const QString gcsName = KnowledgeSettings::gcsKeyName(profileId);
    auto readGcs = [secrets, gcsName, wantsGcs, context, done](const QByteArray& key) {
        if (!wantsGcs) {
            done(key, {}, {});
            return;
        }
        secrets->read(gcsName, context,
                      [key, done](const QByteArray& gcs, const auth::AuthError& e) {
                          done(key, gcs, e ? e.userMessage() : QString());
                      });
    };
    if (!wantsKey) {
        readGcs({});
        return;
    }
    secrets->read(KnowledgeSettings::embeddingsKeyName(profileId), context,
                  [readGcs, done](const QByteArray& key, const auth::AuthError& e) {
                      if (e) {
                          done({}, {}, e.userMessage());
                          return;
                      }
                      readGcs(key);
                  });
}

EnvironmentTracker::EnvironmentTracker(db::Database* database, auth::SecretStore* secrets,
                                       QObject* parent)
    : QObject(parent), m_db(database),
      m_keychain(secrets ? nullptr : std::make_unique<auth::KeychainStore>()),
      m_secrets(secrets ? secrets : m_keychain.get())
{
    qRegisterMetaType<KnowledgeEnvironment>();
    if (m_db) {
        // Connected: a new database or account (sign-in, profile switch); Disconnected: closed
        // (sign-out). Reconnects in between are each worker's own business.
        connect(m_db, &db::Database::stateChanged, this, [this](db::ConnectionState s) {
            if (s == db::ConnectionState::Connected || s == db::ConnectionState::Disconnected)
                update();
        });
    }
}

EnvironmentTracker::~EnvironmentTracker() = default;

void EnvironmentTracker::setProfileId(const QString& profileId)
{
    if (profileId == m_profileId)
        return;
    m_profileId = profileId;
    m_settingsGiven = false;
    update();
}

void EnvironmentTracker::setSettings(const KnowledgeSettings& settings)
{
    m_settings = settings;
    m_settingsGiven = true;
    update();
}

void EnvironmentTracker::start()
{
    m_started = true;
    update();
}

void EnvironmentTracker::update()
{
    if (!m_started)
        return;
    const quint64 generation = ++m_generation;
    if (!m_settingsGiven)
        m_settings = KnowledgeSettings::load(m_profileId);
    KnowledgeEnvironment env;
    env.profileId = m_profileId;
    env.settings = m_settings;
    if (m_db && m_db->state() == db::ConnectionState::Connected) {
        env.conninfo = m_db->conninfo();
        env.claims = m_db->claims();
    }
    if (!env.isValid()) {
        m_env = env;
        emit environmentChanged(env);
        return;
    }
    readKnowledgeSecrets(m_secrets, m_profileId, m_settings, this,
                         [this, generation, env](const QByteArray& key, const QByteArray& gcs,
                                                 const QString& error) mutable {
                             if (generation != m_generation)
                                 return; // settings or the connection changed meanwhile
                             if (!error.isEmpty()) {
                                 emit secretsFailed(
                                     tr("The knowledge base's keys could not be read from the "
                                        "keychain: %1")
                                         .arg(error));
                                 return;
                             }
                             env.embeddingsKey = key;
                             env.gcsKey = gcs;
                             m_env = env;
                             emit environmentChanged(env);
                         });
}

} // namespace limitless::knowledge
