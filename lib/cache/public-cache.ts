import { randomBytes } from "node:crypto";
import { type DbHandle, currentDbHandle } from "@/lib/db";
import { BoundedCache } from "./bounded-cache";
import { type PublicChangeListener, listenForPublicChanges } from "./listen-for-public-changes";

// What every anonymous reader sees, kept in this process. Any public change anywhere empties it
// (lib/cache/public-change.ts), so an entry never outlives the content it was read from by more
// than the time a notification takes to arrive. The age limit is only a backstop.
const MAX_ENTRIES = 500;
const MAX_AGE_MS = 60_000;
const ATTACHMENT = "public-cache";

export class PublicCache {
  private version = 0;
  private readonly entries = new BoundedCache<Promise<unknown>>({ maxEntries: MAX_ENTRIES, maxAgeMs: MAX_AGE_MS });

  // On PostgreSQL other instances change the same data, and only the listener hears of it. A
  // read is served from the cache only once the listener has proved that it hears (see
  // listen-for-public-changes.ts); while its connection is down every read goes to the
  // database, which is slower but never stale.
  constructor(
    readonly id: string,
    readonly listener: PublicChangeListener | null,
  ) {}

  get currentVersion(): number {
    return this.version;
  }

  // Whether a read may be served from the cache now, without waiting: a timestamp comparison.
  get serving(): boolean {
    return this.listener === null || this.listener.isLive();
  }

  // Whether it may be once the listener has proved itself; false while it is down.
  whenServing(): Promise<boolean> {
    return this.listener === null ? Promise.resolve(true) : this.listener.whenLive();
  }

  invalidate(): void {
    this.version += 1;
    this.entries.clear();
  }

  // The promise is stored before it settles, so concurrent readers share one query, and an
  // invalidation during the query removes it along with everything else. The value is frozen:
  // every later request gets the same object.
  read<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.serving) return this.readCached(key, load);
    return this.whenServing().then((serving) => (serving ? this.readCached(key, load) : load()));
  }

  private readCached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const fullKey = `${this.version}\u0000${key}`;
    const hit = this.entries.get(fullKey);
    if (hit) return hit as Promise<T>;
    const value = load().then(deepFreeze);
    this.entries.set(fullKey, value);
    value.catch(() => this.entries.deleteIf(fullKey, value));
    return value;
  }

  async close(): Promise<void> {
    this.invalidate();
    await this.listener?.close();
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

// One cache per database handle, kept on the handle (see DbHandle.attachments): the start
// script's retention and the app's pages are separate module graphs in one process and must
// share it, and a test that opens a new database gets a new, empty cache.
export function publicCacheOf(handle: DbHandle = currentDbHandle()): PublicCache {
  const existing = handle.attachments.get(ATTACHMENT);
  if (existing) return existing as PublicCache;
  // Hex only, so it can be written into a NOTIFY statement as it is.
  const id = randomBytes(8).toString("hex");
  let cache: PublicCache | undefined;
  const listener =
    handle.config.kind === "postgres"
      ? listenForPublicChanges({ url: handle.config.url, ownId: id, invalidate: () => cache?.invalidate() })
      : null;
  cache = new PublicCache(id, listener);
  handle.attachments.set(ATTACHMENT, cache);
  return cache;
}

export function readThroughPublicCache<T>(key: string, load: () => Promise<T>): Promise<T> {
  return publicCacheOf().read(key, load);
}
