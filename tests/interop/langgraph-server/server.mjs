// Starts and stops the real LangGraph API dev server (`langgraphjs dev` from
// @langchain/langgraph-cli) with the test sales graph, for the CTest fixture "lgserver".
//
//   node server.mjs start <state dir>   copies the project into <state dir>/project (the dev server
//                                       writes .langgraph_api/ and edits .gitignore there), starts
//                                       the server on a free loopback port with analytics off and no
//                                       browser, waits for GET /ok and writes <state dir>/server.json
//                                       ({"url", "pid"}); the server keeps running.
//   node server.mjs stop <state dir>    ends the server's process group (SIGTERM, then SIGKILL) and
//                                       removes the server's logs and the project copy.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync,
         writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const interop = resolve(here, "..");
const [action, stateArg] = process.argv.slice(2);
if (!["start", "stop"].includes(action) || !stateArg) {
  console.error("usage: node server.mjs start|stop <state dir>");
  process.exit(2);
}
const stateDir = resolve(stateArg);
const stateFile = join(stateDir, "server.json");

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once("error", rej);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

function alive(pid) {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

// Stops the server, then removes what the run left in <state dir>: the server's logs and the
// project copy with the server's data (a failed start prints its log before it stops).
async function stop() {
  if (existsSync(stateFile)) {
    const { pid } = JSON.parse(readFileSync(stateFile, "utf8"));
    // The CLI was started as the leader of its own process group: the group is the CLI, tsx
    // and the server, and nothing else.
    try { process.kill(-pid, "SIGTERM"); } catch {}
    for (let i = 0; i < 100 && alive(pid); ++i) await sleep(100);
    if (alive(pid)) { try { process.kill(-pid, "SIGKILL"); } catch {} }
    rmSync(stateFile, { force: true });
  }
  if (!existsSync(stateDir)) return;
  for (const name of readdirSync(stateDir))
    if (/^server-\d+\.log$/.test(name)) rmSync(join(stateDir, name), { force: true });
  rmSync(join(stateDir, "project"), { recursive: true, force: true });
}

async function startOnce(port) {
  const project = join(stateDir, "project");
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  cpSync(join(here, "langgraph.json"), join(project, "langgraph.json"));
  cpSync(join(here, "src"), join(project, "src"), { recursive: true });
  symlinkSync(join(interop, "node_modules"), join(project, "node_modules"), "dir");
  const log = join(stateDir, `server-${port}.log`);
  const out = openSync(log, "w");
  const cli = join(interop, "node_modules", "@langchain", "langgraph-cli", "dist", "cli", "cli.mjs");
  const child = spawn(process.execPath,
                      [cli, "dev", "--port", String(port), "--host", "127.0.0.1", "--no-browser",
                       "--no-reload", "-n", "4"],
                      { cwd: project, detached: true, stdio: ["ignore", out, out],
                        env: { ...process.env, LANGGRAPH_CLI_NO_ANALYTICS: "1", BROWSER: "none",
                               LANGSMITH_TRACING: "false", LANGCHAIN_TRACING_V2: "false" } });
  const url = `http://127.0.0.1:${port}`;
  writeFileSync(stateFile, JSON.stringify({ url, pid: child.pid, log }));
  let exited = false;
  child.on("exit", () => { exited = true; });
  const started = Date.now();
  while (Date.now() - started < 90000 && !exited) {
    try {
      const r = await fetch(`${url}/ok`);
      if (r.ok) {
        child.unref();
        console.log(`LangGraph dev server up at ${url} (pid ${child.pid}) in ${Date.now() - started} ms`);
        return true;
      }
    } catch {}
    if (readFileSync(log, "utf8").includes("EADDRINUSE")) break;
    await sleep(200);
  }
  console.error(readFileSync(log, "utf8"));
  await stop();
  return false;
}

if (action === "stop") {
  await stop();
  process.exit(0);
}
mkdirSync(stateDir, { recursive: true });
await stop(); // a server left over from an interrupted run
for (let attempt = 0; attempt < 3; ++attempt) {
  if (await startOnce(await freePort())) process.exit(0);
}
console.error("The LangGraph dev server did not start (see the log above).");
process.exit(1);
