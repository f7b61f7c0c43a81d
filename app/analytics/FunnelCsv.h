#pragma once

#include "analytics/FunnelReport.h"

#include <QByteArray>

namespace limitless::analytics {

// The data behind each funnel chart as CSV (RFC 4180, UTF-8, header row, '.' decimals), for the
// page's "Export data" action. Ratios are fractions with four decimals; empty = not computable.
class FunnelCsv {
public:
    static QByteArray funnel(const FunnelReport& report);
    static QByteArray daily(const FunnelReport& report);
    static QByteArray objections(const FunnelReport& report);
    static QByteArray revenue(const FunnelReport& report);
    static QByteArray dataQuality(const FunnelReport& report);

    static QByteArray field(const QString& text);
};

} // namespace limitless::analytics
