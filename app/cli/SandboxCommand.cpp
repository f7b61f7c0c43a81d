#include "cli/Cli.h"
#include "cli/Terminal.h"
#include "cli/TextTable.h"

#include "sandbox/Sandbox.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace limitless::cli {

namespace {

// lupdate files this namespace's tr() calls under "limitless::cli": translated there.
QString tr(const char* s)
{
    return QCoreApplication::translate("limitless::cli", s);
}

QJsonObject statusJson(const sandbox::Sandbox::Status& st)
{
    return QJsonObject{{QStringLiteral("dir"), st.dir},
                       {QStringLiteral("initialized"), st.initialized},
                       {QStringLiteral("running"), st.running},
                       {QStringLiteral("port"), st.port},
                       {QStringLiteral("url"), st.adminUrl},
                       {QStringLiteral("app_url"), st.appUrl},
                       {QStringLiteral("passfile"), st.passFile},
                       {QStringLiteral("owner_email"), st.ownerEmail},
                       {QStringLiteral("owner_user_id"), st.ownerUserId}};
}

} // namespace

int runSandbox(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless sandbox"));
    auto& p = cli.parser();
    p.setApplicationDescription(
        tr("Manages the local sandbox: a private PostgreSQL cluster with the app's schema, a "
           "Supabase-compatible auth schema and a local owner account.\n\n"
           "Actions:\n"
           "  start     create the sandbox if needed, start it, apply pending migrations\n"
           "  stop      stop the server cleanly\n"
           "  status    print whether it runs and its connection URL (exit code 1 when it "
           "does not run; with --json the status then carries the error object, code "
           "not_running)\n"
           "  reset     stop it and delete what it made in its directory (only a sandbox's "
           "directory, and nothing else in it)\n"
           "  passwd    set the local owner's password (read from standard input)"));
    p.addPositionalArgument(QStringLiteral("action"), tr("start | stop | status | reset | passwd"));
    p.addOption({QStringLiteral("dir"),
                 tr("Sandbox directory (default: LIMITLESS_SANDBOX_DIR, else the app's data "
                    "directory)."),
                 QStringLiteral("dir")});
    p.addOption(
        {QStringLiteral("fresh"), tr("With start: reset first, then create a new sandbox.")});
    p.addOption({QStringLiteral("quiet"), tr("Print only errors.")});
    cli.addCommonOptions(/*withDb=*/false);
    if (!cli.parse(args))
        return cli.exitCode();
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return cli.fail(tr("expected one action: start, stop, status, reset or passwd"), ExitUsage);
    const QString action = pos.first();
    sandbox::Sandbox sb(p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir"))
                                                       : sandbox::Sandbox::defaultDir());
    const bool quiet = p.isSet(QStringLiteral("quiet")) || cli.json();

    if (action == QLatin1String("status")) {
        const auto st = sb.status();
        if (cli.json()) {
            // Like any command: 0 when what was asked about is there; 1, with the error object
            // next to the status, when it is not.
            return cli.finish(statusJson(st),
                              st.running ? QString()
                              : st.initialized
                                  ? tr("The sandbox in %1 is not running; start it with "
                                       "`limitless sandbox start`.")
                                        .arg(st.dir)
                                  : tr("No sandbox in %1. Create it with `limitless sandbox "
                                       "start`.")
                                        .arg(st.dir),
                              QStringLiteral("not_running"));
        }
        if (!st.initialized) {
            cli.out() << tr("No sandbox in %1. Create it with `limitless sandbox start`.")
                             .arg(terminalSafe(st.dir))
                      << Qt::endl;
        } else {
            cli.out() << tr("Sandbox: %1").arg(terminalSafe(st.dir)) << "\n"
                      << (st.running ? tr("Running: yes") : tr("Running: no")) << "\n"
                      << tr("URL: %1").arg(st.adminUrl) << "\n"
                      << tr("App URL (row-level security): %1").arg(st.appUrl) << "\n"
                      << tr("Passwords: %1 (owner only)").arg(terminalSafe(st.passFile)) << "\n"
                      << tr("Local owner: %1").arg(st.ownerEmail) << Qt::endl;
        }
        // Like any command: 0 when what was asked about is there, 1 when it is not.
        return st.running ? ExitOk : ExitFailed;
    }
    if (action == QLatin1String("start")) {
        // --fresh deletes an existing sandbox; a directory that is not one is refused by
        // start() itself, with its reason.
        if (p.isSet(QStringLiteral("fresh")) && sb.status().isSandbox) {
            if (db::DbError e = sb.reset())
                return cli.fail(e.userMessage());
        }
        QString password;
        const db::DbError e = sb.start(
            [&](const QString& line) {
                if (!quiet)
                    cli.out() << line << Qt::endl;
            },
            &password);
        if (e)
            return cli.fail(e.userMessage() + (e.sqlState.isEmpty()
                                                   ? QString()
                                                   : QStringLiteral(" [%1]").arg(e.sqlState)));
        const auto st = sb.status();
        if (cli.json()) {
            QJsonObject o = statusJson(st);
            if (!password.isEmpty())
                o.insert(QStringLiteral("owner_password"), password);
            cli.printJson(QJsonDocument(o));
        } else if (!password.isEmpty()) {
            cli.out() << "\n"
                      << tr("Local owner account (shown once; change it with `limitless sandbox "
                            "passwd`):")
                      << "\n  " << tr("e-mail:   %1").arg(st.ownerEmail) << "\n  "
                      << tr("password: %1").arg(password) << Qt::endl;
        }
        return 0;
    }
    if (action == QLatin1String("stop")) {
        const bool wasRunning = sb.status().running;
        if (db::DbError e = sb.stop())
            return cli.fail(e.userMessage());
        if (!quiet)
            cli.out() << (wasRunning ? tr("Sandbox stopped.") : tr("The sandbox was not running."))
                      << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("reset")) {
        QStringList kept;
        if (db::DbError e = sb.reset(&kept))
            return cli.fail(e.userMessage());
        if (!quiet) {
            cli.out() << tr("Sandbox deleted: %1").arg(terminalSafe(sb.dir())) << Qt::endl;
            if (!kept.isEmpty())
                cli.out() << tr("Kept what the sandbox did not make: %1")
                                 .arg(terminalSafe(kept.join(QStringLiteral(", "))))
                          << Qt::endl;
        }
        return 0;
    }
    if (action == QLatin1String("passwd")) {
        // Never from the command line (it would land in shell history and `ps`); on a
        // terminal without echo.
        bool ok = false;
        const QString password = readSecret(tr("New password for the local owner: "), &ok);
        if (!ok)
            return cli.fail(tr("no password on standard input"));
        if (db::DbError e = sb.setOwnerPassword(password.trimmed()))
            return cli.fail(e.userMessage());
        if (!quiet)
            cli.out() << tr("Password changed.") << Qt::endl;
        return 0;
    }
    return cli.fail(tr("unknown action '%1'").arg(action), ExitUsage);
}

} // namespace limitless::cli
