import { publicContentTransaction } from "@/lib/cache/public-change";
import { AppError } from "@/lib/errors/app-error";
import { eraseStory } from "./erase-story";
import { findStoryByReceipt } from "./find-story-by-receipt";

// The author erases their story from the receipt link, whatever its status. Afterwards the
// link leads nowhere: the receipt hash was in the deleted row.
export async function eraseStoryByAuthor({ token }: { token: string }): Promise<void> {
  await publicContentTransaction(async (tx) => {
    const story = await findStoryByReceipt(tx, token);
    const erased = await eraseStory(tx, { storyId: story.id, action: "story.erased_by_author" });
    if (!erased) throw new AppError("NOT_FOUND", "story was erased meanwhile");
  });
}
