import { db } from "@/lib/db";
import { addReplacementCounts, type ReplacementCounts } from "@/lib/privacy/redact-for-storage";
import { redactTitleAndBody } from "@/lib/privacy/redact-title-and-body";
import { assessSafety } from "@/lib/safety/assess-safety";
import { sortFlags } from "@/lib/safety/safety-flags";
import type { AuthorEdit } from "./author-edit-schema";
import { findStoryByReceipt } from "./find-story-by-receipt";
import { assertGuardedUpdate, nextVersion, whereEditable } from "./story-status";

export type EditStoryByAuthorOptions = AuthorEdit & { token: string; now?: Date };

// The text as it will be stored, through the same automatic replacement and safety check that
// createStory runs on a new submission: an edit is no way round either.
function textToStore(edit: AuthorEdit) {
  const safety = assessSafety(edit);
  return { ...redactTitleAndBody(edit), urgent: safety.urgent, safetyFlags: safety.flags };
}

// Takes input already parsed by authorEditSchema. While the story waits, the author's edit
// replaces both the working text and the original: what the author sends is the original.
// Once a moderator has decided, the story is what was decided on and cannot be edited. A pending
// story is not public, so the public caches are left alone.
export async function editStoryByAuthor(options: EditStoryByAuthorOptions): Promise<void> {
  const now = options.now ?? new Date();
  const text = textToStore(options);
  await db.$transaction(async (tx) => {
    const story = await findStoryByReceipt(tx, options.token);
    // Guarded, so an edit cannot land on a story a moderator just decided.
    const updated = await tx.story.updateMany({
      where: whereEditable(story.id),
      data: {
        title: text.title,
        body: text.body,
        originalTitle: text.title,
        originalBody: text.body,
        // Counts of what was replaced so far, in the first version and in every edit.
        autoReplacements: addReplacementCounts(story.autoReplacements as ReplacementCounts, text.autoReplacements),
        // An edit can add a flag but never removes one: the author may have ticked "someone is
        // in danger", and only a moderator clears a flag (lib/moderation/clear-safety-flag.ts).
        urgent: story.urgent || text.urgent,
        safetyFlags: sortFlags([...story.safetyFlags, ...text.safetyFlags]),
        authorEditedAt: now,
        // A moderator's form opened before this edit can no longer save over it.
        ...nextVersion,
      },
    });
    assertGuardedUpdate(updated, "story is no longer pending");
  });
}
