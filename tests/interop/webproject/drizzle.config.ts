// drizzle-kit configuration of the web project fixture (the seed's Drizzle schema).
//
//   WEB_PROJECT_SCHEMA_DIR    folder with the schema files (default: ./schema next to this file;
//                             the test points it at a per-database working copy)
//   WEB_PROJECT_OUT           migrations folder (required: the test uses a temporary folder),
//                             relative to the working directory: drizzle-kit 0.31 mishandles an
//                             absolute one once the folder holds a snapshot
//   WEB_PROJECT_DATABASE_URL  the database (for migrate, push, pull)
//   WEB_PROJECT_EMBEDDING     `vector` for pgvector's vector(1536), else real[] (see
//                             schema/document_embeddings.ts)
import { resolve } from 'node:path';
import { defineConfig } from 'drizzle-kit';

const schemaDir = process.env.WEB_PROJECT_SCHEMA_DIR ?? resolve(__dirname, 'schema');
const out = process.env.WEB_PROJECT_OUT;
if (!out) throw new Error('drizzle.config.ts: set WEB_PROJECT_OUT to the migrations folder');

export default defineConfig({
  dialect: 'postgresql',
  schema: resolve(schemaDir, '*.ts'),
  out,
  dbCredentials: { url: process.env.WEB_PROJECT_DATABASE_URL ?? '' },
  // drizzle-kit sees only `public`: the dashboard's own tables and functions live in schema
  // `limitless` and its bookkeeping in `limitless.schema_migrations` (docs/web-project.md).
  schemaFilter: ['public'],
  // LangGraph's checkpoint tables (checkpoints, checkpoint_blobs, checkpoint_writes,
  // checkpoint_migrations) are in `public` too but belong to LangGraph's PostgresSaver; without
  // this filter `drizzle-kit push` would propose to drop them.
  tablesFilter: ['!checkpoint*'],
  // Default bookkeeping, spelled out: the web project's journal.
  migrations: { schema: 'drizzle', table: '__drizzle_migrations' },
});
