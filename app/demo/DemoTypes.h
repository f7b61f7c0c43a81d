#pragma once

#include "langgraph/CheckpointWriter.h"
#include "langgraph/LcMessage.h"

#include <QByteArray>
#include <QList>
#include <QVector>

#include <array>
#include <cstdint>

// Plain rows of the demo business, as DemoBusiness generates them and DemoLoader writes them.
// Text is UTF-8; times are milliseconds since the Unix epoch (UTC), 0 meaning NULL.
namespace limitless::demo {

enum class Scale { Small, Large };

struct DemoOptions {
    Scale scale = Scale::Small;
    quint64 seed = 42;
    // The fixed "now" every timestamp is relative to (see DemoBusiness::defaultNow()).
    qint64 nowMsecs = 0;
};

struct DemoOwner {
    QByteArray id;
    QByteArray email;
    QByteArray name;
    QByteArray instagramHandle;
    QByteArray supabaseUserId;
    qint64 createdAt = 0;
};

struct DemoCampaign {
    QByteArray id;
    QByteArray code;
    QByteArray name;
    QByteArray description;
    QByteArray platform;
    QByteArray placement; // where the ad runs ("reels", "stories", "pre-roll"…), for click data
    bool active = true;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int weight = 1;   // share of the traffic
    int firstDay = 0; // first and last day index (0 = 90 days ago, 89 = yesterday) it ran
    int lastDay = 89;
    int buyBias = 0; // per-mille added to the buying probability (warmer audiences)
};

struct DemoEvent {
    QByteArray id;
    QByteArray conversationId; // empty = NULL (clicks happen before a conversation exists)
    int campaign = 0;
    QByteArray type;
    QByteArray dataJson;
    qint64 at = 0;
};

struct DemoPayment {
    QByteArray id;
    QByteArray conversationId;
    int campaign = 0;
    QByteArray instagramHandle;
    QByteArray email;
    QByteArray stripeSessionId;
    QByteArray stripeCustomerId;     // empty = NULL
    QByteArray stripeSubscriptionId; // empty = NULL
    QByteArray plan;
    qint64 amountMonthly = 0;
    qint64 amountOnetime = -1; // -1 = NULL
    QByteArray status;
    qint64 createdAt = 0;
    qint64 completedAt = 0;
};

// The end of one stage of a conversation: the transcript up to `messageCount` and the state
// channels that changed in it (besides `messages`), as the agent would checkpoint them.
struct DemoStageMark {
    QByteArray stage;
    int messageCount = 0;
    qint64 at = 0;
    QList<langgraph::CheckpointWriter::ChannelWrite> writes;
};

struct DemoConversation {
    QByteArray id; // = LangGraph thread_id
    int campaign = 0;
    QByteArray instagramHandle;
    QByteArray email; // empty = NULL
    QByteArray currentStage;
    bool qualified = false;
    int qualificationScore = 0; // hundredths (0.82 → 82)
    QByteArray businessType;    // empty = NULL
    QByteArray monthlyRevenue;
    QByteArray mainPainPoint;
    bool pitchDelivered = false;
    QByteArray pitchType;
    bool paymentLinkSent = false;
    bool paymentCompleted = false;
    QByteArray preferredPlan;
    int totalSessions = 1;
    int followupCount = 0;
    qint64 createdAt = 0;
    qint64 lastMessageAt = 0;
    qint64 completedAt = 0;

    QList<langgraph::LcMessage> messages;
    QList<DemoStageMark> stages;
    QList<DemoEvent> events; // its own funnel events, the campaign click first
    bool hasPayment = false;
    DemoPayment payment;
    std::array<std::uint8_t, 6> checkpointNode{};
};

struct DemoChunk {
    QByteArray id;
    int index = 0;
    QByteArray text;
    QByteArray metadataJson;
    QVector<float> embedding;
};

struct DemoDocument {
    QByteArray id;
    QByteArray filename;
    QByteArray fileType;
    qint64 fileSize = 0;
    QByteArray storageUrl;
    QByteArray storageBucket;
    QByteArray category;
    QByteArray tagsJson;
    qint64 createdAt = 0;
    qint64 processedAt = 0;
    QList<DemoChunk> chunks;
};

} // namespace limitless::demo
