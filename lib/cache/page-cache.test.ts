import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createNonce } from "@/lib/security/content-security-policy";
import { PUBLIC_API_CACHE_CONTROL, entityTag } from "./http-validators";
import { ANONYMOUS_PAGE_CACHE_CONTROL, NEVER_STORE } from "./page-cache-control";
import { type ContentVersion, PageCache } from "./page-cache";
import { KeyGenerations } from "./key-generations";

// A stand-in for Next behind the cache: each render draws its own nonce, as proxy.ts does, puts
// it in the policy and on the page's scripts, and counts itself.
type Render = { status?: number; cacheControl?: string; setCookie?: boolean; streamed?: boolean; body?: (nonce: string) => string };

function pageBody(nonce: string, count: number) {
  return `<!DOCTYPE html><html><body><h1>Berättelser ${count}</h1><script nonce="${nonce}">self.__next_f.push([1,"${nonce}"])</script><script nonce="${nonce}" src="/_next/static/app.js"></script></body></html>`;
}

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

type FakeContent = ContentVersion & { serving: boolean; retire: (keys: readonly string[]) => void };
// A listener that is either up and proved, or down, in front of the real key generations.
function fakeContent(): FakeContent {
  const generations = new KeyGenerations();
  const content: FakeContent = {
    serving: true,
    whenServing: async () => content.serving,
    snapshot: (keys) => generations.snapshot(keys),
    isCurrent: (snapshot) => generations.isCurrent(snapshot),
    retire: (keys) => generations.retire(keys),
  };
  return content;
}

