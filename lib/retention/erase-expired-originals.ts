import { Prisma } from "@/generated/prisma/client";
import { type Tx, db } from "@/lib/db";
import { markErasurePending } from "@/lib/erasure/erasure-pending";
import { daysBefore } from "./retention-config";

export type EraseExpiredOriginalsOptions = { originalTextDays: number; now?: Date };

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
// the story row and from the story's audit rows, where edits recorded it.
export async function eraseExpiredOriginals(options: EraseExpiredOriginalsOptions): Promise<number> {
  const now = options.now ?? new Date();
  const expired: Prisma.StoryWhereInput = {
    status: "PUBLISHED",
    publishedAt: { lt: daysBefore(now, options.originalTextDays) },
    originalErasedAt: null,
  };
  const candidates = await db.story.findMany({ where: expired, select: { id: true }, orderBy: { id: "asc" } });
  let erased = 0;
  for (const { id } of candidates) {
    const done = await db.$transaction(async (tx) => {
      // Conditional, so two instances running at once erase (and count) each story once.
      const updated = await tx.story.updateMany({
        where: { ...expired, id },
        data: { originalTitle: null, originalBody: null, originalErasedAt: now },
      });
      if (updated.count !== 1) return false;
      await scrubStoryAuditRows(tx, id);
      return true;
    });
    if (done) erased += 1;
  }
  // The old versions are gone from queries, not yet from the database files (lib/erasure).
  if (erased > 0) markErasurePending();
  return erased;
}

async function scrubStoryAuditRows(tx: Tx, storyId: string): Promise<void> {
  const rows = await tx.auditLog.findMany({
    where: { targetType: "story", targetId: storyId },
    select: { id: true, before: true, after: true },
  });
  for (const row of rows) {
    await tx.auditLog.update({
      where: { id: row.id },
      data: { before: withoutText(row.before), after: withoutText(row.after) },
    });
  }
}
