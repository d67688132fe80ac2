// `npm run bench:submit`: 200 simulated authors send stories at the same moment, through the
// story form's real server action over HTTP, each with a proof of work solved by altcha-lib.
// Runs against a built server on the embedded database and on a throwaway PostgreSQL cluster,
// then counts in each database what was stored. Target: nothing lost, no 5xx.
// BENCH_AUTHORS (200) and BENCH_STORIES_PER_AUTHOR (1) change the load.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startCluster } from "@/test/postgres-cluster";
import { startAppServer } from "./lib/app-server";
import { letterCode, listTagIds, type SendOutcome, sendStory, storyActionId, testStory } from "./lib/send-story";
import { countStoriesTitled, type Database, storiesByReceipt, withDatabase } from "./lib/stored-stories";

const authors = Number(process.env.BENCH_AUTHORS ?? 200);
const perAuthor = Number(process.env.BENCH_STORIES_PER_AUTHOR ?? 1);
const basePort = Number(process.env.BENCH_PORT ?? 3320);
const root = path.resolve(__dirname, "..");

type Figures = { attempted: number; receipts: number; stored: number; lost: number; serverErrors: number; refused: number; noAnswer: number; seconds: number; p50: number; p95: number };

// Rate limits are raised for the run (every author sends from this machine's address), and the
// proof of work is easy so that the clients' hashing does not compete with the server for CPU.
const serverEnv = (dataDir: string, databaseUrl: string) => ({
  DATABASE_URL: databaseUrl,
  DATA_DIR: dataDir,
  SEED_DEMO_CONTENT: "false",
  TRUST_PROXY: "",
  PUBLIC_URL: "",
  NEXTAUTH_URL: "",
  RATE_LIMIT_STORIES_PER_HOUR: "1000000",
  ALTCHA_MAX_NUMBER: "1000",
});

async function measure(name: string, port: number, database: Database, dataDir: string): Promise<Figures> {
  const server = await startAppServer({ port, env: serverEnv(dataDir, "databaseUrl" in database ? database.databaseUrl : "") });
  const run = `last ${letterCode(Math.floor(Math.random() * 26 ** 6))}`;
  const outcomes: SendOutcome[] = [];
  const latencies: number[] = [];
  const receipts: string[] = [];
  const started = Date.now();
  try {
    const actionId = storyActionId();
    const tagIds = await listTagIds(server.url);
    await Promise.all(
      Array.from({ length: authors }, async (_, author) => {
        for (let i = 0; i < perAuthor; i++) {
          const sentAt = Date.now();
          const outcome = await sendStory({ baseUrl: server.url, actionId, story: testStory({ run, index: author * perAuthor + i, tagIds }) });
          latencies.push(Date.now() - sentAt);
          outcomes.push(outcome);
          if (outcome.kind === "receipt") receipts.push(outcome.token);
          else console.error(`${name}: ${JSON.stringify(outcome).slice(0, 300)}`);
        }
      }),
    );
  } finally {
    // The embedded database may be opened by one process at a time: the app stops first.
    await server.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  const { stored, found } = await withDatabase(database, async (query) => ({
    stored: await countStoriesTitled(query, `Provberättelse ${run} `),
    found: (await storiesByReceipt(query, receipts)).size,
  }));
  latencies.sort((a, b) => a - b);
  const count = (kind: SendOutcome["kind"]) => outcomes.filter((outcome) => outcome.kind === kind).length;
  return {
    attempted: outcomes.length,
    receipts: receipts.length,
    stored,
    lost: receipts.length - found,
    serverErrors: count("server-error"),
    refused: count("refused"),
    noAnswer: count("no-answer"),
    seconds,
    p50: latencies[Math.floor(latencies.length * 0.5)] ?? 0,
    p95: latencies[Math.floor(latencies.length * 0.95)] ?? 0,
  };
}

async function main() {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("No build: run `npm run build` first.");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-bench-submit-"));
  const cluster = await startCluster();
  const results: [string, Figures][] = [];
  try {
    const admin = new pg.Client({ connectionString: cluster.url("postgres") });
    await admin.connect();
    await admin.query("CREATE DATABASE sakligt_bench");
    await admin.end();
    const embeddedDir = path.join(tmp, "embedded");
    results.push(["embedded", await measure("embedded", basePort, { dataDir: embeddedDir }, embeddedDir)]);
    results.push(["postgres", await measure("postgres", basePort + 1, { databaseUrl: cluster.url("sakligt_bench") }, path.join(tmp, "postgres"))]);
  } finally {
    cluster.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`\n${authors} authors at once, ${perAuthor} story each, ${os.cpus().length} cores, ${new Date().toISOString()}\n`);
  console.log("database   attempted  receipts  stored  lost  5xx  refused  no answer  seconds  p50 ms  p95 ms");
  for (const [name, f] of results) {
    console.log(
      `${name.padEnd(11)}${String(f.attempted).padStart(9)}${String(f.receipts).padStart(10)}${String(f.stored).padStart(8)}${String(f.lost).padStart(6)}` +
        `${String(f.serverErrors).padStart(5)}${String(f.refused).padStart(9)}${String(f.noAnswer).padStart(11)}${f.seconds.toFixed(1).padStart(9)}` +
        `${String(f.p50).padStart(8)}${String(f.p95).padStart(8)}`,
    );
  }
  if (results.some(([, f]) => f.lost > 0 || f.serverErrors > 0)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
