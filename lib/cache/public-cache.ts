import { randomBytes } from "node:crypto";
import { type DbHandle, currentDbHandle } from "@/lib/db";
import { BoundedCache } from "./bounded-cache";
import { EVERYTHING } from "./content-keys";
import { type KeySnapshot, KeyGenerations } from "./key-generations";
import { type PublicChangeListener, listenForPublicChanges } from "./listen-for-public-changes";

// What every anonymous reader sees, kept in this process. Each entry records the content keys
// it was read from (lib/cache/content-keys.ts), and a public change anywhere retires the
// entries built from the keys it names (lib/cache/public-change.ts), so an entry never outlives
// the content it was read from by more than the time a notification takes to arrive. The age
// limit is only a backstop. The page cache (lib/cache/page-cache.ts) asks the same counters.
const MAX_ENTRIES = 500;
const MAX_AGE_MS = 60_000;
const ATTACHMENT = "public-cache";

type Entry = { snapshot: KeySnapshot; value: Promise<unknown> };

export class PublicCache {
  private readonly generations = new KeyGenerations();
  private readonly entries = new BoundedCache<Entry>({ maxEntries: MAX_ENTRIES, maxAgeMs: MAX_AGE_MS });
  private readonly observers = new Set<(keys: readonly string[]) => void>();

  // On PostgreSQL other instances change the same data, and only the listener hears of it. A
  // read is served from the cache only once the listener has proved that it hears (see
  // listen-for-public-changes.ts); while its connection is down every read goes to the
  // database, which is slower but never stale.
  constructor(
    readonly id: string,
    readonly listener: PublicChangeListener | null,
  ) {}

  // Moves on with every change this instance hears of, whatever keys it names.
  get currentVersion(): number {
    return this.generations.changes;
  }

  // Where the given keys stand now; `isCurrent` later says whether any of them was retired since.
  snapshot(keys: readonly string[]): KeySnapshot {
    return this.generations.snapshot(keys);
  }

  isCurrent(snapshot: KeySnapshot): boolean {
    return this.generations.isCurrent(snapshot);
  }

  // Whether a read may be served from the cache now, without waiting: a timestamp comparison.
  get serving(): boolean {
    return this.listener === null || this.listener.isLive();
  }

  // Whether it may be once the listener has proved itself; false while it is down.
  whenServing(): Promise<boolean> {
    return this.listener === null ? Promise.resolve(true) : this.listener.whenLive();
  }

  // Retires every entry built from any of these keys (all of them for `*`), here and in the
  // page cache. An empty list changes nothing.
  retire(keys: readonly string[]): void {
    if (keys.length === 0) return;
    this.generations.retire(keys);
    if (keys.includes(EVERYTHING)) this.entries.clear();
    for (const observer of this.observers) observer(keys);
  }

  invalidate(): void {
    this.retire([EVERYTHING]);
  }

  // Called with the keys of every change this instance retires, its own and those it hears of.
  observe(observer: (keys: readonly string[]) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  // The promise is stored before it settles, so concurrent readers share one query. Its keys'
  // generations are taken before the query starts, so a change during the query retires it. The
  // value is frozen: every later request gets the same object.
  read<T>(key: string, keys: readonly string[], load: () => Promise<T>): Promise<T> {
    if (this.serving) return this.readCached(key, keys, load);
    return this.whenServing().then((serving) => (serving ? this.readCached(key, keys, load) : load()));
  }

  private readCached<T>(key: string, keys: readonly string[], load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && this.generations.isCurrent(hit.snapshot)) return hit.value as Promise<T>;
    const snapshot = this.generations.snapshot(keys);
    const value = load().then(deepFreeze);
    const entry = { snapshot, value };
    this.entries.set(key, entry);
    value.catch(() => this.entries.deleteIf(key, entry));
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
      ? listenForPublicChanges({ url: handle.config.url, ownId: id, retire: (keys) => cache?.retire(keys) })
      : null;
  cache = new PublicCache(id, listener);
  handle.attachments.set(ATTACHMENT, cache);
  return cache;
}

// `keys`: the content keys the read depends on (lib/cache/content-keys.ts).
export function readThroughPublicCache<T>(key: string, keys: readonly string[], load: () => Promise<T>): Promise<T> {
  return publicCacheOf().read(key, keys, load);
}
