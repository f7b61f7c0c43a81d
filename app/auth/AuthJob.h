#pragma once

#include "auth/AuthError.h"
#include "auth/ErrorMapper.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace limitless::auth {

// One auth call, as a job object (the shape of Nextcloud's AbstractNetworkJob): start() returns
// at once, finished() comes exactly once, then error() says whether it worked and the subclass's
// typed accessor holds the result. Every job has a timeout; a job deletes itself after
// finished() unless setAutoDelete(false).
//
// The transport is either an HTTP request (Supabase Auth) or a blocking function run in the
// thread pool that answers the way the HTTP API would (the local sandbox). Both answers are
// turned into results by the same code: ErrorMapper for failures, parseSuccess() for the rest.
class AuthJob : public QObject {
    Q_OBJECT

public:
    using Endpoint = ErrorMapper::Endpoint;
    using Response = ErrorMapper::Response;
    // Runs in a pool thread: must not touch QObjects; returns an HTTP-like answer, or a
    // Response with status 0 and the error in *error.
    using LocalCall = std::function<Response(AuthError* error)>;

    static constexpr int kDefaultTimeoutMs = 30000;

    explicit AuthJob(Endpoint endpoint, QObject* parent = nullptr);
    ~AuthJob() override;

    void setHttp(QNetworkAccessManager* nam, const QNetworkRequest& request, const QByteArray& verb,
                 const QByteArray& body = {});
    void setLocal(LocalCall call);
    // The job fails with `error` as soon as it starts (e.g. an http:// URL for a remote host).
    void setFailure(const AuthError& error);
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    void start();
    // Stops waiting; finished() follows with Kind::Cancelled.
    void abort();

    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    const AuthError& error() const { return m_error; }
    QString errorString() const { return m_error.userMessage(); }
    int httpStatus() const { return m_status; }
    Endpoint endpoint() const { return m_endpoint; }

signals:
    void finished();

protected:
    // A 2xx answer arrived: read the result from it. Return an error if the body is not what
    // the API documents (default: any body is fine).
    virtual AuthError parseSuccess(const QJsonDocument& body);

private:
    void onReplyFinished();
    void onLocalFinished();
    void onTimeout();
    void handleResponse(const Response& response);
    void finish(const AuthError& error);

    Endpoint m_endpoint;
    int m_timeoutMs = kDefaultTimeoutMs;
    bool m_autoDelete = true;
    bool m_running = false;
    bool m_finished = false;
    int m_status = 0;
    AuthError m_error;

    QPointer<QNetworkAccessManager> m_nam;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    LocalCall m_local;
    QFutureWatcher<Response>* m_watcher = nullptr;
    std::shared_ptr<AuthError> m_localError;
    AuthError m_presetFailure;
    QTimer m_timer;
};

} // namespace limitless::auth
