import type { Prisma } from "@/generated/prisma/client";
import { type PublicTx, markTouched } from "@/lib/cache/public-change";
import { loadStoryKeys } from "@/lib/cache/content-keys";
import { readerStoryWhere } from "./visibility";
import { type ErasureAction, writeErasureAuditLog } from "@/lib/audit/write-erasure-audit-log";
import { markErasurePending } from "@/lib/erasure/erasure-pending";

export type EraseStoryOptions = {
  storyId: string;
  action: ErasureAction;
  // Extra conditions the story must still meet at the moment of deletion (retention's "still
  // rejected and still old"), so a concurrent change is never erased by a stale decision.
  where?: Prisma.StoryWhereInput;
};

// Erases a story for good, inside the caller's transaction. Deleting the row takes its receipt
// hash, tags, replies and every comment on it (the author's own included) by cascade. The
// audit rows about the story and its comments go too, because their before/after hold the
// text; one row recording only that an erasure happened takes their place.
//
// Safe to run twice at once (two app instances): the story row is locked first, so the second
// transaction waits, then finds nothing and writes no second audit row.
//
// Only a published story's erasure changes what readers see (retention erases rejected and
// withdrawn ones). The lock holds the status read here until the transaction ends, so it is the
// status the story had when it was deleted: no publication can slip in between.
export async function eraseStory(tx: PublicTx, options: EraseStoryOptions): Promise<boolean> {
  const locked = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM "Story" WHERE id = ${options.storyId} FOR UPDATE`;
  if (locked.length === 0) {
    markTouched(tx, []);
    return false;
  }
  const keys = locked[0].status === readerStoryWhere.status ? await loadStoryKeys(tx, options.storyId) : [];
  const comments = await tx.comment.findMany({ where: { storyId: options.storyId }, select: { id: true } });
  const deleted = await tx.story.deleteMany({ where: { ...options.where, id: options.storyId } });
  if (deleted.count !== 1) {
    markTouched(tx, []);
    return false;
  }
  markTouched(tx, keys);
  await tx.auditLog.deleteMany({
    where: {
      OR: [
        { targetType: "story", targetId: options.storyId },
        { targetType: "comment", targetId: { in: comments.map((comment) => comment.id) } },
      ],
    },
  });
  // Mail queued about it (lib/mail) holds its title; it would be dropped unsent anyway. Sent and
  // dropped mail keeps no text.
  await tx.outboxMail.deleteMany({ where: { storyIds: { has: options.storyId }, sentAt: null } });
  await writeErasureAuditLog(tx, options.action);
  // The rows are gone from queries, not yet from the database files (lib/erasure).
  markErasurePending();
  return true;
}
