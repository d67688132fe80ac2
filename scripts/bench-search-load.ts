// `npm run bench:search-load`: do readers' pages and the health check stay fast while clients
// search? At 20,000 stories (`npm run seed:bulk`), on the embedded database and on PostgreSQL,
// 8 clients (autocannon) search through /sok and /api/v1/search (then the API alone) while two
// probes ask, one at a time, for reader pages nothing has kept yet (story pages and list pages
// not asked for before on that server) and for /api/health. As the side-by-side baseline, the same 8 clients instead
// read such uncached pages. The machines are shared and noisy: compare rows of one run.
// With --before-dir, another checkout (with its own `npm run build`) is measured the same way,
// alternately with this one, e.g. the code before a change. Servers run the .next builds.
// Options, as flags or env:
//   --seconds / BENCH_SECONDS (15 per phase), --clients / BENCH_CLIENTS (8),
//   --stories / BENCH_STORIES (20000), --seed / BENCH_SEED (1), --port / BENCH_PORT (3380),
//   --cache-dir / BENCH_CACHE_DIR (keep the seeded databases between runs),
//   --before-dir (a checkout to compare against), --databases ("embedded,postgres"),
//   --search-env (KEY=VALUE,… for this checkout's servers; by default the per-source search
//   limit is lifted, since all clients share one address and the bound per instance is measured).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { type AppServer, startAppServer } from "./lib/app-server";
import { openSeededDatabases } from "./lib/seeded-databases";

const { values: flags } = parseArgs({
  options: {
    seconds: { type: "string" },
    clients: { type: "string" },
    stories: { type: "string" },
    seed: { type: "string" },
    port: { type: "string" },
    "cache-dir": { type: "string" },
    "before-dir": { type: "string" },
    databases: { type: "string" },
    "search-env": { type: "string" },
  },
});
const option = (flag: string | undefined, env: string | undefined, fallback: string) => flag ?? env ?? fallback;
const seconds = Number(option(flags.seconds, process.env.BENCH_SECONDS, "15"));
const clients = Number(option(flags.clients, process.env.BENCH_CLIENTS, "8"));
const stories = Number(option(flags.stories, process.env.BENCH_STORIES, "20000"));
const seed = Number(option(flags.seed, process.env.BENCH_SEED, "1"));
const port = Number(option(flags.port, process.env.BENCH_PORT, "3380"));
const databases = (flags.databases ?? "embedded,postgres").split(",");
const keptCache = flags["cache-dir"] ?? process.env.BENCH_CACHE_DIR;
const root = path.resolve(__dirname, "..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-bench-search-"));
const cacheDir = keptCache ? path.resolve(keptCache) : path.join(tmp, "cache");
const searchEnv = Object.fromEntries(
  (flags["search-env"] ?? "RATE_LIMIT_SEARCHES_PER_MINUTE=1000000").split(",").filter(Boolean).map((pair) => pair.split("=") as [string, string]),
);

// Real readers' questions: a stemmed word, a plain one, two words, a phrase.
const searchQueries = ["överklagade", "försörjningsstöd", "LSS personlig assistans", '"skyddat boende"'];
const searchPaths = ["/sok", "/api/v1/search"].flatMap((route) => searchQueries.map((q) => `${route}?q=${encodeURIComponent(q)}`));

type Version = { name: string; appDir: string; env: Record<string, string> };
type Probe = { p50: number; p90: number; max: number; count: number; failed: number };
type Row = { database: string; version: string; load: string; load_status: string; load_rps: number; pages: Probe; health: Probe };

const cycle = (paths: string[]) => {
  let n = 0;
  return () => paths[n++ % paths.length];
};

const summarize = (times: number[], failed: number): Probe => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : Number.NaN);
  return { p50: at(0.5), p90: at(0.9), max: at(1), count: sorted.length, failed };
};

// One request at a time until `until`, each to a path never asked for before on this server.
async function probe(url: string, nextPath: () => string, until: number): Promise<Probe> {
  const times: number[] = [];
  let failed = 0;
  while (Date.now() < until) {
    const started = performance.now();
    const response = await fetch(url + nextPath()).catch(() => undefined);
    await response?.arrayBuffer();
    if (response?.ok) times.push(performance.now() - started);
    else failed++;
  }
  return summarize(times, failed);
}

