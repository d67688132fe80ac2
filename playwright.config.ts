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
    { name: "postgres", workers: 1, use: { baseURL: url(postgresPort) } },
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
