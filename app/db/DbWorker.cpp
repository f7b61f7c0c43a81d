#include "db/DbWorker.h"

#include "core/Logging.h"
#include "db/Claims.h"

#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QUuid>

namespace limitless::db {

namespace {

bool isPermanent(const DbError& e)
{
    return e.kind == DbError::Kind::AuthenticationFailed ||
           e.kind == DbError::Kind::InvalidAddress || e.kind == DbError::Kind::DatabaseMissing;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// DbWorker

DbWorker::DbWorker(Database* owner) : m_owner(owner)
{
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &DbWorker::tryConnect);
}

DbWorker::~DbWorker() = default;

void DbWorker::enqueue(Request request)
{
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_back(std::move(request));
    }
    QMetaObject::invokeMethod(this, &DbWorker::drain, Qt::QueuedConnection);
}

bool DbWorker::dropQueued(RequestId id)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->id == id) {
            m_queue.erase(it);
            return true;
        }
    }
    return false;
}

std::shared_ptr<PGcancel> DbWorker::cancelHandleFor(RequestId id)
{
    QMutexLocker lock(&m_mutex);
    return m_running == id ? m_cancel : nullptr;
}

void DbWorker::markCancelRequested(RequestId id)
{
    QMutexLocker lock(&m_mutex);
    m_cancelRequested.insert(id);
}

void DbWorker::setReconnectDelays(const QList<int>& delays)
{
    QMutexLocker lock(&m_mutex);
    if (!delays.isEmpty())
        m_delays = delays;
}

void DbWorker::reportState(ConnectionState s, const DbError& e)
{
    QMetaObject::invokeMethod(
        m_owner, [owner = m_owner, s, e] { owner->setState(s, e); }, Qt::QueuedConnection);
}

void DbWorker::openConnection(const QString& conninfo)
{
    m_conninfo = conninfo;
    m_conn.reset();
    m_attempt = 0;
    m_everConnected = false;
    m_reconnectTimer->stop();
    reportState(ConnectionState::Connecting);
    tryConnect();
}

void DbWorker::closeConnection()
{
    m_reconnectTimer->stop();
    {
        QMutexLocker lock(&m_mutex);
        m_cancel.reset();
    }
    m_conn.reset();
    m_conninfo.clear();
    DbError closed = DbError::client(tr("The database connection was closed."));
    closed.kind = DbError::Kind::ConnectionLost;
    failQueued(closed);
    reportState(ConnectionState::Disconnected);
}

void DbWorker::tryConnect()
{
    if (m_conninfo.isEmpty())
        return;
    DbError error;
    auto conn = PgConnection::open(m_conninfo, &error);
    if (!conn) {
        qCWarning(lcDb) << "connect failed:" << error.message;
        if (isPermanent(error) || !m_everConnected) {
            // A wrong password or address will not fix itself; a first connection that is
            // refused is reported at once too, and retried in the background.
            failQueued(error);
            if (isPermanent(error)) {
                reportState(ConnectionState::Failed, error);
                return;
            }
        }
        scheduleReconnect(error);
        return;
    }
    m_conn = std::move(conn);
    {
        QMutexLocker lock(&m_mutex);
        m_cancel = std::shared_ptr<PGcancel>(PQgetCancel(m_conn->raw()), PQfreeCancel);
    }
    m_attempt = 0;
    m_everConnected = true;

    // What the status bar shows. pg_catalog is readable by every role, unlike
    // information_schema, which hides columns the role has no privilege on.
    ServerInfo info;
    info.serverVersion = m_conn->serverVersionString();
    const QueryResult r = m_conn->exec(QStringLiteral(
        "select current_database(), current_user, "
        "coalesce((select t.typname = 'vector' from pg_attribute a join pg_type t on t.oid = "
        "a.atttypid where a.attrelid = to_regclass('public.document_embeddings') and a.attname = "
        "'embedding'), false)"));
    if (r.ok() && r.rowCount() == 1) {
        info.databaseName = r.value(0, 0).toString();
        info.userName = r.value(0, 1).toString();
        info.pgvector = r.value(0, 2).toBool();
    }
    info.additions = Additions::probe(*m_conn);
    QMetaObject::invokeMethod(
        m_owner, [owner = m_owner, info] { owner->setServerInfo(info); }, Qt::QueuedConnection);
    reportState(ConnectionState::Connected);
    drain();
}

