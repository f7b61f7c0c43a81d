// `limitless profile list|add|edit|remove|reset|use`: the Supabase projects the dashboard and
// `limitless auth` sign in to, set up from the command line instead of by editing settings.
//
// The same store as the dashboard's profile editor (ProfileStore::save): the settings in the
// dashboard's QSettings, the anon key and the database password in the keychain. Secrets come
// from standard input or a prompt without echo, never from the command line, and are never
// printed; `list` says only whether they are stored.
#include "cli/Cli.h"
#include "cli/Terminal.h"
#include "cli/TextTable.h"

#include "auth/AuthClient.h"
#include "auth/KeychainStore.h"
#include "auth/ProfileStore.h"
#include "auth/SessionManager.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace limitless::cli {

using auth::AuthError;
using auth::Profile;

namespace {

// lupdate files this namespace's tr() calls under "limitless::cli": translated there.
QString tr(const char* text)
{
    return QCoreApplication::translate("limitless::cli", text);
}

const QString kSandbox = QStringLiteral("sandbox");
// How long `remove` and `reset` wait for the sign-in server when they sign out first.
constexpr int SignOutTimeoutMs = 10000;

// The option that fixes a Profile::Problem's field.
QString optionFor(const QString& field)
{
    static const QHash<QString, QString> options{
        {QStringLiteral("supabaseUrl"), QStringLiteral("--supabase-url")},
        {QStringLiteral("anonKey"), QStringLiteral("--anon-key-stdin")},
        {QStringLiteral("dbHost"), QStringLiteral("--db-host")},
        {QStringLiteral("dbPort"), QStringLiteral("--db-port")},
        {QStringLiteral("sslMode"), QStringLiteral("--ssl-mode")},
        {QStringLiteral("sslRootCert"), QStringLiteral("--ssl-root-cert")},
        {QStringLiteral("campaignBaseUrl"), QStringLiteral("--campaign-base-url")},
        {QStringLiteral("oauthRedirectPort"), QStringLiteral("--oauth-port")},
    };
    return options.value(field);
}

bool validId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}$"));
    return re.match(id).hasMatch();
}

// The parts of a --db-url a profile keeps; empty strings and -1 where the URL says nothing.
struct DbUrl {
    QString host;
    int port = -1;
    QString name;
    QString user;
    QString sslMode;
    QString sslRootCert;
};

// Reads postgresql://user@host:port/database?sslmode=…&sslrootcert=…; returns what is wrong with
// it (empty when nothing). The URL is never quoted back: it might hold a password.
QString parseDbUrl(const QString& text, DbUrl* out)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
        return tr(
            "--db-url must be a postgresql:// (or postgres://) URL, e.g. "
            "postgresql://postgres@db.<project>.supabase.co:5432/postgres?sslmode=verify-full.");
    const QUrlQuery query(url);
    if (!url.password().isEmpty() || url.userInfo().contains(QLatin1Char(':')) ||
        query.hasQueryItem(QStringLiteral("password")))
        return tr("--db-url contains a password, which the command line would leave in the shell "
                  "history: leave it out of the URL and pass the password on standard input with "
                  "--db-password-stdin.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("--db-url is not a valid URL with a host, e.g. "
                  "postgresql://postgres@db.<project>.supabase.co:5432/postgres.");
    const QString path = url.path(QUrl::FullyDecoded);
    if (path.count(QLatin1Char('/')) > 1)
        return tr("--db-url names more than one database in its path.");
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode"))
            out->sslMode = value;
        else if (key == QLatin1String("sslrootcert"))
            out->sslRootCert = value;
        else
            return tr("--db-url has the parameter '%1', which a profile does not keep (it keeps "
                      "the user, host, port, database, sslmode and sslrootcert).")
                .arg(key.left(40));
    }
    out->host = url.host(QUrl::FullyDecoded);
    out->port = url.port(-1);
    out->name = path.mid(1);
    out->user = url.userName(QUrl::FullyDecoded);
    return {};
}

// "postgres@db.x.supabase.co:5432/postgres" for people; JSON has the parts.
QString databaseText(const Profile& p)
{
    if (p.isSandbox())
        return tr("the local sandbox");
    if (p.dbHost.isEmpty())
        return QStringLiteral("-");
    QString host = p.dbHost;
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6
    return QStringLiteral("%1@%2:%3/%4").arg(p.dbUser, host).arg(p.dbPort).arg(p.dbName);
}

QString modeText(const Profile& p)
{
    return p.dbMode == Profile::DbMode::SessionPooler ? tr("session pooler")
                                                      : tr("direct connection");
}

// A changed field (its JSON name) as the owner reads it.
QString fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("limitless::cli", "name")},
        {QStringLiteral("supabase_url"), QT_TRANSLATE_NOOP("limitless::cli", "Supabase URL")},
        {QStringLiteral("db_mode"), QT_TRANSLATE_NOOP("limitless::cli", "database connection")},
        {QStringLiteral("db_host"), QT_TRANSLATE_NOOP("limitless::cli", "database host")},
        {QStringLiteral("db_port"), QT_TRANSLATE_NOOP("limitless::cli", "database port")},
        {QStringLiteral("db_name"), QT_TRANSLATE_NOOP("limitless::cli", "database name")},
        {QStringLiteral("db_user"), QT_TRANSLATE_NOOP("limitless::cli", "database user")},
        {QStringLiteral("ssl_mode"), QT_TRANSLATE_NOOP("limitless::cli", "TLS mode")},
        {QStringLiteral("ssl_root_cert"), QT_TRANSLATE_NOOP("limitless::cli", "CA certificate")},
        {QStringLiteral("campaign_base_url"),
         QT_TRANSLATE_NOOP("limitless::cli", "campaign base URL")},
        {QStringLiteral("oauth_providers"),
         QT_TRANSLATE_NOOP("limitless::cli", "sign-in providers")},
        {QStringLiteral("oauth_port"), QT_TRANSLATE_NOOP("limitless::cli", "sign-in port")},
        {QStringLiteral("anon_key"), QT_TRANSLATE_NOOP("limitless::cli", "anon key")},
        {QStringLiteral("db_password"), QT_TRANSLATE_NOOP("limitless::cli", "database password")},
    };
    const char* label = labels.value(field);
    return label ? tr(label) : field;
}

