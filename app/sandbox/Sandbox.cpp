#include "sandbox/Sandbox.h"

#include "core/Logging.h"
#include "db/Migrator.h"
#include "db/PgConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace limitless::sandbox {

using db::DbError;

namespace {

const QString kDatabase = QStringLiteral("limitless");
const QString kOwnerEmail = QStringLiteral("owner@limitless.local");
// The login roles the sandbox's URLs use; each gets a generated password.
const QStringList kLoginRoles{QStringLiteral("postgres"), QStringLiteral("limitless_app")};
// What the sandbox makes in its directory; reset() deletes these and nothing else.
const QString kMarker = QStringLiteral(".limitless-sandbox");
const QString kPassFile = QStringLiteral("pgpass");
const QStringList kOwnEntries{QStringLiteral("data"),
                              QStringLiteral("socket"),
                              QStringLiteral("sandbox.json"),
                              QStringLiteral("server.log"),
                              kPassFile,
                              kMarker};
// Our own set-up SQL is idempotent (`create … if not exists`): its "already exists, skipping"
// NOTICEs say nothing to the owner. Warnings and errors still come through.
const QString kQuietOptions = QStringLiteral("-c client_min_messages=warning");

DbError sandboxError(const QString& message)
{
    DbError e;
    e.kind = DbError::Kind::Client;
    e.message = message;
    return e;
}

QJsonObject readState(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeState(const QString& path, const QJsonObject& o)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(QJsonDocument(o).toJson());
    return true;
}

int freeLoopbackPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

bool portIsFree(int port)
{
    QTcpServer s;
    return s.listen(QHostAddress::LocalHost, quint16(port));
}

QString randomPassword()
{
    // No look-alike characters: the owner may have to type it.
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    QString pw;
    for (int i = 0; i < 16; ++i)
        pw += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return pw;
}

QString resourceText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString url(int port, const QString& user, const QString& passFile)
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port);
    u.setPath(QLatin1Char('/') + kDatabase);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("sslmode"), QStringLiteral("disable"));
    q.addQueryItem(QStringLiteral("passfile"), passFile);
    u.setQuery(q);
    return u.toString(QUrl::FullyEncoded);
}

// A value in a libpq key=value string: quoted, with \ and ' escaped.
QString conninfoValue(const QString& v)
{
    QString e = v;
    e.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    e.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + e + QLatin1Char('\'');
}

// A name in pg_hba.conf / pg_ident.conf: double-quoted (doubling any double quote).
QString confName(QString name)
{
    name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString userName(uid_t uid)
{
    const passwd* pw = ::getpwuid(uid);
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

// Writes `text` to `path` in place (an existing file keeps its owner: as root that is the
// postgres user, who must read the server's configuration).
bool writeInPlace(const QString& path, const QByteArray& text, QFileDevice::Permissions perms)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.setPermissions(perms);
    return f.write(text) == text.size() && f.flush();
}

QByteArray markerText()
{
    return "This directory is a Limitless OS local sandbox. `limitless sandbox reset` deletes\n"
           "what the sandbox made in it (data, socket, sandbox.json, server.log, pgpass and\n"
           "this file) and nothing else.\n";
}

} // namespace

Sandbox::Sandbox(QString dir) : m_dir(QDir::cleanPath(QDir(dir).absolutePath())) {}

QString Sandbox::defaultDir()
{
    const QString env = qEnvironmentVariable("LIMITLESS_SANDBOX_DIR");
    if (!env.isEmpty())
        return env;
    // As root the server runs as `postgres`, which cannot enter /root.
    if (geteuid() == 0)
        return QStringLiteral("/var/tmp/limitless-sandbox");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/limitless/sandbox");
}

bool Sandbox::asRoot() const
{
    return geteuid() == 0;
}

QString Sandbox::dataDir() const
{
    return m_dir + QStringLiteral("/data");
}

QString Sandbox::socketDir() const
{
    return m_dir + QStringLiteral("/socket");
}

QString Sandbox::stateFile() const
{
    return m_dir + QStringLiteral("/sandbox.json");
}

QString Sandbox::markerFile() const
{
    return m_dir + QLatin1Char('/') + kMarker;
}

QString Sandbox::passFile() const
{
    return m_dir + QLatin1Char('/') + kPassFile;
}

