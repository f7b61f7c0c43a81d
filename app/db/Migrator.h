#pragma once

#include "db/DbError.h"
#include "db/MigrationSet.h"
#include "db/SeedSchema.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace limitless::db {

class PgConnection;

// Brings a database to what the dashboard needs, as a guest on a database whose seed tables
// usually belong to the web project (its drizzle-kit migrations, its journal in
// drizzle.__drizzle_migrations, which this class never writes):
//
// - the seed's tables (MigrationSet::builtinSeed()) are created only on a database that has
//   none of them (the local sandbox, a new project); where they exist they are compared with
//   the seed, and a missing column or one of another type is refused;
// - the dashboard's additions (MigrationSet::builtinAdditions(): row-level security, change
//   notifications, funnel roll-ups, indexes, transcript functions) are installed next to them,
//   their own objects in schema "limitless", with their own bookkeeping
//   limitless.schema_migrations (set, tag, sha256, journal "when", applied at).
//
// It refuses, and never repairs, what it cannot vouch for — an applied migration whose file
// changed, one this build does not know, one skipped over, a schema "limitless" holding
// objects it did not make, seed tables only partly there or of other types, a role that does
// not own the seed's tables — and says what it found, why it stops and what to do. Everything
// happens in one transaction under an advisory lock; nothing changes on error.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    // What migrate() would do (or did).
    struct Plan {
        enum class Seed { Create, Adopt, Ours };
        Seed seed = Seed::Create;              // create the seed's tables, or use the ones found
        QList<Migration> pending;              // seed (when created) then additions, in order
        QStringList seedWarnings;              // tolerated differences from the seed
        QStringList notes;                     // other things worth telling (legacy conversion…)
        bool legacy = false;                   // bookkeeping of an earlier version to convert
        int appliedAdditions = 0;              // additions recorded before this run
    };

    explicit Migrator(PgConnection& connection, MigrationSet seed = MigrationSet::builtinSeed(),
                      MigrationSet additions = MigrationSet::builtinAdditions());

    // Applies every pending migration in one transaction. `plan` receives what was done (with
    // `dryRun`: what would be). Nothing changes on error.
    DbError migrate(Plan* plan = nullptr, bool dryRun = false);
    // Convenience: the qualified tags ("seed/0001_create_owners") applied.
    DbError migrate(QStringList* appliedTags, bool dryRun = false);
    // Read-only: what migrate() would do now.
    Plan plan(DbError* error);

    const MigrationSet& seed() const { return m_seed; }
    const MigrationSet& additions() const { return m_additions; }

    static QString setName(const MigrationSet& set);

    // Key of the transaction-level advisory lock held while migrating ("limitless migrate").
    static constexpr qint64 kAdvisoryLockKey = 0x6c696d6d69677261;

private:
    struct Row {
        QString set;
        QString tag;
        QString hash;
        qint64 createdAt = 0;
    };
    Plan inspect(DbError* error);
    // The dashboard's rows; `bookkeeping` says whether its table exists at all.
    QList<Row> readRows(bool* bookkeeping, DbError* error);
    QList<Migration> pendingOf(const MigrationSet& set, const QList<Row>& rows,
                               DbError* error) const;
    DbError checkLegacy(Plan* plan);
    DbError checkForeignObjects(bool bookkeeping);
    DbError checkPrivileges(const Plan& plan);
    DbError convertLegacy();
    DbError apply(const Migration& migration);
    DbError run(const QString& sql);
    DbError refusal(const QString& message) const;

    PgConnection& m_conn;
    MigrationSet m_seed;
    MigrationSet m_additions;
};

} // namespace limitless::db
