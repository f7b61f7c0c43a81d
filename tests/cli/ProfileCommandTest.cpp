// `limitless profile …` against the real Secret Service: the whole binary runs inside
// tests/auth/run-with-keyring.sh (a private D-Bus session, an unlocked GNOME Keyring, HOME in a
// throwaway directory). The CLI writes; this process reads back as the dashboard does.
#include "AuthTestSupport.h"
#include "FakeGoTrue.h"

#include "auth/KeychainStore.h"
#include "auth/ProfileStore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>

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

// This process reads the settings as the dashboard does.
void asTheDashboard()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Limitless"));
    QCoreApplication::setApplicationName(QStringLiteral("limitless-dashboard"));
}

struct Run {
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    // The error object every failure prints with --json.
    QJsonObject error() const
    {
        INFO("stdout: " << out.toStdString());
        const QJsonObject e = json().value(QStringLiteral("error")).toObject();
        CHECK_FALSE(e.value(QStringLiteral("message")).toString().isEmpty());
        CHECK(e.value(QStringLiteral("exit_code")).toInt() == code);
        return e;
    }
    QString errorCode() const { return error().value(QStringLiteral("code")).toString(); }
};

// The real `limitless`, with `input` on standard input. The event loop keeps running while it
// does, so that a FakeGoTrue in this process can answer it.
Run runCli(const QStringList& args, const QByteArray& input = {},
           const QMap<QString, QString>& extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LIMITLESS_DATABASE_URL"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LIMITLESS_BINARY_DIR "/limitless"), args);
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(waitUntil([&] { return p.state() == QProcess::NotRunning; }, 90000));
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run profile(QStringList args, const QByteArray& input = {},
            const QMap<QString, QString>& extraEnv = {})
{
    args.prepend(QStringLiteral("profile"));
    return runCli(args, input, extraEnv);
}

QByteArray readKey(const QString& key)
{
    KeychainStore store;
    QByteArray data;
    bool done = false;
    store.read(key, nullptr, [&](const QByteArray& d, const AuthError& e) {
        CHECK_FALSE(e);
        data = d;
        done = true;
    });
    REQUIRE(waitUntil([&] { return done; }, 15000));
    return data;
}

QByteArray secret(const QString& id, const char* what)
{
    return readKey(ProfileStore::secretKey(id, QString::fromLatin1(what)));
}

// The profile as the dashboard loads it: settings and keychain.
Profile dashboardLoad(const QString& id)
{
    asTheDashboard();
    QSettings().sync();
    KeychainStore keychain;
    ProfileStore store(&keychain);
    Profile loaded;
    bool done = false;
    store.load(id, nullptr, [&](const Profile& p, const AuthError& e) {
        CHECK_FALSE(e);
        loaded = p;
        done = true;
    });
    REQUIRE(waitUntil([&] { return done; }, 15000));
    return loaded;
}

QStringList dashboardIds()
{
    asTheDashboard();
    QSettings().sync();
    KeychainStore keychain;
    return ProfileStore(&keychain).ids();
}

QString dashboardCurrent()
{
    asTheDashboard();
    QSettings().sync();
    KeychainStore keychain;
    return ProfileStore(&keychain).currentId();
}

QString caFile()
{
    const QString path = home() + QStringLiteral("/supabase-ca.crt");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("-----BEGIN CERTIFICATE-----\n(test)\n-----END CERTIFICATE-----\n");
    return path;
}

// A complete remote profile's options (the secrets come on stdin).
QStringList complete(const QString& ref)
{
    return {QStringLiteral("--supabase-url"),   QStringLiteral("https://%1.supabase.co").arg(ref),
            QStringLiteral("--db-host"),        QStringLiteral("db.%1.supabase.co").arg(ref),
            QStringLiteral("--ssl-root-cert"),  caFile(),
            QStringLiteral("--anon-key-stdin"), QStringLiteral("--db-password-stdin")};
}

QJsonObject entry(const Run& list, const QString& id)
{
    for (const QJsonValue v : list.json().value(QStringLiteral("profiles")).toArray()) {
        if (v[QStringLiteral("id")].toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("profile add: the keys to the keychain, the rest where the dashboard reads it",
          "[cli][profile][keychain]")
{
    const QString dir = home();
    const QString ca = caFile();
    const QByteArray key = "sb_publishable_ACMEKEY0123456789";
    const QByteArray password = "acme-db-password-987";
    const Run add =
        profile({QStringLiteral("add"), QStringLiteral("acme"), QStringLiteral("--name"),
                 QStringLiteral("Acme Inc."), QStringLiteral("--supabase-url"),
                 QStringLiteral("https://acmeref.supabase.co"), QStringLiteral("--db-url"),
                 QStringLiteral("postgresql://aws-0-eu-central-1.pooler.supabase.com:5432/"
                                "postgres?sslmode=verify-full&sslrootcert=") +
                     ca,
                 QStringLiteral("--pooler"), QStringLiteral("--campaign-base-url"),
                 QStringLiteral("https://go.acme.example/c/"), QStringLiteral("--anon-key-stdin"),
                 QStringLiteral("--db-password-stdin")},
                key + '\n' + password + '\n');
    INFO(add.out.toStdString() << add.err.toStdString());
    REQUIRE(add.code == 0);
    CHECK(add.out.contains(QStringLiteral("Added profile 'acme' (Acme Inc.).")));

    // The keys are in the keychain under the dashboard's names…
    CHECK(secret(QStringLiteral("acme"), "anon-key") == key);
    CHECK(secret(QStringLiteral("acme"), "db-password") == password);
    // …and the dashboard reads the profile whole, as its editor would have saved it.
    const Profile p = dashboardLoad(QStringLiteral("acme"));
    CHECK(p.name == QStringLiteral("Acme Inc."));
    CHECK(p.supabaseUrl == QUrl(QStringLiteral("https://acmeref.supabase.co")));
    CHECK(p.dbMode == Profile::DbMode::SessionPooler);
    CHECK(p.dbHost == QStringLiteral("aws-0-eu-central-1.pooler.supabase.com"));
    CHECK(p.dbPort == 5432);
    CHECK(p.dbName == QStringLiteral("postgres"));
    // The session pooler's user, as the editor makes it.
    CHECK(p.dbUser == QStringLiteral("postgres.acmeref"));
    CHECK(p.sslMode == QStringLiteral("verify-full"));
    CHECK(p.sslRootCert == ca);
    CHECK(p.campaignBaseUrl == QUrl(QStringLiteral("https://go.acme.example/c/")));
    CHECK(p.anonKey == QString::fromUtf8(key));
    CHECK(p.dbPassword == QString::fromUtf8(password));
    CHECK(p.problems().isEmpty());
    CHECK(dashboardCurrent() == QStringLiteral("sandbox")); // no --use

    // list: what is stored, never the keys themselves.
    const Run text = profile({QStringLiteral("list")});
    REQUIRE(text.code == 0);
    QString row;
    for (const QString& line : text.out.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral(" acme ")))
            row = line;
    }
    INFO(text.out.toStdString());
    CHECK(row.contains(QStringLiteral("https://acmeref.supabase.co")));
    CHECK(row.contains(QStringLiteral(
        "postgres.acmeref@aws-0-eu-central-1.pooler.supabase.com:5432/postgres (session pooler)")));
    const QStringList cells = row.split(QRegularExpression(QStringLiteral(" {2,}")));
    CHECK(cells.mid(cells.size() - 3) ==
          QStringList{QStringLiteral("stored"), QStringLiteral("stored"), QStringLiteral("ready")});
    CHECK(text.out.section(QLatin1Char('\n'), 1, 1).startsWith(QStringLiteral("*  ")));
    const Run json = profile({QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(json.code == 0);
    CHECK(json.json().value(QStringLiteral("current")).toString() == QStringLiteral("sandbox"));
    const QJsonObject acme = entry(json, QStringLiteral("acme"));
    CHECK(acme.value(QStringLiteral("kind")).toString() == QStringLiteral("supabase"));
    CHECK(acme.value(QStringLiteral("current")) == QJsonValue(false));
    CHECK(acme.value(QStringLiteral("anon_key_stored")) == QJsonValue(true));
    CHECK(acme.value(QStringLiteral("db_password_stored")) == QJsonValue(true));
    CHECK(acme.value(QStringLiteral("complete")) == QJsonValue(true));
    const QJsonObject db = acme.value(QStringLiteral("database")).toObject();
    CHECK(db.value(QStringLiteral("user")).toString() == QStringLiteral("postgres.acmeref"));
    CHECK(db.value(QStringLiteral("mode")).toString() == QStringLiteral("session-pooler"));
    CHECK(db.value(QStringLiteral("ssl_root_cert")).toString() == ca);
    CHECK(acme.value(QStringLiteral("campaign_base_url")).toString() ==
          QStringLiteral("https://go.acme.example/c/"));
    const QJsonObject production = entry(json, QStringLiteral("production"));
    CHECK(production.value(QStringLiteral("complete")) == QJsonValue(false));
    CHECK(production.value(QStringLiteral("anon_key_stored")) == QJsonValue(false));

    // Nothing secret on the terminal or in any file of the home directory.
    const QStringList secrets{QString::fromUtf8(key), QString::fromUtf8(password)};
    for (const QString& s : secrets) {
        for (const Run& r : {add, text, json}) {
            CHECK_FALSE(r.out.contains(s));
            CHECK_FALSE(r.err.contains(s));
        }
    }
    CHECK(test::filesContaining(dir, secrets).isEmpty());
}

TEST_CASE("profile add refuses what it cannot keep and then saves nothing",
          "[cli][profile][keychain]")
{
    home();
    const QByteArray keys = "sb_publishable_K\npw\n";
    REQUIRE(profile(QStringList{QStringLiteral("add"), QStringLiteral("dup")} +
                        complete(QStringLiteral("dupref")),
                    keys)
                .code == 0);

    SECTION("an id that exists")
    {
        const Run r = profile(
            QStringList{QStringLiteral("add"), QStringLiteral("dup"), QStringLiteral("--json")} +
                complete(QStringLiteral("other")),
            keys);
        CHECK(r.code == 1);
        CHECK(r.errorCode() == QStringLiteral("exists"));
        CHECK(r.err.contains(QStringLiteral("limitless profile edit dup")));
        CHECK(dashboardLoad(QStringLiteral("dup")).supabaseUrl.host() ==
              QStringLiteral("dupref.supabase.co"));
        const Run sandbox = profile(QStringList{QStringLiteral("add"), QStringLiteral("sandbox")} +
                                        complete(QStringLiteral("other")),
                                    keys);
        CHECK(sandbox.code == 1);
        CHECK(sandbox.err.contains(QStringLiteral("built-in")));
    }
    SECTION("a password in the database URL, never echoed")
    {
        const QString pw = QStringLiteral("hunter2-in-the-url");
        const Run r = profile(
            {QStringLiteral("add"), QStringLiteral("leaky"), QStringLiteral("--supabase-url"),
             QStringLiteral("https://leaky.supabase.co"), QStringLiteral("--db-url"),
             QStringLiteral("postgresql://postgres:%1@db.leaky.supabase.co/postgres").arg(pw),
             QStringLiteral("--json")});
        CHECK(r.code == 2);
        CHECK(r.errorCode() == QStringLiteral("usage"));
        CHECK(r.err.contains(QStringLiteral("--db-password-stdin")));
        CHECK_FALSE(r.out.contains(pw));
        CHECK_FALSE(r.err.contains(pw));
        CHECK_FALSE(dashboardIds().contains(QStringLiteral("leaky")));
    }
    SECTION("an incomplete profile, each problem with the option that fixes it")
    {
        const Run r = profile(
            {QStringLiteral("add"), QStringLiteral("half"), QStringLiteral("--supabase-url"),
             QStringLiteral("http://half.supabase.co"), QStringLiteral("--db-host"),
             QStringLiteral("db.half.supabase.co"), QStringLiteral("--db-port"),
             QStringLiteral("6543"), QStringLiteral("--json")});
        CHECK(r.code == 2);
        const QJsonObject e = r.error();
        CHECK(e.value(QStringLiteral("code")).toString() == QStringLiteral("invalid_profile"));
        QStringList options;
        for (const QJsonValue v : e.value(QStringLiteral("problems")).toArray())
            options << v[QStringLiteral("option")].toString();
        CHECK(options.contains(QStringLiteral("--supabase-url"))); // http:// to a remote host
        CHECK(options.contains(QStringLiteral("--anon-key-stdin")));
        CHECK(options.contains(QStringLiteral("--db-port"))); // the transaction pooler
        CHECK(options.contains(QStringLiteral("--ssl-root-cert")));
        CHECK(r.err.contains(QStringLiteral("  --anon-key-stdin: ")));
        CHECK_FALSE(dashboardIds().contains(QStringLiteral("half")));
    }
    SECTION("no key on standard input")
    {
        const Run r = profile(QStringList{QStringLiteral("add"), QStringLiteral("nokey")} +
                                  complete(QStringLiteral("nokey")),
                              QByteArray());
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("No anon key on standard input")));
        CHECK_FALSE(dashboardIds().contains(QStringLiteral("nokey")));
        CHECK(secret(QStringLiteral("nokey"), "anon-key").isEmpty());
    }
    SECTION("malformed options")
    {
        const QList<QStringList> cases{
            {QStringLiteral("add"), QStringLiteral("Bad/Id"), QStringLiteral("--supabase-url"),
             QStringLiteral("https://x.supabase.co")},
            {QStringLiteral("add"), QStringLiteral("nocert"), QStringLiteral("--supabase-url"),
             QStringLiteral("https://x.supabase.co"), QStringLiteral("--ssl-root-cert"),
             QStringLiteral("/no/such/ca.crt")},
            {QStringLiteral("add"), QStringLiteral("param"), QStringLiteral("--supabase-url"),
             QStringLiteral("https://x.supabase.co"), QStringLiteral("--db-url"),
             QStringLiteral("postgresql://postgres@db.x.supabase.co/postgres?options=-c")},
            {QStringLiteral("add"), QStringLiteral("port"), QStringLiteral("--supabase-url"),
             QStringLiteral("https://x.supabase.co"), QStringLiteral("--db-port"),
             QStringLiteral("99999")},
            {QStringLiteral("add"), QStringLiteral("both"), QStringLiteral("--supabase-url"),
             QStringLiteral("https://x.supabase.co"), QStringLiteral("--pooler"),
             QStringLiteral("--direct")},
            // A secret is never an argument: there is no option to pass it so.
            {QStringLiteral("add"), QStringLiteral("argv"), QStringLiteral("--supabase-url"),
             QStringLiteral("https://x.supabase.co"), QStringLiteral("--anon-key"),
             QStringLiteral("sb_publishable_on_argv")},
            {QStringLiteral("add"), QStringLiteral("nourl")},
            {QStringLiteral("list"), QStringLiteral("--name"), QStringLiteral("x")},
            {QStringLiteral("use"), QStringLiteral("dup"), QStringLiteral("--yes")},
            {QStringLiteral("frobnicate")},
            {},
        };
        for (const QStringList& args : cases) {
            INFO(args.join(QLatin1Char(' ')).toStdString());
            const Run r = profile(args + QStringList{QStringLiteral("--json")});
            INFO(r.err.toStdString());
            CHECK(r.code == 2);
            CHECK(r.errorCode() == QStringLiteral("usage"));
        }
        for (const char* id : {"nocert", "param", "port", "both", "argv", "nourl"})
            CHECK_FALSE(dashboardIds().contains(QString::fromLatin1(id)));
    }
    REQUIRE(profile({QStringLiteral("remove"), QStringLiteral("dup")}).code == 0);
}

TEST_CASE("profile edit changes only what is given", "[cli][profile][keychain]")
{
    home();
    const QString id = QStringLiteral("edited");
    REQUIRE(profile(QStringList{QStringLiteral("add"), id} + complete(QStringLiteral("editref")),
                    "K1\nP1\n")
                .code == 0);

    Run r = profile({QStringLiteral("edit"), id, QStringLiteral("--name"),
                     QStringLiteral("Edited project"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.json().value(QStringLiteral("changed")).toArray() ==
          QJsonArray{QStringLiteral("name")});
    Profile p = dashboardLoad(id);
    CHECK(p.name == QStringLiteral("Edited project"));
    CHECK(p.supabaseUrl.host() == QStringLiteral("editref.supabase.co"));
    CHECK(p.anonKey == QStringLiteral("K1"));
    CHECK(p.dbPassword == QStringLiteral("P1"));

    // One secret: the other stays.
    r = profile({QStringLiteral("edit"), id, QStringLiteral("--db-password-stdin")}, "P2\n");
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("changed: database password")));
    p = dashboardLoad(id);
    CHECK(p.anonKey == QStringLiteral("K1"));
    CHECK(p.dbPassword == QStringLiteral("P2"));
    r = profile({QStringLiteral("edit"), id, QStringLiteral("--anon-key-stdin"),
                 QStringLiteral("--db-password-stdin"), QStringLiteral("--db-port"),
                 QStringLiteral("5433")},
                "K3\nP3\n");
    REQUIRE(r.code == 0);
    p = dashboardLoad(id);
    CHECK(p.anonKey == QStringLiteral("K3"));
    CHECK(p.dbPassword == QStringLiteral("P3"));
    CHECK(p.dbPort == 5433);
    CHECK(p.name == QStringLiteral("Edited project"));

    // A change that would break it is refused and changes nothing.
    r = profile({QStringLiteral("edit"), id, QStringLiteral("--ssl-mode"),
                 QStringLiteral("disable"), QStringLiteral("--name"), QStringLiteral("Broken"),
                 QStringLiteral("--json")});
    CHECK(r.code == 2);
    CHECK(r.errorCode() == QStringLiteral("invalid_profile"));
    p = dashboardLoad(id);
    CHECK(p.sslMode == QStringLiteral("verify-full"));
    CHECK(p.name == QStringLiteral("Edited project"));

    r = profile({QStringLiteral("edit"), id, QStringLiteral("--json")});
    CHECK(r.code == 2);
    CHECK(r.errorCode() == QStringLiteral("usage"));
    r = profile({QStringLiteral("edit"), QStringLiteral("nosuch"), QStringLiteral("--name"),
                 QStringLiteral("x"), QStringLiteral("--json")});
    CHECK(r.code == 1);
    CHECK(r.errorCode() == QStringLiteral("not_found"));

    // The sandbox: a name and campaign links, nothing of its database or keys.
    r = profile({QStringLiteral("edit"), QStringLiteral("sandbox"),
                 QStringLiteral("--supabase-url"), QStringLiteral("https://x.supabase.co")});
    CHECK(r.code == 2);
    r = profile({QStringLiteral("edit"), QStringLiteral("sandbox"), QStringLiteral("--name"),
                 QStringLiteral("My demo")});
    REQUIRE(r.code == 0);
    CHECK(dashboardLoad(QStringLiteral("sandbox")).name == QStringLiteral("My demo"));
    r = profile({QStringLiteral("reset"), QStringLiteral("sandbox")});
    REQUIRE(r.code == 0);
    CHECK(dashboardLoad(QStringLiteral("sandbox")).name == Profile::sandbox().name);

    REQUIRE(profile({QStringLiteral("remove"), id}).code == 0);
}

TEST_CASE("profile use, remove and reset", "[cli][profile][keychain]")
{
    home();
    const QString id = QStringLiteral("chosen");
    REQUIRE(profile(QStringList{QStringLiteral("add"), id, QStringLiteral("--use")} +
                        complete(QStringLiteral("chosenref")),
                    "K\nP\n")
                .code == 0);
    CHECK(dashboardCurrent() == id);

    // Commands that use the current profile use it: `auth status` without --profile.
    Run r = runCli({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--json")});
    CHECK(r.code == 3);
    CHECK(r.json().value(QStringLiteral("profile")).toString() == id);
    CHECK(r.json().value(QStringLiteral("signed_in")) == QJsonValue(false));
    CHECK(r.errorCode() == QStringLiteral("not_signed_in"));

    // The current profile goes only with a yes; then the sandbox is current.
    r = profile({QStringLiteral("remove"), id, QStringLiteral("--json")});
    CHECK(r.code == 2);
    CHECK(r.errorCode() == QStringLiteral("usage"));
    CHECK(r.err.contains(QStringLiteral("--yes")));
    CHECK(dashboardIds().contains(id));
    r = profile({QStringLiteral("remove"), id, QStringLiteral("--yes"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.json().value(QStringLiteral("removed")) == QJsonValue(true));
    CHECK(r.json().value(QStringLiteral("current")).toString() == QStringLiteral("sandbox"));
    CHECK_FALSE(dashboardIds().contains(id));
    CHECK(dashboardCurrent() == QStringLiteral("sandbox"));
    CHECK(secret(id, "anon-key").isEmpty());
    CHECK(secret(id, "db-password").isEmpty());
    {
        asTheDashboard();
        QSettings s;
        s.sync();
        CHECK_FALSE(s.childGroups().isEmpty()); // the settings file is there…
        s.beginGroup(QStringLiteral("profiles"));
        CHECK_FALSE(s.childGroups().contains(id)); // …without the profile
    }
    r = profile({QStringLiteral("remove"), id, QStringLiteral("--json")});
    CHECK(r.code == 1);
    CHECK(r.errorCode() == QStringLiteral("not_found"));
    r = profile({QStringLiteral("use"), id, QStringLiteral("--json")});
    CHECK(r.code == 1);
    CHECK(r.errorCode() == QStringLiteral("not_found"));

    // Built-in profiles stay; reset empties them.
    r = profile({QStringLiteral("remove"), QStringLiteral("staging")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("limitless profile reset staging")));
    REQUIRE(profile(QStringList{QStringLiteral("edit"), QStringLiteral("staging")} +
                        complete(QStringLiteral("stagingref")),
                    "KS\nPS\n")
                .code == 0);
    r = profile({QStringLiteral("use"), QStringLiteral("staging")});
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty()); // complete: no warning
    CHECK(profile({QStringLiteral("reset"), QStringLiteral("staging")}).code == 2);
    r = profile({QStringLiteral("reset"), QStringLiteral("staging"), QStringLiteral("--yes")});
    REQUIRE(r.code == 0);
    CHECK(dashboardIds().contains(QStringLiteral("staging")));
    CHECK(dashboardCurrent() == QStringLiteral("sandbox"));
    const Profile staging = dashboardLoad(QStringLiteral("staging"));
    CHECK(staging.supabaseUrl.isEmpty());
    CHECK(staging.anonKey.isEmpty());
    CHECK(staging.dbPassword.isEmpty());
    // Choosing an incomplete profile works, and says what it lacks.
    r = profile({QStringLiteral("use"), QStringLiteral("staging")});
    CHECK(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("--supabase-url")));
    REQUIRE(profile({QStringLiteral("use"), QStringLiteral("sandbox")}).code == 0);
    r = profile({QStringLiteral("reset"), QStringLiteral("nosuch-profile")});
    CHECK(r.code == 1);
}

TEST_CASE("profile remove signs the project's session out first", "[cli][profile][keychain]")
{
    home();
    FakeGoTrue server;
    REQUIRE(server.start());
    const QString email = QStringLiteral("owner@example.com");
    const QString password = QStringLiteral("pw-for-the-profile-test");
    server.addUser(email, password);
    const QStringList options{QStringLiteral("--supabase-url"),  server.url().toString(),
                              QStringLiteral("--db-host"),       QStringLiteral("127.0.0.1"),
                              QStringLiteral("--ssl-mode"),      QStringLiteral("disable"),
                              QStringLiteral("--anon-key-stdin")};
    const QByteArray key = FakeGoTrue::anonKey().toUtf8() + '\n';
    REQUIRE(
        profile(QStringList{QStringLiteral("add"), QStringLiteral("fake")} + options, key).code ==
        0);
    REQUIRE(profile(QStringList{QStringLiteral("add"), QStringLiteral("fake-twin")} + options, key)
                .code == 0);
    const QString sessionKey = QStringLiteral("supabase:127.0.0.1:%1/session").arg(server.port());

    Run r = runCli({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--profile"),
                    QStringLiteral("fake"), QStringLiteral("--email"), email},
                   password.toUtf8() + '\n');
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE_FALSE(readKey(sessionKey).isEmpty());

    // Another profile of the same project: its session is that one's too, and stays.
    r = profile({QStringLiteral("remove"), QStringLiteral("fake-twin")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("profile 'fake' uses the same project")));
    CHECK_FALSE(readKey(sessionKey).isEmpty());
    CHECK(server.count(QStringLiteral("/auth/v1/logout")) == 0);

    // The last one: signed out here and on the server, then removed.
    r = profile({QStringLiteral("remove"), QStringLiteral("fake"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.json().value(QStringLiteral("signed_out")) == QJsonValue(true));
    CHECK(r.json().value(QStringLiteral("server_told")) == QJsonValue(true));
    CHECK(readKey(sessionKey).isEmpty());
    CHECK(server.count(QStringLiteral("/auth/v1/logout")) == 1);
    CHECK_FALSE(dashboardIds().contains(QStringLiteral("fake")));
}

TEST_CASE("profile commands without a keychain change nothing and say so",
          "[cli][profile][keychain]")
{
    home();
    // No Secret Service on this bus.
    const QMap<QString, QString> noKeychain{
        {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent")}};
    Run r = profile(
        QStringList{QStringLiteral("add"), QStringLiteral("nokeychain"), QStringLiteral("--json")} +
            complete(QStringLiteral("nokeychain")),
        "K\nP\n", noKeychain);
    CHECK(r.code == 1);
    CHECK(r.errorCode() == QStringLiteral("keychain"));
    CHECK(r.err.contains(QStringLiteral("nothing was saved")));
    CHECK_FALSE(dashboardIds().contains(QStringLiteral("nokeychain")));

    // The list stands without the keys' state, and the error says why.
    r = profile({QStringLiteral("list"), QStringLiteral("--json")}, {}, noKeychain);
    CHECK(r.code == 1);
    CHECK(r.errorCode() == QStringLiteral("keychain"));
    const QJsonObject production = entry(r, QStringLiteral("production"));
    CHECK(production.value(QStringLiteral("name")).toString() == Profile::production().name);
    CHECK(production.value(QStringLiteral("anon_key_stored")).isNull());
}
