#include "cli/Cli.h"
#include "cli/Terminal.h"

#include "auth/BackendFactory.h"
#include "auth/KeychainStore.h"
#include "auth/ProfileStore.h"
#include "auth/Session.h"
#include "auth/SessionManager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace limitless::cli {

namespace {

using auth::AuthError;
using auth::SessionManager;

// lupdate files this namespace's tr() calls under "limitless::cli": translated there.
QString tr(const char* s)
{
    return QCoreApplication::translate("limitless::cli", s);
}

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

bool endsSession(const AuthError& e)
{
    return e.kind == AuthError::Kind::SessionEnded || e.kind == AuthError::Kind::UserBanned;
}

// What a script needs to branch on: the kind and the server's code, never the sentence.
QJsonObject errorJson(const QString& message, const AuthError& e)
{
    QJsonObject o{{QStringLiteral("message"), message}};
    if (e) {
        o.insert(QStringLiteral("kind"), AuthError::kindName(e.kind));
        if (!e.code.isEmpty())
            o.insert(QStringLiteral("code"), e.code);
        if (e.httpStatus > 0)
            o.insert(QStringLiteral("http_status"), e.httpStatus);
        if (e.retryAfterSeconds >= 0)
            o.insert(QStringLiteral("retry_after_seconds"), e.retryAfterSeconds);
    }
    return o;
}

// After a failure that keeps the session: how long the stored one still serves, honestly.
QString keptSessionSentence(const auth::Session& s)
{
    if (s.secondsLeft(QDateTime::currentSecsSinceEpoch()) > 0)
        return tr("The stored session is kept; its access token is still valid until %1.")
            .arg(QDateTime::fromSecsSinceEpoch(s.expiresAt).toString(Qt::ISODate));
    return tr("The stored session is kept, but its access token expired at %1; it is renewed "
              "when the server answers again.")
        .arg(QDateTime::fromSecsSinceEpoch(s.expiresAt).toString(Qt::ISODate));
}

// A failure that keeps the session: which one, and until when. No `signed_in`: the question
// asked (renew, check) has no answer, and a script must not read success into it.
QJsonObject keptJson(const auth::Session& s)
{
    return {{QStringLiteral("session_kept"), true},
            {QStringLiteral("user_id"), s.userId()},
            {QStringLiteral("expires_at"), isoTime(s.expiresAt)},
            {QStringLiteral("expired"), s.secondsLeft(QDateTime::currentSecsSinceEpoch()) <= 0}};
}

QJsonObject statusJson(const QString& profile, const auth::Session& s)
{
    QJsonObject o{{QStringLiteral("profile"), profile}, {QStringLiteral("signed_in"), s.isValid()}};
    if (s.isValid()) {
        o.insert(QStringLiteral("user_id"), s.userId());
        o.insert(QStringLiteral("email"), s.email());
        o.insert(QStringLiteral("aal"), s.aal());
        o.insert(QStringLiteral("expires_at"), isoTime(s.expiresAt));
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
           "  status    show who is signed in and until when (--check: ask the server whether "
           "the session is still valid)\n"
           "  refresh   renew the session now\n\n"
           "Exit codes: 0 done, 1 failed (e.g. the server cannot be reached), 2 wrong usage, "
           "3 not signed in or the session was rejected."));
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
    p.addOption({QStringLiteral("check"),
                 tr("With status: ask the server whether the session is still valid (renewing "
                    "an expired access token first).")});
    p.addOption({QStringLiteral("timeout"),
                 tr("Seconds to wait for the sign-in server (default 30)."),
                 QStringLiteral("seconds")});
    cli.addCommonOptions(/*withDb=*/false);
    if (!cli.parse(args))
        return cli.exitCode();

