// `npm run bench:churn`: the reader pages while moderators work, at 100,000 stories (the bulk
// seeder), on the embedded database and on a throwaway PostgreSQL cluster. 32 connections ask
// for `/`, a list page and a story page in turn (and `/icon.svg`, served by Next, the baseline
// of the same run), while authors send stories over HTTP and a moderator rejects one pending
// story a second, publishes one every ten seconds and withdraws one every thirty
// (scripts/lib/moderation-churn.ts). Two scenarios per database, one after the other:
//   1. right after a start with every rejected and withdrawn story (400) due for retention;
//   2. once retention is done, the churn alone.
// Targets: every reader page at least 5× the baseline, with p99 at most 100 ms.
// Servers run the current .next build (`npm run build` first). Options, by env:
//   BENCH_SECONDS (20, per URL), BENCH_CONNECTIONS (32), BENCH_STORIES (100000), BENCH_SEED (1),
//   BENCH_PORT (4610, and the next one), BENCH_CACHE_DIR (keep the seeded databases between
//   runs), BENCH_DATABASES ("embedded,postgres"), BENCH_RETENTION_WAIT_SECONDS (240),
//   BENCH_CHURN_TAG (the theme of the list page).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { WorkerResult } from "./lib/churn-worker";
import { openSeededDatabases } from "./lib/seeded-databases";

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const stories = Number(process.env.BENCH_STORIES ?? 100_000);
const seed = Number(process.env.BENCH_SEED ?? 1);
const basePort = Number(process.env.BENCH_PORT ?? 4610);
const databases = (process.env.BENCH_DATABASES ?? "embedded,postgres").split(",");
const root = path.resolve(__dirname, "..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-bench-churn-"));
const cacheDir = process.env.BENCH_CACHE_DIR ? path.resolve(process.env.BENCH_CACHE_DIR) : path.join(tmp, "cache");

const TARGET_RATIO = 5;
const TARGET_P99_MS = 100;

// The moderator the server makes at its start, who does the churn's decisions. Rate limits
// are lifted (every author and reader is this machine), and the proof of work is easy, so that
// the authors' hashing does not compete with the server.
const serverEnv = {
  SEED_DEMO_CONTENT: "false",
  ADMIN_EMAIL: "bench-churn@example.se",
  ADMIN_PASSWORD: "bench-churn-password-0123",
  RATE_LIMIT_STORIES_PER_HOUR: "1000000",
  RATE_LIMIT_SEARCHES_PER_MINUTE: "1000000",
  RATE_LIMIT_API_PER_MINUTE: "1000000",
  ALTCHA_MAX_NUMBER: "1000",
  TRUST_PROXY: "",
  PUBLIC_URL: "",
  NEXTAUTH_URL: "",
};

function runWorker(database: string, port: number, env: Record<string, string>): Promise<WorkerResult> {
  const resultFile = path.join(tmp, `${database}.json`);
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/lib/churn-worker.ts"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...serverEnv, ...env, PORT: String(port), CHURN_PORT: String(port), CHURN_RESULT: resultFile },
  });
  return new Promise((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(fs.readFileSync(resultFile, "utf8")) as WorkerResult) : reject(new Error(`${database}: the worker exited with ${code}`)))),
  );
}

function printTable(results: WorkerResult[]) {
  console.log(`\n| database | scenario | URL | req/s | × /icon.svg | p50 ms | p99 ms | target (≥ ${TARGET_RATIO}×, p99 ≤ ${TARGET_P99_MS} ms) | answers |`);
  console.log("| --- | --- | --- | --: | --: | --: | --: | --- | --- |");
  for (const { database, measurements } of results) {
    for (const m of measurements) {
      const baseline = measurements.find((other) => other.scenario === m.scenario && other.path === "/icon.svg")!;
      const ratio = m.rps / baseline.rps;
      const isBaseline = m.path === "/icon.svg";
      const met = isBaseline ? "baseline" : ratio >= TARGET_RATIO && m.p99 <= TARGET_P99_MS ? "met" : "missed";
      console.log(`| ${database} | ${m.scenario} | ${m.label} | ${m.rps.toFixed(0)} | ${ratio.toFixed(2)} | ${m.p50} | ${m.p99} | ${met} | ${m.status} |`);
    }
  }
  for (const { database, notes, churn } of results) {
    console.log(`\n${database}: ${notes.join("; ")}.`);
    console.log(`${database}: churn sent ${churn.sent} stories, rejected ${churn.rejected}, published ${churn.published}, withdrawn ${churn.withdrawn}.`);
    for (const failure of churn.failures) console.log(`  churn failure: ${failure}`);
  }
}

async function main() {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("No build in .next: run `npm run build` first.");
  console.log(`${stories} stories, autocannon ${connections} connections, ${seconds} s per URL, ${os.cpus().length} cores, ${new Date().toISOString()}`);
  const dbs = await openSeededDatabases({ cacheDir, workDir: tmp, stories, seed });
  const results: WorkerResult[] = [];
  try {
    for (const [index, database] of databases.entries()) {
      const env = database === "embedded" ? { DATA_DIR: dbs.embeddedDataDir, DATABASE_URL: "" } : { DATA_DIR: path.join(tmp, "pg-data-dir"), DATABASE_URL: dbs.postgresUrl };
      console.log(`\n${database}:`);
      results.push(await runWorker(database, basePort + index, env));
    }
  } finally {
    await dbs.release();
  }
  printTable(results);
  const missed = results.some(({ measurements }) =>
    measurements.some((m) => {
      const baseline = measurements.find((other) => other.scenario === m.scenario && other.path === "/icon.svg")!;
      return m !== baseline && (m.rps / baseline.rps < TARGET_RATIO || m.p99 > TARGET_P99_MS);
    }),
  );
  console.log(missed ? "\nTargets: missed." : "\nTargets: met on every row.");
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(tmp, { recursive: true, force: true }));
