#pragma once

#include <QString>
#include <QUrl>

namespace limitless::campaigns {

// The public link of a campaign: the base URL of the owner's landing page plus the code.
//
// The base URL is not secret, so it lives in QSettings (`campaigns/baseUrl`), edited on the
// Settings page. When sign-in profiles carry their own landing page URL, the active profile's
// value should take precedence over this setting (see baseUrl()).
class CampaignLink {
public:
    static QString defaultBaseUrl();
    static QString settingsKey();

    // The configured base URL, always ending in '/' or '=' (a query-style base such as
    // "https://example.com/start?c=" is kept as is).
    static QString baseUrl();
    static void setBaseUrl(const QString& url);
    // Empty when `url` is acceptable (absolute http(s)), else a sentence saying why not.
    static QString validateBaseUrl(const QString& url);

    static QUrl url(const QString& code, const QString& base = baseUrl());
};

} // namespace limitless::campaigns
