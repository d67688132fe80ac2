import { type Tx, currentDbHandle, db } from "@/lib/db";
import { EVERYTHING } from "./content-keys";
import { PUBLIC_CHANGE_CHANNEL, publicChangePayload } from "./listen-for-public-changes";
import { publicCacheOf } from "./public-cache";

declare const publicTxBrand: unique symbol;
// A transaction opened by publicContentTransaction. Helpers that write public content inside
// a caller's transaction (eraseStory, applyPublication) take this type, so a caller that opened
// a plain transaction does not compile. A write no reader can see (a rejection, a moderator's
// edit of a pending story) runs in a plain transaction and leaves every cache alone.
export type PublicTx = Tx & { readonly [publicTxBrand]: true };

// What each open public transaction has named so far.
type Change = { keys: Set<string>; named: boolean };
const changes = new WeakMap<PublicTx, Change>();

// Names content keys (lib/cache/content-keys.ts) the change in this transaction touches. May be
// called more than once, and with no keys: a transaction that can be either kind of write (a
// withdrawal of a story that may never have been published) says so from the row it changed.
export function markTouched(tx: PublicTx, keys: readonly string[]): void {
  const change = changes.get(tx);
  if (!change) throw new Error("markTouched outside publicContentTransaction");
  change.named = true;
  for (const key of keys) change.keys.add(key);
}

function keysOf(change: Change): string[] {
  // A change that named no keys at all is not known to touch only some: it retires everything.
  if (!change.named || change.keys.has(EVERYTHING)) return [EVERYTHING];
  return [...change.keys].sort();
}

// Every write a reader could see goes through here (test/guard/public-writes-invalidate.test.ts),
// and names what it touches with markTouched; one that names nothing retires everything.
// On PostgreSQL the keys go out in a NOTIFY that is part of the transaction: the database
// delivers it to every instance's listener exactly when the change commits, and never for a
// change that rolled back. A change that touched nothing sends none. This instance retires its
// own entries at once, without waiting for its own notification, so the author or moderator who
// made the change sees it on their next request.
export async function publicContentTransaction<T>(work: (tx: PublicTx) => Promise<T>): Promise<T> {
  const handle = currentDbHandle();
  const cache = publicCacheOf(handle);
  const change: Change = { keys: new Set(), named: false };
  let worked = false;
  try {
    return await db.$transaction(async (plain) => {
      const tx = plain as PublicTx;
      changes.set(tx, change);
      const result = await work(tx);
      worked = true;
      const keys = keysOf(change);
      if (keys.length > 0 && handle.config.kind === "postgres") {
        await tx.$executeRaw`SELECT pg_notify(${PUBLIC_CHANGE_CHANNEL}, ${publicChangePayload({ from: cache.id, keys })})`;
      }
      return result;
    });
  } finally {
    // Also after a failure past the work: a commit whose answer was lost may still have happened.
    // A failure inside the work rolled everything back, and changed nothing.
    if (worked) cache.retire(keysOf(change));
  }
}

// For writers outside a transaction (seeding at start-up, bulk loads): call once after writing.
// What they wrote is not named, so everything is retired.
export async function announcePublicChange(): Promise<void> {
  const handle = currentDbHandle();
  const cache = publicCacheOf(handle);
  cache.invalidate();
  if (handle.config.kind === "postgres") {
    await db.$executeRaw`SELECT pg_notify(${PUBLIC_CHANGE_CHANNEL}, ${publicChangePayload({ from: cache.id, keys: [EVERYTHING] })})`;
  }
}
