#include "db/DbError.h"

#include <catch2/catch.hpp>

using limitless::db::DbError;
using Kind = DbError::Kind;

TEST_CASE("SQLSTATEs map to error kinds")
{
    CHECK(DbError::kindForSqlState(QStringLiteral("23505")) == Kind::UniqueViolation);
    CHECK(DbError::kindForSqlState(QStringLiteral("42501")) == Kind::PermissionDenied);
    CHECK(DbError::kindForSqlState(QStringLiteral("57014")) == Kind::Cancelled);
    CHECK(DbError::kindForSqlState(QStringLiteral("28P01")) == Kind::AuthenticationFailed);
    CHECK(DbError::kindForSqlState(QStringLiteral("08006")) == Kind::ConnectionLost);
    CHECK(DbError::kindForSqlState(QStringLiteral("57P01")) == Kind::ConnectionLost);
    CHECK(DbError::kindForSqlState(QStringLiteral("42P01")) == Kind::UndefinedObject);
    CHECK(DbError::kindForSqlState(QStringLiteral("22P02")) == Kind::Query);
}

TEST_CASE("connection failures are classified from libpq's report")
{
    CHECK(DbError::fromConnectionFailure(
              QStringLiteral("connection to server at \"127.0.0.1\", port 1 "
                             "failed: Connection refused"))
              .kind == Kind::ConnectionRefused);
    CHECK(DbError::fromConnectionFailure(
              QStringLiteral("FATAL:  password authentication failed for user \"x\""))
              .kind == Kind::AuthenticationFailed);
    CHECK(DbError::fromConnectionFailure(QStringLiteral("invalid URI query parameter: \"foo\""))
              .kind == Kind::InvalidAddress);
}

TEST_CASE("every error kind has a sentence for the owner")
{
    for (Kind k : {Kind::ConnectionRefused, Kind::AuthenticationFailed, Kind::ConnectionLost,
                   Kind::WriteOutcomeUnknown, Kind::PermissionDenied, Kind::UniqueViolation,
                   Kind::Cancelled, Kind::UndefinedObject}) {
        DbError e;
        e.kind = k;
        e.message = QStringLiteral("m");
        CHECK_FALSE(e.userMessage().isEmpty());
        CHECK(e.isError());
    }
    DbError none;
    CHECK_FALSE(none.isError());
    CHECK(none.userMessage().isEmpty());
}

TEST_CASE("toString carries state, detail and hint")
{
    DbError e = DbError::fromSqlState(QStringLiteral("23505"), QStringLiteral("duplicate key"));
    e.detail = QStringLiteral("Key (code)=(ABC123) already exists.");
    e.hint = QStringLiteral("pick another");
    const QString s = e.toString();
    CHECK(s.contains(QStringLiteral("[23505]")));
    CHECK(s.contains(QStringLiteral("ABC123")));
    CHECK(s.contains(QStringLiteral("pick another")));
}

TEST_CASE("raw server errors become sentences that say what to do")
{
    // A database without the schema.
    const DbError noTable = DbError::fromSqlState(
        QStringLiteral("42P01"), QStringLiteral("relation \"campaigns\" does not exist"));
    CHECK(noTable.userMessage().contains(QStringLiteral("“campaigns”")));
    CHECK(noTable.userMessage().contains(QStringLiteral("limitless migrate")));
    CHECK_FALSE(noTable.userMessage().contains(QStringLiteral("42P01")));
    const DbError noFunction =
        DbError::fromSqlState(QStringLiteral("42883"),
                              QStringLiteral("function limitless_message_count(text, bytea) does "
                                             "not exist"));
    CHECK(noFunction.userMessage().contains(QStringLiteral("limitless_message_count")));
    CHECK(noFunction.userMessage().contains(QStringLiteral("limitless migrate")));

    // A role without a grant: which table, and what can be done.
    const DbError denied = DbError::fromSqlState(
        QStringLiteral("42501"), QStringLiteral("permission denied for table campaigns"));
    CHECK(denied.userMessage().contains(QStringLiteral("table “campaigns”")));
    CHECK(denied.userMessage().contains(QStringLiteral("grant")));

    // The server answered; the database name is wrong — not "cannot reach the server".
    const DbError missing = DbError::fromConnectionFailure(
        QStringLiteral("connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  "
                       "database \"nope\" does not exist"));
    CHECK(missing.kind == Kind::DatabaseMissing);
    CHECK(missing.userMessage().contains(QStringLiteral("“nope”")));
    CHECK_FALSE(missing.userMessage().contains(QStringLiteral("Cannot reach")));
    CHECK(DbError::kindForSqlState(QStringLiteral("3D000")) == Kind::DatabaseMissing);
}
