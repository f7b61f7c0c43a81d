#pragma once

#include "db/PgConnection.h"

#include <QString>

#include <memory>

namespace limitless::test {

// A small hand-computed business for the funnel tests (docs/funnel.md lists the stage rules):
// campaigns A (instagram), B (facebook) and P (playground) with clicks, conversations, events
// and payments placed around UTC midnight, so that Europe/Berlin, UTC and Asia/Kolkata days
// differ. Creates (replacing) database `name` and returns its superuser URL.
// Without `additions` the database has the seed's tables only (as the web project's migrations
// leave it): no roll-ups, no notifications.
QString createFunnelFixture(const QString& name, bool additions = true);

inline constexpr const char* kCampaignA = "fx-camp-a";
inline constexpr const char* kCampaignB = "fx-camp-b";
inline constexpr const char* kCampaignP = "fx-camp-p";

} // namespace limitless::test
