import fs from "node:fs";
import path from "node:path";
import { chromium, defineConfig } from "@playwright/test";

// The browser tests run against a production build served by `npm start` on a throwaway
// embedded database in .e2e/data, with a known admin. They never touch a real database.
const port = Number(process.env.E2E_PORT ?? 3200);
const baseURL = `http://127.0.0.1:${port}`;
const dataDir = path.join(__dirname, ".e2e", "data");

process.env.ADMIN_EMAIL = "e2e-admin@sakligt.test";
process.env.ADMIN_PASSWORD = "e2e-admin-losenord-123";

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
  // One server on one embedded database, and two cores: one worker keeps timings honest.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  outputDir: "test-results",
  use: {
    baseURL,
    locale: "sv-SE",
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
  projects: [{ name: "chromium" }],
  webServer: {
    command: `rm -rf "${dataDir}" && npm start`,
    url: `${baseURL}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: "",
      DATA_DIR: dataDir,
      PORT: String(port),
      AUTH_SECRET: "",
      SEED_DEMO_CONTENT: "true",
      ADMIN_EMAIL: process.env.ADMIN_EMAIL,
      ADMIN_PASSWORD: process.env.ADMIN_PASSWORD,
      NEXTAUTH_URL: baseURL,
    },
  },
});
