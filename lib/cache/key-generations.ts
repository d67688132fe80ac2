import { EVERYTHING } from "./content-keys";

// Where an entry's keys stood when its read or render began. Taken before the content is read,
// so a change that lands during the read is seen afterwards: the entry is then never served.
export type KeySnapshot = {
  readonly everything: number;
  // Set only for an entry that records `*`: any change at all retires it.
  readonly anyChange?: number;
  readonly keys: readonly (readonly [string, number])[];
};

// One generation counter per key. A change moves the counters of the keys it names; an entry is
// current while every counter it recorded still stands. Counters of keys nobody has named yet
// are 0 and take no memory. A change that names `*` moves `everything`, which every entry
// records, and forgets the per-key counters, which no current entry can then need.
export class KeyGenerations {
  private everything = 0;
  private anyChange = 0;
  private readonly byKey = new Map<string, number>();

  // Moves on with every change, whatever it names: "did anything change?" for tests and logs.
  get changes(): number {
    return this.anyChange;
  }

  snapshot(keys: readonly string[]): KeySnapshot {
    const unknown = keys.includes(EVERYTHING);
    return {
      everything: this.everything,
      ...(unknown ? { anyChange: this.anyChange } : {}),
      keys: unknown ? [] : keys.map((key) => [key, this.byKey.get(key) ?? 0] as const),
    };
  }

  isCurrent(snapshot: KeySnapshot): boolean {
    if (snapshot.everything !== this.everything) return false;
    if (snapshot.anyChange !== undefined && snapshot.anyChange !== this.anyChange) return false;
    return snapshot.keys.every(([key, generation]) => (this.byKey.get(key) ?? 0) === generation);
  }

  retire(keys: readonly string[]): void {
    if (keys.length === 0) return;
    this.anyChange += 1;
    if (keys.includes(EVERYTHING)) {
      this.everything += 1;
      this.byKey.clear();
      return;
    }
    for (const key of keys) this.byKey.set(key, (this.byKey.get(key) ?? 0) + 1);
  }
}
