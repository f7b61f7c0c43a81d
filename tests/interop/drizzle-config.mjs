// drizzle-kit configuration for the interop tests: the app's seed migrations (the seed's tables in
// drizzle-kit's format), found relative to this file, and the database named by
// DRIZZLE_DATABASE_URL.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export default {
  dialect: 'postgresql',
  out: resolve(here, '../../app/db/migrations/seed'),
  dbCredentials: { url: process.env.DRIZZLE_DATABASE_URL },
};
