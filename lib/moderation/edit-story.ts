import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { type StoryEdit, loadPendingForModerator, normaliseTagIds, replaceStoryTags } from "./apply-story-edit";
import { changedFields } from "@/lib/audit/changed-fields";
import { renewClaim } from "./claims";
import { assertGuardedUpdate, nextVersion, whereEditable } from "@/lib/stories/story-status";

export type EditStoryOptions = StoryEdit & { storyId: string; moderatorId: string; now?: Date };

// Saves a moderator's edit of a pending story without deciding on it. originalTitle and
// originalBody are never written: they keep what the author sent. Saving with nothing changed
// writes nothing, so the log holds only real edits. A save renews the moderator's claim, and is
// refused while a colleague holds one. A pending story is not public: the public caches are left
// alone.
export async function editStory(options: EditStoryOptions): Promise<{ changed: boolean; version: number }> {
  const tagIds = normaliseTagIds(options.tagIds);
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const current = await loadPendingForModerator(tx, { ...options, now });
    await renewClaim(tx, { storyId: options.storyId, moderatorId: options.moderatorId, now });
    const diff = changedFields(
      { title: current.title, body: current.body, tagIds: current.tagIds },
      { title: options.title, body: options.body, tagIds },
    );
    if (!diff) return { changed: false, version: current.version };

    // Guarded, so an edit cannot land on a story another moderator just decided.
    const updated = await tx.story.updateMany({
      where: whereEditable(options.storyId, current.version),
      data: { title: options.title, body: options.body, ...nextVersion },
    });
    // Another save got in between our read and this write.
    if (updated.count !== 1 && options.version !== undefined) throw new AppError("STALE_VERSION", "story changed meanwhile");
    assertGuardedUpdate(updated, "story was decided meanwhile");
    await replaceStoryTags(tx, options.storyId, tagIds);
    await writeAuditLog(tx, {
      moderatorId: options.moderatorId,
      action: "story.edit",
      targetType: "story",
      targetId: options.storyId,
      before: diff.before,
      after: diff.after,
    });
    return { changed: true, version: current.version + 1 };
  });
}
