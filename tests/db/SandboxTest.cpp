// The sandbox the test run started: what `limitless sandbox start` must have created.
#include "sandbox/Sandbox.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

using namespace limitless;

TEST_CASE("the sandbox reports itself running with both URLs")
{
    const sandbox::Sandbox box(test::sandboxDir());
    const auto st = box.status();
    CHECK(st.initialized);
    CHECK(st.running);
    CHECK(st.port > 0);
    CHECK(st.adminUrl.contains(QStringLiteral("127.0.0.1")));
    CHECK(st.appUrl.contains(QStringLiteral("limitless_app")));
    CHECK(st.ownerEmail == QStringLiteral("owner@limitless.local"));
}

TEST_CASE("the sandbox has LangGraph's exact checkpoint tables, versions 0 to 9")
{
    auto c = test::connect(test::adminUrl());
    const auto v =
        c->exec(QStringLiteral("select array_agg(v order by v)::text from checkpoint_migrations"));
    REQUIRE(v.ok());
    CHECK(v.scalar().toString() == QStringLiteral("{0,1,2,3,4,5,6,7,8,9}"));
    const auto cols = c->exec(QStringLiteral(
        "select string_agg(column_name || ':' || data_type || ':' || is_nullable, ',' order by "
        "ordinal_position) from information_schema.columns where table_name = "
        "'checkpoint_writes'"));
    CHECK(cols.scalar().toString() ==
          QStringLiteral("thread_id:text:NO,checkpoint_ns:text:NO,checkpoint_id:text:NO,"
                         "task_id:text:NO,idx:integer:NO,channel:text:NO,type:text:YES,"
                         "blob:bytea:NO,task_path:text:NO"));
    const auto idx = c->exec(QStringLiteral(
        "select count(*) from pg_indexes where indexname in ('checkpoints_thread_id_idx', "
        "'checkpoint_blobs_thread_id_idx', 'checkpoint_writes_thread_id_idx')"));
    CHECK(idx.scalar().toLongLong() == 3);
    const auto blobNullable = c->exec(
        QStringLiteral("select is_nullable from information_schema.columns where table_name = "
                       "'checkpoint_blobs' and column_name = 'blob'"));
    CHECK(blobNullable.scalar().toString() == QStringLiteral("YES"));
}

TEST_CASE("the local owner can be verified with pgcrypto's bcrypt and maps to an owners row")
{
    auto c = test::connect(test::adminUrl());
    const sandbox::Sandbox box(test::sandboxDir());
    const auto st = box.status();
    const auto r = c->exec(
        QStringLiteral(
            "select u.encrypted_password like '$2%', o.id from auth.users u join owners o on "
            "o.supabase_user_id = u.id::text where u.email = $1"),
        {st.ownerEmail});
    REQUIRE(r.rowCount() == 1);
    CHECK(r.value(0, 0).toBool());
    CHECK(r.value(0, 1).toString() == st.ownerId);
}

TEST_CASE("the application role cannot bypass row-level security")
{
    auto c = test::connect(test::adminUrl());
    const auto r = c->exec(QStringLiteral(
        "select rolbypassrls, rolsuper, rolinherit from pg_roles where rolname = 'limitless_app'"));
    REQUIRE(r.rowCount() == 1);
    CHECK_FALSE(r.value(0, 0).toBool());
    CHECK_FALSE(r.value(0, 1).toBool());
    CHECK_FALSE(r.value(0, 2).toBool());
}

TEST_CASE("auth.uid() reads the transaction's claims as Supabase does")
{
    auto c = test::connect(test::adminUrl());
    const auto r = c->execPipeline(
        {db::Statement(QStringLiteral("begin")),
         db::Statement(QStringLiteral("select set_config('request.jwt.claims', $1, true)"),
                       {QStringLiteral("{\"sub\":\"7d3f0a52-4b0e-4c55-9f43-0a8c1d2e3f40\","
                                       "\"role\":\"authenticated\",\"email\":\"a@b.c\"}")}),
         db::Statement(QStringLiteral("select auth.uid()::text, auth.role(), auth.email()")),
         db::Statement(QStringLiteral("commit"))});
    REQUIRE(r.size() == 4);
    REQUIRE(r[2].ok());
    CHECK(r[2].value(0, 0).toString() == QStringLiteral("7d3f0a52-4b0e-4c55-9f43-0a8c1d2e3f40"));
    CHECK(r[2].value(0, 1).toString() == QStringLiteral("authenticated"));
    CHECK(r[2].value(0, 2).toString() == QStringLiteral("a@b.c"));
    // Outside the transaction the claims are gone.
    CHECK_FALSE(c->exec(QStringLiteral("select auth.uid()")).scalar().isValid());
}
