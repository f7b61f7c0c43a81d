#pragma once

#include "db/Additions.h"
#include "db/DbError.h"
#include "db/QueryResult.h"
#include "db/Statement.h"

#include <QFutureSynchronizer>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace limitless::db {

class DbWorker;
class Listener;

// What the status bar shows about the database.
struct ServerInfo {
    QString serverVersion; // "15.18 (Debian …)"
    bool pgvector = false; // embeddings column is vector(1536) with HNSW
    QString databaseName;
    QString userName;
    Additions additions; // which of the dashboard's additions the database has
};

enum class ConnectionState { Disconnected, Connecting, Connected, Reconnecting, Failed };

// Reads can be retried after a reconnect; writes are never sent twice.
enum class Access { Read, Write };

using RequestId = quint64;

// The asynchronous face of PostgreSQL for the GUI thread.
//
// Statements run on a worker thread that owns one libpq connection; results come back to the
// caller's thread as plain values (QueryResult). A second connection LISTENs for
// notifications. The GUI thread never waits on the network: every call here returns at once.
//
// When claims are set (the signed-in user's JWT payload), every request runs inside a
// transaction that first does `set_config('request.jwt.claims', …, true)` and
// `set local role authenticated`, so row-level security applies.
class Database : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const QueryResult&)>;
    using BatchCallback = std::function<void(const QList<QueryResult>&)>;

    explicit Database(QObject* parent = nullptr);
    ~Database() override;

    // Connects (asynchronously) to `conninfo` (URL or key=value). Replaces any open connection.
    void open(const QString& conninfo);
    void close();
    // What open() was last given (empty after close()): a worker thread that needs a
    // connection of its own (the knowledge base's ingest queue) opens the same database.
    QString conninfo() const { return m_conninfo; }
    ConnectionState state() const { return m_state; }
    ServerInfo serverInfo() const { return m_info; }
    DbError lastError() const { return m_lastError; }

    // The JWT claims (JSON object text) set in every transaction; empty = no RLS wrapping.
    void setClaims(const QByteArray& claimsJson);
    QByteArray claims() const;

    // One statement. `context` guards the callback: if it is destroyed first, the callback is
    // dropped. Returns an id for cancel().
    RequestId query(const Statement& statement, QObject* context, Callback callback,
                    Access access = Access::Read);
    // Several statements in one round trip (pipeline mode) and, with claims, one transaction.
    RequestId batch(const QList<Statement>& statements, QObject* context, BatchCallback callback,
                    Access access = Access::Read);
    // Cancels a queued request (dropped) or the running one (PQcancel, sent off the GUI thread).
    // The callback then receives a DbError::Kind::Cancelled.
    void cancel(RequestId id);

    // LISTEN on a channel; notifications arrive as notification(). Re-LISTENed after reconnects.
    void listen(const QString& channel);
    // Live updates need a listening connection (not behind a transaction-mode pooler) and the
    // dashboard's change notifications in the database; otherwise pages poll.
    bool liveUpdatesAvailable() const { return m_liveUpdates; }
    // Whether LISTEN itself works (whatever the database announces).
    bool listenerAvailable() const { return m_listening; }

    // Back-off schedule for reconnects, in milliseconds (tests shorten it).
    void setReconnectDelays(const QList<int>& delaysMs);

signals:
    void stateChanged(limitless::db::ConnectionState state);
    void serverInfoChanged(const limitless::db::ServerInfo& info);
    void errorOccurred(const limitless::db::DbError& error);
    // Whether live updates work: LISTEN works on this connection (false behind a
    // transaction-mode pooler) and the database sends the dashboard's notifications.
    void liveUpdatesChanged(bool available);
    // Whether LISTEN works, whatever the database announces (see listenerAvailable()).
    void listenerChanged(bool available);
    void notification(const QString& channel, const QString& payload);
    void reconnecting(int attempt, int delayMs);

private:
    friend class DbWorker;
    friend class Listener;
    struct Pending;
    void deliver(RequestId id, const QList<QueryResult>& results);
    void setState(ConnectionState s, const DbError& e = {});
    void startThreads();
    void stopThreads();
    void setListening(bool listening);
    void setServerInfo(const ServerInfo& info);
    void updateLiveUpdates();

    QThread m_workerThread;
    QThread m_listenerThread;
    DbWorker* m_worker = nullptr;
    QFutureSynchronizer<void> m_cancels; // in-flight PQcancel calls, awaited on destruction
    Listener* m_listener = nullptr;
    ConnectionState m_state = ConnectionState::Disconnected;
    ServerInfo m_info;
    DbError m_lastError;
    bool m_liveUpdates = false;
    bool m_listening = false;
    QByteArray m_claims;
    QString m_conninfo;
    QHash<RequestId, std::shared_ptr<Pending>> m_pending;
    RequestId m_nextId = 1;
};

} // namespace limitless::db

Q_DECLARE_METATYPE(limitless::db::ServerInfo)
Q_DECLARE_METATYPE(limitless::db::DbError)
Q_DECLARE_METATYPE(limitless::db::QueryResult)
Q_DECLARE_METATYPE(limitless::db::ConnectionState)
