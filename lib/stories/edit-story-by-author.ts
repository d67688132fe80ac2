import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { AuthorEdit } from "./author-edit-schema";
import { findStoryByReceipt } from "./find-story-by-receipt";

export type EditStoryByAuthorOptions = AuthorEdit & { token: string; now?: Date };

// The text as it will be stored. Kept in one place so the automatic replacement and safety
// check that createStory runs on a new submission can be applied to an edit the same way.
function textToStore(edit: AuthorEdit) {
  return { title: edit.title, body: edit.body };
}

// Takes input already parsed by authorEditSchema. While the story waits, the author's edit
// replaces both the working text and the original: what the author sends is the original.
// Once a moderator has decided, the story is what was decided on and cannot be edited.
export async function editStoryByAuthor(options: EditStoryByAuthorOptions): Promise<void> {
  const now = options.now ?? new Date();
  const text = textToStore(options);
  await db.$transaction(async (tx) => {
    const story = await findStoryByReceipt(tx, options.token);
    // Conditional on PENDING, so an edit cannot land on a story a moderator just decided.
    const updated = await tx.story.updateMany({
      where: { id: story.id, status: "PENDING" },
      data: {
        title: text.title,
        body: text.body,
        originalTitle: text.title,
        originalBody: text.body,
        authorEditedAt: now,
      },
    });
    if (updated.count !== 1) throw new AppError("INVALID_STATE", "story is no longer pending");
  });
}
