#include "knowledge/BlockingHttp.h"

#include <QBuffer>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QTimer>

#include <memory>

namespace limitless::knowledge {

namespace {

constexpr int kPollMs = 20;

bool raised(const std::atomic_bool* flag)
{
    return flag && flag->load();
}

} // namespace

QByteArray HttpAnswer::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool isSecureOrLoopback(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

QNetworkRequest BlockingHttp::request(const QUrl& url)
{
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setHeader(QNetworkRequest::UserAgentHeader,
                QByteArrayLiteral("limitless-dashboard/" LIMITLESS_VERSION));
    return r;
}

HttpAnswer BlockingHttp::send(QNetworkRequest request, const QByteArray& verb,
                              const QByteArray& body, const std::atomic_bool* cancel,
                              const Progress& uploaded, QIODevice* sink, const Progress& downloaded)
{
    HttpAnswer answer;
    if (raised(cancel)) {
        answer.cancelled = true;
        answer.error = QNetworkReply::OperationCanceledError;
        return answer;
    }
    // Qt only sends a body (and its length) when there is a device, even an empty one: a
    // PUT without Content-Length would not be a valid status query for a resumable upload.
    const bool hasBody = !body.isEmpty() || verb == "PUT" || verb == "POST";
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    auto device = std::make_unique<QBuffer>();
    device->setData(body);
    device->open(QIODevice::ReadOnly);
    QNetworkReply* reply = hasBody ? m_nam.sendCustomRequest(request, verb, device.get())
                                   : m_nam.sendCustomRequest(request, verb);
    std::unique_ptr<QNetworkReply> owner(reply);

    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(m_timeoutMs);
    QTimer poll;
    poll.setInterval(kPollMs);

    auto success = [reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return status >= 200 && status < 300;
    };
    auto drain = [&] {
        if (!reply->isOpen()) // aborted
            return;
        const QByteArray chunk = reply->readAll();
        if (chunk.isEmpty())
            return;
        if (sink && success()) {
            if (sink->write(chunk) != chunk.size()) {
                answer.sinkFailed = true;
                reply->abort();
                return;
            }
        } else {
            answer.body += chunk;
        }
    };

    QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, [&](qint64 sent, qint64 total) {
        idle.start();
        if (uploaded && sent > 0)
            uploaded(sent, total);
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop,
                     [&](qint64 received, qint64 total) {
                         idle.start();
                         if (downloaded && sink && success() && received > 0)
                             downloaded(received, total);
                     });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] { idle.start(); });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        idle.start();
        drain();
    });
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
        answer.timedOut = true;
        reply->abort();
    });
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (raised(cancel)) {
            answer.cancelled = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    idle.start();
    poll.start();
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    drain();

    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.errorText = reply->errorString();
    answer.headers = reply->rawHeaderPairs();
    if (answer.cancelled || answer.timedOut || answer.sinkFailed) {
        // Whatever arrived, the exchange did not finish as the server meant it.
        answer.status = 0;
        if (answer.cancelled)
            answer.error = QNetworkReply::OperationCanceledError;
        else if (answer.timedOut)
            answer.error = QNetworkReply::TimeoutError;
    } else if (answer.status > 0 && answer.error != QNetworkReply::NoError && success()) {
        // A 2xx whose body broke off is no answer.
        answer.status = 0;
    }
    return answer;
}

bool BlockingHttp::wait(int milliseconds, const std::atomic_bool* cancel)
{
    if (raised(cancel))
        return false;
    if (milliseconds <= 0)
        return true;
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    // A coarse timer may fire 5% early: a server's Retry-After is a minimum.
    done.setTimerType(Qt::PreciseTimer);
    QTimer poll;
    bool cancelled = false;
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (raised(cancel)) {
            cancelled = true;
            loop.quit();
        }
    });
    done.start(milliseconds);
    poll.start(kPollMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return !cancelled;
}

} // namespace limitless::knowledge
