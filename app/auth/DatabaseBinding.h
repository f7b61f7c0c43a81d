#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace limitless::db {
class Database;
}

namespace limitless::auth {

class SessionManager;

// Ties the database to the session: once signed in, every transaction runs with the access
// token's claims (Database::setClaims → `set_config('request.jwt.claims', …)` and
// `set local role authenticated`), so row-level security sees the signed-in user; a refresh
// swaps the new claims in; signing out clears them and closes the connections.
class DatabaseBinding : public QObject {
    Q_OBJECT

public:
    DatabaseBinding(SessionManager* sessions, db::Database* database, QObject* parent = nullptr);

    // The connection to open on sign-in (empty: the caller opens the database itself).
    void setConninfo(const QString& conninfo) { m_conninfo = conninfo; }
    // Applies the current state now (e.g. after setConninfo on an already signed-in manager).
    void sync();

private:
    void onSignedIn();
    void onRefreshed();
    void onSignedOut();

    QPointer<SessionManager> m_sessions;
    QPointer<db::Database> m_db;
    QString m_conninfo;
    bool m_open = false;
};

} // namespace limitless::auth
