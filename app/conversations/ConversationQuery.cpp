#include "ConversationQuery.h"

#include "SqlFile.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>

namespace limitless::conversations {

namespace {

QVariant listOrNull(const QStringList& list)
{
    return list.isEmpty() ? QVariant() : QVariant(list);
}

QVariant boolOrNull(const std::optional<bool>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toUTC()) : QVariant();
}

// Low-cardinality columns (stage, campaign, plan, business type…) repeat across 100,000 rows;
// sharing one QString per distinct value keeps the list small. Bounded, in case a column turns
// out not to repeat after all.
QString intern(const QString& s)
{
    constexpr int MaxEntries = 20000;
    static QMutex mutex;
    static QHash<QString, QString> pool;
    if (s.isEmpty())
        return {};
    const QMutexLocker lock(&mutex);
    const auto it = pool.constFind(s);
    if (it != pool.constEnd())
        return *it;
    if (pool.size() < MaxEntries)
        pool.insert(s, s);
    return s;
}

qint64 msecs(const QVariant& v)
{
    return v.isNull() ? 0 : v.toDateTime().toMSecsSinceEpoch();
}

} // namespace

const QStringList& ConversationQuery::stages()
{
    static const QStringList list = {
        QStringLiteral("greeting"), QStringLiteral("qualification"),
        QStringLiteral("pitch"),    QStringLiteral("objection_handling"),
        QStringLiteral("close"),    QStringLiteral("complete"),
        QStringLiteral("nurture"),
    };
    return list;
}

QString ConversationQuery::containsPattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QVariantList ConversationQuery::filterParams(const ConversationFilter& f)
{
    const QString search = f.search.trimmed();
    return {listOrNull(f.campaignIds),
            listOrNull(f.stages),
            boolOrNull(f.qualified),
            boolOrNull(f.paid),
            timeOrNull(f.createdFrom),
            timeOrNull(f.createdTo),
            search.isEmpty() ? QVariant() : QVariant(containsPattern(search)),
            f.eventType.isEmpty() ? QVariant() : QVariant(f.eventType),
            timeOrNull(f.eventFrom),
            timeOrNull(f.eventTo),
            listOrNull(f.conversationIds),
            f.includePlayground};
}

db::Statement ConversationQuery::page(const ConversationFilter& filter, const QString& afterId,
                                      qint64 afterMsecs, int limit, const QStringList& onlyIds)
{
    QVariantList params = filterParams(filter);
    params << listOrNull(onlyIds)
           << (afterId.isEmpty() ? QVariant()
                                 : QVariant(QDateTime::fromMSecsSinceEpoch(afterMsecs, Qt::UTC)))
           << (afterId.isEmpty() ? QVariant() : QVariant(afterId)) << limit;
    const char* file = filter.sort == ConversationFilter::Sort::CreatedDesc
                           ? "conversations_page_by_created"
                           : "conversations_page_by_last_message";
    return {sqlFile(file), params};
}

db::Statement ConversationQuery::count(const ConversationFilter& filter)
{
    return {sqlFile("conversations_count"), filterParams(filter)};
}

db::Statement ConversationQuery::pipelineCounts(const ConversationFilter& filter)
{
    return {sqlFile("pipeline_counts"), filterParams(filter)};
}

db::Statement ConversationQuery::pipelineCards(const ConversationFilter& filter, int perStage)
{
    QVariantList params = filterParams(filter);
    params << QVariant(stages()) << perStage;
    return {sqlFile("pipeline_cards"), params};
}

db::Statement ConversationQuery::events(const QString& conversationId)
{
    return {sqlFile("conversation_events"), {conversationId}};
}

db::Statement ConversationQuery::payments(const QString& conversationId)
{
    return {sqlFile("conversation_payments"), {conversationId}};
}

QVector<ConversationRow> ConversationQuery::rows(const db::QueryResult& r)
{
    const int cId = r.columnIndex(QStringLiteral("id"));
    const int cHandle = r.columnIndex(QStringLiteral("instagram_handle"));
    const int cEmail = r.columnIndex(QStringLiteral("email"));
    const int cCampaign = r.columnIndex(QStringLiteral("campaign_id"));
    const int cCode = r.columnIndex(QStringLiteral("campaign_code"));
    const int cStage = r.columnIndex(QStringLiteral("current_stage"));
    const int cQualified = r.columnIndex(QStringLiteral("qualified"));
    const int cScore = r.columnIndex(QStringLiteral("qualification_score"));
    const int cBusiness = r.columnIndex(QStringLiteral("business_type"));
    const int cRevenue = r.columnIndex(QStringLiteral("monthly_revenue"));
    const int cPain = r.columnIndex(QStringLiteral("main_pain_point"));
    const int cPitch = r.columnIndex(QStringLiteral("pitch_delivered"));
    const int cPitchType = r.columnIndex(QStringLiteral("pitch_type"));
    const int cLink = r.columnIndex(QStringLiteral("payment_link_sent"));
    const int cPaid = r.columnIndex(QStringLiteral("payment_completed"));
    const int cPlan = r.columnIndex(QStringLiteral("preferred_plan"));
    const int cMessages = r.columnIndex(QStringLiteral("total_messages"));
    const int cFollowups = r.columnIndex(QStringLiteral("followup_count"));
    const int cCreated = r.columnIndex(QStringLiteral("created_at"));
    const int cLast = r.columnIndex(QStringLiteral("last_message_at"));
    const int cCompleted = r.columnIndex(QStringLiteral("completed_at"));

    QVector<ConversationRow> out;
    out.reserve(r.rowCount());
    for (const auto& row : r.rows) {
        ConversationRow c;
        c.id = row.value(cId).toString();
        c.instagramHandle = row.value(cHandle).toString();
        c.email = row.value(cEmail).toString();
        c.campaignId = intern(row.value(cCampaign).toString());
        c.campaignCode = intern(row.value(cCode).toString());
        c.stage = intern(row.value(cStage).toString());
        c.qualified = row.value(cQualified).toBool();
        c.hasScore = !row.value(cScore).isNull();
        c.score = float(row.value(cScore).toDouble());
        c.businessType = intern(row.value(cBusiness).toString());
        c.monthlyRevenue = intern(row.value(cRevenue).toString());
        c.mainPainPoint = intern(row.value(cPain).toString());
        c.pitchDelivered = row.value(cPitch).toBool();
        c.pitchType = intern(row.value(cPitchType).toString());
        c.linkSent = row.value(cLink).toBool();
        c.paid = row.value(cPaid).toBool();
        c.preferredPlan = intern(row.value(cPlan).toString());
        c.totalMessages = qint32(row.value(cMessages).toLongLong());
        c.followups = qint16(qBound(0LL, row.value(cFollowups).toLongLong(), 32767LL));
        c.createdAt = msecs(row.value(cCreated));
        c.lastMessageAt = msecs(row.value(cLast));
        c.completedAt = msecs(row.value(cCompleted));
        out.append(std::move(c));
    }
    return out;
}

qint64 ConversationQuery::sortKey(const ConversationRow& row, ConversationFilter::Sort sort)
{
    return sort == ConversationFilter::Sort::CreatedDesc ? row.createdAt : row.lastMessageAt;
}

bool ConversationQuery::before(const ConversationRow& a, const ConversationRow& b,
                               ConversationFilter::Sort sort)
{
    const qint64 ka = sortKey(a, sort), kb = sortKey(b, sort);
    if (ka != kb)
        return ka > kb;
    return a.id > b.id;
}

} // namespace limitless::conversations
