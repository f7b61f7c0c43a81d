#pragma once

#include "db/DbError.h"
#include "db/QueryResult.h"
#include "db/Statement.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

#include <libpq-fe.h>

namespace limitless::db {

struct PgConnDeleter {
    void operator()(PGconn* c) const { PQfinish(c); }
};
struct PgResultDeleter {
    void operator()(PGresult* r) const { PQclear(r); }
};
struct PgCancelDeleter {
    void operator()(PGcancel* c) const { PQfreeCancel(c); }
};
using PgConnPtr = std::unique_ptr<PGconn, PgConnDeleter>;
using PgResultPtr = std::unique_ptr<PGresult, PgResultDeleter>;
using PgCancelPtr = std::unique_ptr<PGcancel, PgCancelDeleter>;

// A blocking libpq connection, used from exactly one thread at a time: by the CLI directly,
// and by the asynchronous Database inside its worker thread. Always parameterised.
class PgConnection {
public:
    // Opens a connection from a URL or key=value string. On failure returns nullptr and
    // fills *error with a classified DbError.
    static std::unique_ptr<PgConnection> open(const QString& conninfo, DbError* error,
                                              int connectTimeoutSeconds = 10);
    // Why `conninfo` is not a connection string, or empty when it is one: a postgresql:// or
    // postgres:// URL, or key=value pairs, that libpq can parse. libpq itself would take any
    // other text as a database name on the default socket and fail later with a misleading
    // "cannot reach the server".
    static QString connectionStringProblem(const QString& conninfo);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    QueryResult exec(const Statement& statement);
    // The same with every column in binary format, for bulk reads of embeddings (no decimal
    // text to parse). Only text-like columns, float4 arrays and pgvector's vector decode; other
    // types come back invalid (PgValue::fromBinary).
    QueryResult execBinary(const Statement& statement);
    QueryResult exec(const QString& sql, const QVariantList& params = {})
    {
        return exec(Statement{sql, params});
    }
    // Runs several statements in one round trip (libpq pipeline mode). The results come back
    // in order; after the first error the rest carry the error as well (pipeline aborted).
    QList<QueryResult> execPipeline(const QList<Statement>& statements);
    // Runs a multi-statement script with the simple query protocol (DDL, no parameters).
    QueryResult execScript(const QString& sql);
    // COPY … FROM STDIN: `producer` fills the buffer with the next chunk and returns false when
    // there is no more data.
    DbError copyIn(const QString& copySql, const std::function<bool(QByteArray&)>& producer);

    bool isOk() const;
    PGconn* raw() const { return m_conn.get(); }
    int serverVersion() const;
    QString serverVersionString() const;
    Oid vectorOid() const { return m_vectorOid; }
    PgCancelPtr cancelHandle() const;
    // The last result's transaction status (PQTRANS_IDLE etc.).
    PGTransactionStatusType transactionStatus() const;
    // Lists to no-ops: consumes pending input and returns queued notifications.
    QList<QPair<QString, QString>> takeNotifications();

    // Converts a libpq result into a QueryResult (used by the listener too).
    QueryResult convert(PGresult* result) const;
    DbError errorFromResult(const PGresult* result) const;
    DbError connectionError() const;

private:
    explicit PgConnection(PgConnPtr conn);
    void loadTypeOids();
    QueryResult run(const Statement& statement, bool binaryResults);

    PgConnPtr m_conn;
    Oid m_vectorOid = 0;
};

} // namespace limitless::db
