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

} // namespace limitless::db
