import type { Prisma } from "@/generated/prisma/client";
import { publicContentTransaction } from "@/lib/cache/public-change";
import { db } from "@/lib/db";
import { eraseStory } from "@/lib/stories/erase-story";
import { daysBefore } from "./retention-config";

export type EraseExpiredStoriesOptions = { rejectedDays: number; withdrawnDays: number; now?: Date };

// Rejected stories (counted from the decision) and withdrawn ones (from the withdrawal) are
// erased exactly as an author's erasure is, one transaction per story so a failure leaves the
// rest done. The age condition is checked again at deletion, inside eraseStory.
export async function eraseExpiredStories(options: EraseExpiredStoriesOptions): Promise<number> {
  const now = options.now ?? new Date();
  const expired: Prisma.StoryWhereInput = {
    OR: [
      { status: "REJECTED", decidedAt: { lt: daysBefore(now, options.rejectedDays) } },
      { status: "WITHDRAWN", withdrawnAt: { lt: daysBefore(now, options.withdrawnDays) } },
    ],
  };
  const candidates = await db.story.findMany({ where: expired, select: { id: true }, orderBy: { id: "asc" } });
  let erased = 0;
  for (const { id } of candidates) {
    const done = await publicContentTransaction((tx) =>
      eraseStory(tx, { storyId: id, action: "story.erased_by_retention", where: expired }),
    );
    if (done) erased += 1;
  }
  return erased;
}