// "'acme' (Acme Inc.)", or just "'acme'" when the name is the id.
QString titled(const Profile& p)
{
    const QString id = QLatin1Char('\'') + p.id + QLatin1Char('\'');
    return p.name == p.id ? id
                          : id + QStringLiteral(" (") + terminalSafe(p.name) + QLatin1Char(')');
}

QJsonValue urlOrNull(const QUrl& url)
{
    return url.isEmpty() ? QJsonValue() : QJsonValue(url.toString());
}

QJsonArray problemsJson(const QList<Profile::Problem>& problems)
{
    QJsonArray a;
    for (const Profile::Problem& p : problems)
        a.append(QJsonObject{{QStringLiteral("field"), p.field},
                             {QStringLiteral("option"), optionFor(p.field)},
                             {QStringLiteral("message"), p.message}});
    return a;
}

// Each problem on its own line, after the option that fixes it.
QString problemsText(const QList<Profile::Problem>& problems)
{
    QStringList lines;
    for (const Profile::Problem& p : problems) {
        const QString option = optionFor(p.field);
        lines << QStringLiteral("  ") +
                     (option.isEmpty() ? p.message : option + QStringLiteral(": ") + p.message);
    }
    return lines.join(QLatin1Char('\n'));
}

// The project a Supabase URL names, as sessions are keyed in the keychain; empty for none.
QString projectKey(const QUrl& url)
{
    if (url.isEmpty() || auth::AuthClient::checkServerUrl(url))
        return {};
    return auth::AuthClient(url, QString()).storageNamespace();
}

// What add and edit change; unset members are left as they are.
struct Changes {
    std::optional<QString> name;
    std::optional<QUrl> supabaseUrl;
    std::optional<Profile::DbMode> mode;
    std::optional<QString> dbHost;
    std::optional<int> dbPort;
    std::optional<QString> dbName;
    std::optional<QString> dbUser;
    bool dbUserGiven = false; // by --db-user or in --db-url, not the default
    std::optional<QString> sslMode;
    std::optional<QString> sslRootCert;
    std::optional<QUrl> campaignBaseUrl;
    std::optional<QStringList> providers;
    std::optional<int> oauthPort;
    bool anonKey = false;    // read from standard input
    bool dbPassword = false; // read from standard input

    bool remote() const
    {
        return supabaseUrl || mode || dbHost || dbPort || dbName || dbUser || sslMode ||
               sslRootCert || providers || oauthPort || anonKey || dbPassword;
    }
    bool any() const { return name || campaignBaseUrl || remote(); }
};

// The options of add and edit, the one-letter-free spelling of ProfileEditorDialog's fields.
const QStringList kChangeOptions{
    QStringLiteral("name"),
    QStringLiteral("supabase-url"),
    QStringLiteral("db-url"),
    QStringLiteral("db-host"),
    QStringLiteral("db-port"),
    QStringLiteral("db-name"),
    QStringLiteral("db-user"),
    QStringLiteral("ssl-mode"),
    QStringLiteral("ssl-root-cert"),
    QStringLiteral("pooler"),
    QStringLiteral("direct"),
    QStringLiteral("campaign-base-url"),
    QStringLiteral("oauth-providers"),
    QStringLiteral("oauth-port"),
    QStringLiteral("anon-key-stdin"),
    QStringLiteral("db-password-stdin"),
    QStringLiteral("use"),
};

class ProfileCommand {
    // The same context as the file's tr(), which lupdate would otherwise file under the class.
    Q_DECLARE_TR_FUNCTIONS(limitless::cli)

public:
    explicit ProfileCommand(Cli& cli) : m_cli(cli), m_p(cli.parser()), m_store(&m_keychain)
    {
        // The dashboard owns the profiles; the CLI reads and writes the same settings.
        m_store.setSettingsApplication(QStringLiteral("limitless-dashboard"));
    }

    int run(const QString& action, const QString& id)
    {
        m_id = id;
        if (action == QLatin1String("add") || action == QLatin1String("edit")) {
            const bool add = action == QLatin1String("add");
            if (const int code = readChanges(add); code != ExitOk)
                return code;
            if (const int code = checkAddOrEdit(add); code != ExitOk)
                return code;
            return loop([this, add] { addOrEdit(add); });
        }
        if (action == QLatin1String("remove") || action == QLatin1String("reset")) {
            if (const int code = checkRemoveOrReset(action == QLatin1String("reset"));
                code != ExitOk)
                return code;
            return loop([this] { removeOrReset(); });
        }
        if (action == QLatin1String("use")) {
            if (!m_store.ids().contains(id))
                return unknownProfile();
            return loop([this] { use(); });
        }
        return loop([this] { list(); });
    }

private:
    // Runs `start` inside the event loop (the keychain answers there) until end().
    int loop(std::function<void()> start)
    {
        QTimer::singleShot(0, &m_context, std::move(start));
        QCoreApplication::exec();
        m_manager.reset();
        return m_exit;
    }
    void end(int code)
    {
        m_exit = code;
        QCoreApplication::exit(code);
    }
    // `details`: what the JSON document carries next to the error (what was done before).
    int keychainFailure(const QString& message, const AuthError& e, QJsonObject details = {})
    {
        details.insert(QStringLiteral("error"),
                       QJsonObject{{QStringLiteral("kind"), AuthError::kindName(e.kind)}});
        m_cli.setErrorDetails(details);
        return m_cli.fail(message, ExitFailed, QStringLiteral("keychain"));
    }
    int unknownProfile()
    {
        return m_cli.notFound(tr("No profile has the id '%1' (known: %2).")
                                  .arg(m_id.left(100), m_store.ids().join(QStringLiteral(", "))));
    }
    bool builtin(const QString& id) const { return Profile::builtinIds().contains(id); }

