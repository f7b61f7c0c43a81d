// The web project's side of the shared production database, played with its own tools: the
// seed's Drizzle schema (webproject/schema), migrated by the real drizzle-kit CLI, data written
// with plain SQL as the web app and the agent write it, and LangGraph's checkpoint tables created
// by the real PostgresSaver. The dashboard is a guest on such a database (docs/web-project.md);
// this driver builds those databases and inspects what drizzle-kit thinks of them.
//
//   setup --admin-url URL --db NAME [--declarations] [--data] [--langgraph] [--conflict]
//         [--embedding real|vector]
//       (Re)creates database NAME, generates the web project's migrations from the schema into a
//       fresh folder and applies them with `drizzle-kit migrate`. --declarations: the schema
//       includes the dashboard's additions (webproject/declarations.ts); --conflict:
//       campaigns.total_clicks is bigint instead of the seed's integer. Prints a JSON summary.
//   later --db-url URL
//       The web project's next change: campaigns.utm_source (text, nullable), generated into
//       the same folder and applied with `drizzle-kit migrate`.
//   adopt --db-url URL
//       The web project adopts webproject/declarations.ts on a database that may already have the
//       additions: generate, make the migration idempotent as docs/web-project.md says, migrate.
//   journal --db-url URL
//       The rows of drizzle.__drizzle_migrations (id, hash, created_at as text), as JSON.
//   push-plan --db-url URL [--declarations] [--cli]
//       The SQL `drizzle-kit push` would run (drizzle-kit/api pushSchema), as JSON; --cli also
//       runs the real `drizzle-kit push` on a copy of the database and reports what it printed.
//   generate-check --db NAME [--declarations]
//       Runs `drizzle-kit generate` over the database's folder; exit 1 (and the SQL) when it
//       would write a new migration. The folder is left as it was.
//   dump --db-url URL [--pg-dump PATH]
//       pg_dump --schema-only.
//   selftest (--sandbox DIR --limitless PATH | --admin-url URL) [--pg-dump PATH]
//            [--with-limitless] [--migrations DIR]
//       All of the above against the test cluster, with checks; --with-limitless adds the
//       checks of `limitless migrate` on such databases.
//
// Each database's working copy of the web project (schema, migrations folder, state.json) is
// kept in <os temp dir>/limitless-web-project/<database> (or $WEB_PROJECT_STATE_DIR/<database>);
// setup replaces it. --embedding vector (or WEB_PROJECT_EMBEDDING=vector) gives the seed's
// vector(1536) column, which needs pgvector; the default is real[] (see webproject/schema).
// The URLs may name a libpq password file (`passfile=`); it is passed on as PGPASSFILE.
import { spawnSync } from 'node:child_process';
import {
  cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const kitBin = resolve(here, 'node_modules/drizzle-kit/bin.cjs');
const fixtureDir = resolve(here, 'webproject');
const configPath = join(fixtureDir, 'drizzle.config.ts');
// WEB_PROJECT_STATE_DIR: where the working copies live (the selftest uses a private one).
const stateRoot = () => process.env.WEB_PROJECT_STATE_DIR ?? join(tmpdir(), 'limitless-web-project');
const SEED_TABLES = ['owners', 'campaigns', 'documents', 'document_embeddings', 'conversations',
  'analytics_events', 'payments'];

class Failure extends Error {}

// ---------------------------------------------------------------------------------------------
// processes, URLs, connections

function run(command, argv, options = {}) {
  const r = spawnSync(command, argv, { encoding: 'utf8', timeout: 180000, maxBuffer: 64 << 20, ...options });
  if (r.error) throw new Failure(`${command}: ${r.error.message}`);
  return r;
}

function mustRun(what, command, argv, options) {
  const r = run(command, argv, options);
  if (r.status !== 0) throw new Failure(`${what} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

function usePassfile(url) {
  const passfile = new URL(url).searchParams.get('passfile');
  if (passfile && !process.env.PGPASSFILE) process.env.PGPASSFILE = passfile;
}

function urlFor(base, database) {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

function databaseOf(url) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  return checkName(name);
}

function checkName(name) {
  // Database names end up in SQL (CREATE DATABASE takes no parameters) and in file names.
  if (!/^[a-z_][a-z0-9_]{0,50}$/.test(name ?? '')) {
    throw new Failure(`database name ${JSON.stringify(name)}: use lower-case letters, digits and _`);
  }
  return name;
}

async function withClient(url, fn) {
  usePassfile(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function dropDatabase(admin, name) {
  await withClient(urlFor(admin, 'postgres'), (c) => c.query(`drop database if exists ${checkName(name)} with (force)`));
}

async function createDatabase(admin, name, template) {
  await dropDatabase(admin, name);
  await withClient(urlFor(admin, 'postgres'), (c) =>
    c.query(`create database ${checkName(name)}${template ? ` template ${checkName(template)}` : ''}`));
}

// ---------------------------------------------------------------------------------------------
// the web project's working copy

function stateDir(database) {
  return join(stateRoot(), checkName(database));
}

function loadState(database) {
  const file = join(stateDir(database), 'state.json');
  if (!existsSync(file)) throw new Failure(`no web project for ${database}: run setup first (${file} is missing)`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

function saveState(state) {
  writeFileSync(join(state.dir, 'state.json'), `${JSON.stringify(state, null, 1)}\n`);
}

// A copy of the fixture's schema (and of declarations.ts) that the web project's later changes
// edit. Its node_modules link lets the TypeScript files import drizzle-orm from a temp folder.
function makeSource(dir, { declarations, conflict }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(fixtureDir, 'schema'), join(dir, 'schema'), { recursive: true });
  cpSync(join(fixtureDir, 'declarations.ts'), join(dir, 'declarations.ts'));
  symlinkSync(resolve(here, 'node_modules'), join(dir, 'node_modules'), 'dir');
  if (declarations) mergeDeclarations(dir);
  if (conflict) {
    editSchema(dir, 'campaigns', (s) => s
      .replace("import { pgTable, text, timestamp, integer, boolean, index, uniqueIndex } from 'drizzle-orm/pg-core';",
        "import { pgTable, text, timestamp, integer, boolean, index, uniqueIndex, bigint } from 'drizzle-orm/pg-core';")
      .replace("total_clicks: integer('total_clicks')", "total_clicks: bigint('total_clicks', { mode: 'number' })"));
  }
}

function editSchema(dir, table, edit) {
  const file = join(dir, 'schema', `${table}.ts`);
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Failure(`could not edit ${table}.ts (the fixture changed?)`);
  writeFileSync(file, after);
}

// What docs/web-project.md tells the web project to do: spread each table's entry of
// `limitlessAdditions` into the table's third argument and enable row-level security.
function mergeDeclarations(dir) {
  for (const table of SEED_TABLES) {
    if (readFileSync(join(dir, 'schema', `${table}.ts`), 'utf8').includes('limitlessAdditions')) continue;
    editSchema(dir, table, (s) => {
      const close = '\n]);\n';
      if (s.indexOf(close) < 0 || s.indexOf(close) !== s.lastIndexOf(close)) {
        throw new Failure(`${table}.ts: expected one "]);" closing the table's extra config`);
      }
      const lastImport = s.lastIndexOf('\nimport ');
      const eol = s.indexOf('\n', lastImport + 1);
      return `${s.slice(0, eol + 1)}import { limitlessAdditions } from '../declarations';\n${s.slice(eol + 1)}`
        .replace(close, `\n  // The dashboard's additions (see declarations.ts).\n  ...limitlessAdditions.${table}(t),\n]).enableRLS();\n`);
    });
  }
}

