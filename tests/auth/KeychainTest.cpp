// Runs under run-with-keyring.sh: a real Secret Service (GNOME Keyring) in a private D-Bus
// session, HOME in a throwaway directory.
#include "AuthTestSupport.h"
#include "FakeGoTrue.h"
#include "SandboxUsers.h"
#include "TestDatabase.h"

#include "auth/AuthClient.h"
#include "auth/KeychainStore.h"
#include "auth/ProfileStore.h"
#include "auth/SessionManager.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>

using namespace limitless;
using namespace limitless::auth;
using limitless::test::FakeGoTrue;
using limitless::test::waitUntil;

namespace {

QString home()
{
    const QString h = qEnvironmentVariable("LIMITLESS_TEST_HOME");
    if (h.isEmpty())
        FAIL("run this test through tests/auth/run-with-keyring.sh");
    return h;
}

void asTheDashboard()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Limitless"));
    QCoreApplication::setApplicationName(QStringLiteral("limitless-dashboard"));
}

QByteArray readKey(KeychainStore& store, const QString& key, AuthError* error = nullptr)
{
    QByteArray data;
    bool done = false;
    store.read(key, nullptr, [&](const QByteArray& d, const AuthError& e) {
        data = d;
        if (error)
            *error = e;
        done = true;
    });
    REQUIRE(waitUntil([&] { return done; }, 15000));
    return data;
}

QString digest(const QString& s)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Another process of this test binary reads the keychain: what a restart of the app would see.
QString readInFreshProcess(const QString& key)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LIMITLESS_TEST_KEYCHAIN_KEY"), key);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("keychain child: print the stored session's digest")});
    REQUIRE(child.waitForFinished(30000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const qsizetype at = out.indexOf(QLatin1String("DIGEST="));
    REQUIRE(at >= 0);
    return out.mid(at + 7).section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

TEST_CASE("keychain child: print the stored session's digest", "[.child]")
{
    KeychainStore store;
    const QString key = qEnvironmentVariable("LIMITLESS_TEST_KEYCHAIN_KEY");
    const Session s = Session::fromStorage(readKey(store, key));
    std::printf("DIGEST=%s\n", s.isValid() ? qPrintable(digest(s.refreshToken)) : "none");
    std::fflush(stdout);
}

TEST_CASE("keychain: write, read back, remove", "[auth][keychain]")
{
    home();
    KeychainStore store;
    const QString key = QStringLiteral("test:roundtrip/secret");
    bool written = false;
    AuthError error;
    store.write(key, QByteArray("s3cret\0bytes", 12), nullptr, [&](const AuthError& e) {
        error = e;
        written = true;
    });
    REQUIRE(waitUntil([&] { return written; }, 15000));
    REQUIRE_FALSE(error);
    CHECK(readKey(store, key) == QByteArray("s3cret\0bytes", 12));
    bool removed = false;
    store.remove(key, nullptr, [&](const AuthError& e) {
        error = e;
        removed = true;
    });
    REQUIRE(waitUntil([&] { return removed; }, 15000));
    CHECK_FALSE(error);
    AuthError readError;
    CHECK(readKey(store, key, &readError).isEmpty());
    CHECK_FALSE(readError); // a missing entry is not an error
}

TEST_CASE("keychain: the session outlives the process and goes with sign-out", "[auth][keychain]")
{
    const QString dir = home();
    asTheDashboard();
    FakeGoTrue server;
    REQUIRE(server.start());
    server.addUser(QStringLiteral("owner@example.com"), QStringLiteral("pw-for-the-test"));
    KeychainStore keychain;
    ProfileStore profiles(&keychain);

    SessionManager manager(std::make_unique<AuthClient>(server.url(), FakeGoTrue::anonKey()),
                           &keychain);
    manager.setWatchSystemEvents(false);
    manager.signIn(QStringLiteral("owner@example.com"), QStringLiteral("pw-for-the-test"));
    REQUIRE(waitUntil([&] { return manager.isSignedIn(); }, 15000));
    profiles.rememberEmail(QStringLiteral("production"), QStringLiteral("owner@example.com"));
    const Session s = manager.session();

    // A profile with secrets, saved the way the profile editor does.
    Profile p = Profile::staging();
    p.supabaseUrl = QUrl(QStringLiteral("https://stagingref.supabase.co"));
    p.anonKey = QStringLiteral("sb_publishable_STAGINGKEY123");
    p.dbHost = QStringLiteral("aws-0-eu-central-1.pooler.supabase.com");
    p.dbUser = QStringLiteral("postgres.stagingref");
    p.dbPassword = QStringLiteral("staging-db-password-987");
    bool saved = false;
    profiles.save(p, nullptr, [&](const AuthError& e) { saved = !e; });
    REQUIRE(waitUntil([&] { return saved; }, 15000));
    QSettings().sync();

    // A fresh process reads the same session back.
    CHECK(readInFreshProcess(manager.storageKey()) == digest(s.refreshToken));

    // Nothing secret in any file of the throwaway home (settings, caches, the keyring's own
    // file is encrypted).
    CHECK(QFile::exists(QSettings().fileName()));
    const QStringList secrets{
        s.accessToken, s.refreshToken, s.accessToken.section(QLatin1Char('.'), 2),
        p.anonKey,     p.dbPassword,   QStringLiteral("pw-for-the-test")};
    CHECK(test::filesContaining(dir, secrets).isEmpty());

    // Sign-out removes it; a fresh process finds nothing.
    QSignalSpy finished(&manager, &SessionManager::signOutFinished);
    manager.signOut();
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 15000));
    CHECK(readKey(keychain, manager.storageKey()).isEmpty());
    CHECK(readInFreshProcess(manager.storageKey()) == QLatin1String("none"));
}