QString Sandbox::serverBinDir()
{
    QProcess p;
    p.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (p.waitForFinished(5000) && p.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    // Debian's pg_config (libpq-dev) points at /usr/bin, which has no initdb: look for the
    // newest installed server.
    QDir base(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = base.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& v : versions) {
        const QString dir = base.filePath(v + QStringLiteral("/bin"));
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    return {};
}

Sandbox::Status Sandbox::status() const
{
    Status st;
    st.dir = m_dir;
    st.exists = QFileInfo(m_dir).isDir();
    const bool cluster = QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION")) &&
                         QFileInfo::exists(stateFile());
    // A directory an earlier version made has no marker, but its state file and PostgreSQL data
    // directory together say what it is; start() adopts it with a marker.
    st.isSandbox = QFileInfo::exists(markerFile()) || cluster;
    st.initialized = st.isSandbox && cluster;
    st.passFile = passFile();
    const QJsonObject state = readState(stateFile());
    st.port = state.value(QStringLiteral("port")).toInt();
    st.ownerEmail = state.value(QStringLiteral("ownerEmail")).toString();
    st.ownerUserId = state.value(QStringLiteral("ownerUserId")).toString();
    st.ownerId = state.value(QStringLiteral("ownerId")).toString();
    if (st.port > 0) {
        st.adminUrl = url(st.port, QStringLiteral("postgres"), st.passFile);
        st.appUrl = url(st.port, QStringLiteral("limitless_app"), st.passFile);
    }
    // Running = postmaster.pid names a live process (no child process needed, so this is cheap
    // enough to call often).
    QFile pidFile(dataDir() + QStringLiteral("/postmaster.pid"));
    if (st.initialized && pidFile.open(QIODevice::ReadOnly)) {
        const qint64 pid = pidFile.readLine().trimmed().toLongLong();
        st.running = pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
        // After a reboot the pid in a stale file may belong to another program.
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (st.running && comm.open(QIODevice::ReadOnly))
            st.running = comm.readAll().startsWith("postgres");
    }
    return st;
}

DbError Sandbox::runTool(const QString& tool, const QStringList& args, QString* output,
                         int timeoutMs) const
{
    const QString bin = serverBinDir();
    if (bin.isEmpty())
        return sandboxError(tr("No PostgreSQL server is installed (initdb not found). Install the "
                               "Debian package 'postgresql' (scripts/install-deps does)."));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir);
    const QString program = bin + QLatin1Char('/') + tool;
    if (asRoot()) {
        // PostgreSQL refuses to run as root: run it as the unprivileged `postgres` user.
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                            program} +
                    args);
    } else {
        p.start(program, args);
    }
    if (!p.waitForStarted(10000))
        return sandboxError(tr("Could not run %1: %2").arg(tool, p.errorString()));
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return sandboxError(tr("%1 did not finish in time.").arg(tool));
    }
    const QString out = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = out;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return sandboxError(
            tr("%1 failed (exit code %2):\n%3").arg(tool).arg(p.exitCode()).arg(out.trimmed()));
    return {};
}