    QJsonObject profileJson(const Profile& p, bool secretsKnown) const
    {
        const bool sandbox = p.isSandbox();
        QJsonObject o{{QStringLiteral("id"), p.id},
                      {QStringLiteral("name"), p.name},
                      {QStringLiteral("kind"),
                       sandbox ? QStringLiteral("sandbox") : QStringLiteral("supabase")},
                      {QStringLiteral("builtin"), builtin(p.id)},
                      {QStringLiteral("current"), p.id == m_store.currentId()},
                      {QStringLiteral("campaign_base_url"), urlOrNull(p.campaignBaseUrl)}};
        if (sandbox) {
            // Its address and credentials belong to the running sandbox (`sandbox status`).
            o.insert(QStringLiteral("supabase_url"), QJsonValue());
            o.insert(QStringLiteral("database"), QJsonValue());
            o.insert(QStringLiteral("anon_key_stored"), QJsonValue());
            o.insert(QStringLiteral("db_password_stored"), QJsonValue());
            o.insert(QStringLiteral("complete"), true);
            o.insert(QStringLiteral("problems"), QJsonArray());
            return o;
        }
        o.insert(QStringLiteral("supabase_url"), urlOrNull(p.supabaseUrl));
        o.insert(QStringLiteral("database"),
                 QJsonObject{{QStringLiteral("mode"), p.dbMode == Profile::DbMode::SessionPooler
                                                          ? QStringLiteral("session-pooler")
                                                          : QStringLiteral("direct")},
                             {QStringLiteral("host"), p.dbHost},
                             {QStringLiteral("port"), p.dbPort},
                             {QStringLiteral("name"), p.dbName},
                             {QStringLiteral("user"), p.dbUser},
                             {QStringLiteral("ssl_mode"), p.sslMode},
                             {QStringLiteral("ssl_root_cert"), p.sslRootCert}});
        o.insert(QStringLiteral("oauth_providers"), QJsonArray::fromStringList(p.oauthProviders));
        o.insert(QStringLiteral("oauth_port"), p.oauthRedirectPort);
        if (secretsKnown) {
            o.insert(QStringLiteral("anon_key_stored"), !p.anonKey.isEmpty());
            o.insert(QStringLiteral("db_password_stored"), !p.dbPassword.isEmpty());
            const QList<Profile::Problem> problems = p.fieldProblems();
            o.insert(QStringLiteral("complete"), problems.isEmpty());
            o.insert(QStringLiteral("problems"), problemsJson(problems));
        } else {
            o.insert(QStringLiteral("anon_key_stored"), QJsonValue());
            o.insert(QStringLiteral("db_password_stored"), QJsonValue());
            o.insert(QStringLiteral("complete"), QJsonValue());
        }
        return o;
    }

    // ---- list -------------------------------------------------------------------------------

    void list()
    {
        m_entries.clear();
        for (const QString& id : m_store.ids())
            m_entries.append({m_store.profile(id), false});
        readSecrets(0);
    }

    // One profile after the other; after a keychain failure the rest stay unknown (each would
    // wait for the keychain's retry again).
    void readSecrets(int i)
    {
        if (i == m_entries.size() || m_keychainError) {
            printList();
            return;
        }
        if (m_entries.at(i).first.isSandbox()) {
            m_entries[i].second = true;
            readSecrets(i + 1);
            return;
        }
        m_store.load(m_entries.at(i).first.id, &m_context,
                     [this, i](const Profile& p, const AuthError& e) {
                         if (e) {
                             m_keychainError = e;
                         } else {
                             m_entries[i] = {p, true};
                         }
                         readSecrets(i + 1);
                     });
    }

    void printList()
    {
        const QString current = m_store.currentId();
        QJsonArray profiles;
        TextTable table;
        table.addColumn(tr("CURRENT"));
        table.addColumn(tr("ID"));
        table.addColumn(tr("NAME"));
        table.addColumn(tr("KIND"));
        table.addColumn(tr("SUPABASE URL"));
        table.addColumn(tr("DATABASE"));
        table.addColumn(tr("TLS"));
        table.addColumn(tr("CAMPAIGN BASE URL"));
        table.addColumn(tr("ANON KEY"));
        table.addColumn(tr("DB PASSWORD"));
        table.addColumn(tr("STATUS"));
        bool incomplete = false;
        for (const auto& [p, known] : std::as_const(m_entries)) {
            profiles.append(profileJson(p, known));
            const bool sandbox = p.isSandbox();
            const QString unknown = QStringLiteral("?");
            const QString none = QStringLiteral("-");
            const bool complete = p.fieldProblems().isEmpty();
            incomplete = incomplete || (known && !complete);
            table.addRow(
                {p.id == current ? QStringLiteral("*") : QString(), p.id, p.name,
                 sandbox ? tr("sandbox") : tr("supabase"),
                 p.supabaseUrl.isEmpty() ? none : p.supabaseUrl.toString(),
                 p.dbMode == Profile::DbMode::SessionPooler && !p.dbHost.isEmpty()
                     ? databaseText(p) + QStringLiteral(" (") + modeText(p) + QLatin1Char(')')
                     : databaseText(p),
                 sandbox ? none : p.sslMode,
                 p.campaignBaseUrl.isEmpty() ? none : p.campaignBaseUrl.toString(),
                 sandbox               ? none
                 : !known              ? unknown
                 : p.anonKey.isEmpty() ? tr("missing")
                                       : tr("stored"),
                 sandbox                  ? none
                 : !known                 ? unknown
                 : p.dbPassword.isEmpty() ? tr("none")
                                          : tr("stored"),
                 !known     ? unknown
                 : complete ? tr("ready")
                            : tr("incomplete")});
        }
        if (!m_cli.json()) {
            table.print(m_cli.out());
            if (incomplete)
                m_cli.out() << tr("`limitless profile edit ID …` completes a profile; `limitless "
                                  "profile list --json` says what each one lacks.")
                            << Qt::endl;
        }
        const QJsonObject result{{QStringLiteral("current"), current},
                                 {QStringLiteral("profiles"), profiles}};
        if (m_keychainError) {
            // The list stands; the error says what it cannot tell.
            end(keychainFailure(tr("The keychain could not be read, so whether the keys are "
                                   "stored is not known: %1")
                                    .arg(m_keychainError.userMessage()),
                                m_keychainError, result));
            return;
        }
        end(m_cli.finish(result));
    }

