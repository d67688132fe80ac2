import { publicContentTransaction } from "@/lib/cache/public-change";
import { AppError } from "@/lib/errors/app-error";
import { canTransitionStory } from "@/lib/moderation/story-transitions";
import { findStoryByReceipt } from "./find-story-by-receipt";

// "Withdrawn by its author", not "removed by a moderator": the author takes the story back,
// before or after publication. Readers stop seeing it at once (readerStoryWhere is PUBLISHED
// only). The text stays until the author erases it or retention does. Withdrawing twice is
// not an error, so a repeated click lands on the same page.
export async function withdrawStory({ token, now = new Date() }: { token: string; now?: Date }): Promise<void> {
  await publicContentTransaction(async (tx) => {
    const story = await findStoryByReceipt(tx, token);
    if (story.status === "WITHDRAWN") return;
    if (!canTransitionStory(story.status, "WITHDRAWN")) {
      throw new AppError("INVALID_STATE", `story in ${story.status} cannot be withdrawn`);
    }
    const updated = await tx.story.updateMany({
      where: { id: story.id, status: story.status },
      data: { status: "WITHDRAWN", withdrawnAt: now },
    });
    if (updated.count !== 1) throw new AppError("INVALID_STATE", "story changed meanwhile");
  });
}
