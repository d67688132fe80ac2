import type { Prisma } from "@/generated/prisma/client";
import { publicContentTransaction } from "@/lib/cache/public-change";
import { db } from "@/lib/db";
import { eraseStory } from "@/lib/stories/erase-story";
import { type BatchOptions, inBatches } from "./in-batches";
import { daysBefore } from "./retention-config";

export type EraseExpiredStoriesOptions = Partial<BatchOptions> & { rejectedDays: number; withdrawnDays: number; now?: Date };

// The stories retention erases: rejected ones counted from the decision, withdrawn ones from
// the withdrawal.
export function expiredStoriesWhere({ rejectedDays, withdrawnDays, now }: { rejectedDays: number; withdrawnDays: number; now: Date }): Prisma.StoryWhereInput {
  return {
    OR: [
      { status: "REJECTED", decidedAt: { lt: daysBefore(now, rejectedDays) } },
      { status: "WITHDRAWN", withdrawnAt: { lt: daysBefore(now, withdrawnDays) } },
    ],
  };
}

// Rejected stories (counted from the decision) and withdrawn ones (from the withdrawal) are
// erased exactly as an author's erasure is, one transaction per story so a failure leaves the
// rest done, in batches (lib/retention/in-batches.ts). The age condition is checked again at
// deletion, inside eraseStory.
export async function eraseExpiredStories({ rejectedDays, withdrawnDays, now = new Date(), batchSize = 50, pauseMs = 0, ...rest }: EraseExpiredStoriesOptions): Promise<number> {
  const expired = expiredStoriesWhere({ rejectedDays, withdrawnDays, now });
  let done = false;
  return inBatches({
    ...rest,
    batchSize,
    pauseMs,
    // No order and no cursor: ordered by id, the planner walked the primary key through all
    // 100,000 stories (2 s a batch on the embedded database); unordered, it uses the status
    // indexes. Erased stories leave the result, so each batch finds new ones; a batch that
    // erased nothing (another instance was faster) ends the pass.
    nextIds: async (take) => (done ? [] : (await db.story.findMany({ where: expired, select: { id: true }, take })).map((story) => story.id)),
    handle: async (ids) => {
      let erased = 0;
      for (const id of ids) {
        const gone = await publicContentTransaction((tx) => eraseStory(tx, { storyId: id, action: "story.erased_by_retention", where: expired }));
        if (gone) erased += 1;
      }
      if (erased === 0) done = true;
      return erased;
    },
  });
}
