#include "TestDatabase.h"

#include "db/Migrator.h"

#include "sandbox/Sandbox.h"

#include <catch2/catch.hpp>

#include <QUrl>
#include <QUrlQuery>

namespace limitless::test {

QString sandboxDir()
{
    const QString env = qEnvironmentVariable("LIMITLESS_TEST_SANDBOX_DIR");
    return env.isEmpty() ? QStringLiteral(LIMITLESS_TEST_SANDBOX) : env;
}

static sandbox::Sandbox::Status status()
{
    const sandbox::Sandbox box(sandboxDir());
    const auto st = box.status();
    if (!st.running)
        FAIL("the test PostgreSQL cluster is not running (ctest fixture 'pg')");
    return st;
}

QString adminUrl()
{
    return status().adminUrl;
}

QString appUrl()
{
    return status().appUrl;
}

QString urlFor(const QString& database, const QString& user)
{
    QUrl url(status().adminUrl);
    url.setPath(QStringLiteral("/") + database);
    url.setUserName(user);
    return url.toString();
}

std::unique_ptr<db::PgConnection> connect(const QString& url)
{
    db::DbError error;
    auto c = db::PgConnection::open(url, &error);
    if (!c)
        FAIL("cannot connect: " << error.toString().toStdString());
    return c;
}

QString freshDatabase(const QString& name)
{
    auto admin = connect(adminUrl());
    // Identifiers cannot be parameters; test names are fixed literals made of [a-z0-9_].
    for (QChar ch : name)
        REQUIRE((ch.isLower() || ch.isDigit() || ch == QLatin1Char('_')));
    admin->exec(QStringLiteral("select pg_terminate_backend(pid) from pg_stat_activity where "
                               "datname = $1 and pid <> pg_backend_pid()"),
                {name});
    const auto drop = admin->execScript(QStringLiteral("drop database if exists ") + name);
    REQUIRE(drop.ok());
    const auto create = admin->execScript(QStringLiteral("create database ") + name);
    REQUIRE(create.ok());
    return urlFor(name);
}

QString migratedDatabase(const QString& name)
{
    const QString url = freshDatabase(name);
    auto conn = connect(url);
    const db::DbError e = db::Migrator(*conn).migrate();
    INFO(e.toString().toStdString());
    REQUIRE_FALSE(e.isError());
    return url;
}

QString sourcePath(const QString& relative)
{
    return QStringLiteral(LIMITLESS_SOURCE_DIR "/") + relative;
}

} // namespace limitless::test
