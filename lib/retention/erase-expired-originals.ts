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
//
// The stories still to do are found through the (status, originalErasedAt, publishedAt) index:
// the range it reads holds exactly the published stories older than the cutoff whose original
// is still there, so a pass over an archive of 100,000 stories, nearly all done long ago, is
// one short index lookup, not a walk through every old story (which, in batches of 50 with
// pauses, kept the embedded database busy for minutes after every start).
export async function eraseExpiredOriginals({ originalTextDays, now = new Date(), batchSize = 50, pauseMs = 0, ...rest }: EraseExpiredOriginalsOptions): Promise<number> {
  const expired: Prisma.StoryWhereInput = {
    status: "PUBLISHED",
    originalErasedAt: null,
    publishedAt: { lt: daysBefore(now, originalTextDays) },
  };
  let done = false;
  const erased = await inBatches({
    ...rest,
    batchSize,
    pauseMs,
    // Erased stories leave the result, so each batch finds new ones; a batch that erased
    // nothing (another instance was faster) ends the pass.
    nextIds: async (take) =>
      done ? [] : (await db.story.findMany({ where: expired, select: { id: true }, orderBy: { publishedAt: "asc" }, take })).map((story) => story.id),
    handle: async (ids) => {
      const count = await db.$transaction(async (tx) => {
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
      if (count === 0) done = true;
      return count;
    },
  });
  // The old versions are gone from queries, not yet from the database files (lib/erasure).
  if (erased > 0) markErasurePending();
  return erased;
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
