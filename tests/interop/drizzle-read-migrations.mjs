// Prints what drizzle-orm's own migrator reads from a migration folder (hash, `when`, the SQL
// split into statements) as JSON, so that the app's MigrationSet can be compared with it.
// Usage: node drizzle-read-migrations.mjs <migrations folder>
import { readMigrationFiles } from 'drizzle-orm/migrator';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node drizzle-read-migrations.mjs <migrations folder>');
  process.exit(2);
}
const migrations = readMigrationFiles({ migrationsFolder: folder });
process.stdout.write(JSON.stringify(migrations.map((m) => ({
  hash: m.hash, folderMillis: m.folderMillis, sql: m.sql,
}))));
