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
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

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

namespace {

// A Supabase project played by FakeGoTrue, saved as a dashboard profile that the real `limitless`
// reads, with the session in the real keychain.
struct FakeProject {
    FakeGoTrue server;
    KeychainStore keychain;
    QString profileId;
    const QString email = QStringLiteral("owner@example.com");
    const QString password = QStringLiteral("pw-for-the-cli");

    explicit FakeProject(const QString& id) : profileId(id)
    {
        home();
        asTheDashboard();
        REQUIRE(server.start());
        server.addUser(email, password);
        Profile p;
        p.id = id;
        p.name = id;
        p.supabaseUrl = server.url();
        p.anonKey = FakeGoTrue::anonKey();
        p.dbHost = QStringLiteral("127.0.0.1");
        p.sslMode = QStringLiteral("disable");
        ProfileStore profiles(&keychain);
        bool saved = false;
        profiles.save(p, nullptr, [&](const AuthError& e) { saved = !e; });
        REQUIRE(waitUntil([&] { return saved; }, 15000));
        QSettings().sync();
    }

    QString storageKey() const
    {
        return QStringLiteral("supabase:127.0.0.1:%1/session").arg(server.port());
    }
    Session stored() { return Session::fromStorage(readKey(keychain, storageKey())); }

    int refreshRequests() const { return server.refreshRequestCount(); }

    // `limitless auth <args> --profile <id>`, started without waiting: the fake server lives in
    // this process's event loop and must keep answering while the command runs.
    std::unique_ptr<QProcess> start(QStringList args, const QByteArray& input = {}) const
    {
        args.prepend(QStringLiteral("auth"));
        args << QStringLiteral("--profile") << profileId;
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(LIMITLESS_CLI), args);
        REQUIRE(p->waitForStarted());
        p->write(input);
        p->closeWriteChannel();
        return p;
    }
    struct Run {
        int code = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };
    static Run finish(QProcess& p)
    {
        REQUIRE(waitUntil([&] { return p.state() == QProcess::NotRunning; }, 90000));
        Run r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    Run run(const QStringList& args, const QByteArray& input = {}) const
    {
        auto p = start(args, input);
        return finish(*p);
    }

    void login()
    {
        const Run r = run({QStringLiteral("login"), QStringLiteral("--email"), email},
                          password.toUtf8() + '\n');
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        REQUIRE(stored().isValid());
    }
};

} // namespace

