// Both directions between the built-in agent runtime and real LangGraph.js:
// 1. `limitless chat --campaign CODE --json` writes a playground thread; LangGraph.js reads it
//    (PostgresSaver.getTuple, list and a compiled graph's getState with the same channels) with
//    the messages and state that `limitless transcript --json` and chat itself print;
// 2. LangGraph.js continues it with a new human message through that graph; `limitless
//    transcript` shows the continued thread;
// 3. `limitless chat --thread ID` continues it again, and LangGraph.js reads the result.
//
// Usage: node langgraph-agent-roundtrip.mjs <limitless executable> <sandbox dir> <database>
// (a migrated database with the demo business: ctest's fixture "agent_db").
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
const passfile = url.searchParams.get("passfile");
if (passfile) process.env.PGPASSFILE = passfile;
url.pathname = "/" + database;
const dbUrl = url.toString();

const pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
const saver = PostgresSaver.fromConnString(dbUrl);
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

const run = (args, input) =>
  execFileSync(limitless, [...args, "--db", dbUrl], { input, env: process.env }).toString();
// `limitless chat --json` prints one JSON object per turn, one per line.
const chat = (args, lines) =>
  run(["chat", ...args, "--json"], lines.join("\n") + "\n").trim().split("\n").map((l) => JSON.parse(l));
const transcript = (threadId) => JSON.parse(run(["transcript", threadId, "--json"]));

const STATE_CHANNELS = ["current_stage", "qualified", "qualification_score", "business_type",
  "monthly_revenue", "main_pain_point", "pitch_delivered", "pitch_type", "payment_link_sent",
  "payment_completed", "preferred_plan", "email", "followup_count"];
const TYPE = { HumanMessage: "human", AIMessage: "ai", ToolMessage: "tool", SystemMessage: "system" };

const last = () => Annotation();
const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  ...Object.fromEntries(STATE_CHANNELS.map((c) => [c, last()])),
  retrieved_chunks: last(),
});
const graph = new StateGraph(State)
  .addNode("agent", (state) => ({
    messages: [new AIMessage({ id: `js-ai-${state.messages.length}`,
      content: `LangGraph.js here: we are at ${state.current_stage}.` })],
  }))
  .addEdge(START, "agent").addEdge("agent", END)
  .compile({ checkpointer: saver });

const { rows: [campaign] } = await pool.query(
  "select code from campaigns where platform <> 'playground' order by code limit 1");
const leadLines = [
  "Hi! I saw your ad, how does this work?",
  "I run a dental clinic in Austin.",
  "We make about $40k a month.",
  "Honestly getting new patients consistently is the hardest part.",
];
let threadId;
let turns;

await check("limitless chat writes a thread", async () => {
  turns = chat(["--campaign", campaign.code], leadLines);
  assert.equal(turns.length, leadLines.length);
  threadId = turns[0].thread_id;
  assert.ok(threadId);
  for (const t of turns) {
    assert.equal(t.thread_id, threadId);
    assert.ok(t.reply.length > 0, "a reply every turn");
  }
});

function compareWithTranscript(values, ours) {
  assert.equal(values.messages.length, ours.messages.length, "message count");
  values.messages.forEach((m, i) => {
    const o = ours.messages[i];
    assert.equal(TYPE[m.constructor.name], o.role, `message ${i} role`);
    assert.equal(m.content, o.content, `message ${i} content`);
    assert.equal(m.id, o.id, `message ${i} id`);
    if (o.role === "ai") {
      assert.deepEqual((m.tool_calls ?? []).map((c) => ({ name: c.name, args: c.args, id: c.id })),
        o.tool_calls.map((c) => ({ name: c.name, args: c.args, id: c.id })), `message ${i} calls`);
    }
  });
  for (const c of STATE_CHANNELS) {
    assert.deepEqual(values[c] ?? null, ours.state[c] ?? null, `channel ${c}`);
  }
}

await check("LangGraph.js reads the thread: getTuple and getState", async () => {
  const tuple = await saver.getTuple({ configurable: { thread_id: threadId } });
  assert.ok(tuple, "no checkpoint");
  assert.equal(tuple.checkpoint.v, 4);
  const ours = transcript(threadId);
  assert.equal(tuple.config.configurable.checkpoint_id, ours.checkpoint_id);
  compareWithTranscript(tuple.checkpoint.channel_values, ours);
  const snapshot = await graph.getState({ configurable: { thread_id: threadId } });
  compareWithTranscript(snapshot.values, ours);
  // The last turn's state as `chat` printed it: every channel is in the checkpoint, as the
  // conversations row and the demo's threads have them (a channel never written is missing
  // for LangGraph, not false or 0).
  const printed = turns.at(-1).state;
  for (const c of STATE_CHANNELS) {
    assert.ok(c in snapshot.values,
              `channel ${c} is not in the checkpoint (chat printed ${JSON.stringify(printed[c])})`);
    assert.deepEqual(snapshot.values[c], printed[c] ?? null, `printed ${c}`);
  }
  assert.ok(Array.isArray(snapshot.values.retrieved_chunks ?? []), "retrieved_chunks");
  // The history is a chain whose parents LangGraph.js follows.
  const history = [];
  for await (const t of saver.list({ configurable: { thread_id: threadId } })) history.push(t);
  assert.ok(history.length >= leadLines.length * 2, `history of ${history.length}`);
  for (let i = 0; i + 1 < history.length; i += 1) {
    assert.equal(history[i].parentConfig.configurable.checkpoint_id,
                 history[i + 1].config.configurable.checkpoint_id);
  }
});

let jsCount;
await check("LangGraph.js continues the thread; our transcript shows it", async () => {
  const before = transcript(threadId);
  const out = await graph.invoke(
    { messages: [new HumanMessage({ id: "js-human-1", content: "Does it work for clinics?" })] },
    { configurable: { thread_id: threadId } });
  jsCount = before.messages.length + 2;
  assert.equal(out.messages.length, jsCount);
  const after = transcript(threadId);
  assert.equal(after.messages.length, jsCount);
  assert.equal(after.messages.at(-2).content, "Does it work for clinics?");
  assert.equal(after.messages.at(-2).role, "human");
  assert.equal(after.messages.at(-1).content,
               `LangGraph.js here: we are at ${before.state.current_stage}.`);
  assert.equal(after.state.current_stage, before.state.current_stage);
  assert.equal(after.state.business_type, before.state.business_type);
});

await check("our runtime continues the thread LangGraph.js wrote", async () => {
  const more = chat(["--thread", threadId], ["Ok, what does it cost?"]);
  assert.equal(more.length, 1);
  assert.equal(more[0].thread_id, threadId);
  assert.ok(more[0].reply.length > 0);
  const ours = transcript(threadId);
  assert.equal(ours.messages.length >= jsCount + 2, true, "lead message and reply appended");
  assert.equal(ours.messages[jsCount - 1].content,
               `LangGraph.js here: we are at ${turns.at(-1).state.current_stage}.`);
  const tuple = await saver.getTuple({ configurable: { thread_id: threadId } });
  compareWithTranscript(tuple.checkpoint.channel_values, ours);
  const snapshot = await graph.getState({ configurable: { thread_id: threadId } });
  compareWithTranscript(snapshot.values, ours);
  assert.ok(more[0].reply.endsWith(snapshot.values.messages.at(-1).content),
            "the newest message is the reply chat printed");
  const { rows: [row] } = await pool.query(
    "select current_stage, total_messages from conversations where id = $1", [threadId]);
  assert.equal(row.current_stage, ours.state.current_stage);
});

await saver.end();
await pool.end();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
