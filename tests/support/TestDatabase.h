#pragma once

#include "db/PgConnection.h"

#include <QString>

#include <memory>

namespace limitless::test {

// The test run's PostgreSQL cluster (started by the ctest fixture "pg").
QString sandboxDir();
// Superuser URL of the cluster's `limitless` database (migrated, with the local owner).
QString adminUrl();
// URL for the application role (limitless_app, no BYPASSRLS) on the `limitless` database.
QString appUrl();
// Creates (dropping any previous one) an empty database `name` and returns its superuser URL.
QString freshDatabase(const QString& name);
// freshDatabase() with the seed's tables and all of the dashboard's additions.
QString migratedDatabase(const QString& name);
// URL of database `name` for the given user on the test cluster.
QString urlFor(const QString& database, const QString& user = QStringLiteral("postgres"));
// Opens a blocking connection or fails the current test.
std::unique_ptr<db::PgConnection> connect(const QString& url);
// Path of a file in the source tree.
QString sourcePath(const QString& relative);

} // namespace limitless::test
