#pragma once

#include <QtGlobal>

namespace limitless::db {
class PgConnection;
}

namespace limitless::test {

// Rows of the analytics roll-ups that a recount from analytics_events disagrees with (both
// directions); 0 = exactly equal. Shared by the funnel's and the retention's tests.
qint64 rollupDifferences(db::PgConnection& c);

} // namespace limitless::test
