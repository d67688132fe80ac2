import { Prisma } from "@/generated/prisma/client";
import { type Tx, db } from "@/lib/db";
import { markErasurePending } from "@/lib/erasure/erasure-pending";
import { type BatchOptions, inBatches } from "./in-batches";
import { daysBefore } from "./retention-config";

export type EraseExpiredOriginalsOptions = Partial<BatchOptions> & { originalTextDays: number; now?: Date };

// The fields of a story audit row that can hold the author's text (a moderator's edit logs the
// title and body before and after). The reply to the author and the status stay.
const textFields = ["title", "body"];

function withoutText(value: Prisma.JsonValue | null): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value === null) return Prisma.DbNull;
  if (typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !textFields.includes(key))) as Prisma.InputJsonObject;
}

// A published story keeps the text readers see; what the author first sent, before moderators
// edited it, is erased once the story has been public for the configured number of days: from
// the story row and from the story's audit rows, where edits recorded it. One short
// transaction per batch (lib/retention/in-batches.ts).
export async function eraseExpiredOriginals({ originalTextDays, now = new Date(), batchSize = 50, pauseMs = 0, ...rest }: EraseExpiredOriginalsOptions): Promise<number> {
  const expired: Prisma.StoryWhereInput = {
    status: "PUBLISHED",
    publishedAt: { lt: daysBefore(now, originalTextDays) },
    originalErasedAt: null,
  };
  const scanner = scanPublishedBefore(daysBefore(now, originalTextDays));
  const erased = await inBatches({
    ...rest,
    batchSize,
    pauseMs,
    nextIds: (_after, take) => scanner.next(take),
    handle: (scanned) => {
      // Only the scanned stories that still hold an original need a transaction at all.
      const ids = scanned.filter((id) => scanner.pending.has(id));
      if (ids.length === 0) return Promise.resolve(0);
      return db.$transaction(async (tx) => {
        // Conditional and returning what it changed, so two instances running at once erase
        // (and count) each story once: the second waits for the first's row locks, then finds
        // the condition no longer true.
        const updated = await tx.story.updateManyAndReturn({
          where: { ...expired, id: { in: ids } },
          data: { originalTitle: null, originalBody: null, originalErasedAt: now },
          select: { id: true },
        });
        await scrubStoryAuditRows(tx, updated.map((story) => story.id));
        return updated.length;
      });
    },
  });
  // The old versions are gone from queries, not yet from the database files (lib/erasure).
  if (erased > 0) markErasurePending();
  return erased;
}

// Nearly every old story had its original erased long ago, so a query for the ones still to do
// matches nothing and reads the whole table: 2 s at 100,000 stories on the embedded database,
// holding every reader up. Instead the pass walks the published stories older than the cutoff
// along the (status, publishedAt) index, `take` rows at a time, each step short; handle() then
// changes only those still holding an original.
function scanPublishedBefore(cutoff: Date) {
  let cursor: { publishedAt: string; id: string } | null = null;
  const pending = new Set<string>();
  return {
    pending,
    async next(take: number): Promise<string[]> {
      const rows: { id: string; publishedAt: string; pending: boolean }[] = cursor
        ? await db.$queryRawUnsafe(
            `SELECT id, to_char("publishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "publishedAt", "originalErasedAt" IS NULL AS pending FROM "Story"
             WHERE status = 'PUBLISHED' AND "publishedAt" < $1::timestamp(3) AND "publishedAt" >= $2::timestamp(3)
               AND ("publishedAt", id) > ($2::timestamp(3), $3)
             ORDER BY "publishedAt", id LIMIT $4`,
            cutoff.toISOString(), cursor.publishedAt, cursor.id, take,
          )
        : await db.$queryRawUnsafe(
            `SELECT id, to_char("publishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "publishedAt", "originalErasedAt" IS NULL AS pending FROM "Story"
             WHERE status = 'PUBLISHED' AND "publishedAt" < $1::timestamp(3)
             ORDER BY "publishedAt", id LIMIT $2`,
            cutoff.toISOString(), take,
          );
      pending.clear();
      for (const row of rows) if (row.pending) pending.add(row.id);
      const last = rows.at(-1);
      if (last) cursor = { publishedAt: last.publishedAt, id: last.id };
      return rows.map((row) => row.id);
    },
  };
}

async function scrubStoryAuditRows(tx: Tx, storyIds: string[]): Promise<void> {
  if (storyIds.length === 0) return;
  const rows = await tx.auditLog.findMany({
    where: { targetType: "story", targetId: { in: storyIds } },
    select: { id: true, before: true, after: true },
  });
  for (const row of rows) {
    await tx.auditLog.update({
      where: { id: row.id },
      data: { before: withoutText(row.before), after: withoutText(row.after) },
    });
  }
}
