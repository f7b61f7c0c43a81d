#include "db/PgConnection.h"

#include "core/Logging.h"
#include "db/PgValue.h"

#include <QCoreApplication>

#include <openssl/crypto.h>

#include <vector>

namespace limitless::db {

namespace {

// libpq hashes passwords (SCRAM) and encrypts connections with OpenSSL, which by default frees its
// global state in an atexit() handler. A thread that used OpenSSL frees its own part in a
// thread-exit handler, and QThread::wait() returns before that handler has run: a worker ending
// as the process exits ran into the freed state and crashed. Asked before anything initialises
// OpenSSL (this runs before main()), OpenSSL keeps its state until the process is gone.
[[maybe_unused]] const bool g_openSslKeptUntilExit =
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;

struct Params {
    std::vector<QByteArray> storage;
    std::vector<const char*> values;
    std::vector<int> lengths;
    std::vector<int> formats;

    explicit Params(const QVariantList& params)
    {
        storage.reserve(size_t(params.size()));
        for (const QVariant& p : params) {
            bool binary = false;
            storage.push_back(PgValue::toText(p, &binary));
            const QByteArray& b = storage.back();
            values.push_back(b.isNull() ? nullptr : b.constData());
            lengths.push_back(int(b.size()));
            formats.push_back(binary ? 1 : 0);
        }
    }
    int count() const { return int(values.size()); }
};

QString fieldOf(const PGresult* r, int code)
{
    const char* v = PQresultErrorField(r, code);
    return v ? QString::fromUtf8(v) : QString();
}

} // namespace

QString PgConnection::connectionStringProblem(const QString& conninfo)
{
    const QString text = conninfo.trimmed();
    if (text.isEmpty())
        return QCoreApplication::translate("PgConnection", "it is empty");
    const bool uri = text.startsWith(QLatin1String("postgresql://")) ||
                     text.startsWith(QLatin1String("postgres://"));
    if (!uri && (text.contains(QLatin1String("://")) || !text.contains(QLatin1Char('='))))
        return QCoreApplication::translate("PgConnection",
                                           "neither a postgresql:// URL nor key=value pairs");
    char* message = nullptr;
    PQconninfoOption* options = PQconninfoParse(text.toUtf8().constData(), &message);
    if (options) {
        PQconninfoFree(options);
        return {};
    }
    // libpq's reason names the offending part (an unknown option, a bad port…).
    QString reason = message ? QString::fromUtf8(message).trimmed()
                             : QCoreApplication::translate("PgConnection", "libpq cannot read it");
    PQfreemem(message);
    return reason;
}

std::unique_ptr<PgConnection> PgConnection::open(const QString& conninfo, DbError* error,
                                                 int connectTimeoutSeconds)
{
    // Keyword/value arrays so that a timeout and application_name can be added to either
    // URL or key=value input without string concatenation.
    const QByteArray info = conninfo.toUtf8();
    const QByteArray timeout = QByteArray::number(connectTimeoutSeconds);
    const char* keys[] = {"dbname", "connect_timeout", "application_name", nullptr};
    const char* values[] = {info.constData(), timeout.constData(), "limitless", nullptr};
    PgConnPtr conn(PQconnectdbParams(keys, values, /*expand_dbname=*/1));
    if (!conn) {
        if (error)
            *error = DbError::client(QStringLiteral("out of memory creating a connection"));
        return nullptr;
    }
    if (PQstatus(conn.get()) != CONNECTION_OK) {
        if (error)
            *error = DbError::fromConnectionFailure(QString::fromUtf8(PQerrorMessage(conn.get())));
        return nullptr;
    }
    std::unique_ptr<PgConnection> c(new PgConnection(std::move(conn)));
    // Timestamps in the seed have no zone: treat them as UTC on both sides.
    c->execScript(QStringLiteral("SET TIME ZONE 'UTC'; SET DateStyle = 'ISO, YMD'; "
                                 "SET IntervalStyle = 'iso_8601'; SET extra_float_digits = 3"));
    c->loadTypeOids();
    return c;
}

PgConnection::PgConnection(PgConnPtr conn) : m_conn(std::move(conn)) {}

PgConnection::~PgConnection() = default;

void PgConnection::loadTypeOids()
{
    const QueryResult r =
        exec(QStringLiteral("select oid from pg_type where typname = 'vector' limit 1"));
    m_vectorOid = r.ok() && r.rowCount() ? Oid(r.scalar().toLongLong()) : 0;
}

bool PgConnection::isOk() const
{
    return m_conn && PQstatus(m_conn.get()) == CONNECTION_OK;
}

int PgConnection::serverVersion() const
{
    return PQserverVersion(m_conn.get());
}

QString PgConnection::serverVersionString() const
{
    const char* v = PQparameterStatus(m_conn.get(), "server_version");
    return v ? QString::fromUtf8(v) : QString();
}

PgCancelPtr PgConnection::cancelHandle() const
{
    return PgCancelPtr(PQgetCancel(m_conn.get()));
}

PGTransactionStatusType PgConnection::transactionStatus() const
{
    return PQtransactionStatus(m_conn.get());
}

DbError PgConnection::connectionError() const
{
    DbError e;
    e.kind = DbError::Kind::ConnectionLost;
    e.message = QString::fromUtf8(PQerrorMessage(m_conn.get())).trimmed();
    if (e.message.isEmpty())
        e.message = QStringLiteral("connection lost");
    return e;
}

DbError PgConnection::errorFromResult(const PGresult* r) const
{
    if (!r)
        return connectionError();
    const QString state = fieldOf(r, PG_DIAG_SQLSTATE);
    if (state.isEmpty()) {
        // No SQLSTATE: libpq-side failure, typically the socket closed under us.
        DbError e = PQstatus(m_conn.get()) == CONNECTION_OK
                        ? DbError::client(QString::fromUtf8(PQresultErrorMessage(r)).trimmed())
                        : connectionError();
        if (e.message.isEmpty())
            e.message = QString::fromUtf8(PQerrorMessage(m_conn.get())).trimmed();
        return e;
    }
    DbError e = DbError::fromSqlState(state, fieldOf(r, PG_DIAG_MESSAGE_PRIMARY));
    e.detail = fieldOf(r, PG_DIAG_MESSAGE_DETAIL);
    e.hint = fieldOf(r, PG_DIAG_MESSAGE_HINT);
    e.constraint = fieldOf(r, PG_DIAG_CONSTRAINT_NAME);
    e.table = fieldOf(r, PG_DIAG_TABLE_NAME);
    return e;
}

QueryResult PgConnection::convert(PGresult* r) const
{
    QueryResult out;
    const ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_SINGLE_TUPLE &&
        st != PGRES_PIPELINE_SYNC && st != PGRES_COPY_IN) {
        if (st == PGRES_PIPELINE_ABORTED) {
            out.error = DbError::client(
                QStringLiteral("not executed: an earlier statement in the batch failed"));
            return out;
        }
        out.error = errorFromResult(r);
        return out;
    }
    out.commandTag = QString::fromUtf8(PQcmdStatus(r));
    out.affectedRows = QByteArray(PQcmdTuples(r)).toLongLong();
    const int nf = PQnfields(r);
    const int nt = PQntuples(r);
    out.columns.reserve(nf);
    std::vector<Oid> types(static_cast<size_t>(nf));
    for (int f = 0; f < nf; ++f) {
        out.columns << QString::fromUtf8(PQfname(r, f));
        types[size_t(f)] = PQftype(r, f);
    }
    out.rows.reserve(nt);
    for (int t = 0; t < nt; ++t) {
        QVector<QVariant> row;
        row.reserve(nf);
        for (int f = 0; f < nf; ++f) {
            if (PQgetisnull(r, t, f))
                row.append(QVariant());
            else if (PQfformat(r, f) == 1)
                row.append(PgValue::fromBinary(PQgetvalue(r, t, f), PQgetlength(r, t, f),
                                               types[size_t(f)], m_vectorOid));
            else
                row.append(PgValue::fromText(PQgetvalue(r, t, f), PQgetlength(r, t, f),
                                             types[size_t(f)], m_vectorOid));
        }
        out.rows.append(std::move(row));
    }
    return out;
}

