// The knowledge base's two vector engines give the same answers: the same files ingested with
// `limitless documents ingest` into PGlite with pgvector (HNSW, the seed's cosine query) and into
// the PostgreSQL 15 test cluster (real[] column, exact cosine in the app), then the same
// questions asked with `limitless search --json` on both. The top-k chunks (file, chunk index)
// must be identical, in order, and so must hit@k and MRR of `limitless documents eval`.
// PGlite serves one session at a time; every CLI call below opens one connection and closes it.
// Usage: node pglite-retrieval-parity.mjs --limitless <path> --sandbox <dir> --corpus <dir>
//        --questions <file.json>
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    limitless: { type: 'string' }, sandbox: { type: 'string' }, corpus: { type: 'string' },
    questions: { type: 'string' }, k: { type: 'string', default: '3' },
  },
});
if (!args.limitless || !args.sandbox || !args.corpus || !args.questions) {
  console.error('usage: node pglite-retrieval-parity.mjs --limitless <path> --sandbox <dir> --corpus <dir> --questions <file>');
  process.exit(2);
}

const STARTUP_TIMEOUT_MS = 60000;
const TOTAL_TIMEOUT_MS = 280000;
const database = 'interop_retrieval_parity';
let server = null;
let serverLog = '';
const scratch = mkdtempSync(join(tmpdir(), 'limitless-parity-'));

function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  server.kill('SIGTERM');
  const victim = server;
  setTimeout(() => {
    if (victim.exitCode === null && victim.signalCode === null) victim.kill('SIGKILL');
  }, 3000).unref();
}
process.on('exit', () => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => { stopServer(); process.exit(1); });
}
setTimeout(() => {
  console.error(`not ok - gave up after ${TOTAL_TIMEOUT_MS / 1000} s\n${serverLog}`);
  stopServer();
  process.exit(1);
}, TOTAL_TIMEOUT_MS).unref();

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

function startServer(port) {
  return new Promise((resolveStart, reject) => {
    server = spawn(process.execPath, [
      resolve(here, 'node_modules/@electric-sql/pglite-socket/dist/scripts/server.js'),
      '-h', '127.0.0.1', '-p', String(port), '-e', '@electric-sql/pglite-pgvector:vector',
    ], { cwd: here, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => reject(new Error(`PGlite did not start in ${STARTUP_TIMEOUT_MS / 1000} s`)),
      STARTUP_TIMEOUT_MS);
    const onOutput = (chunk) => {
      serverLog += chunk;
      if (serverLog.includes('PGLiteSocketServer listening')) {
        clearTimeout(timer);
        resolveStart();
      }
    };
    server.stdout.on('data', onOutput);
    server.stderr.on('data', onOutput);
    server.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`PGlite exited early (${code ?? signal})`));
    });
  });
}

