import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { chromium, defineConfig } from "@playwright/test";

// The browser tests run every journey twice against the production build served by
// `npm start`: on a throwaway embedded database in .e2e/, and on a throwaway PostgreSQL cluster
// (scripts/e2e-postgres-server.ts). Both get a known admin; neither is ever a real database.
const embeddedPort = Number(process.env.E2E_PORT ?? 3200);
const postgresPort = embeddedPort + 1;
const url = (port: number) => `http://127.0.0.1:${port}`;
const e2eDir = path.join(__dirname, ".e2e");

process.env.ADMIN_EMAIL = "e2e-admin@sakligt.test";
process.env.ADMIN_PASSWORD = "e2e-admin-losenord-123";

// A user-agent no one else sends, new for every run, so scripts/scan-e2e-traces.ts can prove
// afterwards that neither it nor the browser's address was stored or logged. The workers
// inherit the environment, so they see the canary the main process chose; the scan reads it
// from the file.
// The file's time marks the start of the run, so the main process alone writes it.
process.env.E2E_TRACE_CANARY ??= `trace-canary-${randomBytes(8).toString("hex")}`;
const userAgent = `SakligtE2E/1.0 (${process.env.E2E_TRACE_CANARY})`;
if (process.env.TEST_WORKER_INDEX === undefined) {
  fs.mkdirSync(e2eDir, { recursive: true });
  fs.writeFileSync(
    path.join(e2eDir, "trace-canary.json"),
    JSON.stringify({ canary: process.env.E2E_TRACE_CANARY, userAgent, ports: [embeddedPort, postgresPort] }),
  );
}
// Each server's console output is also written here, for the same scan.
const serverLog = (name: string) => path.join(e2eDir, `${name}-server.log`);
const teeLog = (name: string, command: string) => `node_modules/.bin/tsx scripts/e2e-tee-log.ts "${serverLog(name)}" ${command}`;

// Debian's Chromium where it exists (Playwright cannot download its own browser on every
// machine), otherwise Playwright's own.
function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const system = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (system) return system;
  if (fs.existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    "No Chromium for the browser tests. Install one of:\n" +
      "  Debian/Ubuntu: apt-get install -y chromium\n" +
      "  Playwright's own: npx playwright install chromium\n" +
      "or set CHROMIUM_PATH to a Chromium binary.",
  );
}

// Every journey runs on the embedded database. On PostgreSQL run the journeys that write,
// publish, list, queue, erase and crash, where the SQL and its transactions do the work. The
// header, fuzzing, session, guard, quick-exit and XSS journeys test the HTTP layer and the page,
// which are the same on both, and the domain layer's integration tests (vitest) run every case on
// both databases. Running all of them twice made the suite about twice as long.
const postgresJourneys = new RegExp(
  `/(${["author-writes-story", "author-control", "moderator-review", "privacy-detector", "reader-browses", "safety-routing", "crash-durability", "two-instances"].join("|")})\\.spec\\.ts$`,
);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // The two projects run side by side, each against its own server and database; within a
  // project one worker runs the journeys in order, since some change shared settings (e.g.
  // requiring two-factor login) and the rate limits count per server.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  outputDir: "test-results",
  use: {
    locale: "sv-SE",
    userAgent,
    timezoneId: "Europe/Stockholm",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "embedded", workers: 1, use: { baseURL: url(embeddedPort) } },
    { name: "postgres", workers: 1, testMatch: postgresJourneys, use: { baseURL: url(postgresPort) } },
  ],
  webServer: [
    {
      command: `rm -rf "${e2eDir}/embedded" && ${teeLog("embedded", "npm start")}`,
      env: serverEnv(embeddedPort, { DATABASE_URL: "", DATA_DIR: path.join(e2eDir, "embedded") }),
      ...serverOptions(embeddedPort),
    },
    {
      command: `rm -rf "${e2eDir}/postgres" && ${teeLog("postgres", "node_modules/.bin/tsx scripts/e2e-postgres-server.ts")}`,
      env: serverEnv(postgresPort, { DATA_DIR: path.join(e2eDir, "postgres") }),
      ...serverOptions(postgresPort),
    },
  ],
});

function serverEnv(port: number, extra: Record<string, string>): Record<string, string> {
  return {
    PORT: String(port),
    AUTH_SECRET: "",
    SEED_DEMO_CONTENT: "true",
    ADMIN_EMAIL: process.env.ADMIN_EMAIL!,
    ADMIN_PASSWORD: process.env.ADMIN_PASSWORD!,
    NEXTAUTH_URL: url(port),
    // Each simulated author sends from its own X-Forwarded-For address (e2e/support/author.ts),
    // so one suite does not exhaust the per-source story limit.
    TRUST_PROXY: "true",
    ...extra,
  };
}

function serverOptions(port: number) {
  return {
    url: `${url(port)}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    // SIGTERM lets the server close its database and the PostgreSQL wrapper stop its cluster.
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 15_000 },
  };
}
