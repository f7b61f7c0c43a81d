#include "AuthTestSupport.h"

#include "FakeGoTrue.h"

#include "auth/AuthClient.h"
#include "auth/SessionJob.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QTest>

namespace limitless::test {

namespace {
QMutex g_mutex;
QStringList g_lines;
} // namespace

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

auth::Session spendRefreshToken(const QUrl& url, const QString& refreshToken,
                                auth::AuthError* error)
{
    auth::AuthClient client(url, FakeGoTrue::anonKey());
    auth::SessionJob* job = client.refresh(refreshToken);
    auth::Session fresh;
    auth::AuthError result = auth::AuthError::make(auth::AuthError::Kind::Timeout);
    bool done = false;
    QObject::connect(job, &auth::AuthJob::finished, [&] {
        result = job->error();
        fresh = job->session();
        done = true;
    });
    job->start();
    if (!waitUntil([&] { return done; }, 15000))
        job->abort(); // finished() comes now, while the captures still exist
    if (error)
        *error = result;
    return result ? auth::Session() : fresh;
}

auth::AuthError endSessionOnServer(const QUrl& url, const QString& accessToken)
{
    auth::AuthClient client(url, FakeGoTrue::anonKey());
    auth::AuthJob* job = client.signOut(accessToken, auth::AuthBackend::SignOutScope::Local);
    bool done = false;
    auth::AuthError result = auth::AuthError::make(auth::AuthError::Kind::Timeout);
    QObject::connect(job, &auth::AuthJob::finished, [&] {
        result = job->error();
        done = true;
    });
    job->start();
    if (!waitUntil([&] { return done; }, 15000))
        job->abort();
    return result;
}

LogCapture::LogCapture()
{
    {
        QMutexLocker lock(&g_mutex);
        g_lines.clear();
    }
    // Everything, including debug output of every category (Qt's own as well).
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true"));
    m_previous = qInstallMessageHandler(&LogCapture::handler);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    QLoggingCategory::setFilterRules(QString());
}

void LogCapture::handler(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    QMutexLocker lock(&g_mutex);
    g_lines << QStringLiteral("%1: %2").arg(QString::fromLatin1(context.category), message);
}

QString LogCapture::text() const
{
    QMutexLocker lock(&g_mutex);
    return g_lines.join(QLatin1Char('\n'));
}

int LogCapture::lines() const
{
    QMutexLocker lock(&g_mutex);
    return int(g_lines.size());
}

QStringList filesContaining(const QString& dir, const QStringList& needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QString& n : needles) {
            if (!n.isEmpty() && bytes.contains(n.toUtf8())) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

} // namespace limitless::test
