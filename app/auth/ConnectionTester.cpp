#include "auth/ConnectionTester.h"

#include "auth/AuthClient.h"
#include "auth/AuthJob.h"
#include "auth/LocalAuthBackend.h"
#include "db/PgConnection.h"
#include "sandbox/Sandbox.h"

#include <QNetworkAccessManager>
#include <QtConcurrent/QtConcurrentRun>

namespace limitless::auth {

ConnectionTester::ConnectionTester(QObject* parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher.future().resultCount() == 0)
            return;
        const DbProbe probe = m_watcher.result();
        m_result.databaseError = probe.error;
        m_result.databaseVersion = probe.version;
        if (m_sandbox)
            m_result.auth = probe.auth;
        step();
    });
}

ConnectionTester::~ConnectionTester()
{
    // A probe still connecting finishes in the pool; nothing reaches this object any more.
    m_watcher.disconnect(this);
}

ConnectionTester::DbProbe ConnectionTester::probeDatabase(const QString& conninfo,
                                                          int timeoutSeconds, bool sandbox)
{
    DbProbe probe;
    QString info = conninfo;
    if (sandbox) {
        const sandbox::Sandbox box;
        const auto st = box.status();
        if (!st.running) {
            probe.error = tr("The local sandbox is not running.");
            probe.auth = AuthError::make(AuthError::Kind::Database, probe.error);
            return probe;
        }
        info = st.appUrl;
    }
    db::DbError error;
    auto conn = db::PgConnection::open(info, &error, timeoutSeconds);
    if (!conn) {
        probe.error = error.userMessage();
        if (!error.message.isEmpty() && error.message != probe.error)
            probe.error += QStringLiteral(" (") + error.message.simplified() + QLatin1Char(')');
        if (sandbox)
            probe.auth = AuthError::make(AuthError::Kind::Database, probe.error);
        return probe;
    }
    probe.version = conn->serverVersionString();
    if (sandbox) {
        // Any GoTrue-shaped answer means the sign-in functions are there (an empty token
        // is refused with 403 bad_jwt).
        AuthError authError;
        const auto r = LocalAuthBackend::call(
            info, QStringLiteral("select auth.sandbox_user($1)::text"), {QString()}, &authError);
        if (r.status == 0)
            probe.auth = authError;
    }
    return probe;
}

void ConnectionTester::test(const Profile& profile)
{
    if (isRunning())
        return;
    m_result = {};
    m_sandbox = profile.isSandbox();
    m_pending = m_sandbox ? 1 : 2;
    if (!m_sandbox) {
        auto* client = new AuthClient(profile.supabaseUrl, profile.anonKey, m_nam);
        client->setTimeout(m_timeoutMs);
        AuthJob* job = client->health();
        job->setParent(this);
        connect(job, &AuthJob::finished, this, [this, job, client] {
            m_result.auth = job->error();
            delete client;
            step();
        });
        job->start();
    }
    if (!m_sandbox && profile.dbHost.trimmed().isEmpty()) {
        m_result.databaseError = tr("No database host is set.");
        step();
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(&ConnectionTester::probeDatabase,
                                          profile.databaseConninfo(),
                                          std::max(1, m_timeoutMs / 1000), m_sandbox));
}

void ConnectionTester::step()
{
    if (--m_pending == 0)
        emit finished(m_result);
}

} // namespace limitless::auth
