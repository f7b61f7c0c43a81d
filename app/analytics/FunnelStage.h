#pragma once

#include <QString>

#include <array>

namespace limitless::analytics {

// The sales funnel's stages, top to bottom. docs/funnel.md says how each one is counted.
enum class FunnelStage { Clicks, Started, Qualified, Pitched, LinkSent, Paid };

inline constexpr int kStageCount = 6;

using StageCounts = std::array<qint64, kStageCount>;

// The analytics_events.event_type that a stage counts; empty for LinkSent, which comes from
// conversations and payments (the agent logs no event for it).
QString stageEventType(FunnelStage stage);
// Stage for an event type; -1 when the type is not a funnel stage.
int stageIndexForEventType(const QString& eventType);
// Translated label ("Qualified").
QString stageLabel(FunnelStage stage);
// Stable identifier for CSV and JSON ("qualified").
QString stageKey(FunnelStage stage);

// An objection type as the owner reads it: the agent's known keys translated ("need_to_think"
// → "Needs to think it over"), any other key made readable ("too_expensive" → "Too expensive").
QString objectionLabel(const QString& key);

// count / base as a fraction, or -1 when base is zero (nothing to divide by).
inline double conversion(qint64 count, qint64 base)
{
    return base > 0 ? double(count) / double(base) : -1.0;
}

} // namespace limitless::analytics
