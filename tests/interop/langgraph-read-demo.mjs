// Reads the demo transcripts that the C++ CheckpointWriter wrote, through the real LangGraph.js
// PostgresSaver, and checks them against the conversations table: message classes, contents,
// tool calls, state channels, the checkpoint history, and that LangGraph can continue a thread.
//
// Usage: node langgraph-read-demo.mjs <limitless executable> <sandbox dir> <database>
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import pg from "pg";
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import { AIMessage, HumanMessage } from "@langchain/core/messages";
import { Annotation, END, MessagesAnnotation, START, StateGraph } from "@langchain/langgraph";

const [limitless, sandboxDir, database] = process.argv.slice(2);
const status = JSON.parse(
  execFileSync(limitless, ["sandbox", "status", "--json", "--dir", sandboxDir]).toString());
const url = new URL(status.url);
// The sandbox's URLs carry no password but name its password file (libpq's passfile);
// node-postgres reads that file from PGPASSFILE.
const passfile = new URL(status.url).searchParams.get("passfile");
if (passfile) process.env.PGPASSFILE = passfile;
url.pathname = "/" + database;

const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
const saver = PostgresSaver.fromConnString(url.toString());
let passed = 0;
let failed = 0;

async function check(name, fn) {
  try {
    await fn();
    passed += 1;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed += 1;
    console.log(`not ok - ${name}\n  ${String(e.stack || e).split("\n").join("\n  ")}`);
  }
}

const TYPE_OF_CLASS = { HumanMessage: "human", AIMessage: "ai", ToolMessage: "tool",
                        SystemMessage: "system" };
const STATE_COLUMNS = ["current_stage", "qualified", "business_type", "monthly_revenue",
                       "main_pain_point", "pitch_delivered", "pitch_type", "payment_link_sent",
                       "payment_completed", "preferred_plan", "email", "followup_count"];

// The newest checkpoint of a thread and its raw messages JSON, read with plain SQL.
async function rawLatest(threadId) {
  const { rows } = await pool.query(
    `select c.checkpoint_id, convert_from(b.blob, 'UTF8') as messages
       from checkpoints c
       join checkpoint_blobs b on b.thread_id = c.thread_id and b.checkpoint_ns = c.checkpoint_ns
        and b.channel = 'messages' and b.version = c.checkpoint->'channel_versions'->>'messages'
      where c.thread_id = $1 and c.checkpoint_ns = ''
      order by c.checkpoint_id desc limit 1`, [threadId]);
  return { checkpointId: rows[0].checkpoint_id, messages: JSON.parse(rows[0].messages) };
}

// One conversation per stage, plus a paid one and one with a pending or failed checkout.
const { rows: threads } = await pool.query(`
  (select distinct on (current_stage) v.*, null::text as session
     from conversations v order by current_stage, id)
  union all
  (select v.*, p.stripe_session_id from conversations v join payments p on p.conversation_id = v.id
    where p.payment_status in ('completed', 'refunded') order by v.id desc limit 1)
  union all
  (select v.*, p.stripe_session_id from conversations v join payments p on p.conversation_id = v.id
    where p.payment_status in ('pending', 'failed') order by v.id desc limit 1)`);

await check("one conversation of every stage", async () => {
  assert.equal(new Set(threads.map((t) => t.current_stage)).size, 7);
});