    // ---- add and edit -----------------------------------------------------------------------

    int usage(const QString& message) { return m_cli.fail(message, ExitUsage); }

    // A file the profile can name: it must be there, and it is kept as an absolute path, since
    // the dashboard starts in another directory.
    int certificate(const QString& option, const QString& file, std::optional<QString>* out)
    {
        if (file.isEmpty()) {
            *out = QString();
            return ExitOk;
        }
        const QFileInfo info(file);
        if (!info.isFile() || !info.isReadable())
            return usage(tr("%1: there is no readable file at %2.").arg(option, file));
        *out = info.absoluteFilePath();
        return ExitOk;
    }

    int port(const QString& option, int min, std::optional<int>* out)
    {
        bool ok = false;
        const int value = m_p.value(option).toInt(&ok);
        if (!ok || value < min || value > 65535)
            return usage(tr("--%1 takes a port number (%2–65535).").arg(option).arg(min));
        *out = value;
        return ExitOk;
    }

    int readChanges(bool add)
    {
        Changes& c = m_changes;
        const auto given = [this](const char* option) {
            return m_p.isSet(QString::fromLatin1(option));
        };
        const auto value = [this](const char* option) {
            return m_p.value(QString::fromLatin1(option)).trimmed();
        };
        if (add && !validId(m_id))
            return usage(tr("'%1' cannot be a profile id: use 1 to 40 lowercase letters, digits, "
                            "'-' or '_', starting with a letter or digit.")
                             .arg(terminalSafe(m_id.left(100))));
        if (given("name")) {
            const QString name = value("name");
            if (name.isEmpty() || name.size() > 100 || terminalSafe(name) != name)
                return usage(tr("--name takes one line of 1 to 100 characters."));
            c.name = name;
        }
        if (given("supabase-url"))
            c.supabaseUrl = QUrl(value("supabase-url"), QUrl::StrictMode);
        if (given("pooler") && given("direct"))
            return usage(tr("--pooler and --direct exclude each other."));
        if (given("pooler"))
            c.mode = Profile::DbMode::SessionPooler;
        if (given("direct"))
            c.mode = Profile::DbMode::Direct;
        if (given("db-url")) {
            // The whole address; parts the URL leaves out take the defaults. The single options
            // below override its parts.
            DbUrl url;
            if (const QString problem = parseDbUrl(m_p.value(QStringLiteral("db-url")), &url);
                !problem.isEmpty())
                return usage(problem);
            c.dbHost = url.host;
            c.dbPort = url.port > 0 ? url.port : 5432;
            c.dbName = url.name.isEmpty() ? QStringLiteral("postgres") : url.name;
            c.dbUser = url.user.isEmpty() ? QStringLiteral("postgres") : url.user;
            c.dbUserGiven = !url.user.isEmpty();
            if (!url.sslMode.isEmpty())
                c.sslMode = url.sslMode;
            if (!url.sslRootCert.isEmpty()) {
                if (const int code = certificate(QStringLiteral("--db-url sslrootcert"),
                                                 url.sslRootCert, &c.sslRootCert);
                    code != ExitOk)
                    return code;
            }
        }
        if (given("db-host")) {
            if (value("db-host").isEmpty())
                return usage(tr("--db-host must not be empty."));
            c.dbHost = value("db-host");
        }
        if (given("db-port")) {
            if (const int code = port(QStringLiteral("db-port"), 1, &c.dbPort); code != ExitOk)
                return code;
        }
        if (given("db-name")) {
            if (value("db-name").isEmpty())
                return usage(tr("--db-name must not be empty."));
            c.dbName = value("db-name");
        }
        if (given("db-user")) {
            if (value("db-user").isEmpty())
                return usage(tr("--db-user must not be empty."));
            c.dbUser = value("db-user");
            c.dbUserGiven = true;
        }
        if (given("ssl-mode"))
            c.sslMode = value("ssl-mode");
        if (given("ssl-root-cert")) {
            if (const int code = certificate(QStringLiteral("--ssl-root-cert"),
                                             value("ssl-root-cert"), &c.sslRootCert);
                code != ExitOk)
                return code;
        }
        if (given("campaign-base-url"))
            c.campaignBaseUrl = QUrl(value("campaign-base-url"), QUrl::StrictMode);
        if (given("oauth-providers")) {
            static const QRegularExpression re(QStringLiteral("^[a-z0-9_-]{1,40}$"));
            QStringList providers;
            for (const QString& s :
                 value("oauth-providers").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString provider = s.trimmed().toLower();
                if (!re.match(provider).hasMatch())
                    return usage(tr("--oauth-providers takes Supabase provider names separated "
                                    "by commas, e.g. google,github ('' for none)."));
                if (!providers.contains(provider))
                    providers << provider;
            }
            c.providers = providers;
        }
        if (given("oauth-port")) {
            if (const int code = port(QStringLiteral("oauth-port"), 0, &c.oauthPort);
                code != ExitOk)
                return code;
        }
        c.anonKey = given("anon-key-stdin");
        c.dbPassword = given("db-password-stdin");
        if (!add && !c.any())
            return usage(tr("Say what to change, e.g. `limitless profile edit %1 --name NAME`; "
                            "`limitless profile edit --help` lists the options.")
                             .arg(m_id));
        return ExitOk;
    }