void DbWorker::scheduleReconnect(const DbError& why)
{
    int delay;
    {
        QMutexLocker lock(&m_mutex);
        delay = m_delays.at(std::min(m_attempt, int(m_delays.size()) - 1));
    }
    ++m_attempt;
    // After a few failed attempts, queued requests get an error the page can show instead of
    // waiting forever; reconnecting goes on in the background.
    if (m_attempt > 4)
        failQueued(why);
    reportState(ConnectionState::Reconnecting, why);
    const int attempt = m_attempt;
    QMetaObject::invokeMethod(
        m_owner, [owner = m_owner, attempt, delay] { emit owner->reconnecting(attempt, delay); },
        Qt::QueuedConnection);
    m_reconnectTimer->start(delay);
}

void DbWorker::failQueued(const DbError& error)
{
    std::deque<Request> failed;
    {
        QMutexLocker lock(&m_mutex);
        failed.swap(m_queue);
    }
    for (const Request& r : failed) {
        QList<QueryResult> results;
        for (qsizetype i = 0; i < std::max<qsizetype>(1, r.statements.size()); ++i) {
            QueryResult q;
            q.error = error;
            results.append(q);
        }
        deliver(r.id, results);
    }
}

void DbWorker::deliver(RequestId id, const QList<QueryResult>& results)
{
    QMetaObject::invokeMethod(
        m_owner, [owner = m_owner, id, results] { owner->deliver(id, results); },
        Qt::QueuedConnection);
}

void DbWorker::drain()
{
    for (;;) {
        if (!m_conn) {
            if (!m_conninfo.isEmpty() && !m_reconnectTimer->isActive())
                tryConnect();
            else if (m_conninfo.isEmpty())
                failQueued(DbError::fromConnectionFailure(tr("not connected")));
            return;
        }
        Request r;
        {
            QMutexLocker lock(&m_mutex);
            if (m_queue.empty())
                return;
            r = std::move(m_queue.front());
            m_queue.pop_front();
            m_running = r.id;
        }
        const bool wasOk = m_conn->isOk();
        QList<QueryResult> results = wasOk ? execute(r) : QList<QueryResult>{};
        {
            QMutexLocker lock(&m_mutex);
            m_running = 0;
        }
        if (wasOk && m_conn->isOk()) {
            const bool cancelled =
                std::any_of(results.cbegin(), results.cend(), [](const QueryResult& q) {
                    return q.error.kind == DbError::Kind::Cancelled;
                });
            bool asked = false;
            {
                QMutexLocker lock(&m_mutex);
                asked = m_cancelRequested.remove(r.id);
            }
            // A cancel meant for an earlier request that arrived late hit this one; a cancelled
            // statement has not been applied (its transaction aborted), so running it again is
            // safe for writes too.
            if (cancelled && !asked && r.attempts < 3) {
                ++r.attempts;
                QMutexLocker lock(&m_mutex);
                m_queue.push_front(std::move(r));
                continue;
            }
            deliver(r.id, results);
            continue;
        }
        // The connection broke. A request that was never sent, or a read, is safe to run
        // again after reconnecting; a write that was sent may have been applied, so its caller
        // gets an error instead of a silent second attempt.
        const DbError lostError = m_conn->connectionError();
        qCWarning(lcDb) << "connection lost:" << lostError.message;
        m_conn.reset();
        if (!wasOk || (r.access == Access::Read && r.attempts < 2)) {
            ++r.attempts;
            QMutexLocker lock(&m_mutex);
            m_queue.push_front(std::move(r));
        } else {
            DbError e = lostError;
            if (r.access == Access::Write)
                e.kind = DbError::Kind::WriteOutcomeUnknown;
            for (QueryResult& q : results)
                if (q.error.kind == DbError::Kind::ConnectionLost || !q.ok())
                    q.error = e;
            if (results.isEmpty()) {
                QueryResult q;
                q.error = e;
                results.append(q);
            }
            deliver(r.id, results);
        }
        scheduleReconnect(lostError);
        return;
    }
}

