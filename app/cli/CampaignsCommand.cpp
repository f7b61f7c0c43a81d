// `limitless campaigns list|create|pause|resume`: the owner's campaigns from the command line.
//
// The CLI connects as a maintenance role (by default the sandbox's superuser), not as a signed-in
// owner, so row-level security does not pick the owner: `create` acts for the owner named by
// --owner-email, or for the only owner in the database (it refuses to guess between several).
#include "cli/Cli.h"
#include "cli/TextTable.h"

#include "campaigns/CampaignCode.h"
#include "campaigns/CampaignLink.h"
#include "campaigns/CampaignService.h"
#include "db/PgConnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace limitless::cli {

using campaigns::CampaignCode;
using campaigns::CampaignService;

namespace {

// lupdate files this namespace's tr() calls under "limitless::cli": translated there.
QString tr(const char* text)
{
    return QCoreApplication::translate("limitless::cli", text);
}

QString isoUtc(const QVariant& v)
{
    return v.toDateTime().toUTC().toString(Qt::ISODate);
}

int listCampaigns(Cli& cli, db::PgConnection& conn)
{
    const db::QueryResult r = conn.exec(campaigns::campaignQuery(QStringLiteral("campaigns_list")));
    if (!r.ok())
        return cli.fail(r.error);
    if (cli.json()) {
        QJsonArray rows;
        for (int i = 0; i < r.rowCount(); ++i) {
            const auto v = [&](const char* c) { return r.value(i, QLatin1String(c)); };
            rows.append(QJsonObject{
                {QStringLiteral("id"), v("id").toString()},
                {QStringLiteral("code"), v("code").toString()},
                {QStringLiteral("name"), v("name").toString()},
                {QStringLiteral("description"), QJsonValue::fromVariant(v("description"))},
                {QStringLiteral("platform"), QJsonValue::fromVariant(v("platform"))},
                {QStringLiteral("is_active"), v("is_active").toBool()},
                {QStringLiteral("total_clicks"), v("total_clicks").toLongLong()},
                {QStringLiteral("total_conversations"), v("total_conversations").toLongLong()},
                {QStringLiteral("total_qualified"), v("total_qualified").toLongLong()},
                {QStringLiteral("total_conversions"), v("total_conversions").toLongLong()},
                {QStringLiteral("created_at"), isoUtc(v("created_at"))},
                {QStringLiteral("updated_at"), isoUtc(v("updated_at"))},
                {QStringLiteral("owner_email"), v("owner_email").toString()},
                {QStringLiteral("url"),
                 campaigns::CampaignLink::url(v("code").toString()).toString()},
            });
        }
        cli.printJson(QJsonDocument(rows));
        return 0;
    }
    QTextStream& out = cli.out();
    if (r.rowCount() == 0) {
        out << tr("No campaigns.") << Qt::endl;
        return 0;
    }
    using Align = TextTable::Align;
    TextTable table;
    table.addColumn(tr("CODE"));
    table.addColumn(tr("STATUS"));
    table.addColumn(tr("CLICKS"), Align::Right);
    table.addColumn(tr("CONVERSATIONS"), Align::Right);
    table.addColumn(tr("QUALIFIED"), Align::Right);
    table.addColumn(tr("CONVERSIONS"), Align::Right);
    table.addColumn(tr("PLATFORM"));
    table.addColumn(tr("NAME"));
    for (int i = 0; i < r.rowCount(); ++i) {
        const auto v = [&](const char* c) { return r.value(i, QLatin1String(c)); };
        table.addRow({v("code").toString(), v("is_active").toBool() ? tr("active") : tr("paused"),
                      QString::number(v("total_clicks").toLongLong()),
                      QString::number(v("total_conversations").toLongLong()),
                      QString::number(v("total_qualified").toLongLong()),
                      QString::number(v("total_conversions").toLongLong()),
                      v("platform").toString(), v("name").toString()});
    }
    table.print(out);
    return 0;
}

int createCampaign(Cli& cli, db::PgConnection& conn)
{
    QCommandLineParser& p = cli.parser();
    campaigns::CampaignDraft draft;
    draft.name = p.value(QStringLiteral("name")).trimmed();
    draft.description = p.value(QStringLiteral("description"));
    draft.platform = p.value(QStringLiteral("platform"));
    if (draft.name.isEmpty())
        return cli.fail(tr("--name is required."), ExitUsage);
    // The same limits as the dashboard's, so a name made here can be edited there unchanged.
    if (const QString invalid = CampaignService::validate(draft); !invalid.isEmpty())
        return cli.fail(invalid, ExitUsage);
    const QString typed = CampaignCode::normalize(p.value(QStringLiteral("code")));
    if (p.isSet(QStringLiteral("code"))) {
        const QString invalid = CampaignCode::validate(typed);
        if (!invalid.isEmpty())
            return cli.fail(invalid, ExitUsage);
    }
    const QString owner = cli.resolveOwner(conn, p.value(QStringLiteral("owner-email")));
    if (owner.isEmpty())
        return cli.exitCode();

    db::QueryResult r;
    int attempts = 0;
    do {
        ++attempts;
        const QString code = typed.isEmpty() ? CampaignCode::generate() : typed;
        r = conn.exec(CampaignService::insertStatement(code, draft, owner));
        // Only a generated code is retried: a clash is a definite "not written".
    } while (!r.ok() && r.error.kind == db::DbError::Kind::UniqueViolation && typed.isEmpty() &&
             attempts < CampaignService::MaxCodeAttempts);
    if (!r.ok()) {
        if (r.error.kind == db::DbError::Kind::UniqueViolation && !typed.isEmpty())
            return cli.fail(CampaignService::takenMessage());
        return cli.fail(CampaignService::describe(r.error) + QLatin1Char('\n') + r.error.message);
    }
    const QString id = r.value(0, QStringLiteral("id")).toString();
    const QString code = r.value(0, QStringLiteral("code")).toString();
    const QString url = campaigns::CampaignLink::url(code).toString();
    if (cli.json()) {
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                                {QStringLiteral("code"), code},
                                                {QStringLiteral("url"), url},
                                                {QStringLiteral("owner_id"), owner}}));
        return 0;
    }
    cli.out() << tr("Created campaign %1 (%2): %3").arg(code, terminalSafe(draft.name), url)
              << Qt::endl;
    return 0;
}

