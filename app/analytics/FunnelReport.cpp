#include "analytics/FunnelReport.h"

#include <algorithm>

namespace limitless::analytics {

double FunnelSeries::fromPrevious(FunnelStage s) const
{
    const int i = int(s);
    if (i == 0)
        return totals[0] > 0 ? 1.0 : -1.0;
    return conversion(totals[i], totals[i - 1]);
}

QList<FunnelStage> FunnelSeries::stagesAbovePrevious() const
{
    QList<FunnelStage> out;
    for (int i = 1; i < kStageCount; ++i)
        if (totals[i] > totals[i - 1])
            out << FunnelStage(i);
    return out;
}

double FunnelSeries::fromTop(FunnelStage s) const
{
    return conversion(totals[int(s)], totals[0]);
}

QList<QPair<QString, qint64>> FunnelSeries::topObjections() const
{
    QList<QPair<QString, qint64>> out;
    for (auto it = objectionTypes.cbegin(); it != objectionTypes.cend(); ++it)
        out.append({it.key(), it.value()});
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

const FunnelCampaign* FunnelReport::campaign(const QString& id) const
{
    for (const FunnelCampaign& c : campaigns) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace limitless::analytics
