// Exact cl100k_base token counts (js-tiktoken), the reference the C++ TokenCounter's estimate
// is measured against (tests/knowledge/ChunkMeasureTest.cpp). Measurement only: the app never
// runs this.
//
// Usage: node cl100k-count.mjs <file with a JSON array of strings>
// Prints a JSON array with the token count of each string.
import { getEncoding } from "js-tiktoken";
import fs from "node:fs";

const texts = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const enc = getEncoding("cl100k_base");
console.log(JSON.stringify(texts.map((t) => enc.encode(t).length)));
