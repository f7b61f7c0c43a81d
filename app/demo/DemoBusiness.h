#pragma once

#include "demo/DemoTypes.h"
#include "langgraph/CheckpointWriter.h"

#include <QByteArrayView>
#include <QList>
#include <QVector>

namespace limitless::demo {

// A believable business for the dashboard to show: campaigns, leads talking to the sales
// agent through every stage, the funnel events and payments that follow from those
// conversations, and the owner's documents with embeddings.
//
// Everything is a pure function of (seed, scale, now): the same options give byte-identical
// rows, ids and timestamps included, on any platform. Conversation n comes from its own random
// stream, so it can be generated alone and in any order (DemoLoader builds batches on a second
// thread while the first batch is being sent).
//
// Time: `now` is an anchor, by default the start of the current UTC day (defaultNow()). The
// data covers the 90 whole UTC days before the anchor's day; every row lies before `now`. Each
// conversation's funnel (click, start, qualification, pitch, objections, payment) happens
// within one UTC day, so funnel counts are monotone per campaign and per day; follow-up
// messages come on later days and create no funnel events.
//
// Payments: every paying conversation (stage `complete`) has exactly one payment row, status
// `completed`, or `refunded` for a few (the money came in, then went back: the payment_completed
// event and payment_completed = true stay, as history). Conversations left at `close` with the
// link sent may have a `pending` (checkout opened) or `failed` (card declined) row, or none.
// So total_conversions = payment_completed events = conversations with payment_completed =
// payments in (completed, refunded). Option 1 is $297/month + $1,997 one-time, option 2 is
// $697/month; amounts are in cents.
class DemoBusiness {
public:
    static constexpr int kDays = 90;
    static constexpr int kEmbeddingDimensions = 1536;
    // Campaign code alphabet: no 0/O, 1/I/L look-alikes.
    static constexpr const char* kCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static constexpr qint64 kOption1Monthly = 29700;
    static constexpr qint64 kOption1Onetime = 199700;
    static constexpr qint64 kOption2Monthly = 69700;

    explicit DemoBusiness(const DemoOptions& options);

    // The start of the current UTC day.
    static qint64 defaultNow();
    // 240 conversations / 2,400 events (small) or 100,000 / 1,000,000 (large).
    static int conversationsFor(Scale scale);
    static qint64 eventsFor(Scale scale);

    const DemoOptions& options() const { return m_options; }
    int conversationCount() const { return int(m_slots.size()); }
    qint64 eventTarget() const { return eventsFor(m_options.scale); }

    // The owner created when the database does not already have exactly one.
    DemoOwner owner() const;
    const QList<DemoCampaign>& campaigns() const { return m_campaigns; }
    QList<DemoDocument> documents() const;
    // Conversation `index` (0 ≤ index < conversationCount()), in order of creation time.
    DemoConversation conversation(int index) const;
    // `count` campaign clicks that did not turn into a conversation, in time order.
    QList<DemoEvent> extraClicks(qint64 count) const;
    // The conversation's LangGraph checkpoints: one per stage, or only the newest.
    langgraph::CheckpointWriter checkpoints(const DemoConversation& conversation,
                                            bool latestOnly) const;

    // "0.82" for 82 hundredths, "1" for 100, as JSON and as SQL real text.
    static QByteArray scoreText(int hundredths);

private:
    struct Slot {
        qint64 start;
        int campaign;
    };
    qint64 dayStart(int day) const;
    QByteArray clickData(int campaign, bool mobile) const;

    DemoOptions m_options;
    qint64 m_firstDayStart = 0;
    QList<DemoCampaign> m_campaigns;
    QList<QList<int>> m_dayCampaignWeights; // per day, per campaign
    QList<int> m_dayWeights;
    QList<Slot> m_slots;
};

} // namespace limitless::demo
