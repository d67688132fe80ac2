import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createNonce } from "@/lib/security/content-security-policy";
import { ANONYMOUS_PAGE_CACHE_CONTROL } from "./page-cache-control";
import { PageCache } from "./page-cache";
import { PublicCache } from "./public-cache";

// A stand-in for Next behind the cache whose renders wait until the test lets them finish, so
// that many readers are seen to arrive while one render is under way.
type Gate = { release: (answer: { status: number }) => void };

let server: http.Server | undefined;
// Renders still held at a failure are cut, so the next test starts clean.
afterEach(() => new Promise<void>((resolve) => (server ? (server.close(() => resolve()), server.closeAllConnections()) : resolve())));

async function start(options: { renderWaitMs?: number } = {}) {
  // The real content counters, as on the embedded database: no listener, always serving.
  const content = new PublicCache("coalescing-test", null);
  const cache = new PageCache({ content: () => content, createNonce, renderWaitMs: options.renderWaitMs });
  const renders: string[] = [];
  const gates: Gate[] = [];
  let arrived = 0;
  server = http.createServer((req, res) => {
    arrived += 1;
    void cache.handle(req, res, async () => {
      renders.push(String(req.headers["x-reader"]));
      const { status } = await new Promise<{ status: number }>((release) => gates.push({ release }));
      const nonce = createNonce();
      res.statusCode = status;
      res.setHeader("Content-Security-Policy", `script-src 'nonce-${nonce}' 'strict-dynamic'`);
      res.setHeader("Cache-Control", ANONYMOUS_PAGE_CACHE_CONTROL);
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(`<html><body><h1>Render ${renders.length}</h1><script nonce="${nonce}">self.n="${nonce}"</script></body></html>`);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const until = async (check: () => boolean) => {
    const deadline = Date.now() + 3_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`still waiting: ${renders.length} renders, ${arrived} requests`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  return { base, renders, gates, until, arrived: () => arrived };
}

async function get(url: string, reader: string, signal?: AbortSignal) {
  const response = await fetch(url, { headers: { "X-Reader": reader }, signal });
  const body = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
  return { status: response.status, body, nonce };
}

describe("PageCache coalescing", () => {
  it("renders a missing page once for N readers at once, each answered with a nonce of their own", async () => {
    const { base, renders, gates, until, arrived } = await start();
    const readers = 12;
    const responses = Promise.all(Array.from({ length: readers }, (_, i) => get(`${base}/berattelser?tagg=beslut`, `reader ${i}`)));
    await until(() => arrived() === readers && gates.length === 1);
    // Everyone has asked; give any second render the chance to start before the first ends.
    await new Promise((resolve) => setTimeout(resolve, 50));
    gates[0].release({ status: 200 });
    const answers = await responses;
    expect(renders).toHaveLength(1);
    expect(answers.map((answer) => answer.status)).toEqual(Array(readers).fill(200));
    const nonces = answers.map((answer) => answer.nonce);
    expect(new Set(nonces).size).toBe(readers);
    for (const answer of answers) {
      expect(answer.body).toContain("<h1>Render 1</h1>");
      expect(answer.body).toContain(`<script nonce="${answer.nonce}">self.n="${answer.nonce}"</script>`);
    }
  });

  it("hands the turn to one waiter when the render fails, and the others get its copy", async () => {
    const { base, renders, gates, until, arrived } = await start();
    const first = get(`${base}/`, "first");
    await until(() => gates.length === 1);
    const others = Promise.all(Array.from({ length: 5 }, (_, i) => get(`${base}/`, `waiter ${i}`)));
    await until(() => arrived() === 6);
    await new Promise((resolve) => setTimeout(resolve, 50));
    gates[0].release({ status: 500 });
    expect((await first).status).toBe(500);
    // One waiter renders next, alone; the rest keep waiting for it.
    await until(() => gates.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(renders).toHaveLength(2);
    gates[1].release({ status: 200 });
    const answers = await others;
    expect(answers.map((answer) => answer.status)).toEqual(Array(5).fill(200));
    expect(new Set(answers.map((answer) => answer.body.replace(/nonce="[^"]+"|self\.n="[^"]+"/g, ""))).size).toBe(1);
    expect(renders).toHaveLength(2);
  });

  it("never hands the turn to a reader who went away while waiting", async () => {
    const { base, renders, gates, until, arrived } = await start();
    const first = get(`${base}/`, "first");
    await until(() => gates.length === 1);
    const gone = new AbortController();
    const left = get(`${base}/`, "gone", gone.signal).catch(() => "aborted");
    await until(() => arrived() === 2);
    gone.abort();
    expect(await left).toBe("aborted");
    const staying = get(`${base}/`, "staying");
    await until(() => arrived() === 3);
    await new Promise((resolve) => setTimeout(resolve, 50));
    gates[0].release({ status: 500 });
    await first;
    await until(() => gates.length === 2);
    gates[1].release({ status: 200 });
    expect((await staying).status).toBe(200);
    expect(renders).toEqual(["first", "staying"]);
  });

  it("lets the waiters render for themselves when a render takes longer than the wait", async () => {
    const { base, renders, gates, until } = await start({ renderWaitMs: 200 });
    const answers = Promise.all(Array.from({ length: 4 }, (_, i) => get(`${base}/om`, `reader ${i}`)));
    // The first render hangs; after the wait the three others render too, while it still hangs.
    await until(() => gates.length === 4);
    for (const gate of gates) gate.release({ status: 200 });
    expect((await answers).map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect(renders).toHaveLength(4);
  });
});
