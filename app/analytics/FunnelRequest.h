#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace limitless::analytics {

// What one side of the funnel shows: some campaigns (empty = all) over local days [from, to].
struct FunnelScope {
    QStringList campaignIds;
    QDate from, to; // inclusive, in the request's time zone

    bool operator==(const FunnelScope&) const = default;
};

// The UTC instants [start, end) that a scope's local days cover in a zone.
struct UtcRange {
    QDateTime start, end;
    // Every local midnight of the range falls on a UTC quarter-hour, so the roll-ups (whose
    // days are cut into quarter-hours) answer exactly. True for every zone in use today; false
    // for historical local mean time (Europe/Amsterdam before 1937: +00:19:32).
    bool quarterAligned = true;
};

// A funnel query: one scope, or two side by side (two campaigns, or one campaign in two
// periods). Days are the owner's local days in `timeZone`; the database is queried in UTC.
struct FunnelRequest {
    QByteArray timeZone = "UTC";
    FunnelScope primary;
    std::optional<FunnelScope> comparison;
    bool includePlayground = false;
    // The dashboard's roll-ups are installed (db::Additions::rollups): read them where they can
    // answer. Without them every figure is counted from the seed's tables.
    bool useRollups = true;

    QTimeZone zone() const;
    static UtcRange utcRange(const FunnelScope& scope, const QTimeZone& zone);
    // Local days [from, to] → [start, end) in UTC for one day too (drill-through on a day).
    static UtcRange utcRange(QDate from, QDate to, const QTimeZone& zone);
    // Periods offered by the page: the last `days` local days ending today (days = 1: today).
    static FunnelScope lastDays(int days, const QTimeZone& zone, const QDateTime& nowUtc);

    bool operator==(const FunnelRequest&) const = default;
};

} // namespace limitless::analytics
