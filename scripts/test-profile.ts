// `npm run test:profile`: where the suite's time goes. Runs vitest and the browser tests once
// each with a JSON report beside the usual output, then prints the slowest vitest files and the
// slowest Playwright journeys (with their project), and each part's wall time, to hold against
// the budget in docs/testing.md. `--vitest <args…>` and `--playwright <args…>` pass arguments to
// one runner (e.g. a few files, to try the script); `--top N` sets how many rows (20).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const outDir = path.join(root, ".test-profile");
const runnerArgs: Record<"vitest" | "playwright", string[]> = { vitest: [], playwright: [] };
let top = 20;
let current: keyof typeof runnerArgs | null = null;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === "--top") top = Number(argv[++i]);
  else if (argv[i] === "--vitest" || argv[i] === "--playwright") current = argv[i] === "--vitest" ? "vitest" : "playwright";
  else if (current) runnerArgs[current].push(argv[i]);
}
const vitestJson = path.join(outDir, "vitest.json");
const playwrightJson = path.join(outDir, "playwright.json");

type Row = { name: string; seconds: number };

function run(label: string, command: string, commandArgs: string[], env: Record<string, string> = {}): number {
  const started = Date.now();
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = (Date.now() - started) / 1000;
  console.log(`\n${label}: ${seconds.toFixed(0)} s, exit ${result.status}`);
  return seconds;
}

function vitestFiles(file: string): Row[] {
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as { testResults: { name: string; startTime: number; endTime: number }[] };
  return report.testResults.map((result) => ({ name: path.relative(root, result.name), seconds: (result.endTime - result.startTime) / 1000 }));
}

type PlaywrightSuite = {
  file?: string;
  specs?: { title: string; file: string; tests: { projectName: string; results: { duration: number }[] }[] }[];
  suites?: PlaywrightSuite[];
};

function playwrightJourneys(file: string): Row[] {
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as { suites: PlaywrightSuite[] };
  const rows: Row[] = [];
  const walk = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const ms = test.results.reduce((sum, result) => sum + result.duration, 0);
        rows.push({ name: `[${test.projectName}] ${spec.file} › ${spec.title}`, seconds: ms / 1000 });
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites) walk(suite);
  return rows;
}

function printTop(title: string, rows: Row[]) {
  const total = rows.reduce((sum, row) => sum + row.seconds, 0);
  console.log(`\n## ${title}: ${rows.length}, ${total.toFixed(0)} s summed\n`);
  for (const row of [...rows].sort((a, b) => b.seconds - a.seconds).slice(0, top)) {
    console.log(`${row.seconds.toFixed(1).padStart(7)} s  ${row.name}`);
  }
}

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const vitestSeconds = run("vitest", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`, ...runnerArgs.vitest]);
const buildSeconds = run("build", "npm", ["run", "build"], { SAKLIGT_TYPES_CHECKED: "1" });
const playwrightSeconds = run("playwright", "npx", ["playwright", "test", "--reporter=list,json", ...runnerArgs.playwright], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
});

if (fs.existsSync(vitestJson)) printTop("vitest files, slowest first", vitestFiles(vitestJson));
if (fs.existsSync(playwrightJson)) printTop("Playwright journeys, slowest first", playwrightJourneys(playwrightJson));
console.log(`\nWall time: vitest ${vitestSeconds.toFixed(0)} s, build ${buildSeconds.toFixed(0)} s, Playwright ${playwrightSeconds.toFixed(0)} s`);
