#pragma once

#include <QString>

namespace limitless::conversations {

// One row of the Conversations list, kept compact: a list may hold 100,000 of them. Times are
// milliseconds since the epoch (UTC), 0 meaning NULL; repeated strings (stage, campaign code,
// plan…) share their data through ConversationQuery's interning.
struct ConversationRow {
    QString id;
    QString instagramHandle;
    QString email;
    QString campaignId;
    QString campaignCode;
    QString stage;
    QString businessType;
    QString monthlyRevenue;
    QString mainPainPoint;
    QString pitchType;
    QString preferredPlan;
    qint64 createdAt = 0;
    qint64 lastMessageAt = 0;
    qint64 completedAt = 0;
    float score = 0;
    qint32 totalMessages = 0;
    qint16 followups = 0;
    bool hasScore = false;
    bool qualified = false;
    bool pitchDelivered = false;
    bool linkSent = false;
    bool paid = false;

    bool operator==(const ConversationRow&) const = default;
};

} // namespace limitless::conversations
