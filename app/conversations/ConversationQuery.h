#pragma once

#include "conversations/ConversationFilter.h"
#include "conversations/ConversationRow.h"
#include "db/QueryResult.h"
#include "db/Statement.h"

#include <QStringList>
#include <QVector>

namespace limitless::conversations {

// Builds the Conversations list's statements from a ConversationFilter. The SQL is fixed (files in
// conversations/queries/); the filter only ever travels as parameters, a NULL meaning "no
// condition". Pages are keyset-paginated on (sort time, id), so page N costs what page 1 does.
class ConversationQuery {
public:
    // The pipeline's stages in the agent's order.
    static const QStringList& stages();

    // The twelve filter parameters ($1..$12) shared by every statement here.
    static QVariantList filterParams(const ConversationFilter& filter);
    // `afterId`/`afterMsecs`: the previous page's last row (empty = the first page).
    // `onlyIds`: restrict to these ids (re-reading rows named by notifications).
    static db::Statement page(const ConversationFilter& filter, const QString& afterId,
                              qint64 afterMsecs, int limit, const QStringList& onlyIds = {});
    static db::Statement count(const ConversationFilter& filter);
    static db::Statement pipelineCounts(const ConversationFilter& filter);
    static db::Statement pipelineCards(const ConversationFilter& filter, int perStage);
    static db::Statement events(const QString& conversationId);
    static db::Statement payments(const QString& conversationId);

    // A LIKE pattern matching `text` anywhere, with LIKE's wildcards in it taken literally.
    static QString containsPattern(const QString& text);
    // The rows of a page/pipeline result (columns by name).
    static QVector<ConversationRow> rows(const db::QueryResult& result);
    // The sort time of a row for the filter's order.
    static qint64 sortKey(const ConversationRow& row, ConversationFilter::Sort sort);
    // Whether `a` comes before `b` in the filter's order (newest first, then id descending).
    static bool before(const ConversationRow& a, const ConversationRow& b,
                       ConversationFilter::Sort sort);
};

} // namespace limitless::conversations
