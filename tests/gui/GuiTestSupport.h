#pragma once

#include "db/Database.h"
#include "db/PgConnection.h"
#include "sandbox/Sandbox.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QWidget;

namespace limitless::test {

// The running test cluster's sandbox description (owner ids, URLs).
sandbox::Sandbox::Status clusterStatus();

// Opens `db` the way the dashboard does for the local sandbox (application role + the local
// owner's claims) and waits, bounded, until it is connected and listening.
void openAsOwner(db::Database& db);
// Same with claims for a user who owns nothing.
void openAsStranger(db::Database& db);

// Campaign rows written straight into the test cluster as the superuser, the way another client
// (the web app, the agent) would; deleted again when the fixture goes away.
class CampaignRows {
public:
    struct Spec {
        QString code;
        QString name;
        QString platform; // empty = NULL
        bool active = true;
        int clicks = 0;
        int conversations = 0;
        int qualified = 0;
        int conversions = 0;
        int daysAgo = 0;
        QString description;
    };

    // `codes` that a previous, interrupted run may have left behind are removed first.
    explicit CampaignRows(const QStringList& codes = {});
    ~CampaignRows();
    CampaignRows(const CampaignRows&) = delete;
    CampaignRows& operator=(const CampaignRows&) = delete;

    QString insert(const Spec& spec, const QString& ownerId = {});
    void exec(const QString& sql, const QVariantList& params = {});
    db::PgConnection& admin() { return *m_admin; }

private:
    std::unique_ptr<db::PgConnection> m_admin;
    QStringList m_ids;
    QStringList m_codes;
};

// A private settings location for the test's lifetime, so tests neither read nor write the
// developer's own dashboard settings.
class IsolatedSettings {
public:
    IsolatedSettings();
    ~IsolatedSettings();

private:
    QTemporaryDir m_dir;
    QString m_organization;
    QString m_application;
};

// Saves `widget`'s rendering to <build>/screenshots/<name>.png (or under $LIMITLESS_SCREENSHOT_DIR
// when that is set; `name` may hold a sub-folder) and returns the path.
QString saveScreenshot(QWidget& widget, const QString& name);

} // namespace limitless::test