// Ids of published stories, newest first, through the public API (before any measuring).
async function storyIds(url: string, pages: number): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; page <= pages; page++) {
    const body = (await (await fetch(`${url}/api/v1/stories?page=${page}`)).json()) as { stories: { id: string }[] };
    ids.push(...body.stories.map((story) => story.id));
  }
  return ids;
}

async function measureServer(server: AppServer, database: string, version: string, rows: Row[]) {
  const ids = await storyIds(server.url, 150);
  // Each phase takes its pages from its own part of the lists, so nothing is asked for twice;
  // list pages start past those the API read above (a page of the list shares its cache entry).
  let id = 0;
  let listPage = 200;
  const uncachedPage = () => (id % 2 === 0 ? `/berattelser/${ids[id++ % ids.length]}` : `/berattelser?sida=${(id++, listPage++)}`);
  let loadId = ids.length - 1;
  const loads: { name: string; setup: () => string }[] = [
    { name: `${clients} clients reading uncached pages`, setup: () => `/berattelser/${ids[loadId-- % ids.length]}` },
    { name: `${clients} clients searching (/sok and API)`, setup: cycle(searchPaths) },
    // JSON costs the server far less to render than a page, so the database, not the CPU, is
    // what these clients keep busy.
    { name: `${clients} clients searching (API only)`, setup: cycle(searchPaths.filter((p) => p.startsWith("/api/"))) },
  ];
  for (const load of loads) {
    const until = Date.now() + seconds * 1000;
    const loading = autocannon({
      url: server.url,
      connections: clients,
      duration: seconds,
      requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: load.setup() }) }],
    });
    // The load has begun before the probes start.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const [pages, health, result] = await Promise.all([
      probe(server.url, uncachedPage, until),
      probe(server.url, () => "/api/health", until),
      loading,
    ]);
    const codes = (result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
    const status = Object.entries(codes).map(([code, { count }]) => `${code}×${count}`).join(" ") + (result.errors ? ` err×${result.errors}` : "");
    const row: Row = { database, version, load: load.name, load_status: status, load_rps: result.requests.average, pages, health };
    rows.push(row);
    print(row);
  }
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : "–");
function print(row: Row) {
  console.log(
    `| ${row.database} | ${row.version} | ${row.load} | ${row.load_status} | ${row.load_rps.toFixed(0)} | ${ms(row.pages.p50)} | ${ms(row.pages.p90)} | ${ms(row.pages.max)} | ${row.pages.count}${row.pages.failed ? ` (${row.pages.failed} failed)` : ""} | ${ms(row.health.p50)} | ${ms(row.health.max)} |`,
  );
}

async function main() {
  const versions: Version[] = [];
  const before = flags["before-dir"];
  if (before) versions.push({ name: "before", appDir: path.resolve(before), env: {} });
  versions.push({ name: before ? "after" : "this checkout", appDir: root, env: searchEnv });
  for (const version of versions) {
    if (!fs.existsSync(path.join(version.appDir, ".next", "BUILD_ID"))) throw new Error(`No build in ${version.appDir}/.next: run \`npm run build\` there first.`);
  }
  console.log(`${stories} published stories; ${clients} clients (autocannon) for ${seconds} s per phase; probes one request at a time; ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}, ${new Date().toISOString()}`);
  console.log(`This checkout's servers run with ${JSON.stringify(searchEnv)}.\n`);
  console.log("| database | code | load | load's answers | load req/s | reader page p50 ms | p90 | max | pages probed | /api/health p50 ms | max |");
  console.log("| --- | --- | --- | --- | --: | --: | --: | --: | --: | --: | --: |");
  const rows: Row[] = [];
  for (const database of databases) {
    for (const version of versions) {
      const dbs = await openSeededDatabases({ cacheDir, workDir: tmp, stories, seed });
      const env: Record<string, string> =
        database === "embedded"
          ? { DATA_DIR: dbs.embeddedDataDir, DATABASE_URL: "" }
          : { DATA_DIR: path.join(tmp, `pg-data-dir-${version.name}`), DATABASE_URL: dbs.postgresUrl };
      let server: AppServer | undefined;
      try {
        server = await startAppServer({ port, appDir: version.appDir, env: { SEED_DEMO_CONTENT: "false", ...env, ...version.env } });
        // Start-up work (the first retention pass) is over before measuring.
        await new Promise((resolve) => setTimeout(resolve, 5000));
        await measureServer(server, database, version.name, rows);
      } finally {
        await server?.stop();
        await dbs.release();
      }
    }
  }
  console.log(`\nload average after: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(tmp, { recursive: true, force: true }));
