import { BoundedGate } from "@/lib/concurrency/bounded-gate";
import { dbConfig } from "@/lib/db/config";
import { env } from "@/lib/env";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { rateLimitRule } from "@/lib/rate-limit/rules";

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
const globalForGate = globalThis as unknown as { sakligtSearchGate?: BoundedGate };

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

// `address` is the client's, from the start script's stamp (lib/request); it only ever enters
// the keyed hash. Without one, such requests share one allowance, as the forms' do.
export async function runReaderSearch<T>({
  address,
  search,
  now = new Date(),
}: {
  address: string | null;
  search: () => Promise<T>;
  now?: Date;
}): Promise<ReaderSearchOutcome<T>> {
  const rule = rateLimitRule("search");
  const { restRatio } = searchGateOptions();
  // The count is a write, so it is made inside the gate too: on the embedded database it would
  // otherwise queue behind the running search, and a crowd would reach the gate one by one.
  const outcome = await searchGate().run(
    async (): Promise<ReaderSearchOutcome<T>> => {
      const counted = await hitRateLimit({ rule, subject: { kind: "address", value: address ?? "unknown" }, now });
      if (!counted.allowed) {
        const windowEnd = counted.windowStart.getTime() + rule.windowMs;
        return { ok: false, refusal: { reason: "rate-limited", retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000)) } };
      }
      return { ok: true, value: await search() };
    },
    { restAfter: (busyMs) => busyMs * restRatio },
  );
  if (!outcome.admitted) return { ok: false, refusal: { reason: "busy", retryAfterSeconds: SEARCH_BUSY_RETRY_AFTER_SECONDS } };
  return outcome.value;
}
