// `npm run bench`: requests per second, latency and page weight of the reader's pages and API,
// on the embedded database and on PostgreSQL side by side in one run, at 100 stories and at
// 100,000 (`npm run seed:bulk`), against `/icon.svg` on the same server as the baseline (the
// machines are shared and noisy, so the ratios within one run mean more than the numbers).
// Servers run the current .next build (`npm run build` first). Options, as flags or env:
//   --seconds / BENCH_SECONDS (5), --connections / BENCH_CONNECTIONS (32),
//   --sizes / BENCH_SIZES ("100,100000"), --seed / BENCH_SEED (1), --port / BENCH_PORT (3310,
//   and the next one), --cache-dir / BENCH_CACHE_DIR (keep the seeded databases between runs),
//   --settle / BENCH_SETTLE_SECONDS (0: seconds to wait after both servers serve their first
//   page, so the start-up's background work, such as the first retention pass, is over).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { type AppServer, startAppServer } from "./lib/app-server";
import { findDeepPage } from "./lib/find-deep-page";
import { openSeededDatabases } from "./lib/seeded-databases";

const { values: flags } = parseArgs({
  options: {
    seconds: { type: "string" },
    connections: { type: "string" },
    sizes: { type: "string" },
    seed: { type: "string" },
    port: { type: "string" },
    "cache-dir": { type: "string" },
    settle: { type: "string" },
  },
});
const option = (flag: string | undefined, env: string | undefined, fallback: string) => flag ?? env ?? fallback;
const seconds = Number(option(flags.seconds, process.env.BENCH_SECONDS, "5"));
const connections = Number(option(flags.connections, process.env.BENCH_CONNECTIONS, "32"));
const sizes = option(flags.sizes, process.env.BENCH_SIZES, "100,100000").split(",").map(Number);
const seed = Number(option(flags.seed, process.env.BENCH_SEED, "1"));
const basePort = Number(option(flags.port, process.env.BENCH_PORT, "3310"));
const keptCache = flags["cache-dir"] ?? process.env.BENCH_CACHE_DIR;
const settleSeconds = Number(option(flags.settle, process.env.BENCH_SETTLE_SECONDS, "0"));
const root = path.resolve(__dirname, "..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-bench-"));
const cacheDir = keptCache ? path.resolve(keptCache) : path.join(tmp, "cache");

// Real readers' questions: a stemmed word, a plain one, two words, a phrase.
const searchQueries = ["överklagade", "försörjningsstöd", "LSS personlig assistans", '"skyddat boende"'];
const searchPaths = (route: string) => searchQueries.map((q) => `${route}?q=${encodeURIComponent(q)}`);

type Row = { label: string; paths: string[] };
type Result = { status: string; rps: number; p50: number; p99: number; bytes: number };
type Measured = { size: number; database: string; label: string; result: Result };

async function rowsFor(server: AppServer): Promise<Row[]> {
  const api = (await (await fetch(`${server.url}/api/v1/stories`)).json()) as { stories: { id: string }[] };
  const deep = await findDeepPage(server.url);
  console.log(`  ${server.url}: deep page ${deep.path} (${deep.how})`);
  return [
    { label: "/icon.svg (baseline)", paths: ["/icon.svg"] },
    { label: "/", paths: ["/"] },
    { label: "/berattelser", paths: ["/berattelser"] },
    { label: "/berattelser deep page", paths: [deep.path] },
    { label: "/berattelser?tagg=…", paths: ["/berattelser?tagg=beslut-och-overklagande"] },
    { label: "/berattelser?kommun=…", paths: ["/berattelser?kommun=goteborg"] },
    { label: "/berattelser?besvarade=1&av=…", paths: ["/berattelser?besvarade=1", "/berattelser?av=personal", "/berattelser?tagg=beslut-och-overklagande&av=klienter"] },
    { label: "/kommun/<namn>", paths: ["/kommun/goteborg", "/kommun/malmo", "/kommun/kiruna"] },
    { label: "/berattelser/<id>", paths: [`/berattelser/${api.stories[0].id}`] },
    // The same pages in Finnish and English: the first path's bytes are the Finnish list's.
    { label: "/fi, /en (home, list, story, kommun)", paths: ["/fi/berattelser", "/fi", "/en/berattelser", `/en/berattelser/${api.stories[0].id}`, `/fi/berattelser/${api.stories[0].id}`, "/en/kommun/goteborg"] },
    { label: "/tillganglighet (sv, fi, en)", paths: ["/tillganglighet", "/fi/tillganglighet", "/en/tillganglighet"] },
    { label: "/statistik (sv, fi, en)", paths: ["/statistik", "/fi/statistik", "/en/statistik"] },
    { label: "/statistik/statistik.csv", paths: ["/statistik/statistik.csv"] },
    { label: "/vart-vander-jag (sv, fi, en)", paths: ["/vart-vander-jag", "/fi/vart-vander-jag?fraga=barn", "/en/vart-vander-jag?fraga=beslut"] },
    { label: "/sok?q=…", paths: searchPaths("/sok") },
    { label: "/api/v1/search?q=…", paths: searchPaths("/api/v1/search") },
    { label: "/api/v1/stories", paths: ["/api/v1/stories"] },
    { label: "/atom.xml (all, tagg, kommun)", paths: ["/atom.xml", "/atom.xml?tagg=beslut-och-overklagande", "/atom.xml?kommun=goteborg"] },
    { label: "/api (sv, fi, en)", paths: ["/api", "/fi/api", "/en/api"] },
  ];
}

