// For the browser tests on PostgreSQL: start a throwaway cluster, run `npm start` against it,
// and on SIGTERM stop both. Started by playwright.config.ts; never points at a real database.
// Before the cluster (and its data) is deleted, every table is written out as text for
// scripts/scan-e2e-traces.ts, which runs after Playwright has stopped the servers.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { listTableRows } from "@/scripts/e2e-traces/list-table-rows";
import { startCluster } from "@/test/postgres-cluster";

const tablesFile = path.join(".e2e", "postgres", "tables.jsonl");
const clusterLogFile = path.join(".e2e", "postgres", "cluster.log");

async function dumpTables(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = await listTableRows(async (sql) => (await client.query(sql)).rows);
    fs.writeFileSync(tablesFile, rows.map((row) => JSON.stringify(row)).join("\n") + "\n");
  } finally {
    await client.end();
  }
}

async function main() {
  const cluster = await startCluster();
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  await admin.query("CREATE DATABASE sakligt_e2e");
  await admin.end();
  // The browser tests read the database directly (counting rows, searching for traces).
  fs.mkdirSync(path.join(".e2e", "postgres"), { recursive: true });
  fs.writeFileSync(path.join(".e2e", "postgres", "database-url"), cluster.url("sakligt_e2e"));

  // The start script itself, not `npm start`: npm does not always pass SIGTERM on, which left
  // an app serving after its cluster was stopped. Its own process group, so a signal reaches
  // tsx and the server it runs.
  const app = spawn("node_modules/.bin/tsx", ["scripts/start.ts"], {
    stdio: "inherit",
    detached: true,
    env: { ...process.env, DATABASE_URL: cluster.url("sakligt_e2e") },
  });
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    cluster.stop();
  };
  app.on("exit", async (code) => {
    await dumpTables(cluster.url("sakligt_e2e")).catch((error) => console.error("Could not write the tables for the trace scan:", error));
    // PostgreSQL's own log is scanned too; a missing copy is reported by the scan, not here.
    try {
      fs.copyFileSync(cluster.logFile, clusterLogFile);
    } catch (error) {
      console.error("Could not keep the PostgreSQL log for the trace scan:", error);
    }
    stop();
    process.exit(code ?? 0);
  });
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    // The signal can come twice (to the process group, and passed on by tsx); by the second the
    // app may be gone, and an uncaught ESRCH here would skip the table dump below.
    process.on(signal, () => {
      try {
        process.kill(-app.pid!, signal);
      } catch {}
    });
  }
  process.on("exit", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