DbError Sandbox::start(const Progress& progress, QString* createdPassword)
{
    auto say = [&](const QString& s) {
        qCInfo(lcSandbox).noquote() << s;
        if (progress)
            progress(s);
    };
    Status st = status();
    if (st.exists && !st.isSandbox) {
        // Never build on (or later delete) files of the same names that the sandbox did not make.
        const QStringList clash =
            QDir(m_dir).entryList(kOwnEntries, QDir::AllEntries | QDir::Hidden);
        if (!clash.isEmpty())
            return sandboxError(tr("%1 is not a sandbox but holds %2; not creating one there. "
                                   "Choose another directory.")
                                    .arg(m_dir, clash.join(QStringLiteral(", "))));
    }
    const bool fresh = !st.initialized;
    if (fresh) {
        if (DbError e = initCluster(say, createdPassword))
            return e;
    } else if (!QFileInfo::exists(markerFile())) {
        // Made by an earlier version: from now on it carries the marker.
        if (!writeInPlace(markerFile(), markerText(), QFile::ReadOwner | QFile::WriteOwner))
            return sandboxError(tr("Cannot write %1.").arg(markerFile()));
    }
    // Access rules and passwords are (re)applied on every start: that is also how a sandbox of
    // an earlier version, which trusted every local user, is locked.
    QMap<QString, QString> passwords;
    if (DbError e = ensurePasswords(&passwords))
        return e;
    if (DbError e = writeAccessRules())
        return e;
    const bool wasRunning = status().running;
    if (!wasRunning) {
        if (DbError e = startServer(say))
            return e;
    }
    // The maintenance connection uses the socket (peer authentication): it works before the
    // roles have passwords, and with the rules of an earlier version still loaded.
    DbError err;
    auto conn = socketConnection(fresh ? QStringLiteral("postgres") : kDatabase, &err);
    if (!conn)
        return err;
    if (fresh) {
        if (DbError e = bootstrap(*conn, say, createdPassword))
            return e;
    } else {
        // auth.sql is idempotent: re-running it brings a cluster created by an older build up to
        // the sign-in functions this build expects.
        const auto auth = conn->execScript(resourceText(QStringLiteral(":/sandbox/sql/auth.sql")));
        if (!auth.ok())
            return auth.error;
        if (DbError e = applyPasswords(*conn, passwords))
            return e;
        if (wasRunning) {
            const auto reload = conn->exec(QStringLiteral("select pg_reload_conf()"));
            if (!reload.ok())
                return reload.error;
        }
        // Reused cluster: bring its schema up to this build.
        QStringList applied;
        if (DbError e = db::Migrator(*conn).migrate(&applied))
            return e;
        // Earlier versions granted LangGraph's tables to every signed-in session.
        const auto revoke = conn->execScript(QStringLiteral(
            "revoke all on checkpoints, checkpoint_blobs, checkpoint_writes from authenticated"));
        if (!revoke.ok())
            return revoke.error;
        if (!applied.isEmpty())
            say(tr("Applied migrations: %1").arg(applied.join(QStringLiteral(", "))));
    }
    say(tr("Sandbox running at %1").arg(status().adminUrl));
    return {};
}

DbError Sandbox::initCluster(const Progress& say, QString*)
{
    if (QFileInfo::exists(dataDir()) && !QDir(dataDir()).isEmpty())
        return sandboxError(tr("%1 exists but holds no complete sandbox; run `limitless sandbox "
                               "reset` to start over.")
                                .arg(dataDir()));
    if (!QDir().mkpath(socketDir()))
        return sandboxError(tr("Cannot create %1.").arg(m_dir));
    ::chmod(QFile::encodeName(m_dir).constData(), 0700);
    // First, so that a half-made sandbox (initdb failed, say) can still be reset.
    if (!writeInPlace(markerFile(), markerText(), QFile::ReadOwner | QFile::WriteOwner))
        return sandboxError(tr("Cannot write %1.").arg(markerFile()));
    if (asRoot()) {
        const passwd* pw = ::getpwnam("postgres");
        if (!pw)
            return sandboxError(tr("Running as root needs the system user 'postgres' (from the "
                                   "Debian package 'postgresql') to run the server."));
        const QStringList paths{m_dir, socketDir()};
        for (const QString& p : paths) {
            if (::chown(QFile::encodeName(p).constData(), pw->pw_uid, pw->pw_gid) != 0)
                return sandboxError(tr("Cannot hand %1 to the postgres user.").arg(p));
        }
        // Every parent must be traversable by postgres.
        QString probe;
        if (DbError e = runTool(QStringLiteral("pg_ctl"), {QStringLiteral("--version")}, &probe))
            return e;
        QProcess test;
        test.start(QStringLiteral("runuser"),
                   {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                    QStringLiteral("test"), QStringLiteral("-w"), m_dir});
        test.waitForFinished(5000);
        if (test.exitCode() != 0)
            return sandboxError(tr("The postgres user cannot write to %1 (is a parent directory "
                                   "private to root?). Choose another directory with --dir or "
                                   "LIMITLESS_SANDBOX_DIR.")
                                    .arg(m_dir));
    }
    say(tr("Creating a PostgreSQL cluster in %1…").arg(dataDir()));
    if (DbError e =
            runTool(QStringLiteral("initdb"),
                    {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"),
                     QStringLiteral("postgres"), QStringLiteral("--auth-local=peer"),
                     QStringLiteral("--auth-host=reject"), QStringLiteral("--encoding=UTF8"),
                     QStringLiteral("--no-instructions"), QStringLiteral("--locale=C.UTF-8")}))
        return e;
    // Loopback only; tuned for a desktop sandbox that also holds the large demo data set.
    QFile conf(dataDir() + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append))
        return sandboxError(tr("Cannot write %1.").arg(conf.fileName()));
    conf.write("\n# limitless sandbox\n"
               "listen_addresses = '127.0.0.1'\n"
               "max_connections = 50\n"
               "shared_buffers = 256MB\n"
               "work_mem = 16MB\n"
               "maintenance_work_mem = 256MB\n"
               "max_wal_size = 4GB\n"
               "synchronous_commit = off\n"
               "timezone = 'UTC'\n"
               "log_min_messages = warning\n");
    conf.close();
    QJsonObject state;
    state.insert(QStringLiteral("port"), freeLoopbackPort());
    if (!writeState(stateFile(), state))
        return sandboxError(tr("Cannot write %1.").arg(stateFile()));
    return {};
}