TEST_CASE("keychain: a failed `auth refresh` never reports success", "[auth][keychain][cli]")
{
    FakeProject project(QStringLiteral("fake-refresh-fails"));
    project.login();
    const Session before = project.stored();
    const QString token = QStringLiteral("/auth/v1/token");

    struct Case {
        const char* name;
        FakeGoTrue::Fault fault;
        AuthError::Kind kind;
        bool down;
    };
    const Case cases[] = {
        {"429 with Retry-After", FakeGoTrue::Fault::RateLimited, AuthError::Kind::RateLimited,
         false},
        {"an HTML 502", FakeGoTrue::Fault::Html502, AuthError::Kind::ServerUnavailable, false},
        {"a server that never answers", FakeGoTrue::Fault::NeverAnswer, AuthError::Kind::Timeout,
         false},
        {"nothing listening", FakeGoTrue::Fault::None, AuthError::Kind::NoNetwork, true},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        project.server.setFault(token, c.fault, 30);
        if (c.down)
            project.server.stop();
        const QString expected = [&] {
            AuthError e = AuthError::make(c.kind);
            e.retryAfterSeconds = c.kind == AuthError::Kind::RateLimited ? 30 : -1;
            e.httpStatus = c.kind == AuthError::Kind::ServerUnavailable ? 502 : 0;
            return e.userMessage();
        }();

        // Only the silent server needs a short wait; the others answer at once.
        QStringList refresh{QStringLiteral("refresh")};
        if (c.fault == FakeGoTrue::Fault::NeverAnswer)
            refresh << QStringLiteral("--timeout") << QStringLiteral("1");
        const auto human = project.run(refresh);
        INFO(human.out.toStdString() << human.err.toStdString());
        CHECK(human.code == 1);
        CHECK_FALSE(human.out.contains(QLatin1String("renewed"), Qt::CaseInsensitive));
        CHECK(human.err.contains(expected));
        CHECK(human.err.contains(QLatin1String("still valid until")));

        const auto json = project.run(refresh + QStringList{QStringLiteral("--json")});
        CHECK(json.code == 1);
        const QJsonObject o = json.json();
        REQUIRE_FALSE(o.isEmpty());
        CHECK(o.value(QStringLiteral("ok")) == QJsonValue(false));
        CHECK(o.value(QStringLiteral("renewed")) == QJsonValue(false));
        CHECK_FALSE(o.value(QStringLiteral("signed_in")).toBool());
        CHECK(o.value(QStringLiteral("session_kept")) == QJsonValue(true));
        CHECK(o.value(QStringLiteral("exit_code")).toInt() == 1);
        CHECK(
            o.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString() ==
            AuthError::kindName(c.kind));

        // Kept as it was: the same token, still unspent.
        CHECK(project.stored().refreshToken == before.refreshToken);
        if (c.down)
            REQUIRE(project.server.start(project.server.port()));
    }

    project.server.setFault(token, FakeGoTrue::Fault::None);
    const auto ok = project.run({QStringLiteral("refresh")});
    INFO(ok.err.toStdString());
    CHECK(ok.code == 0);
    CHECK(ok.out.contains(QLatin1String("Session renewed")));
    CHECK(project.stored().refreshToken != before.refreshToken);
}

TEST_CASE("keychain: a session the server ended leaves the keychain", "[auth][keychain][cli]")
{
    FakeProject project(QStringLiteral("fake-session-ended"));
    project.login();
    // Another device spent the stored token: this one is dead now.
    AuthError spent;
    test::spendRefreshToken(project.server.url(), project.stored().refreshToken, &spent);
    REQUIRE_FALSE(spent);

    const auto refresh = project.run({QStringLiteral("refresh"), QStringLiteral("--json")});
    CHECK(refresh.code == 3);
    CHECK(refresh.err.contains(AuthError::make(AuthError::Kind::SessionEnded).userMessage()));
    const QJsonObject o = refresh.json();
    CHECK(o.value(QStringLiteral("ok")) == QJsonValue(false));
    CHECK(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
          QLatin1String("refresh_token_already_used"));

    CHECK(readKey(project.keychain, project.storageKey()).isEmpty());
    const auto status = project.run({QStringLiteral("status")});
    CHECK(status.code == 3);
    CHECK(status.out.contains(QLatin1String("Not signed in")));
    // Nothing is resent: the next refresh does not reach the server.
    const int requests = project.refreshRequests();
    CHECK(project.run({QStringLiteral("refresh")}).code == 3);
    CHECK(project.refreshRequests() == requests);
}

TEST_CASE("keychain: two `auth refresh` at once send one request", "[auth][keychain][cli]")
{
    FakeProject project(QStringLiteral("fake-two-at-once"));
    project.login();
    const int before = project.refreshRequests();
    // The first answer takes long enough for the second command to be well under way.
    project.server.setResponseDelay(1000);
    auto first = project.start({QStringLiteral("refresh"), QStringLiteral("--json")});
    auto second = project.start({QStringLiteral("refresh"), QStringLiteral("--json")});
    const auto a = FakeProject::finish(*first);
    const auto b = FakeProject::finish(*second);
    project.server.setResponseDelay(0);
    INFO(a.err.toStdString() << b.err.toStdString());
    CHECK(a.code == 0);
    CHECK(b.code == 0);
    CHECK(project.refreshRequests() == before + 1);
    const QJsonObject ja = a.json();
    const QJsonObject jb = b.json();
    CHECK(ja.value(QStringLiteral("renewed")) == QJsonValue(true));
    CHECK(jb.value(QStringLiteral("renewed")) == QJsonValue(true));
    // Both ended with the one new session: the same expiry, one of them adopted it.
    CHECK(ja.value(QStringLiteral("expires_at")) == jb.value(QStringLiteral("expires_at")));
    CHECK(ja.value(QStringLiteral("renewed_by_another_process")).toBool() !=
          jb.value(QStringLiteral("renewed_by_another_process")).toBool());
    CHECK(project.server.activeRefreshTokens() == 1);
    // And the stored session is the live one: it renews without "already used".
    const auto again = project.run({QStringLiteral("refresh")});
    CHECK(again.code == 0);
}

