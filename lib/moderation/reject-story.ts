import type { Prisma } from "@/generated/prisma/client";
import { type Tx, db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { type StoryForDecision, loadPendingForModerator } from "./apply-story-edit";
import { releasedClaim } from "./claims";
import { assertSingleStep } from "./publish-story";
import { recordDecision } from "./record-decision";
import { assertGuardedUpdate, assertStoryTransition, nextVersion, whereEditable } from "@/lib/stories/story-status";

export type RejectStoryOptions = { storyId: string; moderatorId: string; reason: string; now?: Date; version?: number };

// The reason is the text the author reads on their receipt page, so it is stored as written.
// The story's text is left as it was; a rejected story is never shown to readers, so the
// rejection runs in a plain transaction and leaves the public caches alone. With
// colleague review in force this is refused: the rejection is prepared for a colleague instead.
export async function rejectStory(options: RejectStoryOptions): Promise<void> {
  const now = options.now ?? new Date();
  const reason = options.reason.trim();
  if (!reason) throw new AppError("INVALID_INPUT", "a rejection needs a reason");
  await db.$transaction(async (tx) => {
    await assertSingleStep(tx);
    const current = await loadPendingForModerator(tx, { ...options, now });
    await applyRejection(tx, {
      current,
      guard: whereEditable(options.storyId, current.version),
      storyId: options.storyId,
      moderatorId: options.moderatorId,
      reason,
      now,
      audit: { action: "story.reject" },
    });
  });
}

export type Rejection = {
  current: StoryForDecision;
  guard: Prisma.StoryWhereInput;
  storyId: string;
  moderatorId: string;
  reason: string;
  now: Date;
  audit: { action: "story.reject" | "story.approve"; extra?: Record<string, Prisma.InputJsonValue | null> };
};

// The rejection itself, shared by a single moderator's rejection and a colleague's approval.
export async function applyRejection(tx: Tx, rejection: Rejection): Promise<void> {
  const { current, reason, now } = rejection;
  assertStoryTransition(current.status, "REJECTED");
  const updated = await tx.story.updateMany({
    where: rejection.guard,
    data: { status: "REJECTED", rejectionReason: reason, decidedAt: now, ...releasedClaim, ...nextVersion },
  });
  assertGuardedUpdate(updated, "story was decided meanwhile");
  await recordDecision(tx, { kind: "REJECT", submittedAt: current.createdAt, decidedAt: now });
  await writeAuditLog(tx, {
    moderatorId: rejection.moderatorId,
    action: rejection.audit.action,
    targetType: "story",
    targetId: rejection.storyId,
    reason,
    before: { status: current.status },
    after: { status: "REJECTED", rejectionReason: reason, ...rejection.audit.extra },
  });
}
