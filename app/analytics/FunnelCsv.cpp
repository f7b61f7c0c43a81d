#include "analytics/FunnelCsv.h"

#include "core/Csv.h"

namespace limitless::analytics {

namespace {

QByteArray ratio(double r)
{
    return r < 0 ? QByteArray() : QByteArray::number(r, 'f', 4);
}

QList<std::pair<QByteArray, const FunnelSeries*>> sides(const FunnelReport& report)
{
    QList<std::pair<QByteArray, const FunnelSeries*>> out{{"A", &report.primary}};
    if (report.comparison)
        out.append({"B", &*report.comparison});
    return out;
}

} // namespace

QByteArray FunnelCsv::field(const QString& text)
{
    return csv::field(text);
}

QByteArray FunnelCsv::funnel(const FunnelReport& report)
{
    QByteArray out = "scope,from,to,stage,count,from_previous,from_top\r\n";
    for (const auto& [name, s] : sides(report)) {
        for (int i = 0; i < kStageCount; ++i) {
            const auto st = FunnelStage(i);
            out += name + ',' + s->scope.from.toString(Qt::ISODate).toLatin1() + ',' +
                   s->scope.to.toString(Qt::ISODate).toLatin1() + ',' + stageKey(st).toLatin1() +
                   ',' + QByteArray::number(s->count(st)) + ',' + ratio(s->fromPrevious(st)) + ',' +
                   ratio(s->fromTop(st)) + "\r\n";
        }
    }
    return out;
}

QByteArray FunnelCsv::daily(const FunnelReport& report)
{
    QByteArray out = "scope,day";
    for (int i = 0; i < kStageCount; ++i)
        out += ',' + stageKey(FunnelStage(i)).toLatin1();
    out += ",objections\r\n";
    for (const auto& [name, s] : sides(report)) {
        for (auto it = s->daily.cbegin(); it != s->daily.cend(); ++it) {
            out += name + ',' + it.key().toString(Qt::ISODate).toLatin1();
            for (qint64 n : it.value())
                out += ',' + QByteArray::number(n);
            out += ',' + QByteArray::number(s->objectionsDaily.value(it.key())) + "\r\n";
        }
    }
    return out;
}

QByteArray FunnelCsv::objections(const FunnelReport& report)
{
    QByteArray out = "scope,objection_type,count\r\n";
    for (const auto& [name, s] : sides(report)) {
        for (const auto& [type, n] : s->topObjections())
            out += name + ',' + field(type) + ',' + QByteArray::number(n) + "\r\n";
    }
    return out;
}

QByteArray FunnelCsv::revenue(const FunnelReport& report)
{
    QByteArray out = "scope,campaign_code,campaign_name,currency,payments,amount_cents\r\n";
    for (const auto& [name, s] : sides(report)) {
        for (const FunnelRevenue& r : s->revenue) {
            const FunnelCampaign* c = report.campaign(r.campaignId);
            out += name + ',' + field(c ? c->code : r.campaignId) + ',' +
                   field(c ? c->name : QString()) + ',' + field(r.currency) + ',' +
                   QByteArray::number(r.payments) + ',' + QByteArray::number(r.cents) + "\r\n";
        }
    }
    return out;
}

QByteArray FunnelCsv::dataQuality(const FunnelReport& report)
{
    QByteArray out = "campaign_code,counter,stored,counted_from_events\r\n";
    static const char* const counters[] = {"total_clicks", "total_conversations", "total_qualified",
                                           "total_conversions"};
    for (const FunnelCampaign& c : report.campaigns) {
        for (int k = 0; k < 4; ++k)
            out += field(c.code) + ',' + counters[k] + ',' + QByteArray::number(c.stored[k]) + ',' +
                   QByteArray::number(c.counted[k]) + "\r\n";
    }
    return out;
}

} // namespace limitless::analytics