TEST_CASE("keychain: `auth status --check` asks the server", "[auth][keychain][cli]")
{
    FakeProject project(QStringLiteral("fake-status-check"));
    const QString user = QStringLiteral("/auth/v1/user");
    const QStringList check{QStringLiteral("status"), QStringLiteral("--check")};
    const QStringList checkJson{QStringLiteral("status"), QStringLiteral("--check"),
                                QStringLiteral("--json")};

    SECTION("not signed in")
    {
        const auto r = project.run(check);
        CHECK(r.code == 3);
        CHECK(r.out.contains(QLatin1String("Not signed in")));
        const auto j = project.run(checkJson);
        CHECK(j.code == 3);
        CHECK(j.json().value(QStringLiteral("signed_in")) == QJsonValue(false));
    }
    SECTION("valid, then unreachable, then rejected")
    {
        project.login();
        const int calls = project.server.count(user);
        const auto valid = project.run(check);
        INFO(valid.err.toStdString());
        CHECK(valid.code == 0);
        CHECK(valid.out.contains(QLatin1String("the server confirms the session")));
        CHECK(project.server.count(user) == calls + 1);
        const auto validJson = project.run(checkJson);
        CHECK(validJson.code == 0);
        CHECK(validJson.json().value(QStringLiteral("valid")) == QJsonValue(true));

        project.server.setFault(user, FakeGoTrue::Fault::Html502);
        const auto down = project.run(check);
        CHECK(down.code == 1);
        CHECK(down.err.contains(QLatin1String("could not check the session with the server")));
        CHECK(down.err.contains(QLatin1String("(HTTP 502)")));
        const auto downJson = project.run(checkJson);
        CHECK(downJson.code == 1);
        const QJsonObject o = downJson.json();
        CHECK(o.value(QStringLiteral("valid")).isNull());
        CHECK(
            o.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString() ==
            QLatin1String("server-unavailable"));
        project.server.setFault(user, FakeGoTrue::Fault::None);

        project.server.stop();
        const auto gone = project.run(check);
        CHECK(gone.code == 1);
        CHECK(gone.err.contains(AuthError::make(AuthError::Kind::NoNetwork).userMessage()));
        REQUIRE(project.server.start(project.server.port()));

        // Signed out on another device: the server rejects it, and it is forgotten here.
        REQUIRE_FALSE(test::endSessionOnServer(project.server.url(), project.stored().accessToken));
        const auto rejected = project.run(checkJson);
        CHECK(rejected.code == 3);
        CHECK(rejected.json().value(QStringLiteral("valid")) == QJsonValue(false));
        CHECK(rejected.err.contains(QLatin1String("the server rejected the session")));
        CHECK(readKey(project.keychain, project.storageKey()).isEmpty());
    }
    SECTION("an expired access token is renewed before the check")
    {
        project.server.setAccessTokenLifetime(1);
        project.login();
        QTest::qWait(1100);
        project.server.setAccessTokenLifetime(3600);
        const int refreshes = project.refreshRequests();
        const auto r = project.run(check);
        INFO(r.err.toStdString());
        CHECK(r.code == 0);
        CHECK(project.refreshRequests() == refreshes + 1);
        CHECK(project.stored().secondsLeft(QDateTime::currentSecsSinceEpoch()) > 60);
    }
}