TEST_CASE("keychain: the CLI signs in to the sandbox, shows and ends the session",
          "[auth][keychain][cli]")
{
    const QString dir = home();
    test::SandboxUsers users;
    const auto a = users.add(QStringLiteral("cli"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LIMITLESS_SANDBOX_DIR"), test::sandboxDir());
    auto cli = [&](const QStringList& args, const QByteArray& input = {}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LIMITLESS_CLI), args);
        REQUIRE(p.waitForStarted());
        p.write(input);
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(60000));
        return std::make_tuple(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                               QString::fromUtf8(p.readAllStandardError()));
    };

    // The password comes on standard input, never as an argument.
    auto [loginCode, loginOut, loginErr] =
        cli({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--profile"),
             QStringLiteral("sandbox"), QStringLiteral("--email"), a.email},
            a.password.toUtf8() + '\n');
    INFO(loginErr.toStdString());
    REQUIRE(loginCode == 0);
    CHECK(loginOut.contains(a.email));

    auto [statusCode, statusOut, statusErr] =
        cli({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--profile"),
             QStringLiteral("sandbox"), QStringLiteral("--json")});
    REQUIRE(statusCode == 0);
    const QJsonObject status = QJsonDocument::fromJson(statusOut.toUtf8()).object();
    CHECK(status.value(QStringLiteral("signed_in")).toBool());
    CHECK(status.value(QStringLiteral("user_id")).toString() == a.userId);

    auto [refreshCode, refreshOut, refreshErr] =
        cli({QStringLiteral("auth"), QStringLiteral("refresh"), QStringLiteral("--profile"),
             QStringLiteral("sandbox")});
    CHECK(refreshCode == 0);

    // What the CLI stored is in the keychain only.
    KeychainStore keychain;
    const Session stored = Session::fromStorage(
        readKey(keychain, QStringLiteral("sandbox:%1/session").arg(test::sandboxDir())));
    REQUIRE(stored.isValid());
    CHECK(stored.userId() == a.userId);
    const QStringList secrets{stored.accessToken, stored.refreshToken, a.password};
    CHECK(test::filesContaining(dir, secrets).isEmpty());
    for (const QString& s : secrets) {
        CHECK_FALSE(loginOut.contains(s));
        CHECK_FALSE(loginErr.contains(s));
        CHECK_FALSE(statusOut.contains(s));
        CHECK_FALSE(refreshOut.contains(s));
    }

    auto [logoutCode, logoutOut, logoutErr] =
        cli({QStringLiteral("auth"), QStringLiteral("logout"), QStringLiteral("--profile"),
             QStringLiteral("sandbox")});
    CHECK(logoutCode == 0);
    auto [afterCode, afterOut, afterErr] =
        cli({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--profile"),
             QStringLiteral("sandbox")});
    CHECK(afterCode == 3);
    // The server side is gone too.
    const auto sessions = users.admin().exec(
        QStringLiteral("select count(*) from auth.sessions where user_id = $1::uuid"), {a.userId});
    CHECK(sessions.scalar().toLongLong() == 0);

    // A wrong password is a clear message and a failure.
    auto [wrongCode, wrongOut, wrongErr] =
        cli({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--profile"),
             QStringLiteral("sandbox"), QStringLiteral("--email"), a.email},
            "not-the-password\n");
    CHECK(wrongCode == 1);
    CHECK(wrongErr.contains(AuthError::make(AuthError::Kind::InvalidCredentials).userMessage()));
}
