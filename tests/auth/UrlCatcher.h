#pragma once

#include <QObject>
#include <QUrl>

namespace limitless::test {

// Stands in for the system browser: registered with QDesktopServices::setUrlHandler, it keeps
// the URLs the app asks to open instead of launching anything.
class UrlCatcher : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls << url; }
};

} // namespace limitless::test
