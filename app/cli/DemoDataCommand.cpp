// `limitless demo-data`: loads the deterministic demo business into a database.
#include "cli/Cli.h"

#include "db/PgConnection.h"
#include "demo/DemoBusiness.h"
#include "demo/DemoLoader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace limitless::cli {

int runDemoData(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless demo-data"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Loads a deterministic demo business (campaigns, conversations with LangGraph "
               "transcripts, analytics events, payments, documents) into a migrated database."));
    p.addOption({QStringLiteral("scale"),
                 QCoreApplication::translate(
                     "Cli", "small (240 conversations, checkpoint per stage) or large (100,000 "
                            "conversations, 1,000,000 events, latest checkpoint only)."),
                 QStringLiteral("small|large"), QStringLiteral("small")});
    p.addOption({QStringLiteral("seed"),
                 QCoreApplication::translate("Cli", "Random seed; the same seed gives the same "
                                                    "data."),
                 QStringLiteral("N"), QStringLiteral("42")});
    p.addOption({QStringLiteral("now"),
                 QCoreApplication::translate(
                     "Cli", "The moment the data is relative to (ISO 8601, UTC). Default: the "
                            "start of the current UTC day."),
                 QStringLiteral("datetime")});
    p.addOption({QStringLiteral("if-empty"),
                 QCoreApplication::translate("Cli", "Do nothing when the database already has "
                                                    "campaigns.")});
    p.addOption({QStringLiteral("keep-triggers"),
                 QCoreApplication::translate(
                     "Cli", "Run the row triggers (live notifications) for every loaded row even "
                            "as superuser; by default a superuser load bypasses them.")});
    cli.addCommonOptions();
    cli.setMaxPositional(0);
    if (!cli.parse(args))
        return cli.exitCode();

    demo::DemoOptions options;
    const QString scale = p.value(QStringLiteral("scale"));
    if (scale == QLatin1String("large"))
        options.scale = demo::Scale::Large;
    else if (scale != QLatin1String("small"))
        return cli.fail(QCoreApplication::translate("Cli", "--scale must be 'small' or 'large'."),
                        2);
    bool ok = false;
    options.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return cli.fail(QCoreApplication::translate("Cli", "--seed must be a non-negative "
                                                           "integer."),
                        2);
    if (p.isSet(QStringLiteral("now"))) {
        QDateTime now = QDateTime::fromString(p.value(QStringLiteral("now")), Qt::ISODateWithMs);
        if (!now.isValid())
            return cli.fail(QCoreApplication::translate("Cli",
                                                        "--now must be an ISO 8601 date-time, e.g. "
                                                        "2025-06-01T00:00:00Z."),
                            2);
        if (now.timeSpec() == Qt::LocalTime)
            now.setTimeSpec(Qt::UTC);
        options.nowMsecs = now.toMSecsSinceEpoch();
    } else {
        options.nowMsecs = demo::DemoBusiness::defaultNow();
    }

    auto conn = cli.connect();
    if (!conn)
        return cli.exitCode();

    // Progress goes to stderr when stdout carries JSON.
    QTextStream& progressStream = cli.json() ? cli.err() : cli.out();
    demo::DemoLoader loader(*conn);
    loader.setKeepTriggers(p.isSet(QStringLiteral("keep-triggers")));
    demo::DemoLoader::Report report;
    const db::DbError error =
        loader.load(options, p.isSet(QStringLiteral("if-empty")), &report,
                    [&](const QString& line) { progressStream << line << Qt::endl; });
    if (error)
        return cli.fail(error);

    if (cli.json()) {
        QJsonObject o{
            {QStringLiteral("skipped"), report.skipped},
            {QStringLiteral("scale"), scale},
            {QStringLiteral("seed"), QString::number(options.seed)},
            {QStringLiteral("now"),
             QDateTime::fromMSecsSinceEpoch(options.nowMsecs, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("seconds"), report.seconds},
        };
        if (!report.skipped) {
            o.insert(QStringLiteral("owner_id"), report.ownerId);
            o.insert(QStringLiteral("owner_created"), report.ownerCreated);
            o.insert(QStringLiteral("campaigns"), report.campaigns);
            o.insert(QStringLiteral("conversations"), report.conversations);
            o.insert(QStringLiteral("analytics_events"), report.events);
            o.insert(QStringLiteral("payments"), report.payments);
            o.insert(QStringLiteral("documents"), report.documents);
            o.insert(QStringLiteral("document_embeddings"), report.chunks);
            o.insert(QStringLiteral("checkpoints"), report.checkpoints);
            o.insert(QStringLiteral("checkpoint_blobs"), report.blobs);
            o.insert(QStringLiteral("embedding_type"), report.embeddingType);
            o.insert(QStringLiteral("triggers_bypassed"), report.triggersBypassed);
        }
        cli.printJson(QJsonDocument(o));
        return 0;
    }
    QTextStream& out = cli.out();
    if (report.skipped) {
        out << QCoreApplication::translate("Cli", "The database already has campaigns; nothing "
                                                  "loaded.")
            << Qt::endl;
        return 0;
    }
    out << QCoreApplication::translate(
               "Cli", "Loaded the demo business in %1 s: %2 campaigns, %3 conversations, %4 "
                      "analytics events, %5 payments, %6 documents (%7 chunks, %8), %9 "
                      "checkpoints with %10 blobs.")
               .arg(report.seconds, 0, 'f', 1)
               .arg(report.campaigns)
               .arg(report.conversations)
               .arg(report.events)
               .arg(report.payments)
               .arg(report.documents)
               .arg(report.chunks)
               .arg(report.embeddingType)
               .arg(report.checkpoints)
               .arg(report.blobs)
        << Qt::endl;
    out << (report.triggersBypassed
                ? QCoreApplication::translate("Cli", "Row triggers were bypassed for the load "
                                                     "(session_replication_role = replica).")
                : QCoreApplication::translate("Cli", "Row triggers ran for every loaded row."))
        << Qt::endl;
    return 0;
}

} // namespace limitless::cli
