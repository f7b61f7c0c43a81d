#pragma once

#include "db/Database.h"
#include "db/PgConnection.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSocketNotifier>
#include <QTimer>

#include <deque>
#include <memory>

namespace limitless::db {

// Lives on Database's worker thread and owns the query connection. Blocking libpq calls happen
// only here. Requests are queued under a mutex so the GUI thread can enqueue and cancel them
// without waiting.
class DbWorker : public QObject {
    Q_OBJECT

public:
    struct Request {
        RequestId id = 0;
        QList<Statement> statements;
        Access access = Access::Read;
        QByteArray claims;
        int attempts = 0;
    };

    explicit DbWorker(Database* owner);
    ~DbWorker() override;

    // Thread-safe.
    void enqueue(Request request);
    bool dropQueued(RequestId id);
    // Returns the cancel handle if `id` is the running request (to be used off the GUI thread).
    std::shared_ptr<PGcancel> cancelHandleFor(RequestId id);
    // Records that the caller asked to cancel `id`. PQcancel cancels whatever runs when it
    // arrives: a request cancelled without having been asked is run again (see drain()).
    void markCancelRequested(RequestId id);
    void setReconnectDelays(const QList<int>& delays);

public slots:
    void openConnection(const QString& conninfo);
    void closeConnection();
    void drain();

private:
    void tryConnect();
    void scheduleReconnect(const DbError& why);
    QList<QueryResult> execute(const Request& r);
    void deliver(RequestId id, const QList<QueryResult>& results);
    void failQueued(const DbError& error);
    void reportState(ConnectionState s, const DbError& e = {});

    Database* m_owner;
    std::unique_ptr<PgConnection> m_conn;
    QString m_conninfo;
    QTimer* m_reconnectTimer = nullptr;
    int m_attempt = 0;
    bool m_everConnected = false;

    QMutex m_mutex; // guards everything below
    std::deque<Request> m_queue;
    RequestId m_running = 0;
    std::shared_ptr<PGcancel> m_cancel;
    QSet<RequestId> m_cancelRequested;
    QList<int> m_delays{250, 500, 1000, 2000, 4000, 8000};
};

// Lives on Database's listener thread: a second connection that LISTENs and turns
// notifications into signals. Checks that notifications really arrive (a transaction-mode
// pooler accepts LISTEN but never delivers) and reports whether live updates are available.
class Listener : public QObject {
    Q_OBJECT

public:
    explicit Listener(Database* owner);
    ~Listener() override;

public slots:
    void openConnection(const QString& conninfo);
    void closeConnection();
    void listen(const QString& channel);

private:
    void connectNow();
    void onReadable();
    void lost();
    void report(bool available);

    Database* m_owner;
    std::unique_ptr<PgConnection> m_conn;
    QSocketNotifier* m_notifier = nullptr;
    QString m_conninfo;
    QStringList m_channels;
    QTimer* m_retry = nullptr;
    QTimer* m_probeTimeout = nullptr;
    QString m_probeToken;
    int m_attempt = 0;
    bool m_available = false;
};

} // namespace limitless::db