    int checkAddOrEdit(bool add)
    {
        const bool exists = m_store.ids().contains(m_id);
        if (add && exists) {
            m_cli.setErrorDetails({});
            return m_cli.fail(
                m_id == kSandbox
                    ? tr("'sandbox' is the built-in local sandbox profile; `limitless profile "
                         "edit sandbox --name N` renames it.")
                    : tr("A profile '%1' exists already; change it with `limitless profile edit "
                         "%1 …`.")
                          .arg(m_id),
                ExitFailed, QStringLiteral("exists"));
        }
        if (!add && !exists)
            return unknownProfile();
        if (m_id == kSandbox && m_changes.remote())
            return usage(tr("The local sandbox's address and keys are managed by the app: only "
                            "--name and --campaign-base-url can be changed."));
        return ExitOk;
    }

    // Applies the changes; `changed` gets the JSON names of the fields that differ now.
    void apply(Profile& p, QStringList* changed) const
    {
        const Changes& c = m_changes;
        const auto set = [changed](auto& field, const auto& value, const char* name) {
            if (field != value) {
                field = value;
                changed->append(QString::fromLatin1(name));
            }
        };
        if (c.name)
            set(p.name, *c.name, "name");
        if (c.supabaseUrl)
            set(p.supabaseUrl, *c.supabaseUrl, "supabase_url");
        if (c.mode)
            set(p.dbMode, *c.mode, "db_mode");
        if (c.dbHost)
            set(p.dbHost, *c.dbHost, "db_host");
        if (c.dbPort)
            set(p.dbPort, *c.dbPort, "db_port");
        if (c.dbName)
            set(p.dbName, *c.dbName, "db_name");
        if (c.dbUser)
            set(p.dbUser, *c.dbUser, "db_user");
        // As the profile editor does: the session pooler's user is "postgres.<project ref>"
        // (plain "postgres" is never right there), unless the owner named one.
        if (p.dbMode == Profile::DbMode::SessionPooler && !c.dbUserGiven &&
            p.dbUser == QLatin1String("postgres")) {
            const QString ref = p.supabaseUrl.host().section(QLatin1Char('.'), 0, 0);
            if (!ref.isEmpty())
                set(p.dbUser, QStringLiteral("postgres.") + ref, "db_user");
        }
        if (c.sslMode)
            set(p.sslMode, *c.sslMode, "ssl_mode");
        if (c.sslRootCert)
            set(p.sslRootCert, *c.sslRootCert, "ssl_root_cert");
        if (c.campaignBaseUrl)
            set(p.campaignBaseUrl, *c.campaignBaseUrl, "campaign_base_url");
        if (c.providers)
            set(p.oauthProviders, *c.providers, "oauth_providers");
        if (c.oauthPort)
            set(p.oauthRedirectPort, *c.oauthPort, "oauth_port");
    }

