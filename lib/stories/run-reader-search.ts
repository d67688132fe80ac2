import { BoundedGate } from "@/lib/concurrency/bounded-gate";
import { dbConfig } from "@/lib/db/config";
import { env } from "@/lib/env";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { retryAfterSeconds } from "@/lib/rate-limit/retry-after";
import { rateLimitRule } from "@/lib/rate-limit/rules";
import type { ListStoriesOptions } from "./list-stories";

// How long a reader told "try again in a while" is asked to wait (Retry-After).
export const SEARCH_BUSY_RETRY_AFTER_SECONDS = 5;

export type SearchRefusal = { reason: "busy" | "rate-limited"; retryAfterSeconds: number };
export type ReaderSearchOutcome<T> = { ok: true; value: T } | { ok: false; refusal: SearchRefusal };

// A search costs the database far more than a reader's page, and the embedded database runs one
// statement at a time: without a bound, a few clients searching make every reader's page and the
// health check wait behind their statements. So each source may search a generous number of
// times a minute, and each instance runs only a few searches at once, keeps a short queue, and
// asks the rest to try again shortly. The gate lives on globalThis, like the database handle,
// so every route of the bundled app shares the one bound.
const globalForGate = globalThis as unknown as { sakligtSearchGate?: BoundedGate; sakligtSearchesInFlight?: Map<string, Promise<ReaderSearchOutcome<unknown>>> };

export function searchGate(): BoundedGate {
  globalForGate.sakligtSearchGate ??= new BoundedGate(searchGateOptions());
  return globalForGate.sakligtSearchGate;
}

export function searchGateOptions() {
  const config = env();
  const embedded = dbConfig().kind === "pglite";
  return {
    concurrency: config.SEARCH_CONCURRENCY ?? (embedded ? 1 : 4),
    queueLength: config.SEARCH_QUEUE_LENGTH,
    maxWaitMs: config.SEARCH_QUEUE_WAIT_MS,
    // The embedded database runs one statement at a time and cannot interrupt one, so a slot
    // rests as long as its search ran: searches take at most half of the database's time, and
    // readers' pages and the health check get the other half. PostgreSQL runs them side by side.
    restRatio: embedded ? 1 : 0,
  };
}

// Identical searches asked at the same moment (a link to a search shared in the news) run once,
// and every asker gets that one answer. Nothing outlives the search: the entry goes when it
// settles, so no query is kept anywhere (see /integritet). Searches are the same when their
// checked text, filters and page are.
export function readerSearchKey({ search, filter, page }: Pick<ListStoriesOptions, "search" | "filter" | "page">): string {
  return JSON.stringify([search, filter?.tagSlug ?? null, filter?.municipalityCode ?? null, filter?.answered ?? null, filter?.voice ?? null, page ?? 1]);
}

function searchesInFlight(): Map<string, Promise<ReaderSearchOutcome<unknown>>> {
  globalForGate.sakligtSearchesInFlight ??= new Map();
  return globalForGate.sakligtSearchesInFlight;
}

// `address` is the client's, from the start script's stamp (lib/request); it only ever enters
// the keyed hash. Without one, such requests share one allowance, as the forms' do.
// `key` (readerSearchKey) lets this search share an identical one in flight; each asker is
// still counted against its own source's allowance first.
export async function runReaderSearch<T>({
  address,
  key,
  search,
  now = new Date(),
}: {
  address: string | null;
  key: string;
  search: () => Promise<T>;
  now?: Date;
}): Promise<ReaderSearchOutcome<T>> {
  const rule = rateLimitRule("search");
  const count = async (): Promise<ReaderSearchOutcome<T> | null> => {
    const counted = await hitRateLimit({ rule, subject: { kind: "address", value: address ?? "unknown" }, now });
    if (counted.allowed) return null;
    return { ok: false, refusal: { reason: "rate-limited", retryAfterSeconds: retryAfterSeconds({ rule, outcome: counted, now }) } };
  };
  const running = searchesInFlight().get(key) as Promise<ReaderSearchOutcome<T>> | undefined;
  if (!running) return share(key, () => gatedSearch({ count, search }));
  // Joining costs the database nothing more than the count, so it does not queue at the gate.
  const refused = await count();
  if (refused) return refused;
  const shared = await running;
  if (shared.ok || shared.refusal.reason === "busy") return shared;
  // The one who started it had used up its own allowance; this asker has not, and asks again
  // with whoever else had joined.
  return othersRefusal(await share(key, () => gatedSearch({ count: async () => null, search })));
}

// Registered at once, so a crowd asking in the same moment finds it and does not reach the gate.
function share<T>(key: string, start: () => Promise<ReaderSearchOutcome<T>>): Promise<ReaderSearchOutcome<T>> {
  const flights = searchesInFlight();
  const running = flights.get(key) as Promise<ReaderSearchOutcome<T>> | undefined;
  if (running) return running;
  const own = start();
  const leave = () => {
    if (flights.get(key) === own) flights.delete(key);
  };
  flights.set(key, own);
  own.then(leave, leave);
  return own;
}

// Another source's allowance is not this asker's: it is told to try again shortly instead.
function othersRefusal<T>(outcome: ReaderSearchOutcome<T>): ReaderSearchOutcome<T> {
  if (outcome.ok || outcome.refusal.reason === "busy") return outcome;
  return { ok: false, refusal: { reason: "busy", retryAfterSeconds: SEARCH_BUSY_RETRY_AFTER_SECONDS } };
}

async function gatedSearch<T>({ count, search }: { count: () => Promise<ReaderSearchOutcome<T> | null>; search: () => Promise<T> }): Promise<ReaderSearchOutcome<T>> {
  const { restRatio } = searchGateOptions();
  // The count is a write, so it is made inside the gate too: on the embedded database it would
  // otherwise queue behind the running search.
  const outcome = await searchGate().run(async (): Promise<ReaderSearchOutcome<T>> => (await count()) ?? { ok: true, value: await search() }, {
    restAfter: (busyMs) => busyMs * restRatio,
  });
  if (!outcome.admitted) return { ok: false, refusal: { reason: "busy", retryAfterSeconds: SEARCH_BUSY_RETRY_AFTER_SECONDS } };
  return outcome.value;
}
