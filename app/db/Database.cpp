#include "db/Database.h"

#include "core/Logging.h"
#include "db/DbWorker.h"

#include <QtConcurrent/QtConcurrentRun>

namespace limitless::db {

struct Database::Pending {
    QPointer<QObject> context;
    bool hadContext = false;
    Callback single;
    BatchCallback batch;
};

Database::Database(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<ServerInfo>();
    qRegisterMetaType<DbError>();
    qRegisterMetaType<QueryResult>();
    qRegisterMetaType<ConnectionState>();
    startThreads();
}

Database::~Database()
{
    stopThreads();
}

void Database::startThreads()
{
    m_worker = new DbWorker(this);
    m_worker->moveToThread(&m_workerThread);
    connect(&m_workerThread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_workerThread.setObjectName(QStringLiteral("db-worker"));
    m_workerThread.start();

    m_listener = new Listener(this);
    m_listener->moveToThread(&m_listenerThread);
    connect(&m_listenerThread, &QThread::finished, m_listener, &QObject::deleteLater);
    m_listenerThread.setObjectName(QStringLiteral("db-listener"));
    m_listenerThread.start();
}

void Database::stopThreads()
{
    // Interrupt a long statement so the worker thread can finish promptly.
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (auto handle = m_worker->cancelHandleFor(it.key())) {
            char buf[256];
            PQcancel(handle.get(), buf, sizeof buf);
        }
    }
    m_cancels.waitForFinished();
    m_workerThread.quit();
    m_listenerThread.quit();
    m_workerThread.wait();
    m_listenerThread.wait();
}

void Database::open(const QString& conninfo)
{
    m_conninfo = conninfo;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, conninfo] { w->openConnection(conninfo); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        m_listener, [l = m_listener, conninfo] { l->openConnection(conninfo); },
        Qt::QueuedConnection);
}

void Database::close()
{
    m_conninfo.clear();
    QMetaObject::invokeMethod(m_worker, &DbWorker::closeConnection, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_listener, &Listener::closeConnection, Qt::QueuedConnection);
}

void Database::setClaims(const QByteArray& claimsJson)
{
    m_claims = claimsJson;
}

QByteArray Database::claims() const
{
    return m_claims;
}

RequestId Database::query(const Statement& statement, QObject* context, Callback callback,
                          Access access)
{
    const RequestId id = m_nextId++;
    auto p = std::make_shared<Pending>();
    p->context = context;
    p->hadContext = context != nullptr;
    p->single = std::move(callback);
    m_pending.insert(id, p);
    m_worker->enqueue({id, {statement}, access, claims(), 0});
    return id;
}

RequestId Database::batch(const QList<Statement>& statements, QObject* context,
                          BatchCallback callback, Access access)
{
    const RequestId id = m_nextId++;
    auto p = std::make_shared<Pending>();
    p->context = context;
    p->hadContext = context != nullptr;
    p->batch = std::move(callback);
    m_pending.insert(id, p);
    m_worker->enqueue({id, statements, access, claims(), 0});
    return id;
}

void Database::cancel(RequestId id)
{
    if (!m_pending.contains(id))
        return;
    if (m_worker->dropQueued(id)) {
        DbError e = DbError::fromSqlState(QStringLiteral("57014"), tr("cancelled before it ran"));
        QueryResult r;
        r.error = e;
        // Deliver asynchronously like every other result.
        QMetaObject::invokeMethod(
            this, [this, id, r] { deliver(id, {r}); }, Qt::QueuedConnection);
        return;
    }
    m_worker->markCancelRequested(id);
    if (m_worker->cancelHandleFor(id)) {
        // PQcancel opens its own connection to the server: never on the GUI thread. Checked
        // again just before sending, as the request may have finished meanwhile.
        m_cancels.addFuture(QtConcurrent::run([worker = m_worker, id] {
            const auto handle = worker->cancelHandleFor(id);
            if (!handle)
                return;
            char buf[256];
            if (!PQcancel(handle.get(), buf, sizeof buf))
                qCWarning(lcDb) << "cancel request failed:" << buf;
        }));
    }
}

void Database::listen(const QString& channel)
{
    QMetaObject::invokeMethod(
        m_listener, [l = m_listener, channel] { l->listen(channel); }, Qt::QueuedConnection);
}

void Database::setReconnectDelays(const QList<int>& delaysMs)
{
    m_worker->setReconnectDelays(delaysMs);
}

void Database::deliver(RequestId id, const QList<QueryResult>& results)
{
    const auto p = m_pending.take(id);
    if (!p)
        return;
    // The context died: its callback captured state that no longer exists.
    if (p->hadContext && !p->context)
        return;
    if (p->single)
        p->single(results.isEmpty() ? QueryResult{} : results.first());
    else if (p->batch)
        p->batch(results);
}

void Database::setListening(bool listening)
{
    const bool changed = listening != m_listening;
    m_listening = listening;
    updateLiveUpdates();
    if (changed)
        emit listenerChanged(listening);
}

void Database::setServerInfo(const ServerInfo& info)
{
    m_info = info;
    emit serverInfoChanged(info);
    updateLiveUpdates();
}

void Database::updateLiveUpdates()
{
    // Until the first probe answers, trust the listener (a database from before the probe
    // existed behaves as before); afterwards the notifications must be installed too.
    const bool live = m_listening && (!m_info.additions.probed || m_info.additions.notifications);
    if (live == m_liveUpdates)
        return;
    m_liveUpdates = live;
    emit liveUpdatesChanged(live);
}

void Database::setState(ConnectionState s, const DbError& e)
{
    if (e)
        m_lastError = e;
    if (e && s != ConnectionState::Connected)
        emit errorOccurred(e);
    if (s == m_state)
        return;
    m_state = s;
    emit stateChanged(s);
}

} // namespace limitless::db
