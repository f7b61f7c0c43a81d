// The sandbox as a local security boundary: who may connect to it, where its passwords live,
// what `sandbox reset` may delete, and how a sandbox made by an earlier version is upgraded.
#include "CliRun.h"
#include "TestDatabase.h"
#include "sandbox/Sandbox.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>
#include <unistd.h>

using namespace limitless;

namespace {

using Run = test::CliRun;

struct Attempt {
    bool connected = false;
    bool neededPassword = false;
    QString message;
};

// Connects with libpq directly so that nothing of the app's own connection code (and no
// password file) takes part: only the server decides.
Attempt tryConnect(int port, const QString& user, const QString& password)
{
    QStringList info{QStringLiteral("host=127.0.0.1"), QStringLiteral("port=%1").arg(port),
                     QStringLiteral("dbname=limitless"), QStringLiteral("user=%1").arg(user),
                     QStringLiteral("sslmode=disable"), QStringLiteral("connect_timeout=10"),
                     // No ~/.pgpass or PGPASSFILE may supply a password behind the test's back.
                     QStringLiteral("passfile=/nonexistent/pgpass")};
    if (!password.isEmpty())
        info << QStringLiteral("password=%1").arg(password);
    PGconn* c = PQconnectdb(info.join(QLatin1Char(' ')).toUtf8().constData());
    Attempt a;
    a.connected = PQstatus(c) == CONNECTION_OK;
    a.neededPassword = PQconnectionNeedsPassword(c) != 0;
    a.message = QString::fromUtf8(PQerrorMessage(c));
    PQfinish(c);
    return a;
}

QString hbaOf(const QString& sandboxDir)
{
    QFile f(sandboxDir + QStringLiteral("/data/pg_hba.conf"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

// The rules of pg_hba.conf without comments and blank lines.
QStringList hbaRules(const QString& sandboxDir)
{
    QStringList rules;
    for (const QString& line : hbaOf(sandboxDir).split(QLatin1Char('\n'))) {
        const QString rule = line.section(QLatin1Char('#'), 0, 0).simplified();
        if (!rule.isEmpty())
            rules << rule;
    }
    return rules;
}

void checkLocked(const QString& sandboxDir, int port)
{
    INFO(hbaOf(sandboxDir).toStdString());
    for (const QString& rule : hbaRules(sandboxDir)) {
        CHECK_FALSE(rule.endsWith(QLatin1String(" trust")));
        if (rule.startsWith(QLatin1String("host")))
            CHECK(rule.endsWith(QLatin1String(" scram-sha-256")));
        if (rule.startsWith(QLatin1String("local")))
            CHECK(rule.contains(QLatin1String(" peer")));
    }
    for (const QString& user : {QStringLiteral("postgres"), QStringLiteral("limitless_app")}) {
        INFO(user.toStdString());
        const Attempt none = tryConnect(port, user, {});
        INFO(none.message.toStdString());
        CHECK_FALSE(none.connected);
        CHECK(none.neededPassword);
        const Attempt wrong = tryConnect(port, user, QStringLiteral("not-the-password"));
        INFO(wrong.message.toStdString());
        CHECK_FALSE(wrong.connected);
        // SQLSTATE 28P01 (invalid_password) is reported with this text.
        CHECK(wrong.message.contains(QLatin1String("password authentication failed")));
    }
}

void checkPassfile(const QString& sandboxDir)
{
    const QFileInfo pass(sandboxDir + QStringLiteral("/pgpass"));
    REQUIRE(pass.exists());
    CHECK(pass.permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(pass.ownerId() == ::geteuid());
}

} // namespace

TEST_CASE("the sandbox refuses TCP connections without the right password", "[sandbox][security]")
{
    const auto st = sandbox::Sandbox(test::sandboxDir()).status();
    REQUIRE(st.running);
    checkLocked(test::sandboxDir(), st.port);
}

TEST_CASE("the sandbox's passwords live in an owner-only file, not in its URLs",
          "[sandbox][security]")
{
    checkPassfile(test::sandboxDir());
    const auto st = sandbox::Sandbox(test::sandboxDir()).status();
    for (const QString& url : {st.adminUrl, st.appUrl}) {
        const QUrl u(url);
        CHECK(u.password().isEmpty());
        CHECK(QUrlQuery(u).queryItemValue(QStringLiteral("passfile")) ==
              test::sandboxDir() + QStringLiteral("/pgpass"));
    }
    // …and those URLs work as they are, for the superuser and for the app's role.
    CHECK(test::connect(st.adminUrl)->exec(QStringLiteral("select 1")).ok());
    CHECK(test::connect(st.appUrl)->exec(QStringLiteral("select 1")).ok());
    const Run json =
        test::runLimitless({QStringLiteral("sandbox"), QStringLiteral("status"),
                            QStringLiteral("--dir"), test::sandboxDir(), QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    CHECK(o.value(QStringLiteral("url")).toString() == st.adminUrl);
    CHECK(o.value(QStringLiteral("passfile")).toString() ==
          test::sandboxDir() + QStringLiteral("/pgpass"));
}

TEST_CASE("no client role can read the token-signing key", "[sandbox][security]")
{
    auto admin = test::connect(test::adminUrl());
    for (const QString& role : {QStringLiteral("limitless_app"), QStringLiteral("authenticated"),
                                QStringLiteral("anon"), QStringLiteral("service_role")}) {
        INFO(role.toStdString());
        const auto r = admin->exec(
            QStringLiteral("select has_table_privilege($1, 'auth.sandbox_keys', 'select') or "
                           "has_any_column_privilege($1, 'auth.sandbox_keys', 'select')"),
            {role});
        REQUIRE(r.ok());
        CHECK_FALSE(r.scalar().toBool());
    }
    auto app = test::connect(test::appUrl());
    for (const QString& role :
         {QString(), QStringLiteral("authenticated"), QStringLiteral("anon")}) {
        INFO("as " << role.toStdString());
        const QString sql = role.isEmpty()
                                ? QStringLiteral("select jwt_secret from auth.sandbox_keys")
                                : QStringLiteral("set local role %1; select jwt_secret from "
                                                 "auth.sandbox_keys")
                                      .arg(role);
        const auto r = app->execScript(QStringLiteral("begin; ") + sql);
        app->execScript(QStringLiteral("rollback"));
        CHECK_FALSE(r.ok());
        CHECK(r.error.sqlState == QStringLiteral("42501"));
    }
}

TEST_CASE("sandbox stop and reset refuse a directory that does not exist", "[sandbox][cli]")
{
    const QString missing = QStringLiteral("/nonexistent/limitless-sandbox-test");
    for (const QString& action : {QStringLiteral("stop"), QStringLiteral("reset")}) {
        INFO(action.toStdString());
        const Run r = test::runLimitless(
            {QStringLiteral("sandbox"), action, QStringLiteral("--dir"), missing});
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QStringLiteral("No sandbox in %1").arg(missing)));
        // With --json the failure is an error object on stdout, as in every command.
        const Run json =
            test::runLimitless({QStringLiteral("sandbox"), action, QStringLiteral("--dir"), missing,
                                QStringLiteral("--json")});
        CHECK(json.exitCode == 1);
        const QJsonObject error =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("error")).toObject();
        CHECK(error.value(QStringLiteral("message")).toString().contains(missing));
        CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("failed"));
    }
}

TEST_CASE("sandbox reset refuses a directory that is not a sandbox", "[sandbox][cli]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.path();
    REQUIRE(QDir().mkpath(dir + QStringLiteral("/data")));
    QFile thesis(dir + QStringLiteral("/data/thesis.txt"));
    REQUIRE(thesis.open(QIODevice::WriteOnly));
    thesis.write("x\n");
    thesis.close();

    const Run status = test::runLimitless(
        {QStringLiteral("sandbox"), QStringLiteral("status"), QStringLiteral("--dir"), dir});
    CHECK(QString::fromUtf8(status.out).contains(QStringLiteral("No sandbox in")));
    for (const QString& action : {QStringLiteral("reset"), QStringLiteral("stop")}) {
        INFO(action.toStdString());
        const Run r =
            test::runLimitless({QStringLiteral("sandbox"), action, QStringLiteral("--dir"), dir});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("not a sandbox")));
        CHECK_FALSE(QString::fromUtf8(r.out).contains(QStringLiteral("deleted")));
    }
    CHECK(QFileInfo::exists(dir + QStringLiteral("/data/thesis.txt")));
    // --fresh must not get round it either.
    const Run fresh = test::runLimitless({QStringLiteral("sandbox"), QStringLiteral("start"),
                                          QStringLiteral("--fresh"), QStringLiteral("--dir"), dir});
    CHECK(fresh.exitCode == 1);
    CHECK(QFileInfo::exists(dir + QStringLiteral("/data/thesis.txt")));
}

