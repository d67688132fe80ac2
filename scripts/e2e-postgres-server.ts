// For the browser tests on PostgreSQL: start a throwaway cluster, run `npm start` against it,
// and on SIGTERM stop both. Started by playwright.config.ts; never points at a real database.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startCluster } from "@/test/postgres-cluster";

async function main() {
  const cluster = await startCluster();
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  await admin.query("CREATE DATABASE sakligt_e2e");
  await admin.end();
  // For browser tests that check what reached the database (e2e/privacy-detector.spec.ts).
  // DATA_DIR is the throwaway .e2e/postgres directory; the cluster dies with this process.
  if (process.env.DATA_DIR) {
    fs.mkdirSync(process.env.DATA_DIR, { recursive: true });
    fs.writeFileSync(path.join(process.env.DATA_DIR, "database-url"), cluster.url("sakligt_e2e"));
  }

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
  app.on("exit", (code) => {
    stop();
    process.exit(code ?? 0);
  });
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => process.kill(-app.pid!, signal));
  }
  process.on("exit", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
