// Writes conversation threads with the real LangGraph.js (StateGraph + PostgresSaver) into a
// fresh database of the test cluster, then records what LangGraph itself reads back
// (getTuple, list) as the expectation for the C++ transcript reader
// (tests/conversations/LangGraphInteropTest.cpp): tool calls and their ToolMessage results,
// content given as blocks, a system message, unicode, and a 300-message thread.
//
// Usage: node langgraph-write-threads.mjs <limitless executable> <sandbox dir> <database> <out.json>
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import pg from "pg";
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import { AIMessage, HumanMessage, SystemMessage, ToolMessage } from "@langchain/core/messages";
import { Annotation, END, MessagesAnnotation, START, StateGraph } from "@langchain/langgraph";

const [limitless, sandboxDir, database, outPath] = process.argv.slice(2);
const status = JSON.parse(
  execFileSync(limitless, ["sandbox", "status", "--json", "--dir", sandboxDir]).toString());
const adminUrl = new URL(status.url);
// The sandbox's URLs carry no password but name its password file (libpq's passfile);
// node-postgres reads that file from PGPASSFILE.
const passfile = new URL(status.url).searchParams.get("passfile");
if (passfile) process.env.PGPASSFILE = passfile;
adminUrl.pathname = "/postgres";
const admin = new pg.Client({ connectionString: adminUrl.toString() });
await admin.connect();
await admin.query(`drop database if exists ${database} with (force)`);
await admin.query(`create database ${database}`);
await admin.end();
const url = new URL(status.url);
url.pathname = "/" + database;

const saver = PostgresSaver.fromConnString(url.toString());
await saver.setup();

const last = () => Annotation();
const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  current_stage: last(),
  qualified: last(),
});

// The agent node answers with whatever the current turn scripted.
let reply = null;
const graph = new StateGraph(State)
  .addNode("agent", () => reply)
  .addEdge(START, "agent")
  .addEdge("agent", END)
  .compile({ checkpointer: saver });

async function turn(threadId, input, output) {
  reply = output;
  await graph.invoke({ messages: input }, { configurable: { thread_id: threadId } });
}

// Thread 1: a short sales conversation with a payment link.
const tools = "lg-interop-tools";
await turn(tools,
  [new SystemMessage({ id: "sys-1", content: "You are the sales agent of a bakery coach." }),
   new HumanMessage({ id: "h-1", content: "Hi! 👋 I run a bakery in Zürich — ¿hablas español?" })],
  { messages: [new AIMessage({ id: "a-1", content: "Welcome! What is your monthly revenue?" })],
    current_stage: "greeting", qualified: false });
await turn(tools,
  [new HumanMessage({ id: "h-2", content: "About €12k. 日本語のお客様もいます。" })],
  { messages: [new AIMessage({ id: "a-2", content: [
      { type: "text", text: "Great, that qualifies you. " },
      { type: "text", text: "Here is what we offer…" }] })],
    current_stage: "qualification", qualified: true });
await turn(tools,
  [new HumanMessage({ id: "h-3", content: "Send me the link: ana@example.com" })],
  { messages: [
      new AIMessage({ id: "a-3", content: "", tool_calls: [{ name: "send_payment_link",
        args: { plan: "option1", email: "ana@example.com", amount_monthly: 29700, currency: "usd" },
        id: "call_pay_1", type: "tool_call" }] }),
      new ToolMessage({ id: "t-3", tool_call_id: "call_pay_1", name: "send_payment_link",
        content: JSON.stringify({ status: "created", url: "https://checkout.stripe.com/c/pay/cs_test_1" }) }),
      new AIMessage({ id: "a-4", content: "Here is your secure link: https://checkout.stripe.com/c/pay/cs_test_1 ✅" })],
    current_stage: "close" });

// Thread 2: 300 messages over 75 turns, moving through the stages.
const long = "lg-interop-long";
const stages = ["greeting", "qualification", "pitch", "objection_handling", "close", "complete"];
for (let i = 0; i < 75; i += 1) {
  const stage = stages[Math.min(stages.length - 1, Math.floor(i / 13))];
  await turn(long,
    [new HumanMessage({ id: `lh-${i}`, content: `Question ${i}: what about option ${i % 2 + 1}? 🙂` })],
    { messages: [
        new AIMessage({ id: `la-${i}`, content: "", tool_calls: [{ name: "search_documents",
          args: { query: `question ${i}`, k: 3 }, id: `call_${i}`, type: "tool_call" }] }),
        new ToolMessage({ id: `lt-${i}`, tool_call_id: `call_${i}`, name: "search_documents",
          content: `Found ${i % 4} passages about “option ${i % 2 + 1}”.` }),
        new AIMessage({ id: `lb-${i}`, content: `Answer ${i}: `.padEnd(40 + (i % 7) * 30, "·") })],
      current_stage: stage, qualified: i > 10 });
}

function text(content) {
  if (typeof content === "string") return content;
  return content.map((b) => (typeof b === "string" ? b : b.type === "text" ? b.text : "")).join("");
}

const expected = {};
for (const threadId of [tools, long]) {
  const tuple = await saver.getTuple({ configurable: { thread_id: threadId } });
  const values = tuple.checkpoint.channel_values;
  const history = [];
  for await (const t of saver.list({ configurable: { thread_id: threadId } })) history.push(t);
  const stagesSeen = [];
  for (const t of history.reverse()) {
    const s = t.checkpoint.channel_values.current_stage;
    if (s !== undefined && s !== stagesSeen.at(-1)) stagesSeen.push(s);
  }
  expected[threadId] = {
    checkpoint_id: tuple.config.configurable.checkpoint_id,
    messages: values.messages.map((m) => ({
      role: m._getType(),
      content: text(m.content),
      id: m.id ?? null,
      tool_calls: (m.tool_calls ?? []).map((c) => ({ name: c.name, id: c.id, args: c.args })),
      tool_call_id: m.tool_call_id ?? null,
    })),
    state: { current_stage: values.current_stage, qualified: values.qualified },
    stages: stagesSeen,
  };
}
await saver.end();
writeFileSync(outPath, JSON.stringify({ database, threads: expected }, null, 1));
console.log(`wrote ${Object.keys(expected).length} threads: ` +
  Object.entries(expected).map(([k, v]) => `${k} (${v.messages.length} messages)`).join(", "));
