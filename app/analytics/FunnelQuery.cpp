#include "analytics/FunnelQuery.h"

#include <QFile>
#include <QHash>

#include <algorithm>

namespace limitless::analytics {

namespace {

QVariant campaignParam(const FunnelScope& scope)
{
    return scope.campaignIds.isEmpty() ? QVariant() : QVariant(scope.campaignIds);
}

QVariantList params(const FunnelRequest& request, const UtcRange& range, const FunnelScope& scope)
{
    return {range.start, range.end, QString::fromLatin1(request.timeZone), campaignParam(scope),
            request.includePlayground};
}

qint64 toLong(const QVariant& v)
{
    return v.toLongLong();
}

void fillDays(FunnelSeries& s)
{
    for (QDate d = s.scope.from; d.isValid() && d <= s.scope.to; d = d.addDays(1)) {
        s.daily.insert(d, StageCounts{});
        s.objectionsDaily.insert(d, 0);
    }
}

// Adds `n` to a stage on a day; days outside the scope (cannot happen with correct bounds) are
// still counted in the totals so that totals always equal the sum of what was returned.
void add(FunnelSeries& s, QDate day, int stage, qint64 n)
{
    s.totals[stage] += n;
    auto it = s.daily.find(day);
    if (it != s.daily.end())
        (*it)[stage] += n;
}

bool parseScope(FunnelSeries& s, const db::QueryResult& counts, const db::QueryResult& payments)
{
    fillDays(s);
    const int cDay = counts.columnIndex(QStringLiteral("local_day"));
    const int cType = counts.columnIndex(QStringLiteral("event_type"));
    const int cDetail = counts.columnIndex(QStringLiteral("detail"));
    const int cEvents = counts.columnIndex(QStringLiteral("events"));
    if (cDay < 0 || cType < 0 || cDetail < 0 || cEvents < 0)
        return false;
    for (int r = 0; r < counts.rowCount(); ++r) {
        const QDate day = counts.value(r, cDay).toDate();
        const QString type = counts.value(r, cType).toString();
        const qint64 n = toLong(counts.value(r, cEvents));
        if (type == QLatin1String("objection_raised")) {
            QString detail = counts.value(r, cDetail).toString();
            s.objectionTypes[detail] += n;
            auto it = s.objectionsDaily.find(day);
            if (it != s.objectionsDaily.end())
                *it += n;
            continue;
        }
        const int stage = stageIndexForEventType(type);
        if (stage >= 0)
            add(s, day, stage, n);
    }

    const int pKind = payments.columnIndex(QStringLiteral("kind"));
    if (pKind < 0)
        return false;
    QHash<QPair<QString, QString>, FunnelRevenue> revenue;
    for (int r = 0; r < payments.rowCount(); ++r) {
        const QString kind = payments.value(r, pKind).toString();
        const QDate day = payments.value(r, 1).toDate();
        const QString campaign = payments.value(r, 2).toString();
        const qint64 n = toLong(payments.value(r, 4));
        if (kind == QLatin1String("link")) {
            add(s, day, int(FunnelStage::LinkSent), n);
        } else {
            const QString currency = payments.value(r, 3).toString();
            FunnelRevenue& rev = revenue[{campaign, currency}];
            rev.campaignId = campaign;
            rev.currency = currency;
            rev.cents += toLong(payments.value(r, 5));
            rev.payments += n;
        }
    }
    s.revenue = revenue.values();
    std::sort(
        s.revenue.begin(), s.revenue.end(), [](const FunnelRevenue& a, const FunnelRevenue& b) {
            return a.cents != b.cents
                       ? a.cents > b.cents
                       : std::tie(a.campaignId, a.currency) < std::tie(b.campaignId, b.currency);
        });
    return true;
}

} // namespace

QString FunnelQuery::sql(const QString& name)
{
    QFile f(QStringLiteral(":/analytics/queries/%1.sql").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing query resource %s", qPrintable(name));
    return QString::fromUtf8(f.readAll());
}

QList<db::Statement> FunnelQuery::scopeStatements(const FunnelRequest& request,
                                                  const FunnelScope& scope, bool forceRaw)
{
    static const QString counts = sql(QStringLiteral("funnel_counts"));
    static const QString countsRaw = sql(QStringLiteral("funnel_counts_raw"));
    static const QString payments = sql(QStringLiteral("funnel_payments"));
    static const QString paymentsRaw = sql(QStringLiteral("funnel_payments_raw"));
    const UtcRange range = FunnelRequest::utcRange(scope, request.zone());
    const QVariantList p = params(request, range, scope);
    const bool raw = forceRaw || !request.useRollups || !range.quarterAligned;
    return {db::Statement(raw ? countsRaw : counts, p),
            db::Statement(raw ? paymentsRaw : payments, p)};
}

QList<db::Statement> FunnelQuery::statements(const FunnelRequest& request, bool withCampaigns)
{
    static const QString campaigns = sql(QStringLiteral("funnel_campaigns"));
    static const QString campaignsRaw = sql(QStringLiteral("funnel_campaigns_raw"));
    QList<db::Statement> out;
    if (withCampaigns)
        out.append(db::Statement(request.useRollups ? campaigns : campaignsRaw));
    out += scopeStatements(request, request.primary);
    if (request.comparison)
        out += scopeStatements(request, *request.comparison);
    return out;
}

std::optional<FunnelReport> FunnelQuery::parse(const FunnelRequest& request,
                                               const QList<db::QueryResult>& results,
                                               db::DbError* error, bool withCampaigns)
{
    const int first = withCampaigns ? 1 : 0;
    const int expected = (request.comparison ? 4 : 2) + first;
    for (const db::QueryResult& r : results) {
        if (!r.ok()) {
            if (error)
                *error = r.error;
            return std::nullopt;
        }
    }
    if (results.size() != expected) {
        if (error)
            *error = db::DbError::client(QStringLiteral("funnel: unexpected number of results"));
        return std::nullopt;
    }

    FunnelReport report;
    report.request = request;
    const db::QueryResult& c = results.at(0);
    // A caller that only wants the scopes (a peer measurement) may put any statement first.
    const bool hasCampaigns = withCampaigns && c.columns.size() >= 12;
    for (int r = 0; hasCampaigns && r < c.rowCount(); ++r) {
        FunnelCampaign fc;
        fc.id = c.value(r, 0).toString();
        fc.code = c.value(r, 1).toString();
        fc.name = c.value(r, 2).toString();
        fc.platform = c.value(r, 3).toString();
        for (int k = 0; k < 4; ++k) {
            fc.stored[k] = toLong(c.value(r, 4 + k));
            fc.counted[k] = toLong(c.value(r, 8 + k));
        }
        report.campaigns.append(fc);
    }

    const QTimeZone zone = request.zone();
    auto series = [&](const FunnelScope& scope, int first) -> std::optional<FunnelSeries> {
        FunnelSeries s;
        s.scope = scope;
        s.range = FunnelRequest::utcRange(scope, zone);
        s.fromRollup = request.useRollups && s.range.quarterAligned;
        if (!parseScope(s, results.at(first), results.at(first + 1)))
            return std::nullopt;
        return s;
    };
    auto primary = series(request.primary, first);
    std::optional<FunnelSeries> comparison;
    if (request.comparison)
        comparison = series(*request.comparison, first + 2);
    if (!primary || (request.comparison && !comparison)) {
        if (error)
            *error = db::DbError::client(QStringLiteral("funnel: unexpected result columns"));
        return std::nullopt;
    }
    report.primary = std::move(*primary);
    report.comparison = std::move(comparison);
    return report;
}

conversations::ConversationFilter FunnelQuery::drillThrough(const FunnelRequest& request,
                                                            const FunnelScope& scope,
                                                            FunnelStage stage,
                                                            std::optional<QDate> day)
{
    const UtcRange range = day ? FunnelRequest::utcRange(*day, *day, request.zone())
                               : FunnelRequest::utcRange(scope, request.zone());
    conversations::ConversationFilter f;
    f.campaignIds = scope.campaignIds;
    f.includePlayground = request.includePlayground;
    f.eventType = stageEventType(stage);
    f.eventFrom = range.start;
    f.eventTo = range.end;
    f.sort = conversations::ConversationFilter::Sort::CreatedDesc;
    return f;
}

db::Statement FunnelQuery::linkConversations(const FunnelRequest& request, const FunnelScope& scope,
                                             std::optional<QDate> day)
{
    static const QString text = sql(QStringLiteral("funnel_link_conversations"));
    const UtcRange range = day ? FunnelRequest::utcRange(*day, *day, request.zone())
                               : FunnelRequest::utcRange(scope, request.zone());
    return db::Statement(text, params(request, range, scope));
}

QStringList FunnelQuery::conversationIds(const db::QueryResult& result)
{
    QStringList ids;
    ids.reserve(result.rowCount());
    for (int r = 0; r < result.rowCount(); ++r)
        ids.append(result.value(r, 0).toString());
    return ids;
}

} // namespace limitless::analytics
