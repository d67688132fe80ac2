import type { IncomingMessage, ServerResponse } from "node:http";
import zlib from "node:zlib";
import { BoundedCache } from "./bounded-cache";
import { PUBLIC_API_CACHE_CONTROL, matchesIfNoneMatch } from "./http-validators";
import { ANONYMOUS_PAGE_CACHE_CONTROL, isReaderPage, isSearchPage } from "./page-cache-control";
import { matchesAny, routePatterns } from "@/lib/routes";
import { type MunicipalityCodeOfSlug, pageKeysOf } from "./content-keys";
import type { KeySnapshot } from "./key-generations";
import { SingleFlight } from "./single-flight";

// Whole reader pages and public API answers as an anonymous reader gets them, kept in this
// process, in front of Next.
// Rendering a page costs the server several times what sending it costs; when a story is linked
// from a news article, a thousand readers ask for the same few pages within a minute.
//
// - Only pages that proxy.ts marked for anonymous readers (`private, no-cache`: no session, a
//   reader page) are kept, and only for requests with no cookie at all. So are the public API's
//   reads (stories and themes) and the Atom feeds, which carry an ETag and `public, max-age=0, must-revalidate`;
//   a request naming the kept answer's ETag gets a 304. Search (/sok, /api/v1/search) is never
//   kept: what people search for is not stored anywhere, this cache included.
// - Every page carries a fresh CSP nonce: the stored copy holds a placeholder, and each response
//   gets a new nonce in its header and its scripts, so the strict policy stays per response.
// - Each entry records the content keys its route reads (pageKeysOf, lib/cache/content-keys.ts)
//   and their generations when its render began (lib/cache/public-cache.ts): a public change,
//   on any instance, that names one of them retires it, and it is never sent again. A route
//   whose keys cannot be named records `*`, which any change retires. A request is served from
//   here only once the instance's change listener has proved that it hears
//   (lib/cache/listen-for-public-changes.ts); while the listener is down nothing is.
// - A page that is not kept is rendered once however many readers ask for it at the same moment:
//   the others wait for that render and get its copy (lib/cache/single-flight.ts).
const MAX_ENTRIES = 300;
const MAX_AGE_MS = 60_000;
const PLACEHOLDER = "\u0000sakligt-nonce\u0000";
// Longer than a page takes under load, short enough that a hung render holds nobody for long.
const RENDER_WAIT_MS = 5_000;

type Kind = "page" | "api";
// Pages are the reader pages that proxy.ts marks for anonymous readers (page-cache-control.ts),
// less search, and the API's reads (routePatterns.apiReads, lib/routes.ts).
// The browser's router asks for the page's data, not its HTML, with these.
const routerHeaders = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action", "next-url"];
// Not replayed: they describe one response on one connection, or this copy cannot honour them.
const unreplayedHeaders = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "etag"]);

export type ContentVersion = {
  readonly serving: boolean;
  whenServing: () => Promise<boolean>;
  snapshot: (keys: readonly string[]) => KeySnapshot;
  isCurrent: (snapshot: KeySnapshot) => boolean;
};

type Entry = { snapshot: KeySnapshot; status: number; headers: [string, string | string[]][]; body: string; etag?: string };

export class PageCache {
  private readonly entries: BoundedCache<Entry>;
  private readonly flights: SingleFlight<Entry>;

  constructor(
    private readonly options: {
      content: () => ContentVersion;
      createNonce: () => string;
      maxEntries?: number;
      maxAgeMs?: number;
      now?: () => number;
      renderWaitMs?: number;
      // How a municipality page's slug names its municipality (pageKeysOf).
      municipalityCodeOfSlug?: MunicipalityCodeOfSlug;
    },
  ) {
    this.flights = new SingleFlight({ timeoutMs: options.renderWaitMs ?? RENDER_WAIT_MS });
    this.entries = new BoundedCache({ maxEntries: options.maxEntries ?? MAX_ENTRIES, maxAgeMs: options.maxAgeMs ?? MAX_AGE_MS, now: options.now });
  }

  get size(): number {
    return this.entries.size;
  }

