// `limitless conversations list`: the Conversations list on the command line, filtered like the
// dashboard's page and read page by page with the same keyset query.
#include "cli/Cli.h"
#include "cli/TextTable.h"

#include "conversations/ConversationQuery.h"
#include "db/PgConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace limitless::cli {

using conversations::ConversationFilter;
using conversations::ConversationQuery;
using conversations::ConversationRow;

namespace {

QString isoTime(qint64 msecs)
{
    return msecs ? QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs)
                 : QString();
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject toJson(const ConversationRow& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("instagram_handle"), r.instagramHandle},
            {QStringLiteral("email"), orNull(r.email)},
            {QStringLiteral("campaign_id"), r.campaignId},
            {QStringLiteral("campaign_code"), r.campaignCode},
            {QStringLiteral("current_stage"), r.stage},
            {QStringLiteral("qualified"), r.qualified},
            {QStringLiteral("qualification_score"),
             r.hasScore ? QJsonValue(QString::number(double(r.score), 'g', 6).toDouble())
                        : QJsonValue()},
            {QStringLiteral("business_type"), orNull(r.businessType)},
            {QStringLiteral("monthly_revenue"), orNull(r.monthlyRevenue)},
            {QStringLiteral("main_pain_point"), orNull(r.mainPainPoint)},
            {QStringLiteral("pitch_type"), orNull(r.pitchType)},
            {QStringLiteral("payment_link_sent"), r.linkSent},
            {QStringLiteral("payment_completed"), r.paid},
            {QStringLiteral("preferred_plan"), orNull(r.preferredPlan)},
            {QStringLiteral("total_messages"), r.totalMessages},
            {QStringLiteral("created_at"), isoTime(r.createdAt)},
            {QStringLiteral("last_message_at"), isoTime(r.lastMessageAt)}};
}

QString yesNo(bool b)
{
    return b ? QCoreApplication::translate("Cli", "yes") : QCoreApplication::translate("Cli", "no");
}

} // namespace

int runConversations(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless conversations"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Lists conversations, newest message first, with the Conversations page's "
               "filters."));
    p.addPositionalArgument(QStringLiteral("action"),
                            QCoreApplication::translate("Cli", "What to do: list."));
    p.addOption({QStringLiteral("stage"),
                 QCoreApplication::translate("Cli", "Only conversations in this stage "
                                                    "(greeting, qualification, pitch, "
                                                    "objection_handling, close, complete, "
                                                    "nurture)."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("campaign"),
                 QCoreApplication::translate("Cli", "Only conversations of the campaign with "
                                                    "this code."),
                 QStringLiteral("CODE")});
    p.addOption({QStringLiteral("search"),
                 QCoreApplication::translate("Cli", "Instagram handle or e-mail contains this "
                                                    "text."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("sort"),
                 QCoreApplication::translate("Cli", "last-message (default) or created."),
                 QStringLiteral("ORDER"), QStringLiteral("last-message")});
    p.addOption({QStringLiteral("limit"),
                 QCoreApplication::translate("Cli", "At most N conversations (default: all)."),
                 QStringLiteral("N")});
    cli.addCommonOptions();
    if (!cli.parse(args))
        return cli.exitCode();
    if (p.positionalArguments() != QStringList{QStringLiteral("list")})
        return cli.fail(
            QCoreApplication::translate("Cli", "Usage: limitless conversations list [--stage S] "
                                               "[--campaign CODE] [--search TEXT] [--sort ORDER] "
                                               "[--limit N] [--json]"),
            2);

    ConversationFilter filter;
    if (p.isSet(QStringLiteral("stage"))) {
        const QString stage = p.value(QStringLiteral("stage"));
        if (!ConversationQuery::stages().contains(stage))
            return cli.fail(QCoreApplication::translate("Cli", "Unknown stage '%1'.").arg(stage),
                            2);
        filter.stages = {stage};
    }
    filter.search = p.value(QStringLiteral("search"));
    const QString sort = p.value(QStringLiteral("sort"));
    if (sort == QLatin1String("created"))
        filter.sort = ConversationFilter::Sort::CreatedDesc;
    else if (sort != QLatin1String("last-message"))
        return cli.fail(
            QCoreApplication::translate("Cli", "--sort must be 'last-message' or 'created'."), 2);
    qint64 limit = -1;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 0)
            return cli.fail(
                QCoreApplication::translate("Cli", "--limit must be a non-negative integer."), 2);
    }

    auto conn = cli.connect();
    if (!conn)
        return cli.exitCode();
    if (p.isSet(QStringLiteral("campaign"))) {
        const QString code = p.value(QStringLiteral("campaign"));
        const auto r =
            conn->exec(QStringLiteral("select id from campaigns where code = $1"), {code});
        if (!r.ok())
            return cli.fail(r.error);
        if (r.rowCount() == 0)
            return cli.notFound(
                QCoreApplication::translate("Cli", "No campaign has the code '%1'.").arg(code));
        filter.campaignIds = {r.scalar().toString()};
    }

    // Streamed page by page: the whole table never sits in memory. The first page sizes the
    // columns; a longer cell on a later page pushes its row along.
    constexpr int PageSize = 1000;
    QJsonArray list;
    qint64 printed = 0;
    QString afterId;
    qint64 afterMsecs = 0;
    QTextStream& out = cli.out();
    using Align = TextTable::Align;
    TextTable table;
    table.addColumn(QCoreApplication::translate("Cli", "LEAD"));
    table.addColumn(QCoreApplication::translate("Cli", "CAMPAIGN"));
    table.addColumn(QCoreApplication::translate("Cli", "STAGE"));
    table.addColumn(QCoreApplication::translate("Cli", "QUALIFIED"));
    table.addColumn(QCoreApplication::translate("Cli", "PAID"));
    table.addColumn(QCoreApplication::translate("Cli", "MESSAGES"), Align::Right);
    table.addColumn(QCoreApplication::translate("Cli", "LAST MESSAGE"));
    table.addColumn(QCoreApplication::translate("Cli", "ID"));
    while (limit < 0 || printed < limit) {
        const int want = limit < 0 ? PageSize : int(qMin<qint64>(PageSize, limit - printed));
        const auto r = conn->exec(ConversationQuery::page(filter, afterId, afterMsecs, want));
        if (!r.ok())
            return cli.fail(r.error);
        const QVector<ConversationRow> rows = ConversationQuery::rows(r);
        for (const ConversationRow& row : rows) {
            if (cli.json()) {
                list.append(toJson(row));
            } else {
                table.addRow(
                    {instagramHandle(row.instagramHandle), row.campaignCode, row.stage,
                     yesNo(row.qualified), yesNo(row.paid), QString::number(row.totalMessages),
                     row.lastMessageAt ? QDateTime::fromMSecsSinceEpoch(row.lastMessageAt, Qt::UTC)
                                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                       : QStringLiteral("-"),
                     row.id});
            }
        }
        if (!cli.json())
            table.print(out);
        printed += rows.size();
        if (rows.size() < want)
            break;
        afterId = rows.last().id;
        afterMsecs = ConversationQuery::sortKey(rows.last(), filter.sort);
    }
    if (cli.json())
        cli.printJson(QJsonDocument(list));
    else
        table.print(out); // the headings of an empty list
    return 0;
}

} // namespace limitless::cli
