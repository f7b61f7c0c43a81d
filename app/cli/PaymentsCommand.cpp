// `limitless payments list`: payments with the revenue totals of the Payments page.
#include "cli/Cli.h"
#include "cli/TextTable.h"

#include "db/PgConnection.h"
#include "payments/Money.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace limitless::cli {

namespace {

// lupdate files this namespace's tr() calls under "limitless::cli": translated there.
QString tr(const char* text)
{
    return QCoreApplication::translate("limitless::cli", text);
}

QString sql(const QString& name)
{
    QFile f(QStringLiteral(":/payments/queries/%1.sql").arg(name));
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

QJsonValue timeOrNull(const QVariant& v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toDateTime().toUTC().toString(Qt::ISODate));
}

} // namespace

int runPayments(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless payments"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(
        tr("Lists payments, newest first, with revenue totals per currency: monthly recurring "
           "revenue (monthly amounts of completed payments whose plan bills monthly), one-time "
           "revenue (one-time amounts of completed payments) and refunds (everything charged "
           "for refunded payments). Amounts in JSON are in the currency's minor unit (cents)."));
    p.addPositionalArgument(QStringLiteral("action"), tr("list"));
    p.addOption({QStringLiteral("status"),
                 tr("Only payments with this status: pending, "
                    "completed, failed or refunded."),
                 QStringLiteral("status")});
    p.addOption({QStringLiteral("campaign"), tr("Only payments of the campaign with this code."),
                 QStringLiteral("code")});
    cli.addCommonOptions();
    cli.setMaxPositional(1);
    if (!cli.parse(args))
        return cli.exitCode();
    if (p.positionalArguments().value(0) != QLatin1String("list"))
        return cli.fail(tr("Say what to do: list."), ExitUsage);
    const QString status = p.value(QStringLiteral("status")).trimmed().toLower();
    static const QStringList statuses = {QStringLiteral("pending"), QStringLiteral("completed"),
                                         QStringLiteral("failed"), QStringLiteral("refunded")};
    if (!status.isEmpty() && !statuses.contains(status))
        return cli.fail(tr("--status must be pending, completed, failed or refunded."), ExitUsage);
    const QString code = p.value(QStringLiteral("campaign")).trimmed();

    auto conn = cli.connect();
    if (!conn)
        return cli.exitCode();
    const auto orNull = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    const db::QueryResult list =
        conn->exec(sql(QStringLiteral("payments_cli_list")), {orNull(status), orNull(code)});
    if (!list.ok())
        return cli.fail(list.error);
    QVariant campaignId;
    if (!code.isEmpty()) {
        const db::QueryResult c = conn->exec(
            QStringLiteral("select id from campaigns where code = upper($1::text)"), {code});
        if (!c.ok())
            return cli.fail(c.error);
        if (c.rowCount() == 0)
            return cli.notFound(tr("No campaign has the code %1.").arg(code.toUpper()));
        campaignId = c.scalar();
    }
    const db::QueryResult totals =
        conn->exec(sql(QStringLiteral("payments_totals")), {campaignId, QVariant(), QVariant()});
    if (!totals.ok())
        return cli.fail(totals.error);

    if (cli.json()) {
        QJsonArray rows;
        for (int i = 0; i < list.rowCount(); ++i) {
            const auto v = [&](const char* c) { return list.value(i, QLatin1String(c)); };
            rows.append(QJsonObject{
                {QStringLiteral("id"), v("id").toString()},
                {QStringLiteral("conversation_id"), v("conversation_id").toString()},
                {QStringLiteral("campaign_code"), v("campaign_code").toString()},
                {QStringLiteral("campaign_name"), v("campaign_name").toString()},
                {QStringLiteral("instagram_handle"), v("instagram_handle").toString()},
                {QStringLiteral("email"), v("email").toString()},
                {QStringLiteral("plan"), v("plan").toString()},
                {QStringLiteral("amount_monthly"), v("amount_monthly").toLongLong()},
                {QStringLiteral("amount_onetime"),
                 v("amount_onetime").isNull() ? QJsonValue()
                                              : QJsonValue(v("amount_onetime").toLongLong())},
                {QStringLiteral("currency"), v("currency").toString()},
                {QStringLiteral("payment_status"), v("payment_status").toString()},
                {QStringLiteral("created_at"), timeOrNull(v("created_at"))},
                {QStringLiteral("completed_at"), timeOrNull(v("completed_at"))},
            });
        }
        QJsonArray sums;
        for (int i = 0; i < totals.rowCount(); ++i) {
            const auto v = [&](const char* c) { return totals.value(i, QLatin1String(c)); };
            sums.append(QJsonObject{{QStringLiteral("currency"), v("currency").toString()},
                                    {QStringLiteral("mrr"), v("mrr").toLongLong()},
                                    {QStringLiteral("onetime"), v("onetime").toLongLong()},
                                    {QStringLiteral("refunds"), v("refunds").toLongLong()},
                                    {QStringLiteral("completed"), v("completed").toLongLong()},
                                    {QStringLiteral("refunded"), v("refunded").toLongLong()}});
        }
        cli.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("payments"), rows}, {QStringLiteral("totals"), sums}}));
        return 0;
    }

    QTextStream& out = cli.out();
    const QLocale locale;
    TextTable table;
    table.addColumn(tr("CREATED"));
    table.addColumn(tr("STATUS"));
    table.addColumn(tr("CAMPAIGN"));
    table.addColumn(tr("PLAN"));
    table.addColumn(tr("MONTHLY"));
    table.addColumn(tr("ONE-TIME"));
    table.addColumn(tr("LEAD"));
    for (int i = 0; i < list.rowCount(); ++i) {
        const auto v = [&](const char* c) { return list.value(i, QLatin1String(c)); };
        const QString currency = v("currency").toString();
        const QString lead = instagramHandle(v("instagram_handle").toString());
        table.addRow(
            {v("created_at").toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             v("payment_status").toString(), v("campaign_code").toString(), v("plan").toString(),
             payments::Money::format(v("amount_monthly").toLongLong(), currency, locale),
             v("amount_onetime").isNull()
                 ? QStringLiteral("-")
                 : payments::Money::format(v("amount_onetime").toLongLong(), currency, locale),
             lead.isEmpty() ? QStringLiteral("-") : lead});
    }
    table.print(out);
    out << QCoreApplication::translate("Cli", "%n payment(s).", nullptr, list.rowCount())
        << Qt::endl;
    for (int i = 0; i < totals.rowCount(); ++i) {
        const auto v = [&](const char* c) { return totals.value(i, QLatin1String(c)); };
        const QString currency = v("currency").toString();
        out << tr("%1: monthly recurring revenue %2, one-time revenue %3, refunds %4")
                   .arg(terminalSafe(currency.toUpper()),
                        payments::Money::format(v("mrr").toLongLong(), currency, locale),
                        payments::Money::format(v("onetime").toLongLong(), currency, locale),
                        payments::Money::format(v("refunds").toLongLong(), currency, locale))
            << Qt::endl;
    }
    return 0;
}

} // namespace limitless::cli