    void addOrEdit(bool add)
    {
        // Reading first also finds a keychain that cannot be used before anything is written.
        m_store.load(m_id, &m_context, [this, add](const Profile& loaded, const AuthError& e) {
            if (e) {
                end(keychainFailure(tr("The keychain cannot be used, so nothing was saved: %1")
                                        .arg(e.userMessage()),
                                    e));
                return;
            }
            // A new profile starts empty, even if an earlier one of that id left keys behind.
            Profile before = add ? m_store.profile(m_id) : loaded;
            if (add) {
                before.anonKey.clear();
                before.dbPassword.clear();
            }
            Profile p = before;
            QStringList changed;
            apply(p, &changed);

            // Checked before asking for the secrets, with stand-ins for those still to come.
            Profile check = p;
            if (m_changes.anonKey)
                check.anonKey = QStringLiteral("(from standard input)");
            if (const QList<Profile::Problem> problems = check.fieldProblems();
                !problems.isEmpty()) {
                m_cli.setErrorDetails(
                    {{QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("problems"), problemsJson(problems)}}}});
                end(m_cli.fail((add ? tr("Profile '%1' would not be complete, so it was not "
                                         "added:")
                                    : tr("Profile '%1' would not be complete, so nothing was "
                                         "changed:"))
                                       .arg(m_id) +
                                   QLatin1Char('\n') + problemsText(problems),
                               ExitUsage, QStringLiteral("invalid_profile")));
                return;
            }

            // Secrets: one line each, the anon key first.
            if (m_changes.anonKey) {
                bool ok = false;
                const QString key =
                    readSecret(tr("Anon or publishable key for '%1': ").arg(m_id), &ok).trimmed();
                if (key.isEmpty()) {
                    end(m_cli.fail(tr("No anon key on standard input: --anon-key-stdin reads "
                                      "it as one line.")));
                    return;
                }
                if (key != p.anonKey)
                    changed << QStringLiteral("anon_key");
                p.anonKey = key;
            }
            if (m_changes.dbPassword) {
                bool ok = false;
                const QString password =
                    readSecret(tr("Database password for '%1': ").arg(m_id), &ok);
                if (password.isEmpty()) {
                    end(m_cli.fail(tr("No database password on standard input: "
                                      "--db-password-stdin reads it as one line (after the anon "
                                      "key when both are given).")));
                    return;
                }
                if (password != p.dbPassword)
                    changed << QStringLiteral("db_password");
                p.dbPassword = password;
            }
            save(add, before, p, changed);
        });
    }

    void save(bool add, const Profile& before, const Profile& p, const QStringList& changed)
    {
        m_store.save(p, &m_context, [this, add, before, p, changed](const AuthError& e) {
            if (e) {
                // Not half a profile: the settings go back to what they were.
                if (add)
                    m_store.removeSettings(p.id);
                else
                    m_store.saveSettings(before);
                end(keychainFailure(tr("The keychain failed, so the profile's settings were "
                                       "left as they were: %1")
                                        .arg(e.userMessage()),
                                    e));
                return;
            }
            const bool use = m_p.isSet(QStringLiteral("use"));
            if (use)
                m_store.setCurrentId(p.id);
            if (m_cli.json()) {
                QJsonObject o = profileJson(p, true);
                o.insert(QStringLiteral("added"), add);
                o.insert(QStringLiteral("changed"), QJsonArray::fromStringList(changed));
                m_cli.printJson(QJsonDocument(o));
                end(ExitOk);
                return;
            }
            QTextStream& out = m_cli.out();
            QStringList labels;
            for (const QString& field : changed)
                labels << fieldLabel(field);
            if (add)
                out << tr("Added profile %1.").arg(titled(p));
            else if (changed.isEmpty())
                out << tr("Profile %1: nothing changed.").arg(titled(p));
            else
                out << tr("Saved profile %1; changed: %2.")
                           .arg(titled(p), labels.join(QStringLiteral(", ")));
            out << Qt::endl;
            if (!p.isSandbox()) {
                out << tr("Supabase: %1; database: %2 (%3, TLS %4).")
                           .arg(p.supabaseUrl.toString(), databaseText(p), modeText(p), p.sslMode)
                    << Qt::endl;
                out << (p.dbPassword.isEmpty()
                            ? tr("The anon key is in the keychain; no database password is "
                                 "stored.")
                            : tr("The anon key and the database password are in the keychain."))
                    << Qt::endl;
            }
            if (use)
                out << tr("It is the current profile now: the dashboard opens it next time.")
                    << Qt::endl;
            end(ExitOk);
        });
    }

    // ---- remove and reset -------------------------------------------------------------------

    int checkRemoveOrReset(bool reset)
    {
        m_reset = reset;
        if (!m_store.ids().contains(m_id))
            return unknownProfile();
        if (!reset && builtin(m_id))
            return usage(tr("'%1' is built in and cannot be removed; `limitless profile reset %1` "
                            "clears its settings and keys.")
                             .arg(m_id));
        if (reset && !builtin(m_id))
            return usage(
                tr("'%1' is not built in: `limitless profile remove %1` removes it.").arg(m_id));
        // The dashboard opens the current profile: taking it away needs a yes. Resetting the
        // sandbox's name leaves it usable.
        m_wasCurrent = m_store.currentId() == m_id;
        if (m_wasCurrent && m_id != kSandbox && !m_p.isSet(QStringLiteral("yes")))
            return usage(
                (reset ? tr("'%1' is the current profile; choose another first (`limitless "
                            "profile use ID`), or add --yes to reset it and switch to the local "
                            "sandbox.")
                       : tr("'%1' is the current profile; choose another first (`limitless "
                            "profile use ID`), or add --yes to remove it and switch to the local "
                            "sandbox."))
                    .arg(m_id));
        return ExitOk;
    }

    void removeOrReset()
    {
        m_store.load(m_id, &m_context, [this](const Profile& p, const AuthError& e) {
            if (e) {
                end(keychainFailure(tr("The keychain cannot be used, so nothing was removed: %1")
                                        .arg(e.userMessage()),
                                    e));
                return;
            }
            signOutFirst(p);
        });
    }

    // The session of the profile's project would outlive the profile in the keychain, with
    // nothing left to end it: it is signed out first (as `auth logout` does: here at once, then
    // the server), unless another profile uses the same project.
    void signOutFirst(const Profile& p)
    {
        const QString project = p.isSandbox() ? QString() : projectKey(p.supabaseUrl);
        if (project.isEmpty()) {
            forget(false, {});
            return;
        }
        for (const QString& other : m_store.ids()) {
            if (other != m_id && projectKey(m_store.profile(other).supabaseUrl) == project) {
                m_sharedWith = other;
                forget(false, {});
                return;
            }
        }
        auto client = std::make_unique<auth::AuthClient>(p.supabaseUrl, p.anonKey);
        client->setTimeout(SignOutTimeoutMs);
        m_manager = std::make_unique<auth::SessionManager>(std::move(client), &m_keychain);
        m_manager->setWatchSystemEvents(false);
        m_manager->setRefreshMargin(0); // no refresh of a session that is about to go
        auth::SessionManager* m = m_manager.get();
        auto started = std::make_shared<bool>(false);
        QObject::connect(m, &auth::SessionManager::warning, &m_context,
                         [this](const QString& text) { m_cli.err() << text << Qt::endl; });
        QObject::connect(m, &auth::SessionManager::signedIn, &m_context, [m, started] {
            *started = true;
            m->signOut(auth::SessionManager::Scope::Local);
        });
        QObject::connect(m, &auth::SessionManager::signedOut, &m_context,
                         [this, started](const QString& reason) {
                             if (*started)
                                 return;
                             if (!reason.isEmpty()) {
                                 end(keychainFailure(tr("The keychain cannot be used, so "
                                                        "nothing was removed: %1")
                                                         .arg(reason),
                                                     AuthError::make(AuthError::Kind::Keychain)));
                                 return;
                             }
                             forget(false, {}); // no session stored
                         });
        QObject::connect(m, &auth::SessionManager::signOutFinished, &m_context,
                         [this](const AuthError& serverError) { forget(true, serverError); });
        m->restore(/*refreshNow=*/false);
    }

    void forget(bool signedOut, const AuthError& serverError)
    {
        m_store.remove(m_id, &m_context, [this, signedOut, serverError](const AuthError& e) {
            QJsonObject o{{QStringLiteral("id"), m_id},
                          {m_reset ? QStringLiteral("reset") : QStringLiteral("removed"), !e},
                          {QStringLiteral("signed_out"), signedOut},
                          {QStringLiteral("server_told"),
                           signedOut ? QJsonValue(!serverError) : QJsonValue()}};
            if (!m_sharedWith.isEmpty())
                o.insert(QStringLiteral("session_kept_for"), m_sharedWith);
            if (e) {
                o.insert(QStringLiteral("current"), m_store.currentId());
                end(keychainFailure(
                    (signedOut ? tr("Signed out of the profile's project, but the keychain failed "
                                    "to remove the profile's keys, so its settings were kept; "
                                    "run the command again: %1")
                               : tr("The keychain failed to remove the profile's keys, so its "
                                    "settings were kept; run the command again: %1"))
                        .arg(e.userMessage()),
                    e, o));
                return;
            }
            if (m_wasCurrent && m_id != kSandbox)
                m_store.setCurrentId(kSandbox);
            o.insert(QStringLiteral("current"), m_store.currentId());
            if (m_cli.json()) {
                m_cli.printJson(QJsonDocument(o));
                end(ExitOk);
                return;
            }
            QTextStream& out = m_cli.out();
            if (signedOut)
                out << (serverError
                            ? tr("Signed out of its project on this computer; the server could "
                                 "not be told: %1")
                                  .arg(serverError.userMessage())
                            : tr("Signed out of its project first."))
                    << Qt::endl;
            else if (!m_sharedWith.isEmpty())
                out << tr("Its project's session stays: profile '%1' uses the same project.")
                           .arg(m_sharedWith)
                    << Qt::endl;
            out << (m_reset ? tr("Reset profile '%1': its settings and its keys in the keychain "
                                 "are gone.")
                            : tr("Removed profile '%1' with its keys in the keychain."))
                       .arg(m_id)
                << Qt::endl;
            if (m_wasCurrent && m_id != kSandbox)
                out << tr("The current profile is the local sandbox now.") << Qt::endl;
            end(ExitOk);
        });
    }

    // ---- use --------------------------------------------------------------------------------

    void use()
    {
        m_store.setCurrentId(m_id);
        // Whether it can be used: the dashboard would say so next time; say it now.
        m_store.load(m_id, &m_context, [this](const Profile& p, const AuthError& e) {
            QJsonObject o = profileJson(p, !e);
            QTextStream& out = m_cli.out();
            if (!m_cli.json())
                out << tr("The current profile is %1 now: the dashboard opens it next time, "
                          "and `limitless auth` uses it without --profile.")
                           .arg(titled(p))
                    << Qt::endl;
            const QList<Profile::Problem> problems =
                e ? QList<Profile::Problem>() : p.fieldProblems();
            if (e)
                m_cli.err() << tr("Its keys could not be checked: %1").arg(e.userMessage())
                            << Qt::endl;
            else if (!problems.isEmpty())
                m_cli.err() << tr("It is not complete yet; `limitless profile edit %1` with these "
                                  "options completes it:")
                                   .arg(m_id)
                            << '\n'
                            << problemsText(problems) << Qt::endl;
            if (m_cli.json())
                m_cli.printJson(QJsonDocument(o));
            end(ExitOk);
        });
    }

    Cli& m_cli;
    QCommandLineParser& m_p;
    auth::KeychainStore m_keychain;
    auth::ProfileStore m_store;
    QObject m_context;
    std::unique_ptr<auth::SessionManager> m_manager;
    int m_exit = ExitOk;
    QString m_id;
    Changes m_changes;
    QList<QPair<Profile, bool>> m_entries; // list: each profile, and whether its keys were read
    AuthError m_keychainError;
    bool m_reset = false;
    bool m_wasCurrent = false;
    QString m_sharedWith;
};

} // namespace

