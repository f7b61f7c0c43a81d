#include "campaigns/CampaignLink.h"

#include <QCoreApplication>
#include <QSettings>

namespace limitless::campaigns {

namespace {
QString normalized(QString url)
{
    url = url.trimmed();
    if (!url.isEmpty() && !url.endsWith(QLatin1Char('/')) && !url.endsWith(QLatin1Char('=')))
        url += QLatin1Char('/');
    return url;
}
} // namespace

QString CampaignLink::defaultBaseUrl()
{
    return QStringLiteral("https://go.limitless-os.com/c/");
}

QString CampaignLink::settingsKey()
{
    return QStringLiteral("campaigns/baseUrl");
}

QString CampaignLink::baseUrl()
{
    const QString stored = QSettings().value(settingsKey()).toString();
    return normalized(stored.isEmpty() || !validateBaseUrl(stored).isEmpty() ? defaultBaseUrl()
                                                                             : stored);
}

void CampaignLink::setBaseUrl(const QString& url)
{
    QSettings settings;
    if (url.trimmed().isEmpty() || normalized(url) == defaultBaseUrl())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), normalized(url));
}

QString CampaignLink::validateBaseUrl(const QString& url)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty() ||
        (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
        return QCoreApplication::translate(
                   "CampaignLink",
                   "Enter a full web address starting with https://, for example %1")
            .arg(defaultBaseUrl());
    return {};
}

QUrl CampaignLink::url(const QString& code, const QString& base)
{
    return QUrl(normalized(base) + QString::fromLatin1(QUrl::toPercentEncoding(code)));
}

} // namespace limitless::campaigns
