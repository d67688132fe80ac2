// `npm run bench`: requests per second and latency of the reader's pages and API, on the
// embedded database and on PostgreSQL, measured side by side in one run (the machines are
// shared and noisy, so only the ratios between rows of one run mean much). Starts both servers
// on throwaway databases with demo content, like the browser tests, and stops them after.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const root = path.resolve(__dirname, "..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-bench-"));

type Server = { name: string; url: string; process: ChildProcess };

function start(name: string, port: number, command: string[], env: Record<string, string>): Server {
  const child = spawn(command[0], command.slice(1), {
    cwd: root,
    // A process group of its own, so stopping it reaches the server behind tsx.
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(port), DATA_DIR: path.join(tmp, name), SEED_DEMO_CONTENT: "true", ...env },
  });
  return { name, url: `http://127.0.0.1:${port}`, process: child };
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (server.process.exitCode !== null) return resolve();
    server.process.once("exit", () => resolve());
    process.kill(-server.process.pid!, "SIGTERM");
  });
}

async function waitFor(url: string) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

async function measure(url: string) {
  const result = await autocannon({ url, connections, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

async function main() {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  }
  const servers = [
    start("embedded", 3310, ["node_modules/.bin/tsx", "scripts/start.ts"], { DATABASE_URL: "" }),
    start("postgres", 3311, ["node_modules/.bin/tsx", "scripts/e2e-postgres-server.ts"], {}),
  ];
  try {
    await Promise.all(servers.map((server) => waitFor(`${server.url}/`)));
    const stories = (await (await fetch(`${servers[0].url}/api/v1/stories`)).json()) as { stories: { id: string }[] };
    const storyId = stories.stories[0].id;
    const pgStories = (await (await fetch(`${servers[1].url}/api/v1/stories`)).json()) as { stories: { id: string }[] };
    const paths = (server: Server) => [
      "/",
      "/berattelser",
      `/berattelser/${server === servers[0] ? storyId : pgStories.stories[0].id}`,
      "/api/v1/stories",
    ];
    console.log(`autocannon, ${connections} connections, ${seconds} s per row, servers measured alternately\n`);
    console.log("path                      database   req/s   p50 ms  p99 ms");
    for (let i = 0; i < 4; i++) {
      const rows = [];
      for (const server of servers) {
        const pagePath = paths(server)[i];
        const r = await measure(server.url + pagePath);
        rows.push(r);
        const label = i === 2 ? "/berattelser/<id>" : pagePath;
        console.log(
          `${label.padEnd(26)}${server.name.padEnd(10)}${r.rps.toFixed(0).padStart(6)}${String(r.p50).padStart(9)}${String(r.p99).padStart(8)}`,
        );
      }
      console.log(`${"".padEnd(26)}postgres/embedded throughput ratio: ${(rows[1].rps / rows[0].rps).toFixed(2)}\n`);
    }
  } finally {
    await Promise.all(servers.map(stop));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
