// A thread written by the local agent runtime (`limitless chat`) is read by real LangGraph.js
// (PostgresSaver.getTuple, list, a compiled graph's getState) with the same messages and
// state; LangGraph.js continues it with a new human message; the runtime then continues the
// thread again from LangGraph's checkpoint.
//
// Usage: node langgraph-agent-thread.mjs <limitless executable> <sandbox dir> <database>
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
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
const saver = PostgresSaver.fromConnString(url.toString());

function chat(args, lines) {
  const out = execFileSync(limitless, ["chat", "--db", url.toString(), "--json", ...args],
                           { input: lines.join("\n") + "\n" }).toString();
  return out.trim().split("\n").map((l) => JSON.parse(l));
}

const campaigns = JSON.parse(
  execFileSync(limitless, ["campaigns", "list", "--json", "--db", url.toString()]).toString());
const code = campaigns.find((c) => c.platform !== "playground").code;
const turns = chat(["--campaign", code], [
  "Hey! Saw your reel about filling the calendar",
  "I own a dental clinic in Austin.",
  "About $30k a month, give or take.",
  "People book calls and then don't show up. Maybe 40% show.",
  "Is there a cheaper option? The price is a bit steep.",
]);
const thread = turns[0].thread_id;
const ours = turns.at(-1).state;
assert.equal(ours.current_stage, "objection_handling");

const tuple = await saver.getTuple({ configurable: { thread_id: thread } });
assert.ok(tuple, "LangGraph.js finds the thread");
assert.equal(tuple.config.configurable.checkpoint_id, turns.at(-1).checkpoint_id);
const values = tuple.checkpoint.channel_values;
assert.equal(values.messages.length, ours.total_messages);
assert.equal(values.messages[0].constructor.name, "HumanMessage");
assert.equal(values.messages.at(-1).constructor.name, "AIMessage");
for (const key of ["current_stage", "qualified", "business_type", "monthly_revenue",
                   "main_pain_point", "pitch_delivered", "pitch_type", "payment_link_sent",
                   "payment_completed", "preferred_plan", "email", "followup_count"]) {
  assert.deepEqual(values[key] ?? null, ours[key], `channel ${key}`);
}
assert.ok(Math.abs(values.qualification_score - ours.qualification_score) < 1e-9);
assert.equal(values.retrieved_chunks.length, ours.retrieved_chunks.length);
assert.deepEqual(values.retrieved_chunks.map((c) => c.chunk_id),
                 ours.retrieved_chunks.map((c) => c.chunk_id));

// The history is one chain of input and loop steps, newest first.
const history = [];
for await (const t of saver.list({ configurable: { thread_id: thread } })) history.push(t);
for (let i = 0; i + 1 < history.length; i += 1) {
  assert.equal(history[i].parentConfig.configurable.checkpoint_id,
               history[i + 1].config.configurable.checkpoint_id);
  assert.equal(history[i].metadata.step, history[i + 1].metadata.step + 1);
}
assert.equal(history.at(-1).metadata.source, "input");
assert.equal(history.at(-1).metadata.step, -1);
assert.equal(history.filter((t) => t.metadata.source === "input").length, turns.length);

// A compiled graph with the same channels sees the same state, nothing pending, and continues.
const last = () => Annotation();
const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  current_stage: last(), qualified: last(), qualification_score: last(), business_type: last(),
  monthly_revenue: last(), main_pain_point: last(), pitch_delivered: last(), pitch_type: last(),
  payment_link_sent: last(), payment_completed: last(), preferred_plan: last(), email: last(),
  followup_count: last(), retrieved_chunks: last(),
});
const graph = new StateGraph(State)
  .addNode("agent", (s) => ({ messages: [new AIMessage({ id: "js-ai",
    content: `LangGraph.js here, we were at ${s.current_stage}.` })] }))
  .addEdge(START, "agent").addEdge("agent", END)
  .compile({ checkpointer: saver });
const state = await graph.getState({ configurable: { thread_id: thread } });
assert.deepEqual(state.next, []);
assert.equal(state.values.messages.length, ours.total_messages);
assert.equal(state.values.current_stage, ours.current_stage);
const out = await graph.invoke(
  { messages: [new HumanMessage({ id: "js-human", content: "Does Option 2 have a setup fee?" })] },
  { configurable: { thread_id: thread } });
assert.equal(out.messages.length, ours.total_messages + 2);

// The runtime continues from LangGraph's checkpoint: the lead now buys.
const again = chat(["--thread", thread], ["Ok, let's do it — I'll go with Option 2."]);
assert.equal(again[0].thread_id, thread);
assert.equal(again[0].state.total_messages, ours.total_messages + 4);
assert.equal(again[0].state.current_stage, "close");
assert.equal(again[0].state.preferred_plan, "option2");
const after = await saver.getTuple({ configurable: { thread_id: thread } });
const msgs = after.checkpoint.channel_values.messages;
assert.equal(msgs[ours.total_messages + 1].content, "LangGraph.js here, we were at objection_handling.");
assert.equal(msgs.at(-2).content, "Ok, let's do it — I'll go with Option 2.");

const transcript = JSON.parse(execFileSync(limitless,
  ["transcript", thread, "--json", "--db", url.toString()]).toString());
const shown = transcript.messages;
assert.equal(shown.length, ours.total_messages + 4);

await saver.end();
console.log(`ok - agent thread ${thread}: read, continued by LangGraph.js, continued again`);
