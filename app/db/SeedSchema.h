#pragma once

#include "db/DbError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace limitless::db {

class PgConnection;

// The seed's seven tables as the product's database design defines them (columns, types,
// NOT NULLs, index names). They belong to whoever created them — usually the web project's
// drizzle-kit migrations — and the dashboard only checks that a database has them as it
// expects before it installs its additions next to them.
class SeedSchema {
    Q_DECLARE_TR_FUNCTIONS(SeedSchema)

public:
    struct Column {
        QString name;
        QString type; // format_type(): "text", "timestamp without time zone", "vector(1536)"…
        bool notNull = false;
    };
    struct Table {
        QString name;
        QList<Column> columns;
        QStringList indexes;
    };

    // What a database's seed tables look like compared with the seed.
    struct Comparison {
        QStringList present; // seed tables found in schema public
        QStringList missing; // seed tables not found
        // Real conflicts: a missing column or one of another type. The app reads and writes
        // these columns, so it refuses to work on such a table.
        QStringList conflicts;
        // Differences the app tolerates (a nullable column the seed declares NOT NULL, a
        // missing index), reported so the owner knows.
        QStringList warnings;

        bool allPresent() const { return missing.isEmpty(); }
        bool nonePresent() const { return present.isEmpty(); }
    };

    static const QList<Table>& tables();
    static QStringList tableNames();
    // Reads the catalog (pg_catalog only, so any role can run it) and compares.
    static Comparison compare(PgConnection& connection, DbError* error);
};

} // namespace limitless::db
