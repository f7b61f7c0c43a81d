#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace limitless::conversations {

// What the Conversations page shows: set by its own filter bar, by a click in the funnel
// (drill-through) or by a payment's "open conversation". Plain value; the query built from it is
// always parameterised.
struct ConversationFilter {
    QStringList campaignIds;          // empty = all campaigns
    QStringList stages;               // current_stage values; empty = any
    std::optional<bool> qualified;    // unset = any
    std::optional<bool> paid;         // payment_completed; unset = any
    QDateTime createdFrom, createdTo; // UTC, [from, to); invalid = open
    QString search;                   // instagram handle or e-mail, case-insensitive substring
    // Drill-through from the funnel: conversations with an analytics event of this type whose
    // created_at lies in [eventFrom, eventTo) (UTC). Empty = no such condition.
    QString eventType;
    QDateTime eventFrom, eventTo;
    QStringList conversationIds;    // exact ids (e.g. from a notification); empty = no condition
    bool includePlayground = false; // campaigns whose platform is 'playground'
    enum class Sort { LastMessageDesc, CreatedDesc };
    Sort sort = Sort::LastMessageDesc;

    bool operator==(const ConversationFilter&) const = default;
};

} // namespace limitless::conversations