async function measure(url: string, paths: string[]): Promise<Result> {
  const bytes = (await (await fetch(url + paths[0])).arrayBuffer()).byteLength;
  const result = await autocannon({ url, connections, duration: seconds, requests: paths.map((p) => ({ method: "GET", path: p })) });
  const codes = Object.keys((result as unknown as { statusCodeStats?: Record<string, unknown> }).statusCodeStats ?? {});
  // No status at all: not one reply came back within the row's seconds.
  const status = (codes.length ? codes.join("/") : `no reply in ${seconds} s`) + (result.errors > 0 ? ` ${result.errors} err` : "");
  return { status, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, bytes };
}

// One reader searching alone: the time a single query takes, without load.
async function searchLatency(url: string): Promise<string> {
  const paths = searchPaths("/api/v1/search");
  const first = await fetch(url + paths[0]);
  if (!first.ok) return `not measured (${first.status})`;
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const started = performance.now();
    await (await fetch(url + paths[i % paths.length])).arrayBuffer();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms (200 sequential queries)`;
}

async function startTimed(name: string, port: number, env: Record<string, string>) {
  const started = performance.now();
  // Every autocannon client comes from one address: the per-source search limit is lifted, so
  // the search rows measure searching (the per-instance bound still answers some with 503).
  const server = await startAppServer({ port, env: { SEED_DEMO_CONTENT: "false", RATE_LIMIT_SEARCHES_PER_MINUTE: "1000000", RATE_LIMIT_API_PER_MINUTE: "1000000", ...env } });
  // Ready means the first page is served, not just the process listening.
  for (;;) {
    const response = await fetch(`${server.url}/`).catch(() => undefined);
    if (response?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const startup = (performance.now() - started) / 1000;
  console.log(`  ${name}: first page after ${startup.toFixed(1)} s`);
  return { name, server, startup };
}


async function benchSize(size: number, all: Measured[]) {
  console.log(`\n${size} published stories:`);
  const dbs = await openSeededDatabases({ cacheDir, workDir: tmp, stories: size, seed });
  if (dbs.seeded.embedded !== null) console.log(`  seeded the embedded database in ${dbs.seeded.embedded.toFixed(1)} s`);
  if (dbs.seeded.postgres !== null) console.log(`  seeded PostgreSQL in ${dbs.seeded.postgres.toFixed(1)} s`);
  const servers: { name: string; server: AppServer; startup: number }[] = [];
  try {
    servers.push(await startTimed("embedded", basePort, { DATA_DIR: dbs.embeddedDataDir, DATABASE_URL: "" }));
    servers.push(await startTimed("postgres", basePort + 1, { DATA_DIR: path.join(tmp, "pg-data-dir"), DATABASE_URL: dbs.postgresUrl }));
    if (settleSeconds > 0) {
      console.log(`  waiting ${settleSeconds} s for the start-up's background work`);
      await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
    }
    const rows = await Promise.all(servers.map(({ server }) => rowsFor(server)));
    console.log(`\n| ${size} stories | database | status | req/s | p50 ms | p99 ms | bytes | × baseline |`);
    console.log("| --- | --- | --- | --: | --: | --: | --: | --: |");
    for (let i = 0; i < rows[0].length; i++) {
      for (const [s, { name, server }] of servers.entries()) {
        const result = await measure(server.url, rows[s][i].paths);
        all.push({ size, database: name, label: rows[s][i].label, result });
        const baseline = all.find((m) => m.size === size && m.database === name && m.label === rows[s][0].label)!.result;
        const ms = (value: number) => (result.rps > 0 ? String(value) : "–");
        console.log(
          `| ${rows[s][i].label} | ${name} | ${result.status} | ${result.rps.toFixed(0)} | ${ms(result.p50)} | ${ms(result.p99)} | ${result.bytes} | ${(result.rps / baseline.rps).toFixed(2)} |`,
        );
      }
    }
    for (const { name, server, startup } of servers) {
      console.log(`\n${name}, ${size} stories: start to first page ${startup.toFixed(1)} s; one reader searching: ${await searchLatency(server.url)}`);
    }
  } finally {
    for (const { server } of servers) await server.stop();
    await dbs.release();
  }
}

async function main() {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("No build in .next: run `npm run build` first.");
  console.log(`autocannon, ${connections} connections, ${seconds} s per row, the two servers measured alternately, ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}`);
  const all: Measured[] = [];
  for (const size of sizes) await benchSize(size, all);
  if (sizes.length > 1) {
    const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
    console.log(`\nGrowth: req/s at ${large} stories against ${small} (1.00 = no slower)\n`);
    console.log("| path | database | req/s small | req/s large | large/small |");
    console.log("| --- | --- | --: | --: | --: |");
    for (const m of all.filter((m) => m.size === large)) {
      const before = all.find((o) => o.size === small && o.database === m.database && o.label === m.label);
      if (!before) continue;
      console.log(`| ${m.label} | ${m.database} | ${before.result.rps.toFixed(0)} | ${m.result.rps.toFixed(0)} | ${(m.result.rps / before.result.rps).toFixed(2)} |`);
    }
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(tmp, { recursive: true, force: true }));
