// The seed's tables made by the real `drizzle-kit migrate` (the web project's way) or by
// `limitless migrate` (an empty database) end up the same, and the dashboard is a guest on the
// first kind:
//   database A: `drizzle-kit migrate` over app/db/migrations/seed, then `limitless migrate`
//   (which finds the seed's tables and installs only its additions); database B: `limitless
//   migrate` on an empty database. Their schemas are identical (drizzle's own journal aside);
//   A's drizzle journal is byte-identical before and after; drizzle-kit then finds nothing to
//   do on A, and limitless nothing on either.
// Usage: node drizzle-migrate.mjs --limitless <path> (--sandbox <dir> | --admin-url <url>)
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    limitless: { type: 'string' },
    sandbox: { type: 'string' },
    'admin-url': { type: 'string' },
    'pg-dump': { type: 'string', default: 'pg_dump' },
  },
});
if (!args.limitless || (!args.sandbox && !args['admin-url'])) {
  console.error('usage: node drizzle-migrate.mjs --limitless <path> (--sandbox <dir> | --admin-url <url>)');
  process.exit(2);
}

const dbA = 'interop_drizzle_a';
const dbB = 'interop_drizzle_b';

function run(command, argv, options = {}) {
  const r = spawnSync(command, argv, { encoding: 'utf8', timeout: 120000, ...options });
  if (r.error) throw new Error(`${command}: ${r.error.message}`);
  return r;
}

function mustRun(what, command, argv, options) {
  const r = run(command, argv, options);
  if (r.status !== 0) {
    throw new Error(`${what} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

function adminUrl() {
  if (args['admin-url']) return args['admin-url'];
  const r = mustRun('limitless sandbox status', args.limitless,
    ['sandbox', 'status', '--dir', args.sandbox, '--json']);
  const status = JSON.parse(r.stdout);
  if (!status.running || !status.url) throw new Error(`the test cluster is not running: ${r.stdout}`);
  // The sandbox's URLs carry no password but name its password file (libpq's passfile), which
  // pg_dump reads from the URL and node-postgres (here and in drizzle-kit) from PGPASSFILE.
  const passfile = new URL(status.url).searchParams.get('passfile');
  if (passfile) process.env.PGPASSFILE = passfile;
  return status.url;
}

function urlFor(base, database) {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function recreate(admin, name) {
  await withClient(admin, async (c) => {
    await c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
    // Database names cannot be parameters; these two are constants of this script.
    await c.query(`drop database if exists ${name}`);
    await c.query(`create database ${name}`);
  });
}

async function drop(admin, name) {
  await withClient(admin, async (c) => {
    await c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
    await c.query(`drop database if exists ${name}`);
  });
}

function drizzleKitMigrate(url) {
  return mustRun('drizzle-kit migrate', process.execPath,
    [resolve(here, 'node_modules/drizzle-kit/bin.cjs'), 'migrate', '--config', resolve(here, 'drizzle-config.mjs')],
    { cwd: here, env: { ...process.env, DRIZZLE_DATABASE_URL: url } });
}

function limitlessMigrate(url, extra = []) {
  const r = mustRun('limitless migrate', args.limitless, ['migrate', '--db', url, '--json', ...extra]);
  return JSON.parse(r.stdout);
}

function schemaDump(url, database) {
  const help = run(args['pg-dump'], ['--help']).stdout;
  // Newer pg_dump releases write a random \restrict key unless given one.
  const restrict = help.includes('--restrict-key') ? ['--restrict-key=interop'] : [];
  const r = mustRun('pg_dump', args['pg-dump'],
    ['--schema-only', '--exclude-schema=drizzle', ...restrict, '--dbname', url]);
  return r.stdout.split(database).join('<database>');
}

async function appliedRows(url) {
  return withClient(url, async (c) =>
    (await c.query('select id, hash, created_at::text from drizzle.__drizzle_migrations order by id')).rows);
}

function firstDifference(a, b) {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); ++i) {
    if (la[i] !== lb[i]) {
      return `line ${i + 1}:\n  drizzle-kit: ${la[i]}\n  limitless:   ${lb[i]}\n` +
        `context (drizzle-kit):\n${la.slice(Math.max(0, i - 5), i + 5).join('\n')}`;
    }
  }
  return 'none';
}

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log(`ok - ${message}`);
}

const admin = adminUrl();
const urlA = urlFor(admin, dbA);
const urlB = urlFor(admin, dbB);
let failed = false;
try {
  await recreate(admin, dbA);
  await recreate(admin, dbB);

  drizzleKitMigrate(urlA);
  const journalA = await appliedRows(urlA);
  check(journalA.length === 8, `drizzle-kit migrate applied the seed's ${journalA.length} files to A`);
  const guest = limitlessMigrate(urlA);
  check(guest.seed_tables === 'found', 'limitless migrate found the seed tables on A and left them');
  check(guest.applied.length > 0 && guest.applied.every((t) => t.startsWith('additions/')),
    `limitless migrate installed only additions on A (${guest.applied.length})`);
  check(JSON.stringify(await appliedRows(urlA)) === JSON.stringify(journalA),
    "A's drizzle.__drizzle_migrations rows are byte-identical after limitless migrate");

  const limitlessFirst = limitlessMigrate(urlB);
  check(limitlessFirst.seed_tables === 'created' && limitlessFirst.applied.length > guest.applied.length,
    `limitless migrate created the seed tables and the additions on B (${limitlessFirst.applied.length})`);
  check((await withClient(urlB, async (c) =>
    (await c.query("select to_regnamespace('drizzle') is null as none")).rows[0].none)),
  "limitless migrate creates no drizzle journal on B");

  const dumpA = schemaDump(urlA, dbA);
  const dumpB = schemaDump(urlB, dbB);
  check(dumpA.includes('CREATE TABLE public.document_embeddings'), 'the dump holds the schema');
  check(dumpA.includes('CREATE TABLE limitless.analytics_daily_counts'), 'the dump holds the additions');
  check(dumpA === dumpB, `pg_dump --schema-only of A and B is identical (first difference: ${firstDifference(dumpA, dumpB)})`);

  drizzleKitMigrate(urlA);
  check(JSON.stringify(await appliedRows(urlA)) === JSON.stringify(journalA), 'drizzle-kit migrate finds nothing to do on A');
  check(schemaDump(urlA, dbA) === dumpA, 'and leaves A unchanged');

  for (const [name, url] of [['A', urlA], ['B', urlB]]) {
    const dry = limitlessMigrate(url, ['--dry-run']);
    check(dry.pending.length === 0, `limitless migrate --dry-run finds nothing pending on ${name}`);
  }
} catch (e) {
  failed = true;
  console.error(`not ok - ${e.message}`);
} finally {
  try {
    await drop(admin, dbA);
    await drop(admin, dbB);
  } catch (e) {
    console.error(`cleanup: ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
