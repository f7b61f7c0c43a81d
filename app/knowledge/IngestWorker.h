#pragma once

#include "knowledge/BlobStore.h"
#include "knowledge/Ingest.h"
#include "knowledge/KnowledgeEnvironment.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>

#include <atomic>
#include <deque>
#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace limitless::knowledge {

class IngestQueue;

// What the GUI thread and the worker share without waiting on each other: which document is
// being processed and the flags the pipeline polls.
struct IngestShared {
    QMutex mutex; // guards current and cancelled
    QString current;
    QSet<QString> cancelled; // asked to cancel before the worker got to them
    std::atomic_bool cancelCurrent{false};
    std::atomic_bool stopping{false};
    std::atomic_bool paused{false};
};

// IngestQueue's worker: lives on the queue's thread, owns the connection, the Ingestor, the
// embedder, the file store and the watched folder's QFileSystemWatcher. Work is done one unit
// at a time (an upload, a document) from an event-loop "pump", so that new requests, settings
// and cancellations get in between. Results are posted to the queue on the GUI thread.
class IngestWorker : public QObject {
public:
    IngestWorker(IngestQueue* queue, std::shared_ptr<IngestShared> shared);
    ~IngestWorker() override;

    // Everything below runs on the worker thread (IngestQueue queues the calls).
    void configure(const KnowledgeEnvironment& env);
    // Drops the connection, timers and watcher before the thread ends.
    void shutDown();
    void addUploads(const QList<UploadRequest>& requests);
    void cancelQueued(const QString& documentId);
    void processWithPassword(const QString& documentId, const QString& password);
    void reprocessAll();
    void removeStored(const QList<StoredObject>& objects);
    // Runs the pump soon (0 ms) or after `delayMs`.
    void schedule(int delayMs = 0);

private:
    struct Upload {
        UploadRequest request;
        bool watched = false;
    };

    void pump();
    bool step();
    bool ensureConnection();
    void upload(const Upload& u);
    void finishProcessing(const ProcessOutcome& outcome);
    void onStage(const QString& documentId, IngestStage stage, double fraction);
    void setUpWatcher();
    void rescanWatched();
    template <typename F> void post(F&& f);

    IngestQueue* m_queue; // on the GUI thread: only posted to
    std::shared_ptr<IngestShared> m_shared;
    KnowledgeEnvironment m_env;
    KnowledgeTools m_tools;
    std::unique_ptr<Ingestor> m_ingestor;
    bool m_configured = false;
    std::deque<Upload> m_uploads;
    int m_batchTotal = 0;
    int m_batchDone = 0;
    std::deque<std::pair<QString, QString>> m_passwords; // document id, password
    QTimer* m_pumpTimer;
    QTimer* m_pollTimer;
    QTimer* m_rescanTimer;
    QFileSystemWatcher* m_watcher = nullptr;
    QString m_watchedFolder;
    QHash<QString, QString> m_known; // watched file → sha256 last seen
    int m_reconnectDelay = 0;
    bool m_wasIdle = false;
};

} // namespace limitless::knowledge
