#pragma once

#include "db/DbError.h"
#include "sandbox/Sandbox.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

namespace limitless::db {
class Database;
}

namespace limitless::ui {

// Decides which database the dashboard talks to and opens it.
//
// LIMITLESS_DATABASE_URL (with optional LIMITLESS_CLAIMS, a JSON object) wins; otherwise the
// local sandbox is used: it is started if it is not running — off the GUI thread, since that
// takes seconds — and the app connects as its application role with the local owner's claims,
// so row-level security applies exactly as in production.
class ConnectionBootstrap : public QObject {
    Q_OBJECT

public:
    explicit ConnectionBootstrap(db::Database* database, QObject* parent = nullptr);
    ~ConnectionBootstrap() override;

    // Starts (or restarts after failed()) the resolution; returns at once.
    void start();
    bool isRunning() const { return m_watcher.isRunning(); }

    // The claims the sandbox's owner signs in with.
    static QByteArray ownerClaims(const sandbox::Sandbox::Status& status);

signals:
    // Something to show while waiting ("Starting the local sandbox…" and its steps).
    void progress(const QString& message);
    // Database::open() was called with the resolved connection.
    void opened();
    void failed(const QString& message);

private:
    struct SandboxResult {
        db::DbError error;
        sandbox::Sandbox::Status status;
    };
    void onSandboxReady();

    QPointer<db::Database> m_db;
    QFutureWatcher<SandboxResult> m_watcher;
};

} // namespace limitless::ui