DbError Sandbox::startServer(const Progress& say)
{
    QJsonObject state = readState(stateFile());
    int port = state.value(QStringLiteral("port")).toInt();
    if (port <= 0 || !portIsFree(port)) {
        port = freeLoopbackPort();
        state.insert(QStringLiteral("port"), port);
        writeState(stateFile(), state);
    }
    // A stale pid file from a crash would block the start; pg_ctl handles that itself.
    say(tr("Starting PostgreSQL on 127.0.0.1:%1…").arg(port));
    const QString logFile = m_dir + QStringLiteral("/server.log");
    return runTool(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), logFile,
                    QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                    QStringLiteral("-o"), QStringLiteral("-p %1 -k %2").arg(port).arg(socketDir()),
                    QStringLiteral("start")});
}

DbError Sandbox::bootstrap(db::PgConnection& admin, const Progress& say, QString* createdPassword)
{
    DbError err;
    {
        const auto exists =
            admin.exec(QStringLiteral("select 1 from pg_database where datname = $1"), {kDatabase});
        if (!exists.ok())
            return exists.error;
        if (exists.rowCount() == 0) {
            const auto r = admin.execScript(QStringLiteral("create database limitless"));
            if (!r.ok())
                return r.error;
        }
    }
    auto conn = socketConnection(kDatabase, &err);
    if (!conn)
        return err;

    say(tr("Creating the auth schema and roles…"));
    const auto auth = conn->execScript(resourceText(QStringLiteral(":/sandbox/sql/auth.sql")));
    if (!auth.ok())
        return auth.error;
    QMap<QString, QString> passwords;
    if (DbError e = ensurePasswords(&passwords))
        return e;
    if (DbError e = applyPasswords(*conn, passwords))
        return e;

    say(tr("Creating LangGraph's checkpoint tables…"));
    const QString ddl = resourceText(QStringLiteral(":/sandbox/sql/langgraph.sql"));
    const QStringList blocks = ddl.split(QRegularExpression(QStringLiteral("^-- v(\\d+)\\s*$"),
                                                            QRegularExpression::MultilineOption));
    // blocks[0] is the header comment; blocks[i] is version i-1.
    for (int v = 0; v + 1 < blocks.size(); ++v) {
        const QString sql = blocks[v + 1].trimmed();
        if (v > 0) {
            const auto done =
                conn->exec(QStringLiteral("select 1 from checkpoint_migrations where v = $1"), {v});
            if (done.ok() && done.rowCount() > 0)
                continue;
        }
        const auto r = conn->execScript(sql);
        if (!r.ok())
            return r.error;
        const auto rec = conn->exec(
            QStringLiteral(
                "insert into checkpoint_migrations (v) values ($1) on conflict do nothing"),
            {v});
        if (!rec.ok())
            return rec.error;
    }
    // No grant on LangGraph's tables to `authenticated`: they are the agent server's, and the
    // dashboard's signed-in sessions read threads through the owner-scoped functions of its
    // additions (limitless.thread_latest…).

    say(tr("Applying migrations…"));
    QStringList applied;
    if (DbError e = db::Migrator(*conn).migrate(&applied))
        return e;

    say(tr("Creating the local owner account…"));
    const QString password = randomPassword();
    const auto user = conn->exec(
        QStringLiteral(
            "insert into auth.users (instance_id, id, aud, role, email, encrypted_password, "
            "email_confirmed_at, raw_app_meta_data, raw_user_meta_data, is_super_admin) "
            "values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', "
            "'authenticated', $1, crypt($2, gen_salt('bf')), now(), "
            "'{\"provider\":\"email\",\"providers\":[\"email\"]}', $3::jsonb, false) "
            "returning id::text"),
        {kOwnerEmail, password, QStringLiteral("{\"name\":\"Alex Rivera\"}")});
    if (!user.ok())
        return user.error;
    const QString userId = user.scalar().toString();
    const auto owner = conn->exec(
        QStringLiteral("insert into owners (email, name, instagram_handle, supabase_user_id) "
                       "values ($1, $2, $3, $4) returning id"),
        {kOwnerEmail, QStringLiteral("Alex Rivera"), QStringLiteral("@alexrivera.growth"), userId});
    if (!owner.ok())
        return owner.error;

    QJsonObject state = readState(stateFile());
    state.insert(QStringLiteral("ownerEmail"), kOwnerEmail);
    state.insert(QStringLiteral("ownerUserId"), userId);
    state.insert(QStringLiteral("ownerId"), owner.scalar().toString());
    if (!writeState(stateFile(), state))
        return sandboxError(tr("Cannot write %1.").arg(stateFile()));
    if (createdPassword)
        *createdPassword = password;
    return {};
}