    // Failures print a sentence on stderr, and with --json an object on stdout as well, so that a
    // script always has something to parse.
    QString profileId;
    auto failOut = [&](const QString& message, int code, const AuthError& error = {},
                       const QJsonObject& extra = {}) {
        // One JSON object: Cli::fail prints these details with its "error".
        QJsonObject o = extra;
        if (!profileId.isEmpty() && !o.contains(QStringLiteral("profile")))
            o.insert(QStringLiteral("profile"), profileId);
        o.insert(QStringLiteral("ok"), false);
        o.insert(QStringLiteral("exit_code"), code);
        o.insert(QStringLiteral("error"), errorJson(message, error));
        cli.setErrorDetails(o);
        return cli.fail(message, code);
    };

    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return failOut(tr("expected one action: login, logout, status or refresh"), 2);
    const QString action = pos.first();
    static const QStringList actions{QStringLiteral("login"), QStringLiteral("logout"),
                                     QStringLiteral("status"), QStringLiteral("refresh")};
    if (!actions.contains(action))
        return failOut(tr("unknown action '%1'").arg(action), 2);
    const bool check = p.isSet(QStringLiteral("check"));
    if (check && action != QLatin1String("status"))
        return failOut(tr("--check goes with status only"), 2);
    int timeoutMs = 0;
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = p.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return failOut(tr("--timeout takes a number of seconds between 0 and 3600"), 2);
        timeoutMs = int(seconds * 1000);
    }

    auth::KeychainStore keychain;
    auth::ProfileStore profiles(&keychain);
    // The dashboard owns the profiles; the CLI reads the same settings.
    profiles.setSettingsApplication(QStringLiteral("limitless-dashboard"));
    profileId = p.isSet(QStringLiteral("profile")) ? p.value(QStringLiteral("profile"))
                                                   : profiles.currentId();
    if (!profiles.ids().contains(profileId))
        return failOut(tr("unknown profile '%1' (known: %2)")
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
            return failOut(tr("no e-mail address given"), 1);
        password = readSecret(tr("Password for %1: ").arg(email));
        if (password.isEmpty())
            return failOut(tr("no password given (type it at the prompt or pipe it to standard "
                              "input)"),
                           1);
    }

    QObject context;
    std::unique_ptr<SessionManager> manager;
    int exitCode = 0;
    // The first outcome is the answer: a session that ends reports through the refresh's own
    // callback and through signedOut(), and only one of them may print.
    bool finished = false;
    auto quit = [&](int code) {
        finished = true;
        exitCode = code;
        QCoreApplication::exit(code);
    };
    auto failAndQuit = [&](const QString& message, int code = 1, const AuthError& error = {},
                           const QJsonObject& extra = {}) {
        if (finished)
            return;
        failOut(message, code, error, extra);
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
        if (timeoutMs > 0)
            backend->setTimeout(timeoutMs);
        manager = std::make_unique<SessionManager>(std::move(backend), &keychain);
        manager->setWatchSystemEvents(false);
        // A command lives for seconds: no refresh of its own on the dashboard's schedule, which
        // would race the one the command was asked for (only an expired token is renewed).
        manager->setRefreshMargin(0);
        SessionManager* m = manager.get();

        QObject::connect(m, &SessionManager::warning, &context,
                         [&](const QString& text) { cli.err() << text << Qt::endl; });
        QObject::connect(m, &SessionManager::errorOccurred, &context,
                         [&](const AuthError& e) { failAndQuit(e.userMessage(), 1, e); });

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
                if (finished)
                    return;
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
            if (action == QLatin1String("logout") || finished)
                return;
            if (action == QLatin1String("status") && reason.isEmpty() && !cli.json()) {
                cli.out() << tr("Not signed in to '%1'.").arg(profileId) << Qt::endl;
                quit(3);
                return;
            }
            // With --json the status and the error object are one document.
            failAndQuit(reason.isEmpty() ? tr("not signed in to '%1'").arg(profileId) : reason, 3,
                        {}, statusJson(profileId, {}));
        });
        if (action == QLatin1String("status") && !check) {
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
        } else if (action == QLatin1String("status")) { // --check
            // The stored session is in place; only the server can say whether it still counts.
            QObject::connect(m, &SessionManager::signedIn, &context, [&, m] {
                const auth::Session stored = m->session();
                m->checkWithServer(&context, [&, m, stored](const AuthError& e) {
                    if (!e) {
                        const auth::Session& s = m->session();
                        if (cli.json()) {
                            QJsonObject o = statusJson(profileId, s);
                            o.insert(QStringLiteral("ok"), true);
                            o.insert(QStringLiteral("checked"), true);
                            o.insert(QStringLiteral("valid"), true);
                            cli.printJson(QJsonDocument(o));
                        } else {
                            cli.out() << tr("Signed in to '%1' as %2 (user %3, %4); the server "
                                            "confirms the session.")
                                             .arg(profileId, s.email(), s.userId(), s.aal())
                                      << "\n"
                                      << tr("Access token valid until %1.")
                                             .arg(QDateTime::fromSecsSinceEpoch(s.expiresAt)
                                                      .toString(Qt::ISODate))
                                      << Qt::endl;
                        }
                        quit(0);
                        return;
                    }
                    if (endsSession(e)) {
                        failAndQuit(tr("the server rejected the session: %1").arg(e.userMessage()),
                                    3, e,
                                    {{QStringLiteral("signed_in"), false},
                                     {QStringLiteral("checked"), true},
                                     {QStringLiteral("valid"), false}});
                        return;
                    }
                    const auth::Session kept = m->session().isValid() ? m->session() : stored;
                    QJsonObject extra = keptJson(kept);
                    extra.insert(QStringLiteral("checked"), false);
                    extra.insert(QStringLiteral("valid"), QJsonValue::Null);
                    failAndQuit(
                        tr("could not check the session with the server: %1").arg(e.userMessage()) +
                            QLatin1Char(' ') + keptSessionSentence(kept),
                        1, e, extra);
                });
            });
            m->restore(/*refreshNow=*/false);
        } else if (action == QLatin1String("refresh")) {
            // The stored session is put in place as it is, then renewed; only the renewal's own
            // result is reported, never the session being in place.
            QObject::connect(m, &SessionManager::signedIn, &context, [&, m] {
                const auth::Session stored = m->session();
                m->refresh(&context, [&, m, stored](const AuthError& e) {
                    if (!e) {
                        const auth::Session& s = m->session();
                        if (cli.json()) {
                            QJsonObject o = statusJson(profileId, s);
                            o.insert(QStringLiteral("ok"), true);
                            o.insert(QStringLiteral("renewed"), true);
                            o.insert(QStringLiteral("renewed_by_another_process"),
                                     m->lastRefreshAdopted());
                            cli.printJson(QJsonDocument(o));
                        } else {
                            const QString until =
                                QDateTime::fromSecsSinceEpoch(s.expiresAt).toString(Qt::ISODate);
                            cli.out() << (m->lastRefreshAdopted()
                                              ? tr("Session renewed by another Limitless process "
                                                   "just now; valid until %1.")
                                                    .arg(until)
                                              : tr("Session renewed; valid until %1.").arg(until))
                                      << Qt::endl;
                        }
                        quit(0);
                        return;
                    }
                    if (endsSession(e)) {
                        failAndQuit(e.userMessage() + QLatin1Char(' ') +
                                        tr("It was removed from this computer; sign in again "
                                           "with `limitless auth login`."),
                                    3, e,
                                    {{QStringLiteral("signed_in"), false},
                                     {QStringLiteral("renewed"), false}});
                        return;
                    }
                    QJsonObject extra = keptJson(stored);
                    extra.insert(QStringLiteral("renewed"), false);
                    failAndQuit(tr("could not renew the session: %1").arg(e.userMessage()) +
                                    QLatin1Char(' ') + keptSessionSentence(stored),
                                1, e, extra);
                });
            });
            m->restore(/*refreshNow=*/false);
        } else { // logout
            const auto scope = p.isSet(QStringLiteral("global")) ? SessionManager::Scope::Global
                                                                 : SessionManager::Scope::Local;
            QObject::connect(
                m, &SessionManager::signOutFinished, &context, [&](const AuthError& serverError) {
                    const QString told = tr("Signed out here; the server could not be told: %1")
                                             .arg(serverError.userMessage());
                    if (cli.json()) {
                        QJsonObject o{{QStringLiteral("profile"), profileId},
                                      {QStringLiteral("ok"), true},
                                      {QStringLiteral("signed_in"), false},
                                      {QStringLiteral("server_told"), !serverError}};
                        if (serverError)
                            o.insert(QStringLiteral("error"), errorJson(told, serverError));
                        cli.printJson(QJsonDocument(o));
                    }
                    if (serverError)
                        cli.err() << told << Qt::endl;
                    else if (!cli.json())
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
                failAndQuit(e.userMessage(), 1, e);
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
