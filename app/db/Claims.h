#pragma once

#include "db/QueryResult.h"
#include "db/Statement.h"

#include <QByteArray>
#include <QList>

namespace limitless::db {

class PgConnection;

// Runs `statements` as Supabase runs a signed-in user's request: in one transaction that first
// sets `request.jwt.claims` (the JWT payload, JSON) and `set local role authenticated`, so
// row-level security applies — one round trip for all of it. Returns one result per statement;
// a failed preamble or COMMIT is reported on every statement. Empty `claims`: no wrapping.
QList<QueryResult> execWithClaims(PgConnection& conn, const QList<Statement>& statements,
                                  const QByteArray& claims);

// One statement whose results come back in binary (large arrays: embeddings), in the same
// transaction as execWithClaims builds, one statement at a time (a pipeline's results share one
// format). Empty `claims`: the statement alone.
QueryResult execBinaryWithClaims(PgConnection& conn, const Statement& statement,
                                 const QByteArray& claims);

// The first error among `results`, or none.
DbError firstError(const QList<QueryResult>& results);

} // namespace limitless::db
