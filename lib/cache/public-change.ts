import { type Tx, currentDbHandle, db } from "@/lib/db";
import { PUBLIC_CHANGE_CHANNEL } from "./listen-for-public-changes";
import { publicCacheOf } from "./public-cache";

declare const publicTxBrand: unique symbol;
// A transaction opened by publicContentTransaction. Helpers that write public content inside
// a caller's transaction (eraseStory, replaceStoryTags) take this type, so a caller that opened
// a plain transaction does not compile.
export type PublicTx = Tx & { readonly [publicTxBrand]: true };

const notify = (senderId: string) => `NOTIFY ${PUBLIC_CHANGE_CHANNEL}, '${senderId}'`;

// Every write a reader could see goes through here (test/guard/public-writes-invalidate.test.ts).
// On PostgreSQL the NOTIFY is part of the transaction: the database delivers it to every
// instance's listener exactly when the change commits, and never for a change that rolled back.
// This instance drops its own cache at once, without waiting for its own notification, so the
// author or moderator who made the change sees it on their next request.
export async function publicContentTransaction<T>(work: (tx: PublicTx) => Promise<T>): Promise<T> {
  const handle = currentDbHandle();
  const cache = publicCacheOf(handle);
  try {
    return await db.$transaction(async (tx) => {
      const result = await work(tx as PublicTx);
      if (handle.config.kind === "postgres") await tx.$executeRawUnsafe(notify(cache.id));
      return result;
    });
  } finally {
    // Also after a failure: a commit whose answer was lost may still have happened.
    cache.invalidate();
  }
}

// For writers outside a transaction (seeding at start-up, bulk loads): call once after writing.
export async function announcePublicChange(): Promise<void> {
  const handle = currentDbHandle();
  const cache = publicCacheOf(handle);
  cache.invalidate();
  if (handle.config.kind === "postgres") await db.$executeRawUnsafe(notify(cache.id));
}
