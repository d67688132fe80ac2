import type { SafetyFlag } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { AppError } from "@/lib/errors/app-error";
import { isAcuteFlag, sortFlags } from "@/lib/safety/safety-flags";
import { assertGuardedUpdate, whereEditable } from "@/lib/stories/story-status";
import { loadPendingForModerator } from "./apply-story-edit";

export type ClearSafetyFlagOptions = { storyId: string; moderatorId: string; flag: SafetyFlag; now?: Date };

// A moderator removes a safety flag that was a false alarm. Urgency follows the flags that
// remain, and the audit row is written in the same transaction, so every dismissal is traceable.
// Clearing STAFF_THREAT is also how a moderator overrides the publication refusal. It is a change
// to the story like a save (clearing CHILD_AT_RISK takes the emergency numbers off the author's
// receipt), so a colleague's claim blocks it the same way, through the same loader. Only a
// pending story carries flags a moderator clears, and no reader sees it: no cache is retired.
export async function clearSafetyFlag(options: ClearSafetyFlagOptions): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    await loadPendingForModerator(tx, { storyId: options.storyId, moderatorId: options.moderatorId, now: options.now ?? new Date() });
    const story = await tx.story.findUnique({
      where: { id: options.storyId },
      select: { urgent: true, safetyFlags: true },
    });
    if (!story) throw new AppError("NOT_FOUND", "story not found");
    if (!story.safetyFlags.includes(options.flag)) return { changed: false };

    const safetyFlags = sortFlags(story.safetyFlags.filter((flag) => flag !== options.flag));
    const urgent = safetyFlags.some(isAcuteFlag);
    assertGuardedUpdate(await tx.story.updateMany({ where: whereEditable(options.storyId), data: { safetyFlags, urgent } }));
    await writeAuditLog(tx, {
      moderatorId: options.moderatorId,
      action: "story.clear_safety_flag",
      targetType: "story",
      targetId: options.storyId,
      before: { urgent: story.urgent, safetyFlags: sortFlags(story.safetyFlags) },
      after: { urgent, safetyFlags },
    });
    return { changed: true };
  });
}
