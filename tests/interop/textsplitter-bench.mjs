// The peer figure for the chunking benchmark (app/knowledge/ChunkBench): how fast LangChain.js's
// RecursiveCharacterTextSplitter (@langchain/textsplitters) splits the same text with the
// equivalent sizes, in characters (≈ 4 per token). Prints {ms, chunks, mbPerSec, runs} as JSON;
// ms is the best of the measured runs after one warm-up, mbPerSec counts the text's UTF-8 bytes.
//
// Usage: node textsplitter-bench.mjs <text file> <chunkSize chars> <chunkOverlap chars> [runs]
//    or: node textsplitter-bench.mjs <text file> --chunk-size N --chunk-overlap N [--runs N]
import { RecursiveCharacterTextSplitter } from "@langchain/textsplitters";
import fs from "node:fs";

const positional = [];
const flags = {};
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 1) {
  if (args[i].startsWith("--")) flags[args[i].slice(2)] = args[(i += 1)];
  else positional.push(args[i]);
}
const [file] = positional;
const sizeArg = flags["chunk-size"] ?? positional[1];
const overlapArg = flags["chunk-overlap"] ?? positional[2];
const runsArg = flags.runs ?? positional[3];
if (!file || !sizeArg) {
  console.error("usage: node textsplitter-bench.mjs <file> <chunkSize> <chunkOverlap> [runs]");
  process.exit(2);
}
const text = fs.readFileSync(file, "utf8");
const bytes = Buffer.byteLength(text, "utf8");
const splitter = new RecursiveCharacterTextSplitter({
  chunkSize: Number(sizeArg),
  chunkOverlap: Number(overlapArg ?? 0),
});
const runs = Math.max(1, Number(runsArg ?? 3));

let chunks = (await splitter.splitText(text)).length; // warm-up (JIT)
let best = Infinity;
for (let i = 0; i < runs; i += 1) {
  const t0 = process.hrtime.bigint();
  const out = await splitter.splitText(text);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  chunks = out.length;
  best = Math.min(best, ms);
}
console.log(JSON.stringify({ ms: best, chunks, mbPerSec: bytes / 1e6 / (best / 1000), runs }));
