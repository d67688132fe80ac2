// A small least-recently-used map with an age limit. Map keeps insertion order, so the first key
// is always the least recently used one once a hit moves its key to the end. Written out rather
// than taken from lru-cache: the copy in node_modules is v6, pulled in by another package, and
// these twenty lines need no API of their own.
export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; storedAt: number }>();

  constructor(private readonly options: { maxEntries: number; maxAgeMs: number; now?: () => number }) {}

  private now() {
    return this.options.now?.() ?? Date.now();
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (this.now() - entry.storedAt >= this.options.maxAgeMs) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, storedAt: this.now() });
    while (this.entries.size > this.options.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }

  // Removes the entry only if it still holds this value: a newer one under the same key stays.
  deleteIf(key: string, value: V): void {
    if (this.entries.get(key)?.value === value) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
