#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;
class QNetworkAccessManager;

namespace limitless::knowledge {

// What one HTTP exchange came to.
struct HttpAnswer {
    int status = 0; // 0: no HTTP answer (see `error`)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    QByteArray body; // the whole body, unless it went to a sink
    QList<QPair<QByteArray, QByteArray>> headers;
    bool cancelled = false;  // the caller's cancel flag was raised
    bool timedOut = false;   // nothing moved for the inactivity timeout
    bool sinkFailed = false; // the sink refused a write

    bool answered() const { return status > 0; }
    QByteArray header(const QByteArray& name) const; // case-insensitive, empty if absent
};

// Runs HTTP requests to completion on the calling thread: a worker thread's blocking call makes
// its own QNetworkAccessManager and lets a local QEventLoop drive it. Cancel is polled every
// few milliseconds; a request is aborted when neither bytes nor headers moved for the timeout.
class BlockingHttp {
public:
    // Bytes of the request body sent, or of a 2xx answer's body received; `total` is -1 when
    // the answer's length is not known.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit BlockingHttp(QNetworkAccessManager& nam) : m_nam(nam) {}

    void setInactivityTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // `sink`, when given, receives the body of a 2xx answer as it arrives (a download);
    // other answers' bodies are kept in HttpAnswer::body.
    HttpAnswer send(QNetworkRequest request, const QByteArray& verb, const QByteArray& body = {},
                    const std::atomic_bool* cancel = nullptr, const Progress& uploaded = {},
                    QIODevice* sink = nullptr, const Progress& downloaded = {});

    // Sleeps `milliseconds` while polling `cancel`; false when cancelled.
    static bool wait(int milliseconds, const std::atomic_bool* cancel);

    // The request setup the storage APIs share: no redirects (a redirect would carry the
    // token elsewhere, and GCS's 308 is not one), no cache.
    static QNetworkRequest request(const QUrl& url);

private:
    QNetworkAccessManager& m_nam;
    int m_timeoutMs = 60000;
};

// Whether `url` may carry credentials: https, or http to this computer (tests, emulators).
bool isSecureOrLoopback(const QUrl& url);

} // namespace limitless::knowledge