int setActive(Cli& cli, db::PgConnection& conn, bool active)
{
    const QStringList codes = cli.parser().positionalArguments().mid(1);
    if (codes.isEmpty())
        return cli.fail(tr("Name the campaign code, e.g. `limitless campaigns pause K7PX3M`."),
                        ExitUsage);
    // Every code is tried: one typo does not leave the campaigns after it untouched.
    QJsonArray changed, missing;
    QStringList missingCodes;
    for (const QString& raw : codes) {
        const QString code = CampaignCode::normalize(raw);
        const db::QueryResult r = conn.exec(CampaignService::setActiveStatement(code, active));
        if (!r.ok()) {
            cli.setErrorDetails(QJsonObject{{QStringLiteral("is_active"), active},
                                            {QStringLiteral("codes"), changed}});
            return cli.fail(r.error);
        }
        if (r.rowCount() == 0) {
            missing.append(code);
            missingCodes << code;
            continue;
        }
        changed.append(code);
        if (!cli.json())
            cli.out() << (active ? tr("Resumed %1.") : tr("Paused %1.")).arg(terminalSafe(code))
                      << Qt::endl;
    }
    const QJsonObject result{{QStringLiteral("is_active"), active},
                             {QStringLiteral("codes"), changed},
                             {QStringLiteral("not_found"), missing}};
    if (!missingCodes.isEmpty()) {
        cli.setErrorDetails(result);
        return cli.notFound((missingCodes.size() == 1 ? tr("No campaign has the code %1.")
                                                      : tr("No campaigns have the codes %1."))
                                .arg(missingCodes.join(QStringLiteral(", "))));
    }
    if (cli.json())
        cli.printJson(QJsonDocument(result));
    return 0;
}

} // namespace

int runCampaigns(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless campaigns"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(
        tr("Lists, creates, pauses and resumes campaigns.\n"
           "  list                       every campaign with its counters\n"
           "  create --name N [...]      a new campaign; the code is generated unless --code\n"
           "  pause CODE... | resume CODE...\n"
           "The CLI is not signed in as an owner: `create` acts for --owner-email, or for the "
           "only owner in the database."));
    p.addPositionalArgument(QStringLiteral("action"), tr("list, create, pause or resume"));
    p.addOption({QStringLiteral("name"), tr("Campaign name (create)."), QStringLiteral("name")});
    p.addOption(
        {QStringLiteral("description"), tr("Description (create)."), QStringLiteral("text")});
    p.addOption({QStringLiteral("platform"), tr("Platform, e.g. instagram (create)."),
                 QStringLiteral("platform")});
    p.addOption({QStringLiteral("code"),
                 tr("Your own code: 6 characters without 0, O, 1, I, L (create)."),
                 QStringLiteral("code")});
    p.addOption({QStringLiteral("owner-email"), tr("The owner the campaign belongs to (create)."),
                 QStringLiteral("email")});
    cli.addCommonOptions();
    if (!cli.parse(args))
        return cli.exitCode();
    const QString action = p.positionalArguments().value(0);
    if (action != QLatin1String("list") && action != QLatin1String("create") &&
        action != QLatin1String("pause") && action != QLatin1String("resume"))
        return cli.fail(tr("Say what to do: list, create, pause or resume."), ExitUsage);

    auto conn = cli.connect();
    if (!conn)
        return cli.exitCode();
    if (action == QLatin1String("list"))
        return listCampaigns(cli, *conn);
    if (action == QLatin1String("create"))
        return createCampaign(cli, *conn);
    return setActive(cli, *conn, action == QLatin1String("resume"));
}

} // namespace limitless::cli