// drizzle-kit runs in the out folder's parent with a relative `out`: with an absolute one,
// drizzle-kit 0.31 writes the first migration but then reads the snapshots from `./` + out
// (ENOENT on './/tmp/…') and still exits 0.
function kitEnv(state, url) {
  return {
    ...process.env,
    WEB_PROJECT_SCHEMA_DIR: join(state.src, 'schema'),
    WEB_PROJECT_OUT: `./${basename(state.out)}`,
    WEB_PROJECT_DATABASE_URL: url ?? '',
    WEB_PROJECT_EMBEDDING: state.embedding,
    FORCE_COLOR: '0',
  };
}

function kit(state, argv, url) {
  // node-postgres ignores the URL's passfile parameter, and drizzle-kit migrate exits 1 without
  // a word when it cannot log in.
  if (url) usePassfile(url);
  mkdirSync(state.out, { recursive: true });
  return run(process.execPath, [kitBin, ...argv, `--config=${configPath}`],
    { cwd: dirname(state.out), env: kitEnv(state, url) });
}

function journalEntries(out) {
  const file = join(out, 'meta', '_journal.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).entries : [];
}

// `drizzle-kit generate`; returns the new entry (or null when the schema has not changed).
function generate(state, name, extra = []) {
  const before = journalEntries(state.out);
  const r = kit(state, ['generate', `--name=${name}`, ...extra]);
  const after = journalEntries(state.out);
  if (r.status !== 0) throw new Failure(`drizzle-kit generate failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  if (after.length === before.length) {
    if (!/No schema changes/.test(r.stdout)) throw new Failure(`drizzle-kit generate wrote nothing:\n${r.stdout}\n${r.stderr}`);
    return null;
  }
  if (after.length !== before.length + 1) throw new Failure(`drizzle-kit generate wrote ${after.length - before.length} migrations`);
  const entry = after.at(-1);
  return { tag: entry.tag, sql: readFileSync(join(state.out, `${entry.tag}.sql`), 'utf8') };
}

// `drizzle-kit migrate`, then the journal in the database must list every migration of the folder
// (drizzle-kit's exit code alone does not say that everything was applied).
async function migrate(state, url) {
  const r = kit(state, ['migrate'], url);
  if (r.status !== 0) throw new Failure(`drizzle-kit migrate failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  const rows = await journalRows(url);
  const entries = journalEntries(state.out);
  if (rows.length !== entries.length || String(entries.at(-1).when) !== rows.at(-1).created_at) {
    throw new Failure(`drizzle-kit migrate did not apply the folder (${rows.length} of ${entries.length} rows):\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

async function journalRows(url) {
  return withClient(url, async (c) => {
    const { rows: [exists] } = await c.query("select to_regclass('drizzle.__drizzle_migrations') is not null as ok");
    if (!exists.ok) return [];
    return (await c.query('select id, hash, created_at::text as created_at from drizzle.__drizzle_migrations order by id')).rows;
  });
}

// ---------------------------------------------------------------------------------------------
// setup

// On Supabase these exist before any migration; a plain PostgreSQL gets Supabase's definitions
// (the same ones the dashboard's own migrations fall back to), each only when absent.
const SUPABASE_LIKE = `
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'anon') then
    begin create role anon nologin noinherit; exception when duplicate_object or unique_violation then null; end;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then
    begin create role authenticated nologin noinherit; exception when duplicate_object or unique_violation then null; end;
  end if;
end $$;
create schema if not exists auth;
grant usage on schema auth to anon, authenticated;
do $$
begin
  if not exists (select 1 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where n.nspname = 'auth' and p.proname = 'uid' and p.pronargs = 0) then
    create function auth.uid() returns uuid language sql stable as $f$
      select coalesce(nullif(current_setting('request.jwt.claim.sub', true), ''),
                      (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'))::uuid
    $f$;
  end if;
end $$;
`;

async function setup(opts) {
  const admin = opts['admin-url'];
  if (!admin || !opts.db) throw new Failure('setup needs --admin-url URL --db NAME');
  usePassfile(admin);
  const database = checkName(opts.db);
  const url = urlFor(admin, database);
  const embedding = opts.embedding === 'vector' ? 'vector' : 'real';
  const dir = stateDir(database);
  rmSync(dir, { recursive: true, force: true });
  const state = {
    database, dir, src: join(dir, 'src'), out: join(dir, 'drizzle'),
    declarations: !!opts.declarations, conflict: !!opts.conflict, embedding, later: false,
  };
  makeSource(state.src, state);
  mkdirSync(state.out, { recursive: true });
  saveState(state);

  await createDatabase(admin, database);
  await withClient(url, (c) => c.query(SUPABASE_LIKE));

  // Extensions are not drizzle-kit's business: a project enables them in a custom migration.
  const extensions = [];
  if (embedding === 'vector') extensions.push('vector');
  if (state.declarations) extensions.push('pg_trgm');
  const migrations = [];
  if (extensions.length > 0) {
    const custom = generate(state, 'extensions', ['--custom']);
    writeFileSync(join(state.out, `${custom.tag}.sql`),
      extensions.map((e) => `CREATE EXTENSION IF NOT EXISTS ${e};`).join('\n--> statement-breakpoint\n') + '\n');
    migrations.push(custom.tag);
  }
  const initial = generate(state, 'seed_tables');
  migrations.push(initial.tag);
  await migrate(state, url);

  const summary = { database, url, workdir: dir, out: state.out, migrations,
    declarations: state.declarations, embedding, conflict: state.conflict ? 'campaigns.total_clicks bigint (the seed: integer)' : null };
  if (opts.data) summary.inserted = await insertData(url);
  if (opts.langgraph) summary.langgraph = await writeLangGraphThread(url, summary.inserted?.thread);
  return summary;
}

// What the web app (owners, campaigns) and the agent (conversations, events, payments) write,
// with plain SQL and the columns' defaults: text ids from gen_random_uuid(), timestamps in UTC.
async function insertData(url) {
  return withClient(url, async (c) => {
    await c.query("set time zone 'UTC'");
    await c.query('begin');
    await c.query(`insert into owners (email, name, instagram_handle, supabase_user_id)
      values ('ana@example.com', 'Ana Baker', '@ana.bakes', '2b7e1516-28ae-4d2a-a6f7-15880927a1c1')`);
    const { rows: camps } = await c.query(`insert into campaigns (code, name, description, owner_id, platform)
      values ('WEBIG1', 'Instagram Ads - Jan 2025', 'Reels, bakery owners', 'owner-001', 'instagram'),
             ('WEBYT1', 'YouTube - Q1', null, 'owner-001', 'youtube')
      returning id, code`);
    const [ig, yt] = camps;
    const conversations = [
      // id (= LangGraph thread id), campaign, stage, qualified, pitched, link sent, paid, days ago
      ['web-conv-greeting', ig, 'greeting', false, false, false, false, 6],
      ['web-conv-qualification', ig, 'qualification', true, false, false, false, 5],
      ['web-conv-pitch', yt, 'pitch', true, true, false, false, 4],
      ['web-conv-objection', yt, 'objection_handling', true, true, false, false, 3],
      ['web-conv-close', ig, 'close', true, true, true, false, 2],
      ['web-conv-complete', ig, 'complete', true, true, true, true, 1],
      ['web-conv-nurture', yt, 'nurture', false, false, false, false, 1],
    ];
    for (const [id, camp, stage, qualified, pitched, linkSent, paid, days] of conversations) {
      await c.query(`insert into conversations (id, instagram_handle, email, campaign_id, campaign_code,
          current_stage, qualified, qualification_score, business_type, monthly_revenue, pitch_delivered,
          pitch_type, payment_link_sent, payment_completed, preferred_plan, total_messages,
          created_at, last_message_at, completed_at)
        values ($1, $2, $3, $4, $5, $6, $7, $8, 'bakery', '10k-20k', $9, $10, $11, $12, $13, $14,
          now() - make_interval(days => $15), now() - make_interval(days => $15) + interval '20 minutes',
          case when $12 then now() - make_interval(days => $15) + interval '30 minutes' end)`,
      [id, `@${id.replace(/-/g, '_')}`, paid || linkSent ? `${id}@example.com` : null, camp.id, camp.code,
        stage, qualified, qualified ? 0.8 : 0.2, pitched, pitched ? 'warm' : null, linkSent, paid,
        linkSent ? 'option1' : null, 4 + days * 3, days]);
      const events = [['conversation_started', null, 0]];
      if (qualified) events.push(['qualified', null, 5]);
      if (pitched) events.push(['pitch_delivered', null, 10]);
      if (stage === 'objection_handling') events.push(['objection_raised', { objection_type: 'price' }, 12]);
      if (stage === 'close') events.push(['objection_raised', { objection_type: 'timing', message: 'next month?' }, 12]);
      if (linkSent) events.push(['payment_link_sent', { plan: 'option1' }, 15]);
      if (paid) events.push(['payment_completed', { plan: 'option1', amount: 79700 }, 25]);
      for (const [type, data, minutes] of events) {
        await c.query(`insert into analytics_events (conversation_id, campaign_id, event_type, event_data, created_at)
          values ($1, $2, $3, $4, now() - make_interval(days => $5) + make_interval(mins => $6))`,
        [id, camp.id, type, data, days, minutes]);
      }
    }
    // Clicks carry a campaign and no conversation.
    for (const [camp, n] of [[ig, 3], [yt, 2]]) {
      for (let i = 0; i < n; ++i) {
        await c.query(`insert into analytics_events (campaign_id, event_type, event_data, created_at)
          values ($1, 'campaign_click', '{"source":"link"}', now() - make_interval(days => 7 - $2))`, [camp.id, i]);
      }
    }
    await c.query(`insert into payments (conversation_id, campaign_id, instagram_handle, email,
        stripe_session_id, plan, amount_monthly, amount_onetime, payment_status, created_at)
      values ('web-conv-close', $1, '@web_conv_close', 'web-conv-close@example.com',
        'cs_test_web_close', 'option1', 29700, 50000, 'pending', now() - interval '2 days' + interval '16 minutes')`, [ig.id]);
    await c.query(`insert into payments (conversation_id, campaign_id, instagram_handle, email,
        stripe_session_id, stripe_customer_id, plan, amount_monthly, amount_onetime, currency,
        payment_status, created_at, completed_at)
      values ('web-conv-complete', $1, '@web_conv_complete', 'web-conv-complete@example.com',
        'cs_test_web_complete', 'cus_web_1', 'option1', 29700, 50000, 'usd', 'completed',
        now() - interval '1 day' + interval '16 minutes', now() - interval '1 day' + interval '25 minutes')`, [ig.id]);
    // A processed document with two chunks (the embedding in the column's own type).
    const { rows: [doc] } = await c.query(`insert into documents (filename, file_type, file_size, storage_url,
        storage_bucket, owner_id, category, tags, processing_status, embeddings_created, total_chunks, processed_at)
      values ('pricing.md', 'md', 2048, 'https://storage.googleapis.com/limitless-docs/owner-001/pricing.md',
        'limitless-docs', 'owner-001', 'pitch', '["pricing", "plans"]', 'completed', true, 2, now())
      returning id`);
    const { rows: [col] } = await c.query(`select format_type(atttypid, atttypmod) as type from pg_attribute
      where attrelid = 'document_embeddings'::regclass and attname = 'embedding'`);
    for (const [i, text] of ['Option 1: $297 a month plus $500 setup.', 'Option 2: $497 a month, no setup.'].entries()) {
      const v = Array.from({ length: 1536 }, (_, k) => Math.round(Math.sin(k + i) * 1000) / 1000);
      await c.query(`insert into document_embeddings (document_id, chunk_index, chunk_text, chunk_metadata, embedding)
        values ($1, $2, $3, $4, $5::${col.type === 'real[]' ? 'real[]' : 'vector'})`,
      [doc.id, i, text, { section: 'Plans', start_char: i * 40, end_char: i * 40 + 39 },
        col.type === 'real[]' ? v : `[${v.join(',')}]`]);
    }
    await c.query(`update campaigns set total_clicks = x.clicks, total_conversations = x.convs,
        total_qualified = x.qual, total_conversions = x.paid, updated_at = now()
      from (select c.id,
              (select count(*) from analytics_events e where e.campaign_id = c.id and e.event_type = 'campaign_click') as clicks,
              (select count(*) from conversations v where v.campaign_id = c.id) as convs,
              (select count(*) from conversations v where v.campaign_id = c.id and v.qualified) as qual,
              (select count(*) from conversations v where v.campaign_id = c.id and v.payment_completed) as paid
            from campaigns c) x where campaigns.id = x.id`);
    await c.query('commit');
    const counts = {};
    for (const t of SEED_TABLES) counts[t] = Number((await c.query(`select count(*) from ${t}`)).rows[0].count);
    const { rows: types } = await c.query('select event_type, count(*)::int as n from analytics_events group by 1 order by 1');
    counts.events_by_type = Object.fromEntries(types.map((r) => [r.event_type, r.n]));
    counts.thread = 'web-conv-complete';
    return counts;
  });
}

// LangGraph's own tables and one real thread (the paid conversation), as the agent writes them.
async function writeLangGraphThread(url, threadId = 'web-conv-complete') {
  const { PostgresSaver } = await import('@langchain/langgraph-checkpoint-postgres');
  const { AIMessage, HumanMessage } = await import('@langchain/core/messages');
  const { Annotation, END, MessagesAnnotation, START, StateGraph } = await import('@langchain/langgraph');
  usePassfile(url);
  const saver = PostgresSaver.fromConnString(url);
  try {
    await saver.setup();
    const State = Annotation.Root({ ...MessagesAnnotation.spec, current_stage: Annotation() });
    let reply = null;
    const graph = new StateGraph(State)
      .addNode('agent', () => reply)
      .addEdge(START, 'agent')
      .addEdge('agent', END)
      .compile({ checkpointer: saver });
    const turns = [
      ['Hi, I saw your reel. I run a bakery.', 'Welcome! What is your monthly revenue?', 'qualification'],
      ['Around 15k a month.', 'Great fit. Here is how the coaching works…', 'pitch'],
      ['OK, send me the link.', 'Here you go: https://checkout.stripe.com/c/pay/cs_test_web_complete', 'close'],
      ['Paid!', 'Welcome aboard 🎉', 'complete'],
    ];
    for (const [i, [human, ai, stage]] of turns.entries()) {
      reply = { messages: [new AIMessage({ id: `web-a-${i}`, content: ai })], current_stage: stage };
      await graph.invoke({ messages: [new HumanMessage({ id: `web-h-${i}`, content: human })] },
        { configurable: { thread_id: threadId } });
    }
    const tuple = await saver.getTuple({ configurable: { thread_id: threadId } });
    return await withClient(url, async (c) => ({
      thread: threadId,
      messages: tuple.checkpoint.channel_values.messages.length,
      checkpoints: Number((await c.query('select count(*) from checkpoints where thread_id = $1', [threadId])).rows[0].count),
      tables: (await c.query(`select tablename from pg_tables where schemaname = 'public' and tablename like 'checkpoint%' order by 1`))
        .rows.map((r) => r.tablename),
    }));
  } finally {
    await saver.end();
  }
}

// ---------------------------------------------------------------------------------------------
// later, journal, generate-check, push-plan, dump

async function later(opts) {
  const url = opts['db-url'];
  if (!url) throw new Failure('later needs --db-url URL');
  const state = loadState(databaseOf(url));
  if (state.later) throw new Failure(`the later change was already made on ${state.database}`);
  editSchema(state.src, 'campaigns', (s) => s.replace(
    "  platform: text('platform'), // \"instagram\", \"facebook\", \"youtube\", etc.\n",
    "  platform: text('platform'), // \"instagram\", \"facebook\", \"youtube\", etc.\n  utm_source: text('utm_source'), // added later by the web project\n"));
  const entry = generate(state, 'campaigns_utm_source');
  if (!entry) throw new Failure('drizzle-kit generate found no change for utm_source');
  state.later = true;
  saveState(state);
  await migrate(state, url);
  return { database: state.database, migration: entry.tag, sql: entry.sql.trim() };
}

// The web project adopts declarations.ts on a database that may already have the additions
// (made by `limitless migrate`): drizzle-kit generate writes plain CREATE statements, which would
// fail on objects that exist, so the generated migration is made idempotent before it is applied
// (docs/web-project.md, "Adopting the declarations later").
async function adopt(opts) {
  const url = opts['db-url'];
  if (!url) throw new Failure('adopt needs --db-url URL');
  const state = loadState(databaseOf(url));
  if (state.declarations) throw new Failure(`${state.database}'s web project already has the declarations`);
  mergeDeclarations(state.src);
  const entry = generate(state, 'limitless_declarations');
  if (!entry) throw new Failure('drizzle-kit generate found nothing to adopt');
  const sql = guardAdditions(entry.sql);
  writeFileSync(join(state.out, `${entry.tag}.sql`), sql);
  state.declarations = true;
  saveState(state);
  await migrate(state, url);
  return { database: state.database, migration: entry.tag, sql: sql.trim() };
}

function guardAdditions(generated) {
  const out = [];
  if (/gin_trgm_ops/.test(generated)) out.push('CREATE EXTENSION IF NOT EXISTS pg_trgm;');
  for (const raw of generated.split('--> statement-breakpoint')) {
    const st = raw.trim();
    let m;
    if (!st) continue;
    if (/^ALTER TABLE "[^"]+" ENABLE ROW LEVEL SECURITY;$/.test(st)) {
      out.push(st);
    } else if (/^CREATE (UNIQUE )?INDEX "/.test(st)) {
      out.push(st.replace(/^CREATE (UNIQUE )?INDEX /, (_, u) => `CREATE ${u ?? ''}INDEX IF NOT EXISTS `));
    } else if ((m = /^CREATE POLICY ("[^"]+") ON ("[^"]+") /.exec(st))) {
      out.push(`DROP POLICY IF EXISTS ${m[1]} ON ${m[2]};`, st);
    } else if ((m = /^ALTER TABLE "([^"]+)" ADD CONSTRAINT "([^"]+)" /.exec(st))) {
      out.push(`DO $$\nBEGIN\n\tIF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public."${m[1]}"'::regclass AND conname = '${m[2]}') THEN\n\t\t${st}\n\tEND IF;\nEND\n$$;`);
    } else {
      throw new Failure(`unexpected statement in the adoption migration: ${st.slice(0, 120)}`);
    }
  }
  return `${out.join('\n--> statement-breakpoint\n')}\n`;
}

async function journal(opts) {
  if (!opts['db-url']) throw new Failure('journal needs --db-url URL');
  return journalRows(opts['db-url']);
}

// A throw-away copy of a database's web project (or of the fixture, when the database has none),
// with the declarations merged in if asked.
function scratchSource(database, declarations) {
  const dir = join(stateRoot(), `${database}.scratch`);
  const known = existsSync(join(stateDir(database), 'state.json')) ? loadState(database) : null;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const src = join(dir, 'src');
  if (known) {
    cpSync(join(known.src, 'schema'), join(src, 'schema'), { recursive: true });
    cpSync(join(known.src, 'declarations.ts'), join(src, 'declarations.ts'));
    symlinkSync(resolve(here, 'node_modules'), join(src, 'node_modules'), 'dir');
    if (declarations) mergeDeclarations(src);
  } else {
    makeSource(src, { declarations, conflict: false });
  }
  return { dir, src, embedding: known?.embedding ?? (process.env.WEB_PROJECT_EMBEDDING === 'vector' ? 'vector' : 'real'),
    declarations: !!(known?.declarations || declarations) };
}

// The schema modules and the config, loaded as drizzle-kit loads them (CommonJS through tsx).
function loadSchema(source) {
  const env = kitEnv({ src: source.src, out: join(source.dir, 'unused-out'), embedding: source.embedding });
  const saved = {};
  for (const k of ['WEB_PROJECT_SCHEMA_DIR', 'WEB_PROJECT_OUT', 'WEB_PROJECT_EMBEDDING']) {
    saved[k] = process.env[k];
    process.env[k] = env[k];
  }
  try {
    const { require: tsxRequire } = require('tsx/cjs/api');
    const config = tsxRequire(configPath, import.meta.url).default;
    const imports = {};
    const schemaDir = join(source.src, 'schema');
    for (const f of readdirSync(schemaDir).filter((f) => f.endsWith('.ts')).sort()) {
      Object.assign(imports, tsxRequire(join(schemaDir, f), import.meta.url));
    }
    return { config, imports };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

async function pushPlan(opts) {
  const url = opts['db-url'];
  if (!url) throw new Failure('push-plan needs --db-url URL');
  usePassfile(url);
  const database = databaseOf(url);
  const source = scratchSource(database, !!opts.declarations);
  const { config, imports } = loadSchema(source);
  const { pushSchema } = require('drizzle-kit/api');
  const { drizzle } = require('drizzle-orm/node-postgres');
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  // pushSchema draws a progress spinner on stdout; this command's stdout is JSON.
  const write = process.stdout.write;
  process.stdout.write = (...a) => process.stderr.write(...a);
  let plan;
  try {
    plan = await pushSchema(imports, drizzle(pool), config.schemaFilter, config.tablesFilter);
  } finally {
    process.stdout.write = write;
    await pool.end();
  }
  const result = {
    database, declarations: source.declarations, schemaFilter: config.schemaFilter, tablesFilter: config.tablesFilter,
    statements: plan.statementsToExecute, hasDataLoss: plan.hasDataLoss, warnings: plan.warnings,
  };
  if (opts.cli) result.cli = await cliPush(url, database, source);
  rmSync(source.dir, { recursive: true, force: true });
  return result;
}

// The real `drizzle-kit push` on a copy of the database (push has no dry run); --force only
// skips its data-loss question, --verbose prints the statements.
async function cliPush(url, database, source) {
  const copy = `${database}_pushcopy`;
  await createDatabase(url, copy, database);
  try {
    const r = kit({ src: source.src, out: join(source.dir, 'unused-out'), embedding: source.embedding },
      ['push', '--verbose', '--force'], urlFor(url, copy));
    const output = `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
    return { exit: r.status, noChanges: /No changes detected/.test(output), output: output.trim().split('\n').slice(-40) };
  } finally {
    await dropDatabase(url, copy);
  }
}

async function generateCheck(opts) {
  const database = checkName(opts.db);
  const state = loadState(database);
  // generate writes into the folder; work on a copy so that the folder stays as it was.
  const source = scratchSource(database, !!opts.declarations);
  const out = join(source.dir, 'drizzle');
  cpSync(state.out, out, { recursive: true });
  const entry = generate({ ...state, src: source.src, out }, 'check');
  rmSync(source.dir, { recursive: true, force: true });
  return { database, declarations: source.declarations, changed: !!entry, migration: entry?.tag ?? null, sql: entry?.sql.trim() ?? null };
}

function pgDumpPath(opts) {
  return opts['pg-dump'] ?? 'pg_dump';
}

function dump(url, pgDump) {
  usePassfile(url);
  const help = run(pgDump, ['--help']).stdout;
  // Newer pg_dump releases write a random \restrict key unless given one.
  const restrict = help.includes('--restrict-key') ? ['--restrict-key=webproject'] : [];
  return mustRun('pg_dump', pgDump, ['--schema-only', ...restrict, '--dbname', url]).stdout;
}

// ---------------------------------------------------------------------------------------------
// selftest

function check(condition, message, detail) {
  if (!condition) throw new Failure(`${message}${detail === undefined ? '' : `\n${typeof detail === 'string' ? detail : JSON.stringify(detail, null, 1)}`}`);
  console.log(`ok - ${message}`);
}

// This script's own commands, as other tests run them.
function self(argv, { expectExit = 0 } = {}) {
  const r = run(process.execPath, [fileURLToPath(import.meta.url), ...argv], { cwd: here, timeout: 240000 });
  if (r.status !== expectExit) {
    throw new Failure(`web-project.mjs ${argv[0]} exited ${r.status} (expected ${expectExit}):\n${r.stdout}\n${r.stderr}`);
  }
  return JSON.parse(r.stdout);
}

function firstDifference(a, b) {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); ++i) {
    if (la[i] !== lb[i]) return `line ${i + 1}:\n  before: ${la[i]}\n  after:  ${lb[i]}`;
  }
  return 'none';
}

// The additions as the dashboard's migrations write them: every statement of the migrations
// folder that creates a policy on, enables RLS on, or adds the unique constraint or an index of
// 0013 to a seed table (found by content, not by file name).
function dashboardAdditionStatements(migrationsDir) {
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.sql')) files.push(join(d, e.name));
    }
  };
  walk(migrationsDir);
  const tables = SEED_TABLES.join('|');
  const wanted = [
    new RegExp(`CREATE POLICY\\s+"[^"]+"\\s+ON\\s+"?(?:public"?\\.)?"?(?:${tables})"?\\s`, 'i'),
    new RegExp(`ALTER TABLE\\s+"?(?:public"?\\.)?"?(?:${tables})"?\\s+ENABLE ROW LEVEL SECURITY`, 'i'),
    /ADD CONSTRAINT\s+"document_embeddings_document_id_chunk_index_unique"/i,
    /CREATE INDEX[^;]*"idx_conversations_(?:last_message_keyset|created_keyset|stage_last_message|handle_trgm|email_trgm)"/i,
  ];
  const statements = [];
  for (const f of files) {
    for (const s of readFileSync(f, 'utf8').split('--> statement-breakpoint')) {
      if (wanted.some((w) => w.test(s))) statements.push({ file: basename(f), sql: s.trim() });
    }
  }
  return statements;
}

// What the dashboard's additions on the seed tables look like in the catalog.
async function additionsCatalog(url) {
  return withClient(url, async (c) => ({
    rls: (await c.query(`select relname, relrowsecurity from pg_class
        where relnamespace = 'public'::regnamespace and relname = any($1) order by 1`, [SEED_TABLES])).rows,
    policies: (await c.query(`select tablename, policyname, permissive, roles::text, cmd, qual, with_check
        from pg_policies where schemaname = 'public' and tablename = any($1) order by 1, 2`, [SEED_TABLES])).rows,
    indexes: (await c.query(`select tablename, indexname, indexdef from pg_indexes
        where schemaname = 'public' and tablename = any($1) order by 1, 2`, [SEED_TABLES])).rows,
    constraints: (await c.query(`select conrelid::regclass::text as tbl, conname, pg_get_constraintdef(oid) as def
        from pg_constraint where connamespace = 'public'::regnamespace and conrelid::regclass::text = any($1)
        order by 1, 2`, [SEED_TABLES])).rows,
  }));
}

async function rowCounts(url) {
  return withClient(url, async (c) => {
    const counts = {};
    for (const t of [...SEED_TABLES, 'checkpoints', 'checkpoint_blobs', 'checkpoint_writes']) {
      counts[t] = Number((await c.query(`select count(*) from public.${t}`)).rows[0].count);
    }
    return counts;
  });
}

function limitlessMigrate(limitless, url) {
  const r = run(limitless, ['migrate', '--db', url, '--json']);
  let json = null;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    // reported by the caller
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, json };
}

async function selftest(opts) {
  let admin = opts['admin-url'];
  if (!admin) {
    if (!opts.sandbox || !opts.limitless) throw new Failure('selftest needs --sandbox DIR --limitless PATH (or --admin-url URL)');
    const r = mustRun('limitless sandbox status', opts.limitless, ['sandbox', 'status', '--dir', opts.sandbox, '--json']);
    const status = JSON.parse(r.stdout);
    if (!status.running || !status.url) throw new Failure(`the test cluster is not running: ${r.stdout}`);
    admin = status.url;
  }
  usePassfile(admin);
  // A private state folder, so that test runs of two build trees do not share working copies.
  process.env.WEB_PROJECT_STATE_DIR = mkdtempSync(join(tmpdir(), 'limitless-web-project-'));
  if (opts['with-limitless'] && !opts.limitless) throw new Failure('--with-limitless needs --limitless PATH');
  const pgDump = pgDumpPath(opts);
  const migrationsDir = resolve(opts.migrations ?? resolve(here, '../../app/db/migrations/additions'));
  const dbs = { fixture: 'web_fixture', declared: 'web_declared', reference: 'web_reference',
    conflict: 'web_conflict', guest: 'web_guest' };
  const url = (k) => urlFor(admin, dbs[k]);
  let failed = false;
  try {
    // 1. The web project alone: its schema, its data, LangGraph's tables, its journal.
    const s = self(['setup', '--admin-url', admin, '--db', dbs.fixture, '--data', '--langgraph']);
    check(s.migrations.length === 1, `setup: drizzle-kit generated and applied ${s.migrations.join(', ')}`);
    check(s.inserted.owners === 1 && s.inserted.campaigns === 2 && s.inserted.conversations === 7 &&
      s.inserted.documents === 1 && s.inserted.document_embeddings === 2 &&
      s.inserted.payments === 2 && s.inserted.events_by_type.objection_raised === 2 &&
      s.inserted.events_by_type.payment_completed === 1, 'setup --data: owner, campaigns, conversations, events, payments', s.inserted);
    check(s.langgraph.messages === 8 && s.langgraph.tables.includes('checkpoints') &&
      s.langgraph.tables.includes('checkpoint_writes'), `setup --langgraph: PostgresSaver tables and thread ${s.langgraph.thread}`, s.langgraph);
    const j1 = self(['journal', '--db-url', url('fixture')]);
    check(j1.length === 1 && /^[0-9a-f]{64}$/.test(j1[0].hash), 'journal: one drizzle-kit row', j1);
    const plain = self(['push-plan', '--db-url', url('fixture'), '--cli']);
    check(plain.statements.length === 0, 'push-plan: push from the seed schema proposes nothing on the web project\'s own database', plain);
    check(plain.cli.noChanges, 'the real drizzle-kit push says "No changes detected" (LangGraph\'s tables filtered out)', plain.cli);
    const l = self(['later', '--db-url', url('fixture')]);
    check(/ALTER TABLE "campaigns" ADD COLUMN "utm_source" text;/.test(l.sql), `later: ${l.migration}: ${l.sql}`);
    const j2 = self(['journal', '--db-url', url('fixture')]);
    check(j2.length === j1.length + 1 && JSON.stringify(j2.slice(0, j1.length)) === JSON.stringify(j1),
      'journal after later: earlier rows unchanged, one row added', { j1, j2 });
    const g1 = self(['generate-check', '--db', dbs.fixture]);
    check(!g1.changed, 'generate-check: no new migration when nothing changed', g1);

    // 2. The declarations: a database made from the seed schema plus declarations.ts ...
    const d = self(['setup', '--admin-url', admin, '--db', dbs.declared, '--declarations']);
    check(d.migrations.length === 2, `setup --declarations: ${d.migrations.join(', ')} (pg_trgm, then the tables)`);
    const gd = self(['generate-check', '--db', dbs.declared]);
    check(!gd.changed, 'generate-check with the declarations: no new migration', gd);
    const pd = self(['push-plan', '--db-url', url('declared'), '--declarations', '--cli']);
    check(pd.statements.length === 0 && pd.cli.noChanges, 'push-plan with the declarations proposes nothing on it (pushSchema and the CLI)', pd);
    // ... equals one made from the seed schema plus the dashboard's own statements.
    self(['setup', '--admin-url', admin, '--db', dbs.reference]);
    const adds = dashboardAdditionStatements(migrationsDir);
    await withClient(url('reference'), async (c) => {
      // The additions' own schema (their first statement), where pg_trgm goes if it is missing.
      await c.query('create schema if not exists limitless');
      for (const st of adds) await c.query(st.sql);
    });
    const catD = await additionsCatalog(url('declared'));
    const catR = await additionsCatalog(url('reference'));
    check(catR.policies.length === SEED_TABLES.length && catR.rls.every((r) => r.relrowsecurity) &&
      catR.constraints.some((x) => x.conname === 'document_embeddings_document_id_chunk_index_unique') &&
      catR.indexes.filter((x) => /keyset|stage_last_message|_trgm/.test(x.indexname)).length === 5,
    `the dashboard's migrations (${migrationsDir}) hold the additions: ${adds.length} statements from ${[...new Set(adds.map((a) => a.file))].join(', ')}`, catR);
    for (const k of ['rls', 'policies', 'indexes', 'constraints']) {
      check(JSON.stringify(catD[k]) === JSON.stringify(catR[k]),
        `declarations.ts and the dashboard's SQL give identical ${k} (${catD[k].length}; as deparsed by PostgreSQL)`, { declared: catD[k], dashboard: catR[k] });
    }
    const pr = self(['push-plan', '--db-url', url('reference'), '--declarations', '--cli']);
    check(pr.statements.length === 0 && pr.cli.noChanges, 'push-plan with the declarations proposes nothing on the dashboard-made additions', pr);
    const bare = self(['push-plan', '--db-url', url('reference')]);
    check(bare.statements.some((x) => /DROP POLICY/.test(x)) && bare.statements.some((x) => /DISABLE ROW LEVEL SECURITY/.test(x)),
      `without the declarations push would undo the additions (${bare.statements.length} statements)`, bare.statements);
    console.log(bare.statements.map((x) => `#   ${x.split('\n')[0]}`).join('\n'));
    // The web project adopts the declarations after the dashboard made the additions.
    const gen = self(['generate-check', '--db', dbs.reference, '--declarations'], { expectExit: 1 });
    check(gen.changed && /CREATE POLICY/.test(gen.sql), 'adopting the declarations later: generate writes plain CREATE statements', gen);
    const jr = self(['journal', '--db-url', url('reference')]);
    const ad = self(['adopt', '--db-url', url('reference')]);
    const jr2 = self(['journal', '--db-url', url('reference')]);
    check(jr2.length === jr.length + 1 && JSON.stringify(jr2.slice(0, -1)) === JSON.stringify(jr),
      `adopt: the guarded migration ${ad.migration} applies over the existing additions`, ad);
    check(JSON.stringify(await additionsCatalog(url('reference'))) === JSON.stringify(catR), 'and leaves them as they were');
    check(self(['push-plan', '--db-url', url('reference')]).statements.length === 0 && !self(['generate-check', '--db', dbs.reference]).changed,
      'after it, push and generate propose nothing');

    // The declarations docs/web-project.md shows are the ones tested here.
    const doc = readFileSync(resolve(here, '../../docs/web-project.md'), 'utf8');
    const declarations = readFileSync(join(fixtureDir, 'declarations.ts'), 'utf8');
    const quoted = [...doc.matchAll(/<!-- quoted from tests\/interop\/webproject\/declarations\.ts -->\n```ts\n([\s\S]*?)```/g)].map((q) => q[1]);
    const missing = quoted.filter((q) => !declarations.includes(q));
    check(quoted.length > 0 && missing.length === 0, `docs/web-project.md quotes declarations.ts verbatim (${quoted.length} blocks)`, missing);

    // 3. A database whose seed table disagrees with the seed, for the migrator's refusal.
    const cf = self(['setup', '--admin-url', admin, '--db', dbs.conflict, '--conflict', '--data']);
    const type = await withClient(url('conflict'), async (c) => (await c.query(`select data_type from information_schema.columns
        where table_schema = 'public' and table_name = 'campaigns' and column_name = 'total_clicks'`)).rows[0].data_type);
    check(type === 'bigint' && cf.conflict, `setup --conflict: campaigns.total_clicks is ${type}`);

    // 4. The schema with pgvector (generated only: the test cluster has no pgvector).
    const vdir = join(stateRoot(), 'web_vector_generate');
    rmSync(vdir, { recursive: true, force: true });
    makeSource(join(vdir, 'src'), { declarations: false, conflict: false });
    const v = generate({ src: join(vdir, 'src'), out: join(vdir, 'drizzle'), embedding: 'vector' }, 'seed_tables');
    rmSync(vdir, { recursive: true, force: true });
    check(/"embedding" vector\(1536\) NOT NULL/.test(v.sql) &&
      /CREATE INDEX "idx_document_embeddings_vector" ON "document_embeddings" USING hnsw \("embedding" vector_cosine_ops\)/.test(v.sql),
    'WEB_PROJECT_EMBEDDING=vector: the seed\'s vector(1536) column and HNSW index');

    if (opts['with-limitless']) await limitlessChecks(opts, admin, dbs, url, pgDump);
  } catch (e) {
    failed = true;
    console.log(`not ok - ${e instanceof Failure ? e.message : e.stack}`);
  } finally {
    for (const name of Object.values(dbs)) {
      try {
        await dropDatabase(admin, name);
      } catch (e) {
        console.error(`cleanup ${name}: ${e.message}`);
      }
      rmSync(stateDir(name), { recursive: true, force: true });
      rmSync(join(stateRoot(), `${name}.scratch`), { recursive: true, force: true });
    }
    rmSync(process.env.WEB_PROJECT_STATE_DIR, { recursive: true, force: true });
  }
  return failed;
}

// What every page shows, through the CLI, checked against recounts in SQL: the funnel's stages,
// the campaigns, the conversations, the payments and the paid conversation's transcript.
function cliJson(limitless, argv) {
  const r = run(limitless, [...argv, '--json']);
  let json = null;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    // reported by the caller
  }
  return { status: r.status, stderr: r.stderr, json };
}

async function recount(url) {
  return withClient(url, async (c) => {
    const { rows: events } = await c.query(`select e.event_type, count(*)::int as n
      from analytics_events e join campaigns c on c.id = e.campaign_id
      where c.platform is distinct from 'playground' group by 1`);
    const byType = Object.fromEntries(events.map((r) => [r.event_type, r.n]));
    const { rows: [link] } = await c.query(`select count(distinct p.conversation_id)::int as n
      from payments p join conversations c on c.id = p.conversation_id where c.payment_link_sent`);
    const { rows: [n] } = await c.query(`select (select count(*) from campaigns)::int as campaigns,
      (select count(*) from conversations)::int as conversations,
      (select count(*) from payments)::int as payments`);
    return {
      stages: { clicks: byType.campaign_click ?? 0, conversations: byType.conversation_started ?? 0,
        qualified: byType.qualified ?? 0, pitched: byType.pitch_delivered ?? 0,
        link_sent: link.n, paid: byType.payment_completed ?? 0 },
      ...n,
    };
  });
}

async function pagesWork(limitless, dbUrl, adminDbUrl, label, expectSource) {
  const want = await recount(adminDbUrl);
  const today = new Date().toISOString().slice(0, 10);
  const f = cliJson(limitless, ['funnel', '--db', dbUrl, '--from', '2020-01-01', '--to', today, '--tz', 'UTC']);
  const got = Object.fromEntries((f.json?.primary?.stages ?? []).map((x) => [x.stage, x.count]));
  check(f.status === 0 && JSON.stringify(got) === JSON.stringify(want.stages) &&
    f.json.primary.source === expectSource,
  `${label}: limitless funnel equals the SQL recount (${JSON.stringify(got)}, counted from ${f.json?.primary?.source})`, { f, want });
  const c = cliJson(limitless, ['campaigns', 'list', '--db', dbUrl]);
  check(c.status === 0 && Array.isArray(c.json) && c.json.length === want.campaigns,
    `${label}: limitless campaigns list shows the ${want.campaigns} campaigns`, c);
  const v = cliJson(limitless, ['conversations', 'list', '--db', dbUrl]);
  check(v.status === 0 && Array.isArray(v.json) && v.json.length === want.conversations,
    `${label}: limitless conversations list shows the ${want.conversations} conversations`, v);
  const p = cliJson(limitless, ['payments', 'list', '--db', dbUrl]);
  check(p.status === 0 && Array.isArray(p.json?.payments) && p.json.payments.length === want.payments,
    `${label}: limitless payments list shows the ${want.payments} payments`, p);
  const t = cliJson(limitless, ['transcript', 'web-conv-complete', '--db', dbUrl]);
  check(t.status === 0 && Array.isArray(t.json?.messages) && t.json.messages.length === 8,
    `${label}: limitless transcript reads the LangGraph thread's 8 messages`, t);
}

async function readerUrl(adminDbUrl, database) {
  // A role that may read the web project's tables and LangGraph's, and nothing more: no DDL.
  await withClient(adminDbUrl, async (c) => {
    await c.query(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'web_reader') then
        create role web_reader login password 'web-reader' nobypassrls;
      end if; end $$`);
    await c.query(`grant connect on database ${database} to web_reader`);
    await c.query('grant usage on schema public to web_reader');
    await c.query('grant select on all tables in schema public to web_reader');
  });
  const u = new URL(adminDbUrl);
  u.username = 'web_reader';
  u.password = 'web-reader';
  u.searchParams.delete('passfile');
  return u.toString();
}

// `limitless migrate` as a guest on the web project's database (the contract in
// docs/web-project.md): it installs its additions without touching drizzle's journal, and it
// refuses a database whose seed tables differ from the seed, changing nothing.
async function limitlessChecks(opts, admin, dbs, url, pgDump) {
  const limitless = resolve(opts.limitless);
  self(['setup', '--admin-url', admin, '--db', dbs.guest, '--data', '--langgraph']);
  const j0 = JSON.stringify(self(['journal', '--db-url', url('guest')]));
  const counts0 = await rowCounts(url('guest'));
  // Before the additions, through a role that may not run DDL: every page works from the seed's
  // tables, and migrate refuses with what the owner can do, changing nothing.
  const reader = await readerUrl(url('guest'), dbs.guest);
  await pagesWork(limitless, reader, url('guest'), 'without the additions, read-only role', 'events');
  const dumpBefore = dump(url('guest'), pgDump);
  const refused = limitlessMigrate(limitless, reader);
  check(refused.status !== 0 && /may not create schemas|does not own/.test(refused.json?.error?.message ?? '') &&
    refused.json.error.exit_code === refused.status,
  `limitless migrate as the read-only role refuses: ${refused.json?.error?.message}`, refused);
  check(dump(url('guest'), pgDump) === dumpBefore,
    'and changes nothing (pg_dump --schema-only before = after)');
  const m = limitlessMigrate(limitless, url('guest'));
  check(m.status === 0 && Array.isArray(m.json?.applied) && m.json.applied.length > 0 &&
    m.json.applied.every((t) => typeof t === 'string'),
  `limitless migrate --json on the web project's database: exit 0, applied ${JSON.stringify(m.json?.applied)}`, m);
  check(JSON.stringify(self(['journal', '--db-url', url('guest')])) === j0, 'drizzle.__drizzle_migrations is byte-identical after limitless migrate');
  await pagesWork(limitless, url('guest'), url('guest'), 'with the additions', 'rollup');
  const catG = await additionsCatalog(url('guest'));
  check(catG.policies.length === SEED_TABLES.length && catG.rls.every((r) => r.relrowsecurity),
    'limitless migrate enabled RLS with one policy on each seed table', catG.policies);
  const pg1 = self(['push-plan', '--db-url', url('guest'), '--declarations', '--cli']);
  check(pg1.statements.length === 0 && pg1.cli.noChanges, 'push-plan with the declarations proposes nothing after limitless migrate', pg1);
  const again = limitlessMigrate(limitless, url('guest'));
  check(again.status === 0 && Array.isArray(again.json?.applied) && again.json.applied.length === 0,
    'limitless migrate again: exit 0, nothing applied', again);
  const l = self(['later', '--db-url', url('guest')]);
  const j1 = self(['journal', '--db-url', url('guest')]);
  check(j1.length === JSON.parse(j0).length + 1 && JSON.stringify(j1.slice(0, -1)) === j0,
    `later still applies cleanly after limitless migrate (${l.migration})`, j1);
  const after = limitlessMigrate(limitless, url('guest'));
  check(after.status === 0, 'limitless migrate accepts the web project\'s later column', after);
  const pg2 = self(['push-plan', '--db-url', url('guest'), '--declarations']);
  check(pg2.statements.length === 0, 'push-plan with the declarations still proposes nothing', pg2);
  // The web project adopts the declarations afterwards; then either side migrates again.
  const catBeforeAdopt = await additionsCatalog(url('guest'));
  const ad = self(['adopt', '--db-url', url('guest')]);
  check(JSON.stringify(await additionsCatalog(url('guest'))) === JSON.stringify(catBeforeAdopt),
    `the web project adopts the declarations (${ad.migration}) over the dashboard's additions, which stay as they were`);
  const jAdopted = JSON.stringify(self(['journal', '--db-url', url('guest')]));
  const afterAdopt = limitlessMigrate(limitless, url('guest'));
  check(afterAdopt.status === 0 && JSON.stringify(self(['journal', '--db-url', url('guest')])) === jAdopted,
    'limitless migrate after that: exit 0, journal byte-identical', afterAdopt);
  check(!self(['generate-check', '--db', dbs.guest]).changed && self(['push-plan', '--db-url', url('guest')]).statements.length === 0,
    'and neither generate nor push proposes anything');
  check(JSON.stringify(await rowCounts(url('guest'))) === JSON.stringify(counts0), 'the web project\'s rows are all still there', counts0);

  // On a database whose web project already declared the additions, nothing is duplicated.
  self(['setup', '--admin-url', admin, '--db', dbs.declared, '--declarations', '--data']);
  const jd = JSON.stringify(self(['journal', '--db-url', url('declared')]));
  const catBefore = await additionsCatalog(url('declared'));
  const md = limitlessMigrate(limitless, url('declared'));
  check(md.status === 0 && Array.isArray(md.json?.applied), 'limitless migrate on a database that declares the additions: exit 0', md);
  check(JSON.stringify(self(['journal', '--db-url', url('declared')])) === jd, 'and leaves drizzle\'s journal byte-identical');
  const catAfter = await additionsCatalog(url('declared'));
  check(JSON.stringify(catAfter) === JSON.stringify(catBefore), 'and keeps the declared policies, indexes and constraints as they were', { catBefore, catAfter });
  const gd = self(['generate-check', '--db', dbs.declared]);
  check(!gd.changed, 'generate-check after limitless migrate: no new migration', gd);

  // A seed column of another type: refused, nothing changed.
  self(['setup', '--admin-url', admin, '--db', dbs.conflict, '--conflict', '--data']);
  const before = dump(url('conflict'), pgDump);
  const c = limitlessMigrate(limitless, url('conflict'));
  check(c.status !== 0, `limitless migrate refuses the conflicting database (exit ${c.status})`, c);
  const e = c.json?.error;
  check(e && typeof e.message === 'string' && typeof e.code === 'string' && e.exit_code === c.status,
    `its JSON is {"error":{"message","code","exit_code"}}: ${e?.code}: ${e?.message}`, c.stdout);
  const afterDump = dump(url('conflict'), pgDump);
  check(afterDump === before, `pg_dump --schema-only is unchanged (first difference: ${firstDifference(before, afterDump)})`);
}

// ---------------------------------------------------------------------------------------------

const commands = {
  setup, later, adopt, journal, 'push-plan': pushPlan,
  'generate-check': generateCheck,
  dump: async (opts) => {
    if (!opts['db-url']) throw new Failure('dump needs --db-url URL');
    process.stdout.write(dump(opts['db-url'], pgDumpPath(opts)));
    return undefined;
  },
};

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'admin-url': { type: 'string' }, db: { type: 'string' }, 'db-url': { type: 'string' },
    declarations: { type: 'boolean' }, data: { type: 'boolean' }, langgraph: { type: 'boolean' },
    conflict: { type: 'boolean' }, embedding: { type: 'string' }, cli: { type: 'boolean' },
    'pg-dump': { type: 'string' }, limitless: { type: 'string' }, sandbox: { type: 'string' },
    'with-limitless': { type: 'boolean' }, migrations: { type: 'string' },
  },
});
const command = positionals[0];
try {
  if (command === 'selftest') {
    process.exit((await selftest(opts)) ? 1 : 0);
  } else if (commands[command]) {
    const result = await commands[command](opts);
    if (result !== undefined) console.log(JSON.stringify(result, null, 1));
    process.exit(command === 'generate-check' && result.changed ? 1 : 0);
  } else {
    console.error('usage: node web-project.mjs setup|later|adopt|journal|push-plan|generate-check|dump|selftest … (see the comment at the top)');
    process.exit(2);
  }
} catch (e) {
  console.error(e instanceof Failure ? e.message : e.stack);
  process.exit(1);
}
