// `npm run bench:startup`: how long `npm start` on a built checkout takes to serve its first
// page with 100,000 stories (`npm run seed:bulk`), on the embedded database and on PostgreSQL,
// and how long a reader waits while the start-up's background work (retention) runs. Options:
//   --stories / BENCH_STORIES (100000), --seed (1), --port / BENCH_PORT (3320),
//   --cache-dir / BENCH_CACHE_DIR (keep the seeded databases, shared with `npm run bench`),
//   --app-dir (another built checkout to start instead of this one, to compare versions),
//   --watch-seconds (20): how long to keep requesting / after the first page.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startAppServer } from "./lib/app-server";
import { openSeededDatabases } from "./lib/seeded-databases";

const { values: flags } = parseArgs({
  options: {
    stories: { type: "string" },
    seed: { type: "string", default: "1" },
    port: { type: "string" },
    "cache-dir": { type: "string" },
    "app-dir": { type: "string" },
    "watch-seconds": { type: "string", default: "20" },
  },
});
const stories = Number(flags.stories ?? process.env.BENCH_STORIES ?? 100_000);
const port = Number(flags.port ?? process.env.BENCH_PORT ?? 3320);
const keptCache = flags["cache-dir"] ?? process.env.BENCH_CACHE_DIR;
const appDir = path.resolve(flags["app-dir"] ?? path.resolve(__dirname, ".."));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-startup-"));

async function timeStart(name: string, env: Record<string, string>) {
  const started = performance.now();
  const server = await startAppServer({ port, appDir, env: { SEED_DEMO_CONTENT: "false", ...env } });
  const listening = (performance.now() - started) / 1000;
  for (;;) {
    const response = await fetch(`${server.url}/`).catch(() => undefined);
    if (response?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const firstPage = (performance.now() - started) / 1000;
  // A reader arriving during the background work: every 250 ms, the home page and the list.
  const waits: number[] = [];
  const until = performance.now() + Number(flags["watch-seconds"]) * 1000;
  let i = 0;
  while (performance.now() < until) {
    const t = performance.now();
    await (await fetch(`${server.url}${i++ % 2 ? "/berattelser" : "/"}`)).arrayBuffer();
    waits.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  const log = server.output().split("\n").filter((line) => /Retention|scrub/i.test(line));
  waits.sort((a, b) => a - b);
  console.log(
    `${name}: API answering after ${listening.toFixed(1)} s, first page after ${firstPage.toFixed(1)} s; ` +
      `then ${waits.length} requests: median ${waits[waits.length >> 1].toFixed(0)} ms, slowest ${waits[waits.length - 1].toFixed(0)} ms` +
      (log.length ? `\n  ${log.join("\n  ")}` : ""),
  );
}

async function main() {
  if (!fs.existsSync(path.join(appDir, ".next", "BUILD_ID"))) throw new Error(`No build in ${appDir}/.next: run \`npm run build\` first.`);
  const dbs = await openSeededDatabases({ cacheDir: keptCache ? path.resolve(keptCache) : path.join(tmp, "cache"), workDir: tmp, stories, seed: Number(flags.seed) });
  try {
    console.log(`${stories} published stories, app in ${appDir}:`);
    await timeStart("embedded", { DATA_DIR: dbs.embeddedDataDir, DATABASE_URL: "" });
    await timeStart("postgres", { DATA_DIR: path.join(tmp, "pg-data-dir"), DATABASE_URL: dbs.postgresUrl });
  } finally {
    await dbs.release();
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(tmp, { recursive: true, force: true }));
