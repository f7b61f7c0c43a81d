#include "auth/AuthJob.h"

#include "auth/AuthLog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

namespace limitless::auth {

AuthJob::AuthJob(Endpoint endpoint, QObject* parent) : QObject(parent), m_endpoint(endpoint)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AuthJob::onTimeout);
}

AuthJob::~AuthJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void AuthJob::setHttp(QNetworkAccessManager* nam, const QNetworkRequest& request,
                      const QByteArray& verb, const QByteArray& body)
{
    m_nam = nam;
    m_request = request;
    m_verb = verb;
    m_body = body;
}

void AuthJob::setLocal(LocalCall call)
{
    m_local = std::move(call);
}

void AuthJob::setFailure(const AuthError& error)
{
    m_presetFailure = error;
}

void AuthJob::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    if (m_presetFailure) {
        // Never synchronously: the caller connects to finished() after start() as well.
        QTimer::singleShot(0, this, [this] { finish(m_presetFailure); });
        return;
    }
    m_timer.start(m_timeoutMs);
    if (m_local) {
        m_watcher = new QFutureWatcher<Response>(this);
        connect(m_watcher, &QFutureWatcherBase::finished, this, &AuthJob::onLocalFinished);
        // The error travels through a shared slot so that a timed-out call can still write it.
        m_localError = std::make_shared<AuthError>();
        m_watcher->setFuture(
            QtConcurrent::run([call = m_local, err = m_localError] { return call(err.get()); }));
        return;
    }
    if (!m_nam) {
        QTimer::singleShot(0, this,
                           [this] { finish(AuthError::make(AuthError::Kind::Cancelled)); });
        return;
    }
    m_reply = m_nam->sendCustomRequest(m_request, m_verb, m_body);
    connect(m_reply, &QNetworkReply::finished, this, &AuthJob::onReplyFinished);
}

void AuthJob::abort()
{
    if (!m_running)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_watcher)
        m_watcher->disconnect(this);
    finish(AuthError::make(AuthError::Kind::Cancelled));
}

void AuthJob::onTimeout()
{
    if (!m_running)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    // A blocking local call cannot be interrupted; its late result is ignored.
    if (m_watcher)
        m_watcher->disconnect(this);
    AuthError e = AuthError::make(AuthError::Kind::Timeout);
    finish(e);
}

void AuthJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || !m_running)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        // No HTTP answer at all: refused, dropped, DNS, TLS…
        finish(ErrorMapper::fromNetworkError(reply->error(), reply->errorString()));
        return;
    }
    Response r;
    r.status = status.toInt();
    r.body = reply->readAll();
    r.apiVersion = reply->rawHeader("X-Supabase-Api-Version");
    r.retryAfter = reply->rawHeader("Retry-After");
    r.errorCodeHeader = reply->rawHeader("x-sb-error-code");
    // The connection dropped after the headers: a truncated body is not an answer.
    if (reply->error() == QNetworkReply::RemoteHostClosedError && r.status < 300) {
        finish(ErrorMapper::fromNetworkError(reply->error(), reply->errorString()));
        return;
    }
    handleResponse(r);
}

void AuthJob::onLocalFinished()
{
    if (!m_running || !m_watcher)
        return;
    const Response r = m_watcher->result();
    if (r.status == 0) {
        AuthError e = *m_localError;
        if (!e)
            e = AuthError::make(AuthError::Kind::Database);
        finish(e);
        return;
    }
    handleResponse(r);
}

void AuthJob::handleResponse(const Response& r)
{
    m_status = r.status;
    if (r.status >= 200 && r.status < 300) {
        QJsonParseError perr{};
        const QJsonDocument doc =
            r.body.trimmed().isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(r.body, &perr);
        if (perr.error != QJsonParseError::NoError) {
            AuthError e = AuthError::make(AuthError::Kind::BadResponse);
            e.httpStatus = r.status;
            finish(e);
            return;
        }
        AuthError e = parseSuccess(doc);
        if (e)
            e.httpStatus = r.status;
        finish(e);
        return;
    }
    finish(ErrorMapper::fromResponse(r, m_endpoint));
}

AuthError AuthJob::parseSuccess(const QJsonDocument&)
{
    return {};
}

void AuthJob::finish(const AuthError& error)
{
    if (m_finished)
        return;
    m_timer.stop();
    m_running = false;
    m_finished = true;
    m_error = error;
    if (error)
        qCInfo(lcAuth).noquote() << "auth call failed:" << error.toString();
    emit finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace limitless::auth