  // Serves the request from the cache, or lets `render` (Next) answer it and keeps a copy when
  // the answer may be kept. Requests that may not be cached go to `render` untouched.
  async handle(req: IncomingMessage, res: ServerResponse, render: () => Promise<void>): Promise<void> {
    const route = cacheRoute(req);
    if (!route) return render();
    const content = this.options.content();
    if (!content.serving && !(await content.whenServing())) return render();
    const { key, kind } = route;
    const hit = this.entries.get(key);
    if (hit && content.isCurrent(hit.snapshot)) return this.send(req, res, hit);
    const turn = await this.flights.join(key, closedSignal(res));
    if (turn.kind === "shared") return this.send(req, res, turn.result);
    if (turn.kind === "closed") return;
    // Taken once this request has the turn to render, so a change while it waited is not missed.
    const snapshot = this.options.content().snapshot(pageKeysOf(route.url.pathname, route.url.searchParams, this.options.municipalityCodeOfSlug));

    // The copy is taken uncompressed, so the nonce can be found and replaced; it is compressed
    // again for each reader who asks for it.
    const acceptEncoding = req.headers["accept-encoding"];
    delete req.headers["accept-encoding"];
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      return end(chunk, ...rest);
    }) as typeof res.end;
    res.once("finish", () => {
      const entry = storable(kind, res, Buffer.concat(chunks), snapshot);
      // A change to the page's keys during the render may have been read only in part: keep
      // nothing then. (A change whose notification is still on its way retires the entry before
      // the next proof, and nothing is served from here without one.)
      const kept = entry && this.options.content().isCurrent(snapshot) ? entry : undefined;
      if (kept) this.entries.set(key, kept);
      // Only a kept copy is handed to the waiters: a reader who came after a change waits for
      // a render that began after it.
      turn.settle(kept);
    });
    res.once("close", () => turn.settle(undefined));
    try {
      await render();
    } finally {
      if (acceptEncoding !== undefined) req.headers["accept-encoding"] = acceptEncoding;
    }
  }

  private send(req: IncomingMessage, res: ServerResponse, entry: Entry): void {
    const nonce = this.options.createNonce();
    for (const [name, value] of entry.headers) {
      res.setHeader(name, Array.isArray(value) ? value.map((item) => showNonce(item, nonce)) : showNonce(value, nonce));
    }
    if (entry.etag) {
      res.setHeader("ETag", entry.etag);
      if (matchesIfNoneMatch(header(req, "if-none-match") ?? null, entry.etag)) {
        res.removeHeader("content-type");
        res.statusCode = 304;
        res.end();
        return;
      }
    }
    let body = Buffer.from(showNonce(entry.body, nonce), "utf8");
    if (acceptsGzip(req.headers["accept-encoding"])) {
      body = zlib.gzipSync(body, { level: 6 });
      res.setHeader("Content-Encoding", "gzip");
    }
    const vary = String(res.getHeader("vary") ?? "");
    if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    res.setHeader("Content-Length", body.length);
    res.statusCode = entry.status;
    res.end(body);
  }
}

// The content keys are read from `url` only on a miss: a hit is decided by the entry's own.
function cacheRoute(req: IncomingMessage): { key: string; kind: Kind; url: URL } | null {
  if (req.method !== "GET" || !req.url) return null;
  if (req.headers.cookie || req.headers.authorization) return null;
  if (routerHeaders.some((name) => name in req.headers)) return null;
  const url = new URL(req.url, "http://cache.invalid");
  const kind: Kind | null =
    isReaderPage(url.pathname) && !isSearchPage(url.pathname) ? "page" : matchesAny(routePatterns.apiReads, url.pathname) ? "api" : null;
  if (!kind) return null;
  if (url.searchParams.has("_rsc")) return null;
  // The forwarded protocol decides the HSTS header, and a forwarded host (believed only behind
  // a trusted proxy) may reach absolute links.
  const proto = header(req, "x-forwarded-proto") ?? "";
  const host = header(req, "x-forwarded-host") ?? header(req, "host") ?? "";
  return { key: `${proto}\u0000${host}\u0000${url.pathname}${url.search}`, kind, url };
}

function storable(kind: Kind, res: ServerResponse, body: Buffer, snapshot: KeySnapshot): Entry | null {
  if (res.statusCode !== 200) return null;
  if (res.hasHeader("set-cookie") || res.hasHeader("content-encoding")) return null;
  const type = String(res.getHeader("content-type") ?? "");
  const cacheControl = res.getHeader("cache-control");
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(String(res.getHeader("content-security-policy") ?? ""))?.[1];
  const text = body.toString("utf8");
  let etag: string | undefined;
  if (kind === "page") {
    if (cacheControl !== ANONYMOUS_PAGE_CACHE_CONTROL || !type.startsWith("text/html")) return null;
    // A page whose scripts do not carry the policy's nonce would break with a new one.
    if (!nonce || !text.includes(`nonce="${nonce}"`)) return null;
  } else {
    etag = res.getHeader("etag")?.toString();
    if (cacheControl !== PUBLIC_API_CACHE_CONTROL || !/^application\/(json|atom\+xml)/.test(type) || !etag) return null;
  }
  const headers: Entry["headers"] = [];
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value === undefined || unreplayedHeaders.has(name)) continue;
    headers.push([name, Array.isArray(value) ? value.map((item) => hideNonce(String(item), nonce)) : hideNonce(String(value), nonce)]);
  }
  return { snapshot, status: 200, headers, body: hideNonce(text, nonce), etag };
}

function closedSignal(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once("close", () => controller.abort());
  return controller.signal;
}

function hideNonce(text: string, nonce: string | undefined): string {
  return nonce ? text.split(nonce).join(PLACEHOLDER) : text;
}

function showNonce(text: string, nonce: string): string {
  return text.split(PLACEHOLDER).join(nonce);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function acceptsGzip(value: string | string[] | undefined): boolean {
  const text = Array.isArray(value) ? value.join(",") : (value ?? "");
  return text.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    return coding === "gzip" && (!q || Number(q.slice(2)) > 0);
  });
}
