#include "knowledge/IngestWorker.h"

#include "db/PgConnection.h"
#include "knowledge/Embedder.h"
#include "knowledge/IngestQueue.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLoggingCategory>
#include <QTimer>

namespace limitless::knowledge {

namespace {

Q_LOGGING_CATEGORY(lcIngest, "limitless.knowledge.ingest")

// A pending document left by another app or the CLI is picked up within this time.
constexpr int PollMs = 15000;
// A burst of file-system events (an editor saving, a copy of many files) becomes one rescan.
constexpr int RescanDelayMs = 1000;
// A transient failure (rate limit, network) is tried again after a pause rather than at once.
constexpr int RetryDelayMs = 2000;
constexpr int MaxReconnectDelayMs = 30000;

IngestSettings ingestSettings(const KnowledgeSettings& k)
{
    IngestSettings s;
    s.maxBytes = qint64(k.maxUploadMb) * 1024 * 1024;
    s.chunk = k.chunk;
    return s;
}

} // namespace

IngestWorker::IngestWorker(IngestQueue* queue, std::shared_ptr<IngestShared> shared)
    : m_queue(queue), m_shared(std::move(shared)), m_pumpTimer(new QTimer(this)),
      m_pollTimer(new QTimer(this)), m_rescanTimer(new QTimer(this))
{
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, [this] { pump(); });
    m_pollTimer->setInterval(PollMs);
    connect(m_pollTimer, &QTimer::timeout, this, [this] { schedule(); });
    m_rescanTimer->setSingleShot(true);
    m_rescanTimer->setInterval(RescanDelayMs);
    connect(m_rescanTimer, &QTimer::timeout, this, [this] { rescanWatched(); });
}

IngestWorker::~IngestWorker()
{
    // The Ingestor holds references into m_tools: it goes first.
    m_ingestor.reset();
}

template <typename F> void IngestWorker::post(F&& f)
{
    QMetaObject::invokeMethod(
        m_queue, [q = m_queue, f = std::forward<F>(f)]() mutable { f(q); }, Qt::QueuedConnection);
}

void IngestWorker::schedule(int delayMs)
{
    if (m_shared->stopping)
        return;
    if (m_pumpTimer->isActive() && m_pumpTimer->remainingTime() <= delayMs)
        return;
    m_pumpTimer->start(delayMs);
}

void IngestWorker::configure(const KnowledgeEnvironment& env)
{
    // The Ingestor refers to the embedder and file store about to be replaced.
    m_ingestor.reset();
    if (!env.isValid()) {
        m_tools = KnowledgeTools();
        m_env = env;
        m_configured = false;
        m_pollTimer->stop();
        setUpWatcher();
        post([](IngestQueue* q) { q->setReady(false, false, {}); });
        return;
    }
    if (!m_tools.connection || !m_tools.connection->isOk() || !m_env.sameConnection(env))
        m_tools = KnowledgeTools::open(env, true);
    else
        m_tools.rebuild(env, true);
    m_env = env;
    m_configured = true;
    if (m_tools.ok()) {
        m_ingestor = std::make_unique<Ingestor>(*m_tools.connection, env.claims, *m_tools.storage,
                                                *m_tools.embedder, m_tools.ownerId,
                                                ingestSettings(env.settings));
        m_ingestor->setStageCallback(
            [this](const QString& id, IngestStage s, double f) { onStage(id, s, f); });
    }
    const bool ready = m_ingestor != nullptr;
    const bool additions = m_tools.additions;
    const QString problem = m_tools.error;
    if (!problem.isEmpty())
        qCWarning(lcIngest) << "ingest queue not ready:" << problem;
    post([ready, additions, problem](IngestQueue* q) { q->setReady(ready, additions, problem); });
    if (ready && env.settings.processing == KnowledgeSettings::Processing::InApp)
        m_pollTimer->start();
    else
        m_pollTimer->stop();
    setUpWatcher();
    schedule();
}

void IngestWorker::shutDown()
{
    m_pumpTimer->stop();
    m_pollTimer->stop();
    m_rescanTimer->stop();
    delete m_watcher;
    m_watcher = nullptr;
    m_ingestor.reset();
    m_tools = KnowledgeTools();
    m_configured = false;
}

bool IngestWorker::ensureConnection()
{
    if (m_tools.connection && m_tools.connection->isOk())
        return true;
    // The connection dropped (server restart, network): open it again, backing off.
    m_ingestor.reset();
    m_tools = KnowledgeTools::open(m_env, true);
    if (!m_tools.connection || !m_tools.ok()) {
        m_reconnectDelay = qBound(1000, m_reconnectDelay * 2, MaxReconnectDelayMs);
        const QString problem = m_tools.error;
        post([problem](IngestQueue* q) { q->setReady(false, false, problem); });
        schedule(m_reconnectDelay);
        return false;
    }
    m_reconnectDelay = 0;
    m_ingestor = std::make_unique<Ingestor>(*m_tools.connection, m_env.claims, *m_tools.storage,
                                            *m_tools.embedder, m_tools.ownerId,
                                            ingestSettings(m_env.settings));
    m_ingestor->setStageCallback(
        [this](const QString& id, IngestStage s, double f) { onStage(id, s, f); });
    const bool additions = m_tools.additions;
    post([additions](IngestQueue* q) { q->setReady(true, additions, {}); });
    return true;
}

