#pragma once

#include <QByteArray>
#include <QString>

namespace limitless::db {
class PgConnection;
}

namespace limitless::bench {

// JWT claims of the database's first owner (by creation), as the signed-in owner's session would
// carry them, so that a benchmark runs under row-level security. Empty with `error` set when the
// database has no owner or cannot be read.
QByteArray firstOwnerClaims(db::PgConnection& conn, QString* error);

} // namespace limitless::bench
