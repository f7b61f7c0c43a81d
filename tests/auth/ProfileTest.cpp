#include "AuthTestSupport.h"
#include "MemorySecretStore.h"

#include "auth/ProfileStore.h"

#include <catch2/catch.hpp>

#include <QSettings>
#include <QTemporaryDir>

using namespace limitless::auth;
using limitless::test::MemorySecretStore;
using limitless::test::waitUntil;

namespace {

// Settings in a throwaway directory for the test's lifetime.
struct TempSettings {
    QTemporaryDir dir;
    TempSettings()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("LimitlessTest"));
        QCoreApplication::setApplicationName(QStringLiteral("profiles"));
    }
};

Profile remote()
{
    Profile p = Profile::production();
    p.supabaseUrl = QUrl(QStringLiteral("https://abcdefghijklmnopqrst.supabase.co"));
    p.anonKey = QStringLiteral("sb_publishable_test");
    p.dbHost = QStringLiteral("db.abcdefghijklmnopqrst.supabase.co");
    p.dbPassword = QStringLiteral("s3cr'et\\pw");
    p.sslRootCert = QStringLiteral("/etc/ssl/supabase-prod-ca-2021.crt");
    p.campaignBaseUrl = QUrl(QStringLiteral("https://go.example.com/c/"));
    return p;
}

} // namespace

TEST_CASE("profiles: what makes a profile usable", "[auth][profiles]")
{
    Profile p = remote();
    CHECK(p.problems().isEmpty());
    CHECK(p.isDatabaseRemote());
    CHECK(p.sslMode == QLatin1String("verify-full")); // the default

    Profile insecure = p;
    insecure.supabaseUrl = QUrl(QStringLiteral("http://abcdefghijklmnopqrst.supabase.co"));
    CHECK(insecure.problems().size() == 1);

    Profile local = p;
    local.supabaseUrl = QUrl(QStringLiteral("http://127.0.0.1:54321"));
    CHECK(local.problems().isEmpty());

    Profile noCa = p;
    noCa.sslRootCert.clear();
    CHECK(noCa.problems().size() == 1);

    Profile plain = p;
    plain.sslMode = QStringLiteral("disable");
    CHECK_FALSE(plain.problems().isEmpty());

    Profile pooler = p;
    pooler.dbPort = 6543;
    CHECK_FALSE(pooler.problems().isEmpty());

    CHECK(Profile::production().problems().size() >= 3);
    CHECK(Profile::sandbox().problems().isEmpty());
}

TEST_CASE("profiles: libpq connection string quoting", "[auth][profiles]")
{
    const QString info = remote().databaseConninfo();
    CHECK(info.contains(QLatin1String("host='db.abcdefghijklmnopqrst.supabase.co'")));
    CHECK(info.contains(QLatin1String("sslmode='verify-full'")));
    CHECK(info.contains(QLatin1String("sslrootcert='/etc/ssl/supabase-prod-ca-2021.crt'")));
    CHECK(info.contains(QLatin1String("password='s3cr\\'et\\\\pw'")));
}

TEST_CASE("profiles: secrets go to the secret store, the rest to settings", "[auth][profiles]")
{
    TempSettings settings;
    MemorySecretStore secrets;
    ProfileStore store(&secrets);
    CHECK(store.ids() == QStringList{QStringLiteral("sandbox"), QStringLiteral("production"),
                                     QStringLiteral("staging")});
    CHECK(store.currentId() == QLatin1String("sandbox"));

    bool saved = false;
    store.save(remote(), nullptr, [&](const AuthError& e) { saved = !e; });
    REQUIRE(waitUntil([&] { return saved; }));
    CHECK(secrets.value(ProfileStore::secretKey(
              QStringLiteral("production"), QStringLiteral("anon-key"))) == "sb_publishable_test");
    CHECK(secrets.value(ProfileStore::secretKey(QStringLiteral("production"),
                                                QStringLiteral("db-password"))) == "s3cr'et\\pw");

    const Profile plain = store.profile(QStringLiteral("production"));
    CHECK(plain.supabaseUrl == remote().supabaseUrl);
    CHECK(plain.dbHost == remote().dbHost);
    CHECK(plain.anonKey.isEmpty());
    CHECK(plain.dbPassword.isEmpty());

    Profile loaded;
    bool done = false;
    store.load(QStringLiteral("production"), nullptr, [&](const Profile& p, const AuthError& e) {
        REQUIRE_FALSE(e);
        loaded = p;
        done = true;
    });
    REQUIRE(waitUntil([&] { return done; }));
    CHECK(loaded.anonKey == QLatin1String("sb_publishable_test"));
    CHECK(loaded.dbPassword == QLatin1String("s3cr'et\\pw"));

    store.setCurrentId(QStringLiteral("production"));
    store.rememberEmail(QStringLiteral("production"), QStringLiteral("owner@example.com"));
    CHECK(store.currentId() == QLatin1String("production"));
    CHECK(store.rememberedEmail(QStringLiteral("production")) ==
          QLatin1String("owner@example.com"));

    QSettings().sync();
    CHECK(
        limitless::test::filesContaining(
            settings.dir.path(), {QStringLiteral("sb_publishable_test"), QStringLiteral("s3cr'et")})
            .isEmpty());
}
