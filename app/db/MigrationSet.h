#pragma once

#include "db/DbError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace limitless::db {

// One migration: a journal entry and its .sql file, with what drizzle derives from them.
struct Migration {
    QString set;          // the folder's name: "seed" or "additions" for the builtin sets
    int idx = 0;          // the journal entry's "idx"
    QString tag;          // "0001_create_owners": the file name without ".sql"
    qint64 createdAt = 0; // the entry's "when" (ms since the epoch); drizzle's created_at
    bool breakpoints = true;
    QByteArray sql;         // the whole file, byte for byte
    QString hash;           // sha256 hex of the whole file, as drizzle stores it
    QStringList statements; // the file split on "--> statement-breakpoint", as drizzle does

    QString fileName() const { return tag + QStringLiteral(".sql"); }
    // "additions/0002_live_notifications"
    QString qualifiedTag() const { return set + QLatin1Char('/') + tag; }
};

// The migrations of one folder in Drizzle's on-disk format: `meta/_journal.json` lists the
// entries in order, each naming `<tag>.sql`. Both the web side's drizzle-kit and this app read
// the same folder, so hashes and statement boundaries are computed exactly as drizzle-orm's
// readMigrationFiles() does. A set that failed to load carries the error (naming the file) and
// has no migrations.
class MigrationSet {
    Q_DECLARE_TR_FUNCTIONS(MigrationSet)

public:
    MigrationSet() = default;

    // Loads `folder` (a directory or a Qt resource path such as ":/db/migrations").
    static MigrationSet load(const QString& folder);
    // The migrations compiled into this build: the seed's tables (applied only to a database
    // that has none of them) and the dashboard's additions (installed next to the seed's tables,
    // whoever made those).
    static MigrationSet builtinSeed();
    static MigrationSet builtinAdditions();

    bool isValid() const { return !m_error.isError(); }
    DbError error() const { return m_error; }
    QString folder() const { return m_folder; }
    const QList<Migration>& migrations() const { return m_migrations; }
    bool isEmpty() const { return m_migrations.isEmpty(); }

    const Migration* findByCreatedAt(qint64 createdAt) const;
    const Migration* findByTag(const QString& tag) const;

    // drizzle: `query.split("--> statement-breakpoint")`, empty pieces kept.
    static QStringList splitStatements(const QString& sql);
    // drizzle: `crypto.createHash("sha256").update(query).digest("hex")` over the whole file.
    static QString hashOf(const QByteArray& fileContent);

    static constexpr const char* kBreakpoint = "--> statement-breakpoint";
    static constexpr const char* kSeedFolder = ":/db/migrations/seed";
    static constexpr const char* kAdditionsFolder = ":/db/migrations/additions";

private:
    static MigrationSet failed(const QString& folder, const QString& message);

    QString m_folder;
    QList<Migration> m_migrations;
    DbError m_error;
};

} // namespace limitless::db
