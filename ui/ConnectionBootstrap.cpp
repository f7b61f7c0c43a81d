#include "ConnectionBootstrap.h"

#include "db/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QtConcurrent>

namespace limitless::ui {

ConnectionBootstrap::ConnectionBootstrap(db::Database* database, QObject* parent)
    : QObject(parent), m_db(database)
{
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, this,
            [this](const QString& step) {
                emit progress(step.isEmpty()
                                  ? tr("Starting the local sandbox…")
                                  : tr("Starting the local sandbox…") + QLatin1Char('\n') + step);
            });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ConnectionBootstrap::onSandboxReady);
}

ConnectionBootstrap::~ConnectionBootstrap()
{
    // The start keeps running to its end in the thread pool (a half-created cluster would be
    // worse); nothing reaches us any more.
    m_watcher.disconnect(this);
}

QByteArray ConnectionBootstrap::ownerClaims(const sandbox::Sandbox::Status& status)
{
    const QJsonObject claims{
        {QStringLiteral("sub"), status.ownerUserId},
        {QStringLiteral("role"), QStringLiteral("authenticated")},
        {QStringLiteral("email"), status.ownerEmail},
    };
    return QJsonDocument(claims).toJson(QJsonDocument::Compact);
}

void ConnectionBootstrap::start()
{
    if (!m_db || m_watcher.isRunning())
        return;

    const QString url = qEnvironmentVariable("LIMITLESS_DATABASE_URL");
    if (!url.isEmpty()) {
        const QByteArray claims = qgetenv("LIMITLESS_CLAIMS");
        if (!claims.isEmpty()) {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(claims, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                emit failed(tr("LIMITLESS_CLAIMS must be a JSON object, e.g. "
                               "{\"sub\": \"<user id>\", \"role\": \"authenticated\"}."));
                return;
            }
        }
        m_db->setClaims(claims);
        m_db->open(url);
        emit opened();
        return;
    }

    m_watcher.setFuture(QtConcurrent::run([](QPromise<SandboxResult>& promise) {
        sandbox::Sandbox box;
        SandboxResult result;
        result.status = box.status();
        if (!result.status.running) {
            // QFutureInterface only reports rising progress values.
            int step = 0;
            promise.setProgressValueAndText(++step, QString());
            result.error = box.start(
                [&](const QString& message) { promise.setProgressValueAndText(++step, message); });
            if (!result.error)
                result.status = box.status();
        }
        promise.addResult(result);
    }));
}

void ConnectionBootstrap::onSandboxReady()
{
    if (!m_db || m_watcher.future().resultCount() == 0)
        return;
    const SandboxResult result = m_watcher.result();
    if (result.error) {
        emit failed(
            tr("The local sandbox could not be started: %1").arg(result.error.userMessage()));
        return;
    }
    if (!result.status.running || result.status.appUrl.isEmpty()) {
        emit failed(tr("The local sandbox is not running."));
        return;
    }
    m_db->setClaims(ownerClaims(result.status));
    m_db->open(result.status.appUrl);
    emit opened();
}

} // namespace limitless::ui
