// The migrations against a server that has pgvector: PGlite (PostgreSQL in WASM) with the
// vector extension, served over TCP by pglite-socket. `limitless migrate` must create
// document_embeddings.embedding as vector(1536) with the HNSW cosine index, and the seed's
// similarity query must run. PGlite serves one session at a time: every step below uses a
// single connection and closes it before the next one.
// Usage: node pglite-pgvector-migrate.mjs --limitless <path>
import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({ options: { limitless: { type: 'string' } } });
if (!args.limitless) {
  console.error('usage: node pglite-pgvector-migrate.mjs --limitless <path>');
  process.exit(2);
}

const STARTUP_TIMEOUT_MS = 60000;
const TOTAL_TIMEOUT_MS = 180000;

let server = null;
let serverLog = '';

function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  server.kill('SIGTERM');
  const victim = server;
  setTimeout(() => {
    if (victim.exitCode === null && victim.signalCode === null) victim.kill('SIGKILL');
  }, 3000).unref();
}

// Whatever happens, the server does not outlive this script.
process.on('exit', () => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopServer();
    process.exit(1);
  });
}
const watchdog = setTimeout(() => {
  console.error(`not ok - gave up after ${TOTAL_TIMEOUT_MS / 1000} s\n${serverLog}`);
  stopServer();
  process.exit(1);
}, TOTAL_TIMEOUT_MS);
watchdog.unref();

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
      // pglite-server prints this once it accepts connections.
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

function limitlessMigrate(url) {
  const r = spawnSync(args.limitless, ['migrate', '--db', url, '--json'],
    { encoding: 'utf8', timeout: 120000 });
  if (r.error) throw new Error(`limitless migrate: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`limitless migrate failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

// pglite-socket serves one session at a time and may still be closing the previous one (the
// `limitless migrate` that just exited) when the next connection arrives; it then resets the new
// socket. A real client retries such a refused session, and so does this one (a short while).
async function connectWhenFree(url) {
  const deadline = Date.now() + 20000;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('select 1');
      return client;
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

let failed = false;
try {
  const port = await freePort();
  const started = Date.now();
  await startServer(port);
  console.log(`# PGlite with pgvector listening on 127.0.0.1:${port} after ${Date.now() - started} ms`);
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;

  const first = limitlessMigrate(url);
  check(first.applied.length > 0 && first.applied[0] === 'seed/0001_create_owners',
    `limitless migrate applied ${first.applied.length} migrations`);
  check(first.embedding_type === 'vector(1536)', `it reports the embedding column as ${first.embedding_type}`);

  const client = await connectWhenFree(url);
  try {
    const type = await client.query(
      `select format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null
         from pg_attribute a
        where a.attrelid = 'public.document_embeddings'::regclass and a.attname = 'embedding'`);
    check(type.rows[0]?.type === 'vector(1536)' && type.rows[0]?.not_null === true,
      'document_embeddings.embedding is vector(1536) not null');
    const index = await client.query(
      `select indexdef from pg_indexes
        where schemaname = 'public' and indexname = 'idx_document_embeddings_vector'`);
    const def = index.rows[0]?.indexdef ?? '';
    check(/USING hnsw \(embedding vector_cosine_ops\)/.test(def), `the HNSW index exists: ${def}`);

    // The seed's similarity query, on a couple of rows.
    await client.query('begin');
    await client.query(`insert into owners (id, email, name, supabase_user_id)
                        values ('owner-v', 'v@example.com', 'V', 'user-v')`);
    await client.query(`insert into documents (id, filename, file_type, file_size, storage_url,
                          storage_bucket, owner_id, category, processing_status)
                        values ('doc-v', 'v.md', 'md', 1, 'gs://b/v.md', 'b', 'owner-v', 'faq', 'completed')`);
    const unit = (i) => `[${Array.from({ length: 1536 }, (_, k) => (k === i ? 1 : 0)).join(',')}]`;
    for (let i = 0; i < 3; ++i) {
      await client.query(`insert into document_embeddings (document_id, chunk_index, chunk_text, embedding)
                          values ('doc-v', $1, $2, $3::vector)`, [i, `chunk ${i}`, unit(i)]);
    }
    const nearest = await client.query(
      `select de.chunk_text, 1 - (de.embedding <=> $1::vector) as similarity
         from document_embeddings de join documents d on de.document_id = d.id
        where d.processing_status = 'completed' and d.category = $2
        order by de.embedding <=> $1::vector limit 3`, [unit(1), 'faq']);
    check(nearest.rows[0]?.chunk_text === 'chunk 1' && Math.abs(nearest.rows[0].similarity - 1) < 1e-6,
      'the seed\'s cosine query finds the nearest chunk');
    await client.query('rollback');
  } finally {
    await client.end();
  }

  // The same race as connectWhenFree(): a reset session is retried, any other failure is not.
  let again;
  for (let attempt = 1; ; ++attempt) {
    try {
      again = limitlessMigrate(url);
      break;
    } catch (e) {
      if (attempt >= 20 || !/server closed the connection|Connection reset|could not receive|connection to the database was lost|could not connect/i.test(e.message))
        throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  check(again.pending.length === 0 && again.applied.length === 0, 'a second limitless migrate finds nothing pending');
} catch (e) {
  failed = true;
  console.error(`not ok - ${e.message}`);
  if (serverLog) console.error(`# PGlite output:\n${serverLog}`);
} finally {
  stopServer();
}
if (server && server.exitCode === null && server.signalCode === null) {
  await new Promise((r) => {
    server.once('exit', r);
    setTimeout(r, 4000).unref();
  });
}
process.exit(failed ? 1 : 0);
