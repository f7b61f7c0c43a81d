#include "ConversationCsv.h"

#include "core/Csv.h"

#include <QDateTime>
#include <QStringList>

namespace limitless::conversations::ConversationCsv {

namespace {

QString time(qint64 msecs)
{
    return msecs ? QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs)
                 : QString();
}

QString flag(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QByteArray field(const QString& value)
{
    return csv::field(value);
}

QByteArray header()
{
    return QByteArrayLiteral("id,instagram_handle,email,campaign_code,current_stage,qualified,"
                             "qualification_score,business_type,monthly_revenue,main_pain_point,"
                             "pitch_type,payment_link_sent,payment_completed,preferred_plan,"
                             "total_messages,created_at,last_message_at\r\n");
}

QByteArray row(const ConversationRow& r)
{
    const QStringList fields = {r.id,
                                r.instagramHandle,
                                r.email,
                                r.campaignCode,
                                r.stage,
                                flag(r.qualified),
                                r.hasScore ? QString::number(double(r.score), 'g', 6) : QString(),
                                r.businessType,
                                r.monthlyRevenue,
                                r.mainPainPoint,
                                r.pitchType,
                                flag(r.linkSent),
                                flag(r.paid),
                                r.preferredPlan,
                                QString::number(r.totalMessages),
                                time(r.createdAt),
                                time(r.lastMessageAt)};
    QByteArray out;
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        out += field(fields.at(i));
    }
    return out + "\r\n";
}

} // namespace limitless::conversations::ConversationCsv