void IngestWorker::addUploads(const QList<UploadRequest>& requests)
{
    for (const UploadRequest& r : requests)
        m_uploads.push_back({r, false});
    m_batchTotal += int(requests.size());
    schedule();
}

void IngestWorker::cancelQueued(const QString& documentId)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->cancelled.remove(documentId);
    }
    if (!m_ingestor)
        return;
    KnowledgeStore& store = m_ingestor->store();
    db::DbError e;
    const DocumentRecord d = store.find(documentId, &e);
    // Only a document still waiting is stopped here; one that finished meanwhile stays as it is.
    const bool waiting =
        d.status == QLatin1String("pending") ||
        (d.status == QLatin1String("processing") &&
         (!d.leaseUntil.isValid() || d.leaseUntil < QDateTime::currentDateTimeUtc()));
    if (e || d.id.isEmpty() || !waiting)
        return;
    // Claiming it first keeps another worker from starting it meanwhile.
    if (!store.claim(documentId, m_ingestor->workerId(), m_ingestor->settings().leaseSeconds, &e))
        return;
    store.release(documentId, m_ingestor->workerId(), true);
    ProcessOutcome o;
    o.documentId = documentId;
    o.code = QStringLiteral("cancelled");
    o.message = Ingestor::tr("Cancelled.");
    post([o](IngestQueue* q) { emit q->processed(o); });
}

void IngestWorker::processWithPassword(const QString& documentId, const QString& password)
{
    m_passwords.emplace_back(documentId, password);
    schedule();
}

void IngestWorker::reprocessAll()
{
    if (!ensureConnection() || !m_ingestor)
        return;
    KnowledgeStore& store = m_ingestor->store();
    db::DbError e;
    const QList<DocumentRecord> docs = store.list(&e, false);
    QStringList ids;
    for (const DocumentRecord& d : docs)
        if (d.hasIngest &&
            (d.status == QLatin1String("completed") || d.status == QLatin1String("failed")))
            ids << d.id;
    if (!e && !ids.isEmpty())
        e = store.requeue(ids);
    if (e) {
        const QString message =
            IngestQueue::tr("Documents could not be queued again: %1").arg(e.userMessage());
        post([message](IngestQueue* q) { emit q->errorOccurred(message); });
        return;
    }
    post([ids](IngestQueue* q) { emit q->reprocessQueued(ids); });
    schedule();
}

void IngestWorker::removeStored(const QList<StoredObject>& objects)
{
    QStringList failed;
    for (const StoredObject& o : objects) {
        if (!m_tools.storage) {
            failed << o.url;
            continue;
        }
        if (const StoreError e = m_tools.storage->remove(o)) {
            qCWarning(lcIngest) << "could not remove a stored document:" << e.message;
            failed << o.url;
        }
    }
    post([failed](IngestQueue* q) { emit q->storedFilesRemoved(failed); });
}

void IngestWorker::onStage(const QString& documentId, IngestStage stage, double fraction)
{
    if (stage != IngestStage::Upload) {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->current != documentId) {
            m_shared->current = documentId;
            if (m_shared->cancelled.contains(documentId))
                m_shared->cancelCurrent = true;
        }
    }
    post([documentId, stage, fraction](IngestQueue* q) {
        emit q->stageChanged(documentId, stage, fraction);
    });
}

void IngestWorker::pump()
{
    if (m_shared->stopping || !m_configured)
        return;
    if (step()) {
        m_wasIdle = false;
        schedule();
        return;
    }
    // Paused, or waiting for a connection or a retry, is not "nothing left to do".
    if (m_shared->paused || m_pumpTimer->isActive())
        return;
    if (!m_wasIdle) {
        m_wasIdle = true;
        post([](IngestQueue* q) { emit q->idle(); });
    }
}

bool IngestWorker::step()
{
    if (m_shared->paused)
        return false;
    if (!ensureConnection())
        return false;
    if (!m_uploads.empty()) {
        const Upload u = m_uploads.front();
        m_uploads.pop_front();
        upload(u);
        return true;
    }
    if (m_env.settings.processing != KnowledgeSettings::Processing::InApp || !m_ingestor ||
        !m_tools.additions)
        return false;

    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->current.clear();
        m_shared->cancelCurrent = false;
    }
    ProcessOutcome o;
    if (!m_passwords.empty()) {
        const auto [id, password] = m_passwords.front();
        m_passwords.pop_front();
        {
            QMutexLocker lock(&m_shared->mutex);
            m_shared->current = id;
        }
        o = m_ingestor->process(id, &m_shared->cancelCurrent, password);
    } else {
        o = m_ingestor->processNext(&m_shared->cancelCurrent);
    }
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->current.clear();
        m_shared->cancelled.remove(o.documentId);
        m_shared->cancelCurrent = false;
    }
    if (o.documentId.isEmpty()) {
        if (!o.ok) {
            // The queue itself could not be read: try again later (the connection may be back).
            qCWarning(lcIngest) << "cannot read the ingest queue:" << o.message;
            schedule(RetryDelayMs);
        }
        return false;
    }
    finishProcessing(o);
    if (o.retried) {
        schedule(RetryDelayMs);
        return false;
    }
    return true;
}

