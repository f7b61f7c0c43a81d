#pragma once

#include "analytics/FunnelReport.h"
#include "analytics/FunnelRequest.h"
#include "conversations/ConversationFilter.h"
#include "db/QueryResult.h"
#include "db/Statement.h"

#include <QList>

#include <optional>

namespace limitless::analytics {

// The funnel's SQL (app/analytics/queries/*.sql) and the conversion of its results.
//
// A whole refresh is statements(): the campaigns with their data-quality counts, then per scope
// the event counts and the payment figures. It is meant to be sent as one pipeline
// (Database::batch, PgConnection::execPipeline): one round trip. The page, the CLI and the
// benchmark all go through here, so they show the same numbers.
class FunnelQuery {
public:
    // `withCampaigns` = false leaves out the campaigns list with its data-quality counts (an
    // all-time scan of the roll-up): live refreshes reuse the previous list for a while.
    static QList<db::Statement> statements(const FunnelRequest& request, bool withCampaigns = true);
    // `results` answer statements(request, withCampaigns) in order. On an error, returns
    // nullopt and sets *error.
    static std::optional<FunnelReport> parse(const FunnelRequest& request,
                                             const QList<db::QueryResult>& results,
                                             db::DbError* error, bool withCampaigns = true);

    // The statements for one scope (counts, payments), e.g. for a peer measurement with
    // `forceRaw` = count from analytics_events even where the roll-up could answer.
    static QList<db::Statement> scopeStatements(const FunnelRequest& request,
                                                const FunnelScope& scope, bool forceRaw = false);

    // Drill-through: the Conversations page filter that selects exactly the conversations a
    // funnel bar (day = nullopt) or one day of a stage counted. Not for Clicks (clicks have no
    // conversation) nor LinkSent (use linkConversations(), then filter by ids).
    static conversations::ConversationFilter drillThrough(const FunnelRequest& request,
                                                          const FunnelScope& scope,
                                                          FunnelStage stage,
                                                          std::optional<QDate> day = {});
    // The ids of the conversations counted in the LinkSent stage of a scope (or one day of it).
    static db::Statement linkConversations(const FunnelRequest& request, const FunnelScope& scope,
                                           std::optional<QDate> day = {});
    static QStringList conversationIds(const db::QueryResult& result);

    // The SQL text of a query file (":/analytics/queries/<name>.sql").
    static QString sql(const QString& name);
};

} // namespace limitless::analytics