async function start(options: { render?: (path: string) => Render; content?: FakeContent } = {}) {
  const content = options.content ?? fakeContent();
  const cache = new PageCache({ content: () => content, createNonce });
  const renders: string[] = [];
  server = http.createServer((req, res) => {
    void cache.handle(req, res, async () => {
      renders.push(req.url ?? "");
      const render = options.render?.(req.url ?? "") ?? {};
      const nonce = createNonce();
      if (req.url?.startsWith("/api/")) {
        // As app/api/v1/responses.ts answers: JSON with an ETag, private for search.
        const json = JSON.stringify({ stories: [{ title: `Berättelse ${renders.length}` }] });
        res.setHeader("Content-Security-Policy", `default-src 'self'; script-src 'nonce-${nonce}'`);
        res.setHeader("Cache-Control", req.url.startsWith("/api/v1/search") ? "private, no-cache" : PUBLIC_API_CACHE_CONTROL);
        res.setHeader("ETag", entityTag(json));
        res.setHeader("Access-Control-Allow-Origin", "*");
        if (req.headers["if-none-match"] === entityTag(json)) {
          res.statusCode = 304;
          res.end();
          return;
        }
        res.setHeader("Content-Type", "application/json");
        res.end(json);
        return;
      }
      res.statusCode = render.status ?? 200;
      res.setHeader("Content-Security-Policy", `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
      res.setHeader("Cache-Control", render.cacheControl ?? ANONYMOUS_PAGE_CACHE_CONTROL);
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("X-Frame-Options", "DENY");
      res.setHeader("Vary", "rsc, next-router-state-tree");
      if (render.setCookie) res.setHeader("Set-Cookie", "a=b");
      // Next compresses when the request allows it; the cache must get the plain page.
      if (req.headers["accept-encoding"]?.includes("gzip")) res.setHeader("X-Would-Compress", "yes");
      const body = (render.body ?? ((value: string) => pageBody(value, renders.length)))(nonce);
      if (render.streamed) {
        res.write(body.slice(0, 40));
        await new Promise((resolve) => setTimeout(resolve, 5));
        res.end(Buffer.from(body.slice(40)));
      } else res.end(body);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return { base, cache, renders, content };
}

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

function policyNonce(headers: Headers): string {
  const nonce = /'nonce-([^']+)'/.exec(headers.get("content-security-policy") ?? "")?.[1];
  expect(nonce).toBeTruthy();
  return nonce!;
}

describe("PageCache", () => {
  it("renders a reader page once and sends later readers the same page with a nonce of their own", async () => {
    const { base, renders } = await start({ render: () => ({ streamed: true }) });
    const first = await get(`${base}/berattelser?sida=2`);
    const second = await get(`${base}/berattelser?sida=2`);
    const third = await get(`${base}/berattelser?sida=2`);
    expect(renders).toEqual(["/berattelser?sida=2"]);
    const nonces = [first, second, third].map((response) => policyNonce(response.headers));
    expect(new Set(nonces).size).toBe(3);
    for (const [index, response] of [first, second, third].entries()) {
      // Every script, and the data inside them, carries this response's own nonce and no other.
      expect(response.body.match(/nonce="([^"]+)"/g)).toEqual([`nonce="${nonces[index]}"`, `nonce="${nonces[index]}"`]);
      expect(response.body).toContain(`"${nonces[index]}"])`);
      for (const other of nonces.filter((_, at) => at !== index)) expect(response.body).not.toContain(other);
      expect(response.body).toContain("<h1>Berättelser 1</h1>");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("cache-control")).toBe(ANONYMOUS_PAGE_CACHE_CONTROL);
      if (index > 0) expect(response.headers.get("vary")).toBe("rsc, next-router-state-tree, Accept-Encoding");
    }
  });

  it("renders again after any public change, and keeps nothing while changes cannot be heard", async () => {
    const { base, renders, content } = await start();
    await get(`${base}/`);
    await get(`${base}/`);
    content.retire(["*"]);
    expect((await get(`${base}/`)).body).toContain("<h1>Berättelser 2</h1>");
    content.serving = false;
    expect((await get(`${base}/`)).body).toContain("<h1>Berättelser 3</h1>");
    expect((await get(`${base}/`)).body).toContain("<h1>Berättelser 4</h1>");
    content.serving = true;
    // What was rendered while the listener was down was not kept either.
    expect((await get(`${base}/`)).body).toContain("<h1>Berättelser 2</h1>");
    expect(renders).toHaveLength(4);
  });

  it("keeps nothing rendered while the content changed underneath", async () => {
    const content = fakeContent();
    const { base, renders } = await start({
      content,
      render: () => ({ body: (nonce) => (content.retire(["list:all"]), pageBody(nonce, 0)) }),
    });
    await get(`${base}/`);
    await get(`${base}/`);
    expect(renders).toHaveLength(2);
  });

  const storyA = "AAAAAAAAAAAAAAAAAAAAA";
  const storyB = "BBBBBBBBBBBBBBBBBBBBB";

  it("retires only the entries built from the keys a change names", async () => {
    const { base, renders, content, cache } = await start();
    const paths = [`/berattelser/${storyA}`, `/berattelser/${storyB}`, `/api/v1/stories/${storyB}`, "/berattelser?tagg=boende", "/berattelser?tagg=skola", "/"];
    for (const path of paths) await get(`${base}${path}`);
    expect(cache.size).toBe(paths.length);
    // Story A was withdrawn: it was in the whole list and in the theme "boende".
    content.retire(["story:AAAAAAAAAAAAAAAAAAAAA", "list:all", "list:tag:boende"]);
    for (const path of paths) await get(`${base}${path}`);
    expect(renders.slice(paths.length)).toEqual([`/berattelser/${storyA}`, "/berattelser?tagg=boende", "/"]);
    // Every page shows theme names.
    content.retire(["tags"]);
    for (const path of paths) await get(`${base}${path}`);
    expect(renders.slice(paths.length + 3)).toEqual(paths);
  });

  it("keeps an entry whose keys no change names, until a change names everything", async () => {
    const { base, renders, content } = await start();
    await get(`${base}/integritet`);
    content.retire(["story:AAAAAAAAAAAAAAAAAAAAA", "list:all", "tags"]);
    await get(`${base}/integritet`);
    expect(renders).toHaveLength(1);
    content.retire(["*"]);
    await get(`${base}/integritet`);
    expect(renders).toHaveLength(2);
  });

  it("never keeps a route whose keys it cannot name past any change", async () => {
    // Not a story id: pageKeysOf cannot say what it was built from.
    const { base, renders, content } = await start();
    await get(`${base}/berattelser/inte-ett-id`);
    await get(`${base}/berattelser/inte-ett-id`);
    expect(renders).toHaveLength(1);
    content.retire(["list:kommun:0180"]);
    await get(`${base}/berattelser/inte-ett-id`);
    expect(renders).toHaveLength(2);
  });

  it("keeps a render during which a change named other keys, and not one during which its own changed", async () => {
    const content = fakeContent();
    const { base, renders } = await start({
      content,
      render: (path) => ({ body: (nonce) => (content.retire([path.endsWith(storyA) ? "story:BBBBBBBBBBBBBBBBBBBBB" : "tags"]), pageBody(nonce, 0)) }),
    });
    await get(`${base}/berattelser/${storyA}`);
    await get(`${base}/berattelser/${storyA}`);
    await get(`${base}/berattelser/${storyB}`);
    await get(`${base}/berattelser/${storyB}`);
    expect(renders).toEqual([`/berattelser/${storyA}`, `/berattelser/${storyB}`, `/berattelser/${storyB}`]);
  });

  it("never keeps a search, a page for someone with a cookie, a router request or a moderator page", async () => {
    const { base, renders, cache } = await start();
    const requests: [string, Record<string, string>][] = [
      ["/sok?q=beslut", {}],
      ["/berattelser", { Cookie: "authjs.session-token=x" }],
      ["/berattelser", { Cookie: "anything=1" }],
      ["/berattelser", { RSC: "1" }],
      ["/berattelser?_rsc=abc", {}],
      ["/berattelser", { "Next-Router-Prefetch": "1" }],
      ["/mod", {}],
      ["/kvitto/abc", {}],
      ["/beratta", {}],
      ["/api/v1/search?q=beslut", {}],
      ["/api/v1/stories", { Cookie: "a=b" }],
    ];
    for (const [path, headers] of requests) {
      await get(`${base}${path}`, headers);
      await get(`${base}${path}`, headers);
    }
    expect(renders).toHaveLength(requests.length * 2);
    expect(cache.size).toBe(0);
  });

  it("keeps only a plain 200 page marked for anonymous readers", async () => {
    const answers: Record<string, Render> = {
      "/berattelser/saknas": { status: 404 },
      "/berattelser/session": { cacheControl: NEVER_STORE },
      "/berattelser/kaka": { setCookie: true },
      "/berattelser/utan-nonce": { body: () => "<html><script>alert(1)</script></html>" },
    };
    const { base, renders, cache } = await start({ render: (path) => answers[path] ?? {} });
    for (const path of Object.keys(answers)) {
      await get(`${base}${path}`);
      await get(`${base}${path}`);
    }
    expect(renders).toHaveLength(8);
    expect(cache.size).toBe(0);
  });

  it("takes its copy uncompressed and compresses it for each reader who accepts gzip", async () => {
    const { base, renders } = await start();
    const miss = await get(`${base}/integritet`, { "Accept-Encoding": "gzip" });
    expect(miss.headers.get("x-would-compress")).toBeNull();
    const response = await fetch(`${base}/integritet`, { headers: { "Accept-Encoding": "gzip" } });
    // fetch decompresses on its own; the header shows what came over the wire.
    expect(response.headers.get("content-encoding")).toBe("gzip");
    const body = await response.text();
    expect(body).toContain(`nonce="${policyNonce(response.headers)}"`);
    const raw = await new Promise<Buffer>((resolve, reject) =>
      http.get(`${base}/integritet`, { headers: { "Accept-Encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk)).on("end", () => resolve(Buffer.concat(chunks))).on("error", reject);
      }),
    );
    expect(zlib.gunzipSync(raw).toString("utf8")).toContain("<h1>Berättelser 1</h1>");
    expect(renders).toHaveLength(1);
  });

  it("keeps a public API answer with its ETag, and answers a request that names it with a 304", async () => {
    const { base, renders } = await start();
    const first = await get(`${base}/api/v1/stories?page=2`);
    const etag = first.headers.get("etag")!;
    expect(etag).toBeTruthy();
    const second = await get(`${base}/api/v1/stories?page=2`);
    expect(second.body).toBe(first.body);
    expect(second.headers.get("etag")).toBe(etag);
    expect(second.headers.get("cache-control")).toBe(PUBLIC_API_CACHE_CONTROL);
    expect(second.headers.get("access-control-allow-origin")).toBe("*");
    expect(policyNonce(second.headers)).not.toBe(policyNonce(first.headers));
    const unchanged = await get(`${base}/api/v1/stories?page=2`, { "If-None-Match": etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toBe("");
    expect(unchanged.headers.get("etag")).toBe(etag);
    const other = await get(`${base}/api/v1/stories?page=2`, { "If-None-Match": 'W/"something-else"' });
    expect(other.status).toBe(200);
    expect(renders).toEqual(["/api/v1/stories?page=2"]);
  });
});
