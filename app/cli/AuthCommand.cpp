#include "cli/Cli.h"

#include "auth/BackendFactory.h"
#include "auth/KeychainStore.h"
#include "auth/ProfileStore.h"
#include "auth/Session.h"
#include "auth/SessionManager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace limitless::cli {

namespace {

using auth::AuthError;
using auth::SessionManager;

QString tr(const char* s)
{
    return QCoreApplication::translate("Cli", s);
}

// Reads one line from the terminal without echo, or from standard input when it is not a
// terminal (scripts pipe the password in). Never from the command line: that would land in
// the shell history and in `ps`.
QString readSecret(const QString& prompt)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::cerr << prompt.toStdString() << std::flush;
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios silent = saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
    }
    std::string line;
    const bool ok = bool(std::getline(std::cin, line));
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::cerr << std::endl;
    }
    if (!ok)
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

QString readLine(const QString& prompt)
{
    if (::isatty(STDIN_FILENO))
        std::cerr << prompt.toStdString() << std::flush;
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    return QString::fromStdString(line).trimmed();
}

QJsonObject statusJson(const QString& profile, const auth::Session& s)
{
    QJsonObject o{{QStringLiteral("profile"), profile}, {QStringLiteral("signed_in"), s.isValid()}};
    if (s.isValid()) {
        o.insert(QStringLiteral("user_id"), s.userId());
        o.insert(QStringLiteral("email"), s.email());
        o.insert(QStringLiteral("aal"), s.aal());
        o.insert(QStringLiteral("expires_at"),
                 QDateTime::fromSecsSinceEpoch(s.expiresAt, Qt::UTC).toString(Qt::ISODate));
    }
    return o;
}

} // namespace

