#include "GuiTestSupport.h"

#include "ConnectionBootstrap.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTest>
#include <QUuid>
#include <QWidget>

namespace limitless::test {

sandbox::Sandbox::Status clusterStatus()
{
    const auto status = sandbox::Sandbox(sandboxDir()).status();
    if (!status.running)
        FAIL("the test PostgreSQL cluster is not running (ctest fixture 'pg')");
    return status;
}

static void openWithClaims(db::Database& db, const QByteArray& claims)
{
    db.setClaims(claims);
    db.open(appUrl());
    REQUIRE(QTest::qWaitFor([&] { return db.state() == db::ConnectionState::Connected; }, 15000));
    // Changes are only pushed once the listener is in place.
    REQUIRE(QTest::qWaitFor([&] { return db.liveUpdatesAvailable(); }, 15000));
}

void openAsOwner(db::Database& db)
{
    openWithClaims(db, ui::ConnectionBootstrap::ownerClaims(clusterStatus()));
}

void openAsStranger(db::Database& db)
{
    const QJsonObject claims{
        {QStringLiteral("sub"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("role"), QStringLiteral("authenticated")},
        {QStringLiteral("email"), QStringLiteral("stranger@example.com")},
    };
    openWithClaims(db, QJsonDocument(claims).toJson(QJsonDocument::Compact));
}

CampaignRows::CampaignRows(const QStringList& codes) : m_admin(connect(adminUrl())), m_codes(codes)
{
    for (const QString& code : codes)
        exec(QStringLiteral("delete from campaigns where code = $1"), {code});
}

CampaignRows::~CampaignRows()
{
    for (const QString& id : std::as_const(m_ids))
        m_admin->exec(QStringLiteral("delete from campaigns where id = $1"), {id});
}

QString CampaignRows::insert(const Spec& s, const QString& ownerId)
{
    const QString owner = ownerId.isEmpty() ? clusterStatus().ownerId : ownerId;
    const auto r = m_admin->exec(
        QStringLiteral(
            "insert into campaigns (code, name, description, owner_id, platform, is_active, "
            "total_clicks, total_conversations, total_qualified, total_conversions, created_at, "
            "updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
            "now() - make_interval(days => $11::int), now() - make_interval(days => $11::int)) "
            "returning id"),
        {s.code, s.name, s.description.isEmpty() ? QVariant() : s.description, owner,
         s.platform.isEmpty() ? QVariant() : s.platform, s.active, s.clicks, s.conversations,
         s.qualified, s.conversions, s.daysAgo});
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
    const QString id = r.scalar().toString();
    m_ids << id;
    return id;
}

void CampaignRows::exec(const QString& sql, const QVariantList& params)
{
    const auto r = m_admin->exec(sql, params);
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
}

IsolatedSettings::IsolatedSettings()
    : m_organization(QCoreApplication::organizationName()),
      m_application(QCoreApplication::applicationName())
{
    REQUIRE(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("LimitlessTest"));
    QCoreApplication::setApplicationName(QStringLiteral("dashboard-test"));
}

IsolatedSettings::~IsolatedSettings()
{
    QCoreApplication::setOrganizationName(m_organization);
    QCoreApplication::setApplicationName(m_application);
}

QString saveScreenshot(QWidget& widget, const QString& name)
{
    // LIMITLESS_SCREENSHOT_DIR (docs/screenshots, say) instead of the build tree when set.
    const QString dir = qEnvironmentVariableIsEmpty("LIMITLESS_SCREENSHOT_DIR")
                            ? QStringLiteral(LIMITLESS_BINARY_DIR "/screenshots")
                            : qEnvironmentVariable("LIMITLESS_SCREENSHOT_DIR");
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Let posted layout requests (a label that just changed its text) settle first.
    QTest::qWait(50);
    REQUIRE(widget.grab().save(path));
    return path;
}

} // namespace limitless::test
