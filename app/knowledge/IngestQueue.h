#pragma once

#include "knowledge/BlobStore.h"
#include "knowledge/Ingest.h"
#include "knowledge/KnowledgeEnvironment.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

#include <memory>

namespace limitless::auth {
class SecretStore;
}

namespace limitless::db {
class Database;
}

namespace limitless::knowledge {

class IngestWorker;
struct IngestShared;

// The Documents page's pipeline: uploads and processes the owner's documents on a worker
// thread of its own, so the GUI thread never waits on a file, the network or the database.
//
// The worker opens its own connection to the database the app is connected to
// (Database::conninfo()) and runs every statement under the signed-in owner's claims; its
// embedder and file store come from the profile's KnowledgeSettings, with the API key and the
// service-account key read from the keychain. The queue itself is the database: start()
// processes whatever is pending there (uploads of an earlier run, the CLI's `--no-process`,
// documents whose worker died and whose lease expired), so the work survives a restart. With
// processing = CloudWorker the app only uploads; the rows stay pending for the cloud worker.
//
// A watched folder (KnowledgeSettings::watchedFolder) is rescanned when it changes: a new file
// is added, a file whose content changed (by sha256) becomes a new version of the document that
// came from the same path.
//
// Every signal carries plain values and arrives on the GUI thread.
class IngestQueue : public QObject {
    Q_OBJECT

public:
    // `secrets` null = the OS keychain.
    explicit IngestQueue(db::Database* database, auth::SecretStore* secrets = nullptr,
                         QObject* parent = nullptr);
    // Stops the worker: the document being processed goes back to the queue (pending), where
    // the next start picks it up. Uploads not yet stored are dropped.
    ~IngestQueue() override;

    // The profile whose knowledge settings apply (default: "sandbox").
    void setProfileId(const QString& profileId);
    QString profileId() const;
    KnowledgeSettings settings() const;
    // New settings (the settings dialog; tests): the worker rebuilds its embedder, file store
    // and watched folder. Secrets are read again from the keychain.
    void setSettings(const KnowledgeSettings& settings);
    EnvironmentTracker* environment() const { return m_tracker; }

    // Reads the profile's settings and secrets, then (once the database is connected) starts
    // the worker, which resumes pending work. Follows the database: a new connection or account
    // restarts the worker with it; a closed one stops it.
    void start();
    bool isStarted() const;
    // The worker is connected and knows the owner.
    bool isReady() const { return m_ready; }
    // Why the queue cannot work (translated), or empty.
    QString problem() const { return m_problem; }
    // Whether uploads can be stored (the database has the knowledge-base additions).
    bool canUpload() const { return m_canUpload; }
    bool processesInApp() const;

    // Files and folders (walked, hidden files left out) to add with a category and tags.
    void enqueue(const QStringList& paths, const QString& category = {},
                 const QStringList& tags = {});
    // The owner's answer to duplicateFound() for `path`: Replace (a new version of the first
    // duplicate), KeepBoth or Skip.
    void resolveDuplicate(const QString& path, DuplicatePolicy policy);
    QStringList awaitingDuplicates() const { return m_awaiting.keys(); }
    // Stops processing `documentId` (the current one at once, a queued one before it starts):
    // it ends failed with the reason "cancelled".
    void cancel(const QString& documentId);
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    // Queues every current document for processing again (new chunk settings or model).
    void reprocessAll();
    // Processes an encrypted PDF with the password the owner typed.
    void processWithPassword(const QString& documentId, const QString& password);
    // Removes stored originals of deleted documents (on the worker: GCS is a network call).
    void removeStoredFiles(const QList<StoredObject>& objects);
    // Looks for pending work now (another client queued documents).
    void poke();

    // Files under `paths` (folders walked in order, hidden files left out); paths that do not
    // exist go to `missing`.
    static QStringList expandPaths(const QStringList& paths, QStringList* missing = nullptr);

signals:
    void readyChanged(bool ready);
    // A problem that stops the queue (no owner, incomplete settings, the keychain…), or empty
    // when it is over.
    void problemChanged(const QString& message);
    void pausedChanged(bool paused);
    // Something failed that does not stop the queue (translated).
    void errorOccurred(const QString& message);
    // One file's upload is over: queued, skipped, refused with its reason, failed.
    void uploadOutcome(const limitless::knowledge::UploadOutcome& outcome);
    // `path`'s content is already in the knowledge base: resolveDuplicate() says what to do.
    void duplicateFound(const QString& path,
                        const QList<limitless::knowledge::DocumentRecord>& duplicates);
    // Uploads of this batch: `done` of `total`, `path` the file being uploaded now (empty when
    // the batch is over).
    void uploadProgress(int done, int total, const QString& path);
    void stageChanged(const QString& documentId, limitless::knowledge::IngestStage stage,
                      double fraction);
    void processed(const limitless::knowledge::ProcessOutcome& outcome);
    // An encrypted PDF failed with the code "encrypted": ask for its password once.
    void passwordNeeded(const QString& documentId, const QString& filename);
    void reprocessQueued(const QStringList& documentIds);
    // The watched folder's `path` was queued, as a new version of an earlier document or new.
    void watchedFileQueued(const QString& path, const QString& documentId, bool newVersion);
    // The worker has nothing left to do (uploads done, no pending document).
    void idle();
    // A document removal finished; `failed` names the stored files that could not be removed.
    void storedFilesRemoved(const QStringList& failed);

private:
    friend class IngestWorker;
    void stopWorker();
    void setReady(bool ready, bool canUpload, const QString& problem);
    template <typename F> void toWorker(F&& f);

    EnvironmentTracker* m_tracker;
    QThread m_thread;
    IngestWorker* m_worker = nullptr;
    std::shared_ptr<IngestShared> m_shared;
    QHash<QString, UploadRequest> m_awaiting; // path → request, waiting for the duplicate answer
    bool m_ready = false;
    bool m_canUpload = false;
    bool m_paused = false;
    QString m_problem;
};

} // namespace limitless::knowledge

Q_DECLARE_METATYPE(limitless::knowledge::UploadOutcome)
Q_DECLARE_METATYPE(limitless::knowledge::ProcessOutcome)
Q_DECLARE_METATYPE(limitless::knowledge::IngestStage)