for (const row of threads) {
  const label = `${row.current_stage} ${row.id}`;
  await check(`getTuple: ${label}`, async () => {
    const tuple = await saver.getTuple({ configurable: { thread_id: row.id } });
    assert.ok(tuple, "no checkpoint");
    const raw = await rawLatest(row.id);
    assert.equal(tuple.config.configurable.checkpoint_id, raw.checkpointId);
    assert.equal(tuple.checkpoint.v, 4);
    const values = tuple.checkpoint.channel_values;
    const messages = values.messages;
    assert.ok(Array.isArray(messages));
    assert.equal(messages.length, row.total_messages);
    messages.forEach((m, i) => {
      const r = raw.messages[i];
      const cls = r.id[2];
      assert.equal(m.constructor.name, cls, `message ${i} class`);
      assert.equal(m.type ?? m._getType(), TYPE_OF_CLASS[cls], `message ${i} type`);
      assert.equal(m.content, r.kwargs.content, `message ${i} content`);
      assert.equal(m.id, r.kwargs.id, `message ${i} id`);
      if (cls === "AIMessage") {
        assert.deepEqual(m.tool_calls.map((c) => ({ name: c.name, args: c.args, id: c.id })),
                         r.kwargs.tool_calls.map((c) => ({ name: c.name, args: c.args, id: c.id })));
      }
      if (cls === "ToolMessage") {
        assert.equal(m.tool_call_id, r.kwargs.tool_call_id);
        const call = messages.slice(0, i).flatMap((x) => x.tool_calls ?? [])
          .find((c) => c.id === m.tool_call_id);
        assert.ok(call, "tool message without a matching tool call");
        assert.equal(call.name, "send_payment_link");
        assert.equal(call.args.plan, row.preferred_plan);
        assert.equal(call.args.email, row.email);
        if (row.session) assert.ok(m.content.includes(row.session), "session id in tool result");
      }
    });
    assert.equal(messages[0].constructor.name, "HumanMessage");
    for (const column of STATE_COLUMNS) {
      assert.deepEqual(values[column] ?? null, row[column], `channel ${column}`);
    }
    assert.ok(Math.abs(values.qualification_score - row.qualification_score) < 1e-6,
              "qualification_score");
    if (row.payment_link_sent) {
      assert.ok(messages.some((m) => (m.tool_calls ?? []).some((c) => c.name === "send_payment_link")));
    }
  });

  await check(`list() history: ${label}`, async () => {
    const history = [];
    for await (const t of saver.list({ configurable: { thread_id: row.id } })) history.push(t);
    const { rows: [{ n }] } = await pool.query(
      "select count(*)::int as n from checkpoints where thread_id = $1", [row.id]);
    assert.equal(history.length, n);
    assert.ok(n >= 1);
    for (let i = 0; i + 1 < history.length; i += 1) {
      const id = history[i].config.configurable.checkpoint_id;
      const older = history[i + 1].config.configurable.checkpoint_id;
      assert.ok(id > older, "newest first");
      assert.equal(history[i].parentConfig.configurable.checkpoint_id, older);
      assert.equal(history[i].metadata.step, history[i + 1].metadata.step + 1);
    }
    const stages = history.map((t) => t.checkpoint.channel_values.current_stage).reverse();
    assert.equal(stages[0], "greeting");
    assert.equal(stages.at(-1), row.current_stage);
    assert.equal(new Set(stages).size, stages.length, "one checkpoint per stage");
  });
}

await check("LangGraph continues a demo thread", async () => {
  const source = threads.find((t) => t.current_stage === "objection_handling") ?? threads[0];
  const copy = `interop-copy-${source.id}`;
  const client = await pool.connect();
  try {
    for (const table of ["checkpoint_writes", "checkpoint_blobs", "checkpoints"]) {
      await client.query(`delete from ${table} where thread_id = $1`, [copy]);
    }
    await client.query(`insert into checkpoints (thread_id, checkpoint_ns, checkpoint_id,
        parent_checkpoint_id, type, checkpoint, metadata)
      select $2, checkpoint_ns, checkpoint_id, parent_checkpoint_id, type, checkpoint, metadata
      from checkpoints where thread_id = $1`, [source.id, copy]);
    await client.query(`insert into checkpoint_blobs (thread_id, checkpoint_ns, channel, version,
        type, blob)
      select $2, checkpoint_ns, channel, version, type, blob from checkpoint_blobs
      where thread_id = $1`, [source.id, copy]);

    const last = () => Annotation();
    const State = Annotation.Root({
      ...MessagesAnnotation.spec,
      current_stage: last(), qualified: last(), qualification_score: last(),
      business_type: last(), monthly_revenue: last(), main_pain_point: last(),
      pitch_delivered: last(), pitch_type: last(), payment_link_sent: last(),
      payment_completed: last(), preferred_plan: last(), email: last(), followup_count: last(),
    });
    const graph = new StateGraph(State)
      .addNode("agent", (state) => ({
        messages: [new AIMessage({ id: "continued-ai",
          content: `Welcome back! We were at ${state.current_stage}.` })],
      }))
      .addEdge(START, "agent").addEdge("agent", END)
      .compile({ checkpointer: saver });
    const before = await saver.getTuple({ configurable: { thread_id: copy } });
    const oldMessages = before.checkpoint.channel_values.messages;
    const out = await graph.invoke(
      { messages: [new HumanMessage({ id: "continued-human", content: "Is the offer still open?" })] },
      { configurable: { thread_id: copy } });
    assert.equal(out.messages.length, oldMessages.length + 2);
    assert.equal(out.messages.at(-1).content, `Welcome back! We were at ${source.current_stage}.`);
    assert.equal(out.messages[oldMessages.length - 1].content, oldMessages.at(-1).content);
    assert.equal(out.current_stage, source.current_stage);
    assert.equal(out.business_type, source.business_type);
    const after = await saver.getTuple({ configurable: { thread_id: copy } });
    assert.ok(after.config.configurable.checkpoint_id > before.config.configurable.checkpoint_id);
  } finally {
    for (const table of ["checkpoint_writes", "checkpoint_blobs", "checkpoints"]) {
      await client.query(`delete from ${table} where thread_id = $1`, [copy]);
    }
    client.release();
  }
});

await saver.end();
await pool.end();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
