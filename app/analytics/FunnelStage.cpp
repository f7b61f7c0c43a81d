#include "analytics/FunnelStage.h"

#include <QCoreApplication>

namespace limitless::analytics {

namespace {
struct StageInfo {
    const char* key;
    const char* eventType;
    const char* label;
};
const StageInfo kStages[kStageCount] = {
    {"clicks", "campaign_click", QT_TRANSLATE_NOOP("FunnelStage", "Clicks")},
    {"conversations", "conversation_started", QT_TRANSLATE_NOOP("FunnelStage", "Conversations")},
    {"qualified", "qualified", QT_TRANSLATE_NOOP("FunnelStage", "Qualified")},
    {"pitched", "pitch_delivered", QT_TRANSLATE_NOOP("FunnelStage", "Pitch delivered")},
    {"link_sent", "", QT_TRANSLATE_NOOP("FunnelStage", "Payment link sent")},
    {"paid", "payment_completed", QT_TRANSLATE_NOOP("FunnelStage", "Paid")},
};
} // namespace

QString stageEventType(FunnelStage stage)
{
    return QString::fromLatin1(kStages[int(stage)].eventType);
}

int stageIndexForEventType(const QString& eventType)
{
    if (eventType.isEmpty())
        return -1;
    for (int i = 0; i < kStageCount; ++i) {
        if (eventType == QLatin1String(kStages[i].eventType))
            return i;
    }
    return -1;
}

QString stageLabel(FunnelStage stage)
{
    return QCoreApplication::translate("FunnelStage", kStages[int(stage)].label);
}

QString stageKey(FunnelStage stage)
{
    return QString::fromLatin1(kStages[int(stage)].key);
}

} // namespace limitless::analytics
