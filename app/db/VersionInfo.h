#pragma once

#include "db/QueryResult.h"
#include "db/Statement.h"

#include <QString>

namespace limitless::db {

// The versions the About box shows: what runs here (the app, Qt, libpq) and what the connected
// database runs (PostgreSQL, pgvector). The local part needs nothing; the server part comes from
// one read (statement()) run wherever the caller runs its queries, never on the GUI thread.
struct VersionInfo {
    QString app;       // LIMITLESS_VERSION
    QString qtRuntime; // qVersion(): the Qt the app runs on
    QString qtBuild;   // QT_VERSION_STR: the Qt it was built with
    QString libpq;     // PQlibVersion(), "15.14"
    bool serverRead = false;
    QString server;   // server_version, "15.14 (Debian 15.14-0+deb12u1)"
    QString pgvector; // extversion of `vector`; empty when not installed
    QString serverError;

    static VersionInfo local();
    static QString libpqVersion();
    // `select current_setting('server_version'), (select extversion …)`
    static Statement statement();
    // Fills the server part from statement()'s result (or its error).
    void setServer(const QueryResult& result);
};

} // namespace limitless::db