int runProfile(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless profile"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(
        tr("Lists and sets up the profiles the dashboard and `limitless auth` sign in to: the "
           "built-in local sandbox, production and staging, and profiles you add. Settings are "
           "shared with the dashboard; the anon key and the database password go to the system "
           "keychain, read from standard input (or asked without echo on a terminal), never from "
           "the command line, and are never printed.\n\n"
           "Actions:\n"
           "  list                   every profile, the current one marked *\n"
           "  add ID --supabase-url URL [options]\n"
           "                         a new profile (complete: URL, anon key, database, TLS)\n"
           "  edit ID [options]      change what is given, nothing else\n"
           "  remove ID [--yes]      delete a profile you added, with its keys\n"
           "  reset ID [--yes]       clear a built-in profile's settings and keys\n"
           "  use ID                 make it the current profile\n\n"
           "remove and reset sign out of the profile's project first, unless another profile uses "
           "the same project. Taking away the current profile needs --yes, and the local sandbox "
           "becomes current. The sandbox cannot be removed, and only its --name and "
           "--campaign-base-url can be changed.\n\n"
           "Example (then type the key and the password, or pipe them in, one line each):\n"
           "  limitless profile add acme --supabase-url https://<project>.supabase.co \\\n"
           "    --db-url 'postgresql://postgres@db.<project>.supabase.co:5432/postgres"
           "?sslmode=verify-full&sslrootcert=/path/to/prod-ca-2021.crt' \\\n"
           "    --anon-key-stdin --db-password-stdin --use\n\n"
           "Exit codes: 0 done, 1 failed (the keychain, an existing or unknown id), 2 wrong usage "
           "or an incomplete profile (nothing was saved). With --json, error codes: usage, "
           "invalid_profile (with \"problems\"), exists, not_found, keychain."));
    p.addPositionalArgument(QStringLiteral("action"),
                            tr("list | add | edit | remove | reset | use"));
    p.addPositionalArgument(QStringLiteral("id"), tr("The profile's id."), QStringLiteral("[ID]"));
    p.addOption(
        {QStringLiteral("name"), tr("Display name (default: the id)."), QStringLiteral("name")});
    p.addOption({QStringLiteral("supabase-url"),
                 tr("The project's URL, https://<project>.supabase.co."), QStringLiteral("url")});
    p.addOption({QStringLiteral("db-url"),
                 tr("The database as postgresql://user@host:port/database?sslmode=…&sslrootcert=… "
                    "(no password: see --db-password-stdin). Parts left out take the defaults "
                    "(user postgres, port 5432, database postgres); the options below override "
                    "its parts."),
                 QStringLiteral("url")});
    p.addOption({QStringLiteral("db-host"),
                 tr("Database host: db.<project>.supabase.co (direct) or "
                    "aws-0-<region>.pooler.supabase.com (session pooler)."),
                 QStringLiteral("host")});
    p.addOption({QStringLiteral("db-port"),
                 tr("Database port (default 5432; 6543, the transaction pooler, is refused)."),
                 QStringLiteral("port")});
    p.addOption({QStringLiteral("db-name"), tr("Database name (default postgres)."),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("db-user"),
                 tr("Database user (default postgres; postgres.<project> on the session pooler)."),
                 QStringLiteral("user")});
    p.addOption({QStringLiteral("ssl-mode"),
                 tr("TLS: verify-full (default), verify-ca, require or disable (local databases "
                    "only)."),
                 QStringLiteral("mode")});
    p.addOption({QStringLiteral("ssl-root-cert"),
                 tr("The database's CA certificate file, needed by verify-full and verify-ca "
                    "(Supabase: Database settings → SSL configuration)."),
                 QStringLiteral("file")});
    p.addOption(
        {QStringLiteral("pooler"), tr("The database is Supabase's session pooler (the user becomes "
                                      "postgres.<project> unless --db-user says otherwise).")});
    p.addOption({QStringLiteral("direct"), tr("The database is a direct connection (default).")});
    p.addOption({QStringLiteral("campaign-base-url"),
                 tr("Base URL of the campaign links ('' for the default)."),
                 QStringLiteral("url")});
    p.addOption({QStringLiteral("oauth-providers"),
                 tr("Browser sign-in providers, e.g. google,github (default), '' for none."),
                 QStringLiteral("list")});
    p.addOption({QStringLiteral("oauth-port"),
                 tr("Port of the browser sign-in's http://127.0.0.1:<port>/callback (default 0: "
                    "any free port)."),
                 QStringLiteral("port")});
    p.addOption({QStringLiteral("anon-key-stdin"),
                 tr("Read the anon or publishable key from standard input (one line).")});
    p.addOption({QStringLiteral("db-password-stdin"),
                 tr("Read the database password from standard input (one line, after the anon "
                    "key when both are given).")});
    p.addOption({QStringLiteral("use"), tr("With add or edit: make it the current profile too.")});
    p.addOption(
        {QStringLiteral("yes"), tr("With remove or reset: also when it is the current profile.")});
    cli.addCommonOptions(/*withDb=*/false);
    cli.setMaxPositional(2);
    if (!cli.parse(args))
        return cli.exitCode();

    static const QStringList actions{QStringLiteral("list"),  QStringLiteral("add"),
                                     QStringLiteral("edit"),  QStringLiteral("remove"),
                                     QStringLiteral("reset"), QStringLiteral("use")};
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (!actions.contains(action))
        return cli.fail(action.isEmpty()
                            ? tr("Say what to do: list, add, edit, remove, reset or use.")
                            : tr("Unknown action '%1': list, add, edit, remove, reset or use.")
                                  .arg(terminalSafe(action.left(100))),
                        ExitUsage);
    const bool list = action == QLatin1String("list");
    if (list && pos.size() > 1)
        return cli.fail(tr("list takes no profile id."), ExitUsage);
    if (!list && pos.size() < 2)
        return cli.fail(tr("Name the profile: `limitless profile %1 ID`.").arg(action), ExitUsage);
    // Options that belong to other actions are refused rather than ignored.
    const bool changes = action == QLatin1String("add") || action == QLatin1String("edit");
    for (const QString& option : kChangeOptions) {
        if (!changes && p.isSet(option))
            return cli.fail(tr("--%1 goes with add or edit only.").arg(option), ExitUsage);
    }
    if (p.isSet(QStringLiteral("yes")) && action != QLatin1String("remove") &&
        action != QLatin1String("reset"))
        return cli.fail(tr("--yes goes with remove or reset only."), ExitUsage);
    if (action == QLatin1String("add") && !p.isSet(QStringLiteral("supabase-url")))
        return cli.fail(tr("add needs --supabase-url (and --anon-key-stdin and the database); "
                           "`limitless profile --help` shows an example."),
                        ExitUsage);

    ProfileCommand command(cli);
    return command.run(action, pos.value(1));
}

} // namespace limitless::cli
