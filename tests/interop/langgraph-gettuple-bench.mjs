// The peer figure for `limitless bench-views`: how long LangGraph.js's own PostgresSaver takes
// to read the newest checkpoint of a thread (getTuple: checkpoint, blobs, pending writes) on the
// same database. Prints {messages, samples_ms} as JSON.
//
// Usage: node langgraph-gettuple-bench.mjs <database url> <thread id> <iterations>
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";

const [url, threadId, iterationsArg] = process.argv.slice(2);
// The sandbox's URLs carry no password but name its password file (libpq's passfile);
// node-postgres reads that file from PGPASSFILE.
const passfile = new URL(url).searchParams.get("passfile");
if (passfile) process.env.PGPASSFILE = passfile;
const iterations = Math.max(1, Number(iterationsArg ?? 50));
const saver = PostgresSaver.fromConnString(url);
const config = { configurable: { thread_id: threadId } };

// Warm-up: the pool's connection and the statements, as the C++ side is warmed up too.
const first = await saver.getTuple(config);
if (!first) {
  console.error(`no checkpoint for thread ${threadId}`);
  process.exit(1);
}
const samples = [];
for (let i = 0; i < iterations; i += 1) {
  const t0 = process.hrtime.bigint();
  const tuple = await saver.getTuple(config);
  samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  if (!tuple) process.exit(1);
}
await saver.end();
console.log(JSON.stringify({
  messages: (first.checkpoint.channel_values.messages ?? []).length, samples_ms: samples }));