DbError Sandbox::stop()
{
    const Status st = status();
    if (!st.exists)
        return sandboxError(tr("No sandbox in %1: the directory does not exist.").arg(m_dir));
    if (!st.isSandbox)
        return sandboxError(tr("%1 is not a sandbox (it has no %2 file).").arg(m_dir, kMarker));
    if (!st.running)
        return {};
    return runTool(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
                    QStringLiteral("-w"), QStringLiteral("stop")});
}

DbError Sandbox::reset(QStringList* kept)
{
    // Only ever delete a sandbox, and in it only what the sandbox made: never a directory given
    // by mistake, nor what the owner put next to the sandbox's files.
    if (DbError e = stop())
        return e;
    const QStringList entries =
        QDir(m_dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QStringList others;
    for (const QString& e : entries) {
        if (!kOwnEntries.contains(e)) {
            others << e;
            continue;
        }
        const QString path = m_dir + QLatin1Char('/') + e;
        const QFileInfo info(path);
        const bool removed = info.isDir() && !info.isSymLink() ? QDir(path).removeRecursively()
                                                               : QFile::remove(path);
        if (!removed)
            return sandboxError(tr("Could not delete %1.").arg(path));
    }
    if (kept)
        *kept = others;
    if (others.isEmpty() && !QDir().rmdir(m_dir))
        return sandboxError(tr("Could not delete %1.").arg(m_dir));
    return {};
}

std::unique_ptr<db::PgConnection> Sandbox::socketConnection(const QString& database,
                                                            DbError* error) const
{
    const QString info = QStringLiteral("host=%1 port=%2 dbname=%3 user=postgres options=%4")
                             .arg(conninfoValue(socketDir()))
                             .arg(status().port)
                             .arg(conninfoValue(database), conninfoValue(kQuietOptions));
    return db::PgConnection::open(info, error);
}

DbError Sandbox::writeAccessRules() const
{
    // Peer authentication maps the operating-system user who runs the sandbox (and, as root,
    // the postgres user that runs the server) to the sandbox's roles; nobody else gets in on
    // the socket, whose directory only the sandbox's owner can enter anyway.
    QStringList osUsers{userName(::geteuid())};
    if (asRoot())
        osUsers << QStringLiteral("postgres");
    osUsers.removeAll(QString());
    osUsers.removeDuplicates();
    QByteArray ident = "# Written by `limitless sandbox start` on every start.\n"
                       "# MAPNAME  SYSTEM-USERNAME  PG-USERNAME\n";
    for (const QString& os : osUsers) {
        for (const QString& role : kLoginRoles)
            ident += QStringLiteral("limitless %1 %2\n").arg(confName(os), role).toUtf8();
    }
    const QByteArray hba =
        "# Written by `limitless sandbox start` on every start: changes here are replaced.\n"
        "# Unix socket: the operating-system user who runs the sandbox (pg_ident.conf).\n"
        "local all all peer map=limitless\n"
        "# Loopback TCP: a password for every role (SCRAM); the sandbox keeps them in its\n"
        "# pgpass file, readable by its owner only.\n"
        "host all all 127.0.0.1/32 scram-sha-256\n";
    const auto perms = QFile::ReadOwner | QFile::WriteOwner;
    if (!writeInPlace(dataDir() + QStringLiteral("/pg_ident.conf"), ident, perms) ||
        !writeInPlace(dataDir() + QStringLiteral("/pg_hba.conf"), hba, perms))
        return sandboxError(tr("Cannot write the access rules in %1.").arg(dataDir()));
    return {};
}

DbError Sandbox::ensurePasswords(QMap<QString, QString>* passwords) const
{
    // libpq's password file: host:port:database:user:password. Our passwords never contain
    // ':' or '\\', so no field needs escaping.
    QFile f(passFile());
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray& raw : f.readAll().split('\n')) {
            const QList<QByteArray> fields = raw.trimmed().split(':');
            if (fields.size() == 5 && kLoginRoles.contains(QString::fromUtf8(fields[3])))
                passwords->insert(QString::fromUtf8(fields[3]), QString::fromUtf8(fields[4]));
        }
        f.close();
    }
    bool complete = true;
    for (const QString& role : kLoginRoles) {
        if (passwords->value(role).isEmpty()) {
            passwords->insert(role, randomPassword() + randomPassword());
            complete = false;
        }
    }
    const auto perms = QFile::ReadOwner | QFile::WriteOwner;
    if (complete) {
        // Whatever happened to the file's mode, it is the owner's alone again.
        if (!f.setPermissions(perms))
            return sandboxError(tr("Cannot protect %1.").arg(passFile()));
        return {};
    }
    QByteArray text =
        "# The sandbox's database passwords (libpq password file). Keep it private.\n";
    for (const QString& role : kLoginRoles)
        text += QStringLiteral("127.0.0.1:*:*:%1:%2\n").arg(role, passwords->value(role)).toUtf8();
    // Created private: the passwords never sit in a file others may read, not even briefly.
    const mode_t old = ::umask(077);
    const bool ok = writeInPlace(passFile(), text, perms);
    ::umask(old);
    if (!ok)
        return sandboxError(tr("Cannot write %1.").arg(passFile()));
    return {};
}

