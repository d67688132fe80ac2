import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { expect, test } from "@playwright/test";
import { type AppServer, startAppServer } from "../scripts/lib/app-server";
import { freePort } from "../test/free-port";

// One anonymous client must not be able to stop the server for everyone. U+FDFA grows 18 times
// under NFKC, so a login body full of it once kept the event loop busy for seconds while the
// e-mail was normalised, and every reader waited. Two clients send 16 MB login bodies back to
// back (one with Content-Length, one chunked without it) while a reader asks for a page the
// server keeps whole (lib/cache/page-cache.ts); the reader's answers must stay fast.

const FLOOD_MS = 6_000;
const BODY_BYTES = 16 * 1024 * 1024;
const P99_LIMIT_MS = 100;
const MIN_SAMPLES = 100;
const ROUNDS = 3;

type Latencies = { count: number; p50: number; p99: number; max: number };

test("[visitor] two clients flooding the login with 16 MB bodies do not hold up a kept page", { tag: "@api" }, async () => {
  test.setTimeout(300_000);
  const port = await freePort();
  const dataDir = path.join(__dirname, "..", ".e2e", "login-flood");
  fs.rmSync(dataDir, { recursive: true, force: true });
  let server: AppServer | undefined;
  try {
    server = await startAppServer({
      port,
      env: { DATABASE_URL: "", DATA_DIR: dataDir, SEED_DEMO_CONTENT: "false", TRUST_PROXY: "", PUBLIC_URL: "", NEXTAUTH_URL: `http://127.0.0.1:${port}` },
    });
    const page = `${server.url}/integritet`;
    // The first request renders the page; from the second on it is served from memory.
    for (let warm = 0; warm < 3; warm++) expect((await fetch(page)).status).toBe(200);
    const csrf = await fetch(`${server.url}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers.getSetCookie().map((value) => value.split(";")[0]).join("; ");
    const body = floodBody(csrfToken);
    const target = new URL(`${server.url}/api/auth/callback/credentials`);

    // Other work on a shared machine can slow one round down on its own; a blocked event loop
    // slows every round by seconds. So a round that stays fast settles it, up to three rounds.
    const rounds: string[] = [];
    let passed = false;
    for (let round = 0; round < ROUNDS && !passed; round++) {
      const quiet = await pollFor(page, 1_000);
      const stopAt = Date.now() + FLOOD_MS;
      const floods = [floodUntil(stopAt, target, body, cookie, { chunked: false }), floodUntil(stopAt, target, body, cookie, { chunked: true })];
      const during = await pollFor(page, FLOOD_MS);
      const sent = await Promise.all(floods);
      rounds.push(`round ${round + 1}: quiet ${format(quiet)}; flood ${format(during)}; login bodies answered ${sent.map(tally).join(" and ")}`);
      console.log(`login flood ${rounds.at(-1)}`);
      // A flood of fewer than four bodies would prove nothing.
      passed = sent.flat().length >= 4 && during.count >= MIN_SAMPLES && during.p99 < P99_LIMIT_MS;
    }
    test.info().annotations.push({ type: "measurement", description: rounds.join("\n") });
    expect(passed, `a kept page was slow in every round of the flood (expected: at least 4 bodies sent, and p99 under ${P99_LIMIT_MS} ms over at least ${MIN_SAMPLES} requests):\n${rounds.join("\n")}`).toBe(true);
  } finally {
    await server?.stop();
  }
});

// The login form's fields first, so next-auth reaches the e-mail; then an address of U+FDFA,
// percent-encoded as a browser would send it, up to 16 MB.
function floodBody(csrfToken: string): Buffer {
  const head = `csrfToken=${encodeURIComponent(csrfToken)}&password=x&json=true&email=`;
  const tail = "%40x.se";
  const unit = encodeURIComponent("\uFDFA");
  const repeats = Math.floor((BODY_BYTES - head.length - tail.length) / unit.length);
  return Buffer.from(`${head}${unit.repeat(repeats)}${tail}`, "latin1");
}

// One client, on a thread of its own so that sending 16 MB does not hold up the test's own
// reader: a new body as soon as the last one was answered, until the time is up. Returns the
// status of each answer (0: the connection broke before one came).
function floodUntil(stopAt: number, target: URL, body: Buffer, cookie: string, { chunked }: { chunked: boolean }): Promise<number[]> {
  const worker = new Worker(FLOOD_CLIENT, { eval: true, workerData: { stopAt, target: target.href, body, cookie, chunked } });
  return new Promise((resolve, reject) => {
    worker.once("message", (statuses: number[]) => resolve(statuses));
    worker.once("error", reject);
  });
}

const FLOOD_CLIENT = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const { stopAt, target, cookie, chunked } = workerData;
const body = Buffer.from(workerData.body);
function sendOnce() {
  return new Promise((resolve) => {
    const headers = { "content-type": "application/x-www-form-urlencoded", cookie };
    if (!chunked) headers["content-length"] = body.length;
    const request = http.request(target, { method: "POST", headers, agent: false }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode));
      response.on("error", () => resolve(response.statusCode));
    });
    // Past the flood's end nothing more is waited for: the test stops by itself.
    const timer = setTimeout(() => request.destroy(), Math.max(stopAt - Date.now(), 0) + 5000);
    request.on("close", () => clearTimeout(timer));
    request.on("error", () => resolve(0));
    if (!chunked) return void request.end(body);
    const chunk = 1024 * 1024;
    const writeFrom = (offset) => {
      while (offset < body.length) {
        const more = request.write(body.subarray(offset, offset + chunk));
        offset += chunk;
        if (!more) return void request.once("drain", () => writeFrom(offset));
      }
      request.end();
    };
    writeFrom(0);
  });
}
(async () => {
  const statuses = [];
  while (Date.now() < stopAt) statuses.push(await sendOnce());
  parentPort.postMessage(statuses);
})();
`;

// One reader, one request at a time with a short pause, for as long as asked.
async function pollFor(url: string, durationMs: number): Promise<Latencies> {
  const latencies: number[] = [];
  const stopAt = Date.now() + durationMs;
  while (Date.now() < stopAt) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
    expect(response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  latencies.sort((a, b) => a - b);
  const at = (quantile: number) => latencies[Math.min(latencies.length - 1, Math.ceil(quantile * latencies.length) - 1)] ?? Infinity;
  return { count: latencies.length, p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? Infinity };
}

// "12 (413 ×11, broken ×1)": how each client's bodies were answered.
function tally(statuses: number[]): string {
  const counts = new Map<string, number>();
  for (const status of statuses) counts.set(status ? String(status) : "broken", (counts.get(status ? String(status) : "broken") ?? 0) + 1);
  return `${statuses.length} (${[...counts].map(([status, count]) => `${status} ×${count}`).join(", ")})`;
}

function format({ count, p50, p99, max }: Latencies): string {
  return `${count} requests, p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${max.toFixed(1)} ms`;
}
