import { publicContentTransaction } from "@/lib/cache/public-change";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { loadStoryForDecision } from "./apply-story-edit";
import { assertCurrentVersion, assertGuardedUpdate, assertStoryTransition, nextVersion, whereEditable } from "@/lib/stories/story-status";

export type RejectStoryOptions = { storyId: string; moderatorId: string; reason: string; now?: Date; version?: number };

// The reason is the text the author reads on their receipt page, so it is stored as written.
// The story's text is left as it was; a rejected story is never shown to readers.
export async function rejectStory(options: RejectStoryOptions): Promise<void> {
  const now = options.now ?? new Date();
  const reason = options.reason.trim();
  if (!reason) throw new AppError("INVALID_INPUT", "a rejection needs a reason");
  await publicContentTransaction(async (tx) => {
    const current = await loadStoryForDecision(tx, options.storyId);
    assertStoryTransition(current.status, "REJECTED");
    assertCurrentVersion(current.version, options.version);
    const updated = await tx.story.updateMany({
      where: whereEditable(options.storyId, current.version),
      data: { status: "REJECTED", rejectionReason: reason, decidedAt: now, ...nextVersion },
    });
    assertGuardedUpdate(updated, "story was decided meanwhile");
    await writeAuditLog(tx, {
      moderatorId: options.moderatorId,
      action: "story.reject",
      targetType: "story",
      targetId: options.storyId,
      reason,
      before: { status: current.status },
      after: { status: "REJECTED", rejectionReason: reason },
    });
  });
}
