// After a full browser-test run (`npm run test:e2e`): search every column of every row of every
// test database, and everything the servers logged, for the test browser's user-agent and
// its address. Finding either fails the run and names where it was.
//
// The embedded database belongs to the server process while it runs (PGlite has one opener),
// so this runs after Playwright has stopped the servers and opens .e2e/embedded itself. The
// PostgreSQL cluster is deleted when its server stops, so scripts/e2e-postgres-server.ts writes
// every row as text to .e2e/postgres/tables.jsonl just before, and keeps PostgreSQL's log.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { findTraces, traceNeedles } from "./e2e-traces/find-traces";
import { listTableRows, type TableRow } from "./e2e-traces/list-table-rows";

const e2eDir = path.resolve(__dirname, "..", ".e2e");
const problems: string[] = [];

function readRunInfo() {
  const file = path.join(e2eDir, "trace-canary.json");
  if (!fs.existsSync(file)) fail(`${file} is missing: run the browser tests (playwright test) first.`);
  const info = JSON.parse(fs.readFileSync(file, "utf8")) as { canary: string; userAgent: string; ports: number[]; embeddedServers?: string[] };
  // Each server on the embedded database keeps it in .e2e/<name>/ (playwright.config.ts).
  return { ...info, embeddedServers: info.embeddedServers ?? ["embedded"], startedAt: fs.statSync(file).mtimeMs };
}

function fail(message: string): never {
  console.error(`\nTrace scan: ${message}`);
  process.exit(1);
}

// A leftover from an earlier run would be scanned for the wrong canary and pass for nothing.
function requireFresh(file: string, startedAt: number) {
  if (!fs.existsSync(file)) fail(`${path.relative(process.cwd(), file)} is missing; did both servers start and stop cleanly?`);
  if (fs.statSync(file).mtimeMs < startedAt - 1_000) fail(`${path.relative(process.cwd(), file)} is older than this run.`);
}

function databasePort(): number[] {
  const url = fs.readFileSync(path.join(e2eDir, "postgres", "database-url"), "utf8").trim();
  return [Number(new URL(url).port)];
}

// `appPorts`: the app servers' own. A stored link to the site itself (the guide's address in a
// fact and in the replies that quote it, built from PUBLIC_URL, http://127.0.0.1:<port> in the
// tests) names the server, not the browser.
function scanRows(database: string, rows: TableRow[], needles: ReturnType<typeof traceNeedles>, appPorts: number[]) {
  for (const { table, row } of rows) {
    const columns = JSON.parse(row) as Record<string, unknown>;
    for (const [column, value] of Object.entries(columns)) {
      // Generated from the story's title, body and searchExtra, which are scanned themselves;
      // its lexemes split a URL from its port, so the site's own address would look like a bare one.
      if (table === "Story" && column === "searchVector") continue;
      for (const trace of findTraces(JSON.stringify(value) ?? "", needles, appPorts)) {
        const id = typeof columns.id === "string" || typeof columns.id === "number" ? ` (id ${columns.id})` : "";
        problems.push(`${database}: table "${table}", column "${column}"${id} holds ${trace.label}: …${trace.context}…`);
      }
    }
  }
}

async function main() {
  const run = readRunInfo();
  const needles = traceNeedles(run);

  const embeddedRows: TableRow[] = [];
  for (const server of run.embeddedServers) {
    const pgliteDir = path.join(e2eDir, server, "pglite");
    requireFresh(pgliteDir, run.startedAt);
    const pglite = new PGlite(pgliteDir);
    const rows = await listTableRows(async (sql) => (await pglite.query<Record<string, unknown>>(sql)).rows);
    await pglite.close();
    scanRows(`embedded database of the ${server} server`, rows, needles, run.ports);
    embeddedRows.push(...rows);
  }

  const tablesFile = path.join(e2eDir, "postgres", "tables.jsonl");
  requireFresh(tablesFile, run.startedAt);
  const postgresRows = fs
    .readFileSync(tablesFile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as TableRow);
  scanRows("PostgreSQL database", postgresRows, needles, run.ports);

  const serverPorts = [...run.ports, ...databasePort()];
  const logs = [...run.embeddedServers.map((server) => `${server}-server.log`), "postgres-server.log", path.join("postgres", "cluster.log")];
  let logLines = 0;
  for (const log of logs) {
    const file = path.join(e2eDir, log);
    requireFresh(file, run.startedAt);
    const lines = fs.readFileSync(file, "utf8").split("\n");
    logLines += lines.length;
    lines.forEach((line, index) => {
      for (const trace of findTraces(line, needles, serverPorts)) {
        problems.push(`log .e2e/${log}, line ${index + 1} holds ${trace.label}: …${trace.context}…`);
      }
    });
  }

  const tables = (rows: TableRow[]) => new Set(rows.map((row) => row.table)).size;
  if (problems.length > 0) {
    fail(`the test browser left ${problems.length} trace(s):\n  ${problems.join("\n  ")}\n`);
  }
  console.log(
    `Trace scan: no user-agent ("${run.userAgent}") and no browser address in ` +
      `${embeddedRows.length} rows of ${tables(embeddedRows)} embedded table(s) with rows, ` +
      `${postgresRows.length} rows of ${tables(postgresRows)} PostgreSQL table(s) with rows, or ${logLines} log lines.`,
  );
}

main().catch((error) => fail(String(error instanceof Error ? error.stack : error)));
