#include "db/Claims.h"

#include "db/PgConnection.h"

namespace limitless::db {

QList<QueryResult> execWithClaims(PgConnection& conn, const QList<Statement>& statements,
                                  const QByteArray& claims)
{
    if (claims.isEmpty()) {
        if (statements.size() == 1)
            return {conn.exec(statements.first())};
        // Statements of one pipeline up to its sync run as one implicit transaction.
        return conn.execPipeline(statements);
    }
    QList<Statement> all;
    all.reserve(statements.size() + 4);
    all.append(Statement(QStringLiteral("begin")));
    all.append(Statement(QStringLiteral("select set_config('request.jwt.claims', $1, true)"),
                         {QString::fromUtf8(claims)}));
    all.append(Statement(QStringLiteral("set local role authenticated")));
    all.append(statements);
    all.append(Statement(QStringLiteral("commit")));
    QList<QueryResult> results = conn.execPipeline(all);
    if (conn.isOk() && conn.transactionStatus() != PQTRANS_IDLE)
        conn.execScript(QStringLiteral("rollback"));
    // A failure in the preamble (e.g. the role is missing) is the caller's error too.
    DbError preamble;
    for (int i = 0; i < 3 && i < results.size(); ++i)
        if (!results[i].ok()) {
            preamble = results[i].error;
            break;
        }
    QList<QueryResult> mine = results.mid(3, statements.size());
    if (preamble)
        for (QueryResult& q : mine)
            q.error = preamble;
    // A failed COMMIT (deferred constraint, serialization) fails every statement.
    const QueryResult& commit = results.last();
    if (!preamble && !commit.ok())
        for (QueryResult& q : mine)
            if (q.ok())
                q.error = commit.error;
    return mine;
}

QueryResult execBinaryWithClaims(PgConnection& conn, const Statement& statement,
                                 const QByteArray& claims)
{
    if (claims.isEmpty())
        return conn.execBinary(statement);
    QueryResult r = conn.exec(Statement(QStringLiteral("begin")));
    if (r.ok())
        r = conn.exec(Statement(QStringLiteral("select set_config('request.jwt.claims', $1, true)"),
                                {QString::fromUtf8(claims)}));
    if (r.ok())
        r = conn.exec(Statement(QStringLiteral("set local role authenticated")));
    if (r.ok())
        r = conn.execBinary(statement);
    const QueryResult end =
        conn.exec(Statement(r.ok() ? QStringLiteral("commit") : QStringLiteral("rollback")));
    if (r.ok() && !end.ok())
        r.error = end.error;
    return r;
}

DbError firstError(const QList<QueryResult>& results)
{
    for (const QueryResult& r : results)
        if (!r.ok())
            return r.error;
    return {};
}

} // namespace limitless::db