QueryResult PgConnection::exec(const Statement& s)
{
    return run(s, false);
}

QueryResult PgConnection::execBinary(const Statement& s)
{
    return run(s, true);
}

QueryResult PgConnection::run(const Statement& s, bool binaryResults)
{
    const Params p(s.params);
    const QByteArray sql = s.sql.toUtf8();
    PgResultPtr r(PQexecParams(m_conn.get(), sql.constData(), p.count(), nullptr, p.values.data(),
                               p.lengths.data(), p.formats.data(), binaryResults ? 1 : 0));
    return convert(r.get());
}

QueryResult PgConnection::execScript(const QString& sql)
{
    // PQexec returns only the last result; earlier failures stop the script and are reported
    // by that last result.
    PgResultPtr r(PQexec(m_conn.get(), sql.toUtf8().constData()));
    return convert(r.get());
}

QList<QueryResult> PgConnection::execPipeline(const QList<Statement>& statements)
{
    QList<QueryResult> results;
    PGconn* c = m_conn.get();
    auto failAll = [&](const DbError& e) {
        while (results.size() < statements.size()) {
            QueryResult q;
            q.error = e;
            results.append(q);
        }
        return results;
    };
    if (statements.isEmpty())
        return results;
    if (PQenterPipelineMode(c) != 1)
        return failAll(connectionError());
    for (const Statement& s : statements) {
        const Params p(s.params);
        const QByteArray sql = s.sql.toUtf8();
        if (PQsendQueryParams(c, sql.constData(), p.count(), nullptr, p.values.data(),
                              p.lengths.data(), p.formats.data(), 0) != 1) {
            const DbError e = connectionError();
            PQexitPipelineMode(c);
            return failAll(e);
        }
    }
    if (PQpipelineSync(c) != 1) {
        const DbError e = connectionError();
        return failAll(e);
    }
    // Each statement yields its result followed by a NULL; the sync yields PGRES_PIPELINE_SYNC.
    while (results.size() < statements.size()) {
        PgResultPtr r(PQgetResult(c));
        if (!r) {
            if (PQstatus(c) != CONNECTION_OK)
                return failAll(connectionError());
            continue;
        }
        results.append(convert(r.get()));
        // Drain to the NULL that ends this statement's results.
        while (PgResultPtr extra{PQgetResult(c)}) {
            if (PQresultStatus(extra.get()) == PGRES_PIPELINE_SYNC)
                break;
        }
    }
    // The sync marker.
    for (;;) {
        PgResultPtr r(PQgetResult(c));
        if (!r) {
            if (PQstatus(c) != CONNECTION_OK)
                break;
            continue;
        }
        if (PQresultStatus(r.get()) == PGRES_PIPELINE_SYNC)
            break;
    }
    PQexitPipelineMode(c);
    return results;
}