QList<QueryResult> DbWorker::execute(const Request& r)
{
    return execWithClaims(*m_conn, r.statements, r.claims);
}

// ---------------------------------------------------------------------------------------------
// Listener

Listener::Listener(Database* owner) : m_owner(owner)
{
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &Listener::connectNow);
    m_probeTimeout = new QTimer(this);
    m_probeTimeout->setSingleShot(true);
    connect(m_probeTimeout, &QTimer::timeout, this, [this] {
        qCWarning(lcDb) << "LISTEN accepted but no notification arrived: live updates off";
        report(false);
    });
}

Listener::~Listener() = default;

void Listener::report(bool available)
{
    if (available == m_available)
        return;
    m_available = available;
    QMetaObject::invokeMethod(
        m_owner,
        [owner = m_owner, available] { owner->setListening(available); },
        Qt::QueuedConnection);
}

void Listener::openConnection(const QString& conninfo)
{
    closeConnection();
    m_conninfo = conninfo;
    m_attempt = 0;
    connectNow();
}

void Listener::closeConnection()
{
    m_retry->stop();
    m_probeTimeout->stop();
    delete m_notifier;
    m_notifier = nullptr;
    m_conn.reset();
    m_conninfo.clear();
    report(false);
}

void Listener::listen(const QString& channel)
{
    if (!m_channels.contains(channel))
        m_channels.append(channel);
    if (!m_conn)
        return;
    // Identifiers cannot be bound as parameters: quote it with libpq's own escaping.
    const QByteArray name = channel.toUtf8();
    char* quoted = PQescapeIdentifier(m_conn->raw(), name.constData(), size_t(name.size()));
    if (!quoted)
        return;
    m_conn->execScript(QStringLiteral("LISTEN ") + QString::fromUtf8(quoted));
    PQfreemem(quoted);
}

void Listener::connectNow()
{
    if (m_conninfo.isEmpty())
        return;
    DbError error;
    m_conn = PgConnection::open(m_conninfo, &error);
    if (!m_conn) {
        report(false);
        m_retry->start(std::min(250 * (1 << std::min(m_attempt++, 5)), 8000));
        return;
    }
    m_attempt = 0;
    m_notifier = new QSocketNotifier(PQsocket(m_conn->raw()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Listener::onReadable);
    const QStringList channels = m_channels;
    for (const QString& c : channels)
        listen(c);
    // Probe: a session receives its own notifications. Behind a transaction-mode pooler the
    // probe never comes back, and the app polls instead (visibly).
    m_probeToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_conn->execScript(QStringLiteral("LISTEN limitless_probe"));
    m_conn->exec(QStringLiteral("select pg_notify('limitless_probe', $1)"), {m_probeToken});
    m_probeTimeout->start(3000);
    onReadable();
}

void Listener::onReadable()
{
    if (!m_conn)
        return;
    if (PQconsumeInput(m_conn->raw()) != 1 || !m_conn->isOk()) {
        lost();
        return;
    }
    while (PGnotify* n = PQnotifies(m_conn->raw())) {
        const QString channel = QString::fromUtf8(n->relname);
        const QString payload = QString::fromUtf8(n->extra);
        PQfreemem(n);
        if (channel == QLatin1String("limitless_probe")) {
            if (payload == m_probeToken) {
                m_probeTimeout->stop();
                report(true);
            }
            continue;
        }
        QMetaObject::invokeMethod(
            m_owner,
            [owner = m_owner, channel, payload] { emit owner->notification(channel, payload); },
            Qt::QueuedConnection);
    }
}

void Listener::lost()
{
    qCWarning(lcDb) << "notification connection lost; reconnecting";
    delete m_notifier;
    m_notifier = nullptr;
    m_conn.reset();
    m_probeTimeout->stop();
    report(false);
    m_retry->start(250);
}

} // namespace limitless::db
