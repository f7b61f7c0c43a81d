#pragma once

#include "auth/AuthError.h"
#include "auth/Profile.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace limitless::auth {

class AuthJob;

// "Test connection" for a profile: checks the auth endpoint (GoTrue's /health with the
// profile's key, or the sandbox's sign-in functions) and the database (a real connection with
// the profile's TLS settings) side by side, and says which one failed and why.
class ConnectionTester : public QObject {
    Q_OBJECT

public:
    struct Result {
        AuthError auth;          // Kind::None = the auth endpoint answered
        QString databaseError;   // empty = connected
        QString databaseVersion; // server_version when connected
        bool ok() const { return !auth && databaseError.isEmpty(); }
    };

    explicit ConnectionTester(QObject* parent = nullptr);
    ~ConnectionTester() override;

    // Starts both checks; finished() follows once. Returns at once.
    void test(const Profile& profile);
    bool isRunning() const { return m_pending > 0; }
    // Timeout of each check in milliseconds.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

signals:
    void finished(const limitless::auth::ConnectionTester::Result& result);

private:
    struct DbProbe {
        QString error;
        QString version;
        AuthError auth; // sandbox only: the sign-in functions
    };
    static DbProbe probeDatabase(const QString& conninfo, int timeoutSeconds, bool sandbox);
    void step();

    QNetworkAccessManager* m_nam;
    QFutureWatcher<DbProbe> m_watcher;
    Result m_result;
    int m_pending = 0;
    int m_timeoutMs = 15000;
    bool m_sandbox = false;
};

} // namespace limitless::auth