DbError PgConnection::copyIn(const QString& copySql,
                             const std::function<bool(QByteArray&)>& producer)
{
    PGconn* c = m_conn.get();
    {
        PgResultPtr r(PQexec(c, copySql.toUtf8().constData()));
        if (!r || PQresultStatus(r.get()) != PGRES_COPY_IN)
            return errorFromResult(r.get());
    }
    QByteArray chunk;
    bool more = true;
    while (more) {
        chunk.clear();
        more = producer(chunk);
        if (!chunk.isEmpty() && PQputCopyData(c, chunk.constData(), int(chunk.size())) != 1) {
            PQputCopyEnd(c, "client failed to send data");
            break;
        }
    }
    if (PQputCopyEnd(c, nullptr) != 1)
        return connectionError();
    DbError err;
    while (PgResultPtr r{PQgetResult(c)}) {
        if (PQresultStatus(r.get()) != PGRES_COMMAND_OK && !err)
            err = errorFromResult(r.get());
    }
    return err;
}

QList<QPair<QString, QString>> PgConnection::takeNotifications()
{
    QList<QPair<QString, QString>> out;
    PQconsumeInput(m_conn.get());
    while (PGnotify* n = PQnotifies(m_conn.get())) {
        out.append({QString::fromUtf8(n->relname), QString::fromUtf8(n->extra)});
        PQfreemem(n);
    }
    return out;
}

} // namespace limitless::db
