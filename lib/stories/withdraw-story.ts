import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { loadStoryKeys } from "@/lib/cache/content-keys";
import { findStoryByReceipt } from "./find-story-by-receipt";
import { readerStoryWhere } from "./visibility";
import { assertGuardedUpdate, assertStoryTransition, whereStillIn } from "./story-status";

// "Withdrawn by its author", not "removed by a moderator": the author takes the story back,
// before or after publication. Readers stop seeing it at once (readerStoryWhere is PUBLISHED
// only). The text stays until the author erases it or retention does. Withdrawing twice is
// not an error, so a repeated click lands on the same page. A decision waiting for a colleague
// is dropped with it. Only a published story's withdrawal retires anything: the update is
// guarded by the status read here, so that status is the one it had when it was withdrawn.
export async function withdrawStory({ token, now = new Date() }: { token: string; now?: Date }): Promise<void> {
  await publicContentTransaction(async (tx) => {
    const story = await findStoryByReceipt(tx, token);
    if (story.status === "WITHDRAWN") return markTouched(tx, []);
    assertStoryTransition(story.status, "WITHDRAWN");
    markTouched(tx, story.status === readerStoryWhere.status ? await loadStoryKeys(tx, story.id) : []);
    const updated = await tx.story.updateMany({
      where: whereStillIn(story.id, story.status),
      data: { status: "WITHDRAWN", withdrawnAt: now, claimedById: null, claimedUntil: null, version: { increment: 1 } },
    });
    assertGuardedUpdate(updated);
    // A decision a moderator prepared on it will never be approved: its reply goes now.
    await tx.preparedDecision.deleteMany({ where: { storyId: story.id } });
    // Nor will an amendment of its published reply.
    await tx.replyAmendment.deleteMany({ where: { reply: { storyId: story.id } } });
  });
}