void IngestWorker::upload(const Upload& u)
{
    post([done = m_batchDone, total = m_batchTotal, path = u.request.path](IngestQueue* q) {
        emit q->uploadProgress(done, total, path);
    });
    UploadOutcome o;
    if (!m_ingestor) {
        o.path = u.request.path;
        o.status = UploadOutcome::Status::Failed;
        o.code = QStringLiteral("not_ready");
        o.message = m_tools.error;
    } else {
        o = m_ingestor->upload(u.request, &m_shared->stopping);
    }
    ++m_batchDone;
    if (o.status == UploadOutcome::Status::Duplicate) {
        post([o, request = u.request](IngestQueue* q) {
            q->m_awaiting.insert(o.path, request);
            emit q->uploadOutcome(o);
            emit q->duplicateFound(o.path, o.duplicates);
        });
    } else {
        post([o](IngestQueue* q) { emit q->uploadOutcome(o); });
    }
    if (u.watched && o.status == UploadOutcome::Status::Queued) {
        const bool newVersion = !u.request.replacesId.isEmpty();
        post([path = u.request.sourcePath, id = o.documentId, newVersion](IngestQueue* q) {
            emit q->watchedFileQueued(path, id, newVersion);
        });
    }
    if (m_uploads.empty()) {
        post([total = m_batchTotal](IngestQueue* q) { emit q->uploadProgress(total, total, {}); });
        m_batchDone = 0;
        m_batchTotal = 0;
    }
}

void IngestWorker::finishProcessing(const ProcessOutcome& o)
{
    if (m_shared->stopping && o.code == QLatin1String("cancelled")) {
        // Stopped by the app closing, not by the owner: back to the queue for the next start.
        m_ingestor->store().requeue({o.documentId});
        return;
    }
    post([o](IngestQueue* q) { emit q->processed(o); });
    if (!o.ok && o.code == QLatin1String("encrypted")) {
        const DocumentRecord d = m_ingestor->store().find(o.documentId, nullptr);
        post([id = o.documentId, name = d.filename](IngestQueue* q) {
            emit q->passwordNeeded(id, name);
        });
    }
}

void IngestWorker::setUpWatcher()
{
    const QString folder = m_configured && m_ingestor && m_tools.additions
                               ? m_env.settings.watchedFolder.trimmed()
                               : QString();
    if (folder == m_watchedFolder)
        return;
    delete m_watcher;
    m_watcher = nullptr;
    m_known.clear();
    m_watchedFolder = folder;
    if (folder.isEmpty())
        return;
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_rescanTimer,
            qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_rescanTimer,
            qOverload<>(&QTimer::start));
    m_rescanTimer->start();
}

void IngestWorker::rescanWatched()
{
    if (!m_watcher || !m_ingestor || m_shared->stopping)
        return;
    const QFileInfo root(m_watchedFolder);
    if (!root.isDir()) {
        qCWarning(lcIngest) << "the watched folder is missing";
        return;
    }
    QStringList dirs{root.absoluteFilePath()};
    QStringList files;
    QDirIterator it(root.absoluteFilePath(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().isDir())
            dirs << path;
        else
            files << path;
    }
    files.sort();
    // Watch what is there now; newly created files and folders come with directoryChanged.
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    QStringList add;
    for (const QString& p : std::as_const(dirs) + files)
        if (!watched.contains(p))
            add << p;
    if (!add.isEmpty())
        m_watcher->addPaths(add);

    KnowledgeStore& store = m_ingestor->store();
    int queued = 0;
    for (const QString& path : std::as_const(files)) {
        QString ioError;
        const QString sha = Ingestor::sha256OfFile(path, &ioError);
        if (sha.isEmpty() || m_known.value(path) == sha)
            continue;
        m_known.insert(path, sha);
        db::DbError e;
        const DocumentRecord previous = store.findBySourcePath(m_tools.ownerId, path, &e);
        if (e)
            continue;
        if (!previous.id.isEmpty() && previous.sha256 == sha)
            continue; // known from an earlier run of the app
        Upload u;
        u.watched = true;
        u.request.path = path;
        u.request.sourcePath = path;
        u.request.replacesId = previous.id;
        // Unattended: a file whose content is already there (added by hand) is not added twice.
        u.request.duplicates = DuplicatePolicy::Skip;
        m_uploads.push_back(u);
        ++queued;
    }
    if (queued) {
        m_batchTotal += queued;
        schedule();
    }
}

} // namespace limitless::knowledge
