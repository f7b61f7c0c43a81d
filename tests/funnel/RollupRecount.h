#pragma once

#include <QtGlobal>

namespace limitless::db {
class PgConnection;
}

namespace limitless::test {

// Rows of the analytics roll-ups that a recount from analytics_events disagrees with (both
// directions); 0 = exactly equal. Shared by the funnel's and the retention's tests.
qint64 rollupDifferences(db::PgConnection& c);
// The same for limitless.analytics_payment_counts and limitless.analytics_link_state.
qint64 paymentRollupDifferences(db::PgConnection& c);

} // namespace limitless::test
