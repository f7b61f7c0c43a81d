#pragma once

#include "db/DbError.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace limitless::sandbox {

// The local sandbox: a private PostgreSQL cluster run with the system's server binaries,
// listening on a Unix socket in its own directory and on a free loopback port.
//
// `start()` creates it on first use (initdb, a database `limitless`, the Supabase-compatible
// `auth` schema with one local owner account, the roles `anon`/`authenticated`/`limitless_app`,
// LangGraph's checkpoint tables with LangGraph's own DDL, then every migration) and starts it;
// later calls reuse it. As root the server runs as the unprivileged `postgres` user, so the
// directory must be reachable by that user (the default is chosen accordingly).
class Sandbox {
    Q_DECLARE_TR_FUNCTIONS(Sandbox)

public:
    struct Status {
        bool initialized = false; // a cluster exists in dir
        bool running = false;
        int port = 0;
        QString dir;
        QString adminUrl; // superuser: migrations, demo data, CLI maintenance
        QString appUrl;   // limitless_app: a login role without BYPASSRLS, as the app uses
        QString ownerEmail;
        QString ownerUserId; // auth.users.id of the local owner
        QString ownerId;     // owners.id
    };
    using Progress = std::function<void(const QString&)>;

    explicit Sandbox(QString dir = defaultDir());

    // LIMITLESS_SANDBOX_DIR, else <AppDataLocation>/sandbox (as root: /var/tmp/limitless-sandbox).
    static QString defaultDir();
    QString dir() const { return m_dir; }

    Status status() const;
    // Creates (if needed) and starts the cluster, then applies pending migrations.
    // On first creation, *createdPassword receives the local owner's password (shown once).
    db::DbError start(const Progress& progress = {}, QString* createdPassword = nullptr);
    db::DbError stop();
    // Stops and deletes the cluster; the next start() creates a fresh one.
    db::DbError reset();
    // Sets a new password for the local owner account.
    db::DbError setOwnerPassword(const QString& password);

    // Where the PostgreSQL server binaries are (pg_config --bindir, else /usr/lib/postgresql/*).
    static QString serverBinDir();

private:
    db::DbError initCluster(const Progress& progress, QString* createdPassword);
    db::DbError startServer(const Progress& progress);
    db::DbError bootstrap(const Progress& progress, QString* createdPassword);
    db::DbError runTool(const QString& tool, const QStringList& args, QString* output = nullptr,
                        int timeoutMs = 120000) const;
    QString dataDir() const;
    QString socketDir() const;
    QString stateFile() const;
    bool asRoot() const;

    QString m_dir;
};

} // namespace limitless::sandbox