int runAuth(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless auth"));
    auto& p = cli.parser();
    p.setApplicationDescription(
        tr("Signs the owner in and out of a profile's project (Supabase Auth, or the local "
           "sandbox's accounts). The session is kept in the system keychain and shared with the "
           "dashboard.\n\n"
           "Actions:\n"
           "  login     sign in with e-mail and password (read from the terminal or standard "
           "input)\n"
           "  logout    sign out here (--global: everywhere)\n"
           "  status    show who is signed in and until when\n"
           "  refresh   renew the session now"));
    p.addPositionalArgument(QStringLiteral("action"), tr("login | logout | status | refresh"));
    p.addOption({QStringLiteral("profile"),
                 tr("Profile: sandbox, production, staging or one you made (default: the "
                    "dashboard's current profile)."),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("email"),
                 tr("With login: the e-mail address (default: the last "
                    "one used, else asked)."),
                 QStringLiteral("address")});
    p.addOption({QStringLiteral("global"), tr("With logout: end every session of the user.")});
    cli.addCommonOptions(/*withDb=*/false);
    if (!cli.parse(args))
        return cli.exitCode();
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return cli.fail(tr("expected one action: login, logout, status or refresh"), 2);
    const QString action = pos.first();
    static const QStringList actions{QStringLiteral("login"), QStringLiteral("logout"),
                                     QStringLiteral("status"), QStringLiteral("refresh")};
    if (!actions.contains(action))
        return cli.fail(tr("unknown action '%1'").arg(action), 2);

    auth::KeychainStore keychain;
    auth::ProfileStore profiles(&keychain);
    // The dashboard owns the profiles; the CLI reads the same settings.
    profiles.setSettingsApplication(QStringLiteral("limitless-dashboard"));
    const QString profileId = p.isSet(QStringLiteral("profile"))
                                  ? p.value(QStringLiteral("profile"))
                                  : profiles.currentId();
    if (!profiles.ids().contains(profileId))
        return cli.fail(tr("unknown profile '%1' (known: %2)")
                            .arg(profileId, profiles.ids().join(QStringLiteral(", "))),
                        2);

    // The login's inputs are read before the event loop starts.
    QString email;
    QString password;
    if (action == QLatin1String("login")) {
        email = p.value(QStringLiteral("email"));
        if (email.isEmpty())
            email = profiles.rememberedEmail(profileId);
        if (email.isEmpty())
            email = readLine(tr("E-mail: "));
        if (email.isEmpty())
            return cli.fail(tr("no e-mail address given"));
        password = readSecret(tr("Password for %1: ").arg(email));
        if (password.isEmpty())
            return cli.fail(tr("no password given (type it at the prompt or pipe it to standard "
                               "input)"));
    }

    QObject context;
    std::unique_ptr<SessionManager> manager;
    int exitCode = 0;
    auto quit = [&](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    };
    auto failAndQuit = [&](const QString& message, int code = 1) {
        cli.fail(message, code);
        quit(code);
    };

    auto run = [&](const auth::Profile& profile) {
        auth::BackendFactory::Result made = auth::BackendFactory::create(profile);
        if (made.error) {
            failAndQuit(
                profile.isSandbox()
                    ? tr("the local sandbox is not running; start it with `limitless "
                         "sandbox start`")
                    : tr("profile '%1' is not complete: %2").arg(profile.id, made.error.detail));
            return;
        }
        auto backend = std::move(made.backend);
        manager = std::make_unique<SessionManager>(std::move(backend), &keychain);
        manager->setWatchSystemEvents(false);
        SessionManager* m = manager.get();

        QObject::connect(m, &SessionManager::warning, &context,
                         [&](const QString& text) { cli.err() << text << Qt::endl; });
        QObject::connect(m, &SessionManager::errorOccurred, &context,
                         [&](const AuthError& e) { failAndQuit(e.userMessage()); });

        if (action == QLatin1String("login")) {
            QObject::connect(m, &SessionManager::mfaRequired, &context, [&, m] {
                const QString code = readLine(tr("Code from your authenticator app: "));
                if (code.isEmpty()) {
                    failAndQuit(tr("no authentication code given"));
                    return;
                }
                m->verifyMfaCode(code);
            });
            QObject::connect(m, &SessionManager::signedIn, &context, [&, m] {
                profiles.rememberEmail(profileId, email);
                if (cli.json())
                    cli.printJson(QJsonDocument(statusJson(profileId, m->session())));
                else
                    cli.out() << tr("Signed in to '%1' as %2.").arg(profileId, m->session().email())
                              << Qt::endl;
                quit(0);
            });
            m->signIn(email, password);
            return;
        }

        // The other actions start from the stored session.
        QObject::connect(m, &SessionManager::signedOut, &context, [&](const QString& reason) {
            if (action == QLatin1String("logout"))
                return;
            if (action == QLatin1String("status")) {
                if (cli.json())
                    cli.printJson(QJsonDocument(statusJson(profileId, {})));
                else
                    cli.out() << tr("Not signed in to '%1'.").arg(profileId) << Qt::endl;
                quit(3);
                return;
            }
            failAndQuit(reason.isEmpty() ? tr("not signed in to '%1'").arg(profileId) : reason, 3);
        });
        if (action == QLatin1String("status")) {
            QObject::connect(m, &SessionManager::signedIn, &context, [&, m] {
                const auth::Session& s = m->session();
                if (cli.json()) {
                    cli.printJson(QJsonDocument(statusJson(profileId, s)));
                } else {
                    const qint64 left = s.secondsLeft(QDateTime::currentSecsSinceEpoch());
                    cli.out() << tr("Signed in to '%1' as %2 (user %3, %4).")
                                     .arg(profileId, s.email(), s.userId(), s.aal())
                              << "\n"
                              << (left > 0 ? tr("Access token valid until %1.")
                                                 .arg(QDateTime::fromSecsSinceEpoch(s.expiresAt)
                                                          .toString(Qt::ISODate))
                                           : tr("Access token expired; it is renewed on next "
                                                "use."))
                              << Qt::endl;
                }
                quit(0);
            });
            m->restore(/*refreshNow=*/false);
        } else if (action == QLatin1String("refresh")) {
            QObject::connect(m, &SessionManager::refreshFailed, &context,
                             [&](const AuthError& e) { failAndQuit(e.userMessage()); });
            QObject::connect(m, &SessionManager::signedIn, &context, [&, m] {
                if (cli.json())
                    cli.printJson(QJsonDocument(statusJson(profileId, m->session())));
                else
                    cli.out() << tr("Session renewed; valid until %1.")
                                     .arg(QDateTime::fromSecsSinceEpoch(m->session().expiresAt)
                                              .toString(Qt::ISODate))
                              << Qt::endl;
                quit(0);
            });
            m->restore(/*refreshNow=*/true);
        } else { // logout
            const auto scope = p.isSet(QStringLiteral("global")) ? SessionManager::Scope::Global
                                                                 : SessionManager::Scope::Local;
            QObject::connect(
                m, &SessionManager::signOutFinished, &context, [&](const AuthError& serverError) {
                    if (serverError)
                        cli.err() << tr("Signed out here; the server could not be "
                                        "told: %1")
                                         .arg(serverError.userMessage())
                                  << Qt::endl;
                    else
                        cli.out() << tr("Signed out of '%1'.").arg(profileId) << Qt::endl;
                    quit(0);
                });
            // Signed in or not (nothing stored), sign-out clears what is left, once.
            auto started = std::make_shared<bool>(false);
            auto signOutOnce = [m, scope, started] {
                if (*started)
                    return;
                *started = true;
                m->signOut(scope);
            };
            QObject::connect(m, &SessionManager::signedIn, &context, signOutOnce);
            QObject::connect(m, &SessionManager::signedOut, &context, signOutOnce);
            m->restore(/*refreshNow=*/false);
        }
    };

    // Everything runs inside the event loop, so that quit() always has a loop to end.
    QTimer::singleShot(0, &context, [&] {
        profiles.load(profileId, &context, [&](const auth::Profile& profile, const AuthError& e) {
            if (e) {
                failAndQuit(e.userMessage());
                return;
            }
            run(profile);
        });
    });
    QCoreApplication::exec();
    manager.reset();
    return exitCode;
}

} // namespace limitless::cli
