#pragma once

#include <QString>

namespace limitless::test {

// The fixed "now" of the demo data used by the tests (2025-06-01T00:00:00Z).
constexpr qint64 kDemoNowMsecs = 1748736000000LL;
constexpr quint64 kDemoSeed = 42;

// Creates (replacing) database `name` on the test cluster and sets it up as the sandbox does:
// the auth schema, LangGraph's checkpoint tables (its own DDL), every migration and, with
// `withOwner`, one owner row. Returns its superuser URL.
QString bootstrapDatabase(const QString& name, bool withOwner);

// The shared demo database of this test run (`demo_fixture`: one owner, the small demo
// business with kDemoSeed and kDemoNowMsecs), created on first use. Safe when several test
// processes ask at once (an advisory lock serialises them).
QString demoFixtureUrl();
// The same demo business in database `name`, created on first use (tests that add rows of
// their own keep them out of demo_fixture, whose counts other tests check).
QString demoDatabaseUrl(const QString& name);

} // namespace limitless::test
