// One Lighthouse run (its default: a mid-range phone, simulated throttling) through its own
// CLI, which starts Chromium with chrome-launcher. CHROME_PATH points it at Debian's Chromium,
// so nothing is downloaded; set CHROME_PATH yourself to use another browser.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = path.resolve(__dirname, "..", "..");
const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => fs.existsSync(candidate));

export type LighthouseFigures = {
  tbt: number;
  lcp: number;
  scriptTransfer: number;
  scriptResource: number;
  scriptCount: number;
  benchmarkIndex: number;
  /** The profile behind TBT: main-thread time by kind of work (Lighthouse's own breakdown), ms. */
  mainThread: Record<string, number>;
  /** The scripts that cost the most main-thread time (evaluation and parse), ms. */
  costliestScripts: { url: string; ms: number }[];
};

type Lhr = {
  environment: { benchmarkIndex: number };
  runtimeError?: { message: string };
  audits: Record<
    string,
    {
      numericValue?: number;
      details?: {
        items?: { resourceType?: string; transferSize?: number; resourceSize?: number; group?: string; groupLabel?: string; duration?: number; url?: string; total?: number }[];
      };
    }
  >;
};

export async function lighthouseMobile(url: string): Promise<LighthouseFigures> {
  const chromePath = process.env.CHROME_PATH ?? chromium;
  if (!chromePath) throw new Error("No Chromium found: install Debian's (apt-get install chromium) or set CHROME_PATH.");
  const { stdout } = await run(
    path.join(root, "node_modules", ".bin", "lighthouse"),
    [
      url,
      "--quiet",
      "--output=json",
      "--output-path=stdout",
      "--only-categories=performance",
      // Lighthouse's own advice for a host slower than its reference machine: calibrate the
      // slowdown (docs/throttling.md). Unset, the default mobile profile (4x) is used.
      ...(process.env.LIGHTHOUSE_CPU_MULTIPLIER ? [`--throttling.cpuSlowdownMultiplier=${process.env.LIGHTHOUSE_CPU_MULTIPLIER}`] : []),
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync",
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
  );
  const lhr = JSON.parse(stdout) as Lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const scripts = (lhr.audits["network-requests"].details?.items ?? []).filter((item) => item.resourceType === "Script");
  return {
    tbt: lhr.audits["total-blocking-time"].numericValue ?? NaN,
    lcp: lhr.audits["largest-contentful-paint"].numericValue ?? NaN,
    scriptTransfer: scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    scriptResource: scripts.reduce((sum, item) => sum + (item.resourceSize ?? 0), 0),
    scriptCount: scripts.length,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    mainThread: Object.fromEntries(
      (lhr.audits["mainthread-work-breakdown"]?.details?.items ?? []).map((item) => [item.groupLabel ?? item.group ?? "?", Math.round(item.duration ?? 0)]),
    ),
    costliestScripts: (lhr.audits["bootup-time"]?.details?.items ?? [])
      .map((item) => ({ url: (item.url ?? "?").replace(/^https?:\/\/[^/]+/, ""), ms: Math.round(item.total ?? 0) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3),
  };
}
