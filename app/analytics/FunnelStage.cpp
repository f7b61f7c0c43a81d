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

QString objectionLabel(const QString& key)
{
    static const struct {
        const char* key;
        const char* label;
    } kKnown[] = {
        {"price", QT_TRANSLATE_NOOP("Objection", "Price")},
        {"timing", QT_TRANSLATE_NOOP("Objection", "Timing")},
        {"trust", QT_TRANSLATE_NOOP("Objection", "Trust")},
        {"need", QT_TRANSLATE_NOOP("Objection", "No need")},
        {"need_to_think", QT_TRANSLATE_NOOP("Objection", "Needs to think it over")},
    };
    for (const auto& k : kKnown)
        if (key == QLatin1String(k.key))
            return QCoreApplication::translate("Objection", k.label);
    if (key.isEmpty())
        return QCoreApplication::translate("Objection", "(not given)");
    QString readable = key;
    readable.replace(QLatin1Char('_'), QLatin1Char(' '));
    readable = readable.simplified();
    if (!readable.isEmpty())
        readable[0] = readable[0].toUpper();
    return readable;
}

} // namespace limitless::analytics
