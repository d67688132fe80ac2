// One database's part of `npm run bench:churn`, in a process of its own (the database handle and
// the environment are read once per process). The parent sets DATA_DIR or DATABASE_URL.
//
// On PostgreSQL the server is a process of its own and the moderation runs here; its NOTIFY
// reaches the server as another instance's would. The embedded database may be opened by one
// process only, so there the server runs here, in this process, as `npm start` runs it, and
// the moderation calls go to the same handle. The readers' load (autocannon) always runs in a
// child process, so that it never shares an event loop with the server.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { closeDb, db } from "@/lib/db";
import { dbConfig } from "@/lib/db/config";
import { env } from "@/lib/env";
import { expiredStoriesWhere } from "@/lib/retention/erase-expired-stories";
import { daysBefore, retentionConfig } from "@/lib/retention/retention-config";
import { startHttpFront } from "@/lib/server/http-front";
import { startMaintenance } from "@/lib/server/maintenance";
import { prepareServer } from "@/lib/server/prepare";
import { startAppServer } from "./app-server";
import { startChurn } from "./moderation-churn";

export type Measurement = { scenario: string; label: string; path: string; status: string; rps: number; p50: number; p99: number };
export type WorkerResult = {
  database: string;
  measurements: Measurement[];
  notes: string[];
  churn: { sent: number; rejected: number; published: number; withdrawn: number; failures: string[] };
};

const root = path.resolve(__dirname, "..", "..");
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const retentionWaitSeconds = Number(process.env.BENCH_RETENTION_WAIT_SECONDS ?? 240);
const port = Number(process.env.CHURN_PORT ?? 4610);
const resultFile = process.env.CHURN_RESULT!;
const tag = process.env.BENCH_CHURN_TAG ?? "beslut-och-overklagande";

// Every rejected and withdrawn story is made old enough for retention, as on a server that has
// been down a while: the first pass after the start erases them all.
async function makeRetentionDue(): Promise<number> {
  const past = daysBefore(new Date(), 400);
  const rejected = await db.story.updateMany({ where: { status: "REJECTED" }, data: { decidedAt: past } });
  const withdrawn = await db.story.updateMany({ where: { status: "WITHDRAWN" }, data: { decidedAt: past, withdrawnAt: past } });
  return rejected.count + withdrawn.count;
}

async function countRetentionDue(): Promise<number> {
  const { rejectedDays, withdrawnDays } = retentionConfig();
  return db.story.count({ where: expiredStoriesWhere({ rejectedDays, withdrawnDays, now: new Date() }) });
}

async function startServer(embedded: boolean): Promise<{ url: string; stop: () => Promise<void> }> {
  if (embedded) {
    const options = { config: env(), root, dev: false, embedded: true };
    await prepareServer(options);
    const front = await startHttpFront(options);
    const stopMaintenance = await startMaintenance(options);
    return {
      url: `http://127.0.0.1:${port}`,
      stop: async () => {
        await front.close();
        await stopMaintenance();
      },
    };
  }
  const server = await startAppServer({ port, env: {} });
  return { url: server.url, stop: server.stop };
}

// autocannon's own command line, in a child process, printing its result as JSON.
function load(url: string): Promise<Omit<Measurement, "scenario" | "label" | "path">> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules/.bin/autocannon"), ["-c", String(connections), "-d", String(seconds), "-j", url], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      try {
        const result = JSON.parse(out) as { requests: { average: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number; "2xx": number };
        const status = `${result["2xx"]} 2xx` + (result.non2xx ? `, ${result.non2xx} other` : "") + (result.errors ? `, ${result.errors} err` : "");
        resolve({ status, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 });
      } catch {
        reject(new Error(`autocannon exited with ${code}: ${out.slice(0, 300)}`));
      }
    });
  });
}

async function main() {
  const embedded = dbConfig().kind === "pglite";
  const database = embedded ? "embedded" : "postgres";
  const notes: string[] = [];
  const due = await makeRetentionDue();
  notes.push(`${due} rejected and withdrawn stories made due for retention before the start`);
  const started = performance.now();
  const server = await startServer(embedded);
  for (;;) {
    if ((await fetch(`${server.url}/`).catch(() => undefined))?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  notes.push(`first page ${((performance.now() - started) / 1000).toFixed(1)} s after the start`);
  const { stories } = (await (await fetch(`${server.url}/api/v1/stories`)).json()) as { stories: { id: string }[] };
  const rows = [
    { label: "/", path: "/" },
    { label: "list page", path: `/berattelser?tagg=${tag}` },
    { label: "story page", path: `/berattelser/${stories[0].id}` },
    { label: "/icon.svg (baseline)", path: "/icon.svg" },
  ];
  const churn = await startChurn({ baseUrl: server.url });
  const measurements: Measurement[] = [];
  const measureAll = async (scenario: string) => {
    for (const row of rows) {
      const result = await load(server.url + row.path);
      measurements.push({ scenario, ...row, ...result });
      console.log(`  ${database} · ${scenario} · ${row.label}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms (${result.status})`);
    }
  };
  try {
    await measureAll("after a start, retention due");
    notes.push(`${await countRetentionDue()} stories still due for retention after the first scenario`);
    const deadline = Date.now() + retentionWaitSeconds * 1000;
    while ((await countRetentionDue()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2000));
    notes.push(`${await countRetentionDue()} still due when the second scenario began`);
    await measureAll("churn, retention done");
  } finally {
    await churn.stop();
    await server.stop();
    await closeDb();
  }
  const result: WorkerResult = { database, measurements, notes, churn: churn.counts };
  fs.writeFileSync(resultFile, JSON.stringify(result));
}

main().catch(async (error) => {
  console.error(error);
  await closeDb().catch(() => {});
  process.exit(1);
});
