import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { chromium, defineConfig } from "@playwright/test";
import { linkToMemory, useMemoryTmpDir } from "./test/memory-tmpdir";

// The browser tests run against the production build served by `npm start`: on throwaway
// embedded databases in .e2e/, and on a throwaway PostgreSQL cluster
// (scripts/e2e-postgres-server.ts). All get a known admin; none is ever a real database.
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
// The servers' data directories, logs and the throwaway clusters live in memory where there is
// room (test/memory-tmpdir.ts): .e2e is then a link to a directory in /dev/shm, one per checkout
// and port base, so two checkouts or two runs side by side keep apart. Every process Playwright
// starts inherits TMPDIR.
useMemoryTmpDir();
if (process.env.TEST_WORKER_INDEX === undefined) {
  const checkout = createHash("sha256").update(__dirname).digest("hex").slice(0, 12);
  linkToMemory(e2eDir, `sakligt-e2e-${checkout}-${embeddedPort}`);
  fs.writeFileSync(
    path.join(e2eDir, "trace-canary.json"),
    JSON.stringify({
      canary: process.env.E2E_TRACE_CANARY,
      userAgent,
      ports: [embeddedPort, postgresPort, embeddedPort + 5, embeddedPort + 7],
      embeddedServers: ["embedded", "isolated", "colleague"],
    }),
  );
}
// Each server's console output is also written here, for the same scan.
const serverLog = (name: string) => path.join(e2eDir, `${name}-server.log`);
// `exec`, so the shell is replaced by the tee, which stays until its server has exited: the
// wrapper (scripts/e2e-servers.ts) then waits for the servers themselves, and a server that does
// not stop is killed with the rest of the group when Playwright's grace period ends.
const teeLog = (name: string, command: string) => `exec node_modules/.bin/tsx scripts/e2e-tee-log.ts "${serverLog(name)}" ${command}`;

// Debian's Chromium where it exists (Playwright cannot download its own browser on every
// machine), otherwise Playwright's own. For headless runs, Chromium's headless shell first: it
// is what Playwright itself uses headless, a separate, smaller binary of the same version, and
// it costs about half the CPU per browser context and page load on two cores
// (docs/testing.md). A headed or debugging run needs the full browser.
const headed = process.argv.some((arg) => arg === "--headed" || arg === "--debug" || arg === "--ui") || Boolean(process.env.PWDEBUG);

