import type { SafetyFlag } from "@/generated/prisma/enums";
import { publicContentTransaction } from "@/lib/cache/public-change";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { AppError } from "@/lib/errors/app-error";
import { isAcuteFlag, sortFlags } from "@/lib/safety/safety-flags";
import { assertGuardedUpdate, assertStoryEditable, whereEditable } from "@/lib/stories/story-status";

export type ClearSafetyFlagOptions = { storyId: string; moderatorId: string; flag: SafetyFlag };

// A moderator removes a safety flag that was a false alarm. Urgency follows the flags that
// remain, and the audit row is written in the same transaction, so every dismissal is traceable.
// Clearing STAFF_THREAT is also how a moderator overrides the publication refusal.
export async function clearSafetyFlag(options: ClearSafetyFlagOptions): Promise<{ changed: boolean }> {
  return publicContentTransaction(async (tx) => {
    const story = await tx.story.findUnique({
      where: { id: options.storyId },
      select: { status: true, urgent: true, safetyFlags: true },
    });
    if (!story) throw new AppError("NOT_FOUND", "story not found");
    assertStoryEditable(story.status);
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
