#pragma once

#include "db/DbError.h"
#include "db/MigrationSet.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace limitless::db {

class PgConnection;

// Applies a MigrationSet with drizzle-kit's bookkeeping, so that `drizzle-kit migrate` (the web
// side) and this app agree on what a database has: schema `drizzle`, table
// `drizzle.__drizzle_migrations(id serial, hash text, created_at bigint)`, one row per applied
// migration with the file's sha256 and its journal `when`. Pending = the entries newer than the
// highest applied created_at; all of them are applied in one transaction.
//
// Unlike drizzle it refuses, and never repairs, a database it cannot vouch for: an applied
// migration whose file has changed since, an applied migration this build does not know (the
// database was migrated by a newer version), or a known migration older than the newest applied
// one that was never applied (drizzle would skip it for ever). An advisory lock keeps two
// migrators of this app from racing.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    // A row of drizzle.__drizzle_migrations.
    struct AppliedRow {
        qint64 id = 0;
        QString hash;
        qint64 createdAt = 0;
        bool hasCreatedAt = true;
    };

    explicit Migrator(PgConnection& connection, MigrationSet migrations = MigrationSet::builtin());

    // Applies every pending migration in one transaction. `appliedTags` receives the tags
    // applied (with `dryRun`: the tags that would be), in order. Nothing changes on error.
    DbError migrate(QStringList* appliedTags = nullptr, bool dryRun = false);
    // The migrations that migrate() would apply now. Read-only: creates nothing.
    QList<Migration> pending(DbError* error);
    // What the database records as applied (empty if it has no drizzle bookkeeping yet).
    QList<AppliedRow> applied(DbError* error);

    const MigrationSet& migrations() const { return m_set; }

    // Key of the transaction-level advisory lock held while migrating ("limitless migrate").
    static constexpr qint64 kAdvisoryLockKey = 0x6c696d6d69677261;

private:
    QList<AppliedRow> readApplied(DbError* error);
    QList<Migration> plan(const QList<AppliedRow>& rows, DbError* error) const;
    DbError apply(const Migration& migration);
    DbError run(const QString& sql);
    DbError migrationError(const QString& message) const;

    PgConnection& m_conn;
    MigrationSet m_set;
};

} // namespace limitless::db