function chromiumExecutable(): string | undefined {
  const shell = headed ? [] : ["/usr/bin/chromium-headless-shell"];
  const candidates = [process.env.CHROMIUM_PATH, ...shell, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const system = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (system) return system;
  if (fs.existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    "No Chromium for the browser tests. Install one of:\n" +
      "  Debian/Ubuntu: apt-get install -y chromium-headless-shell (or chromium)\n" +
      "  Playwright's own: npx playwright install chromium\n" +
      "or set CHROMIUM_PATH to a Chromium binary.",
  );
}

// Who runs what, against which server (ports from E2E_PORT, default 3200):
//   port     server                                             projects
//   P        embedded database, easiest proof of work           setup-embedded, embedded, api
//   P+1      PostgreSQL cluster, easiest proof of work          setup-postgres, postgres
//   P+2      started by privacy-headers itself (no trusted proxy), and after it by
//            search-under-load (two searches a minute): the api project runs one test at a time
//   P+3/P+4  started by crash-durability itself (embedded/PostgreSQL)
//   P+5      embedded database, full-strength proof of work     setup-isolated, isolated
//   P+6      a second app instance on the PostgreSQL database, started by two-instances
//   P+7      embedded database with colleague review in force      setup-colleague, colleague
//   P+8      scripts/e2e-servers.ts, once the embedded servers above answer (setup-postgres
//            waits for the PostgreSQL one itself)
//   P+9      the SMTP inbox of e2e/organisation-journey.spec.ts (e2e/support/smtp-inbox.ts),
//            which the isolated server sends its mail to
// - embedded: every spec file not named below, so a new one runs here without a change to this
//   file. One worker runs its journeys in order: rate limits count per server and source.
// - postgres: the journeys tagged @postgres, one per place where the server's SQL and its
//   transactions do the work: sending a story, publishing it with a reply, withdrawing and
//   erasing it, listing by theme, searching, the detector's replacements read back from every
//   table, and two instances sharing one database. Every other journey runs once, on the
//   embedded database: the domain layer's integration tests (vitest) run every case on both
//   databases, so a second browser run there proved nothing new and cost a third of the suite.
//   The crash test runs on both, in the api project.
// - isolated: the specs that need a server to themselves, in order: abuse-protection measures
//   the proof of work at the default ALTCHA difficulty (the other servers use the easiest
//   allowed, ALTCHA_MAX_NUMBER=1000, or every form there waits seconds for it); the session and
//   two-factor specs change accounts and settings (e.g. requiring two-factor login for
//   everyone); the fuzz spec counts every story and comment on the server; the organisations'
//   journey needs the server that sends its mail to the SMTP inbox at P+9. quick-exit needs
//   nothing of this server: it runs here so that the two long chains (api then embedded, and
//   postgres, colleague then isolated) stay about as long.
// - colleague: the colleague-review (four-eyes) journeys, on a server of their own where the
//   setting stays on. Every other server has it switched off by its setup (e2e/admin.setup.ts),
//   so the single-step journeys publish alone; switching it on and off around the four-eyes
//   journeys on a shared server raced with the next spec's first page.
// - api: the tests tagged @api, which need no browser (headers, bad API input, the crash test
//   with servers of its own); Playwright launches no browser for them, and they run beside the
//   browser journeys. Every other project leaves them out.
// - solo: the login flood, which measures how fast a cached page answers while the login is
//   flooded: it runs after every other project, on a machine doing nothing else.
// - setup-*: logs the e2e admin in once per server and saves the cookies (e2e/admin.setup.ts);
//   journeys that only need "a logged-in admin" use them (e2e/support/admin-page.ts). Specs that
//   test logging in, signing out or ending sessions log in through the form with accounts of
//   their own. Playwright starts a project only when every project of the phase before it is
//   done, so every project after the setups depends on one, and all of them run side by side.
const isolatedSpecs = specFiles(["abuse-protection", "moderator-security", "moderator-sessions", "fuzz-public-actions", "organisation-journey", "quick-exit"]);
const colleagueSpecs = specFiles(["colleague-review"]);
const soloSpecs = specFiles(["login-flood"]);
const colleaguePort = embeddedPort + 7;
// Where scripts/e2e-servers.ts says that every server above answers.
const readyPort = embeddedPort + 8;
const setupFiles = /\.setup\.ts$/;
const isolatedPort = embeddedPort + 5;
const smtpInboxPort = embeddedPort + 9;
const apiTests = /@api\b/;
const postgresTests = /@postgres\b/;

function specFiles(names: string[]): RegExp {
  return new RegExp(`/(${names.join("|")})\\.spec\\.ts$`);
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // One worker per project, and two tests at a time in all: with four projects side by side on
  // two cores, four browsers and three servers fought for the CPU, every step slowed down, and a
  // journey that passes in 40 s ran past its time limit (clean-clone CI, 2026-11-30).
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  outputDir: "test-results",
  use: {
    locale: "sv-SE",
    userAgent,
    timezoneId: "Europe/Stockholm",
    // A trace records the page's DOM at every step, which costs each test about a seventh more
    // CPU on two cores, so it is recorded only when asked for: E2E_TRACE=1 keeps the trace of
    // every failed test. A failure always leaves its screenshot and the page's accessibility
    // tree (error-context.md).
    trace: process.env.E2E_TRACE ? { mode: "retain-on-failure", screenshots: false } : "off",
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
    { name: "setup-embedded", testMatch: setupFiles, use: { baseURL: url(embeddedPort) } },
    { name: "setup-postgres", testMatch: setupFiles, use: { baseURL: url(postgresPort) } },
    { name: "setup-isolated", testMatch: setupFiles, use: { baseURL: url(isolatedPort) } },
    { name: "setup-colleague", testMatch: setupFiles, use: { baseURL: url(colleaguePort) } },
    // The order is the order in which the two workers take up the projects: the api project
    // (mostly servers of its own starting) and the short postgres and colleague projects first,
    // then embedded and isolated, the two long serial chains, which then run side by side to the
    // end. In the opposite order one of those chains ran alone at the end while the other
    // worker had nothing left. The api project's dependency only puts it in the same phase as
    // the journeys; it uses no session.
    { name: "api", workers: 1, dependencies: ["setup-embedded"], grep: apiTests, testIgnore: soloSpecs, use: { baseURL: url(embeddedPort) } },
    {
      name: "postgres",
      workers: 1,
      dependencies: ["setup-postgres"],
      testIgnore: [isolatedSpecs, colleagueSpecs, soloSpecs],
      grep: postgresTests,
      grepInvert: apiTests,
      use: { baseURL: url(postgresPort) },
    },
    {
      name: "colleague",
      workers: 1,
      dependencies: ["setup-colleague"],
      testMatch: colleagueSpecs,
      grepInvert: apiTests,
      use: { baseURL: url(colleaguePort) },
    },
    {
      name: "embedded",
      workers: 1,
      dependencies: ["setup-embedded"],
      testIgnore: [isolatedSpecs, colleagueSpecs, soloSpecs],
      grepInvert: apiTests,
      use: { baseURL: url(embeddedPort) },
    },
    {
      name: "isolated",
      workers: 1,
      dependencies: ["setup-isolated"],
      testMatch: isolatedSpecs,
      grepInvert: apiTests,
      use: { baseURL: url(isolatedPort) },
    },
    // Measures how fast the server answers under a flood, so it runs when nothing else does.
    {
      name: "solo",
      workers: 1,
      dependencies: ["api", "postgres", "colleague", "embedded", "isolated"],
      testMatch: soloSpecs,
      use: { baseURL: url(embeddedPort) },
    },
  ],
  // One entry that starts every shared server side by side (scripts/e2e-servers.ts): Playwright
  // starts the entries of this list one after another.
  webServer: {
    command: "node_modules/.bin/tsx scripts/e2e-servers.ts",
    env: {
      E2E_SERVERS: JSON.stringify([
        {
          name: "embedded",
          command: `rm -rf "${e2eDir}/embedded" && ${teeLog("embedded", "npm start")}`,
          url: url(embeddedPort),
          env: serverEnv(embeddedPort, { DATABASE_URL: "", DATA_DIR: path.join(e2eDir, "embedded"), ALTCHA_MAX_NUMBER: "1000" }),
        },
        {
          name: "postgres",
          // The slowest to start; setup-postgres waits for it (e2e/admin.setup.ts).
          later: true,
          command: `rm -rf "${e2eDir}/postgres" && ${teeLog("postgres", "node_modules/.bin/tsx scripts/e2e-postgres-server.ts")}`,
          url: url(postgresPort),
          env: serverEnv(postgresPort, { DATA_DIR: path.join(e2eDir, "postgres"), ALTCHA_MAX_NUMBER: "1000" }),
        },
        {
          // The default ALTCHA_MAX_NUMBER (lib/env.ts): none is set.
          name: "isolated",
          command: `rm -rf "${e2eDir}/isolated" && ${teeLog("isolated", "npm start")}`,
          url: url(isolatedPort),
          env: serverEnv(isolatedPort, { DATABASE_URL: "", DATA_DIR: path.join(e2eDir, "isolated"), SMTP_URL: `smtp://127.0.0.1:${smtpInboxPort}` }),
        },
        {
          name: "colleague",
          command: `rm -rf "${e2eDir}/colleague" && ${teeLog("colleague", "npm start")}`,
          url: url(colleaguePort),
          env: serverEnv(colleaguePort, { DATABASE_URL: "", DATA_DIR: path.join(e2eDir, "colleague"), ALTCHA_MAX_NUMBER: "1000" }),
        },
      ]),
      E2E_SERVERS_READY_PORT: String(readyPort),
    },
    url: `${url(readyPort)}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets each server close its database and the PostgreSQL wrapper stop its cluster.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
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
    // The whole suite reads the API from one address; the limit itself is proven in
    // app/api/v1/api-rate-limit.integration.test.ts.
    RATE_LIMIT_API_PER_MINUTE: "100000",
    ...extra,
  };
}
