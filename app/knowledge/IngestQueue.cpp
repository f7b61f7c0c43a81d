#include "knowledge/IngestQueue.h"

#include "knowledge/IngestWorker.h"

#include <QDirIterator>
#include <QFileInfo>

namespace limitless::knowledge {

IngestQueue::IngestQueue(db::Database* database, auth::SecretStore* secrets, QObject* parent)
    : QObject(parent), m_tracker(new EnvironmentTracker(database, secrets, this)),
      m_shared(std::make_shared<IngestShared>())
{
    qRegisterMetaType<UploadOutcome>();
    qRegisterMetaType<ProcessOutcome>();
    qRegisterMetaType<IngestStage>();
    qRegisterMetaType<DocumentRecord>();
    qRegisterMetaType<QList<DocumentRecord>>();

    m_worker = new IngestWorker(this, m_shared);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("knowledge-ingest"));
    m_thread.start();

    connect(m_tracker, &EnvironmentTracker::environmentChanged, this,
            [this](const KnowledgeEnvironment& env) {
                toWorker([env](IngestWorker* w) { w->configure(env); });
            });
    connect(m_tracker, &EnvironmentTracker::secretsFailed, this,
            [this](const QString& message) { setReady(false, m_canUpload, message); });
}

IngestQueue::~IngestQueue()
{
    stopWorker();
}

void IngestQueue::stopWorker()
{
    if (!m_worker)
        return;
    // Interrupt the current step (the document goes back to the queue, see IngestWorker), then
    // let the worker drop its connection on its own thread.
    m_shared->stopping = true;
    m_shared->cancelCurrent = true;
    IngestWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->shutDown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete worker;
    m_worker = nullptr;
}

template <typename F> void IngestQueue::toWorker(F&& f)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, f = std::forward<F>(f)]() mutable { f(w); }, Qt::QueuedConnection);
}

void IngestQueue::setProfileId(const QString& profileId)
{
    m_tracker->setProfileId(profileId);
}

QString IngestQueue::profileId() const
{
    return m_tracker->profileId();
}

KnowledgeSettings IngestQueue::settings() const
{
    return m_tracker->settings();
}

void IngestQueue::setSettings(const KnowledgeSettings& settings)
{
    m_tracker->setSettings(settings);
}

void IngestQueue::start()
{
    m_tracker->start();
}

bool IngestQueue::isStarted() const
{
    return m_tracker->isStarted();
}

bool IngestQueue::processesInApp() const
{
    return m_tracker->settings().processing == KnowledgeSettings::Processing::InApp;
}

void IngestQueue::setReady(bool ready, bool canUpload, const QString& problem)
{
    const bool readyChanged_ = ready != m_ready;
    const bool problemChanged_ = problem != m_problem;
    m_ready = ready;
    m_canUpload = canUpload;
    m_problem = problem;
    if (readyChanged_)
        emit readyChanged(ready);
    if (problemChanged_)
        emit problemChanged(problem);
}

QStringList IngestQueue::expandPaths(const QStringList& paths, QStringList* missing)
{
    QStringList out;
    for (const QString& p : paths) {
        const QFileInfo fi(p);
        if (fi.isDir()) {
            QStringList found;
            QDirIterator it(fi.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            found.sort();
            out += found;
        } else if (fi.isFile()) {
            out << fi.absoluteFilePath();
        } else if (missing) {
            missing->append(p);
        }
    }
    out.removeDuplicates();
    return out;
}

void IngestQueue::enqueue(const QStringList& paths, const QString& category,
                          const QStringList& tags)
{
    QStringList missing;
    const QStringList files = expandPaths(paths, &missing);
    for (const QString& m : std::as_const(missing)) {
        UploadOutcome o;
        o.path = m;
        o.status = UploadOutcome::Status::Refused;
        o.code = QStringLiteral("missing");
        o.message = tr("There is no such file or folder.");
        emit uploadOutcome(o);
    }
    QList<UploadRequest> requests;
    for (const QString& f : files) {
        if (m_awaiting.contains(f))
            continue; // still waiting for the owner's answer about this very file
        UploadRequest r;
        r.path = f;
        r.category = category;
        r.tags = tags;
        r.duplicates = DuplicatePolicy::Ask;
        requests << r;
    }
    if (requests.isEmpty())
        return;
    toWorker([requests](IngestWorker* w) { w->addUploads(requests); });
}

void IngestQueue::resolveDuplicate(const QString& path, DuplicatePolicy policy)
{
    if (policy == DuplicatePolicy::Ask || !m_awaiting.contains(path))
        return;
    UploadRequest r = m_awaiting.take(path);
    r.duplicates = policy;
    toWorker([r](IngestWorker* w) { w->addUploads({r}); });
}

void IngestQueue::cancel(const QString& documentId)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->current == documentId) {
            m_shared->cancelCurrent = true;
            return;
        }
        m_shared->cancelled.insert(documentId);
    }
    toWorker([documentId](IngestWorker* w) { w->cancelQueued(documentId); });
}

void IngestQueue::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    m_shared->paused = true;
    emit pausedChanged(true);
}

void IngestQueue::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_shared->paused = false;
    emit pausedChanged(false);
    toWorker([](IngestWorker* w) { w->schedule(); });
}

void IngestQueue::reprocessAll()
{
    toWorker([](IngestWorker* w) { w->reprocessAll(); });
}

void IngestQueue::processWithPassword(const QString& documentId, const QString& password)
{
    toWorker(
        [documentId, password](IngestWorker* w) { w->processWithPassword(documentId, password); });
}

void IngestQueue::removeStoredFiles(const QList<StoredObject>& objects)
{
    if (objects.isEmpty())
        return;
    toWorker([objects](IngestWorker* w) { w->removeStored(objects); });
}

void IngestQueue::poke()
{
    toWorker([](IngestWorker* w) { w->schedule(); });
}

} // namespace limitless::knowledge