DbError Sandbox::applyPasswords(db::PgConnection& conn,
                                const QMap<QString, QString>& passwords) const
{
    // ALTER ROLE takes no parameters. The password is hashed here (as psql's \\password does),
    // so the statement carries a SCRAM verifier, never the password, and the verifier's
    // alphabet is checked before it goes into the literal.
    static const QRegularExpression verifierShape(QStringLiteral(
        "^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$"));
    for (const QString& role : kLoginRoles) {
        const QByteArray pw = passwords.value(role).toUtf8();
        const QByteArray user = role.toUtf8();
        char* hashed =
            PQencryptPasswordConn(conn.raw(), pw.constData(), user.constData(), "scram-sha-256");
        if (!hashed)
            return sandboxError(tr("Cannot hash the password of %1: %2")
                                    .arg(role, QString::fromUtf8(PQerrorMessage(conn.raw()))));
        const QString verifier = QString::fromLatin1(hashed);
        PQfreemem(hashed);
        if (!verifierShape.match(verifier).hasMatch())
            return sandboxError(tr("Unexpected password hash for %1.").arg(role));
        // Role names are this file's constants.
        const auto r = conn.execScript(
            QStringLiteral("alter role %1 with login password '%2'").arg(role, verifier));
        if (!r.ok())
            return r.error;
    }
    return {};
}

DbError Sandbox::setOwnerPassword(const QString& password)
{
    const Status st = status();
    if (!st.running)
        return sandboxError(tr("The sandbox is not running."));
    if (password.size() < 8)
        return sandboxError(tr("The password must have at least 8 characters."));
    DbError err;
    auto conn = db::PgConnection::open(st.adminUrl, &err);
    if (!conn)
        return err;
    const auto r = conn->exec(
        QStringLiteral("update auth.users set encrypted_password = crypt($1, gen_salt('bf')), "
                       "updated_at = now() where email = $2"),
        {password, st.ownerEmail});
    if (!r.ok())
        return r.error;
    if (r.affectedRows != 1)
        return sandboxError(tr("The local owner account was not found."));
    return {};
}

} // namespace limitless::sandbox
