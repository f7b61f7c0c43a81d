// The peer figure for `limitless bench agent`: how long LangGraph.js's own PostgresSaver.put
// takes to store one turn's checkpoint (the checkpoint row and a new blob for every channel)
// on the same database. The turn is the newest checkpoint of a thread the C++ runtime wrote;
// each put stores it again on `target` as the next step, with every channel at a new version,
// as `limitless bench agent` stores its own. Prints {channels, samples_ms} as JSON.
//
// Usage: node langgraph-put-bench.mjs <database url> <source thread> <target thread> <iterations>
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import { uuid6 } from "@langchain/langgraph-checkpoint";

const [url, source, target, iterationsArg] = process.argv.slice(2);
const passfile = new URL(url).searchParams.get("passfile");
if (passfile) process.env.PGPASSFILE = passfile;
const iterations = Math.max(1, Number(iterationsArg ?? 50));
const saver = PostgresSaver.fromConnString(url);

const tuple = await saver.getTuple({ configurable: { thread_id: source } });
if (!tuple) {
  console.error(`no checkpoint for thread ${source}`);
  process.exit(1);
}
const channels = Object.keys(tuple.checkpoint.channel_values);
let parent;
let version = 0;
const samples = [];
// One warm-up put (the pool's connection, the statements), then the measured ones.
for (let i = 0; i <= iterations; i += 1) {
  version += 1;
  const versions = Object.fromEntries(channels.map((c) => [c, version]));
  const checkpoint = { ...tuple.checkpoint, id: uuid6(-3), ts: new Date().toISOString(),
                       channel_versions: versions };
  const config = { configurable: { thread_id: target, checkpoint_ns: "",
                                   ...(parent ? { checkpoint_id: parent } : {}) } };
  const t0 = process.hrtime.bigint();
  const saved = await saver.put(config, checkpoint,
                                { source: "loop", step: i, parents: {} }, versions);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (i > 0) samples.push(ms);
  parent = saved.configurable.checkpoint_id;
}
await saver.end();
console.log(JSON.stringify({ channels: channels.length, samples_ms: samples }));
