#pragma once

#include "analytics/FunnelRequest.h"
#include "analytics/FunnelStage.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace limitless::analytics {

// A campaign as the funnel page lists it, with the data-quality comparison: the stored counters
// (campaigns.total_*) against the events counted over all time.
struct FunnelCampaign {
    QString id, code, name, platform;
    // clicks, conversations, qualified, conversions (payment_completed)
    std::array<qint64, 4> stored{};
    std::array<qint64, 4> counted{};

    bool consistent() const { return stored == counted; }
    bool isPlayground() const { return platform == QLatin1String("playground"); }
    bool operator==(const FunnelCampaign&) const = default;
};

struct FunnelRevenue {
    QString campaignId;
    QString currency;
    qint64 cents = 0;
    qint64 payments = 0;
    bool operator==(const FunnelRevenue&) const = default;
};

// The figures of one scope.
struct FunnelSeries {
    FunnelScope scope;
    UtcRange range;
    bool fromRollup = true; // false: counted from analytics_events (midnights off the
                            // quarter-hour, or no roll-ups in the database: request.useRollups)
    StageCounts totals{};
    QMap<QDate, StageCounts> daily;       // every local day of the scope, zeros included
    QMap<QDate, qint64> objectionsDaily;  // every local day of the scope
    QMap<QString, qint64> objectionTypes; // event_data->>'objection_type' → count
    QList<FunnelRevenue> revenue;         // per campaign and currency, largest first

    qint64 count(FunnelStage s) const { return totals[int(s)]; }
    // Conversion from the stage before (Clicks: 1) and from the top; -1 when dividing by zero.
    double fromPrevious(FunnelStage s) const;
    double fromTop(FunnelStage s) const;
    // Stages counted larger than the stage before them (more paid than links sent, say): the
    // events and the records they stand for disagree. Clicks are not checked against anything.
    QList<FunnelStage> stagesAbovePrevious() const;
    // Objection types ordered by count (descending), then name.
    QList<QPair<QString, qint64>> topObjections() const;
};

// Everything the funnel page shows for one request.
struct FunnelReport {
    FunnelRequest request;
    QList<FunnelCampaign> campaigns;
    FunnelSeries primary;
    std::optional<FunnelSeries> comparison;

    const FunnelCampaign* campaign(const QString& id) const;
};

} // namespace limitless::analytics