TEST_CASE("a sandbox made by an earlier version is adopted and locked on its next start, and "
          "reset deletes only what the sandbox made",
          "[sandbox][cli][security]")
{
    // Under /tmp (not a private temporary directory): as root the server runs as `postgres`,
    // which must be able to reach the directory.
    const QString dir = QStringLiteral("/tmp/limitless-upgrade-test-%1").arg(::getpid());
    QDir(dir).removeRecursively();
    struct Cleanup {
        QString dir;
        ~Cleanup()
        {
            test::runLimitless(
                {QStringLiteral("sandbox"), QStringLiteral("stop"), QStringLiteral("--dir"), dir});
            QDir(dir).removeRecursively();
        }
    } cleanup{dir};

    Run r = test::runLimitless({QStringLiteral("sandbox"), QStringLiteral("start"),
                                QStringLiteral("--dir"), dir, QStringLiteral("--quiet")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QFileInfo::exists(dir + QStringLiteral("/.limitless-sandbox")));

    // Make it look like a sandbox of an earlier version: no marker, no password file, and the
    // `trust` rules initdb --auth=trust wrote.
    const auto st = sandbox::Sandbox(dir).status();
    REQUIRE(st.running);
    QFile::remove(dir + QStringLiteral("/.limitless-sandbox"));
    QFile::remove(dir + QStringLiteral("/pgpass"));
    {
        QFile hba(dir + QStringLiteral("/data/pg_hba.conf"));
        REQUIRE(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("local all all trust\nhost all all 127.0.0.1/32 trust\n"
                  "host all all ::1/128 trust\n");
    }
    r = test::runLimitless(
        {QStringLiteral("sandbox"), QStringLiteral("stop"), QStringLiteral("--dir"), dir});
    REQUIRE(r.exitCode == 0);

    // The next start upgrades it, quietly: no NOTICEs from the idempotent set-up SQL.
    r = test::runLimitless({QStringLiteral("sandbox"), QStringLiteral("start"),
                            QStringLiteral("--dir"), dir, QStringLiteral("--quiet")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.isEmpty());
    CHECK_FALSE(r.err.contains(QStringLiteral("NOTICE")));
    CHECK(QFileInfo::exists(dir + QStringLiteral("/.limitless-sandbox")));
    checkPassfile(dir);
    const auto upgraded = sandbox::Sandbox(dir).status();
    REQUIRE(upgraded.running);
    checkLocked(dir, upgraded.port);
    CHECK(test::connect(upgraded.adminUrl)->exec(QStringLiteral("select 1")).ok());
    CHECK(test::connect(upgraded.appUrl)->exec(QStringLiteral("select 1")).ok());

    // A start of a running, current sandbox says nothing on stderr either.
    r = test::runLimitless(
        {QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--dir"), dir});
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.err.contains(QStringLiteral("NOTICE")));

    // `sandbox passwd` still works with the locked-down server.
    QProcess passwd;
    passwd.start(
        QStringLiteral(LIMITLESS_BINARY_DIR "/limitless"),
        {QStringLiteral("sandbox"), QStringLiteral("passwd"), QStringLiteral("--dir"), dir});
    REQUIRE(passwd.waitForStarted());
    passwd.write("a-new-password-123\n");
    passwd.closeWriteChannel();
    REQUIRE(passwd.waitForFinished(60000));
    INFO(passwd.readAllStandardError().toStdString());
    CHECK(passwd.exitCode() == 0);

    // Something of the user's own in the sandbox directory survives a reset.
    {
        QFile notes(dir + QStringLiteral("/notes.txt"));
        REQUIRE(notes.open(QIODevice::WriteOnly));
        notes.write("mine\n");
    }
    r = test::runLimitless(
        {QStringLiteral("sandbox"), QStringLiteral("reset"), QStringLiteral("--dir"), dir});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(QFileInfo::exists(dir + QStringLiteral("/notes.txt")));
    CHECK(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ==
          QStringList{QStringLiteral("notes.txt")});
}
