#pragma once

#include <QString>

namespace limitless::test {

// A database like the demo fixture (one owner, the small demo business with kDemoSeed), named
// `name`, built once per test run and then reused (an advisory lock serialises the processes
// that ask at once). The agent's tests write playground threads into it, so they keep out of
// demo_fixture, whose counts other tests check.
QString agentDemoDatabase(const QString& name);

// The id of the database's only owner.
QString onlyOwner(const QString& url);

} // namespace limitless::test
