#include "analytics/FunnelRequest.h"

namespace limitless::analytics {

namespace {
// The first instant of a local day. A day that starts inside a DST gap (no local midnight, e.g.
// America/Santiago) starts at the first valid local time after it: Qt moves such a time forward.
QDateTime startOfDay(QDate day, const QTimeZone& zone)
{
    return day.startOfDay(zone).toUTC();
}
} // namespace

QTimeZone FunnelRequest::zone() const
{
    const QTimeZone z(timeZone);
    return z.isValid() ? z : QTimeZone::utc();
}

UtcRange FunnelRequest::utcRange(QDate from, QDate to, const QTimeZone& zone)
{
    UtcRange r;
    r.start = startOfDay(from, zone);
    r.end = startOfDay(to.addDays(1), zone);
    for (QDate d = from; d <= to.addDays(1); d = d.addDays(1)) {
        const QDateTime s = startOfDay(d, zone);
        if (s.time().minute() % 15 != 0 || s.time().second() != 0 || s.time().msec() != 0) {
            r.quarterAligned = false;
            break;
        }
    }
    return r;
}

UtcRange FunnelRequest::utcRange(const FunnelScope& scope, const QTimeZone& zone)
{
    return utcRange(scope.from, scope.to, zone);
}

FunnelScope FunnelRequest::lastDays(int days, const QTimeZone& zone, const QDateTime& nowUtc)
{
    const QDate today = nowUtc.toTimeZone(zone).date();
    FunnelScope s;
    s.to = today;
    s.from = today.addDays(-(qMax(days, 1) - 1));
    return s;
}

} // namespace limitless::analytics