// A CLI call; against PGlite a session that arrives while the previous one is still closing is
// reset, and is retried (only that).
async function limitless(argv, { retryReset = false, allowFail = false } = {}) {
  for (let attempt = 1; ; ++attempt) {
    const r = spawnSync(args.limitless, argv, {
      encoding: 'utf8', timeout: 180000,
      env: { ...process.env, LIMITLESS_SANDBOX_DIR: join(scratch, 'no-sandbox') },
    });
    if (r.error) throw new Error(`limitless ${argv[0]}: ${r.error.message}`);
    if (r.status === 0 || allowFail) return r;
    const reset = /server closed the connection|Connection reset|could not receive|connection to the database was lost|could not connect/i
      .test(r.stderr + r.stdout);
    if (!retryReset || !reset || attempt >= 20)
      throw new Error(`limitless ${argv.join(' ')} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    await new Promise((r2) => setTimeout(r2, 250));
  }
}

async function withClient(url, fn) {
  const deadline = Date.now() + 20000;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10000 });
    client.on('error', () => {});
    try {
      await client.connect();
      try { return await fn(client); } finally { await client.end(); }
    } catch (e) {
      await client.end().catch(() => {});
      if (Date.now() > deadline || !/ECONNRESET|EPIPE|ECONNREFUSED|Connection terminated/.test(String(e.message)))
        throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log(`ok - ${message}`);
}

function sandboxAdminUrl() {
  const r = spawnSync(args.limitless, ['sandbox', 'status', '--dir', args.sandbox, '--json'], { encoding: 'utf8' });
  const status = JSON.parse(r.stdout);
  if (!status.running || !status.url) throw new Error(`the test cluster is not running: ${r.stdout}`);
  const passfile = new URL(status.url).searchParams.get('passfile');
  if (passfile) process.env.PGPASSFILE = passfile;
  return status.url;
}

function urlFor(base, name) {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

// Migrate, add one owner, ingest the corpus; then ask every question.
async function prepare(url, label, retryReset) {
  await limitless(['migrate', '--db', url, '--json'], { retryReset });
  await withClient(url, (c) => c.query(
    `insert into owners (id, email, name, supabase_user_id)
     values ('owner-parity', 'parity@example.com', 'Parity', 'user-parity')`));
  const ingest = await limitless(['documents', 'ingest', args.corpus, '--db', url, '--json',
    '--storage-dir', join(scratch, `${label}-files`), '--profile', 'parity-test'], { retryReset, allowFail: true });
  const report = JSON.parse(ingest.stdout);
  const completed = report.processed.filter((p) => p.status === 'completed').length;
  console.log(`# ${label}: ${completed} documents completed, ${report.files.length} files`);
  return report;
}

async function ask(url, question, engine, retryReset) {
  const r = await limitless(['search', question, '--db', url, '--json', '--k', args.k,
    '--engine', engine, '--profile', 'parity-test'], { retryReset });
  return JSON.parse(r.stdout);
}

let failed = false;
try {
  const questions = JSON.parse(readFileSync(args.questions, 'utf8'));
  const admin = sandboxAdminUrl();
  await withClient(admin, async (c) => {
    await c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
    await c.query(`drop database if exists ${database}`);
    await c.query(`create database ${database}`);
  });
  const pgUrl = urlFor(admin, database);

  const port = await freePort();
  const started = Date.now();
  await startServer(port);
  console.log(`# PGlite with pgvector listening on 127.0.0.1:${port} after ${Date.now() - started} ms`);
  const liteUrl = `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;

  const lite = await prepare(liteUrl, 'pglite', true);
  const pg15 = await prepare(pgUrl, 'postgresql', false);
  const sig = (r) => r.processed.filter((p) => p.status === 'completed').map((p) => `${p.filename}:${p.chunks}`).sort().join(',');
  check(sig(lite) === sig(pg15) && sig(lite).length > 0, `both databases hold the same documents and chunks (${sig(lite)})`);

  let same = 0;
  for (const q of questions) {
    const a = await ask(liteUrl, q.question, 'pgvector', true);
    const b = await ask(pgUrl, q.question, 'in-process', false);
    check(a.engine === 'pgvector' && b.engine === 'in-process', `engines: ${a.engine} / ${b.engine}`);
    const key = (r) => r.results.map((h) => `${h.filename}#${h.chunk_index}`).join(' ');
    if (key(a) !== key(b))
      throw new Error(`"${q.question}": pgvector gives ${key(a)}, in-process gives ${key(b)}`);
    for (let i = 0; i < a.results.length; ++i) {
      if (Math.abs(a.results[i].similarity - b.results[i].similarity) > 1e-4)
        throw new Error(`"${q.question}" #${i + 1}: similarity ${a.results[i].similarity} vs ${b.results[i].similarity}`);
    }
    ++same;
  }
  check(same === questions.length, `all ${same} questions give the same top-${args.k} on both engines`);
} catch (e) {
  failed = true;
  console.error(`not ok - ${e.message}`);
  if (serverLog) console.error(`# PGlite output:\n${serverLog.slice(-4000)}`);
} finally {
  stopServer();
}
if (server && server.exitCode === null && server.signalCode === null) {
  await new Promise((r) => { server.once('exit', r); setTimeout(r, 4000).unref(); });
}
process.exit(failed ? 1 : 0);
